#!/usr/bin/env python3
"""Barabási–Albert graphs for the algorithm benchmark, as edge lists ("u v" per line, nodes 0..n-1).

    generate.py --out DIR [--seed S] [--sizes 10000,100000] [--attach 5]

Each node attaches to 5 earlier nodes (NetworkX's barabasi_albert_graph), so n nodes give 5(n - 5) edges:
10,000 → 49,975 and 100,000 → 499,975. Every tool reads the same files.
"""

import argparse
import os

import networkx as nx


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--attach", type=int, default=5)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for n in map(int, args.sizes.split(",")):
        G = nx.barabasi_albert_graph(n, args.attach, seed=args.seed)
        path = os.path.join(args.out, f"ba-{n}.txt")
        with open(path, "w") as f:
            f.writelines(f"{u} {v}\n" for u, v in G.edges())
        print(f"{path}: {n} nodes, {G.number_of_edges()} edges")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The peers' side of the graph-algorithm benchmark: one tool, one edge list, the five algorithms.

    peers.py --tool igraph|networkit|rustworkx|networkx --edges FILE [--threads T] [--runs N]
             [--only betweenness,closeness,pagerank,components,louvain] [--budget-s S]
             [--nx-sources K]

Prints one JSON object like engine-bench: load time and, per algorithm, the median time, the runs and
values to check against ClusterGraph (sum / max of scores, component count, modularity). Betweenness is
exact and unnormalized (undirected pairs counted once), closeness without the Wasserman-Faust factor (the
graphs are connected). NetworkX is too slow for exact betweenness and closeness: with --nx-sources K it
runs K sources (betweenness) or K nodes (closeness) and scales the time by n / K ("estimated": true).
Multi-threaded tools get --threads through their own setting (networkit) or RAYON_NUM_THREADS (rustworkx,
set by the runner before Python starts).
"""

import argparse
import json
import os
import random
import statistics
import sys
import time


def read_edges(path):
    edges = []
    n = 0
    with open(path) as f:
        for line in f:
            u, v = line.split()
            u, v = int(u), int(v)
            edges.append((u, v))
            n = max(n, u + 1, v + 1)
    return n, edges


class Timer:
    def __init__(self, runs, budget):
        self.runs, self.budget = runs, budget

    def measure(self, body):
        """Median of `runs` runs (one when the first run exceeds the budget share)."""
        start = time.perf_counter()
        extra = body()
        first = time.perf_counter() - start
        times = [first]
        if first * self.runs <= self.budget and self.runs > 1:
            times = []
            for _ in range(self.runs):
                start = time.perf_counter()
                extra = body()
                times.append(time.perf_counter() - start)
        result = {"median_ms": statistics.median(times) * 1000, "min_ms": min(times) * 1000, "runs": len(times)}
        result.update(extra or {})
        return result


def igraph_suite(path, threads):
    import igraph as ig

    start = time.perf_counter()
    n, edges = read_edges(path)
    g = ig.Graph(n=n, edges=edges)
    load = time.perf_counter() - start

    def betweenness():
        b = g.betweenness(directed=False)
        return {"sum": sum(b), "max": max(b), "threads": 1}

    def closeness():
        c = g.closeness()
        return {"sum": sum(c), "max": max(c), "threads": 1}

    def pagerank():
        p = g.pagerank()
        return {"max": max(p), "threads": 1, "method": "PRPACK (direct)"}

    def components():
        return {"count": len(g.connected_components()), "threads": 1}

    def louvain():
        c = g.community_multilevel()
        return {"modularity": g.modularity(c), "communities": len(c), "threads": 1}

    return load, {"betweenness": betweenness, "closeness": closeness, "pagerank": pagerank, "components": components, "louvain": louvain}, ig.__version__


def networkit_suite(path, threads):
    import networkit as nk

    nk.setNumberOfThreads(threads)
    start = time.perf_counter()
    G = nk.graphio.EdgeListReader(" ", 0, directed=False).read(path)
    load = time.perf_counter() - start

    def betweenness():
        s = nk.centrality.Betweenness(G, normalized=False).run().scores()
        # networkit counts each unordered pair of an undirected graph twice; halve to compare.
        return {"sum": sum(s) / 2, "max": max(s) / 2, "threads": threads}

    def closeness():
        s = nk.centrality.Closeness(G, False, nk.centrality.ClosenessVariant.STANDARD).run().scores()
        return {"sum": sum(s), "max": max(s), "threads": threads}

    def pagerank():
        p = nk.centrality.PageRank(G, damp=0.85)
        p.run()
        return {"max": max(p.scores()), "iterations": p.numberOfIterations(), "threads": threads, "method": "power iteration, tol 1e-9"}

    def components():
        c = nk.components.ConnectedComponents(G).run()
        return {"count": c.numberOfComponents(), "threads": threads}

    def louvain():
        plm = nk.community.PLM(G, refine=False, turbo=True).run()
        p = plm.getPartition()
        return {"modularity": nk.community.Modularity().getQuality(p, G), "communities": p.numberOfSubsets(), "threads": threads}

    return load, {"betweenness": betweenness, "closeness": closeness, "pagerank": pagerank, "components": components, "louvain": louvain}, nk.__version__


def rustworkx_suite(path, threads):
    import rustworkx as rx

    start = time.perf_counter()
    n, edges = read_edges(path)
    G = rx.PyGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from_no_data(edges)
    load = time.perf_counter() - start
    # PageRank needs a directed graph: both arcs of every edge (built outside the timing).
    D = rx.PyDiGraph()
    D.add_nodes_from(range(n))
    D.add_edges_from_no_data(edges + [(v, u) for u, v in edges])

    def betweenness():
        b = rx.betweenness_centrality(G, normalized=False)
        values = list(b.values())
        return {"sum": sum(values), "max": max(values), "threads": threads}

    def closeness():
        c = list(rx.closeness_centrality(G).values())
        return {"sum": sum(c), "max": max(c), "threads": threads}

    def pagerank():
        p = rx.pagerank(D)
        return {"max": max(p.values()), "threads": 1, "method": "power iteration, tol 1e-6 (NetworkX's rule)"}

    def components():
        return {"count": len(rx.connected_components(G)), "threads": 1}

    return load, {"betweenness": betweenness, "closeness": closeness, "pagerank": pagerank, "components": components}, rx.__version__


def networkx_suite(path, threads, sample):
    import networkx as nx

    start = time.perf_counter()
    n, edges = read_edges(path)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    load = time.perf_counter() - start
    rng = random.Random(1)

    def betweenness():
        if sample and sample < n:
            b = nx.betweenness_centrality(G, k=sample, normalized=False, seed=1)
            return {"scale": n / sample, "estimated": True, "sources": sample, "threads": 1}
        b = nx.betweenness_centrality(G, normalized=False)
        return {"sum": sum(b.values()), "max": max(b.values()), "threads": 1}

    def closeness():
        if sample and sample < n:
            for u in rng.sample(range(n), sample):
                nx.closeness_centrality(G, u=u, wf_improved=False)
            return {"scale": n / sample, "estimated": True, "sources": sample, "threads": 1}
        c = nx.closeness_centrality(G, wf_improved=False)
        return {"sum": sum(c.values()), "max": max(c.values()), "threads": 1}

    def pagerank():
        p = nx.pagerank(G)
        return {"max": max(p.values()), "threads": 1, "method": "power iteration, tol 1e-6"}

    def components():
        return {"count": nx.number_connected_components(G), "threads": 1}

    def louvain():
        c = nx.community.louvain_communities(G, seed=42)
        return {"modularity": nx.community.modularity(G, c), "communities": len(c), "threads": 1}

    return load, {"betweenness": betweenness, "closeness": closeness, "pagerank": pagerank, "components": components, "louvain": louvain}, nx.__version__


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", required=True, choices=["igraph", "networkit", "rustworkx", "networkx"])
    parser.add_argument("--edges", required=True)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--budget-s", type=float, default=60)
    parser.add_argument("--only", default="betweenness,closeness,pagerank,components,louvain")
    parser.add_argument("--nx-sources", type=int, default=0)
    args = parser.parse_args()
    if args.tool == "networkx":
        load, suite, version = networkx_suite(args.edges, args.threads, args.nx_sources)
    else:
        load, suite, version = {"igraph": igraph_suite, "networkit": networkit_suite, "rustworkx": rustworkx_suite}[args.tool](args.edges, args.threads)
    timer = Timer(args.runs, args.budget_s)
    results = {}
    for name in args.only.split(","):
        if name not in suite:
            results[name] = {"unsupported": True}
            continue
        try:
            r = timer.measure(suite[name])
            if r.pop("estimated", False):
                scale = r.pop("scale")
                r["measured_ms"] = r["median_ms"]
                r["median_ms"] *= scale
                r["min_ms"] *= scale
                r["estimated"] = True
            results[name] = r
        except Exception as error:  # a peer's failure is reported, not fatal
            results[name] = {"error": f"{type(error).__name__}: {error}"}
    print(json.dumps({"engine": args.tool, "version": version, "load_ms": load * 1000, "algorithms": results}))


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generates the fixtures of GraphAlgorithmsTests: small graphs and NetworkX's values for every algorithm
ClusterGraph shares with it.

    python3 -m venv /tmp/nx && /tmp/nx/bin/pip install networkx==3.6.1 numpy scipy
    /tmp/nx/bin/python Tests/GraphAlgorithmsTests/make_fixtures.py

Writes Tests/GraphAlgorithmsTests/Fixtures/*.json (one graph each). Every fixture holds the node count, the
edge list (node indexes, with a weight when weighted), whether it is directed, and `expected`: NetworkX's
values, per node index or as partitions. Graphs are seeded, so the output is the same on every run.

Conventions the Swift tests follow when comparing:
- undirected graphs are selected with direction 'both', directed ones with 'out';
- NetworkX's closeness and harmonic centrality measure distances *to* a node, so on directed graphs the
  Swift side selects direction 'in';
- triangles, clustering and core numbers are of the simple undirected graph (`G.to_undirected()`).
The `bundled-*` fixtures are the co-membership projections of Graphs/interregional-clusters.cypher, read
from the script's MATCH … CREATE lines, keyed by region code / country iso.
"""

import json
import math
import random
import re
import sys
from pathlib import Path

import networkx as nx
import numpy as np

HERE = Path(__file__).resolve().parent
OUT = HERE / "Fixtures"
DATASET = HERE.parent.parent / "Graphs" / "interregional-clusters.cypher"


def vector(G, values):
    return [float(values[v]) for v in range(G.number_of_nodes())]


def partition(sets):
    return sorted(sorted(int(v) for v in s) for s in sets)


def try_call(f):
    try:
        return f()
    except nx.PowerIterationFailedConvergence:
        return "PowerIterationFailedConvergence"


def centralities(G, weighted):
    """The centrality values shared with ClusterGraph, unweighted and (when `weighted`) weighted."""
    directed = G.is_directed()
    reverse = G.reverse() if directed else G
    e = {}
    e["degree"] = [float(G.out_degree(v) if directed else G.degree(v)) for v in G]
    if directed:
        e["inDegree"] = [float(G.in_degree(v)) for v in G]
    e["betweenness"] = vector(G, nx.betweenness_centrality(G))
    e["betweennessRaw"] = vector(G, nx.betweenness_centrality(G, normalized=False))
    k = min(10, G.number_of_nodes() - 1)
    sources = random.Random(7).sample(list(G.nodes()), k)
    e["betweennessSampled"] = {
        "sources": sorted(sources),
        "normalized": vector(G, nx.betweenness_centrality(G, k=k, seed=7)),
        "raw": vector(G, nx.betweenness_centrality(G, k=k, normalized=False, seed=7)),
    }
    e["closeness"] = vector(G, nx.closeness_centrality(G))
    e["closenessNoWF"] = vector(G, nx.closeness_centrality(G, wf_improved=False))
    e["harmonic"] = vector(G, nx.harmonic_centrality(G))
    e["pagerank"] = vector(G, nx.pagerank(G, weight=None))
    person = {v: (1.0 if v % 3 == 0 else 0.0) for v in G}
    e["pagerankPersonalized"] = {
        "personalization": [person[v] for v in G],
        "damping": 0.7,
        "scores": vector(G, nx.pagerank(G, alpha=0.7, personalization=person, weight=None)),
    }
    ev = try_call(lambda: nx.eigenvector_centrality(G))
    e["eigenvector"] = ev if isinstance(ev, str) else vector(G, ev)
    A = nx.to_numpy_array(G, weight=None)
    lam = max(abs(np.linalg.eigvals(A))) if G.number_of_nodes() else 0
    alpha = 0.5 / lam if lam > 0 else 0.1
    e["katz"] = {"alpha": alpha, "scores": vector(G, nx.katz_centrality(G, alpha=alpha, weight=None))}
    if weighted:
        e["weightedDegree"] = [float(G.out_degree(v, weight="weight") if directed else G.degree(v, weight="weight")) for v in G]
        e["betweennessWeighted"] = vector(G, nx.betweenness_centrality(G, weight="weight"))
        e["closenessWeighted"] = vector(G, nx.closeness_centrality(G, distance="weight"))
        e["harmonicWeighted"] = vector(G, nx.harmonic_centrality(G, distance="weight"))
        e["pagerankWeighted"] = vector(G, nx.pagerank(G, weight="weight"))
        ev = try_call(lambda: nx.eigenvector_centrality(G, weight="weight"))
        e["eigenvectorWeighted"] = ev if isinstance(ev, str) else vector(G, ev)
    return e


def structure(G, weighted):
    e = {}
    if G.is_directed():
        e["weak"] = partition(nx.weakly_connected_components(G))
        e["strong"] = partition(nx.strongly_connected_components(G))
    else:
        e["weak"] = partition(nx.connected_components(G))
        e["strong"] = e["weak"]
        for w in ([None, "weight"] if weighted else [None]):
            communities = nx.community.louvain_communities(G, weight=w, seed=42)
            e["louvain" + ("Weighted" if w else "")] = {
                "communities": partition(communities),
                "modularity": nx.community.modularity(G, communities, weight=w),
            }
    U = G.to_undirected()
    e["triangles"] = vector(U, nx.triangles(U))
    e["clustering"] = vector(U, nx.clustering(U))
    e["averageClustering"] = nx.average_clustering(U)
    e["coreNumber"] = vector(U, nx.core_number(U))
    return e


def paths(G, weighted, rng):
    result = []
    n = G.number_of_nodes()
    pairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(8)]
    for s, t in pairs:
        for w in ([None, "weight"] if weighted else [None]):
            try:
                length = nx.shortest_path_length(G, s, t, weight=w)
                every = sorted(list(p) for p in nx.all_shortest_paths(G, s, t, weight=w))
            except nx.NetworkXNoPath:
                length, every = None, []
            result.append({"source": s, "target": t, "weighted": w is not None, "length": length, "paths": every})
    return result


def fixture(name, G, weighted, rng, note):
    edges = [[u, v, d["weight"]] if weighted else [u, v] for u, v, d in G.edges(data=True)]
    expected = centralities(G, weighted)
    expected.update(structure(G, weighted))
    expected["paths"] = paths(G, weighted, rng)
    return {
        "name": name,
        "note": note,
        "directed": G.is_directed(),
        "weighted": weighted,
        "nodeCount": G.number_of_nodes(),
        "edges": edges,
        "expected": expected,
    }


def weigh(G, rng, integer=True):
    for u, v in G.edges():
        G[u][v]["weight"] = rng.randint(1, 4) if integer else round(rng.uniform(0.5, 3.0), 6)
    return G


def cliques_ring(sizes):
    """Cliques joined in a ring by single edges: label propagation and Louvain find the cliques."""
    G = nx.Graph()
    start = 0
    firsts = []
    for s in sizes:
        nodes = list(range(start, start + s))
        G.add_nodes_from(nodes)
        G.add_edges_from((a, b) for i, a in enumerate(nodes) for b in nodes[i + 1:])
        firsts.append(start)
        start += s
    for i, f in enumerate(firsts):
        G.add_edge(f + 1, firsts[(i + 1) % len(firsts)])
    return G


def dataset_projection(level):
    """The co-membership projection of the bundled dataset at 'region' or 'country' level."""
    text = DATASET.read_text()
    match = re.compile(r"MATCH \(a:(\w+) \{(\w+): '([^']*)'\}\), \(b:(\w+) \{(\w+): '([^']*)'\}\) CREATE \(a\)-\[:(\w+)")
    spans, involves, located = [], [], {}
    for m in match.finditer(text):
        la, _, ka, lb, _, kb, rel = m.groups()
        if rel == "SPANS" and la == "Cluster" and lb == "Region":
            spans.append((ka, kb))
        elif rel == "INVOLVES" and la == "Cluster" and lb == "Country":
            involves.append((ka, kb))
        elif rel == "IN" and la == "Region" and lb == "Country":
            located.setdefault(ka, []).append(kb)
    if level == "region":
        places = re.findall(r"^CREATE \(:Region \{code: '([^']+)'", text, re.M)
        members = spans
    else:
        places = re.findall(r"^CREATE \(:Country \{iso: '([^']+)'", text, re.M)
        members = list(involves) + [(c, k) for c, r in spans for k in located.get(r, [])]
    B = nx.Graph()
    B.add_nodes_from(("p", p) for p in places)
    B.add_edges_from((("c", c), ("p", p)) for c, p in set(members))
    P = nx.bipartite.weighted_projected_graph(B, [("p", p) for p in places])
    G = nx.relabel_nodes(P, {("p", p): p for p in places})
    e = {
        "degreeWeighted": {p: float(G.degree(p, weight="weight")) for p in places},
        "betweenness": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "pagerankWeighted": nx.pagerank(G, weight="weight"),
        "louvainWeightedModularity": nx.community.modularity(G, nx.community.louvain_communities(G, weight="weight", seed=42), weight="weight"),
    }
    return {
        "name": f"bundled-{level}",
        "note": f"co-membership projection of Graphs/interregional-clusters.cypher at {level} level (weight = shared clusters)",
        "places": places,
        "edges": sorted([u, v, d["weight"]] if u < v else [v, u, d["weight"]] for u, v, d in G.edges(data=True)),
        "expected": e,
    }


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.json"):
        old.unlink()
    rng = random.Random(20240601)
    graphs = []
    G = nx.gnm_random_graph(60, 150, seed=1)
    graphs.append(("undirected", G, False, "G(n=60, m=150), unweighted"))
    G = nx.gnm_random_graph(60, 220, seed=2, directed=True)
    graphs.append(("directed", G, False, "directed G(n=60, m=220), unweighted"))
    G = weigh(nx.gnm_random_graph(50, 120, seed=3), rng)
    graphs.append(("undirected-weighted", G, True, "G(n=50, m=120), integer weights 1..4 (many equal-length paths)"))
    G = weigh(nx.gnm_random_graph(50, 160, seed=4, directed=True), rng)
    graphs.append(("directed-weighted", G, True, "directed G(n=50, m=160), integer weights 1..4"))
    G = weigh(nx.gnm_random_graph(40, 90, seed=5), rng, integer=False)
    graphs.append(("float-weighted", G, True, "G(n=40, m=90), real weights in [0.5, 3]"))
    G = nx.disjoint_union_all([nx.gnm_random_graph(15, 30, seed=6), nx.gnm_random_graph(12, 20, seed=7), nx.path_graph(5)])
    G.add_nodes_from(range(32, 36))
    graphs.append(("disconnected", G, False, "three components and four isolated nodes"))
    G = nx.DiGraph()
    G.add_nodes_from(range(12))
    G.add_edges_from((a, b) for a in range(12) for b in range(a + 1, min(a + 4, 12)))
    graphs.append(("dag", G, False, "a directed acyclic graph: eigenvector centrality does not converge"))
    G = cliques_ring([5, 6, 7, 5, 8])
    graphs.append(("cliques", G, False, "five cliques joined in a ring by single edges"))
    for name, G, weighted, note in graphs:
        data = fixture(name, G, weighted, rng, note)
        if name == "cliques":
            data["expected"]["labelPropagation"] = partition(nx.community.label_propagation_communities(G))
        write(name, data)
    # A small bipartite co-membership projection: groups 0..11 and members 12..41.
    B = nx.Graph()
    groups, members = list(range(12)), list(range(12, 42))
    B.add_nodes_from(groups + members)
    for g in groups:
        for m in rng.sample(members, rng.randint(2, 6)):
            B.add_edge(g, m)
    P = nx.bipartite.weighted_projected_graph(B, members)
    P = nx.relabel_nodes(P, {m: m - 12 for m in members})
    data = fixture("comembership", P, True, rng, "weighted projection of a random bipartite graph (weight = shared groups)")
    memberships = sorted((min(e), max(e)) for e in B.edges())
    data["bipartite"] = {"groups": len(groups), "members": len(members), "edges": [[g, m - 12] for g, m in memberships]}
    write("comembership", data)
    for level in ["region", "country"]:
        write(f"bundled-{level}", dataset_projection(level))


def write(name, data):
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"{path.relative_to(HERE.parent.parent)}: {path.stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Prints the table of the graph-algorithm benchmark from the JSON results of one run.

    report.py RESULTS_DIR

RESULTS_DIR holds one folder per graph (ba-10000, …) with one JSON per engine (clustergraph.json,
igraph.json, …) and meta.json (nodes, edges, load averages). For every algorithm the table gives each
engine's median time and threads, the fastest peer, and ClusterGraph's time divided by it (≤ 1 meets the
target). Below it: nanoseconds per visited arc for betweenness, the memory of the read-only view, and
checks that the engines computed the same thing (betweenness sums, component counts, modularity).
"""

import json
import sys
from pathlib import Path

ENGINES = ["clustergraph", "igraph", "networkit", "rustworkx", "networkx"]
ALGORITHMS = ["betweenness", "closeness", "pagerank", "components", "louvain"]


def fmt_time(ms):
    if ms >= 10_000:
        return f"{ms / 1000:.1f} s"
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 10:
        return f"{ms:.0f} ms"
    return f"{ms:.2f} ms"


def cell(result):
    if result is None:
        return "-"
    if result.get("unsupported"):
        return "n/a"
    if "error" in result:
        return "error"
    text = ("~" if result.get("estimated") else "") + fmt_time(result["median_ms"])
    if result.get("threads", 1) > 1:
        text += f" ({result['threads']}t)"
    return text


def main():
    root = Path(sys.argv[1])
    for graph_dir in sorted(root.iterdir(), key=lambda p: int(p.name.split("-")[-1]) if p.name.split("-")[-1].isdigit() else 0):
        if not graph_dir.is_dir():
            continue
        meta = json.loads((graph_dir / "meta.json").read_text()) if (graph_dir / "meta.json").exists() else {}
        results = {}
        for engine in ENGINES:
            path = graph_dir / f"{engine}.json"
            if path.exists():
                results[engine] = json.loads(path.read_text())
        ours = results.get("clustergraph", {})
        nodes, edges = ours.get("nodes", meta.get("nodes", 0)), ours.get("edges", meta.get("edges", 0))
        print(f"\n{graph_dir.name}: {nodes:,} nodes, {edges:,} edges "
              f"(load average {meta.get('load_before', '?')} before, {meta.get('load_after', '?')} after)")
        engines = [e for e in ENGINES if e in results]
        header = ["algorithm"] + engines + ["fastest peer", "ratio"]
        rows = []
        for algorithm in ALGORITHMS:
            row = [algorithm]
            for engine in engines:
                row.append(cell(results[engine].get("algorithms", {}).get(algorithm)))
            peers = [(results[e]["algorithms"][algorithm]["median_ms"], e) for e in engines
                     if e != "clustergraph" and "median_ms" in results[e].get("algorithms", {}).get(algorithm, {})
                     and not results[e]["algorithms"][algorithm].get("estimated")]
            mine = ours.get("algorithms", {}).get(algorithm, {}).get("median_ms")
            if peers and mine is not None:
                best, who = min(peers)
                ratio = mine / best
                row += [who, f"{ratio:.2f} {'ok' if ratio <= 1 else 'SLOWER'}"]
            else:
                row += ["-", "-"]
            rows.append(row)
        widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
        print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
        for r in rows:
            print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))

        # Betweenness work.
        b = ours.get("algorithms", {}).get("betweenness")
        if b and "arcs_visited" in b:
            arcs = b["arcs_visited"]
            ns = b["median_ms"] * 1e6 / arcs
            print(f"betweenness: {arcs:,} arcs visited forward (each read again backward); ClusterGraph "
                  f"{ns:.2f} ns per visited arc wall-clock with {b['threads']} threads = {ns * b['threads']:.2f} ns per arc per thread")
            for engine in engines:
                r = results[engine].get("algorithms", {}).get("betweenness", {})
                if engine != "clustergraph" and "median_ms" in r:
                    t = r.get("threads", 1)
                    e_ns = r["median_ms"] * 1e6 / arcs
                    print(f"  {engine}: {'~' if r.get('estimated') else ''}{e_ns:.1f} ns per arc ({t} thread{'s' if t > 1 else ''})")
        # Memory.
        if "adjacency_bytes" in ours:
            print(f"memory: read-only view {ours['view_bytes'] / 1e6:.2f} MB in all; adjacency {ours['adjacency_bytes'] / 1e6:.2f} MB = "
                  f"{ours['bytes_per_arc_direction']:.0f} bytes per arc direction beyond the ids (target ≤ 16) "
                  f"+ 4 bytes per node of offsets; one CSR serves both directions of the undirected view")
        if "pagerank" in ours.get("algorithms", {}):
            p = ours["algorithms"]["pagerank"]
            print(f"pagerank: ClusterGraph {p.get('iterations')} iterations to an L1 change below n·{p.get('tolerance', '?')}; "
                  + "; ".join(f"{e}: {results[e]['algorithms']['pagerank'].get('method', '?')}"
                              + (f", {results[e]['algorithms']['pagerank']['iterations']} iterations" if "iterations" in results[e]['algorithms'].get('pagerank', {}) else "")
                              for e in engines if e != "clustergraph" and "pagerank" in results[e].get("algorithms", {}) and "median_ms" in results[e]["algorithms"]["pagerank"]))
        # Checks.
        checks = []
        sums = {e: results[e]["algorithms"]["betweenness"]["sum"] for e in engines
                if "sum" in results[e].get("algorithms", {}).get("betweenness", {})}
        if len(sums) > 1:
            ref = sums.get("clustergraph", next(iter(sums.values())))
            worst = max(abs(v - ref) / max(abs(ref), 1) for v in sums.values())
            checks.append(f"betweenness sums agree to {worst:.1e}")
        sums = {e: results[e]["algorithms"]["closeness"]["sum"] for e in engines
                if "sum" in results[e].get("algorithms", {}).get("closeness", {})}
        if len(sums) > 1:
            ref = sums.get("clustergraph", next(iter(sums.values())))
            worst = max(abs(v - ref) / max(abs(ref), 1) for v in sums.values())
            checks.append(f"closeness sums agree to {worst:.1e}")
        counts = {e: results[e]["algorithms"]["components"]["count"] for e in engines
                  if "count" in results[e].get("algorithms", {}).get("components", {})}
        if counts:
            checks.append("components " + ", ".join(f"{e} {c}" for e, c in counts.items()))
        mods = {e: results[e]["algorithms"]["louvain"]["modularity"] for e in engines
                if "modularity" in results[e].get("algorithms", {}).get("louvain", {})}
        if mods:
            checks.append("Louvain modularity " + ", ".join(f"{e} {m:.4f}" for e, m in mods.items()))
        for c in checks:
            print("check: " + c)
    print("\n~ = estimated from a sample of sources (NetworkX); (2t) = two threads; ratio = ClusterGraph / fastest peer")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Render benchmark: the whole bundled dataset (MATCH p = ()-->() RETURN p) drawn as SVG by
# `clustergraph render` (release build; its own stress layout, then Graphviz in-process for overlap
# removal and drawing) against the `neato` executable on the DOT that `clustergraph render --format dot`
# writes — both as processes, wall time, the same machine, alternating runs; medians.
#
#   Benchmarks/run-render-bench.sh [--runs N] [--query CYPHER]
#
# Prints the medians, the ratio (target: at most 0.5), and each picture's stress (how well distances
# follow hops) so a faster layout cannot hide a worse one. Needs graphviz (the `neato` executable).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
source "$HERE/lib.sh"
RUNS=7
QUERY='MATCH p = ()-->() RETURN p'
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --query) QUERY="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "run-render-bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
command -v neato >/dev/null || { echo "run-render-bench.sh: the neato executable is missing (apt-get install graphviz)" >&2; exit 2; }
say "building clustergraph (release)"
swift build -c release --package-path "$ROOT" --product clustergraph >&2
CG="$ROOT/.build/release/clustergraph"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$CG" render -c "$QUERY" --format dot > "$WORK/picture.dot"
say "$(grep -c ' \[label=' "$WORK/picture.dot") node and edge statements; load average before: $(cat /proc/loadavg)"
python3 - "$RUNS" "$CG" "$QUERY" "$WORK" <<'PY'
import re, statistics, subprocess, sys, time
runs, cg, query, work = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000
ours, theirs = [], []
for _ in range(runs):
    ours.append(timed([cg, "render", "-c", query, "-o", f"{work}/clustergraph.svg"]))
    theirs.append(timed(["neato", "-Tsvg", "-o", f"{work}/neato.svg", f"{work}/picture.dot"]))
def centres(path):
    # node centres from the SVG: the <title>nID</title> of each node group, then its shape's points.
    text = open(path, encoding="utf-8").read()
    result = {}
    for match in re.finditer(r'<g id="node\d+" class="node">\s*<title>(n\d+)</title>\s*<(polygon|ellipse)([^>]*)>', text):
        name, shape, attributes = match.groups()
        if shape == "ellipse":
            cx = float(re.search(r'cx="([-\d.]+)"', attributes).group(1)); cy = float(re.search(r'cy="([-\d.]+)"', attributes).group(1))
        else:
            points = [tuple(map(float, p.split(","))) for p in re.search(r'points="([^"]+)"', attributes).group(1).split()]
            cx = sum(p[0] for p in points) / len(points); cy = sum(p[1] for p in points) / len(points)
        result[name] = (cx, cy)
    return result
def stress(path):
    nodes = centres(path)
    edges = re.findall(r'^\s*(n\d+) -> (n\d+)', open(f"{work}/picture.dot", encoding="utf-8").read(), re.M)
    neighbours = {n: set() for n in nodes}
    for a, b in edges:
        if a in nodes and b in nodes:
            neighbours[a].add(b); neighbours[b].add(a)
    names = sorted(nodes)
    # The picture's scale: the median length of an edge counts as one hop.
    lengths = sorted(((nodes[a][0]-nodes[b][0])**2 + (nodes[a][1]-nodes[b][1])**2) ** 0.5 for a, b in edges if a in nodes and b in nodes)
    unit = lengths[len(lengths) // 2]
    total = 0.0
    for s in names:
        hops = {s: 0}; frontier = [s]
        while frontier:
            nxt = []
            for u in frontier:
                for v in neighbours[u]:
                    if v not in hops:
                        hops[v] = hops[u] + 1; nxt.append(v)
            frontier = nxt
        for t, h in hops.items():
            if t > s:
                d = ((nodes[s][0]-nodes[t][0])**2 + (nodes[s][1]-nodes[t][1])**2) ** 0.5 / unit
                total += (d - h) ** 2 / (h * h)
    return total, len(names)
o, t = statistics.median(ours), statistics.median(theirs)
so, n = stress(f"{work}/clustergraph.svg"); st, _ = stress(f"{work}/neato.svg")
print(f"| picture | nodes | clustergraph render ms | neato ms | ratio | stress (clustergraph / neato) |")
print(f"|---|---|---|---|---|---|")
print(f"| {query} | {n} | {o:.0f} | {t:.0f} | {o / t:.2f} | {so:.0f} / {st:.0f} |")
print(f"runs {runs}; clustergraph {sorted(round(x) for x in ours)}; neato {sorted(round(x) for x in theirs)}")
print("target (at most 0.5 of neato): " + ("met" if o <= 0.5 * t else "not met"))
PY
say "load average after: $(cat /proc/loadavg)"

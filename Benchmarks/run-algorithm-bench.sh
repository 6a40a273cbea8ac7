#!/usr/bin/env bash
# Graph-algorithm benchmark: ClusterGraph against igraph, networkit, rustworkx and NetworkX, in one run.
#
#   Benchmarks/run-algorithm-bench.sh [--runs N] [--threads T] [--seed S] [--sizes 10000,100000]
#                                     [--full] [--nx-sources K] [--budget-s S] [--engines LIST]
#                                     [--only betweenness,closeness,pagerank,components,louvain]
#
# 1. creates Benchmarks/algorithms/.venv with the peers (algorithms/requirements.txt) when missing;
# 2. generates Barabási–Albert graphs (5 edges per new node) into Benchmarks/.data/algorithms;
# 3. builds engine-bench (release, scratch path Benchmarks/.build-algo) and runs `engine-bench algorithms`
#    on each graph, then each peer (algorithms/peers.py, one process per tool), all on the same files;
# 4. prints the table (algorithms/report.py): times, ratios to the fastest peer, nanoseconds per visited
#    arc for betweenness, the memory of the read-only view. Results are kept in
#    Benchmarks/.data/algorithms/results/TIME/.
# Exact betweenness and closeness of the 100,000-node graph take tens of minutes in the peers; they run
# only with --full. --only narrows the algorithms on every graph. NetworkX runs on the smallest graph
# only, betweenness and closeness from --nx-sources sources (default 200) scaled to all nodes (marked ~).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH="$HERE/algorithms"
RUNS=3
THREADS=2
SEED=42
SIZES=10000,100000
FULL=0
NX_SOURCES=200
BUDGET=60
ENGINES=clustergraph,igraph,networkit,rustworkx,networkx
ALGORITHMS=
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --full) FULL=1; shift ;;
    --nx-sources) NX_SOURCES="$2"; shift 2 ;;
    --budget-s) BUDGET="$2"; shift 2 ;;
    --engines) ENGINES="$2"; shift 2 ;;
    --only) ALGORITHMS="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "run-algorithm-bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

source "$HERE/lib.sh"
has() { [[ ",$ENGINES," == *",$1,"* ]]; }
load() { cut -d' ' -f1 /proc/loadavg; }

# 1. The peers' virtual environment.
VENV="$BENCH/.venv"
PY="$VENV/bin/python"
ensure_venv "$VENV" "$BENCH/requirements.txt"

# 2. The graphs.
DATA="$HERE/.data/algorithms"
STAMP="seed=$SEED sizes=$SIZES generator=$(sha1sum "$BENCH/generate.py" | cut -c1-40)"
if [ "$(cat "$DATA/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  say "generating graphs ($STAMP)"
  "$PY" "$BENCH/generate.py" --out "$DATA" --seed "$SEED" --sizes "$SIZES"
  echo "$STAMP" > "$DATA/.stamp"
fi

# 3. ClusterGraph's side.
if has clustergraph; then
  say "building engine-bench (release)"
  swift build -c release --package-path "$HERE" --scratch-path "$HERE/.build-algo" >&2
fi
BIN="$HERE/.build-algo/release/engine-bench"
RESULTS="$DATA/results/$(date +%Y%m%d-%H%M%S)"
SMALLEST="${SIZES%%,*}"
for n in ${SIZES//,/ }; do
  EDGES="$DATA/ba-$n.txt"
  OUT="$RESULTS/ba-$n"
  mkdir -p "$OUT"
  ONLY=betweenness,closeness,pagerank,components,louvain
  if [ "$FULL" = 0 ] && [ "$n" -gt 20000 ]; then ONLY=pagerank,components,louvain; fi
  if [ -n "$ALGORITHMS" ]; then ONLY="$ALGORITHMS"; fi
  BEFORE=$(load)
  if has clustergraph; then
    say "clustergraph on ba-$n ($ONLY)"
    "$BIN" algorithms --edges "$EDGES" --runs "$RUNS" --threads "$THREADS" --only "$ONLY" --budget-s "$BUDGET" > "$OUT/clustergraph.json"
  fi
  for tool in igraph networkit rustworkx networkx; do
    has "$tool" || continue
    if [ "$tool" = networkx ] && [ "$n" != "$SMALLEST" ]; then continue; fi
    say "$tool on ba-$n"
    RAYON_NUM_THREADS="$THREADS" OMP_NUM_THREADS="$THREADS" "$PY" "$BENCH/peers.py" --tool "$tool" --edges "$EDGES" \
      --threads "$THREADS" --runs "$RUNS" --only "$ONLY" --budget-s "$BUDGET" --nx-sources "$NX_SOURCES" > "$OUT/$tool.json" || true
  done
  echo "{\"load_before\": $BEFORE, \"load_after\": $(load)}" > "$OUT/meta.json"
done

# 4. The table.
"$PY" "$BENCH/report.py" "$RESULTS" | tee "$RESULTS/report.txt"

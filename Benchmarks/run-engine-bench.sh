#!/usr/bin/env bash
# Engine benchmark: ClusterGraph against Kuzu and FalkorDB on the cluster-shaped graph, in one run.
#
#   Benchmarks/run-engine-bench.sh [--runs N] [--seed S] [--scale X] [--engines kuzu,falkordb]
#                                  [--budget-s S] [--peers-only]
#
# 1. creates Benchmarks/.venv with the peers (cluster-graph/requirements.txt) when missing;
# 2. generates the data into Benchmarks/.data/cluster-graph (kept while seed, scale and the
#    generator are unchanged);
# 3. builds and runs `engine-bench cluster-graph` (Benchmarks/Package.swift, release), unless
#    --peers-only; 4. runs cluster-graph/peers.py and cluster-graph/reference.py;
# 5. prints the table (cluster-graph/report.py), also kept in Benchmarks/.data/results/TIME/.
# Exits non-zero when an engine fails or the engines' answers (checksums) disagree.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH="$HERE/cluster-graph"
RUNS=5
SEED=42
SCALE=1.0
ENGINES=kuzu,falkordb
BUDGET=30
PEERS_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --scale) SCALE="$2"; shift 2 ;;
    --engines) ENGINES="$2"; shift 2 ;;
    --budget-s) BUDGET="$2"; shift 2 ;;
    --peers-only) PEERS_ONLY=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "run-engine-bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

source "$HERE/lib.sh"

# 1. The peers' virtual environment.
VENV="$HERE/.venv"
PY="$VENV/bin/python"
ensure_venv "$VENV" "$BENCH/requirements.txt"

# 2. The data.
DATA="$HERE/.data/cluster-graph"
STAMP="seed=$SEED scale=$SCALE generator=$(sha1sum "$BENCH/generate.py" | cut -c1-40)"
if [ "$(cat "$DATA/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  say "generating $DATA ($STAMP)"
  rm -rf "$DATA"
  "$PY" "$BENCH/generate.py" --seed "$SEED" --scale "$SCALE" --out "$DATA"
  echo "$STAMP" > "$DATA/.stamp"
else
  say "data in $DATA is current ($STAMP)"
fi

OUT="$HERE/.data/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
QUERIES="$BENCH/queries.cypher"
STATUS=0
say "load average before: $(cat /proc/loadavg)"

# 3. ClusterGraph.
if [ "$PEERS_ONLY" = 0 ]; then
  if [ ! -f "$HERE/Package.swift" ]; then
    echo "run-engine-bench.sh: $HERE/Package.swift is missing; use --peers-only" >&2
    exit 2
  fi
  say "building engine-bench (release)"
  swift build -c release --package-path "$HERE" --product engine-bench >&2
  say "running clustergraph"
  swift run --skip-build -c release --package-path "$HERE" engine-bench cluster-graph \
    --data "$DATA" --queries "$QUERIES" --runs "$RUNS" > "$OUT/clustergraph.jsonl" || STATUS=1
fi

# 4. The peers and the engine-free reference answers.
say "running peers: $ENGINES"
"$PY" "$BENCH/peers.py" --data "$DATA" --queries "$QUERIES" --runs "$RUNS" --engines "$ENGINES" \
  --budget-s "$BUDGET" > "$OUT/peers.jsonl" || STATUS=1
"$PY" "$BENCH/reference.py" --data "$DATA" > "$OUT/reference.jsonl" || STATUS=1

# 5. The table.
say "results in $OUT"
set +e
"$PY" "$BENCH/report.py" --queries "$QUERIES" "$OUT"/*.jsonl > "$OUT/report.md"
REPORT=$?
set -e
cat "$OUT/report.md"
[ "$REPORT" = 0 ] || STATUS=1
exit "$STATUS"

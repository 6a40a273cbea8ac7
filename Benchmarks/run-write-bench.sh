#!/usr/bin/env bash
# Write benchmark: ClusterGraph against Kuzu on MERGE of keyed nodes and UNWIND-driven relationship
# creation, in one run (see Benchmarks/writes/README.md).
#
#   Benchmarks/run-write-bench.sh [--runs N] [--seed S] [--rows N] [--pairs N] [--budget-s S]
#                                 [--timeout-s S] [--kuzu-only]
#
# 1. creates Benchmarks/.venv (or $BENCH_VENV) with the peers (cluster-graph/requirements.txt) when missing;
# 2. generates the data into Benchmarks/.data/writes (kept while seed, sizes and generate.py are
#    unchanged); 3. builds and runs `engine-bench writes` (release), unless --kuzu-only;
# 4. runs writes/kuzu_writes.py (Kuzu statements stopped after --timeout-s, default 60);
# 5. prints the table with the ratios (writes/report.py), kept in Benchmarks/.data/results/writes-TIME/.
# Exits non-zero when an engine fails or an engine's graph differs from the expected answers.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH="$HERE/writes"
RUNS=3
SEED=42
ROWS=100000
PAIRS=200000
BUDGET=60
TIMEOUT=60
KUZU_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --rows) ROWS="$2"; shift 2 ;;
    --pairs) PAIRS="$2"; shift 2 ;;
    --budget-s) BUDGET="$2"; shift 2 ;;
    --timeout-s) TIMEOUT="$2"; shift 2 ;;
    --kuzu-only) KUZU_ONLY=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "run-write-bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

source "$HERE/lib.sh"

# 1. The peers' virtual environment (the same as run-engine-bench.sh's; BENCH_VENV=DIR uses another).
VENV="${BENCH_VENV:-$HERE/.venv}"
PY="$VENV/bin/python"
ensure_venv "$VENV" "$HERE/cluster-graph/requirements.txt"

# 2. The data.
DATA="$HERE/.data/writes"
STAMP="seed=$SEED rows=$ROWS pairs=$PAIRS generator=$(cat "$BENCH/generate.py" "$HERE/cluster-graph/benchlib.py" | sha1sum | cut -c1-40)"
if [ "$(cat "$DATA/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  say "generating $DATA ($STAMP)"
  rm -rf "$DATA"
  "$PY" "$BENCH/generate.py" --seed "$SEED" --rows "$ROWS" --pairs "$PAIRS" --out "$DATA"
  echo "$STAMP" > "$DATA/.stamp"
else
  say "data in $DATA is current ($STAMP)"
fi

OUT="$HERE/.data/results/writes-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
STATEMENTS="$BENCH/statements.cypher"
STATUS=0
say "load average before: $(cat /proc/loadavg)"

# 3. ClusterGraph.
if [ "$KUZU_ONLY" = 0 ]; then
  say "building engine-bench (release)"
  swift build -c release --package-path "$HERE" --product engine-bench >&2
  say "running clustergraph"
  swift run --skip-build -c release --package-path "$HERE" engine-bench writes \
    --data "$DATA" --statements "$STATEMENTS" --runs "$RUNS" --budget-s "$BUDGET" \
    > "$OUT/clustergraph.jsonl" || STATUS=1
fi

# 4. Kuzu.
say "running kuzu"
"$PY" "$BENCH/kuzu_writes.py" --data "$DATA" --statements "$STATEMENTS" --runs "$RUNS" \
  --budget-s "$BUDGET" --timeout-s "$TIMEOUT" > "$OUT/kuzu.jsonl" || STATUS=1

# 5. The table.
say "results in $OUT"
set +e
"$PY" "$BENCH/report.py" --manifest "$DATA/manifest.json" "$OUT"/*.jsonl > "$OUT/report.md"
REPORT=$?
set -e
cat "$OUT/report.md"
[ "$REPORT" = 0 ] || STATUS=1
exit "$STATUS"

#!/usr/bin/env bash
# Import benchmark: `clustergraph import` of a neo4j-admin CSV graph (10^5 nodes, 10^6 relationships by
# default) against Kùzu's COPY of the same data, in memory and on disk, alternating, in one run
# (Benchmarks/import/bench.py). Release build; prints a JSON line and a summary.
#
#   Benchmarks/run-import-bench.sh [--nodes N] [--relationships M] [--runs K]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"
ensure_venv "$HERE/.venv" "$HERE/cluster-graph/requirements.txt"
say "building clustergraph (release)"
swift build -c release --package-path "$HERE/.." --product clustergraph >&2
say "load average before: $(cat /proc/loadavg)"
"$HERE/.venv/bin/python" "$HERE/import/bench.py" --binary "$HERE/../.build/release/clustergraph" "$@"
say "load average after: $(cat /proc/loadavg)"

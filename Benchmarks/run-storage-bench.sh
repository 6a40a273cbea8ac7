#!/usr/bin/env bash
# Storage benchmark: a database of 10^6 nodes and 10^6 relationships opened in a fresh process, single-
# statement writes acknowledged after their log record is synced, and a bulk LOAD CSV into a database
# against the same load in memory (StorageBench.swift). Release build; prints a JSON line and a summary.
#
#   Benchmarks/run-storage-bench.sh [--nodes N] [--relationships M] [--rows R] [--runs K]
#
# The kill -9 durability trials are a test: DURABILITY_TRIALS=100 swift test --filter DurabilityTests
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"
DIR="$HERE/.data/storage"
say "building engine-bench (release)"
swift build -c release --package-path "$HERE" --product engine-bench >&2
say "load average before: $(cat /proc/loadavg)"
"$HERE/.build/release/engine-bench" storage --dir "$DIR" "$@"
say "load average after: $(cat /proc/loadavg)"
rm -rf "$DIR"

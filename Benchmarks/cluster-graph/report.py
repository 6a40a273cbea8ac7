#!/usr/bin/env python3
"""Prints the cluster-graph benchmark table from the engines' JSON result lines.

    report.py --queries queries.cypher RESULTS.jsonl [MORE.jsonl ...]

Every line of the result files that starts with `{` is one engine's result object (README.md);
an engine named `reference` (reference.py) contributes checksums only. The table is Markdown:
query | clustergraph ms | kuzu ms | falkordb ms | ratio to the faster peer | rows agree.

Exit status 1 when the checksums of a query disagree between engines (or with the reference),
when country_pairs and country_pairs_naive disagree within an engine, or when an engine or query
failed; 0 otherwise (a ratio above 1 is reported, not an error).
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import loadavg, read_queries  # noqa: E402

TIMED = ["clustergraph", "kuzu", "falkordb"]
PEERS = ["kuzu", "falkordb"]


def fmt_ms(v):
    if v is None:
        return "-"
    if v < 1:
        return "%.3f" % v
    if v < 100:
        return "%.2f" % v
    return "%.1f" % v


def main():
    ap = argparse.ArgumentParser(description="Print the cluster-graph benchmark table.")
    ap.add_argument("--queries", required=True)
    ap.add_argument("results", nargs="+")
    args = ap.parse_args()

    engines = {}
    for path in args.results:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line.startswith("{"):
                    obj = json.loads(line)
                    engines[obj.get("engine", "?")] = obj
    names = [n for n, _ in read_queries(args.queries)]
    timed = [e for e in TIMED if e in engines]
    problems = []

    for e in timed + [e for e in engines if e not in TIMED]:
        obj = engines[e]
        if "error" in obj:
            problems.append("%s failed: %s" % (e, obj["error"]))

    header = ["query"] + ["%s ms" % e for e in timed]
    has_cg = "clustergraph" in timed and "error" not in engines["clustergraph"]
    if has_cg:
        header.append("ratio to faster peer")
    header.append("rows agree")
    table = []

    def ms(e, q):
        r = engines[e].get("queries", {}).get(q)
        return r.get("median_ms") if r else None

    def ratio_cell(cg, peers):
        peers = [p for p in peers if p is not None]
        if cg is None or not peers:
            return "-"
        best = min(peers)
        r = cg / best if best > 0 else float("inf")
        return "%.2f%s" % (r, "" if r <= 1.0 else " (slower)")

    load_row = ["load"] + [fmt_ms(engines[e].get("load_ms")) for e in timed]
    if has_cg:
        load_row.append(ratio_cell(engines["clustergraph"].get("load_ms"),
                                   [engines[p].get("load_ms") for p in PEERS if p in engines]))
    load_row.append("")
    table.append(load_row)

    slower = []
    for q in names:
        row = [q]
        for e in timed:
            r = engines[e].get("queries", {}).get(q)
            if r is None:
                row.append("missing")
                problems.append("%s: no result for %s" % (e, q))
            elif "error" in r:
                row.append("error")
                problems.append("%s %s: %s" % (e, q, r["error"]))
            else:
                cell = fmt_ms(r["median_ms"])
                if r.get("runs", 0) and r["runs"] < 3:
                    cell += " (%d run%s)" % (r["runs"], "" if r["runs"] == 1 else "s")
                row.append(cell)
        if has_cg:
            cell = ratio_cell(ms("clustergraph", q), [ms(p, q) for p in PEERS if p in engines])
            if "slower" in cell:
                slower.append(q)
            row.append(cell)
        sums = {}
        for e, obj in engines.items():
            r = obj.get("queries", {}).get(q)
            if r and "checksum" in r:
                sums[e] = (r["checksum"], r.get("rows"))
        distinct = {s for s, _ in sums.values()}
        if not sums:
            row.append("-")
        elif len(distinct) == 1:
            n = next(iter(sums.values()))[1]
            row.append("yes (%s row%s, %d engines)" % (n, "" if n == 1 else "s", len(sums)))
        else:
            row.append("NO: " + ", ".join("%s %s/%s rows" % (e, s[:8], n) for e, (s, n) in sorted(sums.items())))
            problems.append("%s: checksums disagree" % q)
        table.append(row)

    widths = [max(len(str(r[i])) for r in table + [header]) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in table:
        print(line(r))
    print()
    print("Medians in ms: FalkorDB server-side run_time_ms, Kuzu compiling + execution time, "
          "ClusterGraph as reported by engine-bench; load = wall time.")
    for e in timed:
        obj = engines[e]
        print("- %s %s, threads %s, load average %s -> %s" %
              (e, obj.get("version", "?"), obj.get("threads", "?"),
               obj.get("loadavg_start", "?"), obj.get("loadavg_end", "?")))
    print("- load average now: %s (2 cores; compare in the same run)" % (loadavg() or "?"))

    if "country_pairs" in names and "country_pairs_naive" in names:
        parts = []
        for e, obj in engines.items():
            a = obj.get("queries", {}).get("country_pairs", {}).get("checksum")
            b = obj.get("queries", {}).get("country_pairs_naive", {}).get("checksum")
            if a and b:
                parts.append("%s %s" % (e, "yes" if a == b else "NO"))
                if a != b:
                    problems.append("%s: country_pairs and country_pairs_naive disagree" % e)
        print("- country_pairs = country_pairs_naive: %s" % (", ".join(parts) or "-"))
    if has_cg:
        print("- target (every figure at or below the faster peer): %s" %
              ("met" if not slower else "not met for " + ", ".join(slower)))
    for p in problems:
        print("PROBLEM: %s" % p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

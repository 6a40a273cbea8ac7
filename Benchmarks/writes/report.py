#!/usr/bin/env python3
"""Prints the write benchmark's table from the engines' JSON result lines.

    report.py --manifest DATA/manifest.json RESULTS.jsonl [MORE.jsonl ...]

Every line starting with `{` is one engine's result object (README.md). The table is Markdown:
workload | statements | clustergraph ms | kuzu ms | kuzu wall ms | ratio | answers agree, where
ratio = ClusterGraph / Kuzu (engine times) and "answers agree" compares each engine's graph after
the workload (node and relationship counts, sum of w, checksum of the sample) with the answers
generate.py computed without an engine.

Exit status 1 when an engine or workload failed or an answer differs from the expected one; 0
otherwise (a ratio above 1, or a Kuzu workload stopped by its timeout, is reported, not an error).
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cluster-graph"))
from report import fmt_ms, loadavg  # noqa: E402

WORKLOADS = ["merge_one_statement", "merge_10k_batches", "remerge_one_statement", "link_one_statement",
             "link_10k_batches"]
ENGINES = ["clustergraph", "kuzu"]


def expected_checks(expected, workload):
    links = workload.startswith("link")
    return {"nodes": expected["nodes"],
            "relationships": expected["relationships"] if links else 0,
            "sum_w": expected["sum_w"] if links else None,
            "checksum": expected["sample_links" if links else "sample_nodes"]}


def main():
    ap = argparse.ArgumentParser(description="Print the write benchmark table.")
    ap.add_argument("--manifest", required=True)
    ap.add_argument("results", nargs="+")
    args = ap.parse_args()

    with open(args.manifest, encoding="utf-8") as f:
        manifest = json.load(f)
    engines = {}
    for path in args.results:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip().startswith("{"):
                    obj = json.loads(line)
                    engines[obj.get("engine", "?")] = obj
    problems = ["%s failed: %s" % (e, o["error"]) for e, o in engines.items() if "error" in o]
    present = [e for e in ENGINES if e in engines]  # run-write-bench.sh --kuzu-only has no clustergraph
    if not present:
        problems.append("no engine's result in %s" % ", ".join(args.results))

    def result(e, w):
        return engines.get(e, {}).get("workloads", {}).get(w)

    header = ["workload", "statements", "clustergraph ms", "kuzu ms", "kuzu wall ms", "ratio", "answers agree"]
    table, slower = [], []
    for w in WORKLOADS:
        if not any(result(e, w) for e in present):
            continue  # not run (--only)
        row = [w, "-"]
        for e in ENGINES:
            if e not in present:
                row.append("not run")
                continue
            r = result(e, w)
            if r is None:
                row.append("missing")
                problems.append("%s: no result for %s" % (e, w))
            elif "error" in r:
                row.append("error")
                problems.append("%s %s: %s" % (e, w, r["error"]))
            elif "timeout_ms" in r:
                row.append("> %s (stopped)" % fmt_ms(r["timeout_ms"]))
            else:
                row[1] = str(r.get("statements", "-"))
                row.append(fmt_ms(r["median_ms"]) + ("" if r.get("runs", 0) >= 3 else " (%s run%s)" % (
                    r.get("runs"), "" if r.get("runs") == 1 else "s")))
        k = result("kuzu", w) or {}
        row.append(fmt_ms(k.get("wall_median_ms")))
        cg = (result("clustergraph", w) or {}).get("median_ms")
        if cg is not None and k.get("median_ms"):
            ratio = cg / k["median_ms"]
            row.append("%.3f%s" % (ratio, " (slower)" if ratio > 1 else ""))
            if ratio > 1:
                slower.append(w)
        elif cg is not None and "timeout_ms" in k:
            row.append("< %.3f" % (cg / k["timeout_ms"]))
        else:
            row.append("-")
        want = expected_checks(manifest["expected"], w)
        agree, differ = [], []
        for e in ENGINES:
            r = result(e, w) or {}
            if "checksum" not in r:
                continue
            got = {key: r.get(key) for key in want}
            (agree if got == want else differ).append(e)
            if got != want:
                problems.append("%s %s: graph %s, expected %s" % (e, w, got, want))
        if differ:
            row.append("NO: " + ", ".join(differ))
        elif agree:
            row.append("yes (%s, %s nodes, %s rels)" % (" + ".join(agree + ["reference"]),
                                                        format(want["nodes"], ","), format(want["relationships"], ",")))
        else:
            row.append("-")
        table.append(row)

    widths = [max(len(str(r[i])) for r in table + [header]) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(wd) for c, wd in zip(cells, widths)) + " |"

    print(line(header))
    print("|" + "|".join("-" * (wd + 2) for wd in widths) + "|")
    for r in table:
        print(line(r))
    print()
    print("Data: seed %s, %s MERGE rows (%s distinct keys), %s pairs. Medians in ms of the timed statements "
          "only, each run on a fresh graph; ClusterGraph as reported by engine-bench (parameter list built "
          "before the clock), Kuzu compiling + execution time (wall adds the Python binding's parameter "
          "conversion); ratio = ClusterGraph / Kuzu." % (
              manifest["seed"], format(manifest["rows"], ","), format(manifest["expected"]["nodes"], ","),
              format(manifest["pairs"], ",")))
    for e in ENGINES:
        obj = engines.get(e, {})
        print("- %s %s, threads %s, load average %s -> %s" % (
            e, obj.get("version", "?"), obj.get("threads", "?"), obj.get("loadavg_start", "?"),
            obj.get("loadavg_end", "?")))
    print("- load average now: %s (2 cores; compare in the same run)" % loadavg())
    k = engines.get("kuzu", {})
    if "copy_links_ms" in k:
        print("- context, not in the ratios: Kuzu's bulk `COPY LINK FROM 'pairs.csv'` of the same %s "
              "relationships: %s ms (wall)" % (format(manifest["pairs"], ","), fmt_ms(k["copy_links_ms"])))
    print("- target (every figure at or below Kuzu's): %s" % ("met" if not slower else "not met for " + ", ".join(slower)))
    for p in problems:
        print("PROBLEM: %s" % p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

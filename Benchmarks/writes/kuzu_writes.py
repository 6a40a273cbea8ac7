#!/usr/bin/env python3
"""The Kuzu side of the write benchmark: the workloads of README.md in Kuzu (in-memory, embedded).

    kuzu_writes.py --data DIR --statements statements.cypher [--runs 3] [--budget-s 60]
                   [--timeout-s 60] [--only NAME] [--no-copy]

Reads rows.csv, pairs.csv and manifest.json written by generate.py (the one source of the data),
runs each workload once to warm up and then --runs times, every run on a fresh in-memory
database, checks the graph after every run with the check statements, and prints one JSON object
on one line of stdout (the contract of README.md; progress goes to stderr). A warm-up longer
than --budget-s is the only run. A run whose timed statements exceed --timeout-s in all is
interrupted (Kuzu's query timeout) and the workload reported as {"timeout_ms": ...}.
Unless --no-copy, it also times Kuzu's bulk path for context, `COPY LINK FROM 'pairs.csv'`
(not the same statement, so not in the ratios).

Figures: the sum over a workload's statements of Kuzu's compiling + execution time (the result
is complete inside execute()); `wall_median_ms` adds the Python binding's conversion of the list
parameter and the call overhead. Schema statements and the untimed set-up of a workload
(e.g. the nodes before `link_*`) are not counted.
"""

import argparse
import csv
from decimal import Decimal
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cluster-graph"))
from benchlib import checksum, loadavg, log, median, read_queries  # noqa: E402

# name -> (set-up statements, timed statement, batch size or None, what the check covers)
WORKLOADS = {
    "merge_one_statement": ([], "merge", None, "nodes"),
    "merge_10k_batches": ([], "merge", 10_000, "nodes"),
    "remerge_one_statement": (["merge"], "merge", None, "nodes"),
    "link_one_statement": (["merge"], "link", None, "links"),
    "link_10k_batches": (["merge"], "link", 10_000, "links"),
}
PARAM = {"merge": "rows", "link": "pairs"}


def read_data(data):
    with open(os.path.join(data, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    with open(os.path.join(data, "rows.csv"), newline="", encoding="utf-8") as f:
        rows = [{"key": k, "name": n} for k, n in list(csv.reader(f))[1:]]
    with open(os.path.join(data, "pairs.csv"), newline="", encoding="utf-8") as f:
        pairs = [{"src": a, "dst": b, "w": int(w)} for a, b, w in list(csv.reader(f))[1:]]
    return manifest, {"rows": rows, "pairs": pairs}


def fresh(kuzu):
    db = kuzu.Database()  # in-memory
    conn = kuzu.Connection(db)
    conn.execute("CREATE NODE TABLE Org(key STRING, name STRING, PRIMARY KEY(key))")
    conn.execute("CREATE REL TABLE LINK(FROM Org TO Org, w INT64)")
    return db, conn


def run(conn, text, params):
    """(engine ms, wall ms, rows) of one statement."""
    t = time.perf_counter()
    r = conn.execute(text, params)
    rows = r.get_all()
    wall = (time.perf_counter() - t) * 1000
    engine = r.get_compiling_time() + r.get_execution_time()
    r.close()
    return engine, wall, rows


class Timeout(Exception):
    pass


def one_run(kuzu, stmts, data, sample, workload, timeout_s):
    """One run of a workload on a fresh database: (engine ms, wall ms, checks)."""
    setup, timed, batch, covers = WORKLOADS[workload]
    db, conn = fresh(kuzu)
    for name in setup:
        run(conn, stmts[name], {PARAM[name]: data[PARAM[name]]})
    items = data[PARAM[timed]]
    size = batch or len(items)
    engine = wall = 0.0
    for i in range(0, len(items), size):
        left_ms = timeout_s * 1000 - wall
        if left_ms < 1:
            raise Timeout()
        conn.set_query_timeout(int(left_ms))
        try:
            e, w, _ = run(conn, stmts[timed], {PARAM[timed]: items[i:i + size]})
        except RuntimeError as err:
            if "interrupted" in str(err).lower() or "timeout" in str(err).lower():
                raise Timeout() from err
            raise
        engine += e
        wall += w
    conn.set_query_timeout(0)
    checks = {"statements": (len(items) + size - 1) // size, "nodes": run(conn, stmts["count_nodes"], {})[2][0][0]}
    rels, sum_w = run(conn, stmts["count_links"], {})[2][0]
    # Kuzu sums integers into a Decimal, which JSON cannot carry: report it as the number it is.
    if isinstance(sum_w, Decimal):
        sum_w = int(sum_w) if sum_w == sum_w.to_integral_value() else float(sum_w)
    checks.update(relationships=rels, sum_w=sum_w if rels else None)
    which = "sample_nodes" if covers == "nodes" else "sample_links"
    checks["checksum"] = checksum(run(conn, stmts[which], {"sample": sample})[2])
    conn.close()
    db.close()
    return engine, wall, checks


def copy_links(kuzu, stmts, data, path, expected):
    """Kuzu's bulk path for the relationships, for context: (wall ms, relationship count)."""
    db, conn = fresh(kuzu)
    run(conn, stmts["merge"], {"rows": data["rows"]})
    t = time.perf_counter()
    conn.execute("COPY LINK FROM '%s' (header=true)" % path.replace("'", "\\'"))
    ms = (time.perf_counter() - t) * 1000
    rels, sum_w = run(conn, stmts["count_links"], {})[2][0]
    conn.close()
    db.close()
    if (rels, sum_w) != (expected["relationships"], expected["sum_w"]):
        raise RuntimeError("COPY gave %s relationships, sum(w) %s" % (rels, sum_w))
    return ms


def main():
    ap = argparse.ArgumentParser(description="Kuzu side of the write benchmark.")
    ap.add_argument("--data", required=True)
    ap.add_argument("--statements", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--budget-s", type=float, default=60)
    ap.add_argument("--timeout-s", type=float, default=60)
    ap.add_argument("--only")
    ap.add_argument("--no-copy", action="store_true")
    args = ap.parse_args()

    result = {"engine": "kuzu", "loadavg_start": loadavg()}
    try:
        import kuzu

        result["version"] = kuzu.__version__
        stmts = dict(read_queries(args.statements))
        manifest, data = read_data(args.data)
        db, conn = fresh(kuzu)
        result["threads"] = int(conn.execute("CALL current_setting('threads') RETURN *").get_all()[0][0])
        conn.close()
        db.close()
    except Exception as e:  # noqa: BLE001 - the engine fails as a whole
        result["error"] = "%s: %s" % (type(e).__name__, e)
        print(json.dumps(result))
        return 1

    out = {}
    for name in WORKLOADS:
        if args.only and name != args.only:
            continue
        log("[kuzu] %s ..." % name)
        try:
            e, w, first = one_run(kuzu, stmts, data, manifest["sample_keys"], name, args.timeout_s)  # warm-up
            warm_s = w / 1000
            n = args.runs if warm_s * args.runs <= args.budget_s else max(1, int(args.budget_s / warm_s))
            engine, wall = ([e], [w]) if warm_s > args.budget_s else ([], [])
            for _ in range(0 if engine else n):
                e, w, checks = one_run(kuzu, stmts, data, manifest["sample_keys"], name, args.timeout_s)
                if checks != first:
                    raise RuntimeError("a run's graph differs from the warm-up's: %s vs %s" % (checks, first))
                engine.append(e)
                wall.append(w)
            res = {"median_ms": round(median(engine), 3), "min_ms": round(min(engine), 3),
                   "max_ms": round(max(engine), 3), "wall_median_ms": round(median(wall), 3), "runs": len(engine)}
            res.update(first)
            log("[kuzu] %s: %.1f ms (median of %d; wall %.1f ms), %s" %
                (name, res["median_ms"], len(engine), res["wall_median_ms"], first))
        except Timeout:
            res = {"timeout_ms": args.timeout_s * 1000}
            log("[kuzu] %s: stopped after %.0f s (query timeout)" % (name, args.timeout_s))
        except Exception as e:  # noqa: BLE001 - a failing workload is reported, the others still run
            res = {"error": "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else "")}
            log("[kuzu] %s: %s" % (name, res["error"]))
        out[name] = res
    result["workloads"] = out
    if not args.no_copy and not args.only:
        log("[kuzu] context: COPY LINK FROM pairs.csv ...")
        try:
            result["copy_links_ms"] = round(copy_links(kuzu, stmts, data, os.path.join(
                os.path.abspath(args.data), "pairs.csv"), manifest["expected"]), 3)
            log("[kuzu] COPY LINK: %.1f ms" % result["copy_links_ms"])
        except Exception as e:  # noqa: BLE001 - context only
            result["copy_links_error"] = "%s: %s" % (type(e).__name__, e)
    result["loadavg_end"] = loadavg()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Bulk import against Kùzu's COPY, in one run: the same graph as neo4j-admin CSV files (N nodes
`id:ID,name,score:float`, M relationships `:START_ID,:END_ID,w:int` between random nodes, fixed seed),
imported by `clustergraph import` and by Kùzu 0.11.3's `COPY … FROM`, each RUNS times, alternating.

Two pairs are timed:
- in memory: `clustergraph import --nodes=N n.csv --relationships=R r.csv -c 'MATCH ()-[r]->() RETURN
  count(r)'` (a process: start, import, count, exit) against `kuzu.Database()` (in memory) + schema +
  two COPY statements + the same count, in this Python process;
- on disk: `clustergraph import … --db DIR` (written and synced) against `kuzu.Database(DIR)`.
Kùzu's COPY wants files holding exactly its table's columns, so it reads copies without the typed
header (written once, not timed). Wall times, medians; one JSON line on stdout, a summary on stderr.

    Benchmarks/.venv/bin/python Benchmarks/import/bench.py --binary .build/release/clustergraph \
        [--nodes 100000] [--relationships 1000000] [--runs 5] [--dir /tmp/cg-import-bench]
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time


def log(text):
    print(text, file=sys.stderr, flush=True)


def generate(directory, nodes, relationships, seed=7):
    rng = random.Random(seed)
    paths = {name: os.path.join(directory, name) for name in ("n.csv", "r.csv", "kn.csv", "kr.csv")}
    with open(paths["n.csv"], "w") as f, open(paths["kn.csv"], "w") as k:
        f.write("id:ID,name,score:float\n")
        for i in range(nodes):
            line = "%d,n%d,%s\n" % (i, i, repr(rng.randint(0, 1000) / 8))
            f.write(line)
            k.write(line)
    with open(paths["r.csv"], "w") as f, open(paths["kr.csv"], "w") as k:
        f.write(":START_ID,:END_ID,w:int\n")
        for _ in range(relationships):
            line = "%d,%d,%d\n" % (rng.randrange(nodes), rng.randrange(nodes), rng.randint(0, 9))
            f.write(line)
            k.write(line)
    return paths


def clustergraph(binary, paths, db):
    args = [binary, "import", "--nodes=N", paths["n.csv"], "--relationships=R", paths["r.csv"]]
    args += ["--db", db] if db else ["-c", "MATCH ()-[r]->() RETURN count(r) AS n", "--format", "csv"]
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError("clustergraph import failed: %s" % done.stderr.strip())
    return elapsed, done.stdout.strip().splitlines()[-1] if not db else None


def kuzu_import(paths, db):
    import kuzu

    start = time.perf_counter()
    database = kuzu.Database(db) if db else kuzu.Database()
    conn = kuzu.Connection(database)
    conn.execute("CREATE NODE TABLE N(id INT64, name STRING, score DOUBLE, PRIMARY KEY(id))")
    conn.execute("CREATE REL TABLE R(FROM N TO N, w INT64)")
    conn.execute("COPY N FROM '%s' (header=false)" % paths["kn.csv"])
    conn.execute("COPY R FROM '%s' (header=false)" % paths["kr.csv"])
    count = conn.execute("MATCH ()-[r:R]->() RETURN count(r)").get_next()[0]
    elapsed = time.perf_counter() - start
    conn.close()
    database.close()
    return elapsed, str(count)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=".build/release/clustergraph")
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--relationships", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", default="/tmp/cg-import-bench")
    args = parser.parse_args()

    import kuzu

    shutil.rmtree(args.dir, ignore_errors=True)
    os.makedirs(args.dir)
    log("generating %d nodes and %d relationships" % (args.nodes, args.relationships))
    paths = generate(args.dir, args.nodes, args.relationships)
    times = {"clustergraph_memory": [], "kuzu_memory": [], "clustergraph_disk": [], "kuzu_disk": []}
    for run in range(args.runs):
        # Alternating, and which engine goes first alternates too.
        order = ["clustergraph", "kuzu"] if run % 2 == 0 else ["kuzu", "clustergraph"]
        for engine in order:
            for where in ("memory", "disk"):
                db = os.path.join(args.dir, "%s-%d.db" % (engine, run)) if where == "disk" else None
                if engine == "clustergraph":
                    elapsed, count = clustergraph(args.binary, paths, db)
                else:
                    elapsed, count = kuzu_import(paths, db)
                if count is not None and count.strip() != str(args.relationships):
                    raise RuntimeError("%s counted %s relationships" % (engine, count))
                times["%s_%s" % (engine, where)].append(elapsed)
                log("run %d: %s %s %.3f s" % (run + 1, engine, where, elapsed))
                if db:
                    shutil.rmtree(db, ignore_errors=True)
                    if os.path.exists(db):
                        os.remove(db)
    medians = {k: round(statistics.median(v), 3) for k, v in times.items()}
    result = {"nodes": args.nodes, "relationships": args.relationships, "runs": args.runs, "kuzu": kuzu.__version__,
              "median_s": medians, "ratio_memory": round(medians["clustergraph_memory"] / medians["kuzu_memory"], 2),
              "ratio_disk": round(medians["clustergraph_disk"] / medians["kuzu_disk"], 2), "loadavg": os.getloadavg()}
    print(json.dumps(result))
    log("import of %d relationships, medians of %d: in memory ClusterGraph %.2f s, Kuzu %.2f s (%.2fx); on disk %.2f s, %.2f s (%.2fx)"
        % (args.relationships, args.runs, medians["clustergraph_memory"], medians["kuzu_memory"], result["ratio_memory"],
           medians["clustergraph_disk"], medians["kuzu_disk"], result["ratio_disk"]))
    shutil.rmtree(args.dir, ignore_errors=True)


if __name__ == "__main__":
    main()

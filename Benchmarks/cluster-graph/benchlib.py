"""Shared pieces of the Python side of the benchmarks: the query-file reader and the result checksum
(both specified in cluster-graph/README.md; the Swift `engine-bench` implements the same rules), and
logging and the load average for the peers' scripts.
"""

import hashlib
import math
import re
import sys


def log(*a):
    """A progress line on standard error (standard output carries the JSON results)."""
    print(*a, file=sys.stderr, flush=True)


def loadavg():
    """The 1, 5 and 15 minute load averages as text, or None where /proc/loadavg is missing."""
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return None

_NAME = re.compile(r"^//\s*name:\s*([A-Za-z0-9_]+)\s*$")


def read_queries(path):
    """Return [(name, text)] in file order.

    A block starts at a line `// name: NAME`; it holds every following line up to the next such
    line or the end of the file, minus lines whose first non-blank characters are `//` and minus
    blank lines; the lines are joined by "\\n", stripped, and one trailing `;` is removed.
    Lines before the first `// name:` line are ignored.
    """
    queries, name, lines = [], None, []

    def flush():
        if name is not None:
            text = "\n".join(lines).strip()
            if text.endswith(";"):
                text = text[:-1].rstrip()
            queries.append((name, text))

    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip("\r")
            m = _NAME.match(line.strip())
            if m:
                flush()
                name, lines = m.group(1), []
            elif name is not None and line.strip() and not line.strip().startswith("//"):
                lines.append(line.rstrip())
    flush()
    return queries


def _string(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif o < 0x20:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical(v):
    """Canonical text of one value (README.md, "Checksum")."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return '"NaN"'
        if math.isinf(v):
            return '"Infinity"' if v > 0 else '"-Infinity"'
        t = "%.6f" % v
        return "0.000000" if t == "-0.000000" else t
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v.keys(), key=lambda k: str(k).encode("utf-8"))
        return "{" + ",".join(_string(str(k)) + ":" + canonical(v[k]) for k in keys) + "}"
    raise TypeError("no canonical form for %r (%s)" % (v, type(v).__name__))


def canonical_row(row):
    return "[" + ",".join(canonical(v) for v in row) + "]"


def checksum(rows):
    """sha1 (lower-case hex) of the canonical rows, sorted by their UTF-8 bytes, joined by "\\n"."""
    lines = sorted((canonical_row(r).encode("utf-8") for r in rows))
    return hashlib.sha1(b"\n".join(lines)).hexdigest()


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n == 0:
        return None
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2.0

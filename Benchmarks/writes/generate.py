#!/usr/bin/env python3
"""Deterministic data of the write benchmark, and the answers every engine must reproduce.

    generate.py --seed 42 --out DIR [--rows 100000] [--pairs 200000]

Writes into DIR (format in README.md beside this file):
  rows.csv       key,name      the MERGE input: --rows rows, about 5 % of them repeating an
                               earlier key (the first row of a key creates the node; later rows
                               of the same key must match it, so its name is the first row's)
  pairs.csv      src,dst,w     the relationship input: --pairs pairs of distinct existing keys,
                               w an integer 1..1000; a pair may occur more than once
  manifest.json  seed, sizes, the sample keys and the expected answers (node and relationship
                 counts, sum of w, the checksums of the two sample queries of README.md),
                 computed here in plain Python, without any engine.

Same seed and sizes give byte-identical files (only random.Random(seed).random() is used).
"""

import argparse
import csv
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cluster-graph"))
from benchlib import checksum  # noqa: E402

REPEAT_SHARE = 0.05  # share of MERGE rows that repeat an earlier key
SAMPLE_EVERY = 1000  # every 1000th distinct key (in key order) is in the sample


def generate(seed, n_rows, n_pairs):
    rng = random.Random(seed)
    rand = rng.random

    def below(n):  # an integer in [0, n) from random() only
        return min(n - 1, int(rand() * n))

    # Keys are 'org-' + 7 digits, unique, in random (not sorted) order of first appearance.
    used, keys, rows = set(), [], []
    for i in range(n_rows):
        if keys and rand() < REPEAT_SHARE:
            key = keys[below(len(keys))]
        else:
            while True:
                key = "org-%07d" % below(10_000_000)
                if key not in used:
                    break
            used.add(key)
            keys.append(key)
        rows.append((key, "Organization %d" % i))
    pairs = []
    for _ in range(n_pairs):
        a = below(len(keys))
        b = below(len(keys) - 1)
        if b >= a:
            b += 1  # never a self-loop
        pairs.append((keys[a], keys[b], 1 + below(1000)))
    return rows, keys, pairs


def expected(rows, keys, pairs):
    """The answers of README.md's check queries, computed without an engine."""
    name = {}
    for key, n in rows:
        name.setdefault(key, n)  # ON CREATE SET: the first row of a key wins
    sample = sorted(keys)[::SAMPLE_EVERY]
    chosen = set(sample)
    return sample, {
        "nodes": len(keys),
        "relationships": len(pairs),
        "sum_w": sum(w for _, _, w in pairs),
        "sample_nodes": checksum([[k, name[k]] for k in sample]),
        "sample_links": checksum([[a, name[a], b, w] for a, b, w in pairs if a in chosen]),
    }


def main():
    ap = argparse.ArgumentParser(description="Generate the write benchmark's data.")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--pairs", type=int, default=200_000)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    rows, keys, pairs = generate(args.seed, args.rows, args.pairs)
    sample, answers = expected(rows, keys, pairs)
    os.makedirs(args.out, exist_ok=True)
    sha = hashlib.sha1()
    for fname, header, records in (("rows.csv", ["key", "name"], rows),
                                   ("pairs.csv", ["src", "dst", "w"], pairs)):
        path = os.path.join(args.out, fname)
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(records)
        with open(path, "rb") as f:
            sha.update(f.read())
    manifest = {"seed": args.seed, "rows": len(rows), "pairs": len(pairs), "files_sha1": sha.hexdigest(),
                "sample_keys": sample, "expected": answers}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print("wrote %d rows (%d distinct keys) and %d pairs to %s" % (len(rows), len(keys), len(pairs), args.out),
          file=sys.stderr)


if __name__ == "__main__":
    main()

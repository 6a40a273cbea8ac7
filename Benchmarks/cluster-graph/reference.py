#!/usr/bin/env python3
"""Engine-free reference answers of the cluster-graph queries, computed in plain Python from the
CSV files: a third witness when engines disagree. Prints one JSON object
{"engine": "reference", "queries": {NAME: {"rows": N, "checksum": SHA1}}} on stdout.

It mirrors queries.cypher by hand: change both together.
"""

import argparse
import collections
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import checksum  # noqa: E402

ANCHOR = "Aurora Photonics Institute"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    d = ap.parse_args().data

    def rd(name):
        with open(os.path.join(d, name), newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    countries = {r["id"]: r for r in rd("Country.csv")}
    regions = {r["id"]: r for r in rd("Region.csv")}
    orgs = {r["id"]: r for r in rd("Organization.csv")}
    clusters = {r["id"]: r for r in rd("Cluster.csv")}
    region_country = collections.defaultdict(list)
    for r in rd("IN.csv"):
        region_country[r["from"]].append(r["to"])
    org_region = collections.defaultdict(list)
    for r in rd("LOCATED_IN.csv"):
        org_region[r["from"]].append(r["to"])
    members = rd("MEMBER_OF.csv")

    out = {}
    anchors = [k for k, o in orgs.items() if o["name"] == ANCHOR]
    out["point_lookup"] = [[ANCHOR, orgs[a]["kind"], regions[r]["code"]] for a in anchors for r in org_region[a]]

    anchor_clusters = {m["to"] for m in members if m["from"] in anchors}
    others = {orgs[m["from"]]["name"] for m in members if m["to"] in anchor_clusters} - {ANCHOR}
    out["two_hop_distinct"] = [[n] for n in others]

    # Countries reached by each cluster through MEMBER_OF, LOCATED_IN and IN.
    cluster_countries = collections.defaultdict(set)
    for m in members:
        for r in org_region[m["from"]]:
            for c in region_country[r]:
                cluster_countries[m["to"]].add(c)
    per_country = collections.Counter(c for cs in cluster_countries.values() for c in cs)
    out["clusters_per_country"] = [[countries[c]["iso"], countries[c]["name"], n] for c, n in per_country.items()]

    pairs = collections.Counter()
    for cl, cs in cluster_countries.items():
        isos = sorted({countries[c]["iso"] for c in cs})
        for i, a in enumerate(isos):
            for b in isos[i + 1:]:
                pairs[(a, b)] += 1
    out["country_pairs"] = [[a, b, n] for (a, b), n in pairs.items()]
    out["country_pairs_naive"] = out["country_pairs"]
    assert len(clusters) >= len(cluster_countries)

    print(json.dumps({"engine": "reference",
                      "queries": {k: {"rows": len(v), "checksum": checksum(v)} for k, v in out.items()}}))


if __name__ == "__main__":
    main()

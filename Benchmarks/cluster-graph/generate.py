#!/usr/bin/env python3
"""Deterministic generator of the cluster-shaped benchmark graph.

Writes one CSV file per node label and per relationship type (format in README.md beside this
file) plus manifest.json. Same --seed and --scale give byte-identical files: only
random.Random.random() is used (its algorithm is fixed across Python 3 versions) and every
choice is derived from it by the helpers below, never from set or dict iteration order of
unordered data.

Shape at --scale 1.0: 40 European countries with their real land borders, ~1,500 regions
(hub countries have many), ~50,000 organizations (regions sized by a heavy-tailed law,
organizations with a heavy-tailed activity), ~2,000 clusters (70 % within one country,
24 % across a country and some of its neighbours, 6 % international and large) and ~80,000
MEMBER_OF relationships.
"""

import argparse
import bisect
import csv
import hashlib
import json
import math
import os
import random
import sys

# (iso, name, population in millions, innovation factor): the weight of a country.
COUNTRIES = [
    ("AL", "Albania", 2.8, 0.4), ("AT", "Austria", 9.1, 1.2), ("BA", "Bosnia and Herzegovina", 3.2, 0.4),
    ("BE", "Belgium", 11.7, 1.2), ("BG", "Bulgaria", 6.4, 0.5), ("BY", "Belarus", 9.2, 0.4),
    ("CH", "Switzerland", 8.8, 1.6), ("CY", "Cyprus", 1.3, 0.7), ("CZ", "Czechia", 10.9, 0.9),
    ("DE", "Germany", 84.0, 1.4), ("DK", "Denmark", 5.9, 1.5), ("EE", "Estonia", 1.4, 1.1),
    ("ES", "Spain", 48.0, 0.9), ("FI", "Finland", 5.6, 1.5), ("FR", "France", 68.0, 1.2),
    ("GB", "United Kingdom", 67.0, 1.2), ("GR", "Greece", 10.4, 0.6), ("HR", "Croatia", 3.9, 0.6),
    ("HU", "Hungary", 9.6, 0.7), ("IE", "Ireland", 5.2, 1.3), ("IS", "Iceland", 0.39, 1.1),
    ("IT", "Italy", 59.0, 0.9), ("LT", "Lithuania", 2.8, 0.8), ("LU", "Luxembourg", 0.66, 1.4),
    ("LV", "Latvia", 1.9, 0.7), ("MD", "Moldova", 2.5, 0.3), ("ME", "Montenegro", 0.6, 0.4),
    ("MK", "North Macedonia", 1.8, 0.4), ("MT", "Malta", 0.53, 0.8), ("NL", "Netherlands", 18.0, 1.5),
    ("NO", "Norway", 5.5, 1.3), ("PL", "Poland", 37.0, 0.8), ("PT", "Portugal", 10.4, 0.8),
    ("RO", "Romania", 19.0, 0.5), ("RS", "Serbia", 6.6, 0.5), ("SE", "Sweden", 10.5, 1.6),
    ("SI", "Slovenia", 2.1, 1.0), ("SK", "Slovakia", 5.4, 0.7), ("TR", "Türkiye", 85.0, 0.5),
    ("UA", "Ukraine", 38.0, 0.4),
]

# Real land borders between the countries above (each unordered pair once).
BORDERS = [
    ("AT", "CH"), ("AT", "CZ"), ("AT", "DE"), ("AT", "HU"), ("AT", "IT"), ("AT", "SI"), ("AT", "SK"),
    ("AL", "GR"), ("AL", "ME"), ("AL", "MK"), ("BA", "HR"), ("BA", "ME"), ("BA", "RS"),
    ("BE", "DE"), ("BE", "FR"), ("BE", "LU"), ("BE", "NL"), ("BG", "GR"), ("BG", "MK"),
    ("BG", "RO"), ("BG", "RS"), ("BG", "TR"), ("BY", "LT"), ("BY", "LV"), ("BY", "PL"),
    ("BY", "UA"), ("CH", "DE"), ("CH", "FR"), ("CH", "IT"), ("CZ", "DE"), ("CZ", "PL"),
    ("CZ", "SK"), ("DE", "DK"), ("DE", "FR"), ("DE", "LU"), ("DE", "NL"), ("DE", "PL"),
    ("EE", "LV"), ("ES", "FR"), ("ES", "PT"), ("FI", "NO"), ("FI", "SE"), ("FR", "IT"),
    ("FR", "LU"), ("GB", "IE"), ("GR", "MK"), ("GR", "TR"), ("HR", "HU"), ("HR", "ME"),
    ("HR", "RS"), ("HR", "SI"), ("HU", "RO"), ("HU", "RS"), ("HU", "SI"), ("HU", "SK"),
    ("HU", "UA"), ("IT", "SI"), ("LT", "LV"), ("LT", "PL"), ("MD", "RO"), ("MD", "UA"),
    ("ME", "RS"), ("MK", "RS"), ("NO", "SE"), ("PL", "SK"), ("PL", "UA"), ("RO", "RS"),
    ("RO", "UA"), ("SK", "UA"),
]

ORG_KINDS = [("company", 0.57), ("startup", 0.16), ("university", 0.03),
             ("research_institute", 0.10), ("public_agency", 0.06), ("association", 0.08)]
CLUSTER_KINDS = ["technology", "manufacturing", "life_sciences", "energy", "agrifood", "mobility",
                 "digital", "creative", "logistics", "materials"]
SECTORS = ["Photonics", "Robotics", "Biotech", "Logistics", "Energy", "Materials", "Software",
           "Medical", "Foods", "Mobility", "Textiles", "Chemicals", "Aerospace", "Maritime",
           "Analytics", "Automation", "Sensors", "Water", "Timber", "Ceramics", "Microelectronics",
           "Packaging", "Design", "Media", "Agritech", "Hydrogen", "Batteries", "Plastics",
           "Optics", "Security"]
LEGAL = {"AT": "GmbH", "CH": "AG", "DE": "GmbH", "LU": "S.A.", "FR": "SAS", "BE": "BV", "NL": "B.V.",
         "IT": "S.r.l.", "ES": "S.L.", "PT": "Lda", "SE": "AB", "NO": "AS", "DK": "ApS", "FI": "Oy",
         "PL": "Sp. z o.o.", "CZ": "s.r.o.", "SK": "s.r.o.", "HU": "Kft.", "RO": "SRL", "GR": "S.A.",
         "EE": "OU", "LV": "SIA", "LT": "UAB", "SI": "d.o.o.", "HR": "d.o.o.", "RS": "d.o.o.",
         "BA": "d.o.o.", "ME": "d.o.o.", "TR": "A.S.", "UA": "LLC", "BY": "LLC", "MD": "SRL"}
ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "pr", "r",
          "s", "st", "t", "tr", "v", "w", "z", "sk", "bl", "fl", "", ""]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ia", "ei", "au"]
CODAS = ["", "", "", "n", "r", "l", "s", "t", "m", "nd", "rk", "st"]
REGION_SUFFIXES = ["", "", "", "ia", "land", "berg", "vale", "ova", "ica", "ano", "heim", "mark"]

ANCHOR_NAME = "Aurora Photonics Institute"  # the organization used by point_lookup / two_hop_distinct

FILES = {
    "nodes": {
        "Country": {"file": "Country.csv", "key": "iso", "properties": ["iso", "name"]},
        "Region": {"file": "Region.csv", "key": "code", "properties": ["code", "name"]},
        "Organization": {"file": "Organization.csv", "key": "name", "properties": ["name", "kind"]},
        "Cluster": {"file": "Cluster.csv", "key": "name", "properties": ["name", "kind"]},
    },
    "relationships": {
        "IN": {"file": "IN.csv", "from": "Region", "to": "Country", "properties": []},
        "LOCATED_IN": {"file": "LOCATED_IN.csv", "from": "Organization", "to": "Region", "properties": []},
        "MEMBER_OF": {"file": "MEMBER_OF.csv", "from": "Organization", "to": "Cluster", "properties": ["role"]},
        "SPANS": {"file": "SPANS.csv", "from": "Cluster", "to": "Region", "properties": []},
        "BORDERS": {"file": "BORDERS.csv", "from": "Country", "to": "Country", "properties": []},
    },
}


class Rng:
    """All randomness, built on random.Random.random() only (stable across Python 3 versions)."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def random(self):
        return self.r.random()

    def below(self, n):
        return min(int(self.r.random() * n), n - 1)

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def lognormal(self, mu, sigma):
        # Box-Muller on two uniforms.
        u1 = max(self.r.random(), 1e-12)
        u2 = self.r.random()
        return math.exp(mu + sigma * math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2))

    def weighted(self, cumulative):
        """Index drawn from a cumulative weight list."""
        x = self.r.random() * cumulative[-1]
        return min(bisect.bisect_right(cumulative, x), len(cumulative) - 1)


def cumulate(weights):
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def distribute(total, weights, minimum):
    """Integer counts summing to `total`, proportional to weights, each >= minimum (largest remainder)."""
    n = len(weights)
    rest = total - minimum * n
    s = sum(weights)
    raw = [rest * w / s for w in weights]
    counts = [int(math.floor(x)) for x in raw]
    order = sorted(range(n), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: rest - sum(counts)]:
        counts[i] += 1
    return [c + minimum for c in counts]


def word(rng, syllables):
    s = "".join(rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS) for _ in range(syllables))
    return s[:1].upper() + s[1:]


def generate(seed, scale):
    rng = Rng(seed)
    n_regions = max(2 * len(COUNTRIES), round(1500 * scale))
    n_orgs = max(200, round(50000 * scale))
    n_clusters = max(20, round(2000 * scale))
    n_members = max(300, round(80000 * scale))

    next_id = [1]

    def new_id():
        i = next_id[0]
        next_id[0] += 1
        return i

    # Countries.
    countries = []  # dicts: id, iso, name, weight
    for iso, name, pop, innov in COUNTRIES:
        countries.append({"id": new_id(), "iso": iso, "name": name, "pop": pop, "innov": innov})
    by_iso = {c["iso"]: c for c in countries}
    neighbours = {c["iso"]: [] for c in countries}
    for a, b in BORDERS:
        neighbours[a].append(b)
        neighbours[b].append(a)

    # Regions: hub countries have many (population^0.9), at least 2 each.
    region_counts = distribute(n_regions, [c["pop"] ** 0.9 for c in countries], 2)
    regions = []  # dicts: id, code, name, country index, weight
    used_region_names = set()
    for ci, c in enumerate(countries):
        for k in range(region_counts[ci]):
            while True:
                name = word(rng, 2 + rng.below(2)) + rng.pick(REGION_SUFFIXES)
                if name not in used_region_names:
                    used_region_names.add(name)
                    break
            # Heavy-tailed region size; the first region of a country is its capital (largest).
            w = rng.lognormal(0.0, 1.0) * (6.0 if k == 0 else 1.0)
            regions.append({"id": new_id(), "code": "%s-%03d" % (c["iso"], k + 1), "name": name,
                            "country": ci, "weight": w})
    regions_of_country = [[] for _ in countries]
    for ri, r in enumerate(regions):
        regions_of_country[r["country"]].append(ri)

    # Organizations: a region's share = region weight * its country's innovation factor,
    # normalised per country by population so that hub countries dominate.
    country_region_weight = [sum(regions[ri]["weight"] for ri in regions_of_country[ci])
                             for ci in range(len(countries))]
    region_share = []
    for r in regions:
        c = countries[r["country"]]
        region_share.append(c["pop"] * c["innov"] * r["weight"] / country_region_weight[r["country"]])
    org_counts = distribute(n_orgs, region_share, 1)
    kind_cum = cumulate([w for _, w in ORG_KINDS])
    orgs = []  # dicts: id, name, kind, region, activity
    used_names = {ANCHOR_NAME}

    def unique(name):
        if name not in used_names:
            used_names.add(name)
            return name
        n = 2
        while "%s %d" % (name, n) in used_names:
            n += 1
        name = "%s %d" % (name, n)
        used_names.add(name)
        return name

    for ri, r in enumerate(regions):
        iso = countries[r["country"]]["iso"]
        for _ in range(org_counts[ri]):
            kind = ORG_KINDS[rng.weighted(kind_cum)][0]
            sector = rng.pick(SECTORS)
            if kind == "company":
                name = "%s %s %s" % (word(rng, 2), sector, LEGAL.get(iso, "Ltd"))
            elif kind == "startup":
                name = "%s%s" % (word(rng, 2), rng.pick(["ly", "io", "ify", "lab", "hub", "works"]))
            elif kind == "university":
                name = rng.pick(["University of %s", "Technical University of %s",
                                 "%s University of Applied Sciences"]) % r["name"]
            elif kind == "research_institute":
                name = "%s Institute for %s" % (word(rng, 2), sector)
            elif kind == "public_agency":
                name = "%s %s Agency" % (r["name"], sector)
            else:
                name = "%s %s Association" % (r["name"], sector)
            activity = rng.lognormal(0.0, 1.1)
            if kind in ("university", "research_institute"):
                activity *= 3.0
            orgs.append({"id": new_id(), "name": unique(name), "kind": kind, "region": ri,
                         "activity": activity})
    orgs_of_region = [[] for _ in regions]
    for oi, o in enumerate(orgs):
        orgs_of_region[o["region"]].append(oi)
    region_org_cum = [cumulate([orgs[oi]["activity"] for oi in orgs_of_region[ri]])
                      for ri in range(len(regions))]
    # A region's attractiveness for clusters: its total organization activity.
    region_pull = [cum[-1] if cum else 0.0 for cum in region_org_cum]
    country_pull = [sum(region_pull[ri] for ri in regions_of_country[ci]) for ci in range(len(countries))]
    country_pull_cum = cumulate(country_pull)
    country_region_cum = [cumulate([region_pull[ri] for ri in regions_of_country[ci]])
                          for ci in range(len(countries))]

    # Clusters: scope, countries, spanned regions and a raw size.
    clusters = []  # dicts: id, name, kind, countries, spans (region indexes), size
    used_cluster_names = set()
    for k in range(n_clusters):
        home = rng.weighted(country_pull_cum)
        x = rng.random()
        cset = [home]
        if x < 0.06:
            scope = "international"
            want = 4 + rng.below(12)
            tries = 0
            while len(cset) < want and tries < 200:
                tries += 1
                ci = rng.weighted(country_pull_cum)
                if ci not in cset:
                    cset.append(ci)
        elif x < 0.30 and neighbours[countries[home]["iso"]]:
            scope = "cross_border"
            nb = sorted(neighbours[countries[home]["iso"]])
            want = 1 + rng.below(min(3, len(nb)))
            while len(cset) < 1 + want:
                ci = countries.index(by_iso[rng.pick(nb)])
                if ci not in cset:
                    cset.append(ci)
        else:
            scope = "national"
        spans = []
        for j, ci in enumerate(cset):
            rlist = regions_of_country[ci]
            if scope == "national":
                want = 1 + rng.below(min(4, len(rlist)))
            elif scope == "cross_border":
                want = 1 + rng.below(min(3, len(rlist)))
            else:
                want = 1 + rng.below(min(2, len(rlist)))
            chosen = []
            tries = 0
            while len(chosen) < want and tries < 100:
                tries += 1
                ri = rlist[rng.weighted(country_region_cum[ci])]
                if ri not in chosen:
                    chosen.append(ri)
            spans.extend(chosen)
        if scope == "national":
            size = rng.lognormal(math.log(18), 0.8)
        elif scope == "cross_border":
            size = rng.lognormal(math.log(35), 0.8)
        else:
            size = rng.lognormal(math.log(160), 0.9)
        kind = rng.pick(CLUSTER_KINDS)
        label = {"technology": "Tech", "manufacturing": "Manufacturing", "life_sciences": "Life Sciences",
                 "energy": "Energy", "agrifood": "Agrifood", "mobility": "Mobility", "digital": "Digital",
                 "creative": "Creative Industries", "logistics": "Logistics", "materials": "Materials"}[kind]
        if scope == "international":
            base = "%s %s Network" % (word(rng, 2), label)
        elif scope == "cross_border":
            base = "%s-%s %s Cluster" % (regions[spans[0]]["name"], countries[cset[1]]["name"], label)
        else:
            base = "%s %s Cluster" % (regions[spans[0]]["name"], label)
        name = base
        n = 2
        while name in used_cluster_names:
            name = "%s %d" % (base, n)
            n += 1
        used_cluster_names.add(name)
        clusters.append({"id": new_id(), "name": name, "kind": kind, "countries": cset,
                         "spans": spans, "size": size})

    # Normalise sizes so that memberships add up to about n_members; at least 3 members.
    factor = n_members / sum(c["size"] for c in clusters)
    for c in clusters:
        c["size"] = max(3, int(round(c["size"] * factor)))

    # Memberships: 85 % from organizations in spanned regions, 15 % from other regions of the
    # cluster's countries; organizations drawn by activity; first member is the coordinator.
    members = []  # (org index, cluster index, role)
    for k, c in enumerate(clusters):
        span_cum = cumulate([region_pull[ri] for ri in c["spans"]])
        country_cum = cumulate([country_pull[ci] for ci in c["countries"]])
        pool_size = sum(len(orgs_of_region[ri]) for ci in c["countries"] for ri in regions_of_country[ci])
        target = min(c["size"], pool_size)
        chosen, seen = [], set()
        tries = 0
        while len(chosen) < target and tries < target * 30:
            tries += 1
            if rng.random() < 0.85:
                ri = c["spans"][rng.weighted(span_cum)]
            else:
                ci = c["countries"][rng.weighted(country_cum)]
                ri = regions_of_country[ci][rng.weighted(country_region_cum[ci])]
            if not orgs_of_region[ri]:
                continue
            oi = orgs_of_region[ri][rng.weighted(region_org_cum[ri])]
            if oi in seen:
                continue
            seen.add(oi)
            chosen.append(oi)
        for j, oi in enumerate(chosen):
            if j == 0:
                role = "coordinator"
            else:
                y = rng.random()
                role = "founder" if y < 0.08 else ("partner" if y < 0.25 else "member")
            members.append((oi, k, role))

    # The anchor organization: the one with most memberships (lowest id on ties).
    count = [0] * len(orgs)
    for oi, _, _ in members:
        count[oi] += 1
    anchor = max(range(len(orgs)), key=lambda i: (count[i], -i))
    used_names.discard(orgs[anchor]["name"])
    orgs[anchor]["name"] = ANCHOR_NAME

    return countries, regions, orgs, clusters, members, anchor, count[anchor]


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    countries, regions, orgs, clusters, members, anchor, anchor_count = generate(args.seed, args.scale)
    os.makedirs(args.out, exist_ok=True)
    d = args.out
    write_csv(os.path.join(d, "Country.csv"), ["id", "iso", "name"],
              [(c["id"], c["iso"], c["name"]) for c in countries])
    write_csv(os.path.join(d, "Region.csv"), ["id", "code", "name"],
              [(r["id"], r["code"], r["name"]) for r in regions])
    write_csv(os.path.join(d, "Organization.csv"), ["id", "name", "kind"],
              [(o["id"], o["name"], o["kind"]) for o in orgs])
    write_csv(os.path.join(d, "Cluster.csv"), ["id", "name", "kind"],
              [(c["id"], c["name"], c["kind"]) for c in clusters])
    write_csv(os.path.join(d, "IN.csv"), ["from", "to"],
              [(r["id"], countries[r["country"]]["id"]) for r in regions])
    write_csv(os.path.join(d, "LOCATED_IN.csv"), ["from", "to"],
              [(o["id"], regions[o["region"]]["id"]) for o in orgs])
    write_csv(os.path.join(d, "MEMBER_OF.csv"), ["from", "to", "role"],
              [(orgs[oi]["id"], clusters[k]["id"], role) for oi, k, role in members])
    write_csv(os.path.join(d, "SPANS.csv"), ["from", "to"],
              [(c["id"], regions[ri]["id"]) for c in clusters for ri in c["spans"]])
    by_iso = {c["iso"]: c for c in countries}
    write_csv(os.path.join(d, "BORDERS.csv"), ["from", "to"],
              [(by_iso[a]["id"], by_iso[b]["id"]) for a, b in BORDERS])

    counts = {"Country": len(countries), "Region": len(regions), "Organization": len(orgs),
              "Cluster": len(clusters), "IN": len(regions), "LOCATED_IN": len(orgs),
              "MEMBER_OF": len(members), "SPANS": sum(len(c["spans"]) for c in clusters),
              "BORDERS": len(BORDERS)}
    sizes = {}
    for _, k, _ in members:
        sizes[k] = sizes.get(k, 0) + 1
    digest = hashlib.sha1()
    for name in sorted([v["file"] for v in FILES["nodes"].values()] +
                       [v["file"] for v in FILES["relationships"].values()]):
        with open(os.path.join(d, name), "rb") as f:
            digest.update(name.encode() + b"\0" + f.read())
    manifest = {
        "generator": "cluster-graph", "seed": args.seed, "scale": args.scale,
        "anchor_organization": ANCHOR_NAME, "anchor_memberships": anchor_count,
        "counts": counts,
        "largest_clusters": sorted(sizes.values(), reverse=True)[:5],
        "pairs_rows_6hop": sum(v * v for v in sizes.values()),
        "files_sha1": digest.hexdigest(),
        **FILES,
    }
    with open(os.path.join(d, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(json.dumps({k: manifest[k] for k in ("seed", "scale", "counts", "anchor_memberships",
                                                "largest_clusters", "pairs_rows_6hop", "files_sha1")}),
          file=sys.stderr)


if __name__ == "__main__":
    main()

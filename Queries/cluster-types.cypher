// Question (seed §1.2, issue 4): what type is each cluster — domestic, cross-border or transnational —
// under each rule of what counts as "neighbouring countries"?
//
// The seed's definitions: domestic = regions of one country; cross-border = members "on the borders of
// neighbouring countries"; transnational = regions of two or more countries "without a common border".
// Applied here at country level (facts.md §6, rule A): a cluster of several countries is cross-border
// when EVERY pair of its countries are neighbours, transnational otherwise. Three neighbour rules:
//   type_land             — neighbours = a land border;
//   type_land_fixed_link  — land border or a fixed link (the seed's own reading: Medicon Valley,
//                           DK–SE joined by the Øresund Bridge, is cross-border) — the default;
//   type_land_maritime    — land border, fixed link or a maritime border.
// `gaps` lists the country pairs that are not neighbours under the default rule (the reason a cluster
// is transnational). This is plain Cypher; the procedure clusters.classify will do the same in Swift.
//
// Answer shape: one row per cluster — id, cluster (name), countries (sorted ISO codes), pairs (int),
// type_land, type_land_fixed_link, type_land_maritime (strings), gaps (list of 'AA-BB', sorted) —
// ordered by id. Expected (facts.md §6): RU-C1..3 domestic; EU-C1 Medicon Valley transnational under
// land, cross-border under land+fixed_link; EU-C2 Bothnian Arc cross-border; EU-C3 ScanBalt
// transnational under every rule.
MATCH (c:Cluster)-[:INVOLVES]->(k:Country)
WITH c, k
ORDER BY k.iso
WITH c, collect(k.iso) AS countries
OPTIONAL MATCH (c)-[:INVOLVES]->(a:Country), (c)-[:INVOLVES]->(b:Country)
WHERE a.iso < b.iso
OPTIONAL MATCH (a)-[r:BORDERS]-(b)
WITH c, countries, a, b, collect(r.kind) AS kinds
ORDER BY a.iso, b.iso
WITH c, countries,
     count(a) AS pairs,
     count(CASE WHEN 'land' IN kinds THEN 1 END) AS by_land,
     count(CASE WHEN 'land' IN kinds OR 'fixed_link' IN kinds THEN 1 END) AS by_fixed,
     count(CASE WHEN 'land' IN kinds OR 'fixed_link' IN kinds OR 'maritime' IN kinds THEN 1 END) AS by_sea,
     collect(CASE WHEN a IS NOT NULL AND NOT ('land' IN kinds OR 'fixed_link' IN kinds) THEN a.iso + '-' + b.iso END) AS gaps
RETURN c.id AS id, c.name AS cluster, countries, pairs,
       CASE WHEN size(countries) = 1 THEN 'domestic' WHEN by_land = pairs THEN 'cross-border' ELSE 'transnational' END AS type_land,
       CASE WHEN size(countries) = 1 THEN 'domestic' WHEN by_fixed = pairs THEN 'cross-border' ELSE 'transnational' END AS type_land_fixed_link,
       CASE WHEN size(countries) = 1 THEN 'domestic' WHEN by_sea = pairs THEN 'cross-border' ELSE 'transnational' END AS type_land_maritime,
       gaps
ORDER BY id;

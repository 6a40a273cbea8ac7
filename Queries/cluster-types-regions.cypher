// Question (seed §1.2 read at region level, facts.md §6 rule B): for each international cluster, where
// do its member regions touch across a national border, and how — by land, by a fixed link, or only
// by sea? This is the evidence behind the region-level reading of "cross-border" (members "on the
// borders of neighbouring countries"); Queries/cluster-types.cypher gives the country-level verdicts.
//
// Answer shape: one row per cluster with member regions in two or more countries —
//   id, cluster, countries (sorted ISO codes of its member regions), land, fixed_link, maritime
//   (lists of touching member-region pairs 'A-B' with A < B, sorted), touches_by_land_or_fixed_link
//   (boolean) — ordered by id. Expected: Medicon Valley touches by fixed link (SE224-DK01) and by sea
//   (DK02-SE224), not by land; the Kvarken Council only by sea (FI195-SE331); the Bothnian Arc by land
//   (FI1D7-SE332). Known gap: no Norwegian–Swedish region adjacency south of Norrbotten is in the data
//   (facts.md lists none), so STRING and COINCO show no NO–SE touching pair.
MATCH (c:Cluster)-[:SPANS]->(:Region)-[:IN]->(k:Country)
WITH DISTINCT c, k
ORDER BY k.iso
WITH c, collect(k.iso) AS countries
WHERE size(countries) > 1
OPTIONAL MATCH (c)-[:SPANS]->(a:Region)-[:IN]->(ka:Country), (c)-[:SPANS]->(b:Region)-[:IN]->(kb:Country),
               (a)-[adj:ADJACENT]-(b)
WHERE ka <> kb AND a.code < b.code
WITH c, countries, a, b, adj
ORDER BY a.code, b.code
WITH c, countries,
     collect(CASE WHEN adj.kind = 'land' THEN a.code + '-' + b.code END) AS land,
     collect(CASE WHEN adj.kind = 'fixed_link' THEN a.code + '-' + b.code END) AS fixed_link,
     collect(CASE WHEN adj.kind = 'maritime' THEN a.code + '-' + b.code END) AS maritime
RETURN c.id AS id, c.name AS cluster, countries, land, fixed_link, maritime,
       size(land) + size(fixed_link) > 0 AS touches_by_land_or_fixed_link
ORDER BY id;

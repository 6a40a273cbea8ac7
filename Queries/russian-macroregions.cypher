// Question (seed §1.3, §1.4; issue 4): which Russian macroregions (Spatial Development Strategy to 2025)
// and federal districts take part in the domestic interregional clusters?
//
// Answer shape: one row per member region of a domestic Russian cluster —
//   federal_district, macroregion_no (int), macroregion, macroregion_ru, region (code), region_name,
//   clusters (list of Cluster.id, sorted), macroregion_confidence ('H'|'M': M where the final
//   composition of the macroregion was not seen verbatim) — ordered by federal_district,
//   macroregion_no, region. Expected: three federal districts (Central, North Caucasian, Volga) and
//   five macroregions (Central, Central Black Earth, North Caucasian, Volga-Kama, Volga-Ural); Stavropol
//   Krai is the only region in two clusters.
MATCH (c:Cluster)-[:INVOLVES]->(k:Country)
WITH c, collect(k.iso) AS countries
WHERE countries = ['RU']
MATCH (c)-[:SPANS]->(r:Region)
WITH r, c
ORDER BY c.id
WITH r, collect(c.id) AS clusters
OPTIONAL MATCH (r)-[:IN_FEDERAL_DISTRICT]->(fd:FederalDistrict)
OPTIONAL MATCH (r)-[m:IN_MACROREGION]->(mr:Macroregion)
RETURN fd.name AS federal_district, mr.number AS macroregion_no, mr.name AS macroregion, mr.name_ru AS macroregion_ru,
       r.code AS region, r.name AS region_name, clusters, m.confidence AS macroregion_confidence
ORDER BY federal_district, macroregion_no, region;

// Question (issue 12): how far does each cluster reach? For every cluster with member regions, the
// greatest great-circle distance between two of its regions, in km, and which pair it is — the
// geography behind "cross-border" and "transnational".
//
// Distances use the regions' coordinates (`lat`, `lon`: administrative centres from GeoNames, see
// Graphs/README.md) and the haversine formula in plain openCypher (haversin, radians, asin, sqrt,
// cos), with the Earth's mean radius 6371.0088 km; rounded to whole km. A cluster of one region
// reaches 0 km.
//
// Answer shape: one row per cluster with regions — id, cluster, regions (int), countries (int),
// reach_km (int), farthest ('CODE–CODE', the codes in order) — ordered by reach_km descending, id.
MATCH (c:Cluster)-[:SPANS]->(r:Region)-[:IN]->(k:Country)
WITH c, count(DISTINCT r) AS regions, count(DISTINCT k) AS countries
MATCH (c)-[:SPANS]->(a:Region), (c)-[:SPANS]->(b:Region)
WHERE a.code <= b.code
WITH c, regions, countries, a, b,
     2 * 6371.0088 * asin(sqrt(haversin(radians(b.lat - a.lat))
       + cos(radians(a.lat)) * cos(radians(b.lat)) * haversin(radians(b.lon - a.lon)))) AS km
ORDER BY km DESC, a.code, b.code
WITH c, regions, countries, collect({km: km, pair: a.code + '–' + b.code})[0] AS farthest
RETURN c.id AS id, c.name AS cluster, regions, countries, toInteger(round(farthest.km)) AS reach_km,
       farthest.pair AS farthest
ORDER BY reach_km DESC, id;

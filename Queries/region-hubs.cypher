// Question (seed S2 at region level; facts.md §4.5): which regions belong to the most clusters? The
// seed places the hub in the regions around Sweden; among the Russian subjects Stavropol Krai is the only
// one in two clusters.
//
// Answer shape: one row per region that is a member (SPANS) of at least two clusters —
//   code, region, country, clusters_n (int), clusters (list of Cluster.id, sorted) — ordered by
//   clusters_n desc, code.
MATCH (c:Cluster)-[:SPANS]->(r:Region)-[:IN]->(k:Country)
WITH r, k, c
ORDER BY c.id
WITH r, k, count(c) AS clusters_n, collect(c.id) AS clusters
WHERE clusters_n >= 2
RETURN r.code AS code, r.name AS region, k.iso AS country, clusters_n, clusters
ORDER BY clusters_n DESC, code;

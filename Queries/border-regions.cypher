// Question (seed §1.2, issue 4): which regions sit on a national border AND in a cluster that crosses
// that border — i.e. the regions that make a cluster "cross-border" in the seed's sense ("members are
// located on the borders of neighbouring countries")?
//
// A member region r of cluster c qualifies when it is ADJACENT (land, fixed link or maritime) to a
// region n of another country that is also a member of c. `ties` lists those (cluster, neighbour,
// kind) triples; `foreign_neighbours` lists every neighbour of r across a national border in the data
// (in a cluster with r or not). Clusters without member regions (ScanBalt, NorthSEE) cannot appear.
//
// Answer shape: one row per such region —
//   code, region, country, clusters_n (int: distinct clusters), ties (list of 'CLUSTER-ID: NEIGHBOUR
//   (kind)', sorted), foreign_neighbours (list of 'CODE (kind)', sorted) — ordered by country, code.
MATCH (c:Cluster)-[:SPANS]->(r:Region)-[:IN]->(k:Country),
      (r)-[a:ADJACENT]-(n:Region)-[:IN]->(nk:Country),
      (c)-[:SPANS]->(n)
WHERE k <> nk
WITH r, k, c, n, a
ORDER BY c.id, n.code, a.kind
WITH r, k, count(DISTINCT c) AS clusters_n, collect(c.id + ': ' + n.code + ' (' + a.kind + ')') AS ties
MATCH (r)-[a2:ADJACENT]-(n2:Region)-[:IN]->(k2:Country)
WHERE k2 <> k
WITH r, k, clusters_n, ties, n2, a2
ORDER BY n2.code, a2.kind
WITH r, k, clusters_n, ties, collect(n2.code + ' (' + a2.kind + ')') AS foreign_neighbours
RETURN r.code AS code, r.name AS region, k.iso AS country, clusters_n, ties, foreign_neighbours
ORDER BY country, code;

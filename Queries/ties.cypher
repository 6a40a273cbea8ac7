// Question (issue 4): which pairs of countries are tied by interregional clusters, and by which ones?
// Two countries are tied when a cluster involves both (co-membership). For context the pair's border
// kinds are listed ('land', 'maritime', 'fixed_link'; empty = not neighbours in the data).
//
// Answer shape: one row per unordered pair (a < b by ISO code) —
//   a, b (ISO codes), shared (int: clusters involving both), clusters (list of Cluster.id, sorted),
//   border_kinds (list of strings, sorted) — ordered by shared desc, a, b.
MATCH (a:Country)<-[:INVOLVES]-(c:Cluster)-[:INVOLVES]->(b:Country)
WHERE a.iso < b.iso
WITH a, b, c
ORDER BY c.id
WITH a, b, count(c) AS shared, collect(c.id) AS clusters
OPTIONAL MATCH (a)-[r:BORDERS]-(b)
WITH a, b, shared, clusters, r
ORDER BY r.kind
WITH a, b, shared, clusters, collect(r.kind) AS border_kinds
RETURN a.iso AS a, b.iso AS b, shared, clusters, border_kinds
ORDER BY shared DESC, a, b;

// Question (seed S2, issue 4): which countries are the hubs of interregional clusters? The seed claims
// that "the largest number of stable clusters is located in regions bordering Sweden".
//
// Hub measure: the number of clusters a country takes part in (Cluster-[:INVOLVES]->Country), and of
// those the international ones (two or more countries), plus the number of partner countries it
// shares at least one cluster with. The list of European clusters is facts.md §2 (the seed's Fig. 1
// is missing), so the figure depends on that choice.
//
// Answer shape: one row per country that takes part in at least one cluster —
//   iso, country, clusters (int), international (int), partners (int), cluster_ids (list of Cluster.id,
//   sorted) — ordered by clusters desc, international desc, iso. Expected: Sweden first (9 clusters,
//   all international, 10 partners).
MATCH (c:Cluster)-[:INVOLVES]->(k:Country)
OPTIONAL MATCH (c)-[:INVOLVES]->(p:Country)
WHERE p <> k
WITH k, c, count(p) AS others
ORDER BY c.id
WITH k, count(c) AS clusters, count(CASE WHEN others > 0 THEN 1 END) AS international, collect(c.id) AS cluster_ids
OPTIONAL MATCH (k)<-[:INVOLVES]-(:Cluster)-[:INVOLVES]->(p:Country)
WHERE p <> k
WITH k, clusters, international, cluster_ids, count(DISTINCT p) AS partners
RETURN k.iso AS iso, k.name AS country, clusters, international, partners, cluster_ids
ORDER BY clusters DESC, international DESC, iso;

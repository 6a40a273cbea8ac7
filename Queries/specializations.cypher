// Question (seed §1.4, §1.10; issue 4): which clusters share a specialization?
//
// Specializations come from the seed (Table 1 for the Russian clusters; S4–S6 for Medicon Valley and
// the Bothnian Arc) and from the public sources of facts.md §2; each source's wording is kept on the
// SPECIALIZES_IN relationship (`lit`). seed_clusters lists the clusters for which the seed itself names
// the specialization.
//
// Answer shape: one row per industry with at least one cluster —
//   industry, industry_ru (null if no Russian name), clusters_n (int), clusters (list of Cluster.id,
//   sorted), seed_clusters (sorted sub-list) — ordered by clusters_n desc, industry.
MATCH (c:Cluster)-[s:SPECIALIZES_IN]->(i:Industry)
WITH i, c, max(CASE WHEN s.source = 'seed' THEN 1 ELSE 0 END) AS by_seed
ORDER BY c.id
WITH i, collect(c.id) AS clusters, collect(CASE WHEN by_seed = 1 THEN c.id END) AS seed_clusters
RETURN i.name AS industry, i.name_ru AS industry_ru, size(clusters) AS clusters_n, clusters, seed_clusters
ORDER BY clusters_n DESC, industry;

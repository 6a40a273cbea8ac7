// Benchmark queries of the cluster-graph benchmark (see README.md for the file format).
// Each query is valid unchanged in ClusterGraph, Kuzu and FalkorDB: no id(), no `<>` between
// nodes, every returned column aliased. `load` (reading the CSV files) is timed separately.

// name: point_lookup
MATCH (o:Organization {name: 'Aurora Photonics Institute'})-[:LOCATED_IN]->(r:Region)
RETURN o.name AS name, o.kind AS kind, r.code AS region;

// name: two_hop_distinct
MATCH (o:Organization {name: 'Aurora Photonics Institute'})-[:MEMBER_OF]->(:Cluster)<-[:MEMBER_OF]-(other:Organization)
WHERE other.name <> o.name
RETURN DISTINCT other.name AS name;

// name: clusters_per_country
MATCH (c:Country)<-[:`IN`]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)
RETURN c.iso AS iso, c.name AS country, count(DISTINCT cl) AS clusters
ORDER BY clusters DESC, iso;

// name: country_pairs
MATCH (c:Country)<-[:`IN`]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)
WITH DISTINCT cl.name AS cluster, c.iso AS iso
WITH cluster, collect(iso) AS isos
UNWIND isos AS iso1
UNWIND isos AS iso2
WITH iso1, iso2, cluster
WHERE iso1 < iso2
RETURN iso1 AS a, iso2 AS b, count(cluster) AS shared
ORDER BY shared DESC, a, b;

// name: country_pairs_naive
MATCH (c1:Country)<-[:`IN`]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)<-[:MEMBER_OF]-(:Organization)-[:LOCATED_IN]->(:Region)-[:`IN`]->(c2:Country)
WHERE c1.iso < c2.iso
RETURN c1.iso AS a, c2.iso AS b, count(DISTINCT cl) AS shared
ORDER BY shared DESC, a, b;

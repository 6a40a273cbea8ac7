// The statements of the write benchmark, read by engine-bench (Swift) and kuzu_writes.py alike,
// in the format of ../cluster-graph/queries.cypher: a statement is the lines after `// name: X`.
// $rows is a list of {key, name} maps, $pairs a list of {src, dst, w} maps, $sample a list of keys.
// Schema (not here, it differs by engine): ClusterGraph `CREATE INDEX FOR (n:Org) ON (n.key)`;
// Kuzu `CREATE NODE TABLE Org(key STRING, name STRING, PRIMARY KEY(key))` and
// `CREATE REL TABLE LINK(FROM Org TO Org, w INT64)`.

// name: merge
UNWIND $rows AS r
MERGE (n:Org {key: r.key})
ON CREATE SET n.name = r.name;

// name: link
UNWIND $pairs AS p
MATCH (a:Org {key: p.src}), (b:Org {key: p.dst})
CREATE (a)-[:LINK {w: p.w}]->(b);

// name: count_nodes
MATCH (n:Org) RETURN count(n) AS nodes;

// name: count_links
MATCH (:Org)-[l:LINK]->(:Org) RETURN count(l) AS relationships, sum(l.w) AS sum_w;

// name: sample_nodes
MATCH (n:Org) WHERE n.key IN $sample RETURN n.key AS key, n.name AS name;

// name: sample_links
MATCH (a:Org)-[l:LINK]->(b:Org) WHERE a.key IN $sample RETURN a.key AS a, a.name AS name, b.key AS b, l.w AS w;

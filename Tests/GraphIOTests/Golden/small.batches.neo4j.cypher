// ClusterGraph export: 3 nodes, 2 relationships, in UNWIND statements of at most 2 rows.
CREATE INDEX country_iso IF NOT EXISTS FOR (n:Country) ON (n.iso);
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE INDEX cg_export_id IF NOT EXISTS FOR (n:_cg_export) ON (n._cg_id);
UNWIND [[0, 'SE', 'Sweden', 9, true]] AS row CREATE (:Country:_cg_export {_cg_id: row[0], iso: row[1], name: row[2], members: row[3], hub: row[4]});
UNWIND [[1, 'SE332', 'Övre Norrland <north> & "Lapland"', 0.5, ['arctic', 'it\'s']]] AS row CREATE (:Region:Border:_cg_export {_cg_id: row[0], code: row[1], name: row[2], `share of GDP`: row[3], tags: row[4]});
UNWIND [[2, 'line one\nline two\ttab', 'a note', 'its own']] AS row CREATE (:Note:_cg_export {_cg_id: row[0], text: row[1], label: row[2], labels: row[3]});
UNWIND [[1, 0, 1995]] AS row MATCH (a:_cg_export {_cg_id: row[0]}), (b:_cg_export {_cg_id: row[1]}) CREATE (a)-[:`IN` {since: row[2]}]->(b);
UNWIND [[1, 0, 'see also', 'reference', 1.0 / 0.0]] AS row MATCH (a:_cg_export {_cg_id: row[0]}), (b:_cg_export {_cg_id: row[1]}) CREATE (a)-[:SEE {label: row[2], type: row[3], weight: row[4]}]->(b);
MATCH (n:_cg_export) REMOVE n:_cg_export, n._cg_id;
DROP INDEX cg_export_id;

// ClusterGraph export: 3 nodes, 2 relationships.
CREATE INDEX country_iso IF NOT EXISTS FOR (n:Country) ON (n.iso);
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE (n0:Country {iso: 'SE', name: 'Sweden', members: 9, hub: true}),
       (n1:Region:Border {code: 'SE332', name: 'Övre Norrland <north> & "Lapland"', `share of GDP`: 0.5, tags: ['arctic', 'it\'s']}),
       (n2:Note {text: 'line one\nline two\ttab', label: 'a note', labels: 'its own'}),
       (n1)-[:`IN` {since: 1995}]->(n0),
       (n1)-[:SEE {label: 'see also', type: 'reference', weight: 1.0 / 0.0}]->(n0);

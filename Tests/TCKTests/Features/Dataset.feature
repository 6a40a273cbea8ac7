Feature: Dataset - the paper's world loads and answers its basic questions

  Scenario: [1] Node and relationship counts of a small cluster graph
    Given an empty graph
    And having executed:
      """
      CREATE (se:Country {iso: 'SE'}), (dk:Country {iso: 'DK'}), (fi:Country {iso: 'FI'}),
             (skane:Region {code: 'SE224'})-[:IN]->(se), (cap:Region {code: 'DK01'})-[:IN]->(dk),
             (nb:Region {code: 'SE332'})-[:IN]->(se), (lap:Region {code: 'FI1D7'})-[:IN]->(fi),
             (mv:Cluster {id: 'EU-C1'})-[:SPANS]->(skane), (mv)-[:SPANS]->(cap),
             (ba:Cluster {id: 'EU-C2'})-[:SPANS]->(nb), (ba)-[:SPANS]->(lap)
      """
    When executing query:
      """
      MATCH (c:Cluster)-[:SPANS]->(:Region)-[:IN]->(k:Country)
      WITH k, count(DISTINCT c) AS clusters
      RETURN k.iso AS country, clusters
      ORDER BY clusters DESC, country
      """
    Then the result should be, in order:
      | country | clusters |
      | 'SE'    | 2        |
      | 'DK'    | 1        |
      | 'FI'    | 1        |
    And no side effects

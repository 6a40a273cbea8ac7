Feature: Subqueries - EXISTS { … }, COUNT { … } and COLLECT { … } around a pattern or a whole query

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (se:Country {iso: 'SE'}), (dk:Country {iso: 'DK'}), (fi:Country {iso: 'FI'}), (is:Country {iso: 'IS'})
      CREATE (sk:Region {name: 'Skåne', iso: 'SE'})-[:IN]->(se), (hs:Region {name: 'Hovedstaden', iso: 'DK'})-[:IN]->(dk)
      CREATE (nb:Region {name: 'Norrbotten', iso: 'SE'})-[:IN]->(se), (la:Region {name: 'Lapland', iso: 'FI'})-[:IN]->(fi)
      CREATE (mv:Cluster {name: 'Medicon Valley'}), (ba:Cluster {name: 'Bothnian Arc'}), (sf:Cluster {name: 'Skåne Food'})
      CREATE (sk)-[:PART_OF]->(mv), (hs)-[:PART_OF]->(mv), (nb)-[:PART_OF]->(ba), (la)-[:PART_OF]->(ba), (sk)-[:PART_OF]->(sf)
      """

  Scenario: [1] EXISTS around a bare pattern
    When executing query:
      """
      MATCH (c:Country) WHERE EXISTS { (c)<-[:IN]-(:Region) }
      RETURN c.iso AS iso
      """
    Then the result should be, in any order:
      | iso  |
      | 'SE' |
      | 'DK' |
      | 'FI' |
    And no side effects

  Scenario: [2] EXISTS around a pattern with WHERE that reads outer and inner variables
    When executing query:
      """
      MATCH (c:Country) WHERE exists { (c)<-[:IN]-(r:Region) WHERE r.name STARTS WITH 'N' AND r.iso = c.iso }
      RETURN c.iso AS iso
      """
    Then the result should be, in any order:
      | iso  |
      | 'SE' |
    And no side effects

  Scenario: [3] NOT EXISTS keeps the rows without a match
    When executing query:
      """
      MATCH (c:Country) WHERE NOT EXISTS { (c)<-[:IN]-() }
      RETURN c.iso AS iso
      """
    Then the result should be, in any order:
      | iso  |
      | 'IS' |
    And no side effects

  Scenario: [4] EXISTS around a full query with aggregation
    When executing query:
      """
      MATCH (k:Cluster) WHERE EXISTS {
        MATCH (k)<-[:PART_OF]-(:Region)-[:IN]->(c:Country)
        WITH k, count(DISTINCT c) AS countries
        WHERE countries = 2
        RETURN true
      }
      RETURN k.name AS cluster
      """
    Then the result should be, in any order:
      | cluster          |
      | 'Medicon Valley' |
      | 'Bothnian Arc'   |
    And no side effects

  Scenario: [5] Nested EXISTS, and EXISTS as a value
    When executing query:
      """
      MATCH (c:Country)
      RETURN c.iso AS iso, EXISTS { MATCH (c)<-[:IN]-(r) WHERE EXISTS { (r)-[:PART_OF]->(:Cluster {name: 'Medicon Valley'}) } } AS mv
      """
    Then the result should be, in any order:
      | iso  | mv    |
      | 'SE' | true  |
      | 'DK' | true  |
      | 'FI' | false |
      | 'IS' | false |
    And no side effects

  Scenario: [6] COUNT of a pattern and of a query with UNION
    When executing query:
      """
      MATCH (c:Country)
      RETURN c.iso AS iso, COUNT { (c)<-[:IN]-() } AS regions,
             COUNT { MATCH (c)<-[:IN]-(r) RETURN r.name AS x UNION MATCH (c) RETURN c.iso AS x } AS names,
             COUNT { MATCH (c)<-[:IN]-(r) RETURN r.iso AS x UNION MATCH (c) RETURN c.iso AS x } AS isos,
             COUNT { MATCH (c)<-[:IN]-(r) RETURN r.iso AS x UNION ALL MATCH (c) RETURN c.iso AS x } AS all
      ORDER BY iso
      """
    Then the result should be, in order:
      | iso  | regions | names | isos | all |
      | 'DK' | 1       | 2     | 1    | 2   |
      | 'FI' | 1       | 2     | 1    | 2   |
      | 'IS' | 0       | 1     | 1    | 1   |
      | 'SE' | 2       | 3     | 1    | 3   |
    And no side effects

  Scenario: [7] COLLECT returns the one column of its query, in its order
    When executing query:
      """
      MATCH (k:Cluster {name: 'Bothnian Arc'})
      RETURN COLLECT { MATCH (k)<-[:PART_OF]-(r)-[:IN]->(c) RETURN c.iso ORDER BY c.iso DESC } AS countries
      """
    Then the result should be, in any order:
      | countries    |
      | ['SE', 'FI'] |
    And no side effects

  Scenario: [8] A subquery may not write
    When executing query:
      """
      MATCH (c:Country) WHERE EXISTS { MATCH (c)<-[:IN]-(r) SET r.seen = true }
      RETURN c
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [9] COLLECT needs exactly one column
    When executing query:
      """
      MATCH (c:Country) RETURN COLLECT { MATCH (c)<-[:IN]-(r) RETURN r, c } AS both
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [10] A subquery sees outer variables but not the other way round
    When executing query:
      """
      MATCH (c:Country) WHERE EXISTS { (c)<-[:IN]-(r:Region) }
      RETURN r
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [11] A WHERE with a subquery on a written graph, then counted
    When executing query:
      """
      MATCH (r:Region) WHERE COUNT { (r)-[:PART_OF]->() } = 1
      SET r.member = true
      RETURN count(r) AS n
      """
    Then the result should be, in any order:
      | n |
      | 3 |
    And the side effects should be:
      | +properties | 3 |

  Scenario: [12] Subqueries in the WHERE and ORDER BY after an aggregation or DISTINCT
    When executing query:
      """
      MATCH (c:Country)<-[:IN]-(r:Region)
      WITH c, count(r) AS regions WHERE EXISTS { (c)<-[:IN]-(:Region {name: 'Lapland'}) } OR regions > 1
      WITH DISTINCT c WHERE COUNT { (c)<-[:IN]-() } > 0
      RETURN c.iso AS iso
      ORDER BY COUNT { (c)<-[:IN]-() } DESC, iso
      """
    Then the result should be, in order:
      | iso  |
      | 'SE' |
      | 'FI' |
    And no side effects

  Scenario: [13] Each part of a UNION inside a subquery ends with RETURN
    When executing query:
      """
      MATCH (c:Country) RETURN COUNT { MATCH (c)<-[:IN]-() UNION MATCH (c)-->() } AS n
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [14] A subquery in ORDER BY spelled with other spacing still refers to the projected one
    When executing query:
      """
      MATCH (c:Country)
      RETURN c.iso AS iso, COUNT { (c)<-[:IN]-() } AS regions, count(*) AS n
      ORDER BY COUNT {   (c)<-[:IN]-()
      } DESC, iso
      """
    Then the result should be, in order:
      | iso  | regions | n |
      | 'SE' | 2       | 1 |
      | 'DK' | 1       | 1 |
      | 'FI' | 1       | 1 |
      | 'IS' | 0       | 1 |
    And no side effects

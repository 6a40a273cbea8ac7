#encoding: utf-8

Feature: WithWhere6 - Filter on aggregates

  Scenario: [1] Filter a single aggregate
    Given an empty graph
    And having executed:
      """
      CREATE (a {name: 'A'}),
             (b {name: 'B'})
      CREATE (a)-[:REL]->(),
             (a)-[:REL]->(),
             (a)-[:REL]->(),
             (b)-[:REL]->()
      """
    When executing query:
      """
      MATCH (a)-->()
      WITH a, count(*) AS relCount
      WHERE relCount > 1
      RETURN a
      """
    Then the result should be, in any order:
      | a             |
      | ({name: 'A'}) |
    And no side effects

  Scenario: [2] Filter on a grouping key and an aggregate
    Given any graph
    When executing query:
      """
      UNWIND [1, 1, 1, 2, 2, 3] AS x
      WITH x, count(*) AS c
      WHERE c > 1 AND x > 1
      RETURN x, c
      """
    Then the result should be, in any order:
      | x | c |
      | 2 | 2 |
    And no side effects

  Scenario: [3] Filter on collected values
    Given any graph
    When executing query:
      """
      UNWIND [1, 2, 3, 4] AS x
      WITH x % 2 AS parity, collect(x) AS xs
      WHERE size(xs) = 2 AND 4 IN xs
      RETURN parity, xs
      """
    Then the result should be, in any order:
      | parity | xs     |
      | 0      | [2, 4] |
    And no side effects

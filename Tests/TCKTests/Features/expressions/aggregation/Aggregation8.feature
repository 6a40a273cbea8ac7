#encoding: utf-8

Feature: Aggregation8 - DISTINCT

  Scenario: [1] Distinct on unbound node
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH (a)
      RETURN count(DISTINCT a)
      """
    Then the result should be, in any order:
      | count(DISTINCT a) |
      | 0                 |
    And no side effects

  Scenario: [2] Distinct on null
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (a)
      RETURN count(DISTINCT a.name)
      """
    Then the result should be, in any order:
      | count(DISTINCT a.name) |
      | 0                      |
    And no side effects

  Scenario: [3] Collect distinct nulls
    Given any graph
    When executing query:
      """
      UNWIND [null, null] AS x
      RETURN collect(DISTINCT x) AS c
      """
    Then the result should be, in any order:
      | c  |
      | [] |
    And no side effects

  Scenario: [4] Collect distinct values mixed with nulls
    Given any graph
    When executing query:
      """
      UNWIND [null, 1, null] AS x
      RETURN collect(DISTINCT x) AS c
      """
    Then the result should be, in any order:
      | c   |
      | [1] |
    And no side effects

  Scenario: [5] Count distinct nodes reached by several paths
    Given an empty graph
    And having executed:
      """
      CREATE (a:A), (b:B), (c:C)
      CREATE (a)-[:T]->(c), (b)-[:T]->(c), (a)-[:T]->(b)
      """
    When executing query:
      """
      MATCH (x)-[:T]->(y)
      RETURN count(y) AS all, count(DISTINCT y) AS distinctY
      """
    Then the result should be, in any order:
      | all | distinctY |
      | 3   | 2         |
    And no side effects

  Scenario: [6] Distinct lists and maps are compared by value
    Given any graph
    When executing query:
      """
      UNWIND [[1, 2], [1, 2], [2, 1], {a: 1}, {a: 1}] AS x
      RETURN count(DISTINCT x) AS c
      """
    Then the result should be, in any order:
      | c |
      | 3 |
    And no side effects

Feature: Nondeterminism - caches keyed by a row's inputs must not reuse values of rand() or nested plans

  Scenario: [1] Grouping by a key with rand() makes a group per row
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 1, 1, 1, 1, 1, 1, 1] AS x
      WITH x + toInteger(rand() * 1000000000) AS k, count(*) AS n
      RETURN count(*) AS groups, max(n) AS largest
      """
    Then the result should be, in any order:
      | groups | largest |
      | 8      | 1       |
    And no side effects

  Scenario: [2] DISTINCT over a pattern comprehension with rand() evaluates every row
    Given an empty graph
    And having executed:
      """
      CREATE (a:A), (a)-[:T]->(), (a)-[:T]->(), (a)-[:T]->()
      """
    When executing query:
      """
      MATCH (a:A)-->()
      WITH a
      WITH DISTINCT [(a)-->() | rand()] AS r
      RETURN count(*) AS n
      """
    Then the result should be, in any order:
      | n |
      | 3 |
    And no side effects

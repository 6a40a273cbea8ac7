#encoding: utf-8

Feature: Aggregation5 - Collect

  Scenario: [1] `collect()` filtering nulls
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      OPTIONAL MATCH (n)-[:NOT_EXIST]->(x)
      RETURN n, collect(x)
      """
    Then the result should be, in any order:
      | n  | collect(x) |
      | () | []         |
    And no side effects

  Scenario: [2] OPTIONAL MATCH and `collect()` on node property
    Given an empty graph
    And having executed:
      """
      CREATE (:DoesExist {num: 42})
      CREATE (:DoesExist {num: 43})
      CREATE (:DoesExist {num: 44})
      """
    When executing query:
      """
      OPTIONAL MATCH (f:DoesExist)
      OPTIONAL MATCH (n:DoesNotExist)
      RETURN collect(DISTINCT n.num) AS a, collect(DISTINCT f.num) AS b
      """
    Then the result should be (ignoring element order for lists):
      | a  | b            |
      | [] | [42, 43, 44] |
    And no side effects

  Scenario: [3] Collect over no rows is the empty list
    Given an empty graph
    When executing query:
      """
      MATCH (n)
      RETURN collect(n) AS c
      """
    Then the result should be, in any order:
      | c  |
      | [] |
    And no side effects

  Scenario: [4] Collect keeps duplicates and lists
    Given any graph
    When executing query:
      """
      UNWIND [1, [2], 1, null, 'a'] AS x
      RETURN collect(x) AS c
      """
    Then the result should be (ignoring element order for lists):
      | c                 |
      | [1, [2], 1, 'a']  |
    And no side effects

  Scenario: [5] Collect per group
    Given any graph
    When executing query:
      """
      UNWIND [['a', 1], ['b', 2], ['a', 3]] AS pair
      RETURN pair[0] AS k, collect(pair[1]) AS c
      """
    Then the result should be (ignoring element order for lists):
      | k   | c      |
      | 'a' | [1, 3] |
      | 'b' | [2]    |
    And no side effects

  Scenario: [6] Collect preserves the order of an ordered input
    Given any graph
    When executing query:
      """
      UNWIND [3, 1, 2] AS x
      WITH x
        ORDER BY x
      RETURN collect(x) AS c
      """
    Then the result should be, in any order:
      | c         |
      | [1, 2, 3] |
    And no side effects

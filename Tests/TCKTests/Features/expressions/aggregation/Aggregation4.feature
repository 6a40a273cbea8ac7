#encoding: utf-8

Feature: Aggregation4 - Avg

  Scenario: [1] Average of integers is a float
    Given any graph
    When executing query:
      """
      UNWIND [1, 2, 3, 4] AS x
      RETURN avg(x) AS a
      """
    Then the result should be, in any order:
      | a   |
      | 2.5 |
    And no side effects

  Scenario: [2] Average of floats
    Given any graph
    When executing query:
      """
      UNWIND [1.5, 2.5] AS x
      RETURN avg(x) AS a
      """
    Then the result should be, in any order:
      | a   |
      | 2.0 |
    And no side effects

  Scenario: [3] Average ignores null values
    Given an empty graph
    And having executed:
      """
      CREATE ({num: 1}), ({num: 5}), ()
      """
    When executing query:
      """
      MATCH (n)
      RETURN avg(n.num) AS a
      """
    Then the result should be, in any order:
      | a   |
      | 3.0 |
    And no side effects

  Scenario: [4] Average over no rows is null
    Given an empty graph
    When executing query:
      """
      MATCH (n)
      RETURN avg(n.num) AS a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

  Scenario: [5] Average over only null values is null
    Given any graph
    When executing query:
      """
      UNWIND [null, null] AS x
      RETURN avg(x) AS a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

  Scenario: [6] Average per group
    Given any graph
    When executing query:
      """
      UNWIND [['a', 1], ['b', 2], ['a', 3], ['b', 4]] AS pair
      RETURN pair[0] AS k, avg(pair[1]) AS a
      """
    Then the result should be, in any order:
      | k   | a   |
      | 'a' | 2.0 |
      | 'b' | 3.0 |
    And no side effects

  Scenario: [7] Average of DISTINCT values
    Given any graph
    When executing query:
      """
      UNWIND [1, 1, 1, 4] AS x
      RETURN avg(DISTINCT x) AS a
      """
    Then the result should be, in any order:
      | a   |
      | 2.5 |
    And no side effects

  Scenario: [8] Fail to average strings
    Given any graph
    When executing query:
      """
      UNWIND ['a', 'b'] AS x
      RETURN avg(x) AS a
      """
    Then a TypeError should be raised at runtime: *

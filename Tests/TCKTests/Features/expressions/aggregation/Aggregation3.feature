#encoding: utf-8

Feature: Aggregation3 - Sum

  Scenario: [1] Sum only non-null values
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'a', num: 33})
      CREATE ({name: 'a'})
      CREATE ({name: 'b', num: 42})
      """
    When executing query:
      """
      MATCH (n)
      RETURN n.name, sum(n.num)
      """
    Then the result should be, in any order:
      | n.name | sum(n.num) |
      | 'a'    | 33         |
      | 'b'    | 42         |
    And no side effects

  Scenario: [2] No overflow during summation
    Given any graph
    When executing query:
      """
      UNWIND range(1000000, 2000000) AS i
      WITH i
      LIMIT 3000
      RETURN sum(i)
      """
    Then the result should be, in any order:
      | sum(i)     |
      | 3004498500 |
    And no side effects

  Scenario: [3] Sum of integers is an integer
    Given any graph
    When executing query:
      """
      UNWIND [1, 2, 3] AS x
      RETURN sum(x) AS s
      """
    Then the result should be, in any order:
      | s |
      | 6 |
    And no side effects

  Scenario: [4] Sum of floats is a float
    Given any graph
    When executing query:
      """
      UNWIND [1.5, 2.5, 3.0] AS x
      RETURN sum(x) AS s
      """
    Then the result should be, in any order:
      | s   |
      | 7.0 |
    And no side effects

  Scenario: [5] Sum of mixed integers and floats is a float
    Given any graph
    When executing query:
      """
      UNWIND [1, 2.5, 3] AS x
      RETURN sum(x) AS s
      """
    Then the result should be, in any order:
      | s   |
      | 6.5 |
    And no side effects

  Scenario: [6] Sum over no rows is zero
    Given an empty graph
    When executing query:
      """
      MATCH (n)
      RETURN sum(n.num) AS s
      """
    Then the result should be, in any order:
      | s |
      | 0 |
    And no side effects

  Scenario: [7] Sum over only null values is zero
    Given any graph
    When executing query:
      """
      UNWIND [null, null] AS x
      RETURN sum(x) AS s
      """
    Then the result should be, in any order:
      | s |
      | 0 |
    And no side effects

  Scenario: [8] Sum of DISTINCT values
    Given any graph
    When executing query:
      """
      UNWIND [1, 2, 2, 3, 3, 3] AS x
      RETURN sum(DISTINCT x) AS s
      """
    Then the result should be, in any order:
      | s |
      | 6 |
    And no side effects

  Scenario: [9] Sum per group
    Given any graph
    When executing query:
      """
      UNWIND [['a', 1], ['b', 2], ['a', 3], ['b', 4], ['c', 5]] AS pair
      RETURN pair[0] AS k, sum(pair[1]) AS s
      """
    Then the result should be, in any order:
      | k   | s |
      | 'a' | 4 |
      | 'b' | 6 |
      | 'c' | 5 |
    And no side effects

  Scenario: [10] Fail to sum strings
    Given any graph
    When executing query:
      """
      UNWIND ['a', 'b'] AS x
      RETURN sum(x) AS s
      """
    Then a TypeError should be raised at runtime: *

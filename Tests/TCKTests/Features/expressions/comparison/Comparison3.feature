#encoding: utf-8

Feature: Comparison3 - Full-Bound Range

  Scenario: [1] Handling numerical ranges 1
    Given any graph
    When executing query:
      """
      UNWIND [1, 2, 3] AS i
      WITH i
      WHERE 1 < i < 3
      RETURN i
      """
    Then the result should be, in any order:
      | i |
      | 2 |
    And no side effects

  Scenario: [2] Handling numerical ranges 2
    Given any graph
    When executing query:
      """
      UNWIND [1, 2, 3] AS i
      WITH i
      WHERE 1 < i <= 3
      RETURN i
      """
    Then the result should be, in any order:
      | i |
      | 2 |
      | 3 |
    And no side effects

  Scenario: [3] Handling numerical ranges 3
    Given any graph
    When executing query:
      """
      UNWIND [1, 2, 3] AS i
      WITH i
      WHERE 1 <= i < 3
      RETURN i
      """
    Then the result should be, in any order:
      | i |
      | 1 |
      | 2 |
    And no side effects

  Scenario: [4] Handling numerical ranges 4
    Given any graph
    When executing query:
      """
      UNWIND [1, 2, 3] AS i
      WITH i
      WHERE 1 <= i <= 3
      RETURN i
      """
    Then the result should be, in any order:
      | i |
      | 1 |
      | 2 |
      | 3 |
    And no side effects

  Scenario: [5] Handling string ranges 1
    Given any graph
    When executing query:
      """
      UNWIND ['a', 'b', 'c'] AS c
      WITH c
      WHERE 'a' < c < 'c'
      RETURN c
      """
    Then the result should be, in any order:
      | c   |
      | 'b' |
    And no side effects

  Scenario: [6] Handling string ranges 2
    Given any graph
    When executing query:
      """
      UNWIND ['a', 'b', 'c'] AS c
      WITH c
      WHERE 'a' < c <= 'c'
      RETURN c
      """
    Then the result should be, in any order:
      | c   |
      | 'b' |
      | 'c' |
    And no side effects

  Scenario: [7] Handling string ranges 3
    Given any graph
    When executing query:
      """
      UNWIND ['a', 'b', 'c'] AS c
      WITH c
      WHERE 'a' <= c < 'c'
      RETURN c
      """
    Then the result should be, in any order:
      | c   |
      | 'a' |
      | 'b' |
    And no side effects

  Scenario: [8] Handling string ranges 4
    Given any graph
    When executing query:
      """
      UNWIND ['a', 'b', 'c'] AS c
      WITH c
      WHERE 'a' <= c <= 'c'
      RETURN c
      """
    Then the result should be, in any order:
      | c   |
      | 'a' |
      | 'b' |
      | 'c' |
    And no side effects

  Scenario: [9] Handling empty range
    Given an empty graph
    And having executed:
      """
      CREATE ({num: 3})
      """
    When executing query:
      """
      MATCH (n)
      WHERE 10 < n.num <= 3
      RETURN n.num
      """
    Then the result should be, in any order:
      | n.num |
    And no side effects

  Scenario: [10] Handling a range over node properties
    Given an empty graph
    And having executed:
      """
      UNWIND range(1, 10) AS i
      CREATE ({num: i})
      """
    When executing query:
      """
      MATCH (n)
      WHERE 3 <= n.num < 6
      RETURN n.num
      """
    Then the result should be, in any order:
      | n.num |
      | 3     |
      | 4     |
      | 5     |
    And no side effects

  Scenario: [11] A range with mixed types yields null and filters out
    Given any graph
    When executing query:
      """
      UNWIND [1, 'b', 2.5, null] AS x
      WITH x
      WHERE 0 < x < 3
      RETURN x
      """
    Then the result should be, in any order:
      | x   |
      | 1   |
      | 2.5 |
    And no side effects

  Scenario: [12] A chained comparison returns its boolean value
    Given any graph
    When executing query:
      """
      RETURN 1 < 2 < 3 AS a, 1 < 3 < 2 AS b, 3 > 2 > 1 AS c, 1 < 2 < null AS d
      """
    Then the result should be, in any order:
      | a    | b     | c    | d    |
      | true | false | true | null |
    And no side effects

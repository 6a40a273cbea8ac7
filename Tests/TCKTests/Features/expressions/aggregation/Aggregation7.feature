#encoding: utf-8

Feature: Aggregation7 - Standard deviation

  Scenario: [1] Population standard deviation
    Given any graph
    When executing query:
      """
      UNWIND [2, 4, 4, 4, 5, 5, 7, 9] AS x
      RETURN stDevP(x) AS s
      """
    Then the result should be, in any order:
      | s   |
      | 2.0 |
    And no side effects

  Scenario: [2] Sample standard deviation
    Given any graph
    When executing query:
      """
      UNWIND [1, 3] AS x
      RETURN stDev(x) AS s
      """
    Then the result should be, in any order:
      | s                  |
      | 1.4142135623730951 |
    And no side effects

  Scenario: [3] Standard deviation ignores null values
    Given any graph
    When executing query:
      """
      UNWIND [1, null, 3, null] AS x
      RETURN stDev(x) AS s, stDevP(x) AS p
      """
    Then the result should be, in any order:
      | s                  | p   |
      | 1.4142135623730951 | 1.0 |
    And no side effects

  Scenario: [4] Standard deviation of equal values is zero
    Given any graph
    When executing query:
      """
      UNWIND [5, 5, 5] AS x
      RETURN stDev(x) AS s, stDevP(x) AS p
      """
    Then the result should be, in any order:
      | s   | p   |
      | 0.0 | 0.0 |
    And no side effects

  Scenario: [5] Standard deviation per group
    Given any graph
    When executing query:
      """
      UNWIND [['a', 1], ['a', 3], ['b', 10], ['b', 10]] AS pair
      RETURN pair[0] AS k, stDevP(pair[1]) AS p
      """
    Then the result should be, in any order:
      | k   | p   |
      | 'a' | 1.0 |
      | 'b' | 0.0 |
    And no side effects

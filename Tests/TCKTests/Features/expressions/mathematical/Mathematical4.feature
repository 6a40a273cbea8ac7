#encoding: utf-8

Feature: Mathematical4 - Multiplication

  Scenario: [1] Multiplying integers
    Given any graph
    When executing query:
      """
      RETURN 6 * 7 AS a, -3 * 4 AS b, 0 * 5 AS c
      """
    Then the result should be, in any order:
      | a  | b   | c |
      | 42 | -12 | 0 |
    And no side effects

  Scenario: [2] Multiplying an integer and a float yields a float
    Given any graph
    When executing query:
      """
      RETURN 3 * 1.5 AS a, 2.0 * 2 AS b
      """
    Then the result should be, in any order:
      | a   | b   |
      | 4.5 | 4.0 |
    And no side effects

  Scenario: [3] Multiplying floats
    Given any graph
    When executing query:
      """
      RETURN 0.5 * 0.5 AS a
      """
    Then the result should be, in any order:
      | a    |
      | 0.25 |
    And no side effects

  Scenario: [4] Multiplication with null is null
    Given any graph
    When executing query:
      """
      RETURN 2 * null AS a, null * 1.5 AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

  Scenario: [5] Multiplication is associative
    Given any graph
    When executing query:
      """
      RETURN 2 * 3 * 4 AS a
      """
    Then the result should be, in any order:
      | a  |
      | 24 |
    And no side effects

  Scenario: [6] Multiplying node properties
    Given an empty graph
    And having executed:
      """
      CREATE ({a: 3, b: 4})
      """
    When executing query:
      """
      MATCH (n)
      RETURN n.a * n.b AS p
      """
    Then the result should be, in any order:
      | p  |
      | 12 |
    And no side effects

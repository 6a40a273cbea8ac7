#encoding: utf-8

Feature: Mathematical7 - Power

  Scenario: [1] Exponentiation of integers yields a float
    Given any graph
    When executing query:
      """
      RETURN 2 ^ 3 AS a
      """
    Then the result should be, in any order:
      | a   |
      | 8.0 |
    And no side effects

  Scenario: [2] Exponentiation with negative and fractional exponents
    Given any graph
    When executing query:
      """
      RETURN 2 ^ -1 AS a, 4 ^ 0.5 AS b, 2.0 ^ 2 AS c
      """
    Then the result should be, in any order:
      | a   | b   | c   |
      | 0.5 | 2.0 | 4.0 |
    And no side effects

  Scenario: [3] Zero to the power of zero
    Given any graph
    When executing query:
      """
      RETURN 0 ^ 0 AS a
      """
    Then the result should be, in any order:
      | a   |
      | 1.0 |
    And no side effects

  Scenario: [4] Exponentiation with null is null
    Given any graph
    When executing query:
      """
      RETURN 2 ^ null AS a, null ^ 2 AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

  Scenario: [5] Exponentiation binds tighter than multiplication
    Given any graph
    When executing query:
      """
      RETURN 2 * 3 ^ 2 AS a, 3 ^ 2 * 2 AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | 18.0 | 18.0 |
    And no side effects

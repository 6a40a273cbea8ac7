#encoding: utf-8

Feature: Mathematical6 - Modulo division

  Scenario: [1] Modulo of integers takes the sign of the dividend
    Given any graph
    When executing query:
      """
      RETURN 7 % 3 AS a, -7 % 3 AS b, 7 % -3 AS c, -7 % -3 AS d
      """
    Then the result should be, in any order:
      | a | b  | c | d  |
      | 1 | -1 | 1 | -1 |
    And no side effects

  Scenario: [2] Modulo involving floats
    Given any graph
    When executing query:
      """
      RETURN 7.5 % 2 AS a, -7.5 % 2 AS b, 5 % 2.5 AS c
      """
    Then the result should be, in any order:
      | a   | b    | c   |
      | 1.5 | -1.5 | 0.0 |
    And no side effects

  Scenario: [3] Modulo with null is null
    Given any graph
    When executing query:
      """
      RETURN 7 % null AS a, null % 2 AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

  Scenario: [4] Modulo has the precedence of multiplication
    Given any graph
    When executing query:
      """
      RETURN 2 * 7 % 4 AS a, 7 % 4 * 2 AS b, 1 + 7 % 4 AS c
      """
    Then the result should be, in any order:
      | a | b | c |
      | 2 | 6 | 4 |
    And no side effects

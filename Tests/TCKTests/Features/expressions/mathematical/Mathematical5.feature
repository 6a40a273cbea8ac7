#encoding: utf-8

Feature: Mathematical5 - Division

  Scenario: [1] Integer division truncates towards zero
    Given any graph
    When executing query:
      """
      RETURN 7 / 2 AS a, -7 / 2 AS b, 7 / -2 AS c, 6 / 3 AS d
      """
    Then the result should be, in any order:
      | a | b  | c  | d |
      | 3 | -3 | -3 | 2 |
    And no side effects

  Scenario: [2] Division involving a float yields a float
    Given any graph
    When executing query:
      """
      RETURN 7.0 / 2 AS a, 7 / 2.0 AS b, 1 / 4.0 AS c
      """
    Then the result should be, in any order:
      | a   | b   | c    |
      | 3.5 | 3.5 | 0.25 |
    And no side effects

  Scenario: [3] Float division by zero
    Given any graph
    When executing query:
      """
      RETURN 1.0 / 0.0 AS a, -1.0 / 0.0 AS b, 0.0 / 0.0 AS c
      """
    Then the result should be, in any order:
      | a   | b    | c   |
      | Inf | -Inf | NaN |
    And no side effects

  Scenario: [4] Division with null is null
    Given any graph
    When executing query:
      """
      RETURN 4 / null AS a, null / 2.0 AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

  Scenario: [5] Division and multiplication are left-associative
    Given any graph
    When executing query:
      """
      RETURN 12 / 4 / 3 AS a, 12 / 4 * 3 AS b, 12 * 4 / 3 AS c
      """
    Then the result should be, in any order:
      | a | b | c  |
      | 1 | 9 | 16 |
    And no side effects

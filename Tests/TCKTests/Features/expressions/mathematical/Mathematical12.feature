#encoding: utf-8

Feature: Mathematical12 - Rounding numbers

  Scenario: [1] Rounding to the nearest integer
    Given any graph
    When executing query:
      """
      RETURN round(3.4) AS a, round(3.6) AS b, round(-3.6) AS c, round(-3.4) AS d
      """
    Then the result should be, in any order:
      | a   | b   | c    | d    |
      | 3.0 | 4.0 | -4.0 | -3.0 |
    And no side effects

  Scenario: [2] Rounding positive half-way values up
    Given any graph
    When executing query:
      """
      RETURN round(2.5) AS a, round(0.5) AS b
      """
    Then the result should be, in any order:
      | a   | b   |
      | 3.0 | 1.0 |
    And no side effects

  Scenario: [3] Ceiling and floor
    Given any graph
    When executing query:
      """
      RETURN ceil(1.1) AS a, ceil(-1.1) AS b, floor(1.9) AS c, floor(-1.1) AS d
      """
    Then the result should be, in any order:
      | a   | b    | c   | d    |
      | 2.0 | -1.0 | 1.0 | -2.0 |
    And no side effects

  Scenario: [4] Rounding functions return floats for integer input
    Given any graph
    When executing query:
      """
      RETURN round(3) AS a, ceil(3) AS b, floor(3) AS c
      """
    Then the result should be, in any order:
      | a   | b   | c   |
      | 3.0 | 3.0 | 3.0 |
    And no side effects

  Scenario: [5] Rounding functions of null are null
    Given any graph
    When executing query:
      """
      RETURN round(null) AS a, ceil(null) AS b, floor(null) AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | null | null | null |
    And no side effects

  Scenario: [6] Rounding to a precision
    Given any graph
    When executing query:
      """
      RETURN round(3.14159, 2) AS a, round(1234.5678, 1) AS b
      """
    Then the result should be, in any order:
      | a    | b      |
      | 3.14 | 1234.6 |
    And no side effects

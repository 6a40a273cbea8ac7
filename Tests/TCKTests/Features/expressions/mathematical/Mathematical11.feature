#encoding: utf-8

Feature: Mathematical11 - Signed numbers functions

  Scenario: [1] Absolute function
    Given any graph
    When executing query:
      """
      RETURN abs(-1)
      """
    Then the result should be, in any order:
      | abs(-1) |
      | 1       |
    And no side effects

  Scenario: [2] Absolute value of floats and integers
    Given any graph
    When executing query:
      """
      RETURN abs(-1.5) AS a, abs(2.5) AS b, abs(0) AS c, abs(7) AS d
      """
    Then the result should be, in any order:
      | a   | b   | c | d |
      | 1.5 | 2.5 | 0 | 7 |
    And no side effects

  Scenario: [3] Absolute value of null is null
    Given any graph
    When executing query:
      """
      RETURN abs(null) AS a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

  Scenario: [4] Sign function
    Given any graph
    When executing query:
      """
      RETURN sign(-5) AS a, sign(0) AS b, sign(3.2) AS c, sign(-0.1) AS d
      """
    Then the result should be, in any order:
      | a  | b | c | d  |
      | -1 | 0 | 1 | -1 |
    And no side effects

  Scenario: [5] Sign of null is null
    Given any graph
    When executing query:
      """
      RETURN sign(null) AS a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

#encoding: utf-8

Feature: Mathematical13 - Square root

  Scenario: [1] `sqrt()` returning float values
    Given any graph
    When executing query:
      """
      RETURN sqrt(12.96)
      """
    Then the result should be, in any order:
      | sqrt(12.96) |
      | 3.6         |
    And no side effects

  Scenario: [2] `sqrt()` of integers
    Given any graph
    When executing query:
      """
      RETURN sqrt(16) AS a, sqrt(2) AS b
      """
    Then the result should be, in any order:
      | a   | b                  |
      | 4.0 | 1.4142135623730951 |
    And no side effects

  Scenario: [3] `sqrt()` of a negative number is NaN
    Given any graph
    When executing query:
      """
      RETURN sqrt(-1) AS a
      """
    Then the result should be, in any order:
      | a   |
      | NaN |
    And no side effects

  Scenario: [4] `sqrt()` of null is null
    Given any graph
    When executing query:
      """
      RETURN sqrt(null) AS a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

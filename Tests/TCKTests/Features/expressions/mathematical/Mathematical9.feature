#encoding: utf-8

Feature: Mathematical9 - Mathematical constants

  Scenario: [1] The constant pi
    Given any graph
    When executing query:
      """
      RETURN pi() AS p
      """
    Then the result should be, in any order:
      | p                 |
      | 3.141592653589793 |
    And no side effects

  Scenario: [2] The constant e
    Given any graph
    When executing query:
      """
      RETURN e() AS e
      """
    Then the result should be, in any order:
      | e                 |
      | 2.718281828459045 |
    And no side effects

  Scenario: [3] e is the base of the natural logarithm
    Given any graph
    When executing query:
      """
      RETURN e() = exp(1) AS a, log(e()) AS b
      """
    Then the result should be, in any order:
      | a    | b   |
      | true | 1.0 |
    And no side effects

  Scenario: [4] Using pi in an expression
    Given any graph
    When executing query:
      """
      RETURN round(pi() * 100) / 100 AS p
      """
    Then the result should be, in any order:
      | p    |
      | 3.14 |
    And no side effects

#encoding: utf-8

Feature: Mathematical16 - Trigonometric functions

  Scenario: [1] Trigonometric functions at zero
    Given any graph
    When executing query:
      """
      RETURN sin(0) AS a, cos(0) AS b, tan(0) AS c
      """
    Then the result should be, in any order:
      | a   | b   | c   |
      | 0.0 | 1.0 | 0.0 |
    And no side effects

  Scenario: [2] Sine of one radian
    Given any graph
    When executing query:
      """
      RETURN sin(1) AS a
      """
    Then the result should be, in any order:
      | a                  |
      | 0.8414709848078965 |
    And no side effects

  Scenario: [3] Cotangent
    Given any graph
    When executing query:
      """
      RETURN cot(1) AS a
      """
    Then the result should be, in any order:
      | a                  |
      | 0.6420926159343306 |
    And no side effects

  Scenario: [4] Haversine
    Given any graph
    When executing query:
      """
      RETURN haversin(0) AS a, haversin(pi()) AS b
      """
    Then the result should be, in any order:
      | a   | b   |
      | 0.0 | 1.0 |
    And no side effects

  Scenario: [5] Trigonometric functions of null are null
    Given any graph
    When executing query:
      """
      RETURN sin(null) AS a, cos(null) AS b, tan(null) AS c, cot(null) AS d
      """
    Then the result should be, in any order:
      | a    | b    | c    | d    |
      | null | null | null | null |
    And no side effects

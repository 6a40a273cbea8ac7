#encoding: utf-8

Feature: Mathematical17 - Inverse trigonometric functions

  Scenario: [1] Inverse trigonometric functions at their simple points
    Given any graph
    When executing query:
      """
      RETURN asin(1) AS a, acos(1) AS b, atan(0) AS c
      """
    Then the result should be, in any order:
      | a                  | b   | c   |
      | 1.5707963267948966 | 0.0 | 0.0 |
    And no side effects

  Scenario: [2] Two-argument arctangent
    Given any graph
    When executing query:
      """
      RETURN atan2(1, 1) AS a, atan2(0, -1) AS b
      """
    Then the result should be, in any order:
      | a                  | b                 |
      | 0.7853981633974483 | 3.141592653589793 |
    And no side effects

  Scenario: [3] Arcsine out of range is NaN
    Given any graph
    When executing query:
      """
      RETURN asin(2) AS a, acos(-2) AS b
      """
    Then the result should be, in any order:
      | a   | b   |
      | NaN | NaN |
    And no side effects

  Scenario: [4] Arccosine of one half
    Given any graph
    When executing query:
      """
      RETURN acos(0.5) AS a
      """
    Then the result should be, in any order:
      | a                  |
      | 1.0471975511965979 |
    And no side effects

  Scenario: [5] Inverse trigonometric functions of null are null
    Given any graph
    When executing query:
      """
      RETURN asin(null) AS a, acos(null) AS b, atan(null) AS c, atan2(null, 1) AS d
      """
    Then the result should be, in any order:
      | a    | b    | c    | d    |
      | null | null | null | null |
    And no side effects

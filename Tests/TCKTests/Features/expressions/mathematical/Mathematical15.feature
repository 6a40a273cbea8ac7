#encoding: utf-8

Feature: Mathematical15 - Degrees and radians

  Scenario: [1] Converting between degrees and radians
    Given any graph
    When executing query:
      """
      RETURN degrees(pi()) AS a, radians(180) AS b
      """
    Then the result should be, in any order:
      | a     | b                 |
      | 180.0 | 3.141592653589793 |
    And no side effects

  Scenario: [2] Degrees of one radian
    Given any graph
    When executing query:
      """
      RETURN degrees(1) AS a
      """
    Then the result should be, in any order:
      | a                 |
      | 57.29577951308232 |
    And no side effects

  Scenario: [3] Radians of a right angle
    Given any graph
    When executing query:
      """
      RETURN radians(90) AS a
      """
    Then the result should be, in any order:
      | a                  |
      | 1.5707963267948966 |
    And no side effects

  Scenario: [4] Degrees and radians of null are null
    Given any graph
    When executing query:
      """
      RETURN degrees(null) AS a, radians(null) AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

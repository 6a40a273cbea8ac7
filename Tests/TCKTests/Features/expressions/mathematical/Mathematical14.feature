#encoding: utf-8

Feature: Mathematical14 - Logarithm

  Scenario: [1] Natural logarithm
    Given any graph
    When executing query:
      """
      RETURN log(e()) AS a, log(1) AS b, log(27) AS c
      """
    Then the result should be, in any order:
      | a   | b   | c                 |
      | 1.0 | 0.0 | 3.295836866004329 |
    And no side effects

  Scenario: [2] Common logarithm
    Given any graph
    When executing query:
      """
      RETURN log10(1000) AS a, log10(1) AS b
      """
    Then the result should be, in any order:
      | a   | b   |
      | 3.0 | 0.0 |
    And no side effects

  Scenario: [3] Exponential function
    Given any graph
    When executing query:
      """
      RETURN exp(0) AS a, exp(2) AS b
      """
    Then the result should be, in any order:
      | a   | b                |
      | 1.0 | 7.38905609893065 |
    And no side effects

  Scenario: [4] Logarithm of zero and of a negative number
    Given any graph
    When executing query:
      """
      RETURN log(0) AS a, log(-1) AS b, log10(0) AS c
      """
    Then the result should be, in any order:
      | a    | b   | c    |
      | -Inf | NaN | -Inf |
    And no side effects

  Scenario: [5] Logarithm and exponential of null are null
    Given any graph
    When executing query:
      """
      RETURN log(null) AS a, log10(null) AS b, exp(null) AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | null | null | null |
    And no side effects

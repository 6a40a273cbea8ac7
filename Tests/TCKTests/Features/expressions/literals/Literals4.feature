#encoding: utf-8

Feature: Literals4 - Octal integer

  Scenario: [1] Return a short positive octal integer
    Given any graph
    When executing query:
      """
      RETURN 0o1 AS literal
      """
    Then the result should be, in any order:
      | literal |
      | 1       |
    And no side effects

  Scenario: [2] Return a long positive octal integer
    Given any graph
    When executing query:
      """
      RETURN 0o2613152366 AS literal
      """
    Then the result should be, in any order:
      | literal   |
      | 372036854 |
    And no side effects

  Scenario: [3] Return the largest octal integer
    Given any graph
    When executing query:
      """
      RETURN 0o777777777777777777777 AS literal
      """
    Then the result should be, in any order:
      | literal             |
      | 9223372036854775807 |
    And no side effects

  Scenario: [4] Return a positive octal zero
    Given any graph
    When executing query:
      """
      RETURN 0o0 AS literal
      """
    Then the result should be, in any order:
      | literal |
      | 0       |
    And no side effects

  Scenario: [5] Return a negative octal zero
    Given any graph
    When executing query:
      """
      RETURN -0o0 AS literal
      """
    Then the result should be, in any order:
      | literal |
      | 0       |
    And no side effects

  Scenario: [6] Return a short negative octal integer
    Given any graph
    When executing query:
      """
      RETURN -0o1 AS literal
      """
    Then the result should be, in any order:
      | literal |
      | -1      |
    And no side effects

  Scenario: [7] Return a long negative octal integer
    Given any graph
    When executing query:
      """
      RETURN -0o2613152366 AS literal
      """
    Then the result should be, in any order:
      | literal    |
      | -372036854 |
    And no side effects

  Scenario: [8] Return the smallest octal integer
    Given any graph
    When executing query:
      """
      RETURN -0o1000000000000000000000 AS literal
      """
    Then the result should be, in any order:
      | literal              |
      | -9223372036854775808 |
    And no side effects

  Scenario: [9] Fail on a too large octal integer
    Given any graph
    When executing query:
      """
      RETURN 0o1000000000000000000000 AS literal
      """
    Then a SyntaxError should be raised at compile time: IntegerOverflow

  Scenario: [10] Fail on a too small octal integer
    Given any graph
    When executing query:
      """
      RETURN -0o1000000000000000000001 AS literal
      """
    Then a SyntaxError should be raised at compile time: IntegerOverflow

  Scenario: [11] Fail on an octal literal containing a non-octal digit
    Given any graph
    When executing query:
      """
      RETURN 0o18 AS literal
      """
    Then a SyntaxError should be raised at compile time: InvalidNumberLiteral

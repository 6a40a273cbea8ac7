#encoding: utf-8

Feature: Mathematical1 - Unary delimiter

  Scenario: [1] Unary minus of integers
    Given any graph
    When executing query:
      """
      RETURN -(-1) AS a, -(2 + 3) AS b, - 7 AS c
      """
    Then the result should be, in any order:
      | a | b  | c  |
      | 1 | -5 | -7 |
    And no side effects

  Scenario: [2] Unary plus keeps the value
    Given any graph
    When executing query:
      """
      RETURN +5 AS a, +(-5) AS b, +1.5 AS c
      """
    Then the result should be, in any order:
      | a | b  | c   |
      | 5 | -5 | 1.5 |
    And no side effects

  Scenario: [3] Unary minus of floats
    Given any graph
    When executing query:
      """
      RETURN -1.5 AS a, -(-2.25) AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | -1.5 | 2.25 |
    And no side effects

  Scenario: [4] Unary minus of null is null
    Given any graph
    When executing query:
      """
      RETURN -null AS a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

  Scenario: [5] Unary minus of a property
    Given an empty graph
    And having executed:
      """
      CREATE ({num: 3})
      """
    When executing query:
      """
      MATCH (n)
      RETURN -n.num AS a
      """
    Then the result should be, in any order:
      | a  |
      | -3 |
    And no side effects

  Scenario: [6] Unary minus binds tighter than exponentiation
    Given any graph
    When executing query:
      """
      RETURN -2 ^ 2 AS a
      """
    Then the result should be, in any order:
      | a   |
      | 4.0 |
    And no side effects

  Scenario: [7] Unary minus of a variable in arithmetic
    Given any graph
    When executing query:
      """
      WITH 4 AS x
      RETURN 10 - -x AS a, -x * 2 AS b
      """
    Then the result should be, in any order:
      | a  | b  |
      | 14 | -8 |
    And no side effects

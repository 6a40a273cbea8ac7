#encoding: utf-8

Feature: Precedence2 - On numeric values

  Scenario: [1] Numeric multiplicative operations takes precedence over numeric additive operations
    Given any graph
    When executing query:
      """
      RETURN 4 * 2 + 3 * 2 AS a,
             4 * 2 + (3 * 2) AS b,
             4 * (2 + 3) * 2 AS c
      """
    Then the result should be, in any order:
      | a  | b  | c  |
      | 14 | 14 | 40 |
    And no side effects

  Scenario: [2] Exponentiation takes precedence over numeric multiplicative operations
    Given any graph
    When executing query:
      """
      RETURN 4 ^ 3 * 2 ^ 3 AS a,
             (4 ^ 3) * (2 ^ 3) AS b,
             4 ^ (3 * 2) ^ 3 AS c
      """
    Then the result should be, in any order:
      | a     | b     | c             |
      | 512.0 | 512.0 | 68719476736.0 |
    And no side effects

  Scenario: [3] Exponentiation takes precedence over numeric additive operations
    Given any graph
    When executing query:
      """
      RETURN 4 ^ 3 + 2 ^ 3 AS a,
             (4 ^ 3) + (2 ^ 3) AS b,
             4 ^ (3 + 2) ^ 3 AS c
      """
    Then the result should be, in any order:
      | a    | b    | c            |
      | 72.0 | 72.0 | 1073741824.0 |
    And no side effects

  Scenario: [4] Numeric unary negative takes precedence over exponentiation
    Given any graph
    When executing query:
      """
      RETURN -3 ^ 2 AS a,
             (-3) ^ 2 AS b,
             -(3 ^ 2) AS c
      """
    Then the result should be, in any order:
      | a   | b   | c    |
      | 9.0 | 9.0 | -9.0 |
    And no side effects

  Scenario: [5] Numeric unary negative takes precedence over numeric additive operations
    Given any graph
    When executing query:
      """
      RETURN -3 + 2 AS a,
             (-3) + 2 AS b,
             -(3 + 2) AS c
      """
    Then the result should be, in any order:
      | a  | b  | c  |
      | -1 | -1 | -5 |
    And no side effects

  Scenario: [6] Numeric multiplicative operations are left-associative
    Given any graph
    When executing query:
      """
      RETURN 12 / 4 * 3 AS a,
             (12 / 4) * 3 AS b,
             12 / (4 * 3) AS c
      """
    Then the result should be, in any order:
      | a | b | c |
      | 9 | 9 | 1 |
    And no side effects

  Scenario: [7] Numeric additive operations are left-associative
    Given any graph
    When executing query:
      """
      RETURN 10 - 4 - 3 AS a,
             (10 - 4) - 3 AS b,
             10 - (4 - 3) AS c
      """
    Then the result should be, in any order:
      | a | b | c |
      | 3 | 3 | 9 |
    And no side effects

  Scenario: [8] Modulo takes precedence over numeric additive operations
    Given any graph
    When executing query:
      """
      RETURN 7 + 5 % 3 AS a,
             7 + (5 % 3) AS b,
             (7 + 5) % 3 AS c
      """
    Then the result should be, in any order:
      | a | b | c |
      | 9 | 9 | 0 |
    And no side effects

  Scenario: [9] Fail when adding a comparison result to a number
    Given any graph
    When executing query:
      """
      RETURN 1 + 2 < 2 + 2 AS a,
             (1 + 2) < (2 + 2) AS b,
             1 + (2 < 2) + 2 AS c
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [10] Numeric additive operations take precedence over comparison operators
    Given any graph
    When executing query:
      """
      RETURN 1 + 2 < 2 + 2 AS a,
             (1 + 2) < (2 + 2) AS b,
             1 + 2 = 3 AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | true | true | true |
    And no side effects

#encoding: utf-8

Feature: String2 - Whitespace Trimming

  Scenario: [1] `trim()` removes leading and trailing spaces
    Given any graph
    When executing query:
      """
      RETURN trim('  a b  ') AS s
      """
    Then the result should be, in any order:
      | s     |
      | 'a b' |
    And no side effects

  Scenario: [2] `ltrim()` removes leading spaces only
    Given any graph
    When executing query:
      """
      RETURN ltrim('  a b  ') AS s
      """
    Then the result should be, in any order:
      | s       |
      | 'a b  ' |
    And no side effects

  Scenario: [3] `rtrim()` removes trailing spaces only
    Given any graph
    When executing query:
      """
      RETURN rtrim('  a b  ') AS s
      """
    Then the result should be, in any order:
      | s       |
      | '  a b' |
    And no side effects

  Scenario: [4] `trim()` removes tabs and newlines
    Given any graph
    When executing query:
      """
      RETURN trim('\t\n x \n') AS s
      """
    Then the result should be, in any order:
      | s   |
      | 'x' |
    And no side effects

  Scenario: [5] Trimming a string without surrounding whitespace
    Given any graph
    When executing query:
      """
      RETURN trim('abc') AS a, ltrim('abc') AS b, rtrim('abc') AS c
      """
    Then the result should be, in any order:
      | a     | b     | c     |
      | 'abc' | 'abc' | 'abc' |
    And no side effects

  Scenario: [6] Trimming a string of spaces gives the empty string
    Given any graph
    When executing query:
      """
      RETURN trim('   ') AS a, ltrim('   ') AS b, rtrim('   ') AS c
      """
    Then the result should be, in any order:
      | a  | b  | c  |
      | '' | '' | '' |
    And no side effects

  Scenario: [7] Trimming null
    Given any graph
    When executing query:
      """
      RETURN trim(null) AS a, ltrim(null) AS b, rtrim(null) AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | null | null | null |
    And no side effects

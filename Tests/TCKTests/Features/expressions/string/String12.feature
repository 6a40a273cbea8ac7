#encoding: utf-8

Feature: String12 - Exact Substring Replacement

  Scenario: [1] `replace()` replaces every occurrence
    Given any graph
    When executing query:
      """
      RETURN replace('hello', 'l', 'L') AS s
      """
    Then the result should be, in any order:
      | s       |
      | 'heLLo' |
    And no side effects

  Scenario: [2] `replace()` replaces non-overlapping occurrences from the left
    Given any graph
    When executing query:
      """
      RETURN replace('aaa', 'aa', 'b') AS s
      """
    Then the result should be, in any order:
      | s    |
      | 'ba' |
    And no side effects

  Scenario: [3] `replace()` with a search string that does not occur
    Given any graph
    When executing query:
      """
      RETURN replace('abc', 'x', 'y') AS s
      """
    Then the result should be, in any order:
      | s     |
      | 'abc' |
    And no side effects

  Scenario: [4] `replace()` with the empty replacement removes occurrences
    Given any graph
    When executing query:
      """
      RETURN replace('banana', 'a', '') AS s
      """
    Then the result should be, in any order:
      | s     |
      | 'bnn' |
    And no side effects

  Scenario: [5] `replace()` is case-sensitive
    Given any graph
    When executing query:
      """
      RETURN replace('Abc abc', 'abc', 'x') AS s
      """
    Then the result should be, in any order:
      | s       |
      | 'Abc x' |
    And no side effects

  Scenario: [6] `replace()` with null arguments
    Given any graph
    When executing query:
      """
      RETURN replace(null, 'a', 'b') AS a, replace('a', null, 'b') AS b, replace('a', 'a', null) AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | null | null | null |
    And no side effects

#encoding: utf-8

Feature: String6 - String Concatenation

  Scenario: [1] Concatenating strings
    Given any graph
    When executing query:
      """
      RETURN 'abc' + 'def' AS s
      """
    Then the result should be, in any order:
      | s        |
      | 'abcdef' |
    And no side effects

  Scenario: [2] Concatenating with the empty string
    Given any graph
    When executing query:
      """
      RETURN '' + 'a' AS a, 'a' + '' AS b, '' + '' AS c
      """
    Then the result should be, in any order:
      | a   | b   | c  |
      | 'a' | 'a' | '' |
    And no side effects

  Scenario: [3] Concatenating a string and an integer
    Given any graph
    When executing query:
      """
      RETURN 'a' + 1 AS a, 1 + 'a' AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | 'a1' | '1a' |
    And no side effects

  Scenario: [4] Concatenating a string and a float
    Given any graph
    When executing query:
      """
      RETURN 'a' + 1.5 AS a
      """
    Then the result should be, in any order:
      | a      |
      | 'a1.5' |
    And no side effects

  Scenario: [5] Concatenating with null
    Given any graph
    When executing query:
      """
      RETURN 'a' + null AS a, null + 'a' AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

  Scenario: [6] Concatenating string properties
    Given an empty graph
    And having executed:
      """
      CREATE ({first: 'Ada', last: 'Lovelace'})
      """
    When executing query:
      """
      MATCH (n)
      RETURN n.first + ' ' + n.last AS name
      """
    Then the result should be, in any order:
      | name           |
      | 'Ada Lovelace' |
    And no side effects

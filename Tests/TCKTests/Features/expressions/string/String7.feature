#encoding: utf-8

Feature: String7 - String Length

  Scenario: [1] `size()` of a string
    Given any graph
    When executing query:
      """
      RETURN size('hello') AS s
      """
    Then the result should be, in any order:
      | s |
      | 5 |
    And no side effects

  Scenario: [2] `size()` of the empty string
    Given any graph
    When executing query:
      """
      RETURN size('') AS s
      """
    Then the result should be, in any order:
      | s |
      | 0 |
    And no side effects

  Scenario: [3] `size()` of a string with non-ASCII characters
    Given any graph
    When executing query:
      """
      RETURN size('héllo wörld') AS s
      """
    Then the result should be, in any order:
      | s  |
      | 11 |
    And no side effects

  Scenario: [4] `size()` of null
    Given any graph
    When executing query:
      """
      RETURN size(null) AS s
      """
    Then the result should be, in any order:
      | s    |
      | null |
    And no side effects

  Scenario: [5] `size()` of a string property
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'abc'}), ({name: 'de'})
      """
    When executing query:
      """
      MATCH (n)
      RETURN n.name AS name, size(n.name) AS len
      """
    Then the result should be, in any order:
      | name  | len |
      | 'abc' | 3   |
      | 'de'  | 2   |
    And no side effects

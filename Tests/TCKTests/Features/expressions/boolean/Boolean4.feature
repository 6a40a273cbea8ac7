#encoding: utf-8

Feature: Boolean4 - NOT logical operations

  Scenario: [1] Logical negation of truth values
    Given any graph
    When executing query:
      """
      RETURN NOT true AS nt, NOT false AS nf, NOT null AS nn
      """
    Then the result should be, in any order:
      | nt    | nf   | nn   |
      | false | true | null |
    And no side effects

  Scenario: [2] Double logical negation of truth values
    Given any graph
    When executing query:
      """
      RETURN NOT NOT true AS nnt, NOT NOT false AS nnf, NOT NOT null AS nnn
      """
    Then the result should be, in any order:
      | nnt  | nnf   | nnn  |
      | true | false | null |
    And no side effects

  Scenario: [3] NOT and false
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'a'})
      """
    When executing query:
      """
      MATCH (n)
      WHERE NOT(n.name = 'apa' AND false)
      RETURN n
      """
    Then the result should be, in any order:
      | n             |
      | ({name: 'a'}) |
    And no side effects

  Scenario: [4] NOT of a comparison with null filters out
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'a'})
      """
    When executing query:
      """
      MATCH (n)
      WHERE NOT n.missing = 1
      RETURN n
      """
    Then the result should be, in any order:
      | n |
    And no side effects

  Scenario Outline: [5] Fail when using NOT on a non-boolean literal
    Given any graph
    When executing query:
      """
      RETURN NOT <literal>
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

    Examples:
      | literal |
      | 0       |
      | 1       |
      | 123.4   |
      | 'foo'   |
      | ''      |
      | []      |
      | [false] |
      | {}      |

#encoding: utf-8

Feature: String4 - String Splitting

  Scenario: [1] `split()`
    Given any graph
    When executing query:
      """
      UNWIND split('one1two', '1') AS item
      RETURN count(item) AS item
      """
    Then the result should be, in any order:
      | item |
      | 2    |
    And no side effects

  Scenario: [2] Splitting keeps empty strings between adjacent separators
    Given any graph
    When executing query:
      """
      RETURN split('a,,b', ',') AS s
      """
    Then the result should be, in any order:
      | s              |
      | ['a', '', 'b'] |
    And no side effects

  Scenario: [3] Splitting on a multi-character separator
    Given any graph
    When executing query:
      """
      RETURN split('a::b::c', '::') AS s
      """
    Then the result should be, in any order:
      | s               |
      | ['a', 'b', 'c'] |
    And no side effects

  Scenario: [4] Splitting on a separator that does not occur
    Given any graph
    When executing query:
      """
      RETURN split('abc', ',') AS s
      """
    Then the result should be, in any order:
      | s       |
      | ['abc'] |
    And no side effects

  Scenario: [5] Splitting null or with a null separator
    Given any graph
    When executing query:
      """
      RETURN split(null, ',') AS a, split('a,b', null) AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

  Scenario: [6] Splitting a string property
    Given an empty graph
    And having executed:
      """
      CREATE ({tags: 'red green blue'})
      """
    When executing query:
      """
      MATCH (n)
      RETURN split(n.tags, ' ') AS tags
      """
    Then the result should be, in any order:
      | tags                     |
      | ['red', 'green', 'blue'] |
    And no side effects

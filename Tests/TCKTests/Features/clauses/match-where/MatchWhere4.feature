#encoding: utf-8

Feature: MatchWhere4 - Non-Equi-Joins on variables

  Scenario: [1] Join nodes on inequality
    Given an empty graph
    And having executed:
      """
      CREATE (:A), (:B)
      """
    When executing query:
      """
      MATCH (a), (b)
      WHERE a <> b
      RETURN a, b
      """
    Then the result should be, in any order:
      | a    | b    |
      | (:A) | (:B) |
      | (:B) | (:A) |
    And no side effects

  Scenario: [2] Join nodes on less-than of properties
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1}), (:A {num: 2}), (:B {num: 2}), (:B {num: 3})
      """
    When executing query:
      """
      MATCH (a:A), (b:B)
      WHERE a.num < b.num
      RETURN a.num AS a, b.num AS b
      """
    Then the result should be, in any order:
      | a | b |
      | 1 | 2 |
      | 1 | 3 |
      | 2 | 3 |
    And no side effects

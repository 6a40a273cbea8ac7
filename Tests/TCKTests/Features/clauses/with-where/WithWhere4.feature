#encoding: utf-8

Feature: WithWhere4 - Non-Equi-Joins on variables

  Scenario: [1] Join nodes on inequality
    Given an empty graph
    And having executed:
      """
      CREATE (:A), (:B)
      """
    When executing query:
      """
      MATCH (a), (b)
      WITH a, b
      WHERE a <> b
      RETURN a, b
      """
    Then the result should be, in any order:
      | a    | b    |
      | (:A) | (:B) |
      | (:B) | (:A) |
    And no side effects

  Scenario: [2] Join nodes on greater-than of projected properties
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1}), (:A {num: 2}), (:B {num: 2}), (:B {num: 3})
      """
    When executing query:
      """
      MATCH (a:A), (b:B)
      WITH a.num AS x, b.num AS y
      WHERE y > x + 1
      RETURN x, y
      """
    Then the result should be, in any order:
      | x | y |
      | 1 | 3 |
    And no side effects

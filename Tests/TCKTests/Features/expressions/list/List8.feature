#encoding: utf-8

Feature: List8 - List Last

  Scenario: [1] Last of a list is its last element
    Given any graph
    When executing query:
      """
      RETURN last([1, 2, 3]) AS l, last(['a']) AS s, last([1, [2]]) AS n
      """
    Then the result should be, in any order:
      | l | s   | n   |
      | 3 | 'a' | [2] |
    And no side effects

  Scenario: [2] Last of the empty list is null
    Given any graph
    When executing query:
      """
      RETURN last([]) AS l
      """
    Then the result should be, in any order:
      | l    |
      | null |
    And no side effects

  Scenario: [3] Last of null is null
    Given any graph
    When executing query:
      """
      RETURN last(null) AS l
      """
    Then the result should be, in any order:
      | l    |
      | null |
    And no side effects

  Scenario: [4] Last of a list whose last element is null
    Given any graph
    When executing query:
      """
      RETURN last([1, null]) AS l
      """
    Then the result should be, in any order:
      | l    |
      | null |
    And no side effects

  Scenario: [5] Last of the relationships of a path
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T1]->(:B)-[:T2]->(:C)
      """
    When executing query:
      """
      MATCH p = (:A)-->()-->()
      RETURN last(relationships(p)) AS r, last(nodes(p)) AS n
      """
    Then the result should be, in any order:
      | r     | n    |
      | [:T2] | (:C) |
    And no side effects

#encoding: utf-8

Feature: List7 - List Head

  Scenario: [1] Head of a list is its first element
    Given any graph
    When executing query:
      """
      RETURN head([1, 2, 3]) AS h, head(['a']) AS s, head([[1], 2]) AS l
      """
    Then the result should be, in any order:
      | h | s   | l   |
      | 1 | 'a' | [1] |
    And no side effects

  Scenario: [2] Head of the empty list is null
    Given any graph
    When executing query:
      """
      RETURN head([]) AS h
      """
    Then the result should be, in any order:
      | h    |
      | null |
    And no side effects

  Scenario: [3] Head of null is null
    Given any graph
    When executing query:
      """
      RETURN head(null) AS h
      """
    Then the result should be, in any order:
      | h    |
      | null |
    And no side effects

  Scenario: [4] Head of a list whose first element is null
    Given any graph
    When executing query:
      """
      RETURN head([null, 1]) AS h
      """
    Then the result should be, in any order:
      | h    |
      | null |
    And no side effects

  Scenario: [5] Head of collected nodes
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 2}), (:A {num: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a
        ORDER BY a.num
      RETURN head(collect(a)) AS first
      """
    Then the result should be, in any order:
      | first         |
      | (:A {num: 1}) |
    And no side effects

#encoding: utf-8

Feature: Conditional1 - Coalesce expression

  Scenario: [1] Run coalesce
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'Emil Eifrem', title: null}),
             ({name: null, title: 'Peter'}),
             ({name: null, title: null})
      """
    When executing query:
      """
      MATCH (a)
      RETURN coalesce(a.title, a.name)
      """
    Then the result should be, in any order:
      | coalesce(a.title, a.name) |
      | 'Emil Eifrem'             |
      | 'Peter'                   |
      | null                      |
    And no side effects

  Scenario: [2] Coalesce returns the first non-null argument
    Given any graph
    When executing query:
      """
      RETURN coalesce(null, null, 3, 4) AS a, coalesce(1) AS b, coalesce(null, 'x') AS c
      """
    Then the result should be, in any order:
      | a | b | c   |
      | 3 | 1 | 'x' |
    And no side effects

  Scenario: [3] Coalesce of only nulls is null
    Given any graph
    When executing query:
      """
      RETURN coalesce(null, null) AS a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

  Scenario: [4] Coalesce does not treat false, zero or empty values as null
    Given any graph
    When executing query:
      """
      RETURN coalesce(false, true) AS a, coalesce(0, 1) AS b, coalesce('', 'x') AS c, coalesce([], [1]) AS d
      """
    Then the result should be, in any order:
      | a     | b | c  | d  |
      | false | 0 | '' | [] |
    And no side effects

  Scenario: [5] Coalesce with an optionally matched node
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH (n:Missing)
      RETURN coalesce(n.name, 'none') AS name
      """
    Then the result should be, in any order:
      | name   |
      | 'none' |
    And no side effects

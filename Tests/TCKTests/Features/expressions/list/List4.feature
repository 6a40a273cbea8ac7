#encoding: utf-8

Feature: List4 - List Concatenation

  Scenario: [1] Concatenating lists of same type
    Given any graph
    When executing query:
      """
      RETURN [1, 10, 100] + [4, 5] AS foo
      """
    Then the result should be, in any order:
      | foo                 |
      | [1, 10, 100, 4, 5] |
    And no side effects

  Scenario: [2] Concatenating a list with a scalar of same type
    Given any graph
    When executing query:
      """
      RETURN [false, true] + false AS foo
      """
    Then the result should be, in any order:
      | foo                  |
      | [false, true, false] |
    And no side effects

  Scenario: [3] Concatenating a scalar with a list
    Given any graph
    When executing query:
      """
      RETURN 1 + [2, 3] AS foo
      """
    Then the result should be, in any order:
      | foo       |
      | [1, 2, 3] |
    And no side effects

  Scenario: [4] Concatenating lists of different types
    Given any graph
    When executing query:
      """
      RETURN [1, 'a'] + [true, null, [2]] AS foo
      """
    Then the result should be, in any order:
      | foo                        |
      | [1, 'a', true, null, [2]] |
    And no side effects

  Scenario: [5] Concatenating a list with a list appends its elements, not the list
    Given any graph
    When executing query:
      """
      RETURN [[1]] + [[2], 3] AS foo
      """
    Then the result should be, in any order:
      | foo             |
      | [[1], [2], 3] |
    And no side effects

  Scenario: [6] Concatenating with the empty list
    Given any graph
    When executing query:
      """
      RETURN [] + [1] AS a, [1] + [] AS b, [] + [] AS c
      """
    Then the result should be, in any order:
      | a   | b   | c  |
      | [1] | [1] | [] |
    And no side effects

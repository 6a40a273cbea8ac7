#encoding: utf-8

Feature: List10 - Reverse List

  Scenario: [1] Reverse a list
    Given any graph
    When executing query:
      """
      RETURN reverse([1, 'a', null, [2, 3]]) AS r
      """
    Then the result should be, in any order:
      | r                       |
      | [[2, 3], null, 'a', 1] |
    And no side effects

  Scenario: [2] Reverse the empty list
    Given any graph
    When executing query:
      """
      RETURN reverse([]) AS r
      """
    Then the result should be, in any order:
      | r  |
      | [] |
    And no side effects

  Scenario: [3] Reverse null
    Given any graph
    When executing query:
      """
      RETURN reverse(null) AS r
      """
    Then the result should be, in any order:
      | r    |
      | null |
    And no side effects

  Scenario: [4] Reversing twice gives the original list
    Given any graph
    When executing query:
      """
      WITH [3, 1, 2] AS l
      RETURN reverse(reverse(l)) = l AS same
      """
    Then the result should be, in any order:
      | same |
      | true |
    And no side effects

  Scenario: [5] Reverse a collected list
    Given any graph
    When executing query:
      """
      UNWIND range(1, 4) AS x
      WITH x
        ORDER BY x
      RETURN reverse(collect(x)) AS r
      """
    Then the result should be, in any order:
      | r            |
      | [4, 3, 2, 1] |
    And no side effects

#encoding: utf-8

Feature: List3 - List Equality

  Scenario: [1] Equality between list and literal should return false
    Given any graph
    When executing query:
      """
      RETURN [1, 2] = 'foo' AS res
      """
    Then the result should be, in any order:
      | res   |
      | false |
    And no side effects

  Scenario: [2] Equality of lists of different length should return false despite nulls
    Given any graph
    When executing query:
      """
      RETURN [1] = [1, null] AS res
      """
    Then the result should be, in any order:
      | res   |
      | false |
    And no side effects

  Scenario: [3] Equality between different lists with null should return false
    Given any graph
    When executing query:
      """
      RETURN [1, 2] = [null, 'foo'] AS res
      """
    Then the result should be, in any order:
      | res   |
      | false |
    And no side effects

  Scenario: [4] Equality between almost equal lists with null should return null
    Given any graph
    When executing query:
      """
      RETURN [1, 2] = [null, 2] AS res
      """
    Then the result should be, in any order:
      | res  |
      | null |
    And no side effects

  Scenario: [5] Equality of nested lists of different length should return false despite nulls
    Given any graph
    When executing query:
      """
      RETURN [[1]] = [[1], [null]] AS res
      """
    Then the result should be, in any order:
      | res   |
      | false |
    And no side effects

  Scenario: [6] Equality between different nested lists with null should return false
    Given any graph
    When executing query:
      """
      RETURN [[1, 2], [1, 3]] = [[1, 2], [null, 'foo']] AS res
      """
    Then the result should be, in any order:
      | res   |
      | false |
    And no side effects

  Scenario: [7] Equality between almost equal nested lists with null should return null
    Given any graph
    When executing query:
      """
      RETURN [[1, 2], ['foo', 'bar']] = [[1, 2], [null, 'bar']] AS res
      """
    Then the result should be, in any order:
      | res  |
      | null |
    And no side effects

  Scenario: [8] Equality of equal lists with mixed numeric types
    Given any graph
    When executing query:
      """
      RETURN [1, 2.0] = [1.0, 2] AS res
      """
    Then the result should be, in any order:
      | res  |
      | true |
    And no side effects

  Scenario: [9] Inequality of lists
    Given any graph
    When executing query:
      """
      RETURN [1, 2] <> [2, 1] AS a, [1, 2] <> [1, 2] AS b, [1, null] <> [1, 2] AS c
      """
    Then the result should be, in any order:
      | a    | b     | c    |
      | true | false | null |
    And no side effects

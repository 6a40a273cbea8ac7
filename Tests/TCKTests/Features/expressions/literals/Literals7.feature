#encoding: utf-8

Feature: Literals7 - List

  Scenario: [1] Return an empty list
    Given any graph
    When executing query:
      """
      RETURN [] AS literal
      """
    Then the result should be, in any order:
      | literal |
      | []      |
    And no side effects

  Scenario: [2] Return a list containing a boolean
    Given any graph
    When executing query:
      """
      RETURN [false] AS literal
      """
    Then the result should be, in any order:
      | literal |
      | [false] |
    And no side effects

  Scenario: [3] Return a list containing a null
    Given any graph
    When executing query:
      """
      RETURN [null] AS literal
      """
    Then the result should be, in any order:
      | literal |
      | [null]  |
    And no side effects

  Scenario: [4] Return a list containing a integer
    Given any graph
    When executing query:
      """
      RETURN [1] AS literal
      """
    Then the result should be, in any order:
      | literal |
      | [1]     |
    And no side effects

  Scenario: [5] Return a list containing a hexadecimal integer
    Given any graph
    When executing query:
      """
      RETURN [-0x162CD4F6] AS literal
      """
    Then the result should be, in any order:
      | literal      |
      | [-372036854] |
    And no side effects

  Scenario: [6] Return a list containing a octal integer
    Given any graph
    When executing query:
      """
      RETURN [0o2613152366] AS literal
      """
    Then the result should be, in any order:
      | literal     |
      | [372036854] |
    And no side effects

  Scenario: [7] Return a list containing a float
    Given any graph
    When executing query:
      """
      RETURN [-.1e-5] AS literal
      """
    Then the result should be, in any order:
      | literal     |
      | [-0.000001] |
    And no side effects

  Scenario: [8] Return a list containing a string
    Given any graph
    When executing query:
      """
      RETURN ['abc, as#?lßdj '] AS literal
      """
    Then the result should be, in any order:
      | literal            |
      | ['abc, as#?lßdj '] |
    And no side effects

  Scenario: [9] Return a list containing an empty lists
    Given any graph
    When executing query:
      """
      RETURN [[]] AS literal
      """
    Then the result should be, in any order:
      | literal |
      | [[]]    |
    And no side effects

  Scenario: [10] Return seven-deep nested empty lists
    Given any graph
    When executing query:
      """
      RETURN [[[[[[[]]]]]]] AS literal
      """
    Then the result should be, in any order:
      | literal        |
      | [[[[[[[]]]]]]] |
    And no side effects

  Scenario: [11] Return 20-deep nested empty lists
    Given any graph
    When executing query:
      """
      RETURN [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]] AS literal
      """
    Then the result should be, in any order:
      | literal                                  |
      | [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]] |
    And no side effects

  Scenario: [12] Return 40-deep nested empty lists
    Given any graph
    When executing query:
      """
      RETURN [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] AS literal
      """
    Then the result should be, in any order:
      | literal                                                                          |
      | [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] |
    And no side effects

  Scenario: [13] Return a list containing real and fake nested lists
    Given any graph
    When executing query:
      """
      RETURN [null, [ ' a ', ' ' ], ' [ a ', ' [ ], ] ', ' [ ', [ ' ' ], ' ] ' ] AS literal
      """
    Then the result should be, in any order:
      | literal                                                        |
      | [null, [' a ', ' '], ' [ a ', ' [ ], ] ', ' [ ', [' '], ' ] '] |
    And no side effects

  Scenario: [14] Return a complex list containing multiple mixed and nested values
    Given any graph
    When executing query:
      """
      RETURN [ {  id: '0001',  type: 'donut',  batters: [ {id: '1001', type: 'Regular'}, {id: '1002', type: 'Chocolate'} ],  topping: [ 5001, 5002.5, true, null ]  }, 12, [[3]] ] AS literal
      """
    Then the result should be, in any order:
      | literal                                                                                                                                                  |
      | [{id: '0001', type: 'donut', batters: [{id: '1001', type: 'Regular'}, {id: '1002', type: 'Chocolate'}], topping: [5001, 5002.5, true, null]}, 12, [[3]]] |
    And no side effects

  Scenario: [15] Fail on a list containing only a comma
    Given any graph
    When executing query:
      """
      RETURN [, ] AS literal
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  Scenario: [16] Fail on a nested list with non-matching brackets
    Given any graph
    When executing query:
      """
      RETURN [[[]] AS literal
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  Scenario: [17] Fail on a nested list with missing commas
    Given any graph
    When executing query:
      """
      RETURN [[] [] []] AS literal
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

#encoding: utf-8

Feature: Return7 - Return all variables

  Scenario: [1] Return all variables
    Given an empty graph
    And having executed:
      """
      CREATE (:Start)-[:T]->()
      """
    When executing query:
      """
      MATCH p = (a:Start)-->(b)
      RETURN *
      """
    Then the result should be, in any order:
      | a        | b  | p                   |
      | (:Start) | () | <(:Start)-[:T]->()> |
    And no side effects

  Scenario: [2] Fail when using RETURN * without variables in scope
    Given any graph
    When executing query:
      """
      MATCH ()
      RETURN *
      """
    Then a SyntaxError should be raised at compile time: NoVariablesInScope

  Scenario: [3] RETURN * with additional expressions
    Given an empty graph
    And having executed:
      """
      CREATE (:Start {name: 's'})
      """
    When executing query:
      """
      MATCH (a:Start)
      RETURN *, a.name AS name
      """
    Then the result should be, in any order:
      | a                    | name |
      | (:Start {name: 's'}) | 's'  |
    And no side effects

  Scenario: [4] RETURN * after WITH only returns the projected variables
    Given an empty graph
    And having executed:
      """
      CREATE (:Start)-[:T]->()
      """
    When executing query:
      """
      MATCH (a:Start)-->(b)
      WITH a, 1 AS one
      RETURN *
      """
    Then the result should be, in any order:
      | a        | one |
      | (:Start) | 1   |
    And no side effects

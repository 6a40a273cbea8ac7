#encoding: utf-8

Feature: Graph4 - Edge relationship type

  Scenario: [1] `type()`
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T]->()
      """
    When executing query:
      """
      MATCH ()-[r]->()
      RETURN type(r)
      """
    Then the result should be, in any order:
      | type(r) |
      | 'T'     |
    And no side effects

  Scenario: [2] `type()` on two relationships
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T1]->()-[:T2]->()
      """
    When executing query:
      """
      MATCH ()-[r1]->()-[r2]->()
      RETURN type(r1), type(r2)
      """
    Then the result should be, in any order:
      | type(r1) | type(r2) |
      | 'T1'     | 'T2'     |
    And no side effects

  Scenario: [3] `type()` on null relationship
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (a)
      OPTIONAL MATCH (a)-[r:NOT_THERE]->()
      RETURN type(r)
      """
    Then the result should be, in any order:
      | type(r) |
      | null    |
    And no side effects

  Scenario: [4] `type()` on mixed null and non-null relationships
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T]->()
      """
    When executing query:
      """
      MATCH (a)
      OPTIONAL MATCH (a)-[r:T]->()
      RETURN type(r)
      """
    Then the result should be, in any order:
      | type(r) |
      | 'T'     |
      | null    |
    And no side effects

  Scenario: [5] `type()` handling Any type
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T]->()
      """
    When executing query:
      """
      MATCH (a)-[r]->()
      WITH [r, 1] AS list
      RETURN type(list[0])
      """
    Then the result should be, in any order:
      | type(list[0]) |
      | 'T'           |
    And no side effects

  Scenario Outline: [6] `type()` failing on invalid arguments
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T]->()
      """
    When executing query:
      """
      MATCH p = (n)-[r:T]->()
      RETURN [x IN [r, <invalid>] | type(x) ] AS list
      """
    Then a TypeError should be raised at runtime: InvalidArgumentValue

    Examples:
      | invalid |
      | 0       |
      | 1.0     |
      | true    |
      | ''      |
      | []      |

  Scenario: [7] `type()` failing on a node
    Given any graph
    When executing query:
      """
      MATCH (n)
      RETURN type(n)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [8] `type()` of relationships matched with a type disjunction
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:KNOWS]->(), ()-[:LIKES]->(), ()-[:HATES]->()
      """
    When executing query:
      """
      MATCH ()-[r:KNOWS|LIKES]->()
      RETURN type(r) AS t
      """
    Then the result should be, in any order:
      | t       |
      | 'KNOWS' |
      | 'LIKES' |
    And no side effects

  Scenario: [9] `type()` failing on an integer literal
    Given any graph
    When executing query:
      """
      RETURN type(1)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

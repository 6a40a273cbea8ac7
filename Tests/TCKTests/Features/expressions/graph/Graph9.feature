#encoding: utf-8

Feature: Graph9 - Retrieve all properties as a property map

  Scenario: [1] `properties()` on a node
    Given an empty graph
    And having executed:
      """
      CREATE (n:Person {name: 'Popeye', level: 9001})
      """
    When executing query:
      """
      MATCH (p:Person)
      RETURN properties(p) AS m
      """
    Then the result should be, in any order:
      | m                             |
      | {name: 'Popeye', level: 9001} |
    And no side effects

  Scenario: [2] `properties()` on a relationship
    Given an empty graph
    And having executed:
      """
      CREATE (n)-[:R {name: 'Popeye', level: 9001}]->(n)
      """
    When executing query:
      """
      MATCH ()-[r:R]->()
      RETURN properties(r) AS m
      """
    Then the result should be, in any order:
      | m                             |
      | {name: 'Popeye', level: 9001} |
    And no side effects

  Scenario: [3] `properties()` on null
    Given any graph
    When executing query:
      """
      RETURN properties(null) AS m
      """
    Then the result should be, in any order:
      | m    |
      | null |
    And no side effects

  Scenario: [4] `properties()` on a map
    Given any graph
    When executing query:
      """
      RETURN properties({name: 'Popeye', level: 9001}) AS m
      """
    Then the result should be, in any order:
      | m                             |
      | {name: 'Popeye', level: 9001} |
    And no side effects

  Scenario: [8] `properties()` on a node without properties
    Given an empty graph
    And having executed:
      """
      CREATE (:A)
      """
    When executing query:
      """
      MATCH (n)
      RETURN properties(n) AS m
      """
    Then the result should be, in any order:
      | m  |
      | {} |
    And no side effects

  Scenario: [9] `properties()` result is a copy that does not change with the node
    Given an empty graph
    And having executed:
      """
      CREATE ({num: 1})
      """
    When executing query:
      """
      MATCH (n)
      WITH n, properties(n) AS before
      SET n.num = 2
      RETURN before, properties(n) AS after
      """
    Then the result should be, in any order:
      | before   | after    |
      | {num: 1} | {num: 2} |
    And the side effects should be:
      | +properties | 1 |
      | -properties | 1 |

  Scenario: [5] `properties()` failing on an integer literal
    Given any graph
    When executing query:
      """
      RETURN properties(1)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [6] `properties()` failing on a string literal
    Given any graph
    When executing query:
      """
      RETURN properties('Cypher')
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [7] `properties()` failing on a list of booleans
    Given any graph
    When executing query:
      """
      RETURN properties([true, false])
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

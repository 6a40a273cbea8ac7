#encoding: utf-8

Feature: Graph2 - Edge source and destination

  Scenario: [1] `startNode()` and `endNode()`
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T]->(:B)
      """
    When executing query:
      """
      MATCH ()-[r]->()
      RETURN startNode(r) AS s, endNode(r) AS e
      """
    Then the result should be, in any order:
      | s    | e    |
      | (:A) | (:B) |
    And no side effects

  Scenario: [2] `startNode()` and `endNode()` do not depend on the direction of matching
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T]->(:B)
      """
    When executing query:
      """
      MATCH (x)-[r]-(y)
      RETURN x, startNode(r) AS s, endNode(r) AS e
      """
    Then the result should be, in any order:
      | x    | s    | e    |
      | (:A) | (:A) | (:B) |
      | (:B) | (:A) | (:B) |
    And no side effects

  Scenario: [3] `startNode()` and `endNode()` of a self-loop
    Given an empty graph
    And having executed:
      """
      CREATE (a:A)
      CREATE (a)-[:LOOP]->(a)
      """
    When executing query:
      """
      MATCH ()-[r]->()
      RETURN startNode(r) = endNode(r) AS same
      """
    Then the result should be, in any order:
      | same |
      | true |
    And no side effects

  Scenario: [4] `startNode()` and `endNode()` of null
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH ()-[r]->()
      RETURN startNode(r) AS s, endNode(r) AS e
      """
    Then the result should be, in any order:
      | s    | e    |
      | null | null |
    And no side effects

  Scenario: [5] Matching from the start node of a relationship
    Given an empty graph
    And having executed:
      """
      CREATE (a:A)-[:T]->(:B), (a)-[:U]->(:C)
      """
    When executing query:
      """
      MATCH ()-[r:T]->()
      WITH startNode(r) AS s
      MATCH (s)-[:U]->(x)
      RETURN x
      """
    Then the result should be, in any order:
      | x    |
      | (:C) |
    And no side effects

  Scenario: [6] `startNode()` failing on a node
    Given any graph
    When executing query:
      """
      MATCH (n)
      RETURN startNode(n)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [7] `startNode()` failing on an integer literal
    Given any graph
    When executing query:
      """
      RETURN startNode(1)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

#encoding: utf-8

Feature: Path3 - Length of a path

  Scenario: [1] Return a var length path of length zero
    Given an empty graph
    And having executed:
      """
      CREATE (a:A)-[:REL]->(b:B)
      """
    When executing query:
      """
      MATCH p = (a)-[*0..1]->(b)
      RETURN a, b, length(p) AS l
      """
    Then the result should be, in any order:
      | a    | b    | l |
      | (:A) | (:A) | 0 |
      | (:B) | (:B) | 0 |
      | (:A) | (:B) | 1 |
    And no side effects

  Scenario: [2] Failing when using `length()` on a node
    Given any graph
    When executing query:
      """
      MATCH (n)
      RETURN length(n)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [3] Failing when using `length()` on a relationship
    Given any graph
    When executing query:
      """
      MATCH ()-[r]->()
      RETURN length(r)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [4] `length()` of a longer path
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T]->(:B)-[:T]->(:C)-[:T]->(:D)
      """
    When executing query:
      """
      MATCH p = (:A)-[*]->(:D)
      RETURN length(p) AS l
      """
    Then the result should be, in any order:
      | l |
      | 3 |
    And no side effects

  Scenario: [5] `length()` of a null path
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH p = ()-->()
      RETURN length(p) AS l
      """
    Then the result should be, in any order:
      | l    |
      | null |
    And no side effects

  Scenario: [6] `length()` equals the number of relationships of a path
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T]->(:B)-[:T]->(:C)-[:T]->(:D)
      """
    When executing query:
      """
      MATCH p = (:A)-[*1..3]->()
      RETURN length(p) = size(relationships(p)) AS same, length(p) + 1 = size(nodes(p)) AS nodesCount
      """
    Then the result should be, in any order:
      | same | nodesCount |
      | true | true       |
      | true | true       |
      | true | true       |
    And no side effects

  Scenario: [7] `nodes()` failing on an integer literal
    Given any graph
    When executing query:
      """
      RETURN nodes(1)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

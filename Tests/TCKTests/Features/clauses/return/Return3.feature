#encoding: utf-8

Feature: Return3 - Return multiple expressions (if column order correct)

  Scenario: [1] Returning multiple expressions
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, name: 'a'})
      """
    When executing query:
      """
      MATCH (a)
      RETURN a.num IS NOT NULL AS a, a IS NOT NULL AS b, a.name AS c
      """
    Then the result should be, in any order:
      | a    | b    | c   |
      | true | true | 'a' |
    And no side effects

  Scenario: [2] Returning multiple node property values
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'Philip J. Fry', age: 2046, seasons: [1, 2, 3, 4, 5, 6, 7]})
      """
    When executing query:
      """
      MATCH (a)
      RETURN a.name, a.age, a.seasons
      """
    Then the result should be, in any order:
      | a.name          | a.age | a.seasons             |
      | 'Philip J. Fry' | 2046  | [1, 2, 3, 4, 5, 6, 7] |
    And no side effects

  Scenario: [3] Projecting nodes and relationships
    Given an empty graph
    And having executed:
      """
      CREATE (a:A)-[:T]->(b:B)
      """
    When executing query:
      """
      MATCH (a)-[r]->()
      RETURN a AS foo, r AS bar
      """
    Then the result should be, in any order:
      | foo  | bar  |
      | (:A) | [:T] |
    And no side effects

#encoding: utf-8

Feature: With3 - Forward multiple expressions through intermediate results

  Scenario: [1] Forwarding multiple node and relationship variables
    Given an empty graph
    And having executed:
      """
      CREATE (:Begin {num: 1})-[:REL {num: 2}]->(:End {num: 3})
      """
    When executing query:
      """
      MATCH (a)-[r]->(b)
      WITH a, r, b
      RETURN a, r, b
      """
    Then the result should be, in any order:
      | a                  | r                | b                |
      | (:Begin {num: 1})  | [:REL {num: 2}]  | (:End {num: 3})  |
    And no side effects

  Scenario: [2] Forwarding multiple expressions
    Given an empty graph
    And having executed:
      """
      CREATE (:Begin {num: 1})-[:REL {num: 2}]->(:End {num: 3})
      """
    When executing query:
      """
      MATCH (a)-[r]->(b)
      WITH a.num AS x, r.num AS y, b.num + 10 AS z
      RETURN x, y, z
      """
    Then the result should be, in any order:
      | x | y | z  |
      | 1 | 2 | 13 |
    And no side effects

  Scenario: [3] Forwarding variables and expressions and matching again
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'})-[:T]->(:B {name: 'b'}),
             (:A {name: 'c'})-[:T]->(:B {name: 'd'})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a, a.name AS n
      MATCH (a)-->(b)
      RETURN n, b.name AS m
      """
    Then the result should be, in any order:
      | n   | m   |
      | 'a' | 'b' |
      | 'c' | 'd' |
    And no side effects

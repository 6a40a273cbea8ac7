Feature: PatternComprehensions - [p = (a)-->(b) WHERE … | projection]

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:A {name: 'a'}), (b:B {name: 'b'}), (c:C {name: 'c'}), (d:B {name: 'd'})
      CREATE (a)-[:T {w: 1}]->(b), (a)-[:T {w: 2}]->(c), (b)-[:U {w: 3}]->(d)
      """

  Scenario: [1] Paths of a pattern comprehension
    When executing query:
      """
      MATCH (n:A) RETURN [p = (n)-->(:B) | p] AS ps
      """
    Then the result should be, in any order:
      | ps                                                |
      | [<(:A {name: 'a'})-[:T {w: 1}]->(:B {name: 'b'})>] |
    And no side effects

  Scenario: [2] New node and relationship variables, WHERE, one row per outer row
    When executing query:
      """
      MATCH (n)
      RETURN n.name AS name, [(n)-[r]->(m) WHERE r.w > 1 | m.name + r.w] AS out
      ORDER BY name
      """
    Then the result should be, in order:
      | name | out    |
      | 'a'  | ['c2'] |
      | 'b'  | ['d3'] |
      | 'c'  | []     |
      | 'd'  | []     |
    And no side effects

  Scenario: [3] Variable length between bound nodes
    When executing query:
      """
      MATCH (a:A), (d:B {name: 'd'})
      RETURN [p = (a)-[*]->(d) | length(p)] AS lengths
      """
    Then the result should be, in any order:
      | lengths |
      | [2]     |
    And no side effects

  Scenario: [4] Inside a list comprehension, in an aggregate, and as a grouping key
    When executing query:
      """
      MATCH p = (:A)-[:T]->(x)
      WITH [y IN nodes(p) | size([(y)-->() | 1])] AS degrees, count([(x)-->(z) | z]) AS c
      RETURN degrees, c
      ORDER BY degrees
      """
    Then the result should be, in order:
      | degrees | c |
      | [2, 0]  | 1 |
      | [2, 1]  | 1 |
    And no side effects

  Scenario: [5] Variables of the comprehension stay inside it
    When executing query:
      """
      MATCH (n:A) RETURN [(n)-->(m) | m.name] AS names, m
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [6] An aggregate inside a pattern comprehension is an error
    When executing query:
      """
      MATCH (n:A) RETURN [(n)-->(m) | count(m)] AS c
      """
    Then a SyntaxError should be raised at compile time: InvalidAggregation

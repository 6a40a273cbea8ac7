Feature: PatternPredicates - patterns as conditions in WHERE and exists()

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (se:Country {iso: 'SE'}), (fi:Country {iso: 'FI'}), (dk:Country {iso: 'DK'}), (is:Country {iso: 'IS'})
      CREATE (se)-[:BORDERS {kind: 'land'}]->(fi), (dk)-[:BORDERS {kind: 'fixed_link'}]->(se), (dk)-[:BORDERS {kind: 'maritime'}]->(se)
      """

  Scenario: [1] Keep nodes that have a pattern
    When executing query:
      """
      MATCH (c:Country) WHERE (c)-[:BORDERS {kind: 'land'}]-()
      RETURN c.iso AS iso
      """
    Then the result should be, in any order:
      | iso  |
      | 'SE' |
      | 'FI' |
    And no side effects

  Scenario: [2] Keep nodes that lack a pattern
    When executing query:
      """
      MATCH (c:Country) WHERE NOT (c)-[:BORDERS]-()
      RETURN c.iso AS iso
      """
    Then the result should be, in any order:
      | iso  |
      | 'IS' |
    And no side effects

  Scenario: [3] A pattern between two bound nodes, combined with OR
    When executing query:
      """
      MATCH (a:Country), (b:Country)
      WHERE a.iso < b.iso AND ((a)-[:BORDERS {kind: 'land'}]-(b) OR (a)-[:BORDERS {kind: 'fixed_link'}]-(b))
      RETURN a.iso AS a, b.iso AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | 'DK' | 'SE' |
      | 'FI' | 'SE' |
    And no side effects

  Scenario: [4] exists() of a pattern as a value
    When executing query:
      """
      MATCH (c:Country)
      RETURN c.iso AS iso, exists((c)<-[:BORDERS]-(:Country)) AS hasIncoming
      """
    Then the result should be, in any order:
      | iso  | hasIncoming |
      | 'SE' | true        |
      | 'FI' | true        |
      | 'DK' | false       |
      | 'IS' | false       |
    And no side effects

  Scenario: [5] A pattern predicate cannot introduce a variable
    When executing query:
      """
      MATCH (c:Country) WHERE (c)-[:BORDERS]-(other)
      RETURN c
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [6] A pattern is not a value
    When executing query:
      """
      MATCH (c:Country)
      RETURN size((c)-[:BORDERS]-()) AS n
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

  Scenario: [7] A pattern predicate in the WHERE of WITH
    When executing query:
      """
      MATCH (c:Country)
      WITH c WHERE (c)-[:BORDERS {kind: 'maritime'}]-()
      RETURN c.iso AS iso
      """
    Then the result should be, in any order:
      | iso  |
      | 'DK' |
      | 'SE' |
    And no side effects

  Scenario: [8] A WHERE condition that can never be a boolean is refused before running
    When executing query:
      """
      MATCH (c:Country) WHERE (c) RETURN c
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [9] A WHERE on a list after WITH is refused too
    When executing query:
      """
      MATCH (c:Country) WITH c, labels(c) AS l WHERE l RETURN c
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

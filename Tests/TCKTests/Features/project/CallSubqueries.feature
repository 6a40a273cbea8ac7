Feature: CallSubqueries - CALL { … } runs a query once per row

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (se:Country {iso: 'SE'}), (dk:Country {iso: 'DK'}), (no:Country {iso: 'NO'}),
             (:Region {code: 'SE224'})-[:IN]->(se), (:Region {code: 'SE332'})-[:IN]->(se),
             (:Region {code: 'DK01'})-[:IN]->(dk)
      """

  Scenario: [1] A correlated subquery imports with WITH and aggregates per row
    When executing query:
      """
      MATCH (c:Country)
      CALL {
        WITH c
        MATCH (c)<-[:IN]-(r:Region)
        RETURN count(r) AS regions
      }
      RETURN c.iso AS iso, regions
      ORDER BY regions DESC, iso
      """
    Then the result should be, in order:
      | iso  | regions |
      | 'SE' | 2       |
      | 'DK' | 1       |
      | 'NO' | 0       |
    And no side effects

  Scenario: [2] The scope clause imports, and a row without subquery rows is dropped
    When executing query:
      """
      MATCH (c:Country)
      CALL (c) {
        MATCH (c)<-[:IN]-(r:Region)
        RETURN r.code AS code
      }
      RETURN c.iso AS iso, code
      """
    Then the result should be, in any order:
      | iso  | code    |
      | 'SE' | 'SE224' |
      | 'SE' | 'SE332' |
      | 'DK' | 'DK01'  |
    And no side effects

  Scenario: [3] Post-union processing
    When executing query:
      """
      CALL {
        MATCH (c:Country) RETURN c.iso AS name
        UNION
        MATCH (r:Region) RETURN r.code AS name
      }
      WITH name WHERE name STARTS WITH 'S'
      RETURN name
      ORDER BY name
      """
    Then the result should be, in order:
      | name    |
      | 'SE'    |
      | 'SE224' |
      | 'SE332' |
    And no side effects

  Scenario: [4] An uncorrelated subquery runs for every row
    When executing query:
      """
      UNWIND [1, 2] AS i
      CALL { UNWIND ['a', 'b'] AS s RETURN s }
      RETURN i, s
      """
    Then the result should be, in any order:
      | i | s   |
      | 1 | 'a' |
      | 1 | 'b' |
      | 2 | 'a' |
      | 2 | 'b' |
    And no side effects

  Scenario: [5] A subquery without RETURN writes and keeps each row once
    When executing query:
      """
      MATCH (c:Country)
      CALL { WITH c CREATE (:Capital {of: c.iso}) }
      RETURN count(*) AS countries
      """
    Then the result should be, in any order:
      | countries |
      | 3         |
    And the side effects should be:
      | +nodes      | 3 |
      | +labels     | 1 |
      | +properties | 3 |

  Scenario: [6] A returned variable may not be bound already
    When executing query:
      """
      MATCH (c:Country)
      CALL { WITH c RETURN c }
      RETURN c
      """
    Then a SyntaxError should be raised at compile time: VariableAlreadyBound

  Scenario: [7] Outer variables are not visible unless imported
    When executing query:
      """
      MATCH (c:Country)
      CALL { RETURN c.iso AS iso }
      RETURN iso
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [8] A query cannot end with a subquery that returns rows
    When executing query:
      """
      CALL { MATCH (c:Country) RETURN c }
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [9] A subquery without RETURN must write
    When executing query:
      """
      MATCH (c:Country)
      CALL { WITH c MATCH (c)<-[:IN]-(r) }
      RETURN c
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [10] Each part of a UNION imports its own variables
    When executing query:
      """
      UNWIND [1, 2] AS x
      CALL {
        WITH x RETURN x * 10 AS y
        UNION
        UNWIND [5] AS x RETURN x AS y
      }
      RETURN x, y
      """
    Then the result should be, in any order:
      | x | y  |
      | 1 | 10 |
      | 1 | 5  |
      | 2 | 20 |
      | 2 | 5  |
    And no side effects

  Scenario: [11] A part that imports nothing does not see the outer variables
    When executing query:
      """
      UNWIND [1, 2] AS x
      CALL { WITH x RETURN x AS y UNION RETURN x AS y }
      RETURN x, y
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [12] A subquery expression cannot write through a CALL { … }
    When executing query:
      """
      CREATE (a:A)
      WITH a
      RETURN COUNT { CALL { CREATE (:X) } RETURN 1 } AS c
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [13] An importing WITH names only outer variables, as in Neo4j
    When executing query:
      """
      UNWIND [1, 2] AS x
      CALL { WITH x, 1 AS k RETURN x + k AS y }
      RETURN y
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [14] An importing WITH has no WHERE; a second WITH filters
    When executing query:
      """
      UNWIND [1, 2] AS x
      CALL { WITH x WITH x WHERE x > 1 RETURN x * 10 AS y }
      RETURN x, y
      """
    Then the result should be, in any order:
      | x | y  |
      | 2 | 20 |
    And no side effects

  Scenario: [15] The scope clause names only variables in scope
    When executing query:
      """
      UNWIND [1] AS x
      CALL (x, y) { RETURN x AS z }
      RETURN z
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

Feature: PassThroughVariables - a variable passed on by WITH, renamed or not, shares its value everywhere

  # WITH a, a AS b keeps a's slot for both names (no copy). Every later reader must see the same value,
  # and nothing may write that slot again.

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:A {n: 1})-[:R]->(:B {n: 2})
      """

  Scenario: [1] Expanding from an alias
    When executing query:
      """
      MATCH (a:A)
      WITH a, a AS b
      MATCH (b)-[:R]->(c)
      RETURN a.n AS a, b.n AS b, c.n AS c
      """
    Then the result should be, in any order:
      | a | b | c |
      | 1 | 1 | 2 |
    And no side effects

  Scenario: [2] Creating a relationship between a node and its alias makes a self-loop
    When executing query:
      """
      MATCH (a:A)
      WITH a, a AS b
      CREATE (a)-[:S]->(b)
      WITH a
      MATCH (a)-[:S]->(x)
      RETURN x.n AS n
      """
    Then the result should be, in any order:
      | n |
      | 1 |
    And the side effects should be:
      | +relationships | 1 |

  Scenario: [3] OPTIONAL MATCH from an alias keeps the alias when nothing matches
    When executing query:
      """
      MATCH (a:A)
      WITH a AS x
      OPTIONAL MATCH (x)-[:NOPE]->(y)
      RETURN x.n AS n, y
      """
    Then the result should be, in any order:
      | n | y    |
      | 1 | null |
    And no side effects

  Scenario: [4] UNION branches returning aliases
    When executing query:
      """
      MATCH (a:A) WITH a AS x RETURN x.n AS n
      UNION
      MATCH (b:B) WITH b AS x RETURN x.n AS n
      """
    Then the result should be, in any order:
      | n |
      | 1 |
      | 2 |
    And no side effects

  Scenario: [5] A subquery reading an alias of the outer query
    When executing query:
      """
      MATCH (a:A)
      WITH a AS x
      RETURN COLLECT { MATCH (x)-[:R]->(y) RETURN x.n + y.n AS s } AS sums
      """
    Then the result should be, in any order:
      | sums |
      | [3]  |
    And no side effects

  Scenario: [6] Grouping by an alias and aggregating the original
    When executing query:
      """
      UNWIND [1, 1, 2] AS v
      WITH v AS w, v
      RETURN w, count(v) AS c
      ORDER BY w
      """
    Then the result should be, in order:
      | w | c |
      | 1 | 2 |
      | 2 | 1 |
    And no side effects

  Scenario: [7] shortestPath cannot rebind a relationship list bound before
    When executing query:
      """
      MATCH (x:A)-[rs*]->(y:B)
      WITH x, y, rs, rs AS kept
      MATCH p = shortestPath((x)-[rs*]->(y))
      RETURN kept
      """
    Then a SyntaxError should be raised at compile time: VariableAlreadyBound

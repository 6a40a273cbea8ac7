Feature: WrongAnswers - queries that once gave a wrong answer, with the answer openCypher gives

  # Each scenario reproduces a wrong answer found by checking random graphs and queries against
  # openCypher semantics (issue 10). The expected rows are worked out by hand from the graph.

  Scenario: [1] A node variable repeated in a chain closes a cycle, also under DISTINCT
    Given an empty graph
    And having executed:
      """
      CREATE ({id: 1})-[:R]->({id: 2})-[:S]->({id: 3})
      """
    When executing query:
      """
      MATCH (x)-[:R]->(y)-[:S]->(x)
      RETURN DISTINCT x.id
      """
    Then the result should be, in any order:
      | x.id |
    And no side effects

  Scenario: [2] A three-hop cycle under count(DISTINCT …) counts only the closed cycles
    Given an empty graph
    And having executed:
      """
      CREATE (o1:Organization {name: 'o1'}), (o2:Organization {name: 'o2'}), (o3:Organization {name: 'o3'}),
             (r1:Region {code: 'r1'}), (r2:Region {code: 'r2'}),
             (c1:Cluster {name: 'c1'}), (c2:Cluster {name: 'c2'}),
             (o1)-[:LOCATED_IN]->(r1), (o2)-[:LOCATED_IN]->(r1), (o3)-[:LOCATED_IN]->(r2),
             (c1)-[:SPANS]->(r1), (c2)-[:SPANS]->(r2),
             (o1)-[:MEMBER_OF]->(c1), (o1)-[:MEMBER_OF]->(c2), (o2)-[:MEMBER_OF]->(c2),
             (o3)-[:MEMBER_OF]->(c1), (o3)-[:MEMBER_OF]->(c2)
      """
    When executing query:
      """
      MATCH (o:Organization)-[:LOCATED_IN]->(r:Region)<-[:SPANS]-(c:Cluster)<-[:MEMBER_OF]-(o)
      RETURN count(DISTINCT o) AS organizations, collect(DISTINCT o.name) AS names
      """
    Then the result should be (ignoring element order for lists):
      | organizations | names        |
      | 2             | ['o1', 'o3'] |
    And no side effects

  Scenario: [3] A region repeated at both ends of a four-hop chain under count(DISTINCT …)
    Given an empty graph
    And having executed:
      """
      CREATE (o1:Organization {name: 'o1'}), (o2:Organization {name: 'o2'}), (o3:Organization {name: 'o3'}),
             (r1:Region {code: 'r1'}), (r2:Region {code: 'r2'}),
             (c1:Cluster {name: 'c1'}), (c2:Cluster {name: 'c2'}),
             (o1)-[:LOCATED_IN]->(r1), (o2)-[:LOCATED_IN]->(r1), (o3)-[:LOCATED_IN]->(r2),
             (c1)-[:SPANS]->(r1), (c2)-[:SPANS]->(r2),
             (o1)-[:MEMBER_OF]->(c1), (o1)-[:MEMBER_OF]->(c2), (o2)-[:MEMBER_OF]->(c2),
             (o3)-[:MEMBER_OF]->(c1), (o3)-[:MEMBER_OF]->(c2)
      """
    When executing query:
      """
      MATCH (o:Organization)-[:LOCATED_IN]->(r:Region)<-[:SPANS]-(c:Cluster)<-[:MEMBER_OF]-(p:Organization)-[:LOCATED_IN]->(r)
      RETURN DISTINCT o.name AS o, p.name AS p, c.name AS c
      """
    Then the result should be, in any order:
      | o    | p    | c    |
      | 'o2' | 'o1' | 'c1' |
    And no side effects

  Scenario: [4] A node variable left null by OPTIONAL MATCH matches no node pattern
    Given an empty graph
    And having executed:
      """
      CREATE (:A {id: 1}), (:A {id: 2})
      """
    When executing query:
      """
      OPTIONAL MATCH (n:C)
      WITH n
      MATCH (n)
      RETURN count(*)
      """
    Then the result should be, in any order:
      | count(*) |
      | 0        |
    And no side effects

  Scenario: [5] A null node in a later OPTIONAL MATCH makes the whole pattern optional
    Given an empty graph
    And having executed:
      """
      CREATE (:A {id: 1}), (:A {id: 2})
      """
    When executing query:
      """
      MATCH (a:A)
      OPTIONAL MATCH (a)-->(b)
      OPTIONAL MATCH (b), (c)
      RETURN count(*), count(c)
      """
    Then the result should be, in any order:
      | count(*) | count(c) |
      | 2        | 0        |
    And no side effects

  Scenario: [6] A null node matches no zero-length variable-length pattern
    Given an empty graph
    And having executed:
      """
      CREATE (:A {id: 1})-[:R]->(:A {id: 2})
      """
    When executing query:
      """
      OPTIONAL MATCH (n:C)
      WITH n
      MATCH (n)-[*0..1]->(m)
      RETURN count(*)
      """
    Then the result should be, in any order:
      | count(*) |
      | 0        |
    And no side effects

  Scenario: [7] IN on a literal that is not a list fails at compile time, index or not
    Given an empty graph
    And having executed:
      """
      CREATE INDEX FOR (n:A) ON (n.x)
      """
    And having executed:
      """
      CREATE (:A {x: 1})
      """
    When executing query:
      """
      MATCH (n:A)
      WHERE n.x IN 1
      RETURN n
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [8] An index seek on IN fails like the filter it replaces when the list is not a list
    Given an empty graph
    And having executed:
      """
      CREATE INDEX FOR (n:A) ON (n.x)
      """
    And having executed:
      """
      CREATE (:A {x: 1})
      """
    And parameters are:
      | p | 1 |
    When executing query:
      """
      MATCH (n:A)
      WHERE n.x IN $p
      RETURN n
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType

  Scenario: [9] The same without the index
    Given an empty graph
    And having executed:
      """
      CREATE (:A {x: 1})
      """
    And parameters are:
      | p | 1 |
    When executing query:
      """
      MATCH (n:A)
      WHERE n.x IN $p
      RETURN n
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType

  Scenario: [10] An index seek on IN with a null list finds nothing
    Given an empty graph
    And having executed:
      """
      CREATE INDEX FOR (n:A) ON (n.x)
      """
    And having executed:
      """
      CREATE (:A {x: 1})
      """
    And parameters are:
      | p | null |
    When executing query:
      """
      MATCH (n:A)
      WHERE n.x IN $p
      RETURN n
      """
    Then the result should be, in any order:
      | n |
    And no side effects

  Scenario: [11] Indexing a map with an integer fails at run time
    Given any graph
    And parameters are:
      | expr | {name: 'Apa'} |
      | idx  | 0             |
    When executing query:
      """
      WITH $expr AS expr, $idx AS idx
      RETURN expr[idx]
      """
    Then a TypeError should be raised at runtime: MapElementAccessByNonString

  Scenario: [12] Indexing a map with a float fails at run time
    Given any graph
    When executing query:
      """
      WITH {name: 'Apa'} AS expr, 12.3 AS idx
      RETURN expr[idx]
      """
    Then a TypeError should be raised at runtime: MapElementAccessByNonString

  Scenario: [13] An in-query CALL cannot pass a procedure's arguments implicitly
    Given an empty graph
    And there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):
      | in | out |
    When executing query:
      """
      CALL test.my.proc YIELD out
      RETURN out
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentPassingMode

  Scenario: [14] An in-query CALL may leave out the parentheses of a procedure without arguments
    Given an empty graph
    And there exists a procedure test.labels() :: (label :: STRING?):
      | label |
      | 'A'   |
    When executing query:
      """
      UNWIND [1, 2] AS i
      CALL test.labels YIELD label
      RETURN i, label
      """
    Then the result should be, in any order:
      | i | label |
      | 1 | 'A'   |
      | 2 | 'A'   |
    And no side effects

  Scenario: [15] An aggregate in ORDER BY counts every path, so no chain rewrite may collapse them
    Given an empty graph
    And having executed:
      """
      CREATE (a1:A {n: 'a1'}), (a2:A {n: 'a2'}), (c:C {x: 1}), (c2:C {x: 2})
      CREATE (a1)-[:R]->(:B)-[:S]->(c), (a1)-[:R]->(:B)-[:S]->(c), (a1)-[:R]->(:B)-[:S]->(c),
             (a2)-[:R]->(:B)-[:S]->(c), (a2)-[:R]->(:B)-[:S]->(c2)
      """
    When executing query:
      """
      MATCH (a:A)-[:R]->(b)-[:S]->(c:C)
      RETURN a.n, min(c.x)
        ORDER BY count(*) DESC
        LIMIT 1
      """
    Then the result should be, in order:
      | a.n  | min(c.x) |
      | 'a1' | 1        |
    And no side effects

  Scenario: [16] A value that differs per row keeps duplicate rows apart under DISTINCT
    Given an empty graph
    And having executed:
      """
      CREATE (a:A)-[:R]->(:B)-[:S]->(c:C), (a)-[:R]->(:B)-[:S]->(c)
      """
    When executing query:
      """
      MATCH (a:A)-[:R]->()-[:S]->(c:C)
      WITH DISTINCT c, rand() AS r
      RETURN count(*)
      """
    Then the result should be, in any order:
      | count(*) |
      | 2        |
    And no side effects

  Scenario: [17] A variable-length property map reading the far end is evaluated once that end is bound
    Given an empty graph
    And having executed:
      """
      CREATE (a:X {w: 1})-[:R {w: 1}]->(:M)-[:R {w: 1}]->(b:Rare), (:X {w: 2})-[:R {w: 2}]->(b)
      """
    When executing query:
      """
      MATCH (b:Rare)<-[:R*1..2 {w: a.w}]-(a)
      RETURN count(*)
      """
    Then the result should be, in any order:
      | count(*) |
      | 2        |
    And no side effects

  Scenario: [18] The smallest integer modulo -1 is 0, not an overflow
    Given any graph
    When executing query:
      """
      RETURN -9223372036854775808 % -1 AS r, -7 % -1 AS s
      """
    Then the result should be, in any order:
      | r | s |
      | 0 | 0 |
    And no side effects

  Scenario: [19] percentileCont sorts NaN after every number
    Given any graph
    When executing query:
      """
      UNWIND [3, 0.0 / 0.0, 1, 2] AS x
      RETURN percentileCont(x, 0.0) AS c0, percentileCont(x, 0.5) AS c5, percentileDisc(x, 0.0) AS d0
      """
    Then the result should be, in any order:
      | c0  | c5  | d0 |
      | 1.0 | 2.5 | 1  |
    And no side effects

  Scenario: [20] sum() adds integers exactly until the first float, as Neo4j does
    Given any graph
    When executing query:
      """
      UNWIND [9007199254740993, 1, 0.5] AS x
      RETURN sum(x) AS s
      """
    Then the result should be, in any order:
      | s                   |
      | 9007199254740994.0  |
    And no side effects

  Scenario: [21] sum() of integers that overflow before a float comes is an error
    Given any graph
    When executing query:
      """
      UNWIND [9223372036854775807, 1, 0.5] AS x
      RETURN sum(x) AS s
      """
    Then a ArithmeticError should be raised at runtime: NumberOutOfRange

  Scenario: [22] Strings become floats as Java reads them
    Given any graph
    When executing query:
      """
      RETURN toFloat('inf') AS inf, toFloat('Infinity') AS infinity, toFloat('nan') AS nan, toFloat('0x10') AS hex,
             toFloat('0x1.8p1') AS binary, toFloat('1.5d') AS suffix, toFloat(' 2.5 ') AS spaced, toInteger('0x10') AS int
      """
    Then the result should be, in any order:
      | inf  | infinity | nan  | hex  | binary | suffix | spaced | int  |
      | null | Infinity | null | null | 3.0    | 1.5    | 2.5    | null |
    And no side effects

  Scenario: [23] Maps sort by size, then by their sorted keys, then by the values, as in Neo4j
    Given any graph
    When executing query:
      """
      UNWIND [{a: 1, b: 1}, {b: 0}, {a: 2}, {}, {a: 1, b: 0}] AS m
      RETURN m
      ORDER BY m
      """
    Then the result should be, in order:
      | m            |
      | {}           |
      | {a: 2}       |
      | {b: 0}       |
      | {a: 1, b: 0} |
      | {a: 1, b: 1} |
    And no side effects

  Scenario: [24] An index seek on IN fails, or not, exactly where the plan without the index does
    Given an empty graph
    And having executed:
      """
      CREATE (:M {id: 21, p: 1}), (:L {id: 1, p: 1}), (:L {id: 2, p: 2})
      """
    And having executed:
      """
      CREATE INDEX FOR (n:L) ON (n.p)
      """
    When executing query:
      """
      MATCH (m:M {id: 21})
      MATCH (n:L)
      WHERE n.id > 100 AND n.p IN m.p
      RETURN n.id AS id
      """
    Then the result should be, in any order:
      | id |
    And no side effects

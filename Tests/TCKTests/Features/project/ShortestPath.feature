Feature: ShortestPath - shortestPath() and allShortestPaths() in MATCH

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N {name: 'c'}), (d:N {name: 'd'}), (e:N {name: 'e'}), (z:N {name: 'z'})
      CREATE (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(d), (a)-[:R]->(e), (e)-[:R]->(d), (d)-[:S]->(a)
      """

  Scenario: [1] One shortest path along directed relationships
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'a'})-[:R*]->(y:N {name: 'd'}))
      RETURN length(p) AS hops, [n IN nodes(p) | n.name][0] AS first, [n IN nodes(p) | n.name][-1] AS last
      """
    Then the result should be, in any order:
      | hops | first | last |
      | 2    | 'a'   | 'd'  |
    And no side effects

  Scenario: [2] All shortest paths
    When executing query:
      """
      MATCH p = allShortestPaths((x:N {name: 'a'})-[:R*]->(y:N {name: 'd'}))
      RETURN [n IN nodes(p) | n.name] AS route
      """
    Then the result should be, in any order:
      | route           |
      | ['a', 'e', 'd'] |
    And no side effects

  Scenario: [3] Direction matters: against the arrows only the S relationship leads back
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'd'})-[*]->(y:N {name: 'b'}))
      RETURN [n IN nodes(p) | n.name] AS route, [r IN relationships(p) | type(r)] AS types
      """
    Then the result should be, in any order:
      | route           | types      |
      | ['d', 'a', 'b'] | ['S', 'R'] |
    And no side effects

  Scenario: [4] A maximum length too short finds nothing
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'a'})-[:R*..1]->(y:N {name: 'd'}))
      RETURN p
      """
    Then the result should be, in any order:
      | p |
    And no side effects

  Scenario: [5] No path to an isolated node, kept by OPTIONAL MATCH
    When executing query:
      """
      MATCH (x:N {name: 'a'}), (y:N {name: 'z'})
      OPTIONAL MATCH p = shortestPath((x)-[*]-(y))
      RETURN y.name AS name, p
      """
    Then the result should be, in any order:
      | name | p    |
      | 'z'  | null |
    And no side effects

  Scenario: [6] Undirected shortest paths from every node to one target
    When executing query:
      """
      MATCH (x:N), (y:N {name: 'c'}) WHERE x <> y AND x.name <> 'z'
      MATCH p = shortestPath((x)-[*]-(y))
      RETURN x.name AS from, length(p) AS hops
      """
    Then the result should be, in any order:
      | from | hops |
      | 'a'  | 2    |
      | 'b'  | 1    |
      | 'd'  | 1    |
      | 'e'  | 2    |
    And no side effects

  Scenario: [7] A minimum length above one
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'a'})-[:R*3..]->(y:N {name: 'd'}))
      RETURN [n IN nodes(p) | n.name] AS route
      """
    Then the result should be, in any order:
      | route                |
      | ['a', 'b', 'c', 'd'] |
    And no side effects

  Scenario: [8] The relationship list is bound in path order
    When executing query:
      """
      MATCH shortestPath((x:N {name: 'b'})<-[rs:R*]-(y:N {name: 'a'}))
      RETURN size(rs) AS n, startNode(rs[0]).name AS start
      """
    Then the result should be, in any order:
      | n | start |
      | 1 | 'a'   |
    And no side effects

  Scenario: [9] Fail on a shortest path of more than one relationship
    When executing query:
      """
      MATCH p = shortestPath((x:N)-[*]->(:N)-[*]->(y:N))
      RETURN p
      """
    Then a SyntaxError should be raised at compile time: InvalidRelationshipPattern

  Scenario: [10] A condition on the path's relationships chooses among the paths that satisfy it
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'a'})-[*]->(y:N {name: 'd'}))
      WHERE none(n IN nodes(p) WHERE n.name = 'e')
      RETURN [n IN nodes(p) | n.name] AS route
      """
    Then the result should be, in any order:
      | route                |
      | ['a', 'b', 'c', 'd'] |
    And no side effects

  Scenario: [11] A condition on the relationship list, with allShortestPaths
    When executing query:
      """
      MATCH p = allShortestPaths((x:N {name: 'a'})-[rs*]-(y:N {name: 'd'}))
      WHERE size(rs) > 1 AND all(r IN rs WHERE type(r) = 'R')
      RETURN [n IN nodes(p) | n.name] AS route
      """
    Then the result should be, in any order:
      | route           |
      | ['a', 'e', 'd'] |
    And no side effects

  Scenario: [12] A condition no path satisfies gives no row (a longer path through d-[:S]->a would)
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'a'})-[:R*]->(y:N {name: 'd'}))
      WHERE length(p) > 3
      RETURN p
      """
    Then the result should be, in any order:
      | p |
    And no side effects

  Scenario: [13] A condition on the end nodes only leaves the search alone
    When executing query:
      """
      MATCH p = shortestPath((x:N)-[:R*]->(y:N {name: 'd'}))
      WHERE x.name IN ['a', 'b']
      RETURN x.name AS from, length(p) AS hops
      """
    Then the result should be, in any order:
      | from | hops |
      | 'a'  | 2    |
      | 'b'  | 2    |
    And no side effects

  Scenario: [14] The shortest path satisfying a condition may pass a node twice
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'a'})-[*]->(y:N {name: 'd'}))
      WHERE length(p) > 3
      RETURN length(p) AS hops, size([n IN nodes(p) WHERE n.name = 'a']) AS timesAtA
      """
    Then the result should be, in any order:
      | hops | timesAtA |
      | 6    | 2        |
    And no side effects

  Scenario: [15] Undirected relationships of one type: the one shortest path
    When executing query:
      """
      MATCH p = allShortestPaths((x:N {name: 'a'})-[:R*]-(y:N {name: 'c'}))
      RETURN [n IN nodes(p) | n.name] AS route
      """
    Then the result should be, in any order:
      | route           |
      | ['a', 'b', 'c'] |
    And no side effects

  Scenario: [16] Every shortest path through a diamond, and a path as long as the graph
    Given an empty graph
    And having executed:
      """
      CREATE (s:M {n: 0})-[:R]->(:M {n: 1})-[:R]->(t:M {n: 3}), (s)-[:R]->(:M {n: 2})-[:R]->(t)
      WITH t
      UNWIND range(4, 400) AS i
      CREATE (:M {n: i})
      """
    And having executed:
      """
      MATCH (a:M), (b:M) WHERE b.n = a.n + 1 AND a.n >= 3
      CREATE (a)-[:R]->(b)
      """
    When executing query:
      """
      MATCH p = allShortestPaths((s:M {n: 0})-[:R*]->(t:M {n: 400}))
      RETURN length(p) AS hops, [n IN nodes(p) | n.n][1] AS via
      """
    Then the result should be, in any order:
      | hops | via |
      | 399  | 1   |
      | 399  | 2   |
    And no side effects

  Scenario: [17] Conditions on every relationship or node keep the search breadth first
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'a'})-[*]->(y:N {name: 'd'}))
      WHERE none(n IN nodes(p) WHERE n.name = 'e') AND all(r IN relationships(p) WHERE type(r) = 'R')
      RETURN [n IN nodes(p) | n.name] AS route
      """
    Then the result should be, in any order:
      | route                |
      | ['a', 'b', 'c', 'd'] |
    And no side effects

  Scenario: [18] A condition on every node holds for the ends too
    When executing query:
      """
      MATCH p = shortestPath((x:N {name: 'a'})-[*]->(y:N {name: 'd'}))
      WHERE all(n IN nodes(p) WHERE n.name <> 'a')
      RETURN p
      """
    Then the result should be, in any order:
      | p |
    And no side effects

  Scenario: [19] A condition that reads another part of the pattern is met during the search
    Given an empty graph
    And having executed:
      """
      CREATE (a:A {n: 1})-[:T {w: 1}]->({n: 2})-[:T {w: 2}]->(c:C {n: 3}),
             (a)-[:T {w: 3}]->({n: 4})-[:T {w: 4}]->({n: 5})-[:T {w: 5}]->(c),
             (c)-[:U]->(:E {k: 2})
      """
    When executing query:
      """
      MATCH p = shortestPath((a:A)-[:T*]->(c:C)), (c)-[:U]->(e:E)
      WHERE length(p) > e.k
      RETURN [r IN relationships(p) | r.w] AS weights
      """
    Then the result should be, in any order:
      | weights   |
      | [3, 4, 5] |
    And no side effects

#encoding: utf-8

Feature: List12 - List Comprehension

  Scenario: [1] Collect and extract using a list comprehension
    Given an empty graph
    And having executed:
      """
      CREATE (:Label1 {name: 'original'})
      """
    When executing query:
      """
      MATCH (a:Label1)
      WITH collect(a) AS nodes
      WITH nodes, [x IN nodes | x.name] AS oldNames
      UNWIND nodes AS n
      SET n.name = 'newName'
      RETURN n.name, oldNames
      """
    Then the result should be, in any order:
      | n.name    | oldNames     |
      | 'newName' | ['original'] |
    And the side effects should be:
      | +properties | 1 |
      | -properties | 1 |

  Scenario: [2] Collect and filter using a list comprehension
    Given an empty graph
    And having executed:
      """
      CREATE (:Label1 {name: 'original'})
      """
    When executing query:
      """
      MATCH (a:Label1)
      WITH collect(a) AS nodes
      WITH nodes, [x IN nodes WHERE x.name = 'original'] AS noopFiltered
      UNWIND nodes AS n
      SET n.name = 'newName'
      RETURN n.name, size(noopFiltered)
      """
    Then the result should be, in any order:
      | n.name    | size(noopFiltered) |
      | 'newName' | 1                  |
    And the side effects should be:
      | +properties | 1 |
      | -properties | 1 |

  Scenario: [3] Size of list comprehension
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      OPTIONAL MATCH (n)-[r]->(m)
      RETURN size([x IN collect(r) WHERE x <> null]) AS cn
      """
    Then the result should be, in any order:
      | cn |
      | 0  |
    And no side effects

  Scenario: [4] Returning a list comprehension
    Given an empty graph
    And having executed:
      """
      CREATE (a:A)
      CREATE (a)-[:T]->(:B),
             (a)-[:T]->(:C)
      """
    When executing query:
      """
      MATCH p = (n)-->()
      RETURN [x IN collect(p) | head(nodes(x))] AS p
      """
    Then the result should be, in any order:
      | p            |
      | [(:A), (:A)] |
    And no side effects

  Scenario: [5] Using a list comprehension in a WITH
    Given an empty graph
    And having executed:
      """
      CREATE (a:A)
      CREATE (a)-[:T]->(:B),
             (a)-[:T]->(:C)
      """
    When executing query:
      """
      MATCH p = (n:A)-->()
      WITH [x IN collect(p) | head(nodes(x))] AS p, count(n) AS c
      RETURN p, c
      """
    Then the result should be, in any order:
      | p            | c |
      | [(:A), (:A)] | 2 |
    And no side effects

  Scenario: [6] Using a list comprehension in a WHERE
    Given an empty graph
    And having executed:
      """
      CREATE (a:A {name: 'c'})
      CREATE (a)-[:T]->(:B),
             (a)-[:T]->(:C)
      """
    When executing query:
      """
      MATCH (n)-->(b)
      WHERE n.name IN [x IN labels(b) | toLower(x)]
      RETURN b
      """
    Then the result should be, in any order:
      | b    |
      | (:C) |
    And no side effects

  Scenario: [7] List comprehension with filter and projection
    Given any graph
    When executing query:
      """
      RETURN [x IN range(1, 10) WHERE x % 3 = 0 | x * x] AS squares
      """
    Then the result should be, in any order:
      | squares     |
      | [9, 36, 81] |
    And no side effects

  Scenario: [8] List comprehension without filter or projection returns the list
    Given any graph
    When executing query:
      """
      RETURN [x IN [1, null, 'a']] AS l
      """
    Then the result should be, in any order:
      | l              |
      | [1, null, 'a'] |
    And no side effects

  Scenario: [9] List comprehension over null is null
    Given any graph
    When executing query:
      """
      RETURN [x IN null | x + 1] AS l
      """
    Then the result should be, in any order:
      | l    |
      | null |
    And no side effects

  Scenario: [10] Nested list comprehensions
    Given any graph
    When executing query:
      """
      RETURN [x IN [1, 2] | [y IN [10, 20] | x * y]] AS l
      """
    Then the result should be, in any order:
      | l                    |
      | [[10, 20], [20, 40]] |
    And no side effects

  Scenario: [11] List comprehension variable shadows an outer variable only inside the comprehension
    Given any graph
    When executing query:
      """
      WITH 100 AS x
      RETURN [x IN [1, 2] | x + 1] AS l, x
      """
    Then the result should be, in any order:
      | l      | x   |
      | [2, 3] | 100 |
    And no side effects

  Scenario: [12] Fail when using aggregation inside a list comprehension
    Given any graph
    When executing query:
      """
      UNWIND [1, 2] AS y
      RETURN [x IN [1, 2] | count(x)] AS l
      """
    Then a SyntaxError should be raised at compile time: InvalidAggregation

  Scenario: [13] Fail when using an aggregation over an outer variable inside a list comprehension
    Given any graph
    When executing query:
      """
      UNWIND [1, 2] AS y
      RETURN [x IN [1, 2] | count(y)] AS l
      """
    Then a SyntaxError should be raised at compile time: InvalidAggregation

  Scenario: [14] Fail when using count(*) inside a list comprehension filter
    Given any graph
    When executing query:
      """
      UNWIND [1, 2] AS y
      RETURN [x IN [1, 2] WHERE count(*) > 0] AS l
      """
    Then a SyntaxError should be raised at compile time: InvalidAggregation

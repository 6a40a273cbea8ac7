Feature: Foreach - updating clauses run once per element of a list

  Scenario: [1] Creating a node per element
    Given an empty graph
    When executing query:
      """
      FOREACH (x IN [1, 2, 3] | CREATE (:N {v: x}))
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 3 |
      | +labels     | 1 |
      | +properties | 3 |

  Scenario: [2] Setting a property on every node of a collected list, the row passing on once
    Given an empty graph
    And having executed:
      """
      CREATE (:N {v: 1}), (:N {v: 2})
      """
    When executing query:
      """
      MATCH (n:N)
      WITH collect(n) AS ns
      FOREACH (n IN ns | SET n.seen = true)
      RETURN size(ns) AS count
      """
    Then the result should be, in any order:
      | count |
      | 2     |
    And the side effects should be:
      | +properties | 2 |

  Scenario: [3] Conditional creation with a CASE list, and nested FOREACH
    Given an empty graph
    And having executed:
      """
      CREATE (:A {flag: true}), (:A {flag: false})
      """
    When executing query:
      """
      MATCH (a:A)
      FOREACH (_ IN CASE WHEN a.flag THEN [1] ELSE [] END |
        CREATE (a)-[:F]->(f:Flag)
        FOREACH (i IN range(1, 2) | CREATE (f)-[:P]->(:Part {i: i})))
      RETURN a.flag AS flag
      """
    Then the result should be, in any order:
      | flag  |
      | true  |
      | false |
    And the side effects should be:
      | +nodes         | 3 |
      | +relationships | 3 |
      | +labels        | 2 |
      | +properties    | 2 |

  Scenario: [4] A null list runs nothing and passes the row on
    Given an empty graph
    When executing query:
      """
      WITH null AS l
      FOREACH (x IN l | CREATE ())
      RETURN 1 AS one
      """
    Then the result should be, in any order:
      | one |
      | 1   |
    And no side effects

  Scenario: [5] MERGE inside FOREACH sees what earlier elements created
    Given an empty graph
    When executing query:
      """
      FOREACH (name IN ['SE', 'DK', 'SE'] | MERGE (:Country {iso: name}))
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 2 |
      | +labels     | 1 |
      | +properties | 2 |

  Scenario: [6] Only updating clauses inside FOREACH
    Given an empty graph
    When executing query:
      """
      FOREACH (x IN [1] | MATCH (n) SET n.x = x)
      """
    Then a SyntaxError should be raised at compile time: InvalidClauseComposition

  Scenario: [7] The loop variable shadows an outer one inside FOREACH only
    Given an empty graph
    When executing query:
      """
      WITH 1 AS x
      FOREACH (x IN [10, 20] | CREATE (:N {v: x}))
      RETURN x
      """
    Then the result should be, in any order:
      | x |
      | 1 |
    And the side effects should be:
      | +nodes      | 2 |
      | +labels     | 1 |
      | +properties | 2 |

  Scenario: [8] What FOREACH binds stays inside
    Given an empty graph
    When executing query:
      """
      FOREACH (x IN [1] | CREATE (n:N))
      RETURN n
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [9] A non-list fails at run time
    Given an empty graph
    When executing query:
      """
      WITH 1 AS one
      FOREACH (x IN one | CREATE ())
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType

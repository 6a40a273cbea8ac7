#encoding: utf-8

Feature: WithOrderBy4 - Order by in combination with projection and aliasing
# LIMIT is used in the following scenarios to surface the effects or WITH ... ORDER BY ...
# which are otherwise lost after the WITH clause according to Cypher semantics

  Scenario: [1] Sort by a projected expression
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, num2: 4}),
             (:A {num: 5, num2: 2}),
             (:A {num: 9, num2: 0}),
             (:A {num: 3, num2: 3}),
             (:A {num: 7, num2: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a, a.num + a.num2 AS sum
        ORDER BY a.num + a.num2
        LIMIT 3
      RETURN a, sum
      """
    Then the result should be, in any order:
      | a                      | sum |
      | (:A {num: 1, num2: 4}) | 5   |
      | (:A {num: 3, num2: 3}) | 6   |
      | (:A {num: 5, num2: 2}) | 7   |
    And no side effects

  Scenario: [2] Sort by an alias of a projected expression
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, num2: 4}),
             (:A {num: 5, num2: 2}),
             (:A {num: 9, num2: 0}),
             (:A {num: 3, num2: 3}),
             (:A {num: 7, num2: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a, a.num + a.num2 AS sum
        ORDER BY sum
        LIMIT 3
      RETURN a, sum
      """
    Then the result should be, in any order:
      | a                      | sum |
      | (:A {num: 1, num2: 4}) | 5   |
      | (:A {num: 3, num2: 3}) | 6   |
      | (:A {num: 5, num2: 2}) | 7   |
    And no side effects

  Scenario Outline: [3] Sort by two projected expressions or their aliases with order priority being different than projection order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, num2: 4}),
             (:A {num: 5, num2: 2}),
             (:A {num: 9, num2: 0}),
             (:A {num: 3, num2: 3}),
             (:A {num: 7, num2: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a.num + a.num2 AS sum, a.num2 % 3 AS mod
        ORDER BY <sort>
        LIMIT 3
      RETURN sum, mod
      """
    Then the result should be, in any order:
      | sum | mod |
      | 6   | 0   |
      | 9   | 0   |
      | 5   | 1   |
    And no side effects

    Examples:
      | sort                           |
      | a.num2 % 3, a.num + a.num2     |
      | a.num2 % 3, sum                |
      | mod, a.num + a.num2            |
      | mod, sum                       |
      | mod ASC, sum ASCENDING         |

  Scenario: [4] Sort by an alias of a projected expression where the alias shadows an existing variable
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, num2: 4}),
             (:A {num: 5, num2: 2}),
             (:A {num: 9, num2: 0}),
             (:A {num: 3, num2: 3}),
             (:A {num: 7, num2: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a.num2 AS a
        ORDER BY a
        LIMIT 3
      RETURN a
      """
    Then the result should be, in any order:
      | a |
      | 0 |
      | 1 |
      | 2 |
    And no side effects

  Scenario: [5] Sort by non-projected existing variable
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, num2: 4}),
             (:A {num: 5, num2: 2}),
             (:A {num: 9, num2: 0}),
             (:A {num: 3, num2: 3}),
             (:A {num: 7, num2: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a.num AS x
        ORDER BY a.num2
        LIMIT 3
      RETURN x
      """
    Then the result should be, in any order:
      | x |
      | 9 |
      | 7 |
      | 5 |
    And no side effects

  Scenario: [6] Sort by an aggregate projection
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, num2: 4}),
             (:A {num: 5, num2: 2}),
             (:A {num: 9, num2: 0}),
             (:A {num: 3, num2: 3}),
             (:A {num: 7, num2: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a.num2 % 3 AS mod, sum(a.num + a.num2) AS s
        ORDER BY sum(a.num + a.num2)
        LIMIT 2
      RETURN mod, s
      """
    Then the result should be, in any order:
      | mod | s  |
      | 2   | 7  |
      | 1   | 13 |
    And no side effects

  Scenario: [7] Sort by an aliased aggregate projection
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, num2: 4}),
             (:A {num: 5, num2: 2}),
             (:A {num: 9, num2: 0}),
             (:A {num: 3, num2: 3}),
             (:A {num: 7, num2: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH a.num2 % 3 AS mod, sum(a.num + a.num2) AS s
        ORDER BY s DESC
        LIMIT 2
      RETURN mod, s
      """
    Then the result should be, in any order:
      | mod | s  |
      | 0   | 15 |
      | 1   | 13 |
    And no side effects

  Scenario: [8] Fail on sorting by a non-projected aggregation on a variable
    Given any graph
    When executing query:
      """
      MATCH (a:A)
      WITH a.num2 % 3 AS mod
        ORDER BY count(a)
        LIMIT 2
      RETURN mod
      """
    Then a SyntaxError should be raised at compile time: InvalidAggregation

  Scenario: [9] Fail on sorting by a non-projected aggregation on an expression
    Given any graph
    When executing query:
      """
      MATCH (a:A)
      WITH a.num2 % 3 AS mod
        ORDER BY sum(a.num)
        LIMIT 2
      RETURN mod
      """
    Then a SyntaxError should be raised at compile time: InvalidAggregation

  Scenario: [10] Fail when sorting on a variable removed by DISTINCT
    Given any graph
    When executing query:
      """
      MATCH (a:A)
      WITH DISTINCT a.num2 % 3 AS mod
        ORDER BY a.num
      RETURN mod
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [11] Fail when sorting on a variable removed by aggregation
    Given any graph
    When executing query:
      """
      MATCH (a:A)
      WITH a.num2 % 3 AS mod, count(*) AS c
        ORDER BY a.num
      RETURN mod, c
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [12] Sort by a projected DISTINCT expression
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1, num2: 4}),
             (:A {num: 5, num2: 2}),
             (:A {num: 9, num2: 0}),
             (:A {num: 3, num2: 3}),
             (:A {num: 7, num2: 1})
      """
    When executing query:
      """
      MATCH (a:A)
      WITH DISTINCT a.num2 % 3 AS mod
        ORDER BY a.num2 % 3 DESC
        LIMIT 2
      RETURN mod
      """
    Then the result should be, in any order:
      | mod |
      | 2   |
      | 1   |
    And no side effects

#encoding: utf-8

Feature: Map2 - Dynamic Value Access

  Scenario: [1] Use dynamic property lookup based on parameters when there is no type information
    Given any graph
    And parameters are:
      | expr | {name: 'Apa'} |
      | idx  | 'name'        |
    When executing query:
      """
      WITH $expr AS expr, $idx AS idx
      RETURN expr[idx] AS value
      """
    Then the result should be, in any order:
      | value |
      | 'Apa' |
    And no side effects

  Scenario: [2] Use dynamic property lookup based on parameters when there is lhs type information
    Given an empty graph
    And parameters are:
      | idx | 'name' |
    When executing query:
      """
      CREATE (n {name: 'Apa'})
      RETURN n[$idx] AS value
      """
    Then the result should be, in any order:
      | value |
      | 'Apa' |
    And the side effects should be:
      | +nodes      | 1 |
      | +properties | 1 |

  Scenario: [3] Use dynamic property lookup based on parameters when there is rhs type information
    Given any graph
    And parameters are:
      | expr | {name: 'Apa'} |
      | idx  | 'name'        |
    When executing query:
      """
      WITH $expr AS expr, $idx AS idx
      RETURN expr[toString(idx)] AS value
      """
    Then the result should be, in any order:
      | value |
      | 'Apa' |
    And no side effects

  Scenario: [4] Dynamic lookup of a computed key in a literal map
    Given any graph
    When executing query:
      """
      WITH {a: 1, ab: 2} AS m, 'a' AS k
      RETURN m[k] AS x, m[k + 'b'] AS y, m['c'] AS z
      """
    Then the result should be, in any order:
      | x | y | z    |
      | 1 | 2 | null |
    And no side effects

  Scenario: [5] Dynamic lookup in a null map is null
    Given any graph
    When executing query:
      """
      WITH null AS m
      RETURN m['a'] AS x
      """
    Then the result should be, in any order:
      | x    |
      | null |
    And no side effects

  Scenario: [6] Dynamic lookup with a null key is null
    Given any graph
    When executing query:
      """
      WITH {a: 1} AS m
      RETURN m[null] AS x
      """
    Then the result should be, in any order:
      | x    |
      | null |
    And no side effects

  Scenario: [7] Dynamic lookup in a nested map
    Given any graph
    When executing query:
      """
      WITH {outer: {inner: 42}} AS m
      RETURN m['outer']['inner'] AS x
      """
    Then the result should be, in any order:
      | x  |
      | 42 |
    And no side effects

  Scenario: [8] Fail at runtime when attempting to index with an Int into a Map
    Given any graph
    And parameters are:
      | expr | {name: 'Apa'} |
      | idx  | 0             |
    When executing query:
      """
      WITH $expr AS expr, $idx AS idx
      RETURN expr[idx]
      """
    Then a TypeError should be raised at any time: *

  Scenario: [9] Fail at runtime when trying to index into a map with a non-string
    Given any graph
    And parameters are:
      | expr | {name: 'Apa'} |
      | idx  | 12.3          |
    When executing query:
      """
      WITH $expr AS expr, $idx AS idx
      RETURN expr[idx]
      """
    Then a TypeError should be raised at any time: *

  Scenario: [10] Fail at runtime when trying to index something which is not a map or list
    Given any graph
    And parameters are:
      | expr | 100 |
      | idx  | 0   |
    When executing query:
      """
      WITH $expr AS expr, $idx AS idx
      RETURN expr[idx]
      """
    Then a TypeError should be raised at any time: *

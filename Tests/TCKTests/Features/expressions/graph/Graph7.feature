#encoding: utf-8

Feature: Graph7 - Dynamic property access

  Scenario: [1] Execute n['name'] in read queries
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'Apa'})
      """
    When executing query:
      """
      MATCH (n {name: 'Apa'})
      RETURN n['nam' + 'e'] AS value
      """
    Then the result should be, in any order:
      | value |
      | 'Apa' |
    And no side effects

  Scenario: [2] Execute n['name'] in update queries
    Given an empty graph
    When executing query:
      """
      CREATE (n {name: 'Apa'})
      RETURN n['nam' + 'e'] AS value
      """
    Then the result should be, in any order:
      | value |
      | 'Apa' |
    And the side effects should be:
      | +nodes      | 1 |
      | +properties | 1 |

  Scenario: [3] Use dynamic property lookup based on parameters when there is lhs type information
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

  Scenario: [4] Dynamic property access on a relationship
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T {weight: 0.5}]->()
      """
    When executing query:
      """
      MATCH ()-[r]->()
      RETURN r['we' + 'ight'] AS value
      """
    Then the result should be, in any order:
      | value |
      | 0.5   |
    And no side effects

  Scenario: [5] Dynamic access to a missing property is null
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'Apa'})
      """
    When executing query:
      """
      MATCH (n)
      RETURN n['missing'] AS value
      """
    Then the result should be, in any order:
      | value |
      | null  |
    And no side effects

  Scenario: [6] Dynamic property access with a key from a list
    Given an empty graph
    And having executed:
      """
      CREATE ({a: 1, b: 'x'})
      """
    When executing query:
      """
      MATCH (n)
      UNWIND keys(n) AS k
      RETURN k, n[k] AS v
      """
    Then the result should be, in any order:
      | k   | v   |
      | 'a' | 1   |
      | 'b' | 'x' |
    And no side effects

  Scenario: [7] Dynamic property access on a null entity is null
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH (n:Missing)
      RETURN n['name'] AS value
      """
    Then the result should be, in any order:
      | value |
      | null  |
    And no side effects

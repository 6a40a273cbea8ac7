#encoding: utf-8

Feature: Set2 - Set a Property to Null

  Scenario: [1] Setting a node property to null removes the existing property
    Given an empty graph
    And having executed:
      """
      CREATE (:A {property1: 23, property2: 46})
      """
    When executing query:
      """
      MATCH (n:A)
      SET n.property1 = null
      RETURN n
      """
    Then the result should be, in any order:
      | n                    |
      | (:A {property2: 46}) |
    And the side effects should be:
      | -properties | 1 |

  Scenario: [2] Setting a node property to null removes the existing property, but not before SET
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Michael', age: 35})
      """
    When executing query:
      """
      MATCH (n)
      WHERE n.name = 'Michael'
      SET n.name = null
      RETURN n
      """
    Then the result should be, in any order:
      | n              |
      | (:A {age: 35}) |
    And the side effects should be:
      | -properties | 1 |

  Scenario: [3] Setting a relationship property to null removes the existing property
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:REL {property1: 12, property2: 24}]->()
      """
    When executing query:
      """
      MATCH ()-[r]->()
      SET r.property1 = null
      RETURN r
      """
    Then the result should be, in any order:
      | r                      |
      | [:REL {property2: 24}] |
    And the side effects should be:
      | -properties | 1 |

  Scenario: [4] Setting a missing property to null has no effect
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'x'})
      """
    When executing query:
      """
      MATCH (n:A)
      SET n.missing = null
      RETURN n
      """
    Then the result should be, in any order:
      | n                |
      | (:A {name: 'x'}) |
    And no side effects

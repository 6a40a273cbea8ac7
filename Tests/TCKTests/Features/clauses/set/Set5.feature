#encoding: utf-8

Feature: Set5 - Set multiple properties with a map

  Scenario: [1] Ignore null when setting properties using an appending map
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH (a:DoesNotExist)
      SET a += {num: 42}
      RETURN a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

  Scenario: [2] Overwrite values when using +=
    Given an empty graph
    And having executed:
      """
      CREATE (:X {name: 'A', name2: 'B'})
      """
    When executing query:
      """
      MATCH (n:X {name: 'A'})
      SET n += {name2: 'C'}
      RETURN n
      """
    Then the result should be, in any order:
      | n                            |
      | (:X {name: 'A', name2: 'C'}) |
    And the side effects should be:
      | +properties | 1 |
      | -properties | 1 |

  Scenario: [3] Retain old values when using +=
    Given an empty graph
    And having executed:
      """
      CREATE (:X {name: 'A'})
      """
    When executing query:
      """
      MATCH (n:X {name: 'A'})
      SET n += {name2: 'B'}
      RETURN n
      """
    Then the result should be, in any order:
      | n                            |
      | (:X {name: 'A', name2: 'B'}) |
    And the side effects should be:
      | +properties | 1 |

  Scenario: [4] Explicit null values in a map remove old values
    Given an empty graph
    And having executed:
      """
      CREATE (:X {name: 'A', name2: 'B'})
      """
    When executing query:
      """
      MATCH (n:X {name: 'A'})
      SET n += {name: null}
      RETURN n
      """
    Then the result should be, in any order:
      | n                  |
      | (:X {name2: 'B'}) |
    And the side effects should be:
      | -properties | 1 |

  Scenario: [5] Set an empty map when using += has no effect
    Given an empty graph
    And having executed:
      """
      CREATE (:X {name: 'A'})
      """
    When executing query:
      """
      MATCH (n:X {name: 'A'})
      SET n += {}
      RETURN n
      """
    Then the result should be, in any order:
      | n                 |
      | (:X {name: 'A'}) |
    And no side effects

  Scenario: [6] Appending the properties of another node with +=
    Given an empty graph
    And having executed:
      """
      CREATE (:X {name: 'A', num: 1}), (:Y {num: 2, other: true})
      """
    When executing query:
      """
      MATCH (x:X), (y:Y)
      SET x += y
      RETURN x
      """
    Then the result should be, in any order:
      | x                                      |
      | (:X {name: 'A', num: 2, other: true}) |
    And the side effects should be:
      | +properties | 2 |
      | -properties | 1 |

  Scenario: [7] Appending a map to a relationship with +=
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:R {a: 1}]->()
      """
    When executing query:
      """
      MATCH ()-[r:R]->()
      SET r += {b: 2}
      RETURN r
      """
    Then the result should be, in any order:
      | r                  |
      | [:R {a: 1, b: 2}] |
    And the side effects should be:
      | +properties | 1 |

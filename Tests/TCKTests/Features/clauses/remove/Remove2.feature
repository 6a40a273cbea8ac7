#encoding: utf-8

Feature: Remove2 - Remove a Label

  Scenario: [1] Remove a single label from a node
    Given an empty graph
    And having executed:
      """
      CREATE (:L {num: 42})
      """
    When executing query:
      """
      MATCH (n)
      REMOVE n:L
      RETURN n.num
      """
    Then the result should be, in any order:
      | n.num |
      | 42    |
    And the side effects should be:
      | -labels | 1 |

  Scenario: [2] Remove multiple labels from a node
    Given an empty graph
    And having executed:
      """
      CREATE (:L1:L2:L3 {num: 42})
      """
    When executing query:
      """
      MATCH (n)
      REMOVE n:L1:L3
      RETURN labels(n)
      """
    Then the result should be, in any order:
      | labels(n) |
      | ['L2']    |
    And the side effects should be:
      | -labels | 2 |

  Scenario: [3] Remove a non-existent node label
    Given an empty graph
    And having executed:
      """
      CREATE (:Foo)
      """
    When executing query:
      """
      MATCH (n)
      REMOVE n:Bar
      RETURN n
      """
    Then the result should be, in any order:
      | n      |
      | (:Foo) |
    And no side effects

  Scenario: [4] Ignore null when removing a node label
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH (a:DoesNotExist)
      REMOVE a:L
      RETURN a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

  Scenario: [5] Ignore whitespace before colon
    Given an empty graph
    And having executed:
      """
      CREATE (:L1:L2:L3 {num: 42})
      """
    When executing query:
      """
      MATCH (n)
      REMOVE n :L1:L3
      RETURN labels(n)
      """
    Then the result should be, in any order:
      | labels(n) |
      | ['L2']    |
    And the side effects should be:
      | -labels | 2 |

  Scenario: [6] Removing a label from one of several nodes keeps the label in the graph
    Given an empty graph
    And having executed:
      """
      CREATE (:L {num: 1}), (:L {num: 2})
      """
    When executing query:
      """
      MATCH (n:L {num: 1})
      REMOVE n:L
      RETURN n
      """
    Then the result should be, in any order:
      | n          |
      | ({num: 1}) |
    And no side effects

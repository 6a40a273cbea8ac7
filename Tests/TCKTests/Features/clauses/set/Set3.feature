#encoding: utf-8

Feature: Set3 - Set a Label

  Scenario: [1] Add a single label to a node
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      SET n:Foo
      RETURN n
      """
    Then the result should be, in any order:
      | n      |
      | (:Foo) |
    And the side effects should be:
      | +labels | 1 |

  Scenario: [2] Ignore whitespace before colon 1
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      SET n :Foo
      RETURN n
      """
    Then the result should be, in any order:
      | n      |
      | (:Foo) |
    And the side effects should be:
      | +labels | 1 |

  Scenario: [3] Add multiple labels to a node
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      SET n:Foo:Bar
      RETURN n
      """
    Then the result should be, in any order:
      | n          |
      | (:Foo:Bar) |
    And the side effects should be:
      | +labels | 2 |

  Scenario: [4] Ignore whitespace before colon 2
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      SET n :Foo:Bar
      RETURN n
      """
    Then the result should be, in any order:
      | n          |
      | (:Foo:Bar) |
    And the side effects should be:
      | +labels | 2 |

  Scenario: [5] Ignore whitespace before colon 3
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      SET n :Foo :Bar
      RETURN n
      """
    Then the result should be, in any order:
      | n          |
      | (:Foo:Bar) |
    And the side effects should be:
      | +labels | 2 |

  Scenario: [6] Ignore null when setting label
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH (a:DoesNotExist)
      SET a:L
      RETURN a
      """
    Then the result should be, in any order:
      | a    |
      | null |
    And no side effects

  Scenario: [7] Adding a label that a node already has has no effect
    Given an empty graph
    And having executed:
      """
      CREATE (:Foo {num: 1})
      """
    When executing query:
      """
      MATCH (n)
      SET n:Foo
      RETURN n
      """
    Then the result should be, in any order:
      | n               |
      | (:Foo {num: 1}) |
    And no side effects

  Scenario: [8] Add a label to several nodes
    Given an empty graph
    And having executed:
      """
      CREATE (:A), (:B), ()
      """
    When executing query:
      """
      MATCH (n)
      SET n:Foo
      RETURN count(n) AS c
      """
    Then the result should be, in any order:
      | c |
      | 3 |
    And the side effects should be:
      | +labels | 1 |
    When executing control query:
      """
      MATCH (n:Foo)
      RETURN n
      """
    Then the result should be, in any order:
      | n        |
      | (:A:Foo) |
      | (:B:Foo) |
      | (:Foo)   |

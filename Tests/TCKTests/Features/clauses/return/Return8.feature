#encoding: utf-8

Feature: Return8 - Return clause interoperation with other clauses

  Scenario: [1] Return aggregation after With filtering
    Given an empty graph
    And having executed:
      """
      CREATE ({num: 43}), ({num: 42})
      """
    When executing query:
      """
      MATCH (n)
      WITH n
      WHERE n.num = 42
      RETURN count(*)
      """
    Then the result should be, in any order:
      | count(*) |
      | 1        |
    And no side effects

  Scenario: [2] Return after an UNWIND of a collected list
    Given an empty graph
    And having executed:
      """
      CREATE ({num: 43}), ({num: 42})
      """
    When executing query:
      """
      MATCH (n)
      WITH collect(n.num) AS nums
      UNWIND nums AS num
      RETURN num
      ORDER BY num
      """
    Then the result should be, in order:
      | num |
      | 42  |
      | 43  |
    And no side effects

  Scenario: [3] Return after an updating clause
    Given an empty graph
    And having executed:
      """
      CREATE ({num: 43}), ({num: 42})
      """
    When executing query:
      """
      MATCH (n)
      SET n.seen = true
      RETURN n.num AS num, n.seen AS seen
      """
    Then the result should be, in any order:
      | num | seen |
      | 42  | true |
      | 43  | true |
    And the side effects should be:
      | +properties | 2 |

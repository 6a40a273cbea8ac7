#encoding: utf-8

Feature: Mathematical10 - Random numbers

  Scenario: [1] rand() returns a float in [0, 1)
    Given any graph
    When executing query:
      """
      RETURN rand() >= 0.0 AND rand() < 1.0 AS inRange
      """
    Then the result should be, in any order:
      | inRange |
      | true    |
    And no side effects

  Scenario: [2] rand() stays in range over many rows
    Given any graph
    When executing query:
      """
      UNWIND range(1, 100) AS i
      WITH rand() AS r
      RETURN min(r) >= 0.0 AND max(r) < 1.0 AS ok
      """
    Then the result should be, in any order:
      | ok   |
      | true |
    And no side effects

  Scenario: [3] rand() is evaluated per row
    Given any graph
    When executing query:
      """
      UNWIND range(1, 50) AS i
      WITH rand() AS r
      RETURN count(DISTINCT r) > 1 AS varies
      """
    Then the result should be, in any order:
      | varies |
      | true   |
    And no side effects

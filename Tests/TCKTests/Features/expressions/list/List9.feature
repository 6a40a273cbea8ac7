#encoding: utf-8

Feature: List9 - List Tail

  Scenario: [1] Returning nested expressions based on list property
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      SET n.array = [1, 2, 3, 4, 5]
      RETURN tail(tail(n.array))
      """
    Then the result should be, in any order:
      | tail(tail(n.array)) |
      | [3, 4, 5]           |
    And the side effects should be:
      | +properties | 1 |

  Scenario: [2] Tail of a list drops the first element
    Given any graph
    When executing query:
      """
      RETURN tail([1, 'a', [2]]) AS t
      """
    Then the result should be, in any order:
      | t          |
      | ['a', [2]] |
    And no side effects

  Scenario: [3] Tail of a singleton and of the empty list is the empty list
    Given any graph
    When executing query:
      """
      RETURN tail([1]) AS a, tail([]) AS b
      """
    Then the result should be, in any order:
      | a  | b  |
      | [] | [] |
    And no side effects

  Scenario: [4] Tail of null is null
    Given any graph
    When executing query:
      """
      RETURN tail(null) AS t
      """
    Then the result should be, in any order:
      | t    |
      | null |
    And no side effects

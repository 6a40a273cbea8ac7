#encoding: utf-8

Feature: Quantifier8 - All quantifier interop

  Scenario Outline: [1] All quantifier can nest itself and other quantifiers on nested lists
    Given any graph
    When executing query:
      """
      RETURN all(x IN [['abc'], ['abc', 'def']] WHERE <inner>(y IN x WHERE y = 'abc')) AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | inner  | result |
      | none   | false  |
      | single | true   |
      | any    | true   |
      | all    | false  |

  Scenario Outline: [2] All quantifier can nest itself and other quantifiers on the same list
    Given any graph
    When executing query:
      """
      WITH [1, 2, 3, 4, 5, 6, 7, 8, 9] AS list
      RETURN all(x IN list WHERE <inner>(y IN list WHERE x + y = 10)) AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | inner  | result |
      | none   | false  |
      | single | true   |
      | any    | true   |
      | all    | false  |

  Scenario Outline: [3] All quantifier is equal the none quantifier on the boolean negative of the predicate
    Given any graph
    When executing query:
      """
      WITH <list> AS list
      RETURN all(x IN list WHERE <predicate>) = none(x IN list WHERE NOT (<predicate>)) AS result
      """
    Then the result should be, in any order:
      | result |
      | true   |
    And no side effects

    Examples:
      | list             | predicate |
      | []               | x % 2 = 0 |
      | []               | x > 2     |
      | []               | x < 0     |
      | [2]              | x % 2 = 0 |
      | [2]              | x > 2     |
      | [2]              | x < 0     |
      | [1, 2, 3]        | x % 2 = 0 |
      | [1, 2, 3]        | x > 2     |
      | [1, 2, 3]        | x < 0     |
      | [2, 4, 6]        | x % 2 = 0 |
      | [2, 4, 6]        | x > 2     |
      | [2, 4, 6]        | x < 0     |
      | [-1, 0, 1, 5, 8] | x % 2 = 0 |
      | [-1, 0, 1, 5, 8] | x > 2     |
      | [-1, 0, 1, 5, 8] | x < 0     |

  Scenario Outline: [4] All quantifier is equal the boolean negative of the any quantifier on the boolean negative of the predicate
    Given any graph
    When executing query:
      """
      WITH <list> AS list
      RETURN all(x IN list WHERE <predicate>) = (NOT any(x IN list WHERE NOT (<predicate>))) AS result
      """
    Then the result should be, in any order:
      | result |
      | true   |
    And no side effects

    Examples:
      | list             | predicate |
      | []               | x % 2 = 0 |
      | []               | x > 2     |
      | []               | x < 0     |
      | [2]              | x % 2 = 0 |
      | [2]              | x > 2     |
      | [2]              | x < 0     |
      | [1, 2, 3]        | x % 2 = 0 |
      | [1, 2, 3]        | x > 2     |
      | [1, 2, 3]        | x < 0     |
      | [2, 4, 6]        | x % 2 = 0 |
      | [2, 4, 6]        | x > 2     |
      | [2, 4, 6]        | x < 0     |
      | [-1, 0, 1, 5, 8] | x % 2 = 0 |
      | [-1, 0, 1, 5, 8] | x > 2     |
      | [-1, 0, 1, 5, 8] | x < 0     |

  Scenario Outline: [5] All quantifier is equal whether the size of the list filtered with same the predicate is equal the size of the unfiltered list
    Given any graph
    When executing query:
      """
      WITH <list> AS list
      RETURN all(x IN list WHERE <predicate>) = (size([x IN list WHERE <predicate>]) = size(list)) AS result
      """
    Then the result should be, in any order:
      | result |
      | true   |
    And no side effects

    Examples:
      | list             | predicate |
      | []               | x % 2 = 0 |
      | []               | x > 2     |
      | []               | x < 0     |
      | [2]              | x % 2 = 0 |
      | [2]              | x > 2     |
      | [2]              | x < 0     |
      | [1, 2, 3]        | x % 2 = 0 |
      | [1, 2, 3]        | x > 2     |
      | [1, 2, 3]        | x < 0     |
      | [2, 4, 6]        | x % 2 = 0 |
      | [2, 4, 6]        | x > 2     |
      | [2, 4, 6]        | x < 0     |
      | [-1, 0, 1, 5, 8] | x % 2 = 0 |
      | [-1, 0, 1, 5, 8] | x > 2     |
      | [-1, 0, 1, 5, 8] | x < 0     |

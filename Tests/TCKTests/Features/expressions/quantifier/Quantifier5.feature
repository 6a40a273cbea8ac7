#encoding: utf-8

Feature: Quantifier5 - None quantifier interop

  Scenario Outline: [1] None quantifier can nest itself and other quantifiers on nested lists
    Given any graph
    When executing query:
      """
      RETURN none(x IN [['abc'], ['abc', 'def']] WHERE <inner>(y IN x WHERE y = 'abc')) AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | inner  | result |
      | none   | true   |
      | single | false  |
      | any    | false  |
      | all    | false  |

  Scenario Outline: [2] None quantifier can nest itself and other quantifiers on the same list
    Given any graph
    When executing query:
      """
      WITH [1, 2, 3, 4, 5, 6, 7, 8, 9] AS list
      RETURN none(x IN list WHERE <inner>(y IN list WHERE x + y = 10)) AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | inner  | result |
      | none   | true   |
      | single | false  |
      | any    | false  |
      | all    | true   |

  Scenario Outline: [3] None quantifier is equal the boolean negative of the any quantifier
    Given any graph
    When executing query:
      """
      WITH <list> AS list
      RETURN none(x IN list WHERE <predicate>) = (NOT any(x IN list WHERE <predicate>)) AS result
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

  Scenario Outline: [4] None quantifier is equal the all quantifier on the boolean negative of the predicate
    Given any graph
    When executing query:
      """
      WITH <list> AS list
      RETURN none(x IN list WHERE <predicate>) = all(x IN list WHERE NOT (<predicate>)) AS result
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

  Scenario Outline: [5] None quantifier is equal whether the size of the list filtered with same the predicate is zero
    Given any graph
    When executing query:
      """
      WITH <list> AS list
      RETURN none(x IN list WHERE <predicate>) = (size([x IN list WHERE <predicate>]) = 0) AS result
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

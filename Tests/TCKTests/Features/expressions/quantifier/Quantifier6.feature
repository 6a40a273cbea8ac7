#encoding: utf-8

Feature: Quantifier6 - Single quantifier interop

  Scenario Outline: [1] Single quantifier can nest itself and other quantifiers on nested lists
    Given any graph
    When executing query:
      """
      RETURN single(x IN [['abc'], ['abc', 'def']] WHERE <inner>(y IN x WHERE y = 'abc')) AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | inner  | result |
      | none   | false  |
      | single | false  |
      | any    | false  |
      | all    | true   |

  Scenario Outline: [2] Single quantifier can nest itself and other quantifiers on the same list
    Given any graph
    When executing query:
      """
      WITH [1, 2, 3, 4, 5, 6, 7, 8, 9] AS list
      RETURN single(x IN list WHERE <inner>(y IN list WHERE x + y = 10)) AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | inner  | result |
      | none   | false  |
      | single | false  |
      | any    | false  |
      | all    | false  |

  Scenario Outline: [3] Single quantifier is equal whether the size of the list filtered with same the predicate is one
    Given any graph
    When executing query:
      """
      WITH <list> AS list
      RETURN single(x IN list WHERE <predicate>) = (size([x IN list WHERE <predicate>]) = 1) AS result
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

  Scenario Outline: [4] Single quantifier implies the any quantifier
    Given any graph
    When executing query:
      """
      WITH <list> AS list
      RETURN NOT single(x IN list WHERE <predicate>) OR any(x IN list WHERE <predicate>) AS result
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

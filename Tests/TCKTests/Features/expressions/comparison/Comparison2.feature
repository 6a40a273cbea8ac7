#encoding: utf-8

Feature: Comparison2 - Half-bounded Range

  Scenario: [1] Comparing strings and integers using > in an AND'd predicate
    Given an empty graph
    And having executed:
      """
      CREATE (root:Root)-[:T]->(:Child {var: 0}),
             (root)-[:T]->(:Child {var: 'xx'}),
             (root)-[:T]->(:Child)
      """
    When executing query:
      """
      MATCH (:Root)-->(i:Child)
      WHERE i.var IS NOT NULL AND i.var > 'x'
      RETURN i.var
      """
    Then the result should be, in any order:
      | i.var |
      | 'xx'  |
    And no side effects

  Scenario: [2] Comparing strings and integers using > in a OR'd predicate
    Given an empty graph
    And having executed:
      """
      CREATE (root:Root)-[:T]->(:Child {var: 0}),
             (root)-[:T]->(:Child {var: 'xx'}),
             (root)-[:T]->(:Child)
      """
    When executing query:
      """
      MATCH (:Root)-->(i:Child)
      WHERE i.var IS NULL OR i.var > 'x'
      RETURN i.var
      """
    Then the result should be, in any order:
      | i.var |
      | 'xx'  |
      | null  |
    And no side effects

  Scenario Outline: [3] Comparing across types yields null, except numbers
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T]->()
      """
    When executing query:
      """
      MATCH p = (n)-[r]->()
      WITH [n, r, p, '', 1, 3.14, true, null, [], {}] AS types
      UNWIND range(0, size(types) - 1) AS i
      UNWIND range(0, size(types) - 1) AS j
      WITH types[i] AS lhs, types[j] AS rhs
      WHERE i <> j
      WITH lhs, rhs, lhs <operator> rhs AS result
      WHERE result
      RETURN lhs, rhs
      """
    Then the result should be, in any order:
      | lhs   | rhs   |
      | <lhs> | <rhs> |
    And no side effects

    Examples:
      | operator | lhs  | rhs  |
      | <        | 1    | 3.14 |
      | <=       | 1    | 3.14 |
      | >=       | 3.14 | 1    |
      | >        | 3.14 | 1    |

  Scenario Outline: [4] Comparing lists
    Given any graph
    When executing query:
      """
      RETURN <lhs> < <rhs> AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | lhs       | rhs       | result |
      | [1, 0]    | [1]       | false  |
      | [1]       | [1, 0]    | true   |
      | [1, 2]    | [1, 3]    | true   |
      | [1, 3]    | [1, 2]    | false  |
      | []        | [1]       | true   |
      | [1]       | []        | false  |
      | [1, 2]    | [2]       | true   |
      | [1, 'a']  | [1, 2]    | null   |
      | [1, 2]    | [1, null] | null   |
      | ['a']     | ['b']     | true   |

  Scenario: [5] Comparing NaN
    Given any graph
    When executing query:
      """
      RETURN 0.0 / 0.0 > 1 AS gt, 0.0 / 0.0 >= 1 AS gtE,
             0.0 / 0.0 < 1 AS lt, 0.0 / 0.0 <= 1 AS ltE
      """
    Then the result should be, in any order:
      | gt    | gtE   | lt    | ltE   |
      | false | false | false | false |
    And no side effects

  Scenario Outline: [6] Comparability between numbers and strings
    Given any graph
    When executing query:
      """
      RETURN <lhs> < <rhs> AS result
      """
    Then the result should be, in any order:
      | result |
      | null   |
    And no side effects

    Examples:
      | lhs   | rhs   |
      | 1.0   | 'a'   |
      | 1     | 'a'   |
      | 'a'   | 1     |
      | '1'   | 1     |
      | 1     | '1.0' |

  Scenario Outline: [7] Comparing numbers of different types
    Given any graph
    When executing query:
      """
      RETURN <lhs> < <rhs> AS lt, <lhs> <= <rhs> AS le, <lhs> > <rhs> AS gt, <lhs> >= <rhs> AS ge
      """
    Then the result should be, in any order:
      | lt   | le   | gt   | ge   |
      | <lt> | <le> | <gt> | <ge> |
    And no side effects

    Examples:
      | lhs | rhs | lt    | le    | gt    | ge    |
      | 1   | 1.0 | false | true  | false | true  |
      | 1   | 1.5 | true  | true  | false | false |
      | 2.5 | 2   | false | false | true  | true  |
      | -1  | 0.0 | true  | true  | false | false |

  Scenario Outline: [8] Comparing strings
    Given any graph
    When executing query:
      """
      RETURN <lhs> < <rhs> AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | lhs   | rhs   | result |
      | 'a'   | 'b'   | true   |
      | 'b'   | 'a'   | false  |
      | 'a'   | 'aa'  | true   |
      | ''    | 'a'   | true   |
      | 'B'   | 'a'   | true   |
      | 'abc' | 'abc' | false  |

  Scenario Outline: [9] Comparing booleans
    Given any graph
    When executing query:
      """
      RETURN <lhs> < <rhs> AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | lhs   | rhs   | result |
      | false | true  | true   |
      | true  | false | false  |
      | true  | true  | false  |

  Scenario Outline: [10] Comparing with null yields null
    Given any graph
    When executing query:
      """
      RETURN <lhs> <operator> <rhs> AS result
      """
    Then the result should be, in any order:
      | result |
      | null   |
    And no side effects

    Examples:
      | lhs  | operator | rhs  |
      | null | <        | 1    |
      | 1    | >        | null |
      | null | <=       | null |
      | 'a'  | >=       | null |

#encoding: utf-8

Feature: Precedence4 - On null value

  Scenario: [1] Null predicate takes precedence over comparison operator on null
    Given any graph
    When executing query:
      """
      RETURN null < null IS NULL AS a,
             null < (null IS NULL) AS b,
             (null < null) IS NULL AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | null | null | true |
    And no side effects

  Scenario: [2] Null predicate takes precedence over boolean negation on null
    Given any graph
    When executing query:
      """
      RETURN NOT null IS NULL AS a,
             NOT (null IS NULL) AS b,
             (NOT null) IS NULL AS c
      """
    Then the result should be, in any order:
      | a     | b     | c    |
      | false | false | true |
    And no side effects

  Scenario: [3] Null predicate takes precedence over conjunction on null
    Given any graph
    When executing query:
      """
      RETURN null AND null IS NULL AS a,
             null AND (null IS NULL) AS b,
             (null AND null) IS NULL AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | null | null | true |
    And no side effects

  Scenario: [4] Null predicate takes precedence over disjunction on null
    Given any graph
    When executing query:
      """
      RETURN null OR null IS NOT NULL AS a,
             null OR (null IS NOT NULL) AS b,
             (null OR null) IS NOT NULL AS c
      """
    Then the result should be, in any order:
      | a    | b    | c     |
      | null | null | false |
    And no side effects

  Scenario: [5] Null predicate takes precedence over equality with null
    Given any graph
    When executing query:
      """
      RETURN null = null IS NULL AS a,
             null = (null IS NULL) AS b,
             (null = null) IS NULL AS c
      """
    Then the result should be, in any order:
      | a    | b    | c    |
      | null | null | true |
    And no side effects

  Scenario: [6] Fail when adding a null predicate result to a number
    Given any graph
    When executing query:
      """
      RETURN (1 + null) IS NULL AS a, 1 + (null IS NULL) AS b
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

  Scenario: [7] Arithmetic with null binds before the null predicate
    Given any graph
    When executing query:
      """
      RETURN 1 + null IS NULL AS a,
             (1 + null) IS NULL AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | true | true |
    And no side effects

#encoding: utf-8

Feature: String5 - Manipulate Letter Casing

  Scenario: [1] `toUpper()`
    Given any graph
    When executing query:
      """
      RETURN toUpper('abc xyz 123') AS s
      """
    Then the result should be, in any order:
      | s             |
      | 'ABC XYZ 123' |
    And no side effects

  Scenario: [2] `toLower()`
    Given any graph
    When executing query:
      """
      RETURN toLower('ABC Xyz 123') AS s
      """
    Then the result should be, in any order:
      | s             |
      | 'abc xyz 123' |
    And no side effects

  Scenario: [3] Changing the case of non-ASCII letters
    Given any graph
    When executing query:
      """
      RETURN toUpper('äöü') AS a, toLower('ÄÖÜ') AS b
      """
    Then the result should be, in any order:
      | a     | b     |
      | 'ÄÖÜ' | 'äöü' |
    And no side effects

  Scenario: [4] Changing the case of null
    Given any graph
    When executing query:
      """
      RETURN toUpper(null) AS a, toLower(null) AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

  Scenario: [5] Case-insensitive comparison with `toLower()`
    Given any graph
    When executing query:
      """
      UNWIND ['Apple', 'APPLE', 'pear'] AS fruit
      WITH fruit
      WHERE toLower(fruit) = 'apple'
      RETURN fruit
      """
    Then the result should be, in any order:
      | fruit   |
      | 'Apple' |
      | 'APPLE' |
    And no side effects

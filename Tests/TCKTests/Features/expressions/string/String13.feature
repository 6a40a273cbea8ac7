#encoding: utf-8

Feature: String13 - Regex Search

  Scenario: [1] Regular expressions match the whole string
    Given any graph
    When executing query:
      """
      RETURN 'abc' =~ 'a.*' AS a, 'abc' =~ 'b' AS b, 'abc' =~ '.*b.*' AS c
      """
    Then the result should be, in any order:
      | a    | b     | c    |
      | true | false | true |
    And no side effects

  Scenario: [2] Case-insensitive regular expression
    Given any graph
    When executing query:
      """
      RETURN 'ABC' =~ '(?i)abc' AS a, 'ABC' =~ 'abc' AS b
      """
    Then the result should be, in any order:
      | a    | b     |
      | true | false |
    And no side effects

  Scenario: [3] Escaped metacharacters in regular expressions
    Given any graph
    When executing query:
      """
      RETURN 'a.c' =~ 'a\\.c' AS a, 'abc' =~ 'a\\.c' AS b
      """
    Then the result should be, in any order:
      | a    | b     |
      | true | false |
    And no side effects

  Scenario: [4] Regular expression with null operands
    Given any graph
    When executing query:
      """
      RETURN null =~ 'a' AS a, 'a' =~ null AS b
      """
    Then the result should be, in any order:
      | a    | b    |
      | null | null |
    And no side effects

  Scenario: [5] Filtering nodes with a regular expression
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'Anders'}), ({name: 'Ann'}), ({name: 'Bob'}), ({name: 'anna'})
      """
    When executing query:
      """
      MATCH (n)
      WHERE n.name =~ 'A.*'
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name     |
      | 'Anders' |
      | 'Ann'    |
    And no side effects

  Scenario: [6] Character classes and quantifiers
    Given any graph
    When executing query:
      """
      RETURN '2024-01-15' =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AS a, 'x2024' =~ '[0-9]+' AS b
      """
    Then the result should be, in any order:
      | a    | b     |
      | true | false |
    And no side effects

  Scenario: [7] Alternation in a regular expression
    Given any graph
    When executing query:
      """
      UNWIND ['cat', 'dog', 'cow'] AS w
      WITH w
      WHERE w =~ 'cat|dog'
      RETURN w
      """
    Then the result should be, in any order:
      | w     |
      | 'cat' |
      | 'dog' |
    And no side effects

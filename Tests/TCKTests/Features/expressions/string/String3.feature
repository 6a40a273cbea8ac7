#encoding: utf-8

Feature: String3 - String Reversal

  Scenario: [1] `reverse()`
    Given any graph
    When executing query:
      """
      RETURN reverse('raksO')
      """
    Then the result should be, in any order:
      | reverse('raksO') |
      | 'Oskar'          |
    And no side effects

  Scenario: [2] Reversing the empty string
    Given any graph
    When executing query:
      """
      RETURN reverse('') AS r
      """
    Then the result should be, in any order:
      | r  |
      | '' |
    And no side effects

  Scenario: [3] Reversing null
    Given any graph
    When executing query:
      """
      RETURN reverse(null) AS r
      """
    Then the result should be, in any order:
      | r    |
      | null |
    And no side effects

  Scenario: [4] Reversing a string with spaces and punctuation
    Given any graph
    When executing query:
      """
      RETURN reverse('a b, c!') AS r
      """
    Then the result should be, in any order:
      | r         |
      | '!c ,b a' |
    And no side effects

  Scenario: [5] Reversing a string property
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'abc'})
      """
    When executing query:
      """
      MATCH (n)
      RETURN reverse(n.name) AS r
      """
    Then the result should be, in any order:
      | r     |
      | 'cba' |
    And no side effects

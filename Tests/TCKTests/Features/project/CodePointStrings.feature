Feature: CodePointStrings - strings are equal, ordered and hashed by their code points, as in Neo4j

  # 'é' can be one code point (U+00E9) or two ('e' and the combining acute U+0301). Neo4j compares
  # strings as Java does, by code points: the two are different strings of different sizes.

  Scenario: [1] Equality, IN and order by code points
    Given any graph
    When executing query:
      """
      RETURN 'e\u0301' = '\u00e9' AS same, '\u00e9' <> 'e\u0301' AS differ, '\u00e9' IN ['e\u0301'] AS member,
             'e\u0301' < '\u00e9' AS before, size('e\u0301') AS two, size('\u00e9') AS one
      """
    Then the result should be, in any order:
      | same  | differ | member | before | two | one |
      | false | true   | false  | true   | 2   | 1   |
    And no side effects

  Scenario: [2] DISTINCT, grouping and ORDER BY keep the two forms apart
    Given any graph
    When executing query:
      """
      UNWIND ['\u00e9', 'e\u0301', 'f', 'e', '\u00e9'] AS s
      WITH s, count(*) AS n
      RETURN size(s) AS size, n, s = '\u00e9' AS precomposed
      ORDER BY s
      """
    Then the result should be, in order:
      | size | n | precomposed |
      | 1    | 1 | false       |
      | 2    | 1 | false       |
      | 1    | 1 | false       |
      | 1    | 2 | true        |
    And no side effects

  Scenario: [3] A property lookup, an index seek and MERGE match the code points
    Given an empty graph
    And having executed:
      """
      CREATE (:U {id: 1, s: '\u00e9'}), (:U {id: 2, s: 'e\u0301'})
      """
    And having executed:
      """
      CREATE INDEX FOR (n:U) ON (n.s)
      """
    When executing query:
      """
      MATCH (n:U {s: 'e\u0301'})
      MERGE (m:U {s: '\u00e9'})
      RETURN n.id AS n, m.id AS m
      """
    Then the result should be, in any order:
      | n | m |
      | 2 | 1 |
    And no side effects

  Scenario: [4] CONTAINS and reverse() work on code points
    Given any graph
    When executing query:
      """
      RETURN 'xe\u0301y' CONTAINS '\u00e9' AS composed, 'xe\u0301y' CONTAINS 'e' AS plain,
             reverse('e\u0301') = '\u0301e' AS reversed, 'abc' CONTAINS '' AS empty
      """
    Then the result should be, in any order:
      | composed | plain | reversed | empty |
      | false    | true  | true     | true  |
    And no side effects

  Scenario: [5] toLower() ends a word with the final sigma, as Java does
    Given any graph
    When executing query:
      """
      RETURN toLower('ΟΔΟΣ') = 'οδος' AS word, toLower('ΣΑΣ ΣΟΣ.') = 'σας σος.' AS words, toLower('Σ') = 'σ' AS alone
      """
    Then the result should be, in any order:
      | word | words | alone |
      | true | true  | true  |
    And no side effects

  Scenario: [6] A regular expression matches code points, and its classes are ASCII, as in Java
    Given any graph
    When executing query:
      """
      RETURN 'e\u0301' =~ '.' AS oneDot, 'e\u0301' =~ '..' AS twoDots, '\u00e9' =~ 'e\u0301' AS equivalent,
             '\u00e9' =~ '\\w' AS word, '\u0663' =~ '\\d' AS digit, 'x1' =~ '[a-z]\\d' AS ascii
      """
    Then the result should be, in any order:
      | oneDot | twoDots | equivalent | word  | digit | ascii |
      | false  | true    | false      | false | false | true  |
    And no side effects

  Scenario: [7] A surrogate pair written as two escapes is one code point
    Given any graph
    When executing query:
      """
      RETURN '\ud83d\ude00' = '\U0001F600' AS same, size('\ud83d\ude00') AS size
      """
    Then the result should be, in any order:
      | same | size |
      | true | 1    |
    And no side effects

  Scenario: [8] A lone surrogate escape is an error
    Given any graph
    When executing query:
      """
      RETURN '\ud83d' AS lone
      """
    Then a SyntaxError should be raised at compile time: InvalidUnicodeLiteral

Feature: Neo4jFunctions - functions of Neo4j 5 beyond openCypher 9

  Scenario: [1] Numbers: isNaN and the hyperbolic functions
    Given any graph
    When executing query:
      """
      RETURN isNaN(0.0 / 0.0) AS nan, isNaN(1) AS int, isNaN(null) AS null, round(sinh(1), 4) AS sinh, round(cosh(1), 4) AS cosh,
             tanh(0) AS tanh, round(coth(1), 4) AS coth
      """
    Then the result should be, in any order:
      | nan  | int   | null | sinh   | cosh   | tanh | coth   |
      | true | false | null | 1.1752 | 1.5431 | 0.0  | 1.3130 |
    And no side effects

  Scenario: [2] Lists converted element by element, null where an element cannot be
    Given any graph
    When executing query:
      """
      RETURN toIntegerList(['1', 2.7, 'x', null]) AS ints, toStringList([1, 2.5, true, null]) AS strings,
             toFloatList(['1.5', 2, 'x']) AS floats, toBooleanList(['true', 'x', null]) AS booleans, toIntegerList(null) AS none
      """
    Then the result should be, in any order:
      | ints               | strings                     | floats           | booleans            | none |
      | [1, 2, null, null] | ['1', '2.5', 'true', null] | [1.5, 2.0, null] | [true, null, null] | null |
    And no side effects

  Scenario: [3] nullIf, btrim, normalize and character_length
    Given any graph
    When executing query:
      """
      RETURN nullIf(1, 1) AS same, nullIf(1, 2) AS differ, btrim('xxhixx', 'x') AS chars, btrim('  hi ') AS spaces,
             size(normalize('e\u0301')) AS nfc, size(normalize('\u00e9', NFD)) AS nfd, size(normalize('\u00e9', 'NFKD')) AS nfkd,
             character_length('abc') AS length
      """
    Then the result should be, in any order:
      | same | differ | chars | spaces | nfc | nfd | nfkd | length |
      | null | 1      | 'hi'  | 'hi'   | 1   | 2   | 2    | 3      |
    And no side effects

  Scenario: [4] randomUUID gives a version 4 UUID, a new one each time
    Given any graph
    When executing query:
      """
      UNWIND range(1, 20) AS i
      WITH randomUUID() AS u
      RETURN count(DISTINCT u) AS distinct, min(size(u)) AS size, all(x IN collect(u) WHERE x =~ '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}') AS form
      """
    Then the result should be, in any order:
      | distinct | size | form |
      | 20       | 36   | true |
    And no side effects

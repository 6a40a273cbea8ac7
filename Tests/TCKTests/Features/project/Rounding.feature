Feature: Rounding - round() with a precision and a rounding mode, as Neo4j computes it

  # Neo4j rounds the float's shortest decimal text (Java's BigDecimal.valueOf) by java.math.RoundingMode.

  Scenario Outline: [1] Rounding to a precision by each mode
    Given any graph
    When executing query:
      """
      RETURN round(<x>, <precision>, '<mode>') AS r
      """
    Then the result should be, in any order:
      | r        |
      | <result> |
    And no side effects

    Examples:
      | x      | precision | mode      | result  |
      | 2.5    | 0         | HALF_UP   | 3.0     |
      | -2.5   | 0         | HALF_UP   | -3.0    |
      | 2.5    | 0         | HALF_DOWN | 2.0     |
      | 2.51   | 0         | HALF_DOWN | 3.0     |
      | 2.5    | 0         | HALF_EVEN | 2.0     |
      | 3.5    | 0         | HALF_EVEN | 4.0     |
      | 2.1    | 0         | UP        | 3.0     |
      | -2.1   | 0         | UP        | -3.0    |
      | 2.9    | 0         | DOWN      | 2.0     |
      | -2.1   | 0         | FLOOR     | -3.0    |
      | 2.1    | 0         | FLOOR     | 2.0     |
      | -2.1   | 0         | CEILING   | -2.0    |
      | 2.1    | 0         | CEILING   | 3.0     |
      | 1.25   | 1         | HALF_EVEN | 1.2     |
      | 1.35   | 1         | HALF_EVEN | 1.4     |
      | 1234.5 | -2        | HALF_UP   | 1200.0  |
      | 2.5    | 1         | UNNECESSARY | 2.5   |

  Scenario Outline: [2] Rounding the decimal text, not the binary value
    Given any graph
    When executing query:
      """
      RETURN round(<x>, <precision>) AS r
      """
    Then the result should be, in any order:
      | r        |
      | <result> |
    And no side effects

    Examples:
      | x      | precision | result |
      | 1.005  | 2         | 1.01   |
      | 0.285  | 2         | 0.29   |
      | 1.255  | 2         | 1.26   |
      | 2.345  | 2         | 2.35   |
      | -0.004 | 2         | 0.0    |
      | 3      | 2         | 3.0    |

  Scenario: [3] Without a precision, ties round towards positive infinity
    Given any graph
    When executing query:
      """
      RETURN round(2.5) AS a, round(-2.5) AS b, round(0.49999999999999994) AS c, round(null) AS d, round(1.5, null) AS e
      """
    Then the result should be, in any order:
      | a   | b    | c   | d    | e    |
      | 3.0 | -2.0 | 0.0 | null | null |
    And no side effects

  Scenario: [4] An unknown rounding mode is an error
    Given any graph
    When executing query:
      """
      RETURN round(2.5, 0, 'BOGUS') AS r
      """
    Then a ArgumentError should be raised at runtime: InvalidArgumentValue

  Scenario: [5] UNNECESSARY refuses to drop a digit that is not zero
    Given any graph
    When executing query:
      """
      RETURN round(2.25, 1, 'UNNECESSARY') AS r
      """
    Then a ArgumentError should be raised at runtime: InvalidArgumentValue

  Scenario: [6] Extreme precisions and zeros
    Given any graph
    When executing query:
      """
      RETURN round(1.5, -9223372036854775808) AS low, round(1.5, -9223372036854775807, 'UP') AS up,
             round(1.25, 9223372036854775807) AS high, round(-0.0, 2) AS zero, round(-0.0) AS zero1, round(-0.4) AS small
      """
    Then the result should be, in any order:
      | low | up       | high | zero | zero1 | small |
      | 0.0 | Infinity | 1.25 | 0.0  | 0.0   | 0.0   |
    And no side effects

Feature: LabelExpressions - Neo4j 5 label expressions in patterns and conditions

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:A {n: 1})-[:R]->(:B {n: 2}), (:A:B {n: 3}), (:C {n: 4})-[:R]->(:D {n: 5}), ({n: 6})
      """

  Scenario: [1] Disjunction, negation, any label and grouping in node patterns
    When executing query:
      """
      MATCH (x:A|B) WITH collect(x.n) AS ab
      MATCH (y:!A) WITH ab, collect(y.n) AS notA
      MATCH (z:%) WITH ab, notA, collect(z.n) AS labelled
      MATCH (w:(A|C)&!B)
      RETURN ab, notA, labelled, collect(w.n) AS grouped
      """
    Then the result should be, ignoring element order for lists:
      | ab        | notA         | labelled           | grouped |
      | [1, 2, 3] | [2, 4, 5, 6] | [1, 2, 3, 4, 5]    | [1, 4]  |
    And no side effects

  Scenario: [2] Label expressions on anonymous nodes, in pattern predicates and subqueries
    When executing query:
      """
      MATCH (:A|C)-[:R]->(y)
      WITH collect(y.n) AS reached
      MATCH (x) WHERE (x)-[:R]->(:B|D)
      WITH reached, collect(x.n) AS sources
      MATCH (s) WHERE EXISTS { (s)-[:R]->(:!B) }
      RETURN reached, sources, collect(s.n) AS notToB
      """
    Then the result should be, ignoring element order for lists:
      | reached | sources | notToB |
      | [2, 5]  | [1, 4]  | [4]    |
    And no side effects

  Scenario: [3] Label expressions as conditions; a bare | ends a comprehension's condition
    When executing query:
      """
      MATCH (x)
      WHERE x:A|C OR x:!%
      RETURN x.n AS n, [y IN [x] WHERE y:A | y.n] AS a, [y IN [x] WHERE y:(A|C) | y.n] AS ac
      ORDER BY n
      """
    Then the result should be, in order:
      | n | a   | ac  |
      | 1 | [1] | [1] |
      | 3 | [3] | [3] |
      | 4 | []  | [4] |
      | 6 | []  | []  |
    And no side effects

  Scenario: [4] CREATE takes labels, not a label expression
    When executing query:
      """
      CREATE (:A|B)
      """
    Then a SyntaxError should be raised at compile time: UnexpectedSyntax

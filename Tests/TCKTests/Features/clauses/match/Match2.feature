#encoding: utf-8

Feature: Match2 - Match relationships

  Scenario: [1] Match non-existent relationships returns empty
    Given an empty graph
    When executing query:
      """
      MATCH ()-[r]->()
      RETURN r
      """
    Then the result should be, in any order:
      | r |
    And no side effects

  Scenario: [2] Matching a relationship pattern using a label predicate on both sides
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T1]->(:B),
             (:B)-[:T2]->(:A),
             (:B)-[:T3]->(:B),
             (:A)-[:T4]->(:A)
      """
    When executing query:
      """
      MATCH (:A)-[r]->(:B)
      RETURN r
      """
    Then the result should be, in any order:
      | r     |
      | [:T1] |
    And no side effects

  Scenario: [3] Matching a self-loop with an undirected relationship pattern
    Given an empty graph
    And having executed:
      """
      CREATE (a)
      CREATE (a)-[:T]->(a)
      """
    When executing query:
      """
      MATCH ()-[r]-()
      RETURN type(r) AS r
      """
    Then the result should be, in any order:
      | r   |
      | 'T' |
    And no side effects

  Scenario: [4] Matching a self-loop with a directed relationship pattern
    Given an empty graph
    And having executed:
      """
      CREATE (a)
      CREATE (a)-[:T]->(a)
      """
    When executing query:
      """
      MATCH ()-[r]->()
      RETURN type(r) AS r
      """
    Then the result should be, in any order:
      | r   |
      | 'T' |
    And no side effects

  Scenario: [5] Match relationship with inline property value
    Given an empty graph
    And having executed:
      """
      CREATE (:A)<-[:KNOWS {name: 'monkey'}]-()-[:KNOWS {name: 'woot'}]->(:B)
      """
    When executing query:
      """
      MATCH (node)-[r:KNOWS {name: 'monkey'}]->(a)
      RETURN a
      """
    Then the result should be, in any order:
      | a    |
      | (:A) |
    And no side effects

  Scenario: [6] Match relationships with multiple types
    Given an empty graph
    And having executed:
      """
      CREATE (a {name: 'A'}),
        (b {name: 'B'}),
        (c {name: 'C'}),
        (a)-[:KNOWS]->(b),
        (a)-[:HATES]->(c),
        (a)-[:WONDERS]->(c)
      """
    When executing query:
      """
      MATCH (n)-[r:KNOWS|HATES]->(x)
      RETURN r
      """
    Then the result should be, in any order:
      | r        |
      | [:KNOWS] |
      | [:HATES] |
    And no side effects

  Scenario: [7] Matching twice with conflicting relationship types on same relationship
    Given an empty graph
    And having executed:
      """
      CREATE (:A)-[:T]->(:B)
      """
    When executing query:
      """
      MATCH (a1)-[r:T]->()
      WITH r, a1
      MATCH (a1)-[r:Y]->(b2)
      RETURN a1, r, b2
      """
    Then the result should be, in any order:
      | a1 | r | b2 |
    And no side effects

  Scenario: [8] Fail when using parameter as relationship predicate in MATCH
    Given any graph
    When executing query:
      """
      MATCH ()-[r:FOO $param]->()
      RETURN r
      """
    Then a SyntaxError should be raised at compile time: InvalidParameterUse

  Scenario Outline: [9] Fail when a node has the same variable in a preceding MATCH
    Given any graph
    When executing query:
      """
      MATCH <pattern>
      MATCH ()-[r]-()
      RETURN r
      """
    Then a SyntaxError should be raised at compile time: VariableTypeConflict

    Examples:
      | pattern                                     |
      | (r)                                         |
      | (r)-[]-()                                   |
      | (r)-[]->()                                  |
      | (r)<-[]-()                                  |
      | ()-[]-(r)                                   |
      | ()-[]->(r)                                  |
      | (), (r)                                     |
      | (r), ()                                     |
      | ()-[]-(), (r)                               |
      | ()-[]-()-[]-(r)                             |
      | (x), (a)-[q]-(b), (s), (s)-[p]->(r)<-[]-(b) |

  Scenario Outline: [10] Fail when a path has the same variable in a preceding MATCH
    Given any graph
    When executing query:
      """
      MATCH <pattern>
      MATCH ()-[r]-()
      RETURN r
      """
    Then a SyntaxError should be raised at compile time: VariableTypeConflict

    Examples:
      | pattern                                  |
      | r = ()-[]-()                             |
      | r = ()-[]->()                            |
      | r = ()<-[]-()                            |
      | r = ()-[*]-()                            |
      | r = ()-[*]->()                           |
      | (), r = ()-[]-()                         |
      | ()-[]-(), r = ()-[]-(), ()               |
      | (x), r = (a)-[q]-(b), (s)-[p]-(t)-[]-(b) |

  Scenario Outline: [11] Fail when a node has the same variable in the same pattern
    Given any graph
    When executing query:
      """
      MATCH <pattern>
      RETURN r
      """
    Then a SyntaxError should be raised at compile time: VariableTypeConflict

    Examples:
      | pattern                                    |
      | (r)-[r]-()                                 |
      | (r)-[r]->()                                |
      | (r)<-[r]-()                                |
      | ()-[r]-(r)                                 |
      | (r)-[]-()-[r]-()                           |
      | (r)-[]-()-[r*]-()                          |
      | (r), ()-[r]-()                             |
      | ()-[r]-(), (r)                             |
      | (r)-[]-(), ()-[r]-()                       |
      | (), (r), ()-[r]-()                         |
      | (x), (a)-[r]-(b), (s), (s)-[]->(r)<-[]-(b) |

  Scenario Outline: [12] Fail when a path has the same variable in the same pattern
    Given any graph
    When executing query:
      """
      MATCH <pattern>
      RETURN r
      """
    Then a SyntaxError should be raised at compile time: VariableTypeConflict

    Examples:
      | pattern                                        |
      | r = ()-[]-(), ()-[r]-()                        |
      | r = ()-[]->(), ()-[r]-()                       |
      | r = ()-[*]-(), ()-[r]-()                       |
      | (), r = ()-[]-(), ()-[r]-()                    |
      | (x), r = (a)-[q]-(b), (s)-[r]-(t)-[]-(b)       |

  Scenario Outline: [13] Fail when matching a relationship variable bound to a value
    Given any graph
    When executing query:
      """
      WITH <invalid> AS r
      MATCH ()-[r]-()
      RETURN r
      """
    Then a SyntaxError should be raised at compile time: VariableTypeConflict

    Examples:
      | invalid |
      | true    |
      | 123     |
      | 123.4   |
      | 'foo'   |
      | []      |
      | [10]    |
      | {x: 1}  |
      | {x: []} |

#encoding: utf-8

Feature: Create3 - Interoperation with other clauses

  Scenario: [1] MATCH-CREATE
    Given an empty graph
    And having executed:
      """
      CREATE (), ()
      """
    When executing query:
      """
      MATCH ()
      CREATE ()
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes | 2 |

  Scenario: [4] Newly-created nodes not visible to preceding MATCH
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH ()
      CREATE ()
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes | 1 |

  Scenario: [5] WITH-UNWIND-CREATE
    Given an empty graph
    When executing query:
      """
      WITH ['a', 'b'] AS props
      UNWIND props AS prop
      CREATE ({name: prop})
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 2 |
      | +properties | 2 |

  Scenario: [6] Merge followed by multiple creates
    Given an empty graph
    When executing query:
      """
      MERGE (t:T {id: 42})
      CREATE (f:R)
      CREATE (t)-[:REL]->(f)
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes         | 2 |
      | +relationships | 1 |
      | +labels        | 2 |
      | +properties    | 1 |

  Scenario: [8] CREATE uses values computed from a matched node
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1}), (:A {num: 2})
      """
    When executing query:
      """
      MATCH (a:A)
      CREATE (a)-[:COPY]->(:B {num: a.num * 10})
      RETURN a.num AS a
      """
    Then the result should be, in any order:
      | a |
      | 1 |
      | 2 |
    And the side effects should be:
      | +nodes         | 2 |
      | +relationships | 2 |
      | +labels        | 1 |
      | +properties    | 2 |

  Scenario: [9] CREATE after an aggregation runs once per group
    Given an empty graph
    When executing query:
      """
      UNWIND [1, 1, 2] AS x
      WITH x, count(*) AS c
      CREATE (:N {x: x, c: c})
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 2 |
      | +labels     | 1 |
      | +properties | 4 |

  Scenario: [2] WITH-CREATE
    Given an empty graph
    And having executed:
      """
      CREATE (), ()
      """
    When executing query:
      """
      MATCH ()
      CREATE ()
      WITH *
      CREATE ()
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes | 4 |

  Scenario: [3] MATCH-CREATE-WITH-CREATE
    Given an empty graph
    And having executed:
      """
      CREATE (), ()
      """
    When executing query:
      """
      MATCH ()
      CREATE ()
      WITH *
      MATCH ()
      CREATE ()
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes | 10 |

  Scenario: [7] Created nodes are visible to a following MATCH
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 2})
      """
    When executing query:
      """
      CREATE (:A {num: 1})
      WITH *
      MATCH (a:A)
      RETURN a.num AS num
      """
    Then the result should be, in any order:
      | num |
      | 1   |
      | 2   |
    And the side effects should be:
      | +nodes      | 1 |
      | +properties | 1 |

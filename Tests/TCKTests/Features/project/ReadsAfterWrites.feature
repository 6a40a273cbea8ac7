Feature: ReadsAfterWrites - a MATCH sees what earlier clauses of the same statement created

  # Relationship types and labels are resolved by name. A name that does not exist yet when the statement
  # starts may be created by an earlier clause: the later MATCH must find it, and must not skip the
  # earlier clause's writes.

  Scenario: [1] Expanding along a relationship type created earlier in the statement
    Given an empty graph
    And having executed:
      """
      CREATE (:Cluster {name: 'k'})
      """
    When executing query:
      """
      MATCH (k:Cluster)
      CREATE (o:Organization)-[:MEMBER_OF]->(k)
      WITH o
      MATCH (o)-[:MEMBER_OF]->(c)
      RETURN c.name AS cluster
      """
    Then the result should be, in any order:
      | cluster |
      | 'k'     |
    And the side effects should be:
      | +nodes         | 1 |
      | +relationships | 1 |
      | +labels        | 1 |

  Scenario: [2] Expanding to a label created earlier in the statement
    Given an empty graph
    When executing query:
      """
      CREATE (:A)-[:R]->(:B)
      WITH count(*) AS created
      MATCH (a:A)-[:R]->(b:B)
      RETURN count(*) AS n
      """
    Then the result should be, in any order:
      | n |
      | 1 |
    And the side effects should be:
      | +nodes         | 2 |
      | +relationships | 1 |
      | +labels        | 2 |

  Scenario: [3] A chain walked as a frontier over types created earlier in the statement
    Given an empty graph
    When executing query:
      """
      CREATE (:Country {iso: 'X'})<-[:IN]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(:Cluster)
      WITH count(*) AS created
      MATCH (c:Country)<-[:IN]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:MEMBER_OF]->(cl:Cluster)
      RETURN c.iso AS iso, count(DISTINCT cl) AS clusters
      """
    Then the result should be, in any order:
      | iso | clusters |
      | 'X' | 1        |
    And the side effects should be:
      | +nodes         | 4 |
      | +relationships | 3 |
      | +labels        | 4 |
      | +properties    | 1 |

  Scenario: [4] A variable-length pattern over a type created earlier in the statement
    Given an empty graph
    When executing query:
      """
      CREATE (a:P {i: 1})-[:S]->(:P {i: 2})-[:S]->(:P {i: 3})
      WITH a
      MATCH (a)-[:S*1..2]->(b:P)
      RETURN b.i AS i
      """
    Then the result should be, in any order:
      | i |
      | 2 |
      | 3 |
    And the side effects should be:
      | +nodes         | 3 |
      | +relationships | 2 |
      | +labels        | 1 |
      | +properties    | 3 |

  Scenario: [5] A shortest path over a type created earlier in the statement
    Given an empty graph
    When executing query:
      """
      CREATE (a:Q {i: 1})-[:T]->(:Q {i: 2})-[:T]->(b:Q {i: 3})
      WITH a, b
      MATCH p = shortestPath((a)-[:T*]->(b))
      RETURN length(p) AS hops
      """
    Then the result should be, in any order:
      | hops |
      | 2    |
    And the side effects should be:
      | +nodes         | 3 |
      | +relationships | 2 |
      | +labels        | 1 |
      | +properties    | 3 |

  Scenario: [6] Variables passed on by WITH keep their values when renamed, swapped or sorted by
    Given an empty graph
    When executing query:
      """
      UNWIND [3, 1, 2] AS x
      WITH x, x * 10 AS y
      WITH y AS x, x AS y
      ORDER BY y DESC
      WITH x, y, x + y AS s
      RETURN x, y, s
      """
    Then the result should be, in order:
      | x  | y | s  |
      | 30 | 3 | 33 |
      | 20 | 2 | 22 |
      | 10 | 1 | 11 |
    And no side effects

#encoding: utf-8

Feature: Graph1 - Node and edge identifier - ID function

  Scenario: [1] `id()` of a node is an integer
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """
    When executing query:
      """
      MATCH (n)
      RETURN toInteger(id(n)) = id(n) AS isInteger
      """
    Then the result should be, in any order:
      | isInteger |
      | true      |
    And no side effects

  Scenario: [2] `id()` of different nodes differ
    Given an empty graph
    And having executed:
      """
      CREATE (), ()
      """
    When executing query:
      """
      MATCH (a), (b)
      WHERE a <> b
      RETURN id(a) <> id(b) AS differ
      """
    Then the result should be, in any order:
      | differ |
      | true   |
      | true   |
    And no side effects

  Scenario: [3] `id()` identifies a node
    Given an empty graph
    And having executed:
      """
      CREATE (:A), (:B)
      """
    When executing query:
      """
      MATCH (n:A)
      WITH id(n) AS i
      MATCH (m)
      WHERE id(m) = i
      RETURN m
      """
    Then the result should be, in any order:
      | m    |
      | (:A) |
    And no side effects

  Scenario: [4] `id()` identifies a relationship
    Given an empty graph
    And having executed:
      """
      CREATE ()-[:T1]->(), ()-[:T2]->()
      """
    When executing query:
      """
      MATCH ()-[r:T1]->()
      WITH id(r) AS i
      MATCH ()-[s]->()
      WHERE id(s) = i
      RETURN type(s) AS t
      """
    Then the result should be, in any order:
      | t    |
      | 'T1' |
    And no side effects

  Scenario: [5] `id()` of null is null
    Given any graph
    When executing query:
      """
      RETURN id(null) AS i
      """
    Then the result should be, in any order:
      | i    |
      | null |
    And no side effects

  Scenario: [6] `elementId()` of a node is a string that identifies it
    Given an empty graph
    And having executed:
      """
      CREATE (:A), (:B)
      """
    When executing query:
      """
      MATCH (n:A)
      WITH elementId(n) AS e
      MATCH (m)
      WHERE elementId(m) = e
      RETURN m, toString(e) = e AS isString
      """
    Then the result should be, in any order:
      | m    | isString |
      | (:A) | true     |
    And no side effects

  Scenario: [7] `id()` failing on a literal
    Given any graph
    When executing query:
      """
      RETURN id(1)
      """
    Then a SyntaxError should be raised at compile time: InvalidArgumentType

#encoding: utf-8

Feature: WithOrderBy2 - Order by a single expression (order of projection)
# LIMIT is used in the following scenarios to surface the effects or WITH ... ORDER BY ...
# which are otherwise lost after the WITH clause according to Cypher semantics

  Scenario Outline: [1] Sort by a boolean expression in ascending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY NOT (a.bool AND a.bool2) <sort>
        LIMIT 1
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Alice' |
    And no side effects

    Examples:
      | sort      |
      |           |
      | ASC       |
      | ASCENDING |

  Scenario Outline: [2] Sort by a boolean expression in descending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY NOT (a.bool AND a.bool2) <sort>
        LIMIT 4
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Eve'   |
      | 'Dave'  |
      | 'Carol' |
      | 'Bob'   |
    And no side effects

    Examples:
      | sort       |
      | DESC       |
      | DESCENDING |

  Scenario Outline: [3] Sort by an integer expression in ascending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY (a.num2 + (a.num * 2)) * -1 <sort>
        LIMIT 3
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Eve'   |
      | 'Alice' |
      | 'Bob'   |
    And no side effects

    Examples:
      | sort      |
      |           |
      | ASC       |
      | ASCENDING |

  Scenario Outline: [4] Sort by an integer expression in descending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY (a.num2 + (a.num * 2)) * -1 <sort>
        LIMIT 3
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Dave'  |
      | 'Carol' |
      | 'Bob'   |
    And no side effects

    Examples:
      | sort       |
      | DESC       |
      | DESCENDING |

  Scenario Outline: [5] Sort by a float expression in ascending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY (a.num + a.num2 * 2) * -1.01 <sort>
        LIMIT 2
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Eve'   |
      | 'Alice' |
    And no side effects

    Examples:
      | sort      |
      |           |
      | ASC       |
      | ASCENDING |

  Scenario Outline: [6] Sort by a float expression in descending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY (a.num + a.num2 * 2) * -1.01 <sort>
        LIMIT 2
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Dave'  |
      | 'Carol' |
    And no side effects

    Examples:
      | sort       |
      | DESC       |
      | DESCENDING |

  Scenario Outline: [7] Sort by a string expression in ascending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY a.title + ' ' + a.name <sort>
        LIMIT 3
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Carol' |
      | 'Bob'   |
      | 'Dave'  |
    And no side effects

    Examples:
      | sort      |
      |           |
      | ASC       |
      | ASCENDING |

  Scenario Outline: [8] Sort by a string expression in descending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY a.title + ' ' + a.name <sort>
        LIMIT 3
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Eve'   |
      | 'Alice' |
      | 'Dave'  |
    And no side effects

    Examples:
      | sort       |
      | DESC       |
      | DESCENDING |

  Scenario Outline: [9] Sort by a list expression in ascending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY a.list + a.list2 <sort>
        LIMIT 2
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name    |
      | 'Alice' |
      | 'Carol' |
    And no side effects

    Examples:
      | sort      |
      |           |
      | ASC       |
      | ASCENDING |

  Scenario Outline: [10] Sort by a list expression in descending order
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'Alice', title: 'Ms', bool: true, bool2: true, num: 9, num2: 5, list: [1, 2], list2: [3, 4]}),
             (:B {name: 'Bob', title: 'Mr', bool: false, bool2: true, num: 5, num2: 2, list: [2, 1], list2: [1]}),
             (:C {name: 'Carol', title: 'Dr', bool: false, bool2: false, num: -30, num2: 7, list: [1], list2: [5]}),
             (:D {name: 'Dave', title: 'Mr', bool: true, bool2: false, num: -41, num2: -1, list: [], list2: [2, 2]}),
             (:E {name: 'Eve', title: 'Ms', bool: false, bool2: true, num: 7054, num2: 0, list: [3], list2: [0]})
      """
    When executing query:
      """
      MATCH (a)
      WITH a
        ORDER BY a.list + a.list2 <sort>
        LIMIT 2
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name   |
      | 'Eve'  |
      | 'Dave' |
    And no side effects

    Examples:
      | sort       |
      | DESC       |
      | DESCENDING |

  Scenario: [11] Sort by an expression that is null for some rows in ascending order
    Given any graph
    When executing query:
      """
      UNWIND [{v: 3}, {v: null}, {v: 1}, {}] AS m
      WITH m
        ORDER BY m.v
        LIMIT 2
      RETURN m.v AS v
      """
    Then the result should be, in any order:
      | v |
      | 1 |
      | 3 |
    And no side effects

  Scenario: [12] Sort by an expression that is null for some rows in descending order
    Given any graph
    When executing query:
      """
      UNWIND [{v: 3}, {v: null}, {v: 1}, {}] AS m
      WITH m
        ORDER BY m.v DESC
        LIMIT 3
      RETURN m.v AS v
      """
    Then the result should be, in any order:
      | v    |
      | null |
      | null |
      | 3    |
    And no side effects

  Scenario Outline: [13] Sort by an expression that is only partially orderable on a non-distinct binding table
    Given any graph
    When executing query:
      """
      UNWIND [0, 2, 1, 2, 0, 1] AS x
      WITH x
        ORDER BY x * 2 <dir>
        LIMIT 2
      RETURN x
      """
    Then the result should be, in any order:
      | x   |
      | <x> |
      | <x> |
    And no side effects

    Examples:
      | dir  | x |
      | ASC  | 0 |
      | DESC | 2 |

#encoding: utf-8

Feature: Null2 - IS NOT NULL validation

  Scenario: [1] Property not null check on non-null node
    Given an empty graph
    And having executed:
      """
      CREATE ({exists: 42})
      """
    When executing query:
      """
      MATCH (n)
      RETURN n.missing IS NOT NULL,
             n.exists IS NOT NULL
      """
    Then the result should be, in any order:
      | n.missing IS NOT NULL | n.exists IS NOT NULL |
      | false                 | true                 |
    And no side effects

  Scenario: [2] Property not null check on optional non-null node
    Given an empty graph
    And having executed:
      """
      CREATE ({exists: 42})
      """
    When executing query:
      """
      OPTIONAL MATCH (n)
      RETURN n.missing IS NOT NULL,
             n.exists IS NOT NULL
      """
    Then the result should be, in any order:
      | n.missing IS NOT NULL | n.exists IS NOT NULL |
      | false                 | true                 |
    And no side effects

  Scenario: [3] Property not null check on null node
    Given an empty graph
    When executing query:
      """
      OPTIONAL MATCH (n)
      RETURN n.missing IS NOT NULL
      """
    Then the result should be, in any order:
      | n.missing IS NOT NULL |
      | false                 |
    And no side effects

  Scenario: [4] A literal null is not not null
    Given any graph
    When executing query:
      """
      RETURN null IS NOT NULL AS value
      """
    Then the result should be, in any order:
      | value |
      | false |
    And no side effects

  Scenario Outline: [5] IS NOT NULL on a map
    Given any graph
    When executing query:
      """
      WITH <map> AS map
      RETURN map.<key> IS NOT NULL AS result
      """
    Then the result should be, in any order:
      | result   |
      | <result> |
    And no side effects

    Examples:
      | map                             | key   | result |
      | {name: 'Mats', name2: 'Pontus'} | name  | true   |
      | {name: 'Mats', name2: 'Pontus'} | name2 | true   |
      | {name: 'Mats', name2: null}     | name  | true   |
      | {name: 'Mats', name2: null}     | name2 | false  |
      | {name: null}                    | name  | false  |
      | {name: null, name2: null}       | name  | false  |
      | {name: null, name2: null}       | name2 | false  |
      | {notName: null, notName2: null} | name  | false  |
      | {notName: 0, notName2: null}    | name  | false  |
      | {notName: 0}                    | name  | false  |
      | {}                              | name  | false  |
      | null                            | name  | false  |

  Scenario: [6] IS NOT NULL is case insensitive
    Given an empty graph
    And having executed:
      """
      CREATE (:X {prop: 42}), (:X)
      """
    When executing query:
      """
      MATCH (n:X)
      RETURN n, n.prop iS NoT NuLl AS b
      """
    Then the result should be, in any order:
      | n               | b     |
      | (:X {prop: 42}) | true  |
      | (:X)            | false |
    And no side effects

  Scenario: [7] IS NOT NULL on non-null values of every type
    Given any graph
    When executing query:
      """
      RETURN 0 IS NOT NULL AS a, '' IS NOT NULL AS b, [] IS NOT NULL AS c, {} IS NOT NULL AS d, false IS NOT NULL AS e, [null] IS NOT NULL AS f
      """
    Then the result should be, in any order:
      | a    | b    | c    | d    | e    | f    |
      | true | true | true | true | true | true |
    And no side effects

  Scenario: [8] Filtering with IS NOT NULL
    Given an empty graph
    And having executed:
      """
      CREATE ({name: 'a'}), ({name: ''}), ({other: 1})
      """
    When executing query:
      """
      MATCH (n)
      WHERE n.name IS NOT NULL
      RETURN n.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'a'  |
      | ''   |
    And no side effects

Feature: Temporal - dates, times, datetimes and durations as Neo4j has them

  Scenario Outline: [1] Constructing temporal values from maps
    Given any graph
    When executing query:
      """
      RETURN toString(<map>) AS value
      """
    Then the result should be, in any order:
      | value    |
      | <result> |
    And no side effects

    Examples:
      | map                                                                                                                | result                                                  |
      | date({year: 1984, month: 10, day: 11})                                                                             | '1984-10-11'                                            |
      | date({year: 1984, month: 10})                                                                                      | '1984-10-01'                                            |
      | date({year: 1984, week: 10, dayOfWeek: 3})                                                                         | '1984-03-07'                                            |
      | date({year: 1984, quarter: 3, dayOfQuarter: 45})                                                                   | '1984-08-14'                                            |
      | date({year: 1984, ordinalDay: 202})                                                                                | '1984-07-20'                                            |
      | date({year: 1817, week: 1})                                                                                        | '1816-12-30'                                            |
      | date({year: 1818, week: 53})                                                                                       | '1818-12-28'                                            |
      | date({year: -2, month: 2, day: 3})                                                                                 | '-0002-02-03'                                           |
      | date({year: 12345})                                                                                                | '+12345-01-01'                                          |
      | localtime({hour: 12, minute: 31, second: 14, nanosecond: 789, millisecond: 123, microsecond: 456})                 | '12:31:14.123456789'                                    |
      | localtime({hour: 12})                                                                                              | '12:00'                                                 |
      | time({hour: 12, minute: 31, second: 14, nanosecond: 645876123})                                                    | '12:31:14.645876123Z'                                   |
      | time({hour: 12, minute: 31, timezone: '+01:00'})                                                                   | '12:31+01:00'                                           |
      | localdatetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, microsecond: 645876})                | '1984-07-20T12:31:14.645876'                            |
      | datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, timezone: 'Europe/Stockholm'})                  | '1984-10-11T12:31+01:00[Europe/Stockholm]'              |
      | datetime({year: 1984, ordinalDay: 202, hour: 12, timezone: 'Europe/Stockholm'})                                    | '1984-07-20T12:00+02:00[Europe/Stockholm]'              |
      | datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, millisecond: 645, timezone: '+01:00'}) | '1984-03-07T12:31:14.645+01:00'                     |
      | datetime({epochSeconds: 416779, nanosecond: 999999999})                                                            | '1970-01-05T19:46:19.999999999Z'                        |
      | datetime({epochMillis: 237821673987})                                                                              | '1977-07-15T13:34:33.987Z'                              |
      | datetime.fromepoch(416779, 999999999)                                                                              | '1970-01-05T19:46:19.999999999Z'                        |
      | datetime.fromepochmillis(237821673987)                                                                             | '1977-07-15T13:34:33.987Z'                              |
      | duration({days: 14, hours: 16, minutes: 12})                                                                       | 'P14DT16H12M'                                           |
      | duration({months: 5, days: 1.5})                                                                                   | 'P5M1DT12H'                                             |
      | duration({months: 0.75})                                                                                           | 'P22DT19H51M49.5S'                                      |
      | duration({weeks: 2.5})                                                                                             | 'P17DT12H'                                              |
      | duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70})                                    | 'P12Y5M14DT16H13M10S'                                   |
      | duration({seconds: -0.5})                                                                                          | 'PT-0.5S'                                               |
      | duration({})                                                                                                       | 'PT0S'                                                  |

  Scenario Outline: [2] Parsing ISO 8601 text
    Given any graph
    When executing query:
      """
      RETURN toString(<text>) AS value
      """
    Then the result should be, in any order:
      | value    |
      | <result> |
    And no side effects

    Examples:
      | text                                                        | result                                                  |
      | date('2015-07-21')                                          | '2015-07-21'                                            |
      | date('2015W302')                                            | '2015-07-21'                                            |
      | date('2015-202')                                            | '2015-07-21'                                            |
      | date('2015-Q3-21')                                          | '2015-07-21'                                            |
      | date('201507')                                              | '2015-07-01'                                            |
      | localtime('214032.142')                                     | '21:40:32.142'                                          |
      | time('21:40:32.142+0100')                                   | '21:40:32.142+01:00'                                    |
      | time('2140-02')                                             | '21:40-02:00'                                           |
      | time('21')                                                  | '21:00Z'                                                |
      | localdatetime('2015-W30-2T214032.142')                      | '2015-07-21T21:40:32.142'                               |
      | datetime('2015-07-21T21:40:32.142+0100')                    | '2015-07-21T21:40:32.142+01:00'                         |
      | datetime('2015T214032-0100')                                | '2015-01-01T21:40:32-01:00'                             |
      | datetime('2015202T21+18:00')                                | '2015-07-21T21:00+18:00'                                |
      | datetime('2015-07-21T21:40:32.142[Europe/London]')          | '2015-07-21T21:40:32.142+01:00[Europe/London]'          |
      | datetime('2015-07-21T21:40:32.142-04[America/New_York]')    | '2015-07-21T21:40:32.142-04:00[America/New_York]'       |
      | datetime('2019-03-31T02:30[Europe/Stockholm]')              | '2019-03-31T03:30+02:00[Europe/Stockholm]'              |
      | datetime('2019-10-27T02:30[Europe/Stockholm]')              | '2019-10-27T02:30+02:00[Europe/Stockholm]'              |
      | datetime('2015-07-21T21:40:32.142[UTC]')                    | '2015-07-21T21:40:32.142Z[UTC]'                         |
      | duration('P5M1.5D')                                         | 'P5M1DT12H'                                             |
      | duration('PT0.75M')                                         | 'PT45S'                                                 |
      | duration('P2012-02-02T14:37:21.545')                        | 'P2012Y2M2DT14H37M21.545S'                              |

  Scenario: [3] Fields of temporal values
    Given any graph
    When executing query:
      """
      WITH datetime('1984-11-11T12:31:14.645876123+01:00[Europe/Stockholm]') AS d,
           duration('P1Y4M10DT1H1M1.111111111S') AS dur
      RETURN d.year, d.quarter, d.month, d.week, d.weekYear, d.dayOfQuarter, d.day, d.ordinalDay, d.dayOfWeek,
             d.hour, d.minute, d.second, d.millisecond, d.microsecond, d.nanosecond, d.timezone, d.offset,
             d.offsetMinutes, d.epochSeconds, d.epochMillis, dur.years, dur.months, dur.monthsOfYear, dur.days,
             dur.minutes, dur.milliseconds, dur.nanosecondsOfSecond
      """
    Then the result should be, in any order:
      | d.year | d.quarter | d.month | d.week | d.weekYear | d.dayOfQuarter | d.day | d.ordinalDay | d.dayOfWeek | d.hour | d.minute | d.second | d.millisecond | d.microsecond | d.nanosecond | d.timezone         | d.offset | d.offsetMinutes | d.epochSeconds | d.epochMillis | dur.years | dur.months | dur.monthsOfYear | dur.days | dur.minutes | dur.milliseconds | dur.nanosecondsOfSecond |
      | 1984   | 4         | 11      | 45     | 1984       | 42             | 11    | 316          | 7           | 12     | 31       | 14       | 645           | 645876        | 645876123    | 'Europe/Stockholm' | '+01:00' | 60              | 469020674      | 469020674645  | 1         | 16         | 4                | 10       | 61          | 3661111          | 111111111               |
    And no side effects

  Scenario Outline: [4] Arithmetic with durations
    Given any graph
    When executing query:
      """
      RETURN toString(<expression>) AS value
      """
    Then the result should be, in any order:
      | value    |
      | <result> |
    And no side effects

    Examples:
      | expression                                                                               | result                                     |
      | date('1984-10-31') + duration('P1M')                                                     | '1984-11-30'                               |
      | date('1984-10-11') + duration('P12Y5M14DT16H12M70S')                                     | '1997-03-25'                               |
      | date('1984-10-11') - duration('P12Y5M14DT16H12M70S')                                     | '1972-04-27'                               |
      | localtime('23:00') + duration('P1DT2H')                                                  | '01:00'                                    |
      | time('23:00+01:00') - duration('PT24H1M')                                                | '22:59+01:00'                              |
      | localdatetime('2018-01-31T12:00') + duration('P1MT13H')                                  | '2018-03-01T01:00'                         |
      | datetime('2018-03-24T12:00[Europe/Stockholm]') + duration('P1D')                         | '2018-03-25T12:00+02:00[Europe/Stockholm]' |
      | datetime('2018-03-24T12:00[Europe/Stockholm]') + duration('PT24H')                       | '2018-03-25T13:00+02:00[Europe/Stockholm]' |
      | duration('P1Y') + duration('P1M1D')                                                      | 'P1Y1M1D'                                  |
      | duration('P1Y') - duration('PT1S')                                                       | 'P1YT-1S'                                  |
      | duration('P1Y') * 1.5                                                                    | 'P1Y6M'                                    |
      | 2 * duration('PT1H30M')                                                                  | 'PT3H'                                     |
      | duration('PT1H') / 3                                                                     | 'PT20M'                                    |
      | duration({seconds: 2}) / 3                                                               | 'PT0.666666666S'                           |
      | duration('P12Y5M14DT16H12M70.000000001S') / 2                                            | 'P6Y2M22DT13H21M8S'                        |
      | duration('P12Y5M14DT16H12M70.000000001S') * 0.5                                          | 'P6Y2M22DT13H21M8S'                        |
      | -duration('P1DT1H')                                                                      | 'P-1DT-1H'                                 |

  Scenario Outline: [5] Durations between values
    Given any graph
    When executing query:
      """
      RETURN toString(<expression>) AS value
      """
    Then the result should be, in any order:
      | value    |
      | <result> |
    And no side effects

    Examples:
      | expression                                                                                                              | result                    |
      | duration.between(date('1984-10-11'), date('2015-06-24'))                                                                | 'P30Y8M13D'               |
      | duration.between(date('2015-06-24'), date('1984-10-11'))                                                                | 'P-30Y-8M-13D'            |
      | duration.between(date('1984-10-11'), localdatetime('2016-07-21T21:45:22.142'))                                          | 'P31Y9M10DT21H45M22.142S' |
      | duration.between(date('1984-10-11'), localtime('16:30'))                                                                | 'PT16H30M'                |
      | duration.between(localtime('14:30'), date('2015-06-24'))                                                                | 'PT-14H-30M'              |
      | duration.between(time('14:30'), datetime('2015-07-21T21:40:32.142+0100'))                                               | 'PT6H10M32.142S'          |
      | duration.between(datetime('2014-07-21T21:40:36.143+0200'), localdatetime('2016-07-21T21:45:22.142'))                    | 'P2YT4M45.999S'           |
      | duration.between(datetime('2014-07-21T21:40:36.143+0200'), date('2015-06-24'))                                          | 'P11M2DT2H19M23.857S'     |
      | duration.between(datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}), localdatetime({year: 2017, month: 10, day: 29, hour: 4})) | 'PT5H' |
      | duration.between(localtime('12:00:00.001'), localtime('12:00'))                                                         | 'PT-0.001S'               |
      | duration.between(time('23:30-05:00'), datetime('2016-03-01T01:00+01:00'))                                               | 'PT-28H-30M'              |
      | duration.between(datetime('2016-03-01T01:00+01:00'), time('23:30-05:00'))                                               | 'PT28H30M'                |
      | duration.inMonths(date('1984-10-11'), date('2015-06-24'))                                                               | 'P30Y8M'                  |
      | duration.inDays(date('1984-10-11'), date('2015-06-24'))                                                                 | 'P11213D'                 |
      | duration.inSeconds(date('1984-10-11'), date('2015-06-24'))                                                              | 'PT269112H'               |

  Scenario Outline: [6] Truncating to a unit
    Given any graph
    When executing query:
      """
      WITH datetime('2017-11-11T12:31:14.645876123+01:00') AS d
      RETURN toString(<expression>) AS value
      """
    Then the result should be, in any order:
      | value    |
      | <result> |
    And no side effects

    Examples:
      | expression                                                             | result                                     |
      | date.truncate('millennium', d)                                         | '2000-01-01'                               |
      | date.truncate('decade', d)                                             | '2010-01-01'                               |
      | date.truncate('weekYear', d)                                           | '2017-01-02'                               |
      | date.truncate('quarter', d)                                            | '2017-10-01'                               |
      | date.truncate('week', d, {dayOfWeek: 2})                               | '2017-11-07'                               |
      | date.truncate('millennium', d, {day: 2})                               | '2000-01-02'                               |
      | localdatetime.truncate('month', d)                                     | '2017-11-01T00:00'                         |
      | datetime.truncate('hour', d)                                           | '2017-11-11T12:00+01:00'                   |
      | datetime.truncate('day', d, {timezone: 'Europe/Stockholm'})            | '2017-11-11T00:00+01:00[Europe/Stockholm]' |
      | localtime.truncate('millisecond', d)                                   | '12:31:14.645'                             |
      | localdatetime.truncate('millisecond', d, {nanosecond: 2})              | '2017-11-11T12:31:14.645000002'            |
      | localdatetime.truncate('microsecond', d, {nanosecond: 2})              | '2017-11-11T12:31:14.645876002'            |
      | localtime.truncate('millisecond', d, {microsecond: 2})                 | '12:31:14.645002'                          |
      | localtime.truncate('second', d, {nanosecond: 2})                       | '12:31:14.000000002'                       |
      | time.truncate('minute', d)                                             | '12:31+01:00'                              |

  Scenario: [7] Comparing: same types compare, zoned values by instant; durations only for equality
    Given any graph
    When executing query:
      """
      RETURN date('2018-01-01') < date('2019-01-01') AS dates,
             date('2018-01-01') < localdatetime('2019-01-01T00:00') AS mixed,
             time('12:00+01:00') < time('11:30Z') AS times,
             datetime('2018-01-01T12:00+01:00') < datetime('2018-01-01T11:30Z') AS instants,
             duration('P1D') < duration('P2D') AS durations,
             duration({years: 12}) = duration({months: 144}) AS sameMonths,
             duration({days: 1}) = duration({hours: 24}) AS dayIsNotHours,
             date('2019-01-01') = date({year: 2019}) AS equal
      """
    Then the result should be, in any order:
      | dates | mixed | times | instants | durations | sameMonths | dayIsNotHours | equal |
      | true  | null  | true  | true     | null      | true       | false         | true  |
    And no side effects

  Scenario: [8] ORDER BY across temporal types follows openCypher's type order
    Given any graph
    When executing query:
      """
      UNWIND ['x', duration('P1D'), localtime('10:00'), time('10:00Z'), date('2019-01-01'),
              localdatetime('2019-01-01T10:00'), datetime('2019-01-01T10:00Z'), 1] AS v
      RETURN toString(v) AS v
      ORDER BY v
      """
    Then the result should be, in any order:
      | v                   |
      | 'x'                 |
      | 'P1D'               |
      | '10:00'             |
      | '10:00Z'            |
      | '2019-01-01'        |
      | '2019-01-01T10:00'  |
      | '2019-01-01T10:00Z' |
      | '1'                 |
    And no side effects

  Scenario: [9] ORDER BY sorts values of a type by instant
    Given any graph
    When executing query:
      """
      UNWIND [datetime('2019-01-01T10:00+02:00'), datetime('2019-01-01T09:30Z'), datetime('2019-01-01T09:00+01:00')] AS v
      WITH v ORDER BY v
      RETURN collect(toString(v)) AS sorted
      """
    Then the result should be, in any order:
      | sorted                                                                     |
      | ['2019-01-01T09:00+01:00', '2019-01-01T10:00+02:00', '2019-01-01T09:30Z'] |
    And no side effects

  Scenario: [10] Temporal values are stored, indexed and found
    Given an empty graph
    And having executed:
      """
      CREATE (:M {code: 'SE231', since: date('2019-01-01')}), (:M {code: 'SE321', since: date('2022-01-01')}),
             (:M {code: 'DK01'}), (:M {code: 'X', since: datetime('2019-01-01T00:00Z')}),
             (:M {code: 'Y', spells: [date('2001-01-01'), date('2002-01-01')], length: duration('P1Y')})
      """
    When executing query:
      """
      MATCH (m:M) WHERE m.since <= date('2020-06-30')
      RETURN m.code AS code, m.since.year AS year
      """
    Then the result should be, in any order:
      | code    | year |
      | 'SE231' | 2019 |
    And no side effects

  Scenario: [11] An index on a temporal property gives the same rows as a scan
    Given an empty graph
    And having executed:
      """
      UNWIND range(1, 40) AS i
      CREATE (:M {i: i, since: date('2000-01-01') + duration({months: i})})
      """
    And having executed:
      """
      CREATE INDEX FOR (m:M) ON (m.since)
      """
    When executing query:
      """
      MATCH (m:M) WHERE m.since = date('2001-03-01') OR m.since > date('2003-03-01')
      RETURN m.i AS i ORDER BY i
      """
    Then the result should be, in order:
      | i  |
      | 14 |
      | 39 |
      | 40 |
    And no side effects

  Scenario Outline: [12] Bad temporal input is an error naming what is wrong
    Given any graph
    When executing query:
      """
      RETURN <expression> AS value
      """
    Then a ArgumentError should be raised at runtime: InvalidArgumentValue

    Examples:
      | expression                                     |
      | date('2015-13-01')                             |
      | date('2019-02-29')                             |
      | date('yesterday')                              |
      | date({year: 1984, day: 3})                     |
      | date({year: 1984, hour: 3})                    |
      | localtime({minute: 3})                         |
      | datetime('2015-07-21T21:40[Mars/Olympus]')     |
      | duration('P1H')                                |
      | duration({fortnights: 1})                      |
      | date.truncate('eon', date('2019-01-01'))       |
      | localtime.truncate('week', localtime('12:00')) |
      | date('2019-01-01').hour                        |
      | date.truncate('hour', date('1984-10-11'))      |
      | date.truncate('second', localdatetime('1984-10-11T12:00')) |
      | datetime.truncate('hour', date('1984-10-11'))  |
      | time.truncate('hour', date('1984-10-11'))      |
      | localtime.truncate('day', date('1984-10-11'))  |

  Scenario: [13] A temporal value cannot take a number
    Given any graph
    When executing query:
      """
      RETURN date('2019-01-01') + 1 AS value
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType

  Scenario: [14] Null in, null out
    Given any graph
    When executing query:
      """
      RETURN date(null) AS a, duration(null) AS b, date.truncate('day', null) AS c, duration.between(null, date()) AS d,
             datetime.fromepoch(null, 0) AS e
      """
    Then the result should be, in any order:
      | a    | b    | c    | d    | e    |
      | null | null | null | null | null |
    And no side effects

  Scenario: [15] The clock functions give the statement's time
    Given any graph
    When executing query:
      """
      RETURN date() = date.statement() AS sameDay, datetime() = datetime.transaction() AS sameInstant,
             date().year >= 2026 AS now, datetime({timezone: 'Asia/Tokyo'}).offset AS tokyo
      """
    Then the result should be, in any order:
      | sameDay | sameInstant | now  | tokyo    |
      | true    | true        | true | '+09:00' |
    And no side effects

  Scenario Outline: [16] Values beyond the year range are an error, never a crash or a wrong value
    Given any graph
    When executing query:
      """
      RETURN <expression> AS value
      """
    Then a ArithmeticError should be raised at runtime: <code>

    Examples:
      | expression                                                         | code             |
      | date('+999999999-W52-7')                                           | NumberOutOfRange |
      | date('+999999999-12-31') + duration('P1D')                         | NumberOutOfRange |
      | date('2019-01-01') + duration({days: 9223372036854700000})         | NumberOutOfRange |
      | localdatetime('2019-01-01T00:00') + duration({days: 9223372036854700000}) | NumberOutOfRange |
      | datetime.fromepoch(9223372036854775, 900000000).epochMillis        | NumberOutOfRange |
      | date({date: date('+999999999-12-31'), dayOfWeek: 7})                | NumberOutOfRange |
      | duration('P1D') / 0.0                                              | DivisionByZero   |
      | duration('P1D') / 0                                                | DivisionByZero   |

  Scenario: [17] A datetime in the hour repeated when clocks go back keeps its offset when rebuilt
    Given any graph
    When executing query:
      """
      WITH datetime('2019-10-27T02:30:10+01:00[Europe/Stockholm]') AS d
      RETURN toString(datetime({datetime: d})) AS same, toString(datetime({datetime: d, timezone: 'UTC'})) AS utc,
             toString(datetime.truncate('minute', d)) AS truncated, toString(d + duration('PT1M')) AS later
      """
    Then the result should be, in any order:
      | same                                          | utc                       | truncated                                  | later                                         |
      | '2019-10-27T02:30:10+01:00[Europe/Stockholm]' | '2019-10-27T01:30:10Z[UTC]' | '2019-10-27T02:30+01:00[Europe/Stockholm]' | '2019-10-27T02:31:10+01:00[Europe/Stockholm]' |
    And no side effects

  Scenario Outline: [18] Fields that a constructor cannot use are refused
    Given any graph
    When executing query:
      """
      RETURN <expression> AS value
      """
    Then a ArgumentError should be raised at runtime: InvalidArgumentValue

    Examples:
      | expression                                                  |
      | date({year: 2019, timezone: 'Europe/Stockholm'})            |
      | datetime({epochSeconds: 0, date: date('2019-05-05')})       |
      | date.truncate('day', date('2019-01-01'), {timezone: 'UTC'}) |
      | datetime('2019-01-01T00:00+0100:')                          |
      | datetime('2019-01-01T00:00+:0100')                          |
      | time('12:00+01:0')                                          |

  Scenario: [19] A temporal value is not its text (the TCK compares both as text)
    Given any graph
    When executing query:
      """
      RETURN date('2019-01-01') = '2019-01-01' AS sameAsText, toString(date('2019-01-01')) = '2019-01-01' AS textIsText,
             date('2019-01-01') IN ['2019-01-01'] AS inTexts, size(toString(duration('P1D'))) AS textLength
      """
    Then the result should be, in any order:
      | sameAsText | textIsText | inTexts | textLength |
      | false      | true       | false   | 3          |
    And no side effects

  Scenario: [20] sum() and avg() of durations
    Given any graph
    When executing query:
      """
      UNWIND [duration('P1D'), duration('PT12H'), null] AS d
      RETURN sum(d) AS s, avg(d) AS a
      """
    Then the result should be, in any order:
      | s         | a      |
      | 'P1DT12H' | 'PT18H' |
    And no side effects

  Scenario: [21] sum() of durations and numbers together is an error
    Given any graph
    When executing query:
      """
      UNWIND [duration('P1D'), 1] AS d
      RETURN sum(d) AS s
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType

  Scenario Outline: [22] Amounts near the ends of the integer range give a value, never a crash
    Given any graph
    When executing query:
      """
      RETURN toString(<expression>) AS value
      """
    Then the result should be, in any order:
      | value    |
      | <result> |
    And no side effects

    Examples:
      | expression                                                                | result                             |
      | duration({nanoseconds: -9223372036854000000})                             | 'PT-2562047H-47M-16.854S'          |
      | duration({nanoseconds: -9223372036854775808, seconds: 1})                 | 'PT-2562047H-47M-15.854775808S'    |
      | localtime('12:00') + duration({nanoseconds: -9223372036854775807})        | '12:12:43.145224193'               |
      | localtime('00:00') - duration({seconds: 9223372036854775807})             | '08:29:53'                         |
      | datetime.fromepochmillis(-9223372036854775808)                            | '-292275055-05-16T16:47:04.192Z'   |

  Scenario: [23] A date moved past the representable range is an error, not a crash
    Given any graph
    When executing query:
      """
      RETURN date('2024-01-01') + duration({seconds: -9223372036854775807}) AS x
      """
    Then a ArithmeticError should be raised at runtime: NumberOutOfRange

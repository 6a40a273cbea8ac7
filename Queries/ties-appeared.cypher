// Question (issue 14; facts.md §2.3): which cross-border ties between regions appeared, grew or ended
// between the paper's year (2018-12-31) and today? Halland's joining Greater Copenhagen in 2019 adds
// EU-C6 to its ties with the two Danish regions (already tied through STRING, EU-C5); Västernorrland's
// joining the Kvarken Council in 2022 ties it to the three Finnish Kvarken regions.
//
// Answer shape: one row per pair of regions in different countries whose shared clusters differ —
//   a, b (region codes, a < b), clusters_2018, clusters_today (lists of Cluster.id, sorted) —
//   ordered by a, b.
CALL clusters.ties({level: 'region', asOf: date('2018-12-31')}) YIELD a, b, clusters
WITH collect({pair: [a.code, b.code], clusters: clusters}) AS then
CALL clusters.ties({level: 'region', asOf: date()}) YIELD a, b, clusters
WITH then, collect({pair: [a.code, b.code], clusters: clusters}) AS today
UNWIND then + today AS entry
WITH DISTINCT entry.pair AS pair, then, today
WITH pair,
     coalesce([x IN then WHERE x.pair = pair | x.clusters][0], []) AS clusters_2018,
     coalesce([x IN today WHERE x.pair = pair | x.clusters][0], []) AS clusters_today
WHERE clusters_2018 <> clusters_today
RETURN pair[0] AS a, pair[1] AS b, clusters_2018, clusters_today
ORDER BY a, b;

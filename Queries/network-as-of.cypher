// Question (issue 14; facts.md §2.3): how did the cluster network change between the paper's year and
// today? Region Halland (SE231) joined Greater Copenhagen (EU-C6) on 1 January 2019 and Region
// Västernorrland (SE321) became a main member of the Kvarken Council (EU-C9) in 2022; COINCO North II
// (EU-C7) ran from 2011 to 2014, so it counts on neither day. `asOf` keeps the clusters and memberships
// whose dates (since/until, founded/start/end) say they were valid that day.
//
// Answer shape: one row per region whose number of clusters differs between 2018-12-31 and today —
//   code, clusters_2018 (int), clusters_today (int) — ordered by code.
CALL clusters.hubs({level: 'region', by: 'clusters', asOf: date('2018-12-31')}) YIELD node, score
WITH collect({code: node.code, clusters: toInteger(score)}) AS then
CALL clusters.hubs({level: 'region', by: 'clusters', asOf: date()}) YIELD node, score
WITH then, collect({code: node.code, clusters: toInteger(score)}) AS today
UNWIND then + today AS entry
WITH DISTINCT entry.code AS code, then, today
WITH code,
     coalesce([x IN then WHERE x.code = code | x.clusters][0], 0) AS clusters_2018,
     coalesce([x IN today WHERE x.code = code | x.clusters][0], 0) AS clusters_today
WHERE clusters_2018 <> clusters_today
RETURN code, clusters_2018, clusters_today
ORDER BY code;

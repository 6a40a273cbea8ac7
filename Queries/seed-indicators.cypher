// Question (issue 4 acceptance): what does the dataset say for every number of the seed paper? One row
// per seed indicator, so each seed figure can be checked against the paper (e.g. the aerosol
// cluster's 2017 revenue is 14 bn RUB and it provides 2,200 jobs; RU-C2's taxes are stored as printed,
// 851 "bn" RUB, with the suggested 0.851).
//
// Answer shape: one row per Indicator with source 'seed' —
//   owner (Cluster.id or Country.iso), metric, period, value (float), unit, qualifier, suggested_value,
//   lit (the seed's Russian wording) — ordered by owner, metric, id.
MATCH (o)-[:HAS_INDICATOR]->(i:Indicator)
WHERE i.source = 'seed'
RETURN coalesce(o.id, o.iso) AS owner, i.metric AS metric, i.period AS period, i.value AS value, i.unit AS unit,
       i.qualifier AS qualifier, i.suggested_value AS suggested_value, i.lit AS lit
ORDER BY owner, metric, i.id;

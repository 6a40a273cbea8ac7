// Question (seed S2's reason): is Sweden the country that puts most into innovation? The seed explains
// the Swedish hub by Sweden's emphasis on innovation and S&T development; facts.md §5 gives the R&D
// intensity (GERD, % of GDP) and the Global Innovation Index 2021 rank of the seed's countries.
//
// Uses the preliminary Eurostat 2015 set (consistent across countries), not the revised 2015 values.
//
// Answer shape: one row per country named in the seed —
//   iso, country, gerd_2015, gerd_2016, gerd_2022 (floats or null), gii_rank_2021 (float or null) —
//   ordered by gerd_2015 desc, iso. Expected: Sweden first (3.26 % in 2015, GII rank 2).
MATCH (k:Country {in_seed: true})
OPTIONAL MATCH (k)-[:HAS_INDICATOR]->(g:Indicator {metric: 'gerd_pct_gdp'})
WHERE g.vintage IS NULL OR g.vintage = 'preliminary'
WITH k, max(CASE WHEN g.year = 2015 THEN g.value END) AS gerd_2015,
        max(CASE WHEN g.year = 2016 THEN g.value END) AS gerd_2016,
        max(CASE WHEN g.year = 2022 THEN g.value END) AS gerd_2022
OPTIONAL MATCH (k)-[:HAS_INDICATOR]->(r:Indicator {metric: 'gii_rank'})
RETURN k.iso AS iso, k.name AS country, gerd_2015, gerd_2016, gerd_2022, r.value AS gii_rank_2021
ORDER BY gerd_2015 DESC, iso;

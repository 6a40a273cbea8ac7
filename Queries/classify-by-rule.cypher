// Question: what type is each cluster — domestic, cross-border or transnational — under each rule of
// what makes two countries neighbours (land only; land or fixed link, the seed's reading; any land or sea
// border)? This uses the clusters.classify procedure; cluster-types.cypher computes the same in plain Cypher.
// Answer shape: one row per cluster with its countries and its type under each of the three rules;
// Medicon Valley changes from transnational (land) to cross-border (land+fixed_link).
UNWIND ['land', 'land+fixed_link', 'land+maritime'] AS rule
CALL clusters.classify({neighbours: rule}) YIELD cluster, type, countries
WITH cluster, countries, collect([rule, type]) AS types
RETURN cluster.id AS id, cluster.name AS cluster, countries,
       [t IN types WHERE t[0] = 'land' | t[1]][0] AS land,
       [t IN types WHERE t[0] = 'land+fixed_link' | t[1]][0] AS land_fixed_link,
       [t IN types WHERE t[0] = 'land+maritime' | t[1]][0] AS land_maritime
ORDER BY id;

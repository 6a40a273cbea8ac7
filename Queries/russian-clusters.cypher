// Question (seed §1.4–§1.8, issue 4): how do the three Russian interregional clusters compare —
// revenue per job, taxes per revenue, private investment per budget rouble, participants by type?
//
// Figures are the seed's, as printed (Indicator nodes). Ratios are rounded to 3 (per job) or 4 (per
// revenue) decimals. Caveats are listed in `flags` rather than hidden:
//   - RU-C2's taxes are printed as 851 bn RUB (typo T1, almost certainly 851 mn RUB); taxes_per_revenue
//     uses the printed value, taxes_per_revenue_suggested the suggested 0.851 bn RUB;
//   - RU-C2's jobs are "additional" jobs; RU-C3's revenue, jobs and taxes are 2017–2018 totals (T6),
//     so its per-job and per-revenue ratios are not comparable with the single-year 2017 figures;
//   - participants absent from Table 1 are null (RU-C1 lists only enterprises); participants_total
//     counts them as 0.
//
// Answer shape: one row per domestic Russian cluster, ordered by id —
//   id, cluster, revenue_bn_rub, revenue_period, jobs, revenue_per_job_mn_rub, taxes_bn_rub,
//   taxes_per_revenue, taxes_per_revenue_suggested, private_investment_per_budget_rub,
//   enterprises, universities, infrastructure, participants_total, flags (list of strings).
MATCH (c:Cluster)-[:INVOLVES]->(k:Country)
WITH c, collect(k.iso) AS countries
WHERE countries = ['RU']
OPTIONAL MATCH (c)-[:HAS_INDICATOR]->(rev:Indicator {metric: 'revenue'})
OPTIONAL MATCH (c)-[:HAS_INDICATOR]->(job:Indicator {metric: 'jobs'})
OPTIONAL MATCH (c)-[:HAS_INDICATOR]->(tax:Indicator {metric: 'taxes'})
OPTIONAL MATCH (c)-[:HAS_INDICATOR]->(inv:Indicator {metric: 'private_investment_per_budget_rub'})
RETURN c.id AS id, c.name AS cluster,
       rev.value AS revenue_bn_rub, rev.period AS revenue_period,
       job.value AS jobs,
       round(rev.value * 1000.0 / job.value * 1000.0) / 1000.0 AS revenue_per_job_mn_rub,
       tax.value AS taxes_bn_rub,
       round(tax.value / rev.value * 10000.0) / 10000.0 AS taxes_per_revenue,
       round(coalesce(tax.suggested_value, tax.value) / rev.value * 10000.0) / 10000.0 AS taxes_per_revenue_suggested,
       inv.value AS private_investment_per_budget_rub,
       c.participants_enterprises AS enterprises,
       c.participants_universities AS universities,
       c.participants_infrastructure AS infrastructure,
       c.participants_enterprises + coalesce(c.participants_universities, 0) + coalesce(c.participants_infrastructure, 0) AS participants_total,
       [f IN [CASE WHEN tax.suggested_value IS NOT NULL THEN 'taxes printed as 851 bn RUB, suggested 0.851 bn (T1)' END,
              CASE WHEN job.scope = 'additional' THEN 'jobs are additional jobs' END,
              CASE WHEN rev.year IS NULL THEN 'revenue, jobs, taxes are ' + rev.period + ' totals (T6)' END,
              CASE WHEN inv IS NULL THEN 'no investment leverage stated' END]
        WHERE f IS NOT NULL] AS flags
ORDER BY id;

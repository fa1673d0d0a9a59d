-- bench/dedup_quality.sql — pairwise precision, recall and F1 of duplicate_groups
-- on the first :n appointments of bench_dedup (whole households), against the truth.
-- psql variables: n (appointments), label (measure name prefix).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SELECT bench_dedup.unit_cut(:n) AS cut \gset
DROP TABLE IF EXISTS pg_temp.predicted, pg_temp.truth;
CREATE TEMP TABLE predicted AS
SELECT p.r1, p.r2
FROM (SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) AS groups
      FROM bench_dedup.appointment WHERE unit <= :cut) g,
     bench_dedup.predicted_pairs(g.groups) p;
CREATE TEMP TABLE truth AS SELECT * FROM bench_dedup.true_pairs(:cut);
ANALYZE predicted;
ANALYZE truth;

INSERT INTO bench_dedup.result
SELECT :'label' || m, v, d FROM (
    SELECT (SELECT count(*) FROM predicted) AS pred, (SELECT count(*) FROM truth) AS tru,
           (SELECT count(*) FROM predicted JOIN truth USING (r1, r2)) AS good,
           (SELECT count(*) FROM bench_dedup.appointment WHERE unit <= :cut) AS rows) c,
LATERAL (VALUES
    (' rows', c.rows::float8, NULL::text),
    (' precision', c.good::float8 / nullif(c.pred, 0), format('%s of %s predicted pairs are true', c.good, c.pred)),
    (' recall', c.good::float8 / nullif(c.tru, 0), format('%s of %s true pairs found', c.good, c.tru)),
    (' f1', 2.0 * c.good / nullif(c.pred + c.tru, 0), NULL)) v(m, v, d)
ON CONFLICT (measure) DO UPDATE SET value = excluded.value, detail = excluded.detail;

-- what the misses and the false merges were, for tuning and for docs/dedup.md
\pset footer off
SELECT 'missed' AS kind, concat_ws(' / ', 'number: ' || greatest(a.number_variant, b.number_variant) || '+' || least(a.number_variant, b.number_variant),
                  'names: ' || nullif(concat_ws('+', nullif(a.name_variant, ''), nullif(b.name_variant, '')), '')) AS why,
       count(*) AS pairs
FROM truth t LEFT JOIN predicted p USING (r1, r2)
JOIN bench_dedup.appointment a ON a.ref = t.r1 JOIN bench_dedup.appointment b ON b.ref = t.r2
WHERE p.r1 IS NULL GROUP BY 2 ORDER BY 3 DESC LIMIT 8;
SELECT 'false merge' AS kind,
       CASE WHEN a.unit = b.unit THEN 'same family' WHEN a.application_id = b.application_id THEN 'same number typed'
            ELSE 'other' END AS why, count(*) AS pairs
FROM predicted p LEFT JOIN truth t USING (r1, r2)
JOIN bench_dedup.appointment a ON a.ref = p.r1 JOIN bench_dedup.appointment b ON b.ref = p.r2
WHERE t.r1 IS NULL GROUP BY 2 ORDER BY 3 DESC;

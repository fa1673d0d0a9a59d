-- bench/ingest_report.sql — prints the measures of bench/ingest_run.sql and the ratios.
\set ON_ERROR_STOP 1
ALTER TABLE rdvmairie.slot RESET (autovacuum_enabled);
SELECT count(*) AS slots FROM rdvmairie.slot \gset
-- the upsert baseline agreed with ingestion: it added no row in any run
SELECT bool_and(ms = 0) AS baseline_agrees FROM bench.result WHERE measure LIKE 'check:%';

\pset footer off
SELECT :slots AS slots, (SELECT count(*) FROM rdvmairie.meeting_point) AS meeting_points, (SELECT w_end - w_start + 1 FROM bench.win) AS days;
SELECT measure, min(ms) AS best_ms, round(avg(ms)::numeric, 1) AS mean_ms, count(*) AS runs
FROM bench.result WHERE measure NOT LIKE 'check:%' GROUP BY measure ORDER BY measure;
WITH b AS (SELECT measure, min(ms) AS ms FROM bench.result GROUP BY measure)
SELECT 'first load' AS comparison,
       round(((SELECT ms FROM b WHERE measure = 'first load: COPY') /
              (SELECT ms FROM b WHERE measure = 'first load: ingest_slots'))::numeric, 2) AS ratio,
       'COPY time / ingest_slots time (target >= 1.0)' AS meaning
UNION ALL
SELECT 'unchanged re-ingest',
       round(((SELECT ms FROM b WHERE measure = 'unchanged: INSERT ON CONFLICT') /
              (SELECT ms FROM b WHERE measure = 'unchanged: ingest_slots'))::numeric, 2),
       'INSERT ON CONFLICT time / ingest_slots time (target >= 10)';

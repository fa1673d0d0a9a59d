-- bench/dedup_time.sql — one timed run of duplicate_groups on one core over the
-- first :n appointments (whole households) of bench_dedup.
-- psql variables: n (appointments), table (bench_dedup.appointment or bench_dedup.sample),
-- measure (name in bench_dedup.result; the best run is kept).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
SELECT bench_dedup.unit_cut(:n) AS cut \gset
SELECT bench_dedup.elapsed_ms(format(
    'SELECT cardinality(rdvmairie.duplicate_groups(ref, application_id, applicant_name)) FROM %s WHERE unit <= %s',
    :'table', :cut)) AS ms \gset
INSERT INTO bench_dedup.result
SELECT :'measure', :ms, format('%s rows, best of runs', (SELECT count(*) FROM bench_dedup.appointment WHERE unit <= :cut))
ON CONFLICT (measure) DO UPDATE SET value = least(bench_dedup.result.value, excluded.value);

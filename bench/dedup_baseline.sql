-- bench/dedup_baseline.sql — the hand-written SQL alternatives, on the first :n
-- appointments (whole households) of bench_dedup, one core:
--   self_join: every pair compared: canonical numbers at most one edit apart
--              (fuzzystrmatch levenshtein_less_equal) and names alike (pg_trgm
--              similarity >= 0.5) or the same number;
--   trigram:   the same join driven by a pg_trgm GIN index on the number
--              (operator %, pg_trgm.similarity_threshold = 0.4: one edit in ten
--              characters keeps at least half of the trigrams).
-- The baselines get their normalised columns for free (computed before timing)
-- and only produce pairs, not groups: both favour them.
-- psql variables: n (appointments), which (self_join or trigram), measure.
-- The caller sets statement_timeout; a cancelled run leaves no result.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
SELECT bench_dedup.unit_cut(:n) AS cut \gset
DROP TABLE IF EXISTS bench_dedup.sample;
CREATE TABLE bench_dedup.sample AS
SELECT ref, unit, application_id, applicant_name,
       upper(regexp_replace(application_id, '[^[:alnum:]]', '', 'g')) AS num,
       lower(applicant_name) AS name
FROM bench_dedup.appointment WHERE unit <= :cut;
ANALYZE bench_dedup.sample;
SELECT :'which' = 'trigram' AS use_index \gset
\if :use_index
SELECT bench_dedup.elapsed_ms('CREATE INDEX sample_num_trgm ON bench_dedup.sample USING gin (num gin_trgm_ops)') AS index_ms \gset
SET pg_trgm.similarity_threshold = 0.4;
SELECT bench_dedup.elapsed_ms($q$
    SELECT count(*) FROM bench_dedup.sample a
    JOIN bench_dedup.sample b ON b.num OPERATOR(public.%) a.num AND b.ref > a.ref
    WHERE public.levenshtein_less_equal(a.num, b.num, 1) <= 1
      AND (a.num = b.num OR public.similarity(a.name, b.name) >= 0.5)$q$) AS ms \gset
SELECT :ms + :index_ms AS ms \gset
\else
SELECT bench_dedup.elapsed_ms($q$
    SELECT count(*) FROM bench_dedup.sample a
    JOIN bench_dedup.sample b ON b.ref > a.ref
    WHERE public.levenshtein_less_equal(a.num, b.num, 1) <= 1
      AND (a.num = b.num OR public.similarity(a.name, b.name) >= 0.5)$q$) AS ms \gset
\endif
INSERT INTO bench_dedup.result
SELECT :'measure', :ms, format('%s rows', (SELECT count(*) FROM bench_dedup.sample))
ON CONFLICT (measure) DO UPDATE SET value = excluded.value, detail = excluded.detail;
SELECT :ms AS ms;

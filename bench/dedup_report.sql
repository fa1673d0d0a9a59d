-- bench/dedup_report.sql — prints bench_dedup.result: a table for people, then
-- one "RESULT name value" line per figure for scripts.
\set ON_ERROR_STOP 1
\pset footer off
CREATE TEMP VIEW r AS SELECT measure, value, detail FROM bench_dedup.result;
CREATE TEMP VIEW v AS SELECT
    (SELECT value FROM r WHERE measure = 'quality rows') AS q_rows,
    (SELECT value FROM r WHERE measure = 'quality precision') AS precision,
    (SELECT value FROM r WHERE measure = 'quality recall') AS recall,
    (SELECT value FROM r WHERE measure = 'quality f1') AS f1,
    (SELECT value FROM r WHERE measure = 'time rows') AS t_rows,
    (SELECT value FROM r WHERE measure = 'time ms') AS t_ms,
    (SELECT value FROM r WHERE measure = 'self_join rows') AS s_rows,
    (SELECT value FROM r WHERE measure = 'self_join ms') AS s_ms,
    (SELECT value FROM r WHERE measure = 'self_join ours ms') AS s_ours,
    (SELECT value FROM r WHERE measure = 'trigram rows') AS g_rows,
    (SELECT value FROM r WHERE measure = 'trigram ms') AS g_ms,
    (SELECT value FROM r WHERE measure = 'trigram ours ms') AS g_ours;

SELECT 'quality' AS figure,
       format('%s rows: precision %s, recall %s, F1 %s', q_rows, round(precision::numeric, 4),
              round(recall::numeric, 4), round(f1::numeric, 4)) AS measured,
       'precision >= 0.99, recall >= 0.95' AS target,
       CASE WHEN precision >= 0.99 AND recall >= 0.95 THEN 'ok' ELSE 'MISSED' END AS verdict
FROM v
UNION ALL
SELECT 'one core', format('%s rows in %s s', t_rows, round((t_ms / 1000)::numeric, 3)),
       '1,000,000 rows < 5 s', CASE WHEN :'mode' = 'small' THEN 'not asserted (--small)'
                                    WHEN t_rows >= 1000000 AND t_ms < 5000 THEN 'ok' ELSE 'MISSED' END
FROM v
UNION ALL
SELECT 'vs self-join', format('%s rows: self-join %s s, duplicate_groups %s s, ratio %sx', s_rows,
              round((s_ms / 1000)::numeric, 3), round((s_ours / 1000)::numeric, 4), round((s_ms / s_ours)::numeric)),
       '>= 100x at the largest size the self-join finishes within a minute',
       CASE WHEN :'mode' = 'small' THEN 'not asserted (--small)'
            WHEN s_ms / s_ours >= 100 THEN 'ok' ELSE 'MISSED' END
FROM v
UNION ALL
SELECT 'vs trigram index', format('%s rows: GIN build + join %s s, duplicate_groups %s s, ratio %sx', g_rows,
              round((g_ms / 1000)::numeric, 3), round((g_ours / 1000)::numeric, 4), round((g_ms / g_ours)::numeric)),
       'for information', ''
FROM v WHERE g_ms IS NOT NULL;

\pset tuples_only on
\pset format unaligned
SELECT 'RESULT ' || replace(measure, ' ', '_') || ' ' || value FROM r ORDER BY measure;
SELECT 'RESULT self_join_ratio ' || s_ms / s_ours FROM v WHERE s_ours > 0;
SELECT 'RESULT trigram_ratio ' || g_ms / g_ours FROM v WHERE g_ours > 0;

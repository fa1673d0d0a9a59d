-- test/scaleout/ingest.sql: every vendor sends a new availableTimeSlots answer for
-- [d0, d_end]; with booked = true one slot in four of it is gone (booked meanwhile).
-- Commits synchronously (as production does), then prints "inserted removed" and
-- "commit_lsn commit_epoch" for the replication-lag measurement.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET synchronous_commit = on;
SELECT sum(r.inserted), sum(r.removed)
FROM rdvmairie_scenario.vendor v
CROSS JOIN LATERAL (SELECT rdvmairie_scenario.slots_payload(v.editor_id, :'d0', :'d_end', 'CNI', 1, false) AS p) x
CROSS JOIN LATERAL (
    SELECT coalesce(jsonb_object_agg(k.key,
               (SELECT coalesce(jsonb_agg(e ORDER BY i), '[]')
                FROM jsonb_array_elements(k.value) WITH ORDINALITY a(e, i)
                WHERE NOT :booked OR hashtext(e->>'callback_url') % 4 <> 0)), '{}') AS p
    FROM jsonb_each(x.p) k) y
CROSS JOIN LATERAL rdvmairie.ingest_slots(v.editor_id, y.p, :'d0', :'d_end') r;
SELECT pg_current_wal_lsn(), extract(epoch FROM clock_timestamp());

-- test/faults/setup.sql — helpers of test/integration/faults.sh: fingerprints of
-- the stored slot data, to tell "exactly the data that was there" from anything else.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS faults;

-- Counts and md5 of the slots and snapshot windows (of one vendor, or all when
-- editor is NULL), in key order.  with_times: include the timestamps ingestion
-- sets from the clock (first_seen_at, confirmed_at, changed_at), which is right
-- for "nothing changed" but not for comparing two ingestions run at different times.
CREATE OR REPLACE FUNCTION faults.fingerprint(editor text DEFAULT NULL, with_times boolean DEFAULT true)
RETURNS text LANGUAGE sql STABLE AS $$
    SELECT format('slots %s %s, windows %s %s', s.n, s.h, w.n, w.h)
    FROM (SELECT count(*) AS n,
                 md5(coalesce(string_agg(concat_ws('|', x.meeting_point_id, x.reason, x.documents_number,
                                                   x.starts_at, x.callback_url,
                                                   CASE WHEN with_times THEN x.first_seen_at END),
                                         E'\n' ORDER BY x.meeting_point_id, x.reason, x.documents_number, x.starts_at), '')) AS h
          FROM rdvmairie.slot x
          JOIN rdvmairie.meeting_point m USING (meeting_point_id)
          WHERE editor IS NULL OR m.editor_id = editor) s,
         (SELECT count(*) AS n,
                 md5(coalesce(string_agg(concat_ws('|', x.meeting_point_id, x.reason, x.documents_number,
                                                   x.start_date, x.end_date, x.starts_from, x.ends_before,
                                                   x.slot_count, x.first_slot, x.content_hash, x.day_counts,
                                                   CASE WHEN with_times THEN concat_ws('|', x.confirmed_at, x.changed_at) END),
                                         E'\n' ORDER BY x.meeting_point_id, x.reason, x.documents_number, x.start_date, x.end_date), '')) AS h
          FROM rdvmairie.slot_window x
          JOIN rdvmairie.meeting_point m USING (meeting_point_id)
          WHERE editor IS NULL OR m.editor_id = editor) w
$$;

-- The sums of ingestion reports, as one line.
CREATE OR REPLACE FUNCTION faults.report_line(r rdvmairie.ingest_report[])
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT format('received %s inserted %s updated %s unchanged %s removed %s rejected %s',
                  sum((x).received), sum((x).inserted), sum((x).updated), sum((x).unchanged),
                  sum((x).removed), sum((x).rejected))
    FROM unnest(r) x
$$;

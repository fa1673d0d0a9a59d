-- bench/ingest.sql — slot ingestion against the best plain SQL, same data, same run.
--
--   first load:          rdvmairie.ingest_slots   vs  COPY of the same normalised rows
--   unchanged re-ingest: rdvmairie.ingest_slots   vs  INSERT ... ON CONFLICT DO UPDATE
--                                                     from the same jsonb
-- This file sets up; bench/ingest_run.sql measures one run; bench/ingest_report.sql prints.
-- psql variables: points (meeting points), days (window length), copydir.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET timezone = 'UTC';
SET work_mem = '64MB';

DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

CREATE FUNCTION bench.elapsed_ms(sql text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE sql;
    RETURN round((extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric, 1);
END $$;

CREATE TABLE bench.result (run int, measure text, ms float8);

-- the scenario: meeting points where people live, vendors, clean payloads
SELECT rdvmairie_scenario.generate(0.42, :points, 50) \gset
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc)
SELECT editor_id, name, base_url, auth_token, sends_utc FROM rdvmairie_scenario.vendor;
SELECT sum((rdvmairie.ingest_meeting_points(editor_id,
           rdvmairie_scenario.meeting_points_payload(editor_id, false))).inserted) AS meeting_points
FROM rdvmairie_scenario.vendor;

-- windows start tomorrow so that no slot turns past between generation and ingestion
SELECT current_date + 1 AS w_start, current_date + :days AS w_end \gset
CREATE TABLE bench.payload AS
SELECT editor_id, rdvmairie_scenario.slots_payload(editor_id, :'w_start', :'w_end', 'CNI', 1, false) AS payload
FROM rdvmairie_scenario.vendor;
SELECT count(*) AS vendors, pg_size_pretty(sum(pg_column_size(payload))) AS payload_size FROM bench.payload;

CREATE TABLE bench.win AS SELECT :'w_start'::date AS w_start, :'w_end'::date AS w_end;
CREATE FUNCTION bench.ingest_all() RETURNS void LANGUAGE sql AS $$
    SELECT count(rdvmairie.ingest_slots(p.editor_id, p.payload, w.w_start, w.w_end))
    FROM bench.payload p, bench.win w;
$$;

-- the best hand-written SQL for the same job: parse the jsonb, read wall-clock
-- times in the meeting point's zone, upsert, and skip rows whose URL is unchanged
CREATE FUNCTION bench.upsert_all() RETURNS void LANGUAGE sql AS $$
    INSERT INTO rdvmairie.slot AS s (meeting_point_id, reason, documents_number, starts_at, callback_url, first_seen_at)
    SELECT mp.meeting_point_id, 'CNI', 1,
           CASE WHEN e.sends_utc OR item->>'datetime' ~ '[+-][0-9]{2}:?[0-9]{2}$'
                THEN (item->>'datetime')::timestamptz
                ELSE rtrim(item->>'datetime', 'Z')::timestamp AT TIME ZONE mp.time_zone END,
           item->>'callback_url', now()
    FROM bench.payload p
    JOIN rdvmairie.editor e USING (editor_id)
    CROSS JOIN LATERAL jsonb_each(p.payload) AS k(external_id, slots)
    JOIN rdvmairie.meeting_point mp ON mp.editor_id = p.editor_id AND mp.external_id = k.external_id
    CROSS JOIN LATERAL jsonb_array_elements(k.slots) AS item
    ON CONFLICT (meeting_point_id, reason, documents_number, starts_at)
    DO UPDATE SET callback_url = EXCLUDED.callback_url
    WHERE s.callback_url IS DISTINCT FROM EXCLUDED.callback_url;
$$;

-- the normalised rows, as COPY would receive them
TRUNCATE rdvmairie.slot, rdvmairie.slot_window;
SELECT bench.ingest_all();
SELECT count(*) AS slots FROM rdvmairie.slot \gset
\set copyfile :copydir '/slots.copy'
COPY rdvmairie.slot TO :'copyfile';
CHECKPOINT;

ALTER TABLE rdvmairie.slot SET (autovacuum_enabled = false);

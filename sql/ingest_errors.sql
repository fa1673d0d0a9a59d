-- Bad calls and bad payloads: a clear error with the right SQLSTATE, no crash,
-- no partial write, and the last good data stays in place.
SET timezone = 'UTC';
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.try(sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('err', 'Vendor E');
SELECT (rdvmairie.ingest_meeting_points('err', $$[
  {"id": "1", "name": "Mairie", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"}]$$)).inserted;
SELECT (rdvmairie.ingest_slots('err', '{"1": [{"datetime": "2031-05-05T10:00", "callback_url": "https://e.example/1"}]}',
                               '2031-05-01', '2031-05-31')).inserted;

-- wrong arguments
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots(NULL, '{}', '2031-05-01', '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', NULL, '2031-05-01', '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{}', NULL, '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('nobody', '{}', '2031-05-01', '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{}', '2031-05-31', '2031-05-01')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{}', '2031-01-01', '2032-06-01')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{}', '-infinity', '2031-06-01')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{}', '2031-05-01', '2031-05-31', 'VISA')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{}', '2031-05-01', '2031-05-31', 'cni')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{}', '2031-05-01', '2031-05-31', 'CNI', 0)$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{}', '2031-05-01', '2031-05-31', 'CNI', 11)$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_meeting_points(NULL, '[]')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_meeting_points('nobody', '[]')$$);

-- payloads of the wrong shape
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '[]', '2031-05-01', '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '"slots"', '2031-05-01', '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', 'null', '2031-05-01', '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_meeting_points('err', '{"id": "1"}')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_meeting_points('err', '42')$$);

-- payloads that are not JSON at all never reach the function
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{"1": [{"datetime": "2031-05-05T10:00"', '2031-05-01', '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '<html><body>502 Bad Gateway</body></html>', '2031-05-01', '2031-05-31')$$);
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '{"1": [{"datetime": "2031-05-05\u0000T10:00"}]}', '2031-05-01', '2031-05-31')$$);

-- too large: refused before any work, with a hint
SET rdvmairie.max_payload_size = '1kB';
SELECT pg_temp.try(format($$SELECT rdvmairie.ingest_slots('err', %L, '2031-05-01', '2031-05-31')$$,
    jsonb_build_object('1', (SELECT jsonb_agg(jsonb_build_object('datetime', '2031-05-05T10:00', 'callback_url', 'https://e.example/' || i))
                             FROM generate_series(1, 100) i))));
RESET rdvmairie.max_payload_size;

-- deeply nested junk inside an item is just a rejected item; a point whose every
-- item is malformed keeps its stored slots (a broken feed is not an empty agenda)
SELECT received, rejected FROM rdvmairie.ingest_slots('err',
    ('{"1": [' || repeat('[', 5000) || repeat(']', 5000) || ']}')::jsonb, '2031-05-01', '2031-05-31');

-- the last good slot is still there after every failure above, and each rejected
-- call left no partial write
SELECT to_char(starts_at, 'YYYY-MM-DD HH24:MI') AS starts_at, callback_url FROM rdvmairie.slot s
JOIN rdvmairie.meeting_point mp USING (meeting_point_id) WHERE mp.editor_id = 'err';

-- a failure after a successful call in the same transaction rolls both back
BEGIN;
SELECT (rdvmairie.ingest_slots('err', '{"1": []}', '2031-05-01', '2031-05-31')).removed;
SELECT pg_temp.try($$SELECT rdvmairie.ingest_slots('err', '[]', '2031-05-01', '2031-05-31')$$);
ROLLBACK;
SELECT count(*) AS slots_after_rollback FROM rdvmairie.slot s
JOIN rdvmairie.meeting_point mp USING (meeting_point_id) WHERE mp.editor_id = 'err';

-- a cancelled ingestion (statement_timeout) leaves the previous data in place
CREATE TEMP TABLE big AS
SELECT jsonb_build_object('1', jsonb_agg(jsonb_build_object(
           'datetime', to_char(timestamp '2031-05-02 08:00' + i * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI'),
           'callback_url', 'https://e.example/' || i))) AS payload
FROM generate_series(1, 200000) i;
\set SHOW_CONTEXT never
SET statement_timeout = '5ms';
SELECT rdvmairie.ingest_slots('err', payload, '2031-05-01', '2031-08-31') FROM big;
RESET statement_timeout;
SELECT count(*) AS slots_after_cancel FROM rdvmairie.slot s
JOIN rdvmairie.meeting_point mp USING (meeting_point_id) WHERE mp.editor_id = 'err';

-- a read-only transaction (as on a hot standby) refuses ingestion, even of an empty feed
BEGIN READ ONLY;
SELECT rdvmairie.ingest_slots('err', '{}', '2031-05-01', '2031-05-31');
ROLLBACK;
BEGIN READ ONLY;
SELECT rdvmairie.ingest_meeting_points('err', '[]');
ROLLBACK;

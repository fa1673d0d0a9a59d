-- ingest_slots: datetime forms and time zones (summer and winter, overseas),
-- vendors sending true UTC, drops and rejects, snapshot diffs, windows.
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
SET client_min_messages = warning;
\pset null '∅'

INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('sl', 'Wall-clock vendor');
INSERT INTO rdvmairie.editor (editor_id, name, sends_utc) VALUES ('sl_utc', 'True-UTC vendor', true);

SELECT (rdvmairie.ingest_meeting_points('sl', $$[
  {"id": "paris", "name": "Mairie du 4e", "longitude": 2.3522, "latitude": 48.8566, "zip_code": "75004", "city_name": "Paris"},
  {"id": "reunion", "name": "Mairie de Saint-Denis", "longitude": 55.4504, "latitude": -20.8823, "zip_code": "97400", "city_name": "Saint-Denis"},
  {"id": "miquelon", "name": "Mairie de Saint-Pierre", "longitude": -56.1773, "latitude": 46.7811, "zip_code": "97500", "city_name": "Saint-Pierre"},
  {"id": "guadeloupe", "name": "Mairie des Abymes", "longitude": -61.5045, "latitude": 16.2710, "zip_code": "97139", "city_name": "Les Abymes"}
]$$)).inserted;
SELECT (rdvmairie.ingest_meeting_points('sl_utc', $$[
  {"id": "paris", "name": "Mairie du 5e", "longitude": 2.3500, "latitude": 48.8440, "zip_code": "75005", "city_name": "Paris"}
]$$)).inserted;

CREATE VIEW pg_temp.shown AS
SELECT mp.editor_id, mp.external_id, s.reason, s.documents_number,
       to_char(s.starts_at, 'YYYY-MM-DD HH24:MI:SS"Z"') AS utc,
       to_char(s.starts_at AT TIME ZONE mp.time_zone, 'YYYY-MM-DD HH24:MI') AS local,
       s.callback_url
FROM rdvmairie.slot s JOIN rdvmairie.meeting_point mp USING (meeting_point_id);

-- every datetime form; Z and naive mean wall-clock time at the meeting point, offsets are exact
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "paris": [
    {"datetime": "2031-01-15T10:00Z",          "callback_url": "https://v.example/p/1"},
    {"datetime": "2031-01-15T10:15:00",        "callback_url": "https://v.example/p/2"},
    {"datetime": "2031-01-15 10:30:00",        "callback_url": "https://v.example/p/3"},
    {"datetime": "2031-01-15T10:45:00+01:00",  "callback_url": "https://v.example/p/4"},
    {"datetime": "2031-07-15T10:00Z",          "callback_url": "https://v.example/p/5"},
    {"datetime": "2031-07-15T10:15:00+02:00",  "callback_url": "https://v.example/p/6"},
    {"datetime": "2031-07-15T10:30:00+01:00",  "callback_url": "https://v.example/p/7"},
    {"datetime": "2031-07-15T10:45:00.000Z",   "callback_url": "  https://v.example/p/8  "},
    {"datetime": "2031-03-30T02:30:00",        "callback_url": "https://v.example/p/9"},
    {"datetime": "2031-10-26T02:30:00",        "callback_url": "https://v.example/p/10"}],
  "reunion": [
    {"datetime": "2031-01-15T10:00Z",          "callback_url": "https://v.example/r/1"},
    {"datetime": "2031-07-15T10:00:00",        "callback_url": "https://v.example/r/2"}],
  "miquelon": [
    {"datetime": "2031-01-15T10:00Z",          "callback_url": "https://v.example/m/1"},
    {"datetime": "2031-07-15T10:00:00",        "callback_url": "https://v.example/m/2"}],
  "guadeloupe": [
    {"datetime": "2031-07-15 10:00:00",        "callback_url": "http://v.example/g/1"}]
}$$, '2031-01-01', '2031-12-31');

-- a vendor flagged as sending true UTC: Z and naive are UTC, offsets still exact
SELECT * FROM rdvmairie.ingest_slots('sl_utc', $$
{ "paris": [
    {"datetime": "2031-07-15T10:00Z",         "callback_url": "https://u.example/1"},
    {"datetime": "2031-07-15T10:15:00",       "callback_url": "https://u.example/2"},
    {"datetime": "2031-07-15T10:30:00+02:00", "callback_url": "https://u.example/3"}]
}$$, '2031-01-01', '2031-12-31');

SELECT * FROM pg_temp.shown ORDER BY editor_id, external_id, utc;

-- what cannot be offered is dropped and logged; neighbours are kept
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "paris": [
    {"datetime": "2031-02-03T09:00:00", "callback_url": "https://v.example/ok/1"},
    {"datetime": "2031-02-03T09:00:00", "callback_url": "https://v.example/ok/1"},
    {"datetime": "2031-02-03T09:00:00+01:00", "callback_url": "https://v.example/other"},
    {"datetime": "2020-02-03T09:00:00", "callback_url": "https://v.example/past"},
    {"datetime": "2031-03-03T09:00:00", "callback_url": "https://v.example/later"},
    {"datetime": "2031-02-30T09:00:00", "callback_url": "https://v.example/bad"},
    {"datetime": "03/02/2031 09:00",    "callback_url": "https://v.example/bad"},
    {"datetime": "0000-02-03T09:00:00", "callback_url": "https://v.example/bad"},
    {"datetime": "9999-12-31T23:59:59", "callback_url": "https://v.example/bad"},
    {"datetime": "2031-02-03T25:00:00", "callback_url": "https://v.example/bad"},
    {"datetime": 1959260400,            "callback_url": "https://v.example/bad"},
    {"callback_url": "https://v.example/bad"},
    {"datetime": "2031-02-04T09:00:00"},
    {"datetime": "2031-02-04T09:15:00", "callback_url": "javascript:alert(1)"},
    {"datetime": "2031-02-04T09:30:00", "callback_url": "ftp://v.example/x"},
    {"datetime": "2031-02-04T09:45:00", "callback_url": 42},
    {"datetime": "2031-02-04T10:00:00", "callback_url": "https://v.example/ok/2", "extra": {"ignored": [1, 2]}},
    "2031-02-04T10:15:00",
    [],
    null],
  "unknown-point": [{"datetime": "2031-02-03T09:00:00", "callback_url": "https://v.example/x"}],
  "reunion": "no slots today"
}$$, '2031-02-01', '2031-02-28');

SELECT external_id, item_index, reason, detail FROM rdvmairie.ingest_reject
WHERE editor_id = 'sl' AND feed = 'slots' ORDER BY external_id, item_index NULLS FIRST;


-- snapshot semantics: the February window of "paris" becomes exactly the payload
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "paris": [
    {"datetime": "2031-02-03T09:00:00", "callback_url": "https://v.example/ok/1-moved"},
    {"datetime": "2031-02-05T09:00:00", "callback_url": "https://v.example/ok/3"}]
}$$, '2031-02-01', '2031-02-28');
SELECT utc, local, callback_url FROM pg_temp.shown
WHERE external_id = 'paris' AND editor_id = 'sl' AND utc LIKE '2031-02%' ORDER BY utc;
-- slots outside that window were not touched
SELECT count(*) AS other_windows_kept FROM pg_temp.shown WHERE external_id = 'paris' AND editor_id = 'sl' AND utc NOT LIKE '2031-02%';

-- the same feed again: everything unchanged, and no slot row is rewritten
SELECT string_agg(xmin::text, ',' ORDER BY starts_at) AS before FROM rdvmairie.slot \gset
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "paris": [
    {"datetime": "2031-02-03T09:00:00", "callback_url": "https://v.example/ok/1-moved"},
    {"datetime": "2031-02-05T09:00:00", "callback_url": "https://v.example/ok/3"}]
}$$, '2031-02-01', '2031-02-28');
SELECT string_agg(xmin::text, ',' ORDER BY starts_at) = :'before' AS no_slot_rewritten FROM rdvmairie.slot;

-- reasons and documents numbers are separate snapshots
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "paris": [{"datetime": "2031-02-03T09:00:00", "callback_url": "https://v.example/pass/2"}] }$$,
  '2031-02-01', '2031-02-28', 'PASSPORT', 2);
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "paris": [{"datetime": "2031-02-03T09:30:00", "callback_url": "https://v.example/both/1"}] }$$,
  '2031-02-01', '2031-02-28', 'CNI-PASSPORT', 1);
SELECT reason, documents_number, utc, callback_url FROM pg_temp.shown
WHERE external_id = 'paris' AND editor_id = 'sl' AND utc LIKE '2031-02%' ORDER BY reason, documents_number, utc;
-- a slot offered for 2 documents serves 1 or 2, not 3; CNI-PASSPORT serves only itself
SELECT rdvmairie.slot_serves('PASSPORT', 2, 'PASSPORT', 1) AS p2_serves_p1,
       rdvmairie.slot_serves('PASSPORT', 2, 'PASSPORT', 2) AS p2_serves_p2,
       rdvmairie.slot_serves('PASSPORT', 2, 'PASSPORT', 3) AS p2_serves_p3,
       rdvmairie.slot_serves('CNI-PASSPORT', 1, 'CNI', 1) AS both_serves_cni,
       rdvmairie.slot_serves('CNI', 1, 'CNI-PASSPORT', 1) AS cni_serves_both;

-- an empty array empties the window of that point
SELECT * FROM rdvmairie.ingest_slots('sl', '{"paris": []}', '2031-02-01', '2031-02-28', 'PASSPORT', 2);
SELECT count(*) AS passport_slots_left FROM rdvmairie.slot WHERE reason = 'PASSPORT';

-- overlapping windows: a later window rewrites the overlap, and the earlier window's
-- stored hash no longer vouches for its slots, so the same earlier feed is diffed again
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "reunion": [{"datetime": "2031-03-10T09:00", "callback_url": "https://v.example/r/a"},
              {"datetime": "2031-03-20T09:00", "callback_url": "https://v.example/r/b"}] }$$,
  '2031-03-01', '2031-03-31');
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "reunion": [{"datetime": "2031-04-02T09:00", "callback_url": "https://v.example/r/c"}] }$$,
  '2031-03-15', '2031-04-15');
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "reunion": [{"datetime": "2031-03-10T09:00", "callback_url": "https://v.example/r/a"},
              {"datetime": "2031-03-20T09:00", "callback_url": "https://v.example/r/b"}] }$$,
  '2031-03-01', '2031-03-31');
SELECT local, callback_url FROM pg_temp.shown WHERE external_id = 'reunion' AND local BETWEEN '2031-03' AND '2031-05' ORDER BY 1;

-- each window records when a feed last confirmed it and what it holds
SELECT mp.external_id, w.reason, w.documents_number, w.start_date, w.end_date,
       to_char(w.starts_from AT TIME ZONE mp.time_zone, 'YYYY-MM-DD HH24:MI') AS local_start,
       w.slot_count, w.content_hash IS NOT NULL AS hash_valid, w.confirmed_at > now() - interval '1 minute' AS confirmed_recently
FROM rdvmairie.slot_window w JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
WHERE mp.editor_id = 'sl' ORDER BY 1, 2, 3, 4, 5;

-- offered slots: future, online point, recently confirmed
SELECT count(*) AS offered FROM rdvmairie.offered_slot o JOIN rdvmairie.meeting_point mp USING (meeting_point_id) WHERE mp.external_id = 'guadeloupe';
SELECT (rdvmairie.ingest_meeting_points('sl', $$[
  {"id": "paris", "name": "Mairie du 4e", "longitude": 2.3522, "latitude": 48.8566, "zip_code": "75004", "city_name": "Paris"},
  {"id": "reunion", "name": "Mairie de Saint-Denis", "longitude": 55.4504, "latitude": -20.8823, "zip_code": "97400", "city_name": "Saint-Denis"},
  {"id": "miquelon", "name": "Mairie de Saint-Pierre", "longitude": -56.1773, "latitude": 46.7811, "zip_code": "97500", "city_name": "Saint-Pierre"}
]$$)).removed AS went_offline;
SELECT count(*) AS offered_when_offline FROM rdvmairie.offered_slot o JOIN rdvmairie.meeting_point mp USING (meeting_point_id) WHERE mp.external_id = 'guadeloupe';
SELECT count(*) AS still_stored FROM pg_temp.shown WHERE external_id = 'guadeloupe';
-- stale windows stop being offered after rdvmairie.slot_max_age
UPDATE rdvmairie.slot_window SET confirmed_at = now() - interval '31 minutes'
FROM rdvmairie.meeting_point mp WHERE mp.meeting_point_id = slot_window.meeting_point_id AND mp.external_id = 'miquelon';
SELECT count(*) AS offered_when_stale FROM rdvmairie.offered_slot o JOIN rdvmairie.meeting_point mp USING (meeting_point_id) WHERE mp.external_id = 'miquelon';
SET rdvmairie.slot_max_age = '2h';
SELECT count(*) AS offered_with_longer_max_age FROM rdvmairie.offered_slot o JOIN rdvmairie.meeting_point mp USING (meeting_point_id) WHERE mp.external_id = 'miquelon';

-- with a trigger on the slot table, ingestion goes through SQL and the trigger sees every new slot
CREATE TABLE pg_temp.seen_by_trigger (starts_at timestamptz);
CREATE FUNCTION pg_temp.note_slot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO seen_by_trigger VALUES (NEW.starts_at); RETURN NEW; END $$;
CREATE TRIGGER note_slot AFTER INSERT ON rdvmairie.slot FOR EACH ROW EXECUTE FUNCTION pg_temp.note_slot();
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "reunion": [{"datetime": "2031-06-10T09:00", "callback_url": "https://v.example/r/t1"},
              {"datetime": "2031-06-11T09:00", "callback_url": "https://v.example/r/t2"}] }$$,
  '2031-06-01', '2031-06-30');
SELECT to_char(starts_at, 'YYYY-MM-DD HH24:MI') AS seen FROM pg_temp.seen_by_trigger ORDER BY 1;
DROP TRIGGER note_slot ON rdvmairie.slot;

-- a slot written outside ingestion is diffed like any other (here: its URL is updated)
INSERT INTO rdvmairie.slot SELECT meeting_point_id, 'CNI', 1, '2031-06-20 05:00+00', 'https://x.example', now()
FROM rdvmairie.meeting_point WHERE external_id = 'reunion' AND editor_id = 'sl';
\set VERBOSITY terse
SELECT * FROM rdvmairie.ingest_slots('sl', $$
{ "reunion": [{"datetime": "2031-06-20T09:00", "callback_url": "https://v.example/r/t3"}] }$$,
  '2031-06-15', '2031-06-25');
\set VERBOSITY default

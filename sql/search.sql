-- search_slots: argument checks (22023 with a hint), local times with offsets,
-- documents and reasons, department filter, both orders, smart widening.
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.try(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE hint text;
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
    RETURN SQLSTATE || ': ' || SQLERRM || ' (' || hint || ')';
END $$;

SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(200, 48.8, '2031-01-01', '2031-01-31')$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, -91, '2031-01-01', '2031-01-31')$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots('NaN', 48.8, '2031-01-01', '2031-01-31')$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-01', '2031-01-31', radius_km => 0)$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-01', '2031-01-31', radius_km => 100.5)$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-31', '2031-01-01')$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-01', '2031-08-01')$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-01', '2031-01-31', reason => 'VISA')$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-01', '2031-01-31', documents_number => 0)$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-01', '2031-01-31', documents_number => 11)$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-01', '2031-01-31', order_by => 'name')$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(2.3, 48.8, '2031-01-01', '2031-01-31', max_results => 0)$$);
SELECT pg_temp.try($$SELECT * FROM rdvmairie.search_slots(NULL, 48.8, '2031-01-01', '2031-01-31')$$);

-- a small world: Paris (two points), Versailles, Lyon, Saint-Denis de La Réunion;
-- points left by earlier tests go offline so that only this world is searched
UPDATE rdvmairie.meeting_point SET online = false;
INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('se', 'Search vendor');
SELECT (rdvmairie.ingest_meeting_points('se', $$[
  {"id": "p4",  "name": "Mairie du 4e",        "longitude": 2.3522, "latitude": 48.8566, "zip_code": "75004", "city_name": "Paris"},
  {"id": "p15", "name": "Mairie du 15e",       "longitude": 2.3007, "latitude": 48.8412, "zip_code": "75015", "city_name": "Paris"},
  {"id": "ver", "name": "Mairie de Versailles", "longitude": 2.1301, "latitude": 48.8049, "zip_code": "78000", "city_name": "Versailles"},
  {"id": "lyo", "name": "Mairie de Lyon",       "longitude": 4.8357, "latitude": 45.7640, "zip_code": "69001", "city_name": "Lyon"},
  {"id": "reu", "name": "Mairie de Saint-Denis", "longitude": 55.4504, "latitude": -20.8823, "zip_code": "97400", "city_name": "Saint-Denis"}
]$$)).inserted;
SELECT (rdvmairie.ingest_slots('se', $${
  "p4":  [{"datetime": "2031-07-15T10:00:00", "callback_url": "https://se.example/p4/1"},
          {"datetime": "2031-07-16T09:00:00", "callback_url": "https://se.example/p4/2"}],
  "p15": [{"datetime": "2031-07-14T16:30:00", "callback_url": "https://se.example/p15/1"}],
  "ver": [{"datetime": "2031-07-10T08:30:00", "callback_url": "https://se.example/ver/1"}],
  "lyo": [{"datetime": "2031-07-11T08:30:00", "callback_url": "https://se.example/lyo/1"}],
  "reu": [{"datetime": "2031-07-15T10:00:00", "callback_url": "https://se.example/reu/1"},
          {"datetime": "2031-12-01T10:00:00", "callback_url": "https://se.example/reu/2"}]
}$$, '2031-07-01', '2031-12-31')).inserted;
-- two documents: only p4 on the 15th, and a winter slot
SELECT (rdvmairie.ingest_slots('se', $${
  "p4": [{"datetime": "2031-07-15T10:00:00", "callback_url": "https://se.example/p4/1-for-2"},
         {"datetime": "2031-12-02T10:00:00", "callback_url": "https://se.example/p4/winter-for-2"}]
}$$, '2031-07-01', '2031-12-31', 'CNI', 2)).inserted;

\x on
-- nearest first from Notre-Dame, with local times and offsets
SELECT meeting_point_id IS NOT NULL AS has_id, editor_id, name, zip_code, city_name, department,
       round(distance_km::numeric, 3) AS distance_km, first_slot, slot_count, slots,
       search_radius_km, search_start_date, search_end_date
FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-07-31');
\x off

-- the same, soonest first
SELECT name, round(distance_km::numeric, 1) AS km, first_slot
FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-07-31', order_by => 'date');

-- max_results and max_slots
SELECT name, slot_count, jsonb_array_length(slots) AS listed
FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-07-31', max_results => 1, max_slots => 1);

-- radius is geodesic: Versailles is 17.002 km away
SELECT name FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-07-31', radius_km => 17) ORDER BY 1;
SELECT name FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-07-31', radius_km => 17.01) ORDER BY 1;
SELECT round((st_distance(rdvmairie.make_position(2.3499, 48.8530), position) / 1000)::numeric, 3) AS st_distance_km
FROM rdvmairie.meeting_point WHERE external_id = 'ver';

-- two documents: slots offered for 2 serve 2; the one-document slots do not
SELECT name, slots FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-12-31', documents_number => 2);
-- one document is served by both; the same start time is listed once
SELECT name, slot_count, slots->0->>'callback_url' AS first_url
FROM rdvmairie.search_slots(2.3522, 48.8566, '2031-07-01', '2031-12-31', radius_km => 1);

-- other reasons have no slot here
SELECT count(*) AS passport FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-07-31', reason => 'PASSPORT');

-- department filter
SELECT name FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-07-31', radius_km => 30, department => '78');

-- Réunion: local time +04:00
SELECT name, slots FROM rdvmairie.search_slots(55.45, -20.88, '2031-07-01', '2031-07-31');

-- smart mode: nothing within 5 km of Vénissieux, so it widens the radius (Lyon is 8.4 km
-- away), or else the window month by month, and says what it used
SELECT name, round(distance_km::numeric, 1) AS km, search_radius_km, search_start_date, search_end_date
FROM rdvmairie.search_slots(4.8867, 45.6975, '2031-07-05', '2031-07-12', radius_km => 5, smart => true);
SELECT name, search_radius_km, search_start_date, search_end_date
FROM rdvmairie.search_slots(55.45, -20.88, '2031-11-01', '2031-11-10', radius_km => 5, smart => true);
SELECT count(*) AS not_smart FROM rdvmairie.search_slots(55.45, -20.88, '2031-11-01', '2031-11-10', radius_km => 5);

-- offline points are not offered
UPDATE rdvmairie.meeting_point SET online = false WHERE external_id = 'p15';
SELECT name FROM rdvmairie.search_slots(2.3499, 48.8530, '2031-07-01', '2031-07-31') ORDER BY 1;

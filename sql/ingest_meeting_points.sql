-- ingest_meeting_points: every normalisation rule of the vendor protocol, the
-- report's counts, and full-list snapshot semantics (missing points go offline).
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
SET client_min_messages = warning;
\pset null '∅'

INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('mp_a', 'Vendor A'), ('mp_b', 'Vendor B');

-- a sloppy but mostly valid list
SELECT * FROM rdvmairie.ingest_meeting_points('mp_a', $$[
  {"id": "101", "name": "Mairie de Lille", "longitude": 3.0573, "latitude": 50.6292,
   "public_entry_address": "Place Augustin Laurent", "zip_code": "59000", "city_name": "LILLE",
   "website": "https://www.lille.fr", "city_logo": "https://www.lille.fr/logo.png"},
  {"id": 102, "name": "  Mairie   de Bourg-en-Bresse ", "longitude": "46.2052", "latitude": "5.2255",
   "public_entry_address": "Place de l'Hôtel de Ville", "zip_code": 1000, "city_name": "BOURG-EN-BRESSE",
   "website": "www.bourg.fr"},
  {"id": "103", "name": "Mairie de Saint-Denis", "longitude": "55,4504", "latitude": "-20,8823",
   "zip_code": "97400", "city_name": "SAINT-DENIS"},
  {"id": "104", "name": "Mairie d'Ajaccio", "longitude": 8.7369, "latitude": 41.9192,
   "zip_code": "20000", "city_name": "Ajaccio"},
  {"id": "105", "name": "Mairie de Bastia", "longitude": 9.4509, "latitude": 42.7029,
   "zip_code": "20200", "city_name": "Bastia", "website": "javascript:alert(1)"},
  {"id": "106", "name": "Mairie de Mamoudzou", "longitude": 45.2279, "latitude": -12.7806,
   "zip_code": "97600", "city_name": "Mamoudzou"},
  {"id": "107", "name": "Mairie de Cayenne", "longitude": -52.3135, "latitude": 4.9224,
   "zip_code": "97300", "city_name": "Cayenne"},
  {"id": "108", "name": "Mairie de Saint-Pierre", "longitude": -56.1773, "latitude": 46.7811,
   "zip_code": "97500", "city_name": "Saint-Pierre"},
  {"id": "109", "name": "Mairie des Abymes", "longitude": -61.5045, "latitude": 16.2710,
   "zip_code": "97139", "city_name": "Les Abymes"},
  {"id": "110", "name": "Mairie de Fort-de-France", "longitude": -61.0588, "latitude": 14.6161,
   "zip_code": "97200", "city_name": "FORT-DE-FRANCE"},
  {"id": "111", "name": "Robert'); DROP TABLE rdvmairie.slot; --", "longitude": 2.3522, "latitude": 48.8566,
   "zip_code": "75004", "city_name": "Paris"}
]$$);

SELECT external_id, name, public_entry_address, zip_code, city_name, department, time_zone,
       website, city_logo, round(st_x(position::geometry)::numeric, 4) AS lon,
       round(st_y(position::geometry)::numeric, 4) AS lat, coordinates_swapped, online
FROM rdvmairie.meeting_point WHERE editor_id = 'mp_a' ORDER BY external_id;

-- what was fixed is recorded (kept = true)
SELECT external_id, item_index, reason, detail FROM rdvmairie.ingest_reject
WHERE editor_id = 'mp_a' AND kept ORDER BY item_index, reason;

-- items that cannot be used are rejected, each with its reason; neighbours are kept
SELECT * FROM rdvmairie.ingest_meeting_points('mp_b', $$[
  {"id": "1", "name": "Zero", "longitude": 0, "latitude": 0, "zip_code": "75001", "city_name": "Paris"},
  {"id": "2", "name": "Null Island string", "longitude": "0.0", "latitude": "0", "zip_code": "75001", "city_name": "Paris"},
  {"id": "3", "name": "Madrid", "longitude": -3.7038, "latitude": 40.4168, "zip_code": "75001", "city_name": "Paris"},
  {"id": "4", "name": "Lille with a Réunion zip", "longitude": 3.0573, "latitude": 50.6292, "zip_code": "97400", "city_name": "Saint-Denis"},
  {"id": "5", "name": "Nouméa", "longitude": 166.4572, "latitude": -22.2758, "zip_code": "98800", "city_name": "Nouméa"},
  {"id": "6", "name": "No zip", "longitude": 2.35, "latitude": 48.85, "city_name": "Paris"},
  {"id": "7", "name": "Bad zip", "longitude": 2.35, "latitude": 48.85, "zip_code": "7500A", "city_name": "Paris"},
  {"id": "8", "name": "Corsica 207", "longitude": 9.0, "latitude": 42.0, "zip_code": "20700", "city_name": "Nowhere"},
  {"id": "9", "name": "Letters", "longitude": "east", "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"},
  {"id": "10", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"},
  {"id": "11", "name": "No city", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001"},
  {"id": "12", "name": "No latitude", "longitude": 2.35, "zip_code": "75001", "city_name": "Paris"},
  {"name": "No id", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"},
  {"id": {"nested": 1}, "name": "Object id", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"},
  {"id": "", "name": "Empty id", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"},
  {"id": "13", "name": "Good", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"},
  {"id": "13", "name": "Good again", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"},
  {"id": "14", "name": "Control\u0001char", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"},
  "a string",
  [1, 2],
  null
]$$);

SELECT item_index, external_id, reason, detail FROM rdvmairie.ingest_reject
WHERE editor_id = 'mp_b' AND NOT kept ORDER BY item_index;

-- the report adds up on both calls
SELECT editor_id, count(*) FILTER (WHERE NOT kept) AS rejected_rows
FROM rdvmairie.ingest_reject GROUP BY editor_id ORDER BY 1;

-- the same list again: nothing changes
SELECT * FROM rdvmairie.ingest_meeting_points('mp_b', $$[
  {"id": "13", "name": "Good", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"}
]$$);

-- a change of name and a move are updates; a point missing from the list goes offline
SELECT * FROM rdvmairie.ingest_meeting_points('mp_a', $$[
  {"id": "101", "name": "Hôtel de Ville de Lille", "longitude": 3.0573, "latitude": 50.6292,
   "public_entry_address": "Place Augustin Laurent", "zip_code": "59000", "city_name": "LILLE",
   "website": "https://www.lille.fr", "city_logo": "https://www.lille.fr/logo.png"},
  {"id": 102, "name": "Mairie de Bourg-en-Bresse", "longitude": 5.2260, "latitude": 46.2050,
   "public_entry_address": "Place de l'Hôtel de Ville", "zip_code": "01000", "city_name": "Bourg-en-Bresse"},
  {"id": "103", "name": "Mairie de Saint-Denis", "longitude": "55,4504", "latitude": "-20,8823",
   "zip_code": "97400", "city_name": "SAINT-DENIS"},
  {"id": "104", "name": "Mairie d'Ajaccio", "longitude": 8.7369, "latitude": 41.9192,
   "zip_code": "20000", "city_name": "Ajaccio"},
  {"id": "105", "name": "Mairie de Bastia", "longitude": 9.4509, "latitude": 42.7029,
   "zip_code": "20200", "city_name": "Bastia", "website": "javascript:alert(1)"},
  {"id": "106", "name": "Mairie de Mamoudzou", "longitude": 45.2279, "latitude": -12.7806,
   "zip_code": "97600", "city_name": "Mamoudzou"},
  {"id": "107", "name": "Mairie de Cayenne", "longitude": -52.3135, "latitude": 4.9224,
   "zip_code": "97300", "city_name": "Cayenne"},
  {"id": "108", "name": "Mairie de Saint-Pierre", "longitude": -56.1773, "latitude": 46.7811,
   "zip_code": "97500", "city_name": "Saint-Pierre"},
  {"id": "109", "name": "Mairie des Abymes", "longitude": -61.5045, "latitude": 16.2710,
   "zip_code": "97139", "city_name": "Les Abymes"},
  {"id": "111", "name": "Robert'); DROP TABLE rdvmairie.slot; --", "longitude": 2.3522, "latitude": 48.8566,
   "zip_code": "75004", "city_name": "Paris"}
]$$);
SELECT external_id, name, online, coordinates_swapped, changed_at > first_seen_at OR NOT online AS changed
FROM rdvmairie.meeting_point WHERE editor_id = 'mp_a' ORDER BY external_id;

-- a point whose item is now broken is not taken offline: its last good data stays
SELECT * FROM rdvmairie.ingest_meeting_points('mp_b', $$[
  {"id": "13", "name": "Good", "longitude": 0, "latitude": 0, "zip_code": "75001", "city_name": "Paris"}
]$$);
SELECT external_id, name, online, round(st_x(position::geometry)::numeric, 2) AS lon
FROM rdvmairie.meeting_point WHERE editor_id = 'mp_b';

-- a list of which not one item is readable is a broken feed: nothing goes offline
SELECT * FROM rdvmairie.ingest_meeting_points('mp_b', '[1, 2, 3]');
SELECT count(*) FILTER (WHERE online) AS online FROM rdvmairie.meeting_point WHERE editor_id = 'mp_b';

-- an empty list is the vendor saying it has no point any more
SELECT * FROM rdvmairie.ingest_meeting_points('mp_b', '[]');
SELECT count(*) FILTER (WHERE online) AS online, count(*) AS kept FROM rdvmairie.meeting_point WHERE editor_id = 'mp_b';

-- the same vendor id at two vendors is two meeting points
SELECT * FROM rdvmairie.ingest_meeting_points('mp_b', $$[
  {"id": "101", "name": "Other vendor's 101", "longitude": 2.35, "latitude": 48.85, "zip_code": "75001", "city_name": "Paris"}
]$$);
SELECT editor_id, external_id, name FROM rdvmairie.meeting_point WHERE external_id = '101' ORDER BY 1;

-- the table the injection attempt named is intact
SELECT count(*) >= 0 AS slot_table_intact FROM rdvmairie.slot;

-- test/scenario/sample.sql — a small realistic installation for upgrade and backup
-- tests: 10 vendors, 200 meeting points, 30 days of slots, 60 appointments.
-- Needs the scenario generator (test/scenario/load.sql) and the extension.
SET client_min_messages = warning;
SELECT * FROM rdvmairie_scenario.install(200, 10, current_date, current_date + 29);
SELECT count(rdvmairie.declare_appointment(mp.editor_id, 'UP' || lpad(i::text, 8, '0'), mp.meeting_point_id,
                                           now() + i * interval '1 hour', 'https://rdv.example.fr/' || i, 'NOM ' || i))
FROM generate_series(1, 60) i
JOIN LATERAL (SELECT * FROM rdvmairie.meeting_point ORDER BY meeting_point_id OFFSET i % 50 LIMIT 1) mp ON true;

-- Every indicator on a small known world, against values computed by hand;
-- edge cases: a department with no slot, a month with no appointment.
BEGIN;
SELECT plan(33);
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';

INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('iv', 'Indicator vendor');
SELECT rdvmairie.ingest_meeting_points('iv', '[
  {"id": "A", "name": "Mairie du 4e", "longitude": 2.3522, "latitude": 48.8566, "zip_code": "75004", "city_name": "Paris"},
  {"id": "B", "name": "Mairie annexe du 4e", "longitude": 2.3600, "latitude": 48.8550, "zip_code": "75004", "city_name": "Paris"},
  {"id": "C", "name": "Mairie de Lyon", "longitude": 4.8357, "latitude": 45.7640, "zip_code": "69001", "city_name": "Lyon"},
  {"id": "D", "name": "Mairie de Villeurbanne", "longitude": 4.8800, "latitude": 45.7700, "zip_code": "69100", "city_name": "Villeurbanne"}]');
-- D goes offline: the vendor lists only A, B and C now
SELECT rdvmairie.ingest_meeting_points('iv', '[
  {"id": "A", "name": "Mairie du 4e", "longitude": 2.3522, "latitude": 48.8566, "zip_code": "75004", "city_name": "Paris"},
  {"id": "B", "name": "Mairie annexe du 4e", "longitude": 2.3600, "latitude": 48.8550, "zip_code": "75004", "city_name": "Paris"},
  {"id": "C", "name": "Mairie de Lyon", "longitude": 4.8357, "latitude": 45.7640, "zip_code": "69001", "city_name": "Lyon"}]');
CREATE TEMP TABLE mp AS SELECT external_id, meeting_point_id FROM rdvmairie.meeting_point;
-- slots: A in 2 and 10 days, B in 40 days, C none
SELECT rdvmairie.ingest_slots('iv', jsonb_build_object(
    'A', jsonb_build_array(jsonb_build_object('datetime', (current_date + 2) || 'T10:00:00', 'callback_url', 'https://iv.example/a1'),
                           jsonb_build_object('datetime', (current_date + 10) || 'T10:00:00', 'callback_url', 'https://iv.example/a2')),
    'B', jsonb_build_array(jsonb_build_object('datetime', (current_date + 40) || 'T10:00:00', 'callback_url', 'https://iv.example/b1')),
    'C', '[]'::jsonb), current_date, current_date + 60);
CREATE TEMP TABLE wait AS
SELECT extract(epoch FROM (((current_date + 2) + time '10:00') AT TIME ZONE 'Europe/Paris') - now()) / 86400 AS a,
       extract(epoch FROM (((current_date + 40) + time '10:00') AT TIME ZONE 'Europe/Paris') - now()) / 86400 AS b;

-- appointments: upcoming (a near-duplicate pair and a family member), past (settled or not)
SELECT rdvmairie.declare_appointment('iv', 'AB12CD34E0', (SELECT meeting_point_id FROM mp WHERE external_id = 'A'), ((current_date + 3) + time '09:00') AT TIME ZONE 'Europe/Paris', 'https://iv.example/m/1', 'Jean DUPONT');
SELECT rdvmairie.declare_appointment('iv', 'AB12CD34EO', (SELECT meeting_point_id FROM mp WHERE external_id = 'B'), ((current_date + 5) + time '09:00') AT TIME ZONE 'Europe/Paris', 'https://iv.example/m/2', 'Dupont Jean');
SELECT rdvmairie.declare_appointment('iv', 'ZZ98YY7601', (SELECT meeting_point_id FROM mp WHERE external_id = 'A'), ((current_date + 3) + time '11:00') AT TIME ZONE 'Europe/Paris', 'https://iv.example/m/3', 'Marie MARTIN');
INSERT INTO rdvmairie.application (application_id, status, status_at) VALUES ('PP00000001', 'declared', now()) ON CONFLICT DO NOTHING;
INSERT INTO rdvmairie.appointment (editor_id, application_id, typed_application_id, meeting_point_id, appointment_at, management_url, state)
SELECT 'iv', 'PP00000001', 'PP00000001', (SELECT meeting_point_id FROM mp WHERE external_id = 'A'),
       date_trunc('month', now() - interval '1 month') + interval '10 days' + i * interval '1 hour', 'https://iv.example/p', s
FROM unnest(ARRAY['honoured', 'honoured', 'honoured', 'no_show', 'booked', 'cancelled']) WITH ORDINALITY u(s, i);
-- instruction centres: 2024, 10 applications, 8 from a pre-application, 3 agent-days
INSERT INTO rdvmairie.instructed_application
SELECT 'IA' || lpad(i::text, 8, '0'), d, 'CERT Lyon', ag, i <= 8
FROM (VALUES (1, date '2024-03-01', 'a'), (2, '2024-03-01', 'a'), (3, '2024-03-01', 'a'), (4, '2024-03-01', 'a'),
             (5, '2024-03-02', 'a'), (6, '2024-03-02', 'a'), (7, '2024-03-02', 'a'),
             (8, '2024-03-01', 'b'), (9, '2024-03-01', 'b'), (10, '2024-03-01', 'b')) v(i, d, ag);
-- feed requests: three in the last day (one failed), one three days ago
INSERT INTO rdvmairie.feed_run (run_started_at, editor_id, feed, started_at, duration_ms, rejected, error)
VALUES (now(), 'iv', 'slots', now() - interval '1 hour', 100, 2, NULL),
       (now(), 'iv', 'slots', now() - interval '2 hours', 200, 1, NULL),
       (now(), 'iv', 'slots', now() - interval '3 hours', 300, NULL, 'HTTP 500'),
       (now(), 'iv', 'slots', now() - interval '3 days', 400, 0, NULL);

SELECT is(rdvmairie.refresh_indicators(), 2, 'refresh records both departments');

-- coverage
SELECT results_eq('SELECT department, meeting_points, online, with_slot_30d, vendors, communes FROM rdvmairie.indicator_coverage ORDER BY 1',
                  $$VALUES ('69', 2, 1, 0, 1, 1), ('75', 2, 2, 1, 1, 1)$$,
                  'coverage: points known, online, with a slot within 30 days, vendors, communes');
-- waiting time
SELECT is((SELECT online FROM rdvmairie.indicator_waiting_time WHERE department = '75'), 2, 'Paris: two online points');
SELECT is((SELECT with_slot FROM rdvmairie.indicator_waiting_time WHERE department = '75'), 2, 'Paris: both offer a slot');
SELECT is((SELECT median_wait_days FROM rdvmairie.indicator_waiting_time WHERE department = '75'),
          (SELECT round(((a + b) / 2)::numeric, 1) FROM wait), 'Paris: median wait is the mean of the two points');
SELECT is((SELECT p90_wait_days FROM rdvmairie.indicator_waiting_time WHERE department = '75'),
          (SELECT round((a + 0.9 * (b - a))::numeric, 1) FROM wait), 'Paris: 90th percentile wait');
SELECT is((SELECT share_within_7d FROM rdvmairie.indicator_waiting_time WHERE department = '75'), 50.0, 'Paris: half the points have a slot within 7 days');
SELECT is((SELECT with_slot FROM rdvmairie.indicator_waiting_time WHERE department = '69'), 0, 'Lyon: no point with a slot');
SELECT is((SELECT median_wait_days FROM rdvmairie.indicator_waiting_time WHERE department = '69'), NULL, 'Lyon: no median without slots');
SELECT is((SELECT share_within_7d FROM rdvmairie.indicator_waiting_time WHERE department = '69'), 0.0, 'Lyon: 0% within 7 days');
-- duplicates
SELECT results_eq($$SELECT day - current_date, department, booked, in_duplicate_group, duplicate_share, baseline_share
                    FROM rdvmairie.indicator_duplicates ORDER BY 1$$,
                  $$VALUES (3, '75', 2, 1, 50.0, 12::numeric), (5, '75', 1, 1, 100.0, 12::numeric)$$,
                  'duplicates per day: the near-duplicate pair counts, the family member does not');
SELECT is((SELECT count(*) FROM rdvmairie.indicator_duplicates WHERE department = '69'), 0::bigint, 'no row for a department without appointments');
-- no-shows
SELECT results_eq($$SELECT month, department, past, honoured, no_shows, no_show_share, baseline_share FROM rdvmairie.indicator_no_shows$$,
                  $$VALUES (date_trunc('month', now() - interval '1 month')::date, '75', 5, 3, 1, 25.0, 20::numeric)$$,
                  'no-shows last month: cancelled ones excluded, unsettled ones counted as past only');
SELECT is((SELECT count(*) FROM rdvmairie.indicator_no_shows WHERE month = date_trunc('month', now())::date), 0::bigint,
          'no row for a month without past appointments');
-- the contract's figures
SELECT results_eq($$SELECT year, applications, from_pre_application, pre_application_share, pre_application_target,
                           agents, agent_days, applications_per_agent_day, applications_per_agent_day_target
                    FROM rdvmairie.indicator_instruction$$,
                  $$VALUES (2024, 10, 8, 80.0, 85::numeric, 2, 3, 3.3, 80::numeric)$$,
                  'pre-application share and applications per agent-day against the 2024 targets');
SELECT is((SELECT count(*) FROM rdvmairie.indicator_target), 10::bigint, 'targets are seeded with the contract''s figures');
-- vendor health
SELECT results_eq($$SELECT availability_24h, availability_7d, latency_p50_ms, failures_24h, rejected_items_7d
                    FROM rdvmairie.indicator_vendor_health WHERE editor_id = 'iv'$$,
                  $$VALUES (66.7, 75.0, 250.0, 1, 3)$$,
                  'vendor health: availability over 24 hours and 7 days, latency, failures, rejects');
SELECT is((SELECT latency_p95_ms FROM rdvmairie.indicator_vendor_health WHERE editor_id = 'iv'), 385.0, 'vendor health: 95th percentile latency');
-- history: one row per day and department, however many refreshes
SELECT is(rdvmairie.refresh_indicators(), 2, 'a second refresh the same day');
SELECT is((SELECT count(*) FROM rdvmairie.indicator_history), 2::bigint, 'the history keeps one row per day and department');
SELECT results_eq($$SELECT department, online, with_slot_30d, share_within_7d, upcoming_booked, duplicate_share
                    FROM rdvmairie.indicator_history ORDER BY 1$$,
                  $$VALUES ('69', 1, 0, 0.0, 0, NULL::numeric), ('75', 2, 1, 50.0, 3, 66.7)$$,
                  'the history holds the headline figures');
-- analysts read the indicators and nothing else
SET LOCAL ROLE rdvmairie_analyst;
SELECT lives_ok('SELECT * FROM rdvmairie.indicator_coverage, rdvmairie.indicator_waiting_time', 'analysts read indicators');
SELECT lives_ok('SELECT * FROM rdvmairie.indicator_history, rdvmairie.indicator_target', 'analysts read the history and the targets');
SELECT lives_ok($$SELECT xmlparse(document rdvmairie.indicator_map_svg('share_within_7d'))$$, 'analysts draw the map, and it is well-formed XML');
SELECT throws_ok('SELECT auth_token FROM rdvmairie.editor', '42501', NULL, 'analysts cannot read vendors'' tokens');
SELECT throws_ok('SELECT * FROM rdvmairie.appointment', '42501', NULL, 'analysts cannot read appointments');
SELECT throws_ok('SELECT * FROM rdvmairie.slot', '42501', NULL, 'analysts cannot read slots');
SELECT throws_ok('SELECT * FROM rdvmairie.instructed_application', '42501', NULL, 'analysts cannot read instructed applications');
SELECT throws_ok($$INSERT INTO rdvmairie.indicator_target VALUES ('x', 'target', 2030, 1)$$, '42501', NULL, 'analysts cannot write');
SELECT throws_ok('SELECT rdvmairie.refresh_indicators()', '42501', NULL, 'analysts cannot refresh');
RESET ROLE;
SELECT throws_ok($$SELECT rdvmairie.indicator_map_svg('weather')$$, '22023', NULL, 'an unknown indicator is refused');
SELECT ok(rdvmairie.indicator_map_svg('median_wait_days') ~ 'id="dep-75"[^>]*>\s*<title>75 [^<]*: ', 'the map shows Paris with its value');
SELECT ok(rdvmairie.indicator_map_svg('online', 'Points <ouverts>') LIKE '%Points &lt;ouverts&gt;%', 'the title is escaped');

SELECT * FROM finish();
ROLLBACK;

-- rdvmairie.health(): each check's status moves with the state it watches, and
-- only the monitoring and analyst roles may call it.
BEGIN;
SELECT plan(17);
SET LOCAL client_min_messages = warning;
TRUNCATE rdvmairie.editor, rdvmairie.feed_run, rdvmairie.indicator_history CASCADE;

CREATE FUNCTION pg_temp.health(name text) RETURNS text LANGUAGE sql AS
    $$ SELECT status || ' ' || coalesce(value::text, '-') FROM rdvmairie.health() WHERE check_name = name $$;

SELECT is(pg_temp.health('server_role'), 'ok -', 'the server says it is a primary...');
SELECT ok((SELECT detail LIKE 'primary%' FROM rdvmairie.health() WHERE check_name = 'server_role'), '... in its detail');
SELECT is(pg_temp.health('stale_meeting_points'), 'warning 0', 'no online meeting point at all is a warning');
SELECT is(pg_temp.health('indicators_age'), 'critical -', 'indicators never refreshed are critical');

-- a vendor with four meeting points whose slots were just confirmed
INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('hv', 'Health vendor'), ('off', 'Disabled vendor');
UPDATE rdvmairie.editor SET enabled = false WHERE editor_id = 'off';
SELECT rdvmairie.ingest_meeting_points('hv', (
    SELECT jsonb_agg(jsonb_build_object('id', i::text, 'name', 'Mairie ' || i, 'longitude', 2.35 + i / 100.0,
                                        'latitude', 48.85, 'zip_code', '75004', 'city_name', 'Paris'))
    FROM generate_series(1, 4) i));
SELECT rdvmairie.ingest_slots('hv', (
    SELECT jsonb_object_agg(i::text, jsonb_build_array(jsonb_build_object(
               'datetime', (current_date + 3) || 'T10:00:00', 'callback_url', 'https://hv.example/' || i)))
    FROM generate_series(1, 4) i), current_date, current_date + 30);
SELECT is(pg_temp.health('stale_meeting_points'), 'ok 0.0', 'fresh slots everywhere: ok');

-- one of four meeting points not confirmed for two hours (slot_max_age is 30 minutes)
UPDATE rdvmairie.slot_window SET confirmed_at = now() - interval '2 hours'
WHERE meeting_point_id = (SELECT min(meeting_point_id) FROM rdvmairie.meeting_point);
SELECT is(pg_temp.health('stale_meeting_points'), 'critical 25.0', 'a quarter of the points invisible to searches is critical');
SET LOCAL rdvmairie.slot_max_age = '3h';
SELECT is(pg_temp.health('stale_meeting_points'), 'ok 0.0', 'the check follows rdvmairie.slot_max_age');

-- vendors: a failing run, then an open circuit breaker; a disabled vendor does not count
INSERT INTO rdvmairie.feed_health (editor_id, consecutive_failures, open_until) VALUES ('off', 5, now() + interval '1 hour');
SELECT is(pg_temp.health('failing_vendors'), 'ok 0', 'a failing disabled vendor is not a problem');
INSERT INTO rdvmairie.feed_health (editor_id, consecutive_failures) VALUES ('hv', 1);
SELECT is(pg_temp.health('failing_vendors'), 'warning 1', 'a vendor that failed its last refresh is a warning');
UPDATE rdvmairie.feed_health SET consecutive_failures = 3, open_until = now() + interval '15 minutes' WHERE editor_id = 'hv';
SELECT is(pg_temp.health('failing_vendors'), 'critical 1', 'an open circuit breaker is critical');

-- rejected items over the last hour
INSERT INTO rdvmairie.feed_run (run_started_at, editor_id, feed, started_at, duration_ms, received, rejected)
VALUES (now() - interval '10 minutes', 'hv', 'slots', now(), 10, 1000, 20),
       (now() - interval '3 hours', 'hv', 'slots', now(), 10, 10, 10);
SELECT is(pg_temp.health('rejected_items_last_hour'), 'warning 2.00', '2 % of items rejected in the last hour is a warning (older runs do not count)');

-- indicators
INSERT INTO rdvmairie.indicator_history (day, department, recorded_at) VALUES (current_date, '75', now() - interval '5 minutes');
SELECT is(pg_temp.health('indicators_age'), 'ok 5.0', 'indicators refreshed 5 minutes ago: ok');
UPDATE rdvmairie.indicator_history SET recorded_at = now() - interval '45 minutes';
SELECT is(pg_temp.health('indicators_age'), 'warning 45.0', 'indicators 45 minutes old: warning');

-- replication and pg_cron rows appear where they apply
SELECT ok(EXISTS (SELECT 1 FROM rdvmairie.health() WHERE check_name = 'standbys')
          AND NOT EXISTS (SELECT 1 FROM rdvmairie.health() WHERE check_name = 'replication_lag'),
          'a primary reports its standbys, not a replay lag');
SELECT is(EXISTS (SELECT 1 FROM rdvmairie.health() WHERE check_name = 'cron_failures_last_hour'),
          to_regclass('cron.job_run_details') IS NOT NULL, 'pg_cron is checked only where it is installed');

-- privileges
SELECT ok(has_function_privilege('rdvmairie_monitor', 'rdvmairie.health()', 'EXECUTE')
          AND has_function_privilege('rdvmairie_analyst', 'rdvmairie.health()', 'EXECUTE'),
          'the monitoring and analyst roles may call it');
SELECT ok(NOT has_function_privilege('rdvmairie_anon', 'rdvmairie.health()', 'EXECUTE')
          AND NOT has_function_privilege('rdvmairie_editor', 'rdvmairie.health()', 'EXECUTE')
          AND NOT has_table_privilege('rdvmairie_monitor', 'rdvmairie.editor', 'SELECT'),
          'citizens and vendors may not, and the monitoring role cannot read vendor tokens');

SELECT * FROM finish();
ROLLBACK;

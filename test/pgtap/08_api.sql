-- The HTTP-facing layer as PostgREST uses it: per request, SET LOCAL ROLE and
-- set_config('request.jwt.claims', ..., true) inside a transaction.
BEGIN;
SELECT plan(39);
SET LOCAL client_min_messages = warning;

-- two vendors, a meeting point each, slots at A
INSERT INTO rdvmairie.editor (editor_id, name, auth_token) VALUES ('api_a', 'Vendor A', 'token-a'), ('api_b', 'Vendor B', 'token-b');
SELECT rdvmairie.ingest_meeting_points('api_a', '[{"id": "a1", "name": "Mairie de Lille", "longitude": 3.0573, "latitude": 50.6292, "zip_code": "59000", "city_name": "Lille"}]');
SELECT rdvmairie.ingest_meeting_points('api_b', '[{"id": "b1", "name": "Mairie de Roubaix", "longitude": 3.1746, "latitude": 50.6942, "zip_code": "59100", "city_name": "Roubaix"}]');
SELECT rdvmairie.ingest_slots('api_a', jsonb_build_object('a1', jsonb_build_array(
    jsonb_build_object('datetime', (current_date + 3) || 'T10:00:00', 'callback_url', 'https://a.example/book/1'))),
    current_date, current_date + 30);
SELECT rdvmairie.declare_appointment('api_b', 'BB11BB22BB', (SELECT meeting_point_id FROM rdvmairie.meeting_point WHERE external_id = 'b1'),
                                     now() + interval '4 days', 'https://b.example/m/1', 'Bernard BLANC');

CREATE FUNCTION pg_temp.as_role(role text, claims jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', role);
    PERFORM set_config('request.jwt.claims', claims::text, true);
END $$;

-- anonymous citizens: search, nothing else
SELECT pg_temp.as_role('rdvmairie_anon', '{"role": "rdvmairie_anon"}');
SELECT is(jsonb_array_length(rdvmairie_api.search(3.06, 50.63, current_date, current_date + 30)), 1, 'anonymous search finds the slot');
SELECT is(rdvmairie_api.search(3.06, 50.63, current_date, current_date + 30)->0->'available_slots'->0->>'callback_url',
          'https://a.example/book/1', 'in the reference platform''s shape: available_slots with callback_url');
SELECT is((SELECT count(*) FROM rdvmairie_api.meeting_points_near(3.06, 50.63, 20)), 2::bigint, 'meeting points near a position');
SELECT throws_ok('SELECT * FROM rdvmairie.slot', '42501', NULL, 'anonymous cannot read the slot table');
SELECT throws_ok('SELECT * FROM rdvmairie_api.my_appointments', '42501', NULL, 'anonymous cannot read appointments');
SELECT throws_ok($$SELECT rdvmairie_api.status(ARRAY['BB11BB22BB'])$$, '42501', NULL, 'anonymous cannot ask the registry');
SELECT throws_ok($$SELECT rdvmairie.ingest_slots('api_a', '{}', current_date, current_date)$$, '42501', NULL, 'anonymous cannot ingest');
SELECT throws_ok($$SELECT rdvmairie_api.search(3.06, 50.63, current_date, current_date + 300)$$, '22023', NULL, 'search limits: window');
SELECT throws_ok($$SELECT rdvmairie_api.search(3.06, 50.63, current_date, current_date + 30, radius_km => 500)$$, '22023', NULL, 'search limits: radius');
RESET ROLE;

-- vendor A: its own rows only
SELECT pg_temp.as_role('rdvmairie_editor', '{"role": "rdvmairie_editor", "editor_id": "api_a"}');
SELECT ok(rdvmairie_api.declare_appointment('AA11-aa22aa', 'a1', now() + interval '3 days', 'https://a.example/m/1', 'Alice AUBERT') > 0,
          'vendor A declares at its own meeting point');
SELECT throws_ok($$SELECT rdvmairie_api.declare_appointment('AA11AA22AB', 'b1', now() + interval '3 days', 'https://a.example/m/2')$$,
                 '22023', NULL, 'vendor A cannot declare at vendor B''s meeting point');
SELECT throws_ok($$SELECT rdvmairie_api.cancel_appointment('BB11BB22BB', 'b1', now() + interval '4 days')$$,
                 '22023', NULL, 'vendor A cannot cancel at vendor B''s meeting point');
SELECT is((SELECT count(*) FROM rdvmairie_api.my_appointments), 1::bigint, 'vendor A sees only its own appointment');
SELECT is((SELECT count(*) FROM rdvmairie_api.my_meeting_points), 1::bigint, 'vendor A sees only its own meeting points');
SELECT is(rdvmairie_api.status(ARRAY['BB11BB22BB'])->'BB11BB22BB'->>'status', 'declared',
          'vendor A may see the status of a number it asks about');
SELECT is(jsonb_array_length(rdvmairie_api.status(ARRAY['BB11BB22BB'])->'BB11BB22BB'->'appointments'), 1,
          '...with vendor B''s appointment for it');
SELECT ok(rdvmairie_api.status(ARRAY['BB11BB22BB'])::text NOT LIKE '%BLANC%', '...but never the applicant''s name');
SELECT is((SELECT count(*) FROM rdvmairie.appointment WHERE editor_id = 'api_b'), 0::bigint,
          'row-level security hides vendor B''s appointments from vendor A even on the table');
SELECT is((rdvmairie_api.push_slots(jsonb_build_object('b1', jsonb_build_array(jsonb_build_object(
              'datetime', (current_date + 5) || 'T10:00:00', 'callback_url', 'https://a.example/evil'))),
              current_date, current_date + 30)).rejected, 1, 'vendor A cannot push slots into vendor B''s meeting point');
SELECT is((rdvmairie_api.push_meeting_points('[{"id": "a1", "name": "Mairie de Lille", "longitude": 3.0573, "latitude": 50.6292, "zip_code": "59000", "city_name": "Lille"}]')).unchanged,
          1, 'vendor A pushes its meeting points');
SELECT throws_ok('SELECT auth_token FROM rdvmairie.editor', '42501', NULL, 'vendor A cannot read tokens');
SELECT ok(NOT pg_has_role('rdvmairie_editor', 'rdvmairie_analyst', 'MEMBER') AND NOT pg_has_role('rdvmairie_editor', 'rdvmairie_anon', 'MEMBER')
          AND NOT (SELECT rolsuper OR rolcreaterole OR rolbypassrls OR rolcanlogin FROM pg_roles WHERE rolname = 'rdvmairie_editor'),
          'vendors hold no other role and no power to raise their own');
SELECT throws_ok('SELECT * FROM rdvmairie_api.indicator_coverage', '42501', NULL, 'vendor A cannot read indicators');
RESET ROLE;

-- a forged or missing editor_id gets nothing
SELECT pg_temp.as_role('rdvmairie_editor', '{"role": "rdvmairie_editor", "editor_id": "nobody"}');
SELECT throws_ok($$SELECT rdvmairie_api.declare_appointment('AA11AA22AA', 'a1', now() + interval '3 days', 'https://x.example/')$$,
                 '42501', NULL, 'an unknown editor_id is refused');
SELECT is((SELECT count(*) FROM rdvmairie_api.my_appointments), 0::bigint, 'and sees no row');
RESET ROLE;
SELECT pg_temp.as_role('rdvmairie_editor', '{"role": "rdvmairie_editor"}');
SELECT throws_ok($$SELECT rdvmairie_api.status(ARRAY['AA11AA22AA'])$$, '42501', NULL, 'a request without editor_id is refused');
RESET ROLE;

-- SQL injection in every text parameter is inert
CREATE TEMP TABLE evil AS SELECT $e$x'); DROP TABLE rdvmairie.slot; --$e$::text AS s;
GRANT SELECT ON evil TO PUBLIC;
SELECT set_config('rdvmairie.max_payload_size', '4kB', true);
SELECT pg_temp.as_role('rdvmairie_editor', '{"role": "rdvmairie_editor", "editor_id": "api_a"}');
SELECT throws_ok(format('SELECT rdvmairie_api.declare_appointment(%L, %L, now() + interval ''1 day'', %L, %L)',
                        (SELECT s FROM evil), 'a1', 'https://a.example/m', (SELECT s FROM evil)),
                 '22023', NULL, 'injection as an application number is refused as a malformed number');
SELECT throws_ok(format('SELECT rdvmairie_api.declare_appointment(%L, %L, now() + interval ''1 day'', %L)',
                        'AA11AA22AC', (SELECT s FROM evil), 'https://a.example/m'),
                 '22023', NULL, 'injection as a meeting point id names no meeting point');
SELECT ok(rdvmairie_api.declare_appointment('AA11AA22AD', 'a1', now() + interval '1 day', 'https://a.example/m', (SELECT s FROM evil)) > 0,
          'injection as an applicant name is stored as text');
SELECT is(rdvmairie_api.status(ARRAY[(SELECT s FROM evil)])->(SELECT s FROM evil)->>'status', 'invalid',
          'injection in status is an invalid number');
SELECT is((rdvmairie_api.push_meeting_points(jsonb_build_array(jsonb_build_object('id', 'a1', 'name', (SELECT s FROM evil),
          'longitude', 3.0573, 'latitude', 50.6292, 'zip_code', '59000', 'city_name', 'Lille')))).updated, 1,
          'injection in a pushed name is stored as text');
-- limits
SELECT throws_ok($$SELECT rdvmairie_api.status(array_fill('AB12CD34EF'::text, ARRAY[1001]))$$, '54000', NULL,
                 'at most 1,000 numbers per status call');
SELECT throws_ok($$SELECT rdvmairie_api.push_slots(jsonb_build_object('a1', (SELECT jsonb_agg(jsonb_build_object('datetime', (current_date + 3) || 'T10:00:00', 'callback_url', 'https://a.example/' || i)) FROM generate_series(1, 100) i)), current_date, current_date + 30)$$,
                 '54000', NULL, 'push payloads above rdvmairie.max_payload_size are refused');
RESET ROLE;
SELECT pg_temp.as_role('rdvmairie_anon', '{"role": "rdvmairie_anon"}');
SELECT throws_ok(format('SELECT rdvmairie_api.search(3.06, 50.63, current_date, current_date + 30, reason => %L)', (SELECT s FROM evil)),
                 '22023', NULL, 'injection as a reason is an unknown reason');
RESET ROLE;
SELECT ok(to_regclass('rdvmairie.slot') IS NOT NULL AND (SELECT name FROM rdvmairie.meeting_point WHERE external_id = 'a1') = (SELECT s FROM evil),
          'every table is intact and the strings were stored as they came');

-- analysts read, never write
SELECT pg_temp.as_role('rdvmairie_analyst', '{"role": "rdvmairie_analyst"}');
SELECT lives_ok('SELECT * FROM rdvmairie_api.indicator_coverage', 'analysts read indicators through the API');
SELECT throws_ok($$SELECT rdvmairie_api.push_meeting_points('[]')$$, '42501', NULL, 'analysts cannot push');
SELECT throws_ok('SELECT auth_token FROM rdvmairie.editor', '42501', NULL, 'analysts cannot read tokens');
RESET ROLE;

-- no API role can read a vendor token, whatever the path
SELECT is((SELECT count(*) FROM (VALUES ('rdvmairie_anon'), ('rdvmairie_editor'), ('rdvmairie_analyst')) r(role)
           WHERE has_column_privilege(role, 'rdvmairie.editor', 'auth_token', 'SELECT')), 0::bigint,
          'auth_token is readable by no API role');

SELECT * FROM finish();
ROLLBACK;

-- The public SQL contract (design section 5) as installed: schemas, tables,
-- types, functions with their exact signatures, and a comment on every object.
BEGIN;
SELECT plan(42);

SELECT has_schema('rdvmairie');
SELECT has_schema('rdvmairie_api');
SELECT has_extension('rdvmairie');
SELECT is((SELECT extrelocatable FROM pg_extension WHERE extname = 'rdvmairie'), false, 'rdvmairie is not relocatable');
SELECT is((SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'rdvmairie'), 'rdvmairie', 'installed in schema rdvmairie');

-- vendors
SELECT has_table('rdvmairie', 'editor', 'table editor');
SELECT col_is_pk('rdvmairie', 'editor', 'editor_id', 'editor_id is the key');
SELECT columns_are('rdvmairie', 'editor',
    ARRAY['editor_id', 'name', 'base_url', 'auth_token', 'enabled', 'sends_utc', 'reasons', 'documents_numbers', 'created_at', 'updated_at']);
SELECT col_type_is('rdvmairie', 'editor', 'enabled', 'boolean', 'enabled is boolean');
SELECT col_type_is('rdvmairie', 'editor', 'auth_token', 'text', 'auth_token is text');

-- meeting points
SELECT has_table('rdvmairie', 'meeting_point', 'table meeting_point');
SELECT col_is_pk('rdvmairie', 'meeting_point', 'meeting_point_id', 'meeting_point_id is the key');
SELECT col_type_is('rdvmairie', 'meeting_point', 'meeting_point_id', 'bigint', 'stable bigint id');
SELECT col_type_is('rdvmairie', 'meeting_point', 'position', 'geography(Point,4326)', 'WGS 84 geography point');
SELECT col_is_unique('rdvmairie', 'meeting_point', ARRAY['editor_id', 'external_id'], 'vendor id unique per vendor');
SELECT has_index('rdvmairie', 'meeting_point', 'meeting_point_position_idx', 'GiST index on position');
SELECT is((SELECT am.amname::text FROM pg_class c JOIN pg_am am ON am.oid = c.relam
           WHERE c.oid = 'rdvmairie.meeting_point_position_idx'::regclass), 'gist', 'the position index is GiST');
SELECT has_column('rdvmairie', 'meeting_point', col, 'meeting_point.' || col)
FROM unnest(ARRAY['name', 'public_entry_address', 'zip_code', 'city_name', 'department', 'time_zone',
                  'website', 'city_logo', 'online', 'first_seen_at', 'last_seen_at']) col;

-- ingestion
SELECT has_type('rdvmairie', 'ingest_report', 'type ingest_report');
SELECT is((SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
           FROM pg_attribute a JOIN pg_type t ON t.typrelid = a.attrelid
           WHERE t.oid = 'rdvmairie.ingest_report'::regtype AND attnum > 0 AND NOT attisdropped),
          'received integer, inserted integer, updated integer, unchanged integer, removed integer, rejected integer',
          'ingest_report has the contract''s fields');
SELECT has_table('rdvmairie', 'ingest_reject', 'table ingest_reject');
SELECT has_table('rdvmairie', 'slot', 'table slot');
SELECT has_function('rdvmairie', 'ingest_meeting_points', ARRAY['text', 'jsonb']);
SELECT function_returns('rdvmairie', 'ingest_meeting_points', ARRAY['text', 'jsonb'], 'rdvmairie.ingest_report');
SELECT has_function('rdvmairie', 'ingest_slots', ARRAY['text', 'jsonb', 'date', 'date', 'text', 'integer']);
SELECT function_returns('rdvmairie', 'ingest_slots', ARRAY['text', 'jsonb', 'date', 'date', 'text', 'integer'], 'rdvmairie.ingest_report');
SELECT is((SELECT pg_get_function_arguments('rdvmairie.ingest_slots(text, jsonb, date, date, text, integer)'::regprocedure)),
          'editor_id text, payload jsonb, start_date date, end_date date, reason text DEFAULT ''CNI''::text, documents_number integer DEFAULT 1',
          'ingest_slots parameter names and defaults');
SELECT is(rdvmairie.slot_max_age(), interval '30 minutes', 'slot_max_age defaults to 30 minutes');

-- every object of the extension has a comment
SELECT is(
    (SELECT string_agg(pg_describe_object(d.classid, d.objid, d.objsubid), ', ')
     FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'rdvmairie'
     WHERE d.deptype = 'e' AND d.classid <> 'pg_type'::regclass
       AND obj_description(d.objid, d.classid::regclass::text) IS NULL),
    NULL, 'every extension object has a comment');
SELECT is(
    (SELECT string_agg(c.relname || '.' || a.attname, ', ')
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE c.relnamespace = 'rdvmairie'::regnamespace AND c.relkind IN ('r', 'v')
       AND col_description(c.oid, a.attnum) IS NULL AND c.relname <> 'offered_slot'),
    NULL, 'every table column has a comment');
SELECT ok(obj_description('rdvmairie'::regnamespace, 'pg_namespace') IS NOT NULL, 'schema rdvmairie has a comment');

-- user data survives pg_dump
SELECT set_eq(
    $$SELECT c.relname::text FROM pg_extension e, unnest(e.extconfig) cfg JOIN pg_class c ON c.oid = cfg
      WHERE e.extname = 'rdvmairie' AND c.relkind = 'r'$$,
    ARRAY['editor', 'meeting_point', 'slot', 'slot_window', 'ingest_reject', 'feed_health', 'feed_run', 'application', 'appointment', 'instructed_application', 'indicator_history'],
    'tables holding data are dumped by pg_dump');

SELECT * FROM finish();
ROLLBACK;

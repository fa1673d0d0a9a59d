-- The extension installs with its dependency, and DROP EXTENSION leaves nothing behind.
\set VERBOSITY terse
SET client_min_messages = warning;
CREATE EXTENSION rdvmairie CASCADE;
RESET client_min_messages;

SELECT extname, extversion, extrelocatable, extnamespace::regnamespace AS schema
FROM pg_extension WHERE extname IN ('rdvmairie', 'postgis') ORDER BY extname;

-- both schemas exist and belong to the extension
SELECT n.nspname
FROM pg_namespace n
JOIN pg_depend d ON d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'rdvmairie'
ORDER BY 1;

-- every member object has a comment
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS uncommented
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'rdvmairie'
WHERE d.deptype = 'e'
  AND d.classid <> 'pg_type'::regclass          -- row types of tables are covered by the table
  AND obj_description(d.objid, d.classid::regclass::text) IS NULL
ORDER BY 1;

-- settings are reserved under the rdvmairie. prefix once the library is loaded
LOAD 'rdvmairie';
SHOW rdvmairie.slot_max_age;
SET rdvmairie.no_such_setting = 1;

DROP EXTENSION rdvmairie;

-- nothing left: rdvmairie_api is gone, and rdvmairie (created by CREATE EXTENSION
-- because the control file names it) is empty, so a plain DROP SCHEMA succeeds
SELECT nspname AS leftover_schema FROM pg_namespace WHERE nspname IN ('rdvmairie', 'rdvmairie_api');
SELECT count(*) AS objects_in_rdvmairie FROM (
    SELECT oid FROM pg_class WHERE relnamespace = 'rdvmairie'::regnamespace
    UNION ALL SELECT oid FROM pg_proc WHERE pronamespace = 'rdvmairie'::regnamespace
    UNION ALL SELECT oid FROM pg_type WHERE typnamespace = 'rdvmairie'::regnamespace) o;
DROP SCHEMA rdvmairie;
SELECT count(*) AS leftover_functions FROM pg_proc WHERE proname IN ('ingest_slots', 'ingest_meeting_points', 'make_position');
SELECT count(*) AS leftover_types FROM pg_type WHERE typname IN ('reason', 'ingest_report');

-- installed again for the tests that follow
SET client_min_messages = warning;
CREATE EXTENSION rdvmairie CASCADE;
RESET client_min_messages;
SELECT count(*) AS tables FROM pg_tables WHERE schemaname = 'rdvmairie';

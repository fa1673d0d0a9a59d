-- The anti-duplicate registry (design section 4): canonical numbers, idempotent
-- declarations, refusals, cancellations, status lookups for many numbers, release
-- of surplus appointments, the day job, the names purge, and that nothing is
-- ever hard-deleted. Times are relative to now(), fixed for the transaction.
BEGIN;
SELECT plan(113);
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';

-- ---------------------------------------------------------------------------
-- Fixtures: three vendors, meeting points in Lille, Réunion, Lyon and Paris
-- ---------------------------------------------------------------------------
INSERT INTO rdvmairie.editor (editor_id, name) VALUES
    ('rg_a', 'Registry vendor A'), ('rg_b', 'Registry vendor B'), ('rg_c', 'Registry vendor C');
CREATE TEMP TABLE mp_report AS
SELECT e.editor_id, r.*
FROM (VALUES
    ('rg_a', $$[
      {"id": "1", "name": "Mairie de Lille", "longitude": 3.0573, "latitude": 50.6292, "zip_code": "59000", "city_name": "Lille"},
      {"id": "2", "name": "Mairie de Saint-Denis", "longitude": 55.4504, "latitude": -20.8823, "zip_code": "97400", "city_name": "Saint-Denis"}
    ]$$::jsonb),
    ('rg_b', $$[
      {"id": "1", "name": "Mairie de Lyon", "longitude": 4.8357, "latitude": 45.764, "zip_code": "69001", "city_name": "Lyon"}
    ]$$),
    ('rg_c', $$[
      {"id": "P1", "name": "Mairie du 4e", "longitude": 2.3522, "latitude": 48.8566, "zip_code": "75004", "city_name": "Paris"}
    ]$$)) AS e(editor_id, payload)
CROSS JOIN LATERAL rdvmairie.ingest_meeting_points(e.editor_id, e.payload) r;

CREATE FUNCTION pg_temp.mp(editor text, external text) RETURNS bigint LANGUAGE sql STABLE AS
$$ SELECT meeting_point_id FROM rdvmairie.meeting_point WHERE editor_id = editor AND external_id = external $$;

-- every id a declaration ever returned, to prove at the end that no row went away
CREATE TEMP TABLE declared (appointment_id bigint);
CREATE FUNCTION pg_temp.decl(editor text, number text, point bigint, at timestamptz,
                             url text DEFAULT 'https://vendor.example/manage', name text DEFAULT NULL,
                             cancel text DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE id bigint;
BEGIN
    id := rdvmairie.declare_appointment(editor, number, point, at, url, name, cancel);
    INSERT INTO declared VALUES (id);
    RETURN id;
END $$;
CREATE FUNCTION pg_temp.state(id bigint) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT state FROM rdvmairie.appointment WHERE appointment_id = id $$;
CREATE FUNCTION pg_temp.status(number text) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT status FROM rdvmairie.application_status(ARRAY[number]) $$;

SELECT is((SELECT sum(inserted) FROM mp_report), 4::bigint, 'fixtures: four meeting points of three vendors');

-- ---------------------------------------------------------------------------
-- Contract
-- ---------------------------------------------------------------------------
SELECT has_table('rdvmairie', 'application', 'table application');
SELECT has_table('rdvmairie', 'appointment', 'table appointment');
SELECT has_view('rdvmairie', 'released_appointment', 'view of released appointments per vendor');
SELECT has_function('rdvmairie', 'declare_appointment',
    ARRAY['text', 'text', 'bigint', 'timestamp with time zone', 'text', 'text', 'text']);
SELECT alike(pg_get_function_arguments('rdvmairie.declare_appointment(text, text, bigint, timestamptz, text, text, text)'::regprocedure),
    'editor_id text, application_id text, meeting_point_id bigint, appointment_at timestamp with time zone, management_url text, applicant_name text DEFAULT NULL::text%',
    'declare_appointment keeps the contract''s parameter names and defaults');
SELECT function_returns('rdvmairie', 'declare_appointment',
    ARRAY['text', 'text', 'bigint', 'timestamp with time zone', 'text', 'text', 'text'], 'bigint');
SELECT function_returns('rdvmairie', 'cancel_appointment',
    ARRAY['text', 'text', 'bigint', 'timestamp with time zone'], 'integer');
SELECT is(pg_get_function_arguments('rdvmairie.cancel_appointment(text, text, bigint, timestamptz)'::regprocedure),
    'editor_id text, application_id text, meeting_point_id bigint, appointment_at timestamp with time zone',
    'cancel_appointment parameter names');
SELECT alike(pg_get_function_result('rdvmairie.application_status(text[])'::regprocedure),
    'TABLE(application_id text, status text, appointments jsonb%',
    'application_status returns (application_id, status, appointments, ...)');
SELECT alike(pg_get_function_arguments('rdvmairie.set_application_status(text, text, timestamptz)'::regprocedure),
    'application_id text, status text%', 'set_application_status(application_id, status, ...)');
SELECT is((SELECT provolatile::text || proisstrict::text || proparallel::text FROM pg_proc
           WHERE oid = 'rdvmairie.canonical_application_id(text)'::regprocedure),
          'itrues', 'canonical_application_id is IMMUTABLE STRICT PARALLEL SAFE');
SELECT has_index('rdvmairie', 'appointment', 'appointment_application_idx', 'index by canonical number');
SELECT has_index('rdvmairie', 'appointment', 'appointment_booked_key', 'index by vendor and number (booked)');
SELECT has_index('rdvmairie', 'appointment', 'appointment_booked_point_idx', 'index of booked appointments by meeting point and date');

-- ---------------------------------------------------------------------------
-- Canonical numbers
-- ---------------------------------------------------------------------------
SELECT is(rdvmairie.canonical_application_id('ab12cd34ef'), 'AB12CD34EF', 'lower case is upper-cased');
SELECT is(rdvmairie.canonical_application_id('AB12 CD34 EF'), 'AB12CD34EF', 'spaces are removed');
SELECT is(rdvmairie.canonical_application_id('  ab12cd34ef  '), 'AB12CD34EF', 'surrounding spaces are removed');
SELECT is(rdvmairie.canonical_application_id('AB-12-CD-34-EF'), 'AB12CD34EF', 'dashes are removed');
SELECT is(rdvmairie.canonical_application_id('ab.12.cd.34.ef'), 'AB12CD34EF', 'dots are removed');
SELECT is(rdvmairie.canonical_application_id('AB/12/CD/34/EF'), 'AB12CD34EF', 'slashes are removed');
SELECT is(rdvmairie.canonical_application_id(E'ab_12\tcd\u00a034\u202fef'), 'AB12CD34EF',
          'underscores, tabs and no-break spaces are removed');
SELECT is(rdvmairie.canonical_application_id('O0O0O0O0O0'), 'O0O0O0O0O0', 'no look-alike folding: O and 0 stay apart');
SELECT is(rdvmairie.canonical_application_id(NULL), NULL, 'NULL gives NULL');
SELECT throws_ok($$SELECT rdvmairie.canonical_application_id('AB12CD34E')$$, '22023',
                 'invalid pre-application number: "AB12CD34E"', '9 characters are rejected');
SELECT throws_ok($$SELECT rdvmairie.canonical_application_id('AB12CD34EF1')$$, '22023',
                 'invalid pre-application number: "AB12CD34EF1"', '11 characters are rejected');
SELECT throws_ok($$SELECT rdvmairie.canonical_application_id('')$$, '22023', NULL, 'the empty string is rejected');
SELECT throws_ok($$SELECT rdvmairie.canonical_application_id(' - . / ')$$, '22023', NULL, 'separators alone are rejected');
SELECT throws_ok($$SELECT rdvmairie.canonical_application_id('AB12CD34E!')$$, '22023', NULL, 'punctuation is rejected');
SELECT throws_ok($$SELECT rdvmairie.canonical_application_id('AB12+CD34EF')$$, '22023', NULL, 'a plus sign is rejected');
SELECT throws_ok($$SELECT rdvmairie.canonical_application_id('ÉB12CD34EF')$$, '22023', NULL, 'accented letters are rejected');
SELECT throws_ok($$SELECT rdvmairie.canonical_application_id('AB12,CD34EF')$$, '22023', NULL, 'commas are not separators');
SELECT is(rdvmairie.try_canonical_application_id('ab-12-cd-34-ef'), 'AB12CD34EF', 'try_ variant: valid number');
SELECT is(rdvmairie.try_canonical_application_id('AB12'), NULL, 'try_ variant: NULL instead of an error');

-- ---------------------------------------------------------------------------
-- Declaring
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE ids AS SELECT
    pg_temp.decl('rg_a', 'ab-12-cd-34-ef', pg_temp.mp('rg_a', '1'), now() + interval '2 days',
                 'https://a.example/rdv/1', '  Jean   DUPONT ') AS a1;
SELECT is((SELECT row(application_id, typed_application_id, editor_id, state, applicant_name, management_url)::text
           FROM rdvmairie.appointment WHERE appointment_id = (SELECT a1 FROM ids)),
          row('AB12CD34EF', 'ab-12-cd-34-ef', 'rg_a', 'booked', 'Jean DUPONT', 'https://a.example/rdv/1')::text,
          'a declaration stores the canonical and the typed number, the vendor, state booked and the tidied name');
SELECT is(pg_temp.status('AB12CD34EF'), 'declared', 'declaring moves an unknown number to declared');
SELECT is(rdvmairie.declare_appointment('rg_a', 'AB12CD34EF', pg_temp.mp('rg_a', '1'), now() + interval '2 days',
                                        'https://a.example/rdv/1'),
          (SELECT a1 FROM ids), 'declaring the same appointment again returns the same id');
SELECT is(pg_temp.decl('rg_a', 'ab 12 cd 34 ef', pg_temp.mp('rg_a', '1'), now() + interval '2 days',
                       'https://a.example/rdv/1-bis'),
          (SELECT a1 FROM ids), 'the same appointment typed differently is still the same one');
SELECT is((SELECT count(*) FROM rdvmairie.appointment WHERE application_id = 'AB12CD34EF'), 1::bigint,
          'repeated declarations keep one row');
SELECT is((SELECT row(management_url, applicant_name)::text FROM rdvmairie.appointment WHERE appointment_id = (SELECT a1 FROM ids)),
          row('https://a.example/rdv/1-bis', 'Jean DUPONT')::text,
          'a repeated declaration updates the URL and keeps the name it did not repeat');

-- the same number at another vendor, and a second appointment of the first vendor elsewhere
ALTER TABLE ids ADD COLUMN b1 bigint, ADD COLUMN a2 bigint;
UPDATE ids SET
    b1 = pg_temp.decl('rg_b', 'AB12CD34EF', pg_temp.mp('rg_b', '1'), now() + interval '5 days',
                      'https://b.example/m/77', 'Jean Dupond', 'https://b.example/c/77'),
    a2 = pg_temp.decl('rg_a', 'AB12CD34EF', pg_temp.mp('rg_a', '2'), now() + interval '3 days',
                      'https://a.example/rdv/2');
SELECT isnt((SELECT b1 FROM ids), (SELECT a1 FROM ids), 'another vendor''s appointment for the number is its own row');

-- validated becomes declared
SELECT is(rdvmairie.set_application_status('VA11DA7ED0', 'validated'), 0, 'ANTS marks a number validated');
SELECT is(pg_temp.status('VA11DA7ED0'), 'validated', 'the number is validated');
SELECT ok(pg_temp.decl('rg_c', 'va11da7ed0', pg_temp.mp('rg_c', 'P1'), now() + interval '1 day') > 0,
          'a validated number can be declared (six-argument call of the contract)');
SELECT is(pg_temp.status('VA11DA7ED0'), 'declared', 'declaring moves a validated number to declared');
SELECT is(rdvmairie.set_application_status('VA11DA7ED0', 'validated'), 0, 'ANTS repeats validated');
SELECT is(pg_temp.status('VA11DA7ED0'), 'declared', 'validated does not undo declared');

-- refusals
DO $$ BEGIN
    PERFORM rdvmairie.set_application_status('C0N5UMED00', 'consumed');
    PERFORM rdvmairie.set_application_status('EXP1RED000', 'expired');
END $$;
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('rg_a', 'c0n5umed00', pg_temp.mp('rg_a', '1'),
                     now() + interval '1 day', 'https://a.example/x')$$,
                 '55000', 'pre-application number C0N5UMED00 is consumed', 'a consumed number is refused');
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('rg_a', 'EXP1RED000', pg_temp.mp('rg_a', '1'),
                     now() + interval '1 day', 'https://a.example/x')$$,
                 '55000', 'pre-application number EXP1RED000 is expired', 'an expired number is refused');
SELECT is((SELECT count(*) FROM rdvmairie.appointment WHERE application_id IN ('C0N5UMED00', 'EXP1RED000')), 0::bigint,
          'refused declarations leave nothing behind');
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('nobody', 'AB12CD34EF', pg_temp.mp('rg_a', '1'),
                     now() + interval '1 day', 'https://a.example/x')$$,
                 '42704', 'vendor "nobody" is not registered', 'an unknown vendor is refused');
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('rg_a', 'AB12CD34EF', -1,
                     now() + interval '1 day', 'https://a.example/x')$$,
                 '42704', 'meeting point -1 does not exist', 'an unknown meeting point is refused');
SELECT throws_ok(format($$SELECT rdvmairie.declare_appointment('rg_a', 'AB12CD34EF', %s,
                     now() + interval '1 day', 'https://a.example/x')$$, pg_temp.mp('rg_b', '1')),
                 '42501', NULL, 'a vendor cannot declare at another vendor''s meeting point');
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('rg_a', 'AB12CD34', pg_temp.mp('rg_a', '1'),
                     now() + interval '1 day', 'https://a.example/x')$$,
                 '22023', NULL, 'an invalid number is refused');
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('rg_a', 'AB12CD34EF', pg_temp.mp('rg_a', '1'),
                     now() + interval '1 day', 'javascript:alert(1)')$$,
                 '22023', 'management_url must be an absolute http or https URL', 'a javascript: URL is refused');
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('rg_a', 'AB12CD34EF', pg_temp.mp('rg_a', '1'),
                     now() + interval '1 day', 'ftp://a.example/x')$$,
                 '22023', NULL, 'an ftp URL is refused');
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('rg_a', 'AB12CD34EF', pg_temp.mp('rg_a', '1'),
                     now() + interval '1 day', 'https://a.example/x', NULL, 'www.a.example/cancel')$$,
                 '22023', 'cancel_url must be an absolute http or https URL', 'a cancel URL without scheme is refused');
SELECT throws_ok($$SELECT rdvmairie.declare_appointment('rg_a', 'AB12CD34EF', pg_temp.mp('rg_a', '1'),
                     NULL, 'https://a.example/x')$$,
                 '22004', 'appointment_at must not be null', 'a missing date is refused');

-- ---------------------------------------------------------------------------
-- Cancelling
-- ---------------------------------------------------------------------------
ALTER TABLE ids ADD COLUMN c1 bigint;
UPDATE ids SET c1 = pg_temp.decl('rg_c', 'CANCE11ED0', pg_temp.mp('rg_c', 'P1'), now() + interval '4 days');
SELECT is(rdvmairie.cancel_appointment('rg_a', 'CANCE11ED0', pg_temp.mp('rg_c', 'P1'), now() + interval '4 days'), 0,
          'a vendor cannot cancel another vendor''s appointment');
SELECT is(pg_temp.state((SELECT c1 FROM ids)), 'booked', 'the other vendor''s appointment stays booked');
SELECT is(rdvmairie.cancel_appointment('rg_c', 'CANCE11ED0', pg_temp.mp('rg_c', 'P1'), now() + interval '5 days'), 0,
          'cancelling an appointment that does not exist cancels nothing');
SELECT is(rdvmairie.cancel_appointment('rg_c', 'cance-11ed-0', pg_temp.mp('rg_c', 'P1'), now() + interval '4 days'), 1,
          'the vendor cancels its appointment (number typed differently)');
SELECT is(pg_temp.state((SELECT c1 FROM ids)), 'cancelled', 'the row is kept with state cancelled');
SELECT is(rdvmairie.cancel_appointment('rg_c', 'CANCE11ED0', pg_temp.mp('rg_c', 'P1'), now() + interval '4 days'), 0,
          'cancelling twice cancels nothing the second time');
SELECT isnt(pg_temp.decl('rg_c', 'CANCE11ED0', pg_temp.mp('rg_c', 'P1'), now() + interval '4 days'), (SELECT c1 FROM ids),
            'declaring a cancelled appointment again books a new row');
SELECT throws_ok($$SELECT rdvmairie.cancel_appointment('nobody', 'CANCE11ED0', 1, now())$$, '42704', NULL,
                 'cancelling for an unknown vendor is an error');
SELECT throws_ok($$SELECT rdvmairie.cancel_appointment('rg_c', 'CANCE11ED', 1, now())$$, '22023', NULL,
                 'cancelling with an invalid number is an error');

-- ---------------------------------------------------------------------------
-- Status of many numbers
-- ---------------------------------------------------------------------------
-- a past and a cancelled appointment of AB12CD34EF, neither shown
ALTER TABLE ids ADD COLUMN past bigint;
UPDATE ids SET past = pg_temp.decl('rg_b', 'AB12CD34EF', pg_temp.mp('rg_b', '1'), now() - interval '1 hour');
DO $$ BEGIN
    PERFORM pg_temp.decl('rg_b', 'AB12CD34EF', pg_temp.mp('rg_b', '1'), now() + interval '6 days');
    PERFORM rdvmairie.cancel_appointment('rg_b', 'AB12CD34EF', pg_temp.mp('rg_b', '1'), now() + interval '6 days');
END $$;

SELECT results_eq(
    $$SELECT application_id, status FROM rdvmairie.application_status(
        ARRAY['ab12cd34ef', 'ZZZZZZZZZZ', 'c0n5umed00', 'EXP1RED000', 'VA11DA7ED0', 'bad', NULL, 'AB-12-CD-34-EF'])$$,
    $$VALUES ('ab12cd34ef', 'declared'), ('ZZZZZZZZZZ', 'unknown'), ('c0n5umed00', 'consumed'), ('EXP1RED000', 'expired'),
             ('VA11DA7ED0', 'declared'), ('bad', 'invalid'), (NULL, 'invalid'), ('AB-12-CD-34-EF', 'declared')$$,
    'one row per number asked, as given and in order: declared, unknown, consumed, expired, invalid');
SELECT is((SELECT appointments FROM rdvmairie.application_status(ARRAY['AB12CD34EF'])),
          format($$[
            {"meeting_point": "Mairie de Lille", "meeting_point_id": %s, "datetime": "%s",
             "management_url": "https://a.example/rdv/1-bis", "editor_id": "rg_a"},
            {"meeting_point": "Mairie de Saint-Denis", "meeting_point_id": %s, "datetime": "%s",
             "management_url": "https://a.example/rdv/2", "editor_id": "rg_a"},
            {"meeting_point": "Mairie de Lyon", "meeting_point_id": %s, "datetime": "%s",
             "management_url": "https://b.example/m/77", "cancel_url": "https://b.example/c/77", "editor_id": "rg_b"}]$$,
            pg_temp.mp('rg_a', '1'), rdvmairie.local_datetime(now() + interval '2 days', 'Europe/Paris'),
            pg_temp.mp('rg_a', '2'), rdvmairie.local_datetime(now() + interval '3 days', 'Indian/Reunion'),
            pg_temp.mp('rg_b', '1'), rdvmairie.local_datetime(now() + interval '5 days', 'Europe/Paris'))::jsonb,
          'every vendor''s upcoming booked appointments, by date, in the protocol''s shape; no past or cancelled ones');
SELECT is((SELECT appointments FROM rdvmairie.application_status(ARRAY['ZZZZZZZZZZ'])), '[]'::jsonb,
          'an unknown number has no appointments');
SELECT is((SELECT canonical_id FROM rdvmairie.application_status(ARRAY['ab.12.cd.34.ef'])), 'AB12CD34EF',
          'the canonical number is returned too');
SELECT is(rdvmairie.local_datetime('2027-07-01 08:00+00', 'Europe/Paris'), '2027-07-01T10:00:00+02:00',
          'local time with offset: Paris in summer');
SELECT is(rdvmairie.local_datetime('2027-01-05 14:00+00', 'America/Guadeloupe'), '2027-01-05T10:00:00-04:00',
          'local time with offset: Guadeloupe');
SELECT is((SELECT count(*) FROM rdvmairie.application_status(
              (SELECT array_agg(lpad(i::text, 10, 'X')) FROM generate_series(1, 1000) i))),
          1000::bigint, '1000 numbers are answered in one call');
SELECT throws_ok($$SELECT * FROM rdvmairie.application_status(
                     (SELECT array_agg(lpad(i::text, 10, 'X')) FROM generate_series(1, 1001) i))$$,
                 '54000', 'too many pre-application numbers: 1001', 'more than 1000 numbers are refused');
SELECT is((SELECT count(*) FROM rdvmairie.application_status('{}')), 0::bigint, 'an empty array gives no rows');
SELECT is((SELECT count(*) FROM rdvmairie.application_status(NULL)), 0::bigint, 'a NULL array gives no rows');

-- ---------------------------------------------------------------------------
-- Consumed: other upcoming appointments are released, per vendor
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT rdvmairie.set_application_status('AB12CD34EF', 'declared')$$, '22023',
                 'invalid application status: "declared"', 'declared cannot be set by ANTS');
SELECT throws_ok($$SELECT rdvmairie.set_application_status('AB12CD34EF', 'done')$$, '22023', NULL,
                 'an unknown status is refused');
SELECT throws_ok($$SELECT rdvmairie.set_application_status('AB12', 'consumed')$$, '22023', NULL,
                 'an invalid number is refused');

-- filed now at the Lille town hall (appointment in 2 days has not happened: all upcoming ones are surplus)
SELECT is(rdvmairie.set_application_status('ab12cd34ef', 'consumed'), 3,
          'consumed releases the number''s three upcoming booked appointments');
SELECT is(pg_temp.status('AB12CD34EF'), 'consumed', 'the number is consumed');
SELECT results_eq(
    $$SELECT editor_id, meeting_point_external_id, management_url, acknowledged_at IS NULL
      FROM rdvmairie.released_appointment WHERE application_id = 'AB12CD34EF' ORDER BY editor_id, appointment_at$$,
    $$VALUES ('rg_a', '1', 'https://a.example/rdv/1-bis', true), ('rg_a', '2', 'https://a.example/rdv/2', true),
             ('rg_b', '1', 'https://b.example/m/77', true)$$,
    'released appointments are listed per vendor with the vendor''s own meeting point id');
SELECT is(pg_temp.state((SELECT past FROM ids)), 'booked', 'the past appointment is left to the day job');
SELECT is((SELECT appointments FROM rdvmairie.application_status(ARRAY['AB12CD34EF'])), '[]'::jsonb,
          'released appointments are no longer shown');
SELECT is(rdvmairie.set_application_status('AB12CD34EF', 'consumed'), 0, 'consumed again releases nothing more');
SELECT is(rdvmairie.cancel_appointment('rg_a', 'AB12CD34EF', pg_temp.mp('rg_a', '1'), now() + interval '2 days'), 0,
          'a released appointment cannot be cancelled any more');
SELECT is(pg_temp.state((SELECT a1 FROM ids)), 'released', 'it stays released');
SELECT is(rdvmairie.acknowledge_released_appointments('rg_a', ARRAY[(SELECT b1 FROM ids)]), 0,
          'a vendor cannot acknowledge another vendor''s released appointment');
SELECT is(rdvmairie.acknowledge_released_appointments('rg_b', ARRAY[(SELECT b1 FROM ids)]), 1,
          'the vendor acknowledges it freed the slot');
SELECT is((SELECT array_agg(appointment_id ORDER BY appointment_id) FROM rdvmairie.released_appointment
           WHERE application_id = 'AB12CD34EF' AND acknowledged_at IS NULL),
          (SELECT ARRAY[a1, a2] FROM ids ORDER BY 1), 'only unacknowledged ones remain pending');

-- an appointment within the hour after the filing time is not released (early arrival)
DO $$ BEGIN PERFORM pg_temp.decl('rg_a', 'EAR1YF111G', pg_temp.mp('rg_a', '1'), now() + interval '30 minutes'); END $$;
SELECT is(rdvmairie.set_application_status('EAR1YF111G', 'consumed'), 0,
          'an appointment starting within the hour after the filing is not released');

-- ---------------------------------------------------------------------------
-- The day job
-- ---------------------------------------------------------------------------
-- F = now() + 10 days, when DAYJ0B0001 is filed (set with that filing time).
ALTER TABLE ids ADD COLUMN h1 bigint, ADD COLUMN n1 bigint, ADD COLUMN r1 bigint, ADD COLUMN r2 bigint,
                ADD COLUMN h2 bigint, ADD COLUMN w1 bigint, ADD COLUMN x1 bigint, ADD COLUMN old bigint;
UPDATE ids SET
    n1 = pg_temp.decl('rg_b', 'DAYJ0B0001', pg_temp.mp('rg_b', '1'), now() + interval '10 days' - interval '3 days'),
    h1 = pg_temp.decl('rg_a', 'DAYJ0B0001', pg_temp.mp('rg_a', '1'), now() + interval '10 days' - interval '20 minutes'),
    r1 = pg_temp.decl('rg_c', 'DAYJ0B0001', pg_temp.mp('rg_c', 'P1'), now() + interval '10 days' + interval '40 minutes'),
    r2 = pg_temp.decl('rg_a', 'DAYJ0B0001', pg_temp.mp('rg_a', '2'), now() + interval '12 days'),
    -- filed a quarter of an hour before its only appointment (early arrival)
    h2 = pg_temp.decl('rg_c', 'DAYJ0B0002', pg_temp.mp('rg_c', 'P1'), now() + interval '10 days' + interval '15 minutes'),
    -- never filed: a no-show once the status delay (7 days) has passed
    w1 = pg_temp.decl('rg_b', 'DAYJ0B0003', pg_temp.mp('rg_b', '1'), now() + interval '10 days'),
    -- expired: a no-show too
    x1 = pg_temp.decl('rg_b', 'DAYJ0B0004', pg_temp.mp('rg_b', '1'), now() + interval '10 days'),
    -- filed long after its appointment: too late to credit it, a no-show
    old = pg_temp.decl('rg_a', 'DAYJ0B0005', pg_temp.mp('rg_a', '1'), now() + interval '1 day');
SELECT is(rdvmairie.set_application_status('DAYJ0B0001', 'consumed', now() + interval '10 days'), 1,
          'filed at F: only the appointment more than an hour after F is released at once');
DO $$ BEGIN
    PERFORM rdvmairie.set_application_status('DAYJ0B0002', 'consumed', now() + interval '10 days');
    PERFORM rdvmairie.set_application_status('DAYJ0B0004', 'expired');
    PERFORM rdvmairie.set_application_status('DAYJ0B0005', 'consumed', now() + interval '10 days');
END $$;

CREATE TEMP TABLE before_job AS SELECT appointment_id, state FROM rdvmairie.appointment;
CREATE TEMP TABLE job AS SELECT * FROM rdvmairie.close_past_appointments(now() + interval '11 days');
SELECT is(pg_temp.state((SELECT h1 FROM ids)), 'honoured', 'the latest appointment before the filing is honoured');
SELECT is(pg_temp.state((SELECT n1 FROM ids)), 'no_show', 'an earlier appointment of a filed number is a no-show');
SELECT is(pg_temp.state((SELECT r1 FROM ids)), 'released', 'a past appointment after the filing is released');
SELECT is(pg_temp.state((SELECT r2 FROM ids)), 'released', 'the surplus appointment stays released');
SELECT is(pg_temp.state((SELECT h2 FROM ids)), 'honoured', 'an appointment just after an early filing is honoured');
SELECT is(pg_temp.state((SELECT w1 FROM ids)), 'booked', 'a number not filed yet keeps its appointment within the status delay');
SELECT is(pg_temp.state((SELECT x1 FROM ids)), 'booked', 'an expired number''s appointment waits for the delay too');
SELECT is(pg_temp.state((SELECT old FROM ids)), 'no_show',
          'a filing more than the status delay after the appointment does not honour it');
SELECT is(pg_temp.state((SELECT past FROM ids)), 'honoured',
          'a booked appointment an hour before the filing (AB12CD34EF) is honoured');
SELECT is((SELECT row(honoured, no_show, released)::text FROM job),
          (SELECT row(count(*) FILTER (WHERE a.state = 'honoured'), count(*) FILTER (WHERE a.state = 'no_show'),
                      count(*) FILTER (WHERE a.state = 'released'))::text
           FROM rdvmairie.appointment a JOIN before_job b USING (appointment_id) WHERE b.state <> a.state),
          'the day job''s counts are the state changes it made');
SELECT is((SELECT row(honoured, no_show, released)::text FROM rdvmairie.close_past_appointments(now() + interval '11 days')),
          '(0,0,0)', 'running the day job again changes nothing');
SELECT is((SELECT row(honoured, no_show, released)::text FROM rdvmairie.close_past_appointments(now() + interval '18 days')),
          '(0,3,0)', 'once the status delay has passed, appointments of unfiled and expired numbers are no-shows');
SELECT is(pg_temp.state((SELECT w1 FROM ids)) || ',' || pg_temp.state((SELECT x1 FROM ids)), 'no_show,no_show',
          'both are no-shows');
SELECT throws_ok($$SELECT rdvmairie.close_past_appointments(now(), interval '-1 day')$$, '22023', NULL,
                 'a negative status delay is refused');

-- ---------------------------------------------------------------------------
-- Names purge
-- ---------------------------------------------------------------------------
ALTER TABLE ids ADD COLUMN nm_old bigint, ADD COLUMN nm_recent bigint, ADD COLUMN nm_next bigint;
UPDATE ids SET
    nm_old = pg_temp.decl('rg_a', 'NAME000001', pg_temp.mp('rg_a', '1'), now() - interval '40 days', name => 'Camille Durand'),
    nm_recent = pg_temp.decl('rg_a', 'NAME000002', pg_temp.mp('rg_a', '1'), now() - interval '10 days', name => 'Louis Durand'),
    nm_next = pg_temp.decl('rg_a', 'NAME000003', pg_temp.mp('rg_a', '1'), now() + interval '10 days', name => 'Emma Durand');
SELECT is(rdvmairie.purge_applicant_names(), 1, 'the purge blanks names of appointments more than 30 days past');
SELECT is((SELECT array_agg(coalesce(applicant_name, '-') ORDER BY appointment_at) FROM rdvmairie.appointment
           WHERE application_id LIKE 'NAME%'),
          ARRAY['-', 'Louis Durand', 'Emma Durand'], 'recent and upcoming names are kept');
SELECT ok((SELECT name_purged_at IS NOT NULL FROM rdvmairie.appointment WHERE appointment_id = (SELECT nm_old FROM ids)),
          'the purge is timestamped');
SELECT is(rdvmairie.purge_applicant_names(interval '1 day'), 1,
          'a shorter delay also purges more recent names');
SELECT throws_ok($$SELECT rdvmairie.purge_applicant_names(interval '-1 day')$$, '22023', NULL,
                 'a negative delay is refused');

-- ---------------------------------------------------------------------------
-- Nothing is hard-deleted
-- ---------------------------------------------------------------------------
SELECT set_eq('SELECT appointment_id FROM rdvmairie.appointment', 'SELECT DISTINCT appointment_id FROM declared',
              'every appointment ever declared is still there');

SELECT * FROM finish();
ROLLBACK;

-- registry: canonical numbers, declarations, status lookups, release of surplus
-- appointments and the day job, with the exact errors vendors and ANTS see.
-- Dates are in 2031 so the output does not depend on when the test runs.
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
SET client_min_messages = warning;
\set SHOW_CONTEXT never
\pset null '∅'

-- canonical form of what people type
SELECT typed, rdvmairie.try_canonical_application_id(typed) AS canonical
FROM (VALUES ('ab12cd34ef'), ('AB 12 CD 34 EF'), ('ab-12-cd-34-ef'), ('AB.12.CD.34.EF'), ('ab/12/cd/34/ef'),
             ('ab_12 cd 34 ef'), (E'AB12\u00a0CD34\u202fEF'), ('  o0o0o0o0o0 '),
             ('AB12CD34E'), ('AB12CD34EF1'), (''), ('AB12CD34E!'), ('ÀB12CD34EF')) AS t(typed);
SELECT rdvmairie.canonical_application_id('AB12-CD34');
SELECT rdvmairie.canonical_application_id('AB12 CD34 E€');

-- two vendors, each with its own meeting points
INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('reg_a', 'Registry A'), ('reg_b', 'Registry B');
SELECT inserted FROM rdvmairie.ingest_meeting_points('reg_a', $$[
  {"id": "A1", "name": "Mairie de Lille", "longitude": 3.0573, "latitude": 50.6292, "zip_code": "59000", "city_name": "Lille"},
  {"id": "A2", "name": "Mairie de Saint-Denis", "longitude": 55.4504, "latitude": -20.8823, "zip_code": "97400", "city_name": "Saint-Denis"}]$$);
SELECT inserted FROM rdvmairie.ingest_meeting_points('reg_b', $$[
  {"id": "B1", "name": "Mairie de Lyon", "longitude": 4.8357, "latitude": 45.764, "zip_code": "69001", "city_name": "Lyon"}]$$);
CREATE FUNCTION pg_temp.mp(external text) RETURNS bigint LANGUAGE sql STABLE AS
$$ SELECT meeting_point_id FROM rdvmairie.meeting_point WHERE editor_id LIKE 'reg\__' AND external_id = external $$;

-- declarations: the same one twice gives the same id
SELECT rdvmairie.declare_appointment('reg_a', 'rg-31-00-00-01', pg_temp.mp('A1'), '2031-03-10 09:00+01',
                                     'https://a.example/rdv/1', 'Jeanne Martin')
     = rdvmairie.declare_appointment('reg_a', 'RG31000001', pg_temp.mp('A1'), '2031-03-10 08:00+00',
                                     'https://a.example/rdv/1') AS same_id;
SELECT rdvmairie.declare_appointment('reg_a', 'RG31000001', pg_temp.mp('A2'), '2031-03-12 10:30+04',
                                     'https://a.example/rdv/2') > 0 AS declared;
SELECT rdvmairie.declare_appointment('reg_b', 'rg31000001', pg_temp.mp('B1'), '2031-03-11 14:00+01',
                                     'https://b.example/m/9', NULL, 'https://b.example/c/9') > 0 AS declared;
SELECT rdvmairie.declare_appointment('reg_b', 'RG31000002', pg_temp.mp('B1'), '2031-03-20 09:15+01',
                                     'https://b.example/m/10') > 0 AS declared;
SELECT rdvmairie.cancel_appointment('reg_b', 'RG31000002', pg_temp.mp('B1'), '2031-03-20 09:15+01') AS cancelled;

-- what a vendor sees before booking (meeting point ids left out: they depend on earlier tests)
SELECT s.application_id, s.status, s.canonical_id,
       (SELECT jsonb_pretty(coalesce(jsonb_agg(e - 'meeting_point_id'), '[]')) FROM jsonb_array_elements(s.appointments) e)
         AS appointments
FROM rdvmairie.application_status(ARRAY['rg 31 00 00 01', 'RG31000002', 'RG31009999', 'RG3100']) s;

-- refusals
SELECT rdvmairie.set_application_status('RG31000003', 'expired');
SELECT rdvmairie.declare_appointment('reg_a', 'RG31000003', pg_temp.mp('A1'), '2031-03-10 10:00+01', 'https://a.example/rdv/3');
SELECT rdvmairie.declare_appointment('reg_x', 'RG31000003', pg_temp.mp('A1'), '2031-03-10 10:00+01', 'https://a.example/rdv/3');
SELECT rdvmairie.declare_appointment('reg_a', 'RG31000004', -1, '2031-03-10 10:00+01', 'https://a.example/rdv/4');
-- (the meeting point id in this message depends on earlier tests)
CREATE FUNCTION pg_temp.try(sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || regexp_replace(SQLERRM, 'meeting point [0-9]+', 'meeting point N');
END $$;
SELECT pg_temp.try(format($$SELECT rdvmairie.declare_appointment('reg_a', 'RG31000004', %s, '2031-03-10 10:00+01',
                                                                  'https://a.example/rdv/4')$$, pg_temp.mp('B1')));
SELECT rdvmairie.declare_appointment('reg_a', 'RG31000004', pg_temp.mp('A1'), '2031-03-10 10:00+01', 'a.example/rdv/4');
SELECT rdvmairie.declare_appointment('reg_a', NULL, pg_temp.mp('A1'), '2031-03-10 10:00+01', 'https://a.example/rdv/4');
SELECT count(*) FROM rdvmairie.application_status(array_fill('RG31000001'::text, ARRAY[1001]));
SELECT rdvmairie.set_application_status('RG31000001', 'declared');
SELECT rdvmairie.set_application_status('RG31000001', 'filed');

-- filed on 10 March at 09:20 in Lille: the later appointments are released, per vendor
SELECT rdvmairie.set_application_status('RG31000001', 'consumed', '2031-03-10 09:20+01') AS released;
SELECT editor_id, meeting_point_external_id, datetime, management_url, cancel_url, acknowledged_at
FROM rdvmairie.released_appointment WHERE editor_id LIKE 'reg\__' ORDER BY editor_id, appointment_at;
SELECT rdvmairie.declare_appointment('reg_a', 'RG31000001', pg_temp.mp('A1'), '2031-03-15 10:00+01', 'https://a.example/rdv/5');
SELECT rdvmairie.acknowledge_released_appointments('reg_b',
           ARRAY(SELECT appointment_id FROM rdvmairie.released_appointment WHERE editor_id = 'reg_b')) AS acknowledged;

-- the day job a day later: the Lille appointment was honoured
SELECT * FROM rdvmairie.close_past_appointments('2031-03-11 03:00+01');
SELECT a.editor_id, m.external_id, a.appointment_at, a.state, a.applicant_name
FROM rdvmairie.appointment a JOIN rdvmairie.meeting_point m USING (meeting_point_id)
WHERE a.editor_id LIKE 'reg\__' ORDER BY a.appointment_at;
-- rows are never deleted
SELECT count(*) AS appointments FROM rdvmairie.appointment WHERE editor_id LIKE 'reg\__';

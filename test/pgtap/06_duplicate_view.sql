-- The duplicate_appointment view over the registry: the same applicant booking two
-- town halls with a typo in the number is one group; a family is not.
BEGIN;
SELECT plan(4);
SET LOCAL client_min_messages = warning;
INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('dv_a', 'Vendor A'), ('dv_b', 'Vendor B');
SELECT rdvmairie.ingest_meeting_points('dv_a', '[{"id": "1", "name": "Mairie de Lille", "longitude": 3.0573, "latitude": 50.6292, "zip_code": "59000", "city_name": "Lille"}]');
SELECT rdvmairie.ingest_meeting_points('dv_b', '[{"id": "1", "name": "Mairie de Roubaix", "longitude": 3.1746, "latitude": 50.6942, "zip_code": "59100", "city_name": "Roubaix"}]');
CREATE TEMP TABLE mp AS SELECT editor_id, meeting_point_id FROM rdvmairie.meeting_point;

-- one applicant at two vendors, the second number mistyped (O for 0), name order swapped
SELECT rdvmairie.declare_appointment('dv_a', 'AB12CD34E0', (SELECT meeting_point_id FROM mp WHERE editor_id = 'dv_a'),
                                     now() + interval '3 days', 'https://a.example/m/1', 'Jean DUPONT');
SELECT rdvmairie.declare_appointment('dv_b', 'ab12-cd34eo', (SELECT meeting_point_id FROM mp WHERE editor_id = 'dv_b'),
                                     now() + interval '5 days', 'https://b.example/m/1', 'Dupont Jean');
-- a family: consecutive numbers, one surname, different first names
SELECT rdvmairie.declare_appointment('dv_a', 'ZZ98YY7601', (SELECT meeting_point_id FROM mp WHERE editor_id = 'dv_a'),
                                     now() + interval '3 days', 'https://a.example/m/2', 'Marie MARTIN');
SELECT rdvmairie.declare_appointment('dv_a', 'ZZ98YY7602', (SELECT meeting_point_id FROM mp WHERE editor_id = 'dv_a'),
                                     now() + interval '3 days', 'https://a.example/m/3', 'Paul MARTIN');

SELECT is((SELECT count(DISTINCT group_no) FROM rdvmairie.duplicate_appointment), 1::bigint, 'one duplicate group');
SELECT set_eq('SELECT typed_application_id FROM rdvmairie.duplicate_appointment',
              ARRAY['AB12CD34E0', 'ab12-cd34eo'], 'the mistyped booking joins the first one');
SELECT is((SELECT DISTINCT reason FROM rdvmairie.duplicate_appointment), 'near_id', 'found as a near number');
SELECT is((SELECT editor_id FROM rdvmairie.duplicate_appointment WHERE declared_rank = 1), 'dv_a', 'the first declared is ranked first');

SELECT * FROM finish();
ROLLBACK;

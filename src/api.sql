-- api.sql — the HTTP-facing layer PostgREST exposes (schema rdvmairie_api), its roles,
-- and row-level security on every table holding vendor or applicant data.
--
-- Roles (NOLOGIN, cluster-wide, created if absent, kept by DROP EXTENSION):
--   rdvmairie_anon      citizens' front-ends: search only
--   rdvmairie_editor    vendors, identified by the editor_id claim of their JWT
--   rdvmairie_analyst   indicator views and maps (indicators.sql)
--   rdvmairie_authenticator  what PostgREST logs in as (give it LOGIN and a password);
--                       it switches to one of the three per request

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['rdvmairie_anon', 'rdvmairie_editor', 'rdvmairie_analyst'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'rdvmairie_authenticator') THEN
        CREATE ROLE rdvmairie_authenticator NOLOGIN NOINHERIT;
    END IF;
END $$;
GRANT rdvmairie_anon, rdvmairie_editor, rdvmairie_analyst TO rdvmairie_authenticator;

GRANT USAGE ON SCHEMA rdvmairie_api TO rdvmairie_anon, rdvmairie_editor, rdvmairie_analyst;

-- The vendor of the current request: the editor_id claim PostgREST set from the JWT.
CREATE FUNCTION rdvmairie.current_editor_id() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'editor_id';
COMMENT ON FUNCTION rdvmairie.current_editor_id() IS
    'editor_id claim of the request''s JWT (request.jwt.claims, set by PostgREST), NULL outside a vendor request.';
GRANT EXECUTE ON FUNCTION rdvmairie.current_editor_id() TO rdvmairie_editor;

-- The calling vendor, checked: a request without a known, enabled vendor stops here.
CREATE FUNCTION rdvmairie.require_current_editor() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE id text := rdvmairie.current_editor_id();
BEGIN
    IF id IS NULL THEN
        RAISE EXCEPTION 'no vendor in this request'
            USING ERRCODE = 'insufficient_privilege', HINT = 'Send a JWT whose claims include editor_id.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM rdvmairie.editor WHERE editor_id = id AND enabled) THEN
        RAISE EXCEPTION 'vendor "%" is unknown or disabled', id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN id;
END $$;
COMMENT ON FUNCTION rdvmairie.require_current_editor() IS 'The calling vendor''s editor_id, or an error when the request names no known, enabled vendor.';

-- ---------------------------------------------------------------------
-- Row-level security: a vendor reaches only its own rows. API roles have no
-- grant on these tables except the few below; the policies are the second wall.
-- ---------------------------------------------------------------------
ALTER TABLE rdvmairie.editor ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.meeting_point ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.slot ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.slot_window ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.ingest_reject ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.feed_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.feed_health ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.application ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.appointment ENABLE ROW LEVEL SECURITY;
ALTER TABLE rdvmairie.instructed_application ENABLE ROW LEVEL SECURITY;

CREATE POLICY own_rows ON rdvmairie.meeting_point TO rdvmairie_editor
    USING (editor_id = rdvmairie.current_editor_id());
CREATE POLICY own_rows ON rdvmairie.ingest_reject TO rdvmairie_editor
    USING (editor_id = rdvmairie.current_editor_id());
CREATE POLICY own_rows ON rdvmairie.feed_run TO rdvmairie_editor
    USING (editor_id = rdvmairie.current_editor_id());
CREATE POLICY own_rows ON rdvmairie.appointment TO rdvmairie_editor
    USING (editor_id = rdvmairie.current_editor_id());
COMMENT ON POLICY own_rows ON rdvmairie.meeting_point IS 'A vendor sees only its own meeting points.';
COMMENT ON POLICY own_rows ON rdvmairie.ingest_reject IS 'A vendor sees only the rejects of its own feeds.';
COMMENT ON POLICY own_rows ON rdvmairie.feed_run IS 'A vendor sees only its own feed requests.';
COMMENT ON POLICY own_rows ON rdvmairie.appointment IS 'A vendor sees only the appointments it declared.';

-- what vendors may read directly, through the API's views (never auth_token, never names of others)
GRANT SELECT (meeting_point_id, editor_id, external_id, name, public_entry_address, zip_code, city_name,
              department, time_zone, website, city_logo, longitude, latitude, online, first_seen_at,
              last_seen_at, changed_at)
    ON rdvmairie.meeting_point TO rdvmairie_editor;
GRANT SELECT ON rdvmairie.ingest_reject, rdvmairie.feed_run TO rdvmairie_editor;
GRANT SELECT (appointment_id, editor_id, application_id, typed_application_id, meeting_point_id,
              appointment_at, management_url, cancel_url, applicant_name, state, declared_at,
              state_changed_at, acknowledged_at)
    ON rdvmairie.appointment TO rdvmairie_editor;
GRANT USAGE ON SCHEMA rdvmairie TO rdvmairie_editor;

-- ---------------------------------------------------------------------
-- Citizens (rdvmairie_anon)
-- ---------------------------------------------------------------------
CREATE FUNCTION rdvmairie_api.search(longitude float8, latitude float8, start_date date, end_date date,
                                     radius_km float8 DEFAULT 20, reason text DEFAULT 'CNI',
                                     documents_number int DEFAULT 1, max_results int DEFAULT 20,
                                     order_by text DEFAULT 'distance', department text DEFAULT NULL,
                                     max_slots int DEFAULT 50)
RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'id', s.meeting_point_id, 'name', s.name, 'longitude', s.longitude, 'latitude', s.latitude,
               'public_entry_address', s.public_entry_address, 'zip_code', s.zip_code,
               'city_name', s.city_name, 'department', s.department, 'website', s.website,
               'city_logo', s.city_logo, 'distance_km', round(s.distance_km::numeric, 2),
               'first_slot', s.first_slot, 'slot_count', s.slot_count,
               'available_slots', s.slots) ORDER BY s.ordinality), '[]'::jsonb)
    FROM rdvmairie.search_slots(longitude, latitude, start_date, end_date, radius_km, reason,
                                documents_number, max_results, order_by, department, max_slots)
         WITH ORDINALITY s
$$;
COMMENT ON FUNCTION rdvmairie_api.search(float8, float8, date, date, float8, text, int, int, text, text, int) IS
    'Nearest (or soonest) town halls with free slots: a list of meeting points with distance_km and available_slots [{datetime, callback_url}], as the reference platform answers. Radius at most 100 km, window at most six months.';

CREATE FUNCTION rdvmairie_api.meeting_points_near(longitude float8, latitude float8, radius_km float8 DEFAULT 10,
                                                  max_results int DEFAULT 50)
RETURNS TABLE (id bigint, name text, public_entry_address text, zip_code text, city_name text,
               department text, website text, position_longitude float8, position_latitude float8,
               distance_km float8)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF radius_km IS NULL OR radius_km <= 0 OR radius_km > 100 OR max_results NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'radius_km must be in (0, 100] and max_results in 1..200'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT mp.meeting_point_id, mp.name, mp.public_entry_address, mp.zip_code, mp.city_name, mp.department,
           mp.website, mp.longitude, mp.latitude,
           round((st_distance(mp.position, rdvmairie.make_position(meeting_points_near.longitude, meeting_points_near.latitude)) / 1000)::numeric, 3)::float8
    FROM rdvmairie.meeting_point mp
    WHERE mp.online
      AND st_dwithin(mp.position, rdvmairie.make_position(meeting_points_near.longitude, meeting_points_near.latitude), radius_km * 1000)
    ORDER BY 10, 1
    LIMIT max_results;
END $$;
COMMENT ON FUNCTION rdvmairie_api.meeting_points_near(float8, float8, float8, int) IS
    'Online meeting points within radius_km (at most 100), nearest first.';

-- PostGIS is required by the extension but lives in its own schema: bind it for this function.
DO $$
DECLARE s text := (SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                   WHERE e.extname = 'postgis');
BEGIN
    EXECUTE format('ALTER FUNCTION rdvmairie_api.meeting_points_near(float8, float8, float8, int) SET search_path = pg_catalog, %I, pg_temp', s);
END $$;

GRANT EXECUTE ON FUNCTION rdvmairie_api.search(float8, float8, date, date, float8, text, int, int, text, text, int),
                          rdvmairie_api.meeting_points_near(float8, float8, float8, int)
    TO rdvmairie_anon, rdvmairie_editor;

-- ---------------------------------------------------------------------
-- Vendors (rdvmairie_editor): the registry and push feeds, for the caller's own rows
-- ---------------------------------------------------------------------
-- The vendor's own meeting point, by its own id.
CREATE FUNCTION rdvmairie.own_meeting_point(editor_id text, meeting_point_id text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE id bigint;
BEGIN
    SELECT mp.meeting_point_id INTO id FROM rdvmairie.meeting_point mp
    WHERE mp.editor_id = own_meeting_point.editor_id AND mp.external_id = own_meeting_point.meeting_point_id;
    IF id IS NULL THEN
        RAISE EXCEPTION 'vendor "%" has no meeting point "%"', editor_id, meeting_point_id
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use your own meeting point id, as in getManagedMeetingPoints.';
    END IF;
    RETURN id;
END $$;
COMMENT ON FUNCTION rdvmairie.own_meeting_point(text, text) IS 'Internal id of a vendor''s meeting point given by the vendor''s own id.';

CREATE FUNCTION rdvmairie_api.declare_appointment(application_id text, meeting_point_id text,
                                                  appointment_date timestamptz, management_url text,
                                                  applicant_name text DEFAULT NULL, cancel_url text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE editor text := rdvmairie.require_current_editor();
BEGIN
    RETURN rdvmairie.declare_appointment(editor, application_id, rdvmairie.own_meeting_point(editor, meeting_point_id),
                                         appointment_date, management_url, applicant_name, cancel_url);
END $$;
COMMENT ON FUNCTION rdvmairie_api.declare_appointment(text, text, timestamptz, text, text, text) IS
    'Declares an appointment the calling vendor booked (idempotent); meeting_point_id is the vendor''s own id. Refused for consumed or expired numbers.';

CREATE FUNCTION rdvmairie_api.cancel_appointment(application_id text, meeting_point_id text,
                                                 appointment_date timestamptz)
RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE editor text := rdvmairie.require_current_editor();
BEGIN
    RETURN rdvmairie.cancel_appointment(editor, application_id, rdvmairie.own_meeting_point(editor, meeting_point_id),
                                        appointment_date);
END $$;
COMMENT ON FUNCTION rdvmairie_api.cancel_appointment(text, text, timestamptz) IS
    'Cancels one of the calling vendor''s appointments; returns how many were cancelled (0 or 1). Other vendors'' appointments are out of reach.';

CREATE FUNCTION rdvmairie_api.status(application_ids text[])
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    editor text := rdvmairie.require_current_editor();
    result jsonb;
BEGIN
    -- every vendor's appointments for the numbers asked for, never the applicants' names
    SELECT coalesce(jsonb_object_agg(s.application_id, jsonb_build_object('status', s.status, 'appointments', s.appointments)), '{}')
    INTO result
    FROM rdvmairie.application_status(application_ids) s;
    RETURN result;
END $$;
COMMENT ON FUNCTION rdvmairie_api.status(text[]) IS
    'Status of pre-application numbers (validated, declared, consumed, expired, unknown) with every vendor''s upcoming appointments for them, as the reference platform answers; at most 1,000 numbers; no applicant names.';

CREATE FUNCTION rdvmairie_api.push_meeting_points(payload jsonb)
RETURNS rdvmairie.ingest_report
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN rdvmairie.ingest_meeting_points(rdvmairie.require_current_editor(), payload);
END $$;
COMMENT ON FUNCTION rdvmairie_api.push_meeting_points(jsonb) IS
    'For vendors that push instead of being polled: the full list of the calling vendor''s meeting points (getManagedMeetingPoints shape).';

CREATE FUNCTION rdvmairie_api.push_slots(payload jsonb, start_date date, end_date date,
                                         reason text DEFAULT 'CNI', documents_number int DEFAULT 1)
RETURNS rdvmairie.ingest_report
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN rdvmairie.ingest_slots(rdvmairie.require_current_editor(), payload, start_date, end_date, reason, documents_number);
END $$;
COMMENT ON FUNCTION rdvmairie_api.push_slots(jsonb, date, date, text, int) IS
    'For vendors that push: the calling vendor''s slots in availableTimeSlots shape; keys that are not its own meeting points are rejected.';

CREATE FUNCTION rdvmairie_api.released_appointments()
RETURNS TABLE (appointment_id bigint, application_id text, meeting_point_id text, appointment_date timestamptz,
               management_url text, cancel_url text, released_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT a.appointment_id, a.typed_application_id, mp.external_id, a.appointment_at, a.management_url,
           a.cancel_url, a.state_changed_at
    FROM rdvmairie.appointment a JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
    WHERE a.editor_id = rdvmairie.require_current_editor() AND a.state = 'released' AND a.acknowledged_at IS NULL
    ORDER BY a.appointment_at
$$;
COMMENT ON FUNCTION rdvmairie_api.released_appointments() IS
    'The calling vendor''s appointments released because their number was filed elsewhere, not yet acknowledged: free these slots.';

CREATE FUNCTION rdvmairie_api.acknowledge_released(appointment_ids bigint[])
RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN rdvmairie.acknowledge_released_appointments(rdvmairie.require_current_editor(), appointment_ids);
END $$;
COMMENT ON FUNCTION rdvmairie_api.acknowledge_released(bigint[]) IS 'Marks released appointments of the calling vendor as freed on its side.';

-- what a vendor may read of its own data (row-level security applies: security_invoker)
CREATE VIEW rdvmairie_api.my_meeting_points WITH (security_invoker = true) AS
SELECT meeting_point_id, external_id, name, public_entry_address, zip_code, city_name, department,
       time_zone, website, city_logo, longitude, latitude, online, first_seen_at, last_seen_at
FROM rdvmairie.meeting_point;
COMMENT ON VIEW rdvmairie_api.my_meeting_points IS 'The calling vendor''s meeting points as stored after normalisation.';
CREATE VIEW rdvmairie_api.my_rejects WITH (security_invoker = true) AS
SELECT rejected_at, feed, external_id, item_index, reason, detail, item, kept FROM rdvmairie.ingest_reject;
COMMENT ON VIEW rdvmairie_api.my_rejects IS 'What ingestion rejected or fixed in the calling vendor''s feeds, and why.';
CREATE VIEW rdvmairie_api.my_feed_runs WITH (security_invoker = true) AS
SELECT run_started_at, feed, url, reason, documents_number, window_start, window_end, http_status,
       started_at, duration_ms, bytes, received, inserted, updated, unchanged, removed, rejected, error
FROM rdvmairie.feed_run;
COMMENT ON VIEW rdvmairie_api.my_feed_runs IS 'The platform''s requests to the calling vendor and how they went.';
CREATE VIEW rdvmairie_api.my_appointments WITH (security_invoker = true) AS
SELECT appointment_id, typed_application_id AS application_id, meeting_point_id, appointment_at,
       management_url, cancel_url, applicant_name, state, declared_at, state_changed_at
FROM rdvmairie.appointment;
COMMENT ON VIEW rdvmairie_api.my_appointments IS 'The appointments the calling vendor declared, with the names it sent.';
GRANT SELECT ON rdvmairie_api.my_meeting_points, rdvmairie_api.my_rejects, rdvmairie_api.my_feed_runs,
                rdvmairie_api.my_appointments TO rdvmairie_editor;

GRANT EXECUTE ON FUNCTION
    rdvmairie_api.declare_appointment(text, text, timestamptz, text, text, text),
    rdvmairie_api.cancel_appointment(text, text, timestamptz),
    rdvmairie_api.status(text[]),
    rdvmairie_api.push_meeting_points(jsonb),
    rdvmairie_api.push_slots(jsonb, date, date, text, int),
    rdvmairie_api.released_appointments(),
    rdvmairie_api.acknowledge_released(bigint[])
    TO rdvmairie_editor;

-- ---------------------------------------------------------------------
-- Analysts: the indicators and the map through the API as well
-- ---------------------------------------------------------------------
CREATE VIEW rdvmairie_api.indicator_coverage AS SELECT * FROM rdvmairie.indicator_coverage;
CREATE VIEW rdvmairie_api.indicator_waiting_time AS SELECT * FROM rdvmairie.indicator_waiting_time;
CREATE VIEW rdvmairie_api.indicator_duplicates AS SELECT * FROM rdvmairie.indicator_duplicates;
CREATE VIEW rdvmairie_api.indicator_no_shows AS SELECT * FROM rdvmairie.indicator_no_shows;
CREATE VIEW rdvmairie_api.indicator_instruction AS SELECT * FROM rdvmairie.indicator_instruction;
CREATE VIEW rdvmairie_api.indicator_vendor_health AS SELECT * FROM rdvmairie.indicator_vendor_health;
CREATE VIEW rdvmairie_api.indicator_history AS SELECT * FROM rdvmairie.indicator_history;
COMMENT ON VIEW rdvmairie_api.indicator_coverage IS 'rdvmairie.indicator_coverage for analysts.';
COMMENT ON VIEW rdvmairie_api.indicator_waiting_time IS 'rdvmairie.indicator_waiting_time for analysts.';
COMMENT ON VIEW rdvmairie_api.indicator_duplicates IS 'rdvmairie.indicator_duplicates for analysts.';
COMMENT ON VIEW rdvmairie_api.indicator_no_shows IS 'rdvmairie.indicator_no_shows for analysts.';
COMMENT ON VIEW rdvmairie_api.indicator_instruction IS 'rdvmairie.indicator_instruction for analysts.';
COMMENT ON VIEW rdvmairie_api.indicator_vendor_health IS 'rdvmairie.indicator_vendor_health for analysts.';
COMMENT ON VIEW rdvmairie_api.indicator_history IS 'rdvmairie.indicator_history for analysts.';
GRANT SELECT ON rdvmairie_api.indicator_coverage, rdvmairie_api.indicator_waiting_time,
                rdvmairie_api.indicator_duplicates, rdvmairie_api.indicator_no_shows,
                rdvmairie_api.indicator_instruction, rdvmairie_api.indicator_vendor_health,
                rdvmairie_api.indicator_history TO rdvmairie_analyst;

CREATE FUNCTION rdvmairie_api.indicator_map(indicator text, title text DEFAULT NULL) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
RETURN rdvmairie.indicator_map_svg(indicator, title);
COMMENT ON FUNCTION rdvmairie_api.indicator_map(text, text) IS 'SVG map of France by department coloured by an indicator (see rdvmairie.indicator_map_svg).';
GRANT EXECUTE ON FUNCTION rdvmairie_api.indicator_map(text, text) TO rdvmairie_analyst;
-- the analyst's own functions in rdvmairie (indicators.sql, map.sql) keep their grants
GRANT EXECUTE ON FUNCTION rdvmairie.indicator_map_svg(text, text),
                          rdvmairie.department_map_svg(jsonb, text, text, boolean, text) TO rdvmairie_analyst;

-- Least privilege: no function runs for PUBLIC; each role gets exactly the grants above.
REVOKE ALL ON SCHEMA rdvmairie FROM PUBLIC;
REVOKE ALL ON SCHEMA rdvmairie_api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rdvmairie FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rdvmairie_api FROM PUBLIC;
REVOKE EXECUTE ON ALL PROCEDURES IN SCHEMA rdvmairie FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rdvmairie.svg_escape(text) TO rdvmairie_analyst;

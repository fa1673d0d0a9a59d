-- registry.sql — the anti-duplicate registry (design section 4): pre-application
-- numbers and their statuses, the appointments vendors declare for them, and the
-- jobs that close them. C glue in registry.c; rules and examples in docs/registry.md.
--
-- Nothing here hard-deletes: appointments change state and keep their history.
-- PL/pgSQL bodies run with search_path = pg_catalog, pg_temp and qualify every
-- rdvmairie object, so a caller's search_path cannot redirect them.

-- ---------------------------------------------------------------------------
-- Pure helpers (C)
-- ---------------------------------------------------------------------------

CREATE FUNCTION rdvmairie.canonical_application_id(text)
RETURNS text
AS 'MODULE_PATHNAME', 'canonical_application_id'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.canonical_application_id(text) IS
    'Canonical pre-application number: ASCII letters upper-cased, spaces, no-break spaces, dashes, underscores, dots and slashes removed; anything but exactly 10 letters or digits afterwards raises SQLSTATE 22023.';

CREATE FUNCTION rdvmairie.try_canonical_application_id(text)
RETURNS text
AS 'MODULE_PATHNAME', 'try_canonical_application_id'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.try_canonical_application_id(text) IS
    'Like canonical_application_id, but NULL instead of an error for an invalid number (batch lookups).';

CREATE FUNCTION rdvmairie.is_http_url(text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_http_url'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.is_http_url(text) IS
    'Whether a text is an absolute http(s) URL by the rule ingestion applies to vendor URLs (host name or bracketed IPv6, no userinfo, no whitespace or markup characters, at most 2048 bytes).';

CREATE FUNCTION rdvmairie.local_datetime(instant timestamptz, time_zone text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN pg_catalog.to_char(instant AT TIME ZONE time_zone, 'YYYY-MM-DD"T"HH24:MI:SS')
    || CASE WHEN (instant AT TIME ZONE time_zone) < (instant AT TIME ZONE 'UTC')
            THEN '-' || pg_catalog.to_char((instant AT TIME ZONE 'UTC') - (instant AT TIME ZONE time_zone), 'HH24:MI')
            ELSE '+' || pg_catalog.to_char((instant AT TIME ZONE time_zone) - (instant AT TIME ZONE 'UTC'), 'HH24:MI')
       END;
COMMENT ON FUNCTION rdvmairie.local_datetime(timestamptz, text) IS
    'An instant as wall-clock time in a zone with that zone''s offset, e.g. 2027-01-05T10:00:00+01:00 (the vendor protocol''s datetime form).';

-- ---------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------

CREATE TABLE rdvmairie.application (
    application_id text PRIMARY KEY CHECK (application_id ~ '^[A-Z0-9]{10}$'),
    status         text NOT NULL CHECK (status IN ('validated', 'declared', 'consumed', 'expired')),
    status_at      timestamptz NOT NULL,
    first_seen_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_at     timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE rdvmairie.application IS
    'One row per pre-application number the registry has seen (from ANTS statuses or vendor declarations). A number without a row has status unknown.';
COMMENT ON COLUMN rdvmairie.application.application_id IS 'Canonical pre-application number: 10 upper-case letters or digits.';
COMMENT ON COLUMN rdvmairie.application.status IS
    'validated (ANTS: pre-application complete), declared (a vendor declared an appointment for it), consumed (the application was filed: its appointments are over) or expired.';
COMMENT ON COLUMN rdvmairie.application.status_at IS
    'When the current status took effect: the time ANTS gave (for consumed, when the application was filed), or the first declaration.';
COMMENT ON COLUMN rdvmairie.application.first_seen_at IS 'When the registry first heard of the number.';
COMMENT ON COLUMN rdvmairie.application.updated_at IS 'When the row last changed.';

CREATE TABLE rdvmairie.appointment (
    appointment_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    editor_id            text NOT NULL REFERENCES rdvmairie.editor ON UPDATE CASCADE,
    application_id       text NOT NULL REFERENCES rdvmairie.application,
    typed_application_id text NOT NULL CHECK (pg_catalog.length(typed_application_id) BETWEEN 1 AND 64),
    meeting_point_id     bigint NOT NULL REFERENCES rdvmairie.meeting_point,
    appointment_at       timestamptz NOT NULL,
    management_url       text NOT NULL CHECK (rdvmairie.is_http_url(management_url)),
    cancel_url           text CHECK (rdvmairie.is_http_url(cancel_url)),
    applicant_name       text CHECK (pg_catalog.length(applicant_name) BETWEEN 1 AND 200),
    state                text NOT NULL DEFAULT 'booked'
                         CHECK (state IN ('booked', 'cancelled', 'released', 'honoured', 'no_show')),
    declared_at          timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_at           timestamptz NOT NULL DEFAULT pg_catalog.now(),
    state_changed_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    acknowledged_at      timestamptz CHECK (acknowledged_at IS NULL OR state = 'released'),
    name_purged_at       timestamptz
);
COMMENT ON TABLE rdvmairie.appointment IS
    'Appointments vendors declared for pre-application numbers. Never deleted: a row moves from booked to cancelled, released, honoured or no_show and keeps its history.';
COMMENT ON COLUMN rdvmairie.appointment.appointment_id IS 'Identifier returned by declare_appointment.';
COMMENT ON COLUMN rdvmairie.appointment.editor_id IS 'Vendor that declared the appointment (and manages its meeting point).';
COMMENT ON COLUMN rdvmairie.appointment.application_id IS 'Canonical pre-application number.';
COMMENT ON COLUMN rdvmairie.appointment.typed_application_id IS 'The number as the vendor sent it at the first declaration (typed by the citizen).';
COMMENT ON COLUMN rdvmairie.appointment.meeting_point_id IS 'Meeting point of the appointment.';
COMMENT ON COLUMN rdvmairie.appointment.appointment_at IS 'Start of the appointment (exact instant; shown in the meeting point''s local time).';
COMMENT ON COLUMN rdvmairie.appointment.management_url IS 'Where the citizen manages the appointment on the vendor''s site (http or https).';
COMMENT ON COLUMN rdvmairie.appointment.cancel_url IS 'Where the citizen cancels the appointment, when the vendor gives one (http or https).';
COMMENT ON COLUMN rdvmairie.appointment.applicant_name IS
    'Optional applicant name, for fuzzy duplicate detection only; blanked by purge_applicant_names after the appointment.';
COMMENT ON COLUMN rdvmairie.appointment.state IS
    'booked (active), cancelled (by its vendor), released (surplus once the number was consumed), honoured (the application was filed there) or no_show.';
COMMENT ON COLUMN rdvmairie.appointment.declared_at IS 'When the vendor first declared the appointment.';
COMMENT ON COLUMN rdvmairie.appointment.updated_at IS 'When the row last changed (a repeated declaration updating the URLs or the name counts).';
COMMENT ON COLUMN rdvmairie.appointment.state_changed_at IS 'When the appointment entered its current state.';
COMMENT ON COLUMN rdvmairie.appointment.acknowledged_at IS
    'For released appointments: when the vendor acknowledged that it freed the slot on its side.';
COMMENT ON COLUMN rdvmairie.appointment.name_purged_at IS 'When purge_applicant_names blanked the applicant name.';
COMMENT ON SEQUENCE rdvmairie.appointment_appointment_id_seq IS 'Generates appointment identifiers.';

-- one active row per vendor, number, meeting point and time: what makes declarations idempotent
CREATE UNIQUE INDEX appointment_booked_key ON rdvmairie.appointment
    (editor_id, application_id, meeting_point_id, appointment_at) WHERE state = 'booked';
COMMENT ON INDEX rdvmairie.appointment_booked_key IS
    'One booked row per vendor, number, meeting point and time (idempotent declarations, cancellations, a vendor''s lookups by number).';
CREATE INDEX appointment_application_idx ON rdvmairie.appointment (application_id, appointment_at);
COMMENT ON INDEX rdvmairie.appointment_application_idx IS
    'Lookups by canonical number (application_status, set_application_status, the day job), in date order.';
CREATE INDEX appointment_booked_point_idx ON rdvmairie.appointment (meeting_point_id, appointment_at)
    WHERE state = 'booked';
COMMENT ON INDEX rdvmairie.appointment_booked_point_idx IS 'Booked appointments by meeting point and date (duplicates, indicators).';
CREATE INDEX appointment_booked_at_idx ON rdvmairie.appointment (appointment_at) WHERE state = 'booked';
COMMENT ON INDEX rdvmairie.appointment_booked_at_idx IS
    'Booked appointments by date: upcoming ones for duplicate detection, past ones for the day job.';
CREATE INDEX appointment_released_idx ON rdvmairie.appointment (editor_id, state_changed_at)
    WHERE state = 'released' AND acknowledged_at IS NULL;
COMMENT ON INDEX rdvmairie.appointment_released_idx IS 'Released appointments a vendor has not acknowledged yet.';
CREATE INDEX appointment_named_idx ON rdvmairie.appointment (appointment_at) WHERE applicant_name IS NOT NULL;
COMMENT ON INDEX rdvmairie.appointment_named_idx IS 'Appointments still holding a name (purge_applicant_names).';

SELECT pg_catalog.pg_extension_config_dump('rdvmairie.application', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.appointment', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.appointment_appointment_id_seq', '');

-- ---------------------------------------------------------------------------
-- Views
-- ---------------------------------------------------------------------------

CREATE VIEW rdvmairie.upcoming_appointment AS
SELECT p.appointment_id, p.editor_id, p.application_id, p.typed_application_id, p.applicant_name,
       p.meeting_point_id, p.appointment_at, p.management_url, p.cancel_url, p.declared_at
FROM rdvmairie.appointment p
WHERE p.state = 'booked' AND p.appointment_at > pg_catalog.now();
COMMENT ON VIEW rdvmairie.upcoming_appointment IS
    'Active appointments: booked and still to come. What application_status shows and what duplicate detection looks at.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.appointment_id IS 'Appointment identifier.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.editor_id IS 'Vendor that declared it.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.application_id IS 'Canonical pre-application number.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.typed_application_id IS 'The number as typed.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.applicant_name IS 'Optional applicant name.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.meeting_point_id IS 'Meeting point.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.appointment_at IS 'Start of the appointment.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.management_url IS 'Where the citizen manages it.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.cancel_url IS 'Where the citizen cancels it, if given.';
COMMENT ON COLUMN rdvmairie.upcoming_appointment.declared_at IS 'When it was first declared.';

CREATE VIEW rdvmairie.released_appointment AS
SELECT p.appointment_id, p.editor_id, p.application_id, p.typed_application_id, p.meeting_point_id,
       mp.external_id AS meeting_point_external_id, p.appointment_at,
       rdvmairie.local_datetime(p.appointment_at, mp.time_zone) AS datetime,
       p.management_url, p.cancel_url, p.state_changed_at AS released_at, p.acknowledged_at
FROM rdvmairie.appointment p
JOIN rdvmairie.meeting_point mp ON mp.meeting_point_id = p.meeting_point_id
WHERE p.state = 'released';
COMMENT ON VIEW rdvmairie.released_appointment IS
    'Appointments released because their number was consumed, per vendor: each vendor frees these slots on its side, then calls acknowledge_released_appointments.';
COMMENT ON COLUMN rdvmairie.released_appointment.appointment_id IS 'Appointment identifier.';
COMMENT ON COLUMN rdvmairie.released_appointment.editor_id IS 'Vendor that must free the slot.';
COMMENT ON COLUMN rdvmairie.released_appointment.application_id IS 'Canonical pre-application number (now consumed).';
COMMENT ON COLUMN rdvmairie.released_appointment.typed_application_id IS 'The number as the vendor sent it.';
COMMENT ON COLUMN rdvmairie.released_appointment.meeting_point_id IS 'Meeting point (rdvmairie identifier).';
COMMENT ON COLUMN rdvmairie.released_appointment.meeting_point_external_id IS 'The vendor''s own identifier of the meeting point.';
COMMENT ON COLUMN rdvmairie.released_appointment.appointment_at IS 'Start of the released appointment.';
COMMENT ON COLUMN rdvmairie.released_appointment.datetime IS 'The same as local time with offset at the meeting point.';
COMMENT ON COLUMN rdvmairie.released_appointment.management_url IS 'Where the appointment is managed on the vendor''s site.';
COMMENT ON COLUMN rdvmairie.released_appointment.cancel_url IS 'Where it is cancelled, if the vendor gave one.';
COMMENT ON COLUMN rdvmairie.released_appointment.released_at IS 'When the registry released it.';
COMMENT ON COLUMN rdvmairie.released_appointment.acknowledged_at IS 'When the vendor acknowledged it; NULL while pending.';

-- ---------------------------------------------------------------------------
-- Vendor calls
-- ---------------------------------------------------------------------------

-- Checks that a vendor exists (42704 otherwise).
CREATE FUNCTION rdvmairie.require_editor(editor_id text)
RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF editor_id IS NULL THEN
        RAISE EXCEPTION 'editor_id must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    PERFORM FROM rdvmairie.editor e WHERE e.editor_id = require_editor.editor_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'vendor "%" is not registered', editor_id
            USING ERRCODE = 'undefined_object',
                  HINT = 'Vendors are registered in rdvmairie.editor by the platform''s administrators.';
    END IF;
END
$$;
COMMENT ON FUNCTION rdvmairie.require_editor(text) IS
    'Raises 22004 for a NULL vendor and 42704 for one not registered in rdvmairie.editor.';

CREATE FUNCTION rdvmairie.declare_appointment(editor_id text, application_id text, meeting_point_id bigint,
                                              appointment_at timestamptz, management_url text,
                                              applicant_name text DEFAULT NULL, cancel_url text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_editor    text := declare_appointment.editor_id;
    v_typed     text := declare_appointment.application_id;
    v_point     bigint := declare_appointment.meeting_point_id;
    v_at        timestamptz := declare_appointment.appointment_at;
    v_url       text := btrim(declare_appointment.management_url);
    v_cancel    text := nullif(btrim(declare_appointment.cancel_url), '');
    v_name      text := nullif(btrim(regexp_replace(declare_appointment.applicant_name, '\s+', ' ', 'g')), '');
    v_id        text;
    v_owner     text;
    v_status    text;
    v_status_at timestamptz;
    v_result    bigint;
BEGIN
    PERFORM rdvmairie.require_editor(v_editor);
    IF v_typed IS NULL OR v_point IS NULL OR v_at IS NULL OR v_url IS NULL THEN
        RAISE EXCEPTION '% must not be null',
            CASE WHEN v_typed IS NULL THEN 'application_id' WHEN v_point IS NULL THEN 'meeting_point_id'
                 WHEN v_at IS NULL THEN 'appointment_at' ELSE 'management_url' END
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT isfinite(v_at) THEN
        RAISE EXCEPTION 'appointment_at must be a finite time' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    v_id := rdvmairie.canonical_application_id(v_typed);   -- 22023 with details when invalid
    IF length(v_typed) > 64 THEN
        RAISE EXCEPTION 'pre-application number as typed is too long'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('It has %s characters; at most 64 are kept.', length(v_typed)),
                  HINT = 'Send the number as the citizen typed it, without padding.';
    END IF;
    IF NOT rdvmairie.is_http_url(v_url) THEN
        RAISE EXCEPTION 'management_url must be an absolute http or https URL'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Got "%s".', left(v_url, 100)),
                  HINT = 'Send the full link where the citizen manages the appointment, starting with https://.';
    END IF;
    IF v_cancel IS NOT NULL AND NOT rdvmairie.is_http_url(v_cancel) THEN
        RAISE EXCEPTION 'cancel_url must be an absolute http or https URL'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Got "%s".', left(v_cancel, 100)),
                  HINT = 'Send the full cancellation link starting with https://, or no cancel_url.';
    END IF;
    IF length(v_name) > 200 THEN
        RAISE EXCEPTION 'applicant_name is too long'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('It has %s characters; at most 200 are accepted.', length(v_name));
    END IF;

    SELECT mp.editor_id INTO v_owner FROM rdvmairie.meeting_point mp WHERE mp.meeting_point_id = v_point;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'meeting point % does not exist', v_point
            USING ERRCODE = 'undefined_object',
                  HINT = 'Use the meeting_point_id rdvmairie assigned (rdvmairie.meeting_point), not the vendor''s own id.';
    END IF;
    IF v_owner <> v_editor THEN
        RAISE EXCEPTION 'meeting point % is not managed by vendor "%"', v_point, v_editor
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = 'A vendor declares appointments only at the meeting points its own getManagedMeetingPoints feed lists.';
    END IF;

    -- The number: created as declared, validated becomes declared; the row stays
    -- locked until commit, so a concurrent set_application_status(..., 'consumed')
    -- either sees this appointment (and releases it) or makes this call fail.
    INSERT INTO rdvmairie.application AS a (application_id, status, status_at)
    VALUES (v_id, 'declared', now())
    ON CONFLICT (application_id) DO UPDATE
        SET status = 'declared', status_at = now(), updated_at = now()
        WHERE a.status = 'validated';
    SELECT a.status, a.status_at INTO v_status, v_status_at
    FROM rdvmairie.application a WHERE a.application_id = v_id;

    IF v_status = 'consumed' THEN
        RAISE EXCEPTION 'pre-application number % is consumed', v_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('The application was filed on %s: its appointments are over.',
                                  to_char(v_status_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')),
                  HINT = 'Do not book with this number; a new application needs a new pre-application.';
    ELSIF v_status = 'expired' THEN
        RAISE EXCEPTION 'pre-application number % is expired', v_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'An expired pre-application cannot be used for an appointment.',
                  HINT = 'Ask the citizen to fill in a new pre-application and book with its number.';
    END IF;

    INSERT INTO rdvmairie.appointment AS p
        (editor_id, application_id, typed_application_id, meeting_point_id, appointment_at,
         management_url, cancel_url, applicant_name)
    VALUES (v_editor, v_id, v_typed, v_point, v_at, v_url, v_cancel, v_name)
    ON CONFLICT (editor_id, application_id, meeting_point_id, appointment_at) WHERE state = 'booked'
    DO UPDATE SET management_url = excluded.management_url,
                  cancel_url = coalesce(excluded.cancel_url, p.cancel_url),
                  applicant_name = coalesce(excluded.applicant_name, p.applicant_name),
                  updated_at = now()
        WHERE (p.management_url, p.cancel_url, p.applicant_name)
              IS DISTINCT FROM (excluded.management_url, coalesce(excluded.cancel_url, p.cancel_url),
                                coalesce(excluded.applicant_name, p.applicant_name))
    RETURNING p.appointment_id INTO v_result;

    IF v_result IS NULL THEN       -- the same declaration again, nothing to change
        SELECT p.appointment_id INTO STRICT v_result
        FROM rdvmairie.appointment p
        WHERE p.editor_id = v_editor AND p.application_id = v_id AND p.meeting_point_id = v_point
          AND p.appointment_at = v_at AND p.state = 'booked';
    END IF;
    RETURN v_result;
END
$$;
COMMENT ON FUNCTION rdvmairie.declare_appointment(text, text, bigint, timestamptz, text, text, text) IS
    'A vendor declares an appointment booked at one of its meeting points. Idempotent: the same vendor, number, meeting point and time keep one booked row and return its id (URLs and name are updated). Moves the number from unknown or validated to declared; refused (55000) for consumed or expired numbers.';

CREATE FUNCTION rdvmairie.cancel_appointment(editor_id text, application_id text, meeting_point_id bigint,
                                             appointment_at timestamptz)
RETURNS int
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_editor text := cancel_appointment.editor_id;
    v_point  bigint := cancel_appointment.meeting_point_id;
    v_at     timestamptz := cancel_appointment.appointment_at;
    v_id     text;
    v_count  int;
BEGIN
    PERFORM rdvmairie.require_editor(v_editor);
    IF cancel_appointment.application_id IS NULL OR v_point IS NULL OR v_at IS NULL THEN
        RAISE EXCEPTION '% must not be null',
            CASE WHEN cancel_appointment.application_id IS NULL THEN 'application_id'
                 WHEN v_point IS NULL THEN 'meeting_point_id' ELSE 'appointment_at' END
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    v_id := rdvmairie.canonical_application_id(cancel_appointment.application_id);

    UPDATE rdvmairie.appointment p
    SET state = 'cancelled', state_changed_at = now(), updated_at = now()
    WHERE p.editor_id = v_editor AND p.application_id = v_id AND p.meeting_point_id = v_point
      AND p.appointment_at = v_at AND p.state = 'booked';
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION rdvmairie.cancel_appointment(text, text, bigint, timestamptz) IS
    'A vendor cancels one of its own booked appointments; returns how many rows it cancelled (0 when nothing of that vendor matches). The row is kept with state cancelled.';

CREATE FUNCTION rdvmairie.application_status(application_ids text[])
RETURNS TABLE (application_id text, status text, appointments jsonb, canonical_id text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF cardinality(application_ids) > 1000 THEN
        RAISE EXCEPTION 'too many pre-application numbers: %', cardinality(application_ids)
            USING ERRCODE = 'program_limit_exceeded',
                  DETAIL = 'At most 1000 numbers may be asked in one call.',
                  HINT = 'Split the request into batches of 1000 numbers or fewer.';
    END IF;
    RETURN QUERY
    SELECT r.typed,
           CASE WHEN c.id IS NULL THEN 'invalid' ELSE coalesce(a.status, 'unknown') END,
           coalesce(ap.items, '[]'::jsonb),
           c.id
    FROM unnest(application_status.application_ids) WITH ORDINALITY AS r(typed, ord)
    CROSS JOIN LATERAL (SELECT rdvmairie.try_canonical_application_id(r.typed)) AS c(id)
    LEFT JOIN rdvmairie.application a ON a.application_id = c.id
    LEFT JOIN LATERAL (
        SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                   'meeting_point', mp.name,
                   'meeting_point_id', p.meeting_point_id,
                   'datetime', rdvmairie.local_datetime(p.appointment_at, mp.time_zone),
                   'management_url', p.management_url,
                   'cancel_url', p.cancel_url,
                   'editor_id', p.editor_id))
                 ORDER BY p.appointment_at, p.appointment_id) AS items
        FROM rdvmairie.appointment p
        JOIN rdvmairie.meeting_point mp ON mp.meeting_point_id = p.meeting_point_id
        WHERE p.application_id = c.id AND p.state = 'booked' AND p.appointment_at > now()
    ) ap ON c.id IS NOT NULL
    ORDER BY r.ord;
END
$$;
COMMENT ON FUNCTION rdvmairie.application_status(text[]) IS
    'Status of up to 1000 pre-application numbers, one row per element in the order given: validated, declared, consumed, expired, unknown (never seen) or invalid (no canonical form), with every vendor''s upcoming booked appointments for it as [{"meeting_point", "meeting_point_id", "datetime", "management_url", "cancel_url"?, "editor_id"}] by date.';

-- ---------------------------------------------------------------------------
-- ANTS calls and scheduled jobs
-- ---------------------------------------------------------------------------

CREATE FUNCTION rdvmairie.set_application_status(application_id text, status text,
                                                 status_at timestamptz DEFAULT now())
RETURNS int
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_status    text := lower(btrim(set_application_status.status));
    v_at        timestamptz := set_application_status.status_at;
    v_id        text;
    v_current   text;
    v_filed_at  timestamptz;
    v_released  int := 0;
BEGIN
    IF set_application_status.application_id IS NULL OR v_status IS NULL OR v_at IS NULL THEN
        RAISE EXCEPTION '% must not be null',
            CASE WHEN set_application_status.application_id IS NULL THEN 'application_id'
                 WHEN v_status IS NULL THEN 'status' ELSE 'status_at' END
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF v_status NOT IN ('validated', 'consumed', 'expired') THEN
        RAISE EXCEPTION 'invalid application status: "%"', set_application_status.status
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = CASE v_status
                      WHEN 'declared' THEN 'declared is set by declare_appointment when a vendor declares an appointment.'
                      WHEN 'unknown' THEN 'unknown means the registry never saw the number; it cannot be set.'
                      ELSE 'ANTS statuses are validated, consumed and expired.' END,
                  HINT = 'Use validated, consumed or expired.';
    END IF;
    IF NOT isfinite(v_at) THEN
        RAISE EXCEPTION 'status_at must be a finite time' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_id := rdvmairie.canonical_application_id(set_application_status.application_id);

    -- ANTS is authoritative, except that validated does not undo declared.
    -- Repeating the current status keeps its first status_at.
    INSERT INTO rdvmairie.application AS a (application_id, status, status_at)
    VALUES (v_id, v_status, v_at)
    ON CONFLICT (application_id) DO UPDATE
        SET status = excluded.status, status_at = excluded.status_at, updated_at = now()
        WHERE a.status <> excluded.status AND NOT (a.status = 'declared' AND excluded.status = 'validated');
    SELECT a.status, a.status_at INTO v_current, v_filed_at
    FROM rdvmairie.application a WHERE a.application_id = v_id;

    IF v_current = 'consumed' THEN
        -- Appointments more than an hour after the filing are surplus: release them.
        -- Those before stay booked for the day job (honoured or no_show).
        UPDATE rdvmairie.appointment p
        SET state = 'released', state_changed_at = now(), updated_at = now()
        WHERE p.application_id = v_id AND p.state = 'booked'
          AND p.appointment_at > v_filed_at + interval '1 hour';
        GET DIAGNOSTICS v_released = ROW_COUNT;
    END IF;
    RETURN v_released;
END
$$;
COMMENT ON FUNCTION rdvmairie.set_application_status(text, text, timestamptz) IS
    'ANTS sets a number''s status (validated, consumed or expired) as of status_at (for consumed: when the application was filed). consumed releases the number''s booked appointments starting more than one hour after status_at and returns how many; validated leaves a declared number declared.';

CREATE FUNCTION rdvmairie.acknowledge_released_appointments(editor_id text, appointment_ids bigint[])
RETURNS int
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_count int;
BEGIN
    PERFORM rdvmairie.require_editor(acknowledge_released_appointments.editor_id);
    UPDATE rdvmairie.appointment p
    SET acknowledged_at = now(), updated_at = now()
    WHERE p.appointment_id = ANY (acknowledge_released_appointments.appointment_ids)
      AND p.editor_id = acknowledge_released_appointments.editor_id
      AND p.state = 'released' AND p.acknowledged_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION rdvmairie.acknowledge_released_appointments(text, bigint[]) IS
    'A vendor acknowledges released appointments it freed on its side; returns how many were newly acknowledged (other vendors'' rows and rows not released are ignored).';

CREATE FUNCTION rdvmairie.close_past_appointments(as_of timestamptz DEFAULT now(),
                                                  status_delay interval DEFAULT '7 days',
                                                  OUT honoured int, OUT no_show int, OUT released int)
RETURNS record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_as_of timestamptz := close_past_appointments.as_of;
    v_delay interval := close_past_appointments.status_delay;
    v_late  int;
BEGIN
    IF v_as_of IS NULL OR v_delay IS NULL THEN
        RAISE EXCEPTION 'as_of and status_delay must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF v_delay < interval '0' THEN
        RAISE EXCEPTION 'status_delay must not be negative' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- 1. Consumed numbers with a past booked appointment. The filing appointment is,
    --    among the number's booked or honoured appointments within
    --    [filed_at - status_delay, filed_at + 1 hour] and not after as_of, the latest
    --    one at or before filed_at, else the earliest one after it: honoured.
    --    Other past booked ones become no_show when before filed_at, released after.
    WITH due AS (
        SELECT DISTINCT p.application_id, a.status_at AS filed_at
        FROM rdvmairie.appointment p
        JOIN rdvmairie.application a ON a.application_id = p.application_id
        WHERE p.state = 'booked' AND p.appointment_at <= v_as_of AND a.status = 'consumed'
    ), filing AS (
        SELECT d.application_id, d.filed_at, f.appointment_id
        FROM due d
        LEFT JOIN LATERAL (
            SELECT q.appointment_id
            FROM rdvmairie.appointment q
            WHERE q.application_id = d.application_id
              AND q.state IN ('booked', 'honoured')
              AND q.appointment_at >= d.filed_at - v_delay
              AND q.appointment_at <= d.filed_at + interval '1 hour'
              AND q.appointment_at <= v_as_of
            ORDER BY q.appointment_at <= d.filed_at DESC,
                     CASE WHEN q.appointment_at <= d.filed_at THEN d.filed_at - q.appointment_at
                          ELSE q.appointment_at - d.filed_at END,
                     q.appointment_id
            LIMIT 1
        ) f ON true
    ), decided AS (
        SELECT p.appointment_id,
               CASE WHEN p.appointment_id = f.appointment_id THEN 'honoured'
                    WHEN p.appointment_at > f.filed_at THEN 'released'
                    ELSE 'no_show' END AS new_state
        FROM filing f
        JOIN rdvmairie.appointment p ON p.application_id = f.application_id
        WHERE p.state = 'booked' AND p.appointment_at <= v_as_of
    ), changed AS (
        UPDATE rdvmairie.appointment p
        SET state = d.new_state, state_changed_at = now(), updated_at = now()
        FROM decided d
        WHERE p.appointment_id = d.appointment_id AND p.state = 'booked'
        RETURNING p.state
    )
    SELECT count(*) FILTER (WHERE c.state = 'honoured'),
           count(*) FILTER (WHERE c.state = 'no_show'),
           count(*) FILTER (WHERE c.state = 'released')
    INTO honoured, no_show, released
    FROM changed c;

    -- 2. Numbers not consumed: a booked appointment more than status_delay in the
    --    past was never followed by a filing: no_show.
    UPDATE rdvmairie.appointment p
    SET state = 'no_show', state_changed_at = now(), updated_at = now()
    FROM rdvmairie.application a
    WHERE p.state = 'booked' AND p.appointment_at < v_as_of - v_delay
      AND a.application_id = p.application_id AND a.status <> 'consumed';
    GET DIAGNOSTICS v_late = ROW_COUNT;
    no_show := no_show + v_late;
END
$$;
COMMENT ON FUNCTION rdvmairie.close_past_appointments(timestamptz, interval) IS
    'The registry''s day job: past booked appointments of consumed numbers become honoured (the filing appointment), no_show (missed before the filing) or released (after it); booked appointments of other numbers more than status_delay in the past become no_show. Returns the counts.';

CREATE FUNCTION rdvmairie.purge_applicant_names(older_than interval DEFAULT '30 days')
RETURNS int
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_count int;
BEGIN
    IF older_than IS NULL OR older_than < interval '0' THEN
        RAISE EXCEPTION 'older_than must be a non-negative interval'
            USING ERRCODE = CASE WHEN older_than IS NULL THEN 'null_value_not_allowed' ELSE 'invalid_parameter_value' END;
    END IF;
    UPDATE rdvmairie.appointment p
    SET applicant_name = NULL, name_purged_at = now(), updated_at = now()
    WHERE p.applicant_name IS NOT NULL AND p.appointment_at < now() - older_than;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION rdvmairie.purge_applicant_names(interval) IS
    'Personal data minimisation: blanks the applicant names of appointments whose date is more than older_than in the past, whatever their state; returns how many.';

-- Upcoming booked appointments that belong to one applicant (duplicate_groups over
-- upcoming_appointment). For ANTS and analysts only: vendors never browse it.
CREATE VIEW rdvmairie.duplicate_appointment AS
SELECT d.group_no, d.reason, d.score,
       pg_catalog.cardinality(d.refs) AS group_size,
       pg_catalog.row_number() OVER (PARTITION BY d.group_no ORDER BY u.declared_at, u.appointment_id) AS declared_rank,
       u.appointment_id, u.editor_id, u.application_id, u.typed_application_id, u.meeting_point_id,
       u.appointment_at, u.management_url, u.declared_at
FROM (SELECT rdvmairie.duplicate_groups(p.appointment_id, p.application_id, p.applicant_name) AS groups
      FROM rdvmairie.upcoming_appointment p) x
CROSS JOIN LATERAL pg_catalog.unnest(x.groups) d
CROSS JOIN LATERAL pg_catalog.unnest(d.refs) r(appointment_id)
JOIN rdvmairie.appointment u ON u.appointment_id OPERATOR(pg_catalog.=) r.appointment_id;
COMMENT ON VIEW rdvmairie.duplicate_appointment IS
    'Upcoming booked appointments grouped by applicant: the same pre-application number, or numbers one typo apart with agreeing names. For ANTS and analysts; vendors never browse it.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.group_no IS 'Group number (one applicant), 1..n.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.reason IS 'same_id or near_id.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.score IS 'How sure the grouping is, 0 to 1.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.group_size IS 'Appointments in the group.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.declared_rank IS 'Order of declaration within the group (1 = first booked).';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.appointment_id IS 'Appointment.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.editor_id IS 'Vendor that declared it.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.application_id IS 'Canonical pre-application number.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.typed_application_id IS 'The number as the vendor sent it.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.meeting_point_id IS 'Meeting point.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.appointment_at IS 'When the appointment is.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.management_url IS 'Where the citizen manages it.';
COMMENT ON COLUMN rdvmairie.duplicate_appointment.declared_at IS 'When it was declared.';

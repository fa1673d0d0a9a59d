-- rdvmairie 0.1.0, the install script as released (generated then from src/*.sql).
-- Frozen: never edit it. It lets 0.1.0 be installed (CREATE EXTENSION rdvmairie
-- VERSION '0.1.0') so that the upgrade scripts beside it can be tested.
\echo Use "CREATE EXTENSION rdvmairie VERSION '0.1.0' CASCADE" to load this file. \quit

-- ==== src/schema.sql ====
-- schema.sql — schemas, shared types and the reference tables: vendors and meeting points.

-- The control file names schema rdvmairie: CREATE EXTENSION creates it when missing
-- (it holds the extension itself, so it cannot be a member; DROP EXTENSION empties it).
COMMENT ON SCHEMA rdvmairie IS
    'rdvmairie core: vendors, meeting points, slots, the anti-duplicate registry and indicators.';

CREATE SCHEMA rdvmairie_api;
COMMENT ON SCHEMA rdvmairie_api IS
    'HTTP-facing layer exposed by PostgREST: the only schema API roles may use.';

CREATE TYPE rdvmairie.reason AS ENUM ('CNI', 'PASSPORT', 'CNI-PASSPORT');
COMMENT ON TYPE rdvmairie.reason IS
    'What an appointment is for: an identity card (CNI), a passport, or both at once (CNI-PASSPORT, its own kind of slot).';

CREATE TABLE rdvmairie.editor (
    editor_id   text PRIMARY KEY
                CHECK (editor_id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
    name        text NOT NULL CHECK (name <> ''),
    base_url    text CHECK (base_url ~* '^https?://[^[:space:]]+$'),
    auth_token  text,
    enabled     boolean NOT NULL DEFAULT true,
    sends_utc   boolean NOT NULL DEFAULT false,
    reasons     rdvmairie.reason[] NOT NULL DEFAULT '{CNI,PASSPORT,CNI-PASSPORT}',
    documents_numbers int[] NOT NULL DEFAULT '{1}'
                CHECK (documents_numbers <@ '{1,2,3,4,5,6,7,8,9,10}' AND cardinality(documents_numbers) > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE rdvmairie.editor IS
    'One row per booking-software vendor ("éditeur") whose feeds the platform pulls.';
COMMENT ON COLUMN rdvmairie.editor.editor_id IS 'Vendor identifier, also the editor_id claim of its API tokens.';
COMMENT ON COLUMN rdvmairie.editor.name IS 'Vendor display name.';
COMMENT ON COLUMN rdvmairie.editor.base_url IS 'Base URL of the vendor''s API (http or https).';
COMMENT ON COLUMN rdvmairie.editor.auth_token IS
    'Secret sent as X-HUB-RDV-AUTH-TOKEN to the vendor; readable by no API role.';
COMMENT ON COLUMN rdvmairie.editor.enabled IS 'Disabled vendors are not fetched.';
COMMENT ON COLUMN rdvmairie.editor.sends_utc IS
    'True when the vendor is known to send true UTC times; otherwise a trailing Z and a missing offset mean wall-clock time at the meeting point.';
COMMENT ON COLUMN rdvmairie.editor.reasons IS 'Reasons whose slots the feeds ask this vendor for.';
COMMENT ON COLUMN rdvmairie.editor.documents_numbers IS 'Documents numbers whose slots the feeds ask this vendor for.';
COMMENT ON COLUMN rdvmairie.editor.created_at IS 'When the vendor was registered.';
COMMENT ON COLUMN rdvmairie.editor.updated_at IS 'When the vendor row last changed.';

-- Builds a WGS 84 geography point. The body is bound at creation (BEGIN ATOMIC),
-- so it works whatever the caller's search_path and wherever PostGIS lives.
CREATE FUNCTION rdvmairie.make_position(longitude float8, latitude float8)
RETURNS geography
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT st_setsrid(st_makepoint(longitude, latitude), 4326)::geography;
END;
COMMENT ON FUNCTION rdvmairie.make_position(float8, float8) IS
    'WGS 84 geography point from a longitude and a latitude in degrees.';

CREATE TABLE rdvmairie.meeting_point (
    meeting_point_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    editor_id            text NOT NULL REFERENCES rdvmairie.editor ON UPDATE CASCADE,
    external_id          text NOT NULL CHECK (external_id <> ''),
    name                 text NOT NULL,
    public_entry_address text,
    zip_code             text NOT NULL CHECK (zip_code ~ '^[0-9]{5}$'),
    city_name            text NOT NULL,
    department           text NOT NULL CHECK (department ~ '^([0-9]{2}|2A|2B|9[78][0-9])$'),
    time_zone            text NOT NULL,
    website              text CHECK (website ~* '^https?://'),
    city_logo            text CHECK (city_logo ~* '^https?://'),
    longitude            float8 NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    latitude             float8 NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    position             geography(Point, 4326) NOT NULL
                         GENERATED ALWAYS AS (rdvmairie.make_position(longitude, latitude)) STORED,
    coordinates_swapped  boolean NOT NULL DEFAULT false,
    online               boolean NOT NULL DEFAULT true,
    first_seen_at        timestamptz NOT NULL DEFAULT now(),
    last_seen_at         timestamptz NOT NULL DEFAULT now(),
    changed_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (editor_id, external_id)
);
CREATE INDEX meeting_point_position_idx ON rdvmairie.meeting_point USING gist (position);
CREATE INDEX meeting_point_department_idx ON rdvmairie.meeting_point (department);
COMMENT ON TABLE rdvmairie.meeting_point IS
    'Places where a town hall takes passport and ID-card applications, as listed by their vendor. Never deleted: points missing from a vendor''s list go offline.';
COMMENT ON INDEX rdvmairie.meeting_point_position_idx IS 'Nearest-neighbour (KNN) and radius searches.';
COMMENT ON INDEX rdvmairie.meeting_point_department_idx IS 'Department filters and indicators.';
COMMENT ON COLUMN rdvmairie.meeting_point.meeting_point_id IS 'Stable public identifier.';
COMMENT ON COLUMN rdvmairie.meeting_point.editor_id IS 'Vendor that manages this meeting point.';
COMMENT ON COLUMN rdvmairie.meeting_point.external_id IS 'The vendor''s own identifier, unique per vendor (canonical text form).';
COMMENT ON COLUMN rdvmairie.meeting_point.name IS 'Display name, whitespace tidied.';
COMMENT ON COLUMN rdvmairie.meeting_point.public_entry_address IS 'Street address of the public entrance.';
COMMENT ON COLUMN rdvmairie.meeting_point.zip_code IS 'Five-digit postcode (a lost leading zero restored).';
COMMENT ON COLUMN rdvmairie.meeting_point.city_name IS 'Commune name, tidied (upper-case names title-cased).';
COMMENT ON COLUMN rdvmairie.meeting_point.department IS 'Department code derived from the postcode: 01-95, 2A, 2B, 971-976.';
COMMENT ON COLUMN rdvmairie.meeting_point.time_zone IS 'IANA zone in which the vendor''s wall-clock times are read (Europe/Paris, Indian/Reunion, ...).';
COMMENT ON COLUMN rdvmairie.meeting_point.website IS 'Town hall website (http or https only).';
COMMENT ON COLUMN rdvmairie.meeting_point.city_logo IS 'URL of the town''s logo (http or https only).';
COMMENT ON COLUMN rdvmairie.meeting_point.longitude IS 'WGS 84 longitude in degrees (swapped coordinates fixed).';
COMMENT ON COLUMN rdvmairie.meeting_point.latitude IS 'WGS 84 latitude in degrees.';
COMMENT ON COLUMN rdvmairie.meeting_point.position IS 'WGS 84 geography point generated from longitude and latitude, for the GiST index.';
COMMENT ON COLUMN rdvmairie.meeting_point.coordinates_swapped IS 'True when the vendor sent latitude and longitude swapped and ingestion fixed them.';
COMMENT ON COLUMN rdvmairie.meeting_point.online IS 'False once the vendor stops listing the point: its slots are no longer offered.';
COMMENT ON COLUMN rdvmairie.meeting_point.first_seen_at IS 'When a feed first listed the point.';
COMMENT ON COLUMN rdvmairie.meeting_point.last_seen_at IS 'When a feed last confirmed the point.';
COMMENT ON COLUMN rdvmairie.meeting_point.changed_at IS 'When the point''s data last changed.';

SELECT pg_catalog.pg_extension_config_dump('rdvmairie.editor', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.meeting_point', '');
COMMENT ON SEQUENCE rdvmairie.meeting_point_meeting_point_id_seq IS 'Generates stable meeting point identifiers.';
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.meeting_point_meeting_point_id_seq', '');

-- ==== src/ingest.sql ====
-- ingest.sql — normalised ingestion of vendor feeds (C in ingest.c, pure rules in normalize.c).

CREATE TYPE rdvmairie.ingest_report AS (
    received  int,
    inserted  int,
    updated   int,
    unchanged int,
    removed   int,
    rejected  int
);
COMMENT ON TYPE rdvmairie.ingest_report IS
    'What one ingestion call did: received = inserted + updated + unchanged + rejected; removed counts what the snapshot took away (slots deleted, meeting points gone offline).';

CREATE TABLE rdvmairie.slot (
    meeting_point_id bigint NOT NULL,
    reason           rdvmairie.reason NOT NULL,
    documents_number smallint NOT NULL CHECK (documents_number BETWEEN 1 AND 10),
    starts_at        timestamptz NOT NULL,
    callback_url     text NOT NULL,
    first_seen_at    timestamptz NOT NULL,
    -- callback_url rides in the key's index so that search reads slots without the heap
    PRIMARY KEY (meeting_point_id, reason, documents_number, starts_at) INCLUDE (callback_url)
);
-- No foreign key on purpose: ingestion is the only writer and checks the meeting
-- point, and a per-row RI trigger would double the cost of loading millions of slots.
COMMENT ON TABLE rdvmairie.slot IS
    'Free slots as last offered by vendor feeds. A slot offered for N documents also serves fewer; CNI-PASSPORT is its own reason. Only ingestion writes here.';
COMMENT ON COLUMN rdvmairie.slot.meeting_point_id IS 'Meeting point offering the slot.';
COMMENT ON COLUMN rdvmairie.slot.reason IS 'Reason the vendor offered the slot for.';
COMMENT ON COLUMN rdvmairie.slot.documents_number IS 'Number of applications (people) the slot was offered for.';
COMMENT ON COLUMN rdvmairie.slot.starts_at IS 'Start of the appointment (exact instant; shown in the meeting point''s local time).';
COMMENT ON COLUMN rdvmairie.slot.callback_url IS 'Deep link where the citizen books this slot (http or https).';
COMMENT ON COLUMN rdvmairie.slot.first_seen_at IS 'When a feed first offered the slot.';

CREATE TABLE rdvmairie.slot_window (
    meeting_point_id bigint NOT NULL REFERENCES rdvmairie.meeting_point,
    reason           rdvmairie.reason NOT NULL,
    documents_number smallint NOT NULL CHECK (documents_number BETWEEN 1 AND 10),
    start_date       date NOT NULL,
    end_date         date NOT NULL CHECK (end_date >= start_date),
    starts_from      timestamptz NOT NULL,
    ends_before      timestamptz NOT NULL,
    slot_count       int NOT NULL,
    first_slot       timestamptz,
    content_hash     bigint,
    day_counts       int4[],
    confirmed_at     timestamptz NOT NULL,
    changed_at       timestamptz NOT NULL,
    PRIMARY KEY (meeting_point_id, reason, documents_number, start_date, end_date)
);
COMMENT ON TABLE rdvmairie.slot_window IS
    'One row per feed snapshot window (meeting point, reason, documents, dates): when a feed last confirmed the slots inside it. A slot''s confirmation time is that of the windows containing it.';
COMMENT ON COLUMN rdvmairie.slot_window.meeting_point_id IS 'Meeting point the window belongs to.';
COMMENT ON COLUMN rdvmairie.slot_window.reason IS 'Reason the feed was asked for.';
COMMENT ON COLUMN rdvmairie.slot_window.documents_number IS 'Documents number the feed was asked for.';
COMMENT ON COLUMN rdvmairie.slot_window.start_date IS 'First local date of the window.';
COMMENT ON COLUMN rdvmairie.slot_window.end_date IS 'Last local date of the window.';
COMMENT ON COLUMN rdvmairie.slot_window.starts_from IS 'start_date 00:00 in the meeting point''s time zone.';
COMMENT ON COLUMN rdvmairie.slot_window.ends_before IS 'The day after end_date, 00:00 in the meeting point''s time zone.';
COMMENT ON COLUMN rdvmairie.slot_window.slot_count IS 'Future slots the last feed offered in the window.';
COMMENT ON COLUMN rdvmairie.slot_window.first_slot IS 'Earliest slot the last feed offered in the window.';
COMMENT ON COLUMN rdvmairie.slot_window.content_hash IS 'Hash of the normalised slots last stored; an identical feed skips the diff. NULL forces a full diff.';
COMMENT ON COLUMN rdvmairie.slot_window.day_counts IS 'Slots per local day of the window (start_date first), so that search counts without reading them; NULL when another window has since rewritten part of this one.';
COMMENT ON COLUMN rdvmairie.slot_window.confirmed_at IS 'When a feed last confirmed this window.';
COMMENT ON COLUMN rdvmairie.slot_window.changed_at IS 'When the slots of this window last changed.';

CREATE TABLE rdvmairie.ingest_reject (
    reject_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rejected_at  timestamptz NOT NULL,
    editor_id    text NOT NULL,
    feed         text NOT NULL CHECK (feed IN ('meeting_points', 'slots')),
    external_id  text,
    item_index   int,
    reason       text NOT NULL,
    detail       text,
    item         jsonb,
    kept         boolean NOT NULL DEFAULT false
);
CREATE INDEX ingest_reject_editor_idx ON rdvmairie.ingest_reject (editor_id, rejected_at);
COMMENT ON TABLE rdvmairie.ingest_reject IS
    'Every item a feed sent that ingestion rejected (kept = false) or fixed (kept = true), with why.';
COMMENT ON INDEX rdvmairie.ingest_reject_editor_idx IS 'Rejects of one vendor over time.';
COMMENT ON SEQUENCE rdvmairie.ingest_reject_reject_id_seq IS 'Generates reject identifiers.';
COMMENT ON COLUMN rdvmairie.ingest_reject.reject_id IS 'Identifier.';
COMMENT ON COLUMN rdvmairie.ingest_reject.rejected_at IS 'Time of the ingestion call.';
COMMENT ON COLUMN rdvmairie.ingest_reject.editor_id IS 'Vendor whose feed sent the item.';
COMMENT ON COLUMN rdvmairie.ingest_reject.feed IS 'meeting_points or slots.';
COMMENT ON COLUMN rdvmairie.ingest_reject.external_id IS 'Vendor meeting point id the item belongs to, when known.';
COMMENT ON COLUMN rdvmairie.ingest_reject.item_index IS 'Position of the item in its array (0-based), NULL for a whole key.';
COMMENT ON COLUMN rdvmairie.ingest_reject.reason IS 'Machine-readable reason, e.g. invalid_datetime, past, outside_window, duplicate, coordinates_swapped.';
COMMENT ON COLUMN rdvmairie.ingest_reject.detail IS 'Human-readable explanation.';
COMMENT ON COLUMN rdvmairie.ingest_reject.item IS 'The item as received (NULL when larger than 8 kB).';
COMMENT ON COLUMN rdvmairie.ingest_reject.kept IS 'True when the item was kept after a fix (the reason says which), false when it was dropped.';

CREATE FUNCTION rdvmairie.ingest_meeting_points(editor_id text, payload jsonb)
RETURNS rdvmairie.ingest_report
AS 'MODULE_PATHNAME', 'ingest_meeting_points'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION rdvmairie.ingest_meeting_points(text, jsonb) IS
    'Ingests a getManagedMeetingPoints answer, the vendor''s full list: points are normalised and upserted, points missing from it go offline.';

CREATE FUNCTION rdvmairie.ingest_slots(editor_id text, payload jsonb, start_date date, end_date date,
                                       reason text DEFAULT 'CNI', documents_number int DEFAULT 1)
RETURNS rdvmairie.ingest_report
AS 'MODULE_PATHNAME', 'ingest_slots'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION rdvmairie.ingest_slots(text, jsonb, date, date, text, int) IS
    'Ingests an availableTimeSlots answer: for each meeting point key present, the slots offered in [start_date, end_date] for that reason and documents_number become exactly those of the payload; only differences are written.';

CREATE FUNCTION rdvmairie.slot_max_age()
RETURNS interval
AS 'MODULE_PATHNAME', 'slot_max_age'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.slot_max_age() IS
    'The rdvmairie.slot_max_age setting as an interval.';

CREATE VIEW rdvmairie.offered_slot AS
SELECT s.meeting_point_id, s.reason, s.documents_number, s.starts_at, s.callback_url,
       s.first_seen_at, c.confirmed_at
FROM rdvmairie.slot s
JOIN rdvmairie.meeting_point mp ON mp.meeting_point_id = s.meeting_point_id
CROSS JOIN LATERAL (
    SELECT max(w.confirmed_at) AS confirmed_at
    FROM rdvmairie.slot_window w
    WHERE w.meeting_point_id = s.meeting_point_id
      AND w.reason = s.reason
      AND w.documents_number = s.documents_number
      AND s.starts_at >= w.starts_from AND s.starts_at < w.ends_before
) c
WHERE mp.online
  AND s.starts_at > pg_catalog.now()
  AND c.confirmed_at > pg_catalog.now() - rdvmairie.slot_max_age();
COMMENT ON VIEW rdvmairie.offered_slot IS
    'Slots currently offered to citizens: future, at an online meeting point, confirmed by a feed within rdvmairie.slot_max_age.';

CREATE FUNCTION rdvmairie.slot_serves(slot_reason rdvmairie.reason, slot_documents int,
                                      wanted_reason rdvmairie.reason, wanted_documents int)
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN slot_reason = wanted_reason AND slot_documents >= wanted_documents;
COMMENT ON FUNCTION rdvmairie.slot_serves(rdvmairie.reason, int, rdvmairie.reason, int) IS
    'Whether a slot offered for (reason, N documents) serves a request for (reason, M documents): same reason and N >= M.';

SELECT pg_catalog.pg_extension_config_dump('rdvmairie.slot', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.slot_window', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.ingest_reject', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.ingest_reject_reject_id_seq', '');

-- ==== src/search.sql ====
-- search.sql — nearest availability search (C in search.c, distances in geodesic.c).

CREATE FUNCTION rdvmairie.search_slots(
    longitude        float8,
    latitude         float8,
    start_date       date,
    end_date         date,
    radius_km        float8 DEFAULT 20,
    reason           text DEFAULT 'CNI',
    documents_number int DEFAULT 1,
    max_results      int DEFAULT 20,
    order_by         text DEFAULT 'distance',
    department       text DEFAULT NULL,
    max_slots        int DEFAULT 50,
    smart            boolean DEFAULT false)
RETURNS TABLE (
    meeting_point_id     bigint,
    editor_id            text,
    name                 text,
    public_entry_address text,
    zip_code             text,
    city_name            text,
    department           text,
    website              text,
    city_logo            text,
    longitude            float8,
    latitude             float8,
    distance_km          float8,
    first_slot           timestamptz,
    slot_count           int,
    slots                jsonb,
    search_radius_km     float8,
    search_start_date    date,
    search_end_date      date)
AS 'MODULE_PATHNAME', 'search_slots'
LANGUAGE C STABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION rdvmairie.search_slots(float8, float8, date, date, float8, text, int, int, text, text, int, boolean) IS
    'Meeting points within radius_km (geodesic, WGS 84) that offer at least one fresh future slot in [start_date, end_date] serving reason and documents_number, nearest first (order_by => ''distance'') or soonest first (''date''). slots lists up to max_slots slots in local time with offset. department restricts to one department; smart widens the radius up to 100 km and then the window month by month when nothing is found, and search_radius_km/search_start_date/search_end_date say what was used.';

-- Each window is found by meeting point; search also filters by reason and documents.
CREATE INDEX slot_window_search_idx ON rdvmairie.slot_window (meeting_point_id, reason, documents_number)
    INCLUDE (starts_from, ends_before, first_slot, confirmed_at, slot_count);
COMMENT ON INDEX rdvmairie.slot_window_search_idx IS
    'Index-only lookup of a meeting point''s fresh windows during search.';

-- ==== src/dedup.sql ====
-- dedup.sql — the duplicate finder: aggregate rdvmairie.duplicate_groups(ref, application_id, applicant_name).
-- How it matches and what its score means: docs/dedup.md.

CREATE TYPE rdvmairie.duplicate_group AS (
    group_no int,
    refs     bigint[],
    reason   text,
    score    float4
);
COMMENT ON TYPE rdvmairie.duplicate_group IS
    'One applicant found behind several rows by rdvmairie.duplicate_groups(): the refs of those rows, why and how sure.';
COMMENT ON COLUMN rdvmairie.duplicate_group.group_no IS
    'Group number, 1..n, groups ordered by their smallest ref.';
COMMENT ON COLUMN rdvmairie.duplicate_group.refs IS
    'The distinct refs of the group''s rows, ascending; always two or more.';
COMMENT ON COLUMN rdvmairie.duplicate_group.reason IS
    'same_id: every row has the same canonical pre-application number; near_id: some numbers are one edit or look-alike apart and the names agree.';
COMMENT ON COLUMN rdvmairie.duplicate_group.score IS
    'How sure, in [0, 1]: the weakest link needed to join the group (1 = one number, every row named, all names agreeing).';

CREATE FUNCTION rdvmairie.duplicate_groups_transfn(internal, bigint, text, text)
RETURNS internal
AS 'MODULE_PATHNAME', 'duplicate_groups_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_transfn(internal, bigint, text, text) IS
    'Transition function of rdvmairie.duplicate_groups: stores one row as a compact record (rows without a ref or a plausible number are skipped).';

CREATE FUNCTION rdvmairie.duplicate_groups_combinefn(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'duplicate_groups_combinefn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_combinefn(internal, internal) IS
    'Combine function of rdvmairie.duplicate_groups: merges two partial states (parallel aggregation).';

CREATE FUNCTION rdvmairie.duplicate_groups_serialfn(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'duplicate_groups_serialfn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_serialfn(internal) IS
    'Serialization function of rdvmairie.duplicate_groups: a partial state as bytea, to pass between parallel workers of one server.';

CREATE FUNCTION rdvmairie.duplicate_groups_deserialfn(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'duplicate_groups_deserialfn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_deserialfn(bytea, internal) IS
    'Deserialization function of rdvmairie.duplicate_groups: checks and reads a serialized partial state.';

CREATE FUNCTION rdvmairie.duplicate_groups_finalfn(internal)
RETURNS rdvmairie.duplicate_group[]
AS 'MODULE_PATHNAME', 'duplicate_groups_finalfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_finalfn(internal) IS
    'Final function of rdvmairie.duplicate_groups: blocks, verifies and groups the rows; NULL without rows, an empty array without duplicates.';

CREATE AGGREGATE rdvmairie.duplicate_groups(ref bigint, application_id text, applicant_name text) (
    SFUNC = rdvmairie.duplicate_groups_transfn,
    STYPE = internal,
    FINALFUNC = rdvmairie.duplicate_groups_finalfn,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = rdvmairie.duplicate_groups_combinefn,
    SERIALFUNC = rdvmairie.duplicate_groups_serialfn,
    DESERIALFUNC = rdvmairie.duplicate_groups_deserialfn,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rdvmairie.duplicate_groups(bigint, text, text) IS
    'Groups the rows that belong to one applicant: the same canonical pre-application number (same_id), or numbers one edit or look-alike apart whose applicant names agree (near_id); families with consecutive numbers and homonyms stay apart. Returns rdvmairie.duplicate_group[] ordered by smallest ref; NULL without rows.';

-- ==== src/registry.sql ====
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

-- ==== src/feeds.sql ====
-- feeds.sql — vendor feeds over HTTP (C in fetch.c), their health, and the pg_cron jobs.

CREATE TABLE rdvmairie.feed_health (
    editor_id                 text PRIMARY KEY REFERENCES rdvmairie.editor ON UPDATE CASCADE ON DELETE CASCADE,
    last_run_at               timestamptz,
    last_success_at           timestamptz,
    last_failure_at           timestamptz,
    last_error                text,
    consecutive_failures      int NOT NULL DEFAULT 0,
    open_until                timestamptz,
    meeting_points_fetched_at timestamptz
);
COMMENT ON TABLE rdvmairie.feed_health IS
    'Health of each vendor''s feeds, with the circuit breaker: after 3 consecutive failed runs the vendor is skipped until open_until (rdvmairie.feed_cooldown later).';
COMMENT ON COLUMN rdvmairie.feed_health.editor_id IS 'Vendor.';
COMMENT ON COLUMN rdvmairie.feed_health.last_run_at IS 'When a refresh last tried this vendor.';
COMMENT ON COLUMN rdvmairie.feed_health.last_success_at IS 'When a refresh of this vendor last succeeded.';
COMMENT ON COLUMN rdvmairie.feed_health.last_failure_at IS 'When a refresh of this vendor last failed.';
COMMENT ON COLUMN rdvmairie.feed_health.last_error IS 'Why it last failed.';
COMMENT ON COLUMN rdvmairie.feed_health.consecutive_failures IS 'Failed runs in a row (reset by a success).';
COMMENT ON COLUMN rdvmairie.feed_health.open_until IS 'Circuit breaker: the vendor is not fetched before this time.';
COMMENT ON COLUMN rdvmairie.feed_health.meeting_points_fetched_at IS 'When its meeting point list was last ingested.';

CREATE TABLE rdvmairie.feed_run (
    feed_run_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_started_at timestamptz NOT NULL,
    editor_id      text NOT NULL,
    feed           text NOT NULL CHECK (feed IN ('meeting_points', 'slots')),
    url            text,
    reason         rdvmairie.reason,
    documents_number smallint,
    window_start   date,
    window_end     date,
    http_status    int,
    started_at     timestamptz NOT NULL,
    duration_ms    float8 NOT NULL,
    bytes          bigint NOT NULL DEFAULT 0,
    ingest_ms      float8,
    received       int,
    inserted       int,
    updated        int,
    unchanged      int,
    removed        int,
    rejected       int,
    error          text
);
CREATE INDEX feed_run_editor_idx ON rdvmairie.feed_run (editor_id, run_started_at);
CREATE INDEX feed_run_started_idx ON rdvmairie.feed_run (run_started_at);
COMMENT ON TABLE rdvmairie.feed_run IS 'One row per HTTP request a feed refresh made: what, how it went, what ingestion did with it.';
COMMENT ON INDEX rdvmairie.feed_run_editor_idx IS 'A vendor''s requests over time.';
COMMENT ON INDEX rdvmairie.feed_run_started_idx IS 'Clean-up of old rows.';
COMMENT ON SEQUENCE rdvmairie.feed_run_feed_run_id_seq IS 'Generates feed run identifiers.';
COMMENT ON COLUMN rdvmairie.feed_run.feed_run_id IS 'Identifier.';
COMMENT ON COLUMN rdvmairie.feed_run.run_started_at IS 'Start of the refresh_feeds call that made the request.';
COMMENT ON COLUMN rdvmairie.feed_run.editor_id IS 'Vendor.';
COMMENT ON COLUMN rdvmairie.feed_run.feed IS 'meeting_points or slots.';
COMMENT ON COLUMN rdvmairie.feed_run.url IS 'URL requested (the token travels in a header, never here).';
COMMENT ON COLUMN rdvmairie.feed_run.reason IS 'Reason asked for (slots).';
COMMENT ON COLUMN rdvmairie.feed_run.documents_number IS 'Documents number asked for (slots).';
COMMENT ON COLUMN rdvmairie.feed_run.window_start IS 'First date asked for (slots).';
COMMENT ON COLUMN rdvmairie.feed_run.window_end IS 'Last date asked for (slots).';
COMMENT ON COLUMN rdvmairie.feed_run.http_status IS 'HTTP status, NULL when no answer came.';
COMMENT ON COLUMN rdvmairie.feed_run.started_at IS 'When the request started.';
COMMENT ON COLUMN rdvmairie.feed_run.duration_ms IS 'Time until the answer was complete or the request failed.';
COMMENT ON COLUMN rdvmairie.feed_run.bytes IS 'Bytes of the answer body.';
COMMENT ON COLUMN rdvmairie.feed_run.ingest_ms IS 'Time spent ingesting the answer (NULL when it was not ingested).';
COMMENT ON COLUMN rdvmairie.feed_run.received IS 'Ingestion report: items received.';
COMMENT ON COLUMN rdvmairie.feed_run.inserted IS 'Ingestion report: inserted.';
COMMENT ON COLUMN rdvmairie.feed_run.updated IS 'Ingestion report: updated.';
COMMENT ON COLUMN rdvmairie.feed_run.unchanged IS 'Ingestion report: unchanged.';
COMMENT ON COLUMN rdvmairie.feed_run.removed IS 'Ingestion report: removed.';
COMMENT ON COLUMN rdvmairie.feed_run.rejected IS 'Ingestion report: rejected.';
COMMENT ON COLUMN rdvmairie.feed_run.error IS 'Why the request or its ingestion failed, NULL on success.';

CREATE PROCEDURE rdvmairie.refresh_feeds(editor_id text DEFAULT NULL, feeds text DEFAULT 'auto')
AS 'MODULE_PATHNAME', 'refresh_feeds'
LANGUAGE C;
COMMENT ON PROCEDURE rdvmairie.refresh_feeds(text, text) IS
    'Fetches every enabled vendor (or one) concurrently over HTTP and ingests the answers, committing per vendor. feeds: auto (meeting points when due, then slots), meeting_points, slots, or all.';

SELECT pg_catalog.pg_extension_config_dump('rdvmairie.feed_health', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.feed_run', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.feed_run_feed_run_id_seq', '');

-- pg_cron is optional: it works in one database per cluster (cron.database_name).
CREATE FUNCTION rdvmairie.require_pg_cron() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    preload text := current_setting('shared_preload_libraries', true);
    cron_db text := current_setting('cron.database_name', true);
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_cron') THEN
        RETURN;
    END IF;
    IF preload IS NULL OR preload !~ '(^|[ ,])pg_cron($|[ ,])' THEN
        RAISE EXCEPTION 'pg_cron is not loaded in this cluster'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Add pg_cron to shared_preload_libraries in postgresql.conf, set cron.database_name to this database, restart, then CREATE EXTENSION pg_cron.';
    END IF;
    IF cron_db IS NOT NULL AND cron_db <> current_database() THEN
        RAISE EXCEPTION 'pg_cron works in database "%", not in "%"', cron_db, current_database()
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = format('Either set cron.database_name = %L and restart, or in database %I schedule the commands with cron.schedule_in_database(job_name, schedule, command, %L).',
                                current_database(), cron_db, current_database());
    END IF;
    RAISE EXCEPTION 'pg_cron is loaded but not installed in this database'
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Run CREATE EXTENSION pg_cron in this database.';
END $$;
COMMENT ON FUNCTION rdvmairie.require_pg_cron() IS
    'Errors with what to do when pg_cron is missing from this database.';

-- The daily clean-up: what is past, old or no longer needed.
CREATE FUNCTION rdvmairie.clean_up(keep interval DEFAULT '30 days') RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    result jsonb := '{}';
    n bigint;
BEGIN
    DELETE FROM rdvmairie.slot WHERE starts_at < now() - interval '1 day';
    GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('past_slots', n);
    DELETE FROM rdvmairie.slot_window WHERE ends_before < now() - interval '1 day';
    GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('past_windows', n);
    DELETE FROM rdvmairie.feed_run WHERE run_started_at < now() - keep;
    GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('feed_runs', n);
    DELETE FROM rdvmairie.ingest_reject WHERE rejected_at < now() - keep;
    GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('rejects', n);
    IF to_regclass('cron.job_run_details') IS NOT NULL THEN
        EXECUTE 'DELETE FROM cron.job_run_details WHERE end_time < now() - interval ''7 days''';
        GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('cron_job_run_details', n);
    END IF;
    result := result || jsonb_build_object('appointments', to_jsonb(rdvmairie.close_past_appointments()));
    result := result || jsonb_build_object('names_purged', rdvmairie.purge_applicant_names(
        make_interval(days => coalesce(current_setting('rdvmairie.applicant_name_retention', true), '30')::int)));
    RETURN result;
END $$;
COMMENT ON FUNCTION rdvmairie.clean_up(interval) IS
    'Daily clean-up: past slots and windows, feed runs and rejects older than keep, pg_cron history older than 7 days, the registry''s day job, and applicant names blanked rdvmairie.applicant_name_retention days (30) after their appointment.';

CREATE FUNCTION rdvmairie.schedule_jobs() RETURNS TABLE (job_name text, schedule text, command text)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM rdvmairie.require_pg_cron();
    -- pg_cron 1.4 schedules in UTC; re-scheduling a name updates the job
    RETURN QUERY
    SELECT j.name, j.sched, j.cmd
    FROM (VALUES ('rdvmairie:slots', '*/5 * * * *', 'CALL rdvmairie.refresh_feeds()'),
                 ('rdvmairie:meeting_points', '7 */6 * * *', 'CALL rdvmairie.refresh_feeds(NULL, ''meeting_points'')'),
                 ('rdvmairie:indicators', '*/15 * * * *', 'SELECT rdvmairie.refresh_indicators()'),
                 ('rdvmairie:clean_up', '17 3 * * *', 'SELECT rdvmairie.clean_up()')) j(name, sched, cmd)
    CROSS JOIN LATERAL (SELECT cron.schedule(j.name, j.sched, j.cmd)) s;
END $$;
COMMENT ON FUNCTION rdvmairie.schedule_jobs() IS
    'Creates or updates the pg_cron jobs (UTC): slots every 5 minutes, meeting points every 6 hours, indicators every 15 minutes, the daily clean-up.';

CREATE FUNCTION rdvmairie.unschedule_jobs() RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE n int := 0; j record;
BEGIN
    PERFORM rdvmairie.require_pg_cron();
    FOR j IN EXECUTE 'SELECT jobname FROM cron.job WHERE jobname LIKE ''rdvmairie:%''' LOOP
        PERFORM cron.unschedule(j.jobname);
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;
COMMENT ON FUNCTION rdvmairie.unschedule_jobs() IS 'Removes every rdvmairie pg_cron job; returns how many.';

-- ==== src/indicators.sql ====
-- indicators.sql — the figures analysts follow: materialised views refreshed
-- concurrently (readers are never blocked), a daily history, the contract's targets.

CREATE TABLE rdvmairie.instructed_application (
    application_id       text PRIMARY KEY CHECK (application_id ~ '^[A-Z0-9]{10}$'),
    filed_on             date NOT NULL,
    instruction_centre   text NOT NULL,
    agent                text NOT NULL,
    used_pre_application boolean NOT NULL
);
CREATE INDEX instructed_application_filed_idx ON rdvmairie.instructed_application (filed_on);
COMMENT ON TABLE rdvmairie.instructed_application IS
    'Applications instructed in the instruction centres (CERT), filled by ANTS backends: the source of the contract''s indicators.';
COMMENT ON INDEX rdvmairie.instructed_application_filed_idx IS 'Indicators per year.';
COMMENT ON COLUMN rdvmairie.instructed_application.application_id IS 'Canonical application number (10 letters or digits).';
COMMENT ON COLUMN rdvmairie.instructed_application.filed_on IS 'Date the application was instructed.';
COMMENT ON COLUMN rdvmairie.instructed_application.instruction_centre IS 'Instruction centre (CERT).';
COMMENT ON COLUMN rdvmairie.instructed_application.agent IS 'Pseudonymous identifier of the instructing agent.';
COMMENT ON COLUMN rdvmairie.instructed_application.used_pre_application IS 'Whether the application came from an online pre-application.';

CREATE TABLE rdvmairie.indicator_target (
    indicator text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('baseline', 'target')),
    year      int NOT NULL,
    value     numeric NOT NULL,
    PRIMARY KEY (indicator, kind, year)
);
COMMENT ON TABLE rdvmairie.indicator_target IS
    'Baselines and yearly targets of the funding contract and of the platform (shares in percent).';
COMMENT ON COLUMN rdvmairie.indicator_target.indicator IS 'pre_application_share, applications_per_agent_day, duplicate_share or no_show_share.';
COMMENT ON COLUMN rdvmairie.indicator_target.kind IS 'baseline or target.';
COMMENT ON COLUMN rdvmairie.indicator_target.year IS 'Year the figure applies to (end of year for targets).';
COMMENT ON COLUMN rdvmairie.indicator_target.value IS 'The figure (percent for shares).';
INSERT INTO rdvmairie.indicator_target (indicator, kind, year, value) VALUES
    ('pre_application_share', 'baseline', 2022, 74), ('pre_application_share', 'target', 2023, 80),
    ('pre_application_share', 'target', 2024, 85), ('pre_application_share', 'target', 2025, 90),
    ('applications_per_agent_day', 'baseline', 2022, 97), ('applications_per_agent_day', 'target', 2023, 85),
    ('applications_per_agent_day', 'target', 2024, 80), ('applications_per_agent_day', 'target', 2025, 80),
    ('duplicate_share', 'baseline', 2022, 12), ('no_show_share', 'baseline', 2022, 20);

-- Coverage: what each department offers now.
CREATE MATERIALIZED VIEW rdvmairie.indicator_coverage AS
WITH first_slot AS (
    SELECT meeting_point_id, min(starts_at) AS first_slot
    FROM rdvmairie.offered_slot GROUP BY meeting_point_id
)
SELECT mp.department,
       count(*)::int AS meeting_points,
       count(*) FILTER (WHERE mp.online)::int AS online,
       count(*) FILTER (WHERE mp.online AND f.first_slot < now() + interval '30 days')::int AS with_slot_30d,
       count(DISTINCT mp.editor_id) FILTER (WHERE mp.online)::int AS vendors,
       count(DISTINCT (mp.zip_code, mp.city_name)) FILTER (WHERE mp.online)::int AS communes
FROM rdvmairie.meeting_point mp
LEFT JOIN first_slot f USING (meeting_point_id)
GROUP BY mp.department;
CREATE UNIQUE INDEX indicator_coverage_key ON rdvmairie.indicator_coverage (department);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_coverage IS 'Per department: meeting points known, online, with a slot in the next 30 days; vendors; communes with an online meeting point.';
COMMENT ON INDEX rdvmairie.indicator_coverage_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.meeting_points IS 'Meeting points known.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.online IS 'Meeting points their vendor still lists.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.with_slot_30d IS 'Online meeting points offering a slot within 30 days.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.vendors IS 'Vendors managing online meeting points.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.communes IS 'Communes (postcode and name) with an online meeting point.';

-- Waiting time: days from now to the first offered slot of each online meeting point.
CREATE MATERIALIZED VIEW rdvmairie.indicator_waiting_time AS
WITH per_point AS (
    SELECT mp.department, mp.meeting_point_id,
           extract(epoch FROM min(o.starts_at) - now()) / 86400 AS wait_days
    FROM rdvmairie.meeting_point mp
    LEFT JOIN rdvmairie.offered_slot o USING (meeting_point_id)
    WHERE mp.online
    GROUP BY mp.department, mp.meeting_point_id
)
SELECT department,
       count(*)::int AS online,
       count(wait_days)::int AS with_slot,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_days))::numeric, 1) AS median_wait_days,
       round((percentile_cont(0.9) WITHIN GROUP (ORDER BY wait_days))::numeric, 1) AS p90_wait_days,
       round(100.0 * count(*) FILTER (WHERE wait_days <= 7) / count(*), 1) AS share_within_7d
FROM per_point
GROUP BY department;
CREATE UNIQUE INDEX indicator_waiting_time_key ON rdvmairie.indicator_waiting_time (department);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_waiting_time IS 'Per department: days from now to the first offered slot of each online meeting point (median, 90th percentile over points with a slot) and the share of online points with a slot within 7 days.';
COMMENT ON INDEX rdvmairie.indicator_waiting_time_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.online IS 'Online meeting points.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.with_slot IS 'Online meeting points offering at least one slot.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.median_wait_days IS 'Median of days to the first slot, over points with a slot.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.p90_wait_days IS '90th percentile of days to the first slot, over points with a slot.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.share_within_7d IS 'Percent of online points with a slot within 7 days.';

-- Duplicates: upcoming booked appointments per day and department, and those in a duplicate group.
CREATE MATERIALIZED VIEW rdvmairie.indicator_duplicates AS
WITH dup AS (SELECT DISTINCT appointment_id FROM rdvmairie.duplicate_appointment)
SELECT (a.appointment_at AT TIME ZONE mp.time_zone)::date AS day, mp.department,
       count(*)::int AS booked,
       count(d.appointment_id)::int AS in_duplicate_group,
       round(100.0 * count(d.appointment_id) / count(*), 1) AS duplicate_share,
       (SELECT value FROM rdvmairie.indicator_target WHERE indicator = 'duplicate_share' AND kind = 'baseline'
        ORDER BY year DESC LIMIT 1) AS baseline_share
FROM rdvmairie.upcoming_appointment a
JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
LEFT JOIN dup d ON d.appointment_id = a.appointment_id
GROUP BY 1, 2;
CREATE UNIQUE INDEX indicator_duplicates_key ON rdvmairie.indicator_duplicates (day, department);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_duplicates IS 'Per local day and department: upcoming booked appointments, those in a duplicate group (duplicate_appointment), their share against the 12% baseline.';
COMMENT ON INDEX rdvmairie.indicator_duplicates_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.day IS 'Local date of the appointments.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.booked IS 'Upcoming booked appointments.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.in_duplicate_group IS 'Those belonging to a duplicate group.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.duplicate_share IS 'Percent of appointments in a duplicate group.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.baseline_share IS 'The baseline share (percent).';

-- No-shows: past appointments per month and department.
CREATE MATERIALIZED VIEW rdvmairie.indicator_no_shows AS
SELECT date_trunc('month', a.appointment_at AT TIME ZONE mp.time_zone)::date AS month, mp.department,
       count(*)::int AS past,
       count(*) FILTER (WHERE a.state = 'honoured')::int AS honoured,
       count(*) FILTER (WHERE a.state = 'no_show')::int AS no_shows,
       round(100.0 * count(*) FILTER (WHERE a.state = 'no_show')
             / nullif(count(*) FILTER (WHERE a.state IN ('honoured', 'no_show')), 0), 1) AS no_show_share,
       (SELECT value FROM rdvmairie.indicator_target WHERE indicator = 'no_show_share' AND kind = 'baseline'
        ORDER BY year DESC LIMIT 1) AS baseline_share
FROM rdvmairie.appointment a
JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
WHERE a.appointment_at < now() AND a.state IN ('booked', 'honoured', 'no_show')
GROUP BY 1, 2;
CREATE UNIQUE INDEX indicator_no_shows_key ON rdvmairie.indicator_no_shows (month, department);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_no_shows IS 'Per month and department: past appointments (booked, honoured or no-show), honoured, no-shows, the no-show share of those settled, against the 20% baseline.';
COMMENT ON INDEX rdvmairie.indicator_no_shows_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.month IS 'First day of the month (local dates).';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.past IS 'Past appointments that were not cancelled or released.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.honoured IS 'Honoured appointments.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.no_shows IS 'Appointments not honoured.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.no_show_share IS 'Percent of settled appointments (honoured or no-show) not honoured.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.baseline_share IS 'The baseline share (percent).';

-- The contract's figures, per year, against their targets.
CREATE MATERIALIZED VIEW rdvmairie.indicator_instruction AS
WITH per_year AS (
    SELECT extract(year FROM filed_on)::int AS year,
           count(*)::int AS applications,
           count(*) FILTER (WHERE used_pre_application)::int AS from_pre_application,
           count(DISTINCT agent)::int AS agents,
           count(DISTINCT (agent, filed_on))::int AS agent_days
    FROM rdvmairie.instructed_application GROUP BY 1
)
SELECT p.year, p.applications, p.from_pre_application,
       round(100.0 * p.from_pre_application / p.applications, 1) AS pre_application_share,
       (SELECT value FROM rdvmairie.indicator_target t WHERE t.indicator = 'pre_application_share' AND t.kind = 'target' AND t.year = p.year) AS pre_application_target,
       p.agents, p.agent_days,
       round(p.applications::numeric / p.agent_days, 1) AS applications_per_agent_day,
       (SELECT value FROM rdvmairie.indicator_target t WHERE t.indicator = 'applications_per_agent_day' AND t.kind = 'target' AND t.year = p.year) AS applications_per_agent_day_target
FROM per_year p;
CREATE UNIQUE INDEX indicator_instruction_key ON rdvmairie.indicator_instruction (year);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_instruction IS 'Per year: share of applications instructed from a pre-application and applications instructed per agent per day, against the contract''s targets.';
COMMENT ON INDEX rdvmairie.indicator_instruction_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.year IS 'Year of instruction.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.applications IS 'Applications instructed.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.from_pre_application IS 'Those from an online pre-application.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.pre_application_share IS 'Percent from a pre-application.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.pre_application_target IS 'Contract target for that year (percent), if any.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.agents IS 'Agents who instructed.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.agent_days IS 'Days worked by agents (an agent instructing on a date).';
COMMENT ON COLUMN rdvmairie.indicator_instruction.applications_per_agent_day IS 'Applications instructed per agent per day worked.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.applications_per_agent_day_target IS 'Contract target for that year, if any.';

-- Vendor health from the feed requests.
CREATE MATERIALIZED VIEW rdvmairie.indicator_vendor_health AS
SELECT e.editor_id,
       round(100.0 * count(*) FILTER (WHERE r.error IS NULL AND r.started_at > now() - interval '24 hours')
             / nullif(count(*) FILTER (WHERE r.started_at > now() - interval '24 hours'), 0), 1) AS availability_24h,
       round(100.0 * count(*) FILTER (WHERE r.error IS NULL) / nullif(count(r.*), 0), 1) AS availability_7d,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY r.duration_ms))::numeric, 1) AS latency_p50_ms,
       round((percentile_cont(0.95) WITHIN GROUP (ORDER BY r.duration_ms))::numeric, 1) AS latency_p95_ms,
       round((percentile_cont(0.99) WITHIN GROUP (ORDER BY r.duration_ms))::numeric, 1) AS latency_p99_ms,
       count(*) FILTER (WHERE r.error IS NOT NULL AND r.started_at > now() - interval '24 hours')::int AS failures_24h,
       coalesce(sum(r.rejected), 0)::int AS rejected_items_7d,
       coalesce(h.consecutive_failures, 0) AS consecutive_failures,
       coalesce(h.open_until > now(), false) AS breaker_open
FROM rdvmairie.editor e
LEFT JOIN rdvmairie.feed_run r ON r.editor_id = e.editor_id AND r.started_at > now() - interval '7 days'
LEFT JOIN rdvmairie.feed_health h ON h.editor_id = e.editor_id
GROUP BY e.editor_id, h.consecutive_failures, h.open_until;
CREATE UNIQUE INDEX indicator_vendor_health_key ON rdvmairie.indicator_vendor_health (editor_id);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_vendor_health IS 'Per vendor: share of successful feed requests over 24 hours and 7 days, request latency percentiles, failures, rejected items, circuit breaker.';
COMMENT ON INDEX rdvmairie.indicator_vendor_health_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.editor_id IS 'Vendor.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.availability_24h IS 'Percent of requests of the last 24 hours without error (NULL: none).';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.availability_7d IS 'Percent of requests of the last 7 days without error (NULL: none).';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.latency_p50_ms IS 'Median request duration over 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.latency_p95_ms IS '95th percentile of request duration over 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.latency_p99_ms IS '99th percentile of request duration over 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.failures_24h IS 'Failed requests in the last 24 hours.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.rejected_items_7d IS 'Items its feeds sent that ingestion rejected, over 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.consecutive_failures IS 'Failed runs in a row.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.breaker_open IS 'Whether its circuit breaker is open.';

-- The daily history of the headline figures, for trends.
CREATE TABLE rdvmairie.indicator_history (
    day              date NOT NULL,
    department       text NOT NULL,
    online           int,
    with_slot_30d    int,
    median_wait_days numeric,
    share_within_7d  numeric,
    upcoming_booked  int,
    duplicate_share  numeric,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (day, department)
);
COMMENT ON TABLE rdvmairie.indicator_history IS 'One row per day and department with the headline figures, written by refresh_indicators (the last refresh of a day wins).';
COMMENT ON COLUMN rdvmairie.indicator_history.day IS 'Day of the snapshot (UTC).';
COMMENT ON COLUMN rdvmairie.indicator_history.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_history.online IS 'Online meeting points.';
COMMENT ON COLUMN rdvmairie.indicator_history.with_slot_30d IS 'Online meeting points with a slot within 30 days.';
COMMENT ON COLUMN rdvmairie.indicator_history.median_wait_days IS 'Median days to the first slot.';
COMMENT ON COLUMN rdvmairie.indicator_history.share_within_7d IS 'Percent of online points with a slot within 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_history.upcoming_booked IS 'Upcoming booked appointments.';
COMMENT ON COLUMN rdvmairie.indicator_history.duplicate_share IS 'Percent of upcoming appointments in a duplicate group.';
COMMENT ON COLUMN rdvmairie.indicator_history.recorded_at IS 'When the snapshot was taken.';

CREATE FUNCTION rdvmairie.refresh_indicators() RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n int;
BEGIN
    -- CONCURRENTLY: readers keep reading the previous figures meanwhile
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_coverage;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_waiting_time;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_duplicates;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_no_shows;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_instruction;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_vendor_health;

    INSERT INTO rdvmairie.indicator_history AS h
        (day, department, online, with_slot_30d, median_wait_days, share_within_7d,
         upcoming_booked, duplicate_share, recorded_at)
    SELECT (now() AT TIME ZONE 'UTC')::date, c.department, c.online, c.with_slot_30d,
           w.median_wait_days, w.share_within_7d, coalesce(d.booked, 0),
           round(100.0 * d.dup / nullif(d.booked, 0), 1), now()
    FROM rdvmairie.indicator_coverage c
    LEFT JOIN rdvmairie.indicator_waiting_time w USING (department)
    LEFT JOIN (SELECT department, sum(booked) AS booked, sum(in_duplicate_group) AS dup
               FROM rdvmairie.indicator_duplicates GROUP BY department) d USING (department)
    ON CONFLICT (day, department) DO UPDATE SET
        online = EXCLUDED.online, with_slot_30d = EXCLUDED.with_slot_30d,
        median_wait_days = EXCLUDED.median_wait_days, share_within_7d = EXCLUDED.share_within_7d,
        upcoming_booked = EXCLUDED.upcoming_booked, duplicate_share = EXCLUDED.duplicate_share,
        recorded_at = EXCLUDED.recorded_at;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;
COMMENT ON FUNCTION rdvmairie.refresh_indicators() IS
    'Refreshes every indicator_* view concurrently and records today''s headline figures per department in indicator_history (idempotent per day); returns the number of departments recorded.';

SELECT pg_catalog.pg_extension_config_dump('rdvmairie.instructed_application', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.indicator_history', '');

-- A map of an indicator by department (drawn by department_map_svg, map.sql).
CREATE FUNCTION rdvmairie.indicator_map_svg(indicator text, title text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    vals jsonb;
    caption text;
    legend text;
    low_is_good boolean := false;
BEGIN
    CASE indicator
    WHEN 'online' THEN
        SELECT jsonb_object_agg(department, online) INTO vals FROM rdvmairie.indicator_coverage;
        caption := 'Points de rendez-vous en ligne'; legend := 'points';
    WHEN 'with_slot_30d' THEN
        SELECT jsonb_object_agg(department, with_slot_30d) INTO vals FROM rdvmairie.indicator_coverage;
        caption := 'Points avec un créneau sous 30 jours'; legend := 'points';
    WHEN 'median_wait_days' THEN
        SELECT jsonb_object_agg(department, median_wait_days) INTO vals
        FROM rdvmairie.indicator_waiting_time WHERE median_wait_days IS NOT NULL;
        caption := 'Attente médiane du premier créneau'; legend := 'jours'; low_is_good := true;
    WHEN 'share_within_7d' THEN
        SELECT jsonb_object_agg(department, share_within_7d) INTO vals FROM rdvmairie.indicator_waiting_time;
        caption := 'Points avec un créneau sous 7 jours'; legend := '%';
    WHEN 'duplicate_share' THEN
        SELECT jsonb_object_agg(department, round(100.0 * dup / booked, 1)) INTO vals
        FROM (SELECT department, sum(in_duplicate_group) AS dup, sum(booked) AS booked
              FROM rdvmairie.indicator_duplicates GROUP BY department) d WHERE booked > 0;
        caption := 'Rendez-vous à venir pris en double'; legend := '%'; low_is_good := true;
    WHEN 'no_show_share' THEN
        SELECT jsonb_object_agg(department, round(100.0 * n / settled, 1)) INTO vals
        FROM (SELECT department, sum(no_shows) AS n, sum(honoured + no_shows) AS settled
              FROM rdvmairie.indicator_no_shows GROUP BY department) d WHERE settled > 0;
        caption := 'Rendez-vous non honorés'; legend := '%'; low_is_good := true;
    ELSE
        RAISE EXCEPTION 'unknown indicator "%"', indicator
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use online, with_slot_30d, median_wait_days, share_within_7d, duplicate_share or no_show_share.';
    END CASE;
    RETURN rdvmairie.department_map_svg(coalesce(vals, '{}'), coalesce(title, caption), legend, low_is_good);
END $$;
COMMENT ON FUNCTION rdvmairie.indicator_map_svg(text, text) IS
    'SVG map of France by department (overseas as insets) coloured by an indicator: online, with_slot_30d, median_wait_days, share_within_7d, duplicate_share or no_show_share. Titles and legends are in French, like the map.';

-- Analysts read the indicators, their history and targets, and nothing else.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'rdvmairie_analyst') THEN
        CREATE ROLE rdvmairie_analyst NOLOGIN;
    END IF;
END $$;
GRANT USAGE ON SCHEMA rdvmairie TO rdvmairie_analyst;
GRANT SELECT ON rdvmairie.indicator_coverage, rdvmairie.indicator_waiting_time,
    rdvmairie.indicator_duplicates, rdvmairie.indicator_no_shows, rdvmairie.indicator_instruction,
    rdvmairie.indicator_vendor_health, rdvmairie.indicator_history, rdvmairie.indicator_target
    TO rdvmairie_analyst;
GRANT EXECUTE ON FUNCTION rdvmairie.indicator_map_svg(text, text) TO rdvmairie_analyst;

-- ==== src/map.sql ====
-- map.sql — the department map: department outlines and an SVG choropleth of
-- France by department (docs/map.md).
--
-- The data block at the end of this file (between the BEGIN/END GENERATED
-- markers) is generated by scripts/fixture/build_departments.sh from
-- data/departments_svg.csv: edit the script or rebuild the CSV, not the block.

CREATE TABLE rdvmairie.department_shape (
    department  text PRIMARY KEY
                CHECK (department ~ '^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$'),
    name        text NOT NULL CHECK (name <> ''),
    inset       boolean NOT NULL,
    path        text NOT NULL CHECK (path ~ '^[MmLlZz0-9 ,.eE+-]+$'),
    bbox_xmin   numeric NOT NULL,
    bbox_ymin   numeric NOT NULL,
    bbox_xmax   numeric NOT NULL,
    bbox_ymax   numeric NOT NULL,
    transform   text NOT NULL CHECK (transform ~ '^translate\([-0-9. ]+\)( scale\([0-9.]+\))?$'),
    frame_x     numeric,
    frame_y     numeric,
    frame_w     numeric,
    frame_h     numeric,
    CHECK (bbox_xmin <= bbox_xmax AND bbox_ymin <= bbox_ymax),
    CHECK ((frame_x IS NOT NULL AND frame_y IS NOT NULL AND frame_w > 0 AND frame_h > 0) = inset)
);
COMMENT ON TABLE rdvmairie.department_shape IS
    'Outline of each department on the 800 x 660 map canvas of department_map_svg: the 96 of mainland France and Corsica, and the overseas ones drawn as insets. Reference data installed with the extension (CC BY 4.0 / Natural Earth, see docs/map.md).';
COMMENT ON COLUMN rdvmairie.department_shape.department IS
    'Department code as used everywhere in rdvmairie: 01..95, 2A, 2B, 971..976 (975: Saint-Pierre-et-Miquelon).';
COMMENT ON COLUMN rdvmairie.department_shape.name IS 'Department name (Code officiel géographique spelling).';
COMMENT ON COLUMN rdvmairie.department_shape.inset IS
    'True for an overseas department, drawn scaled in its own labelled box along the left edge of the map.';
COMMENT ON COLUMN rdvmairie.department_shape.path IS
    'SVG path data (the d attribute) of the outline, in the coordinates of its source: the mainland map''s 613 x 585 units, or kilometres for an inset.';
COMMENT ON COLUMN rdvmairie.department_shape.bbox_xmin IS 'Bounding box of path, in path coordinates: smallest x.';
COMMENT ON COLUMN rdvmairie.department_shape.bbox_ymin IS 'Bounding box of path, in path coordinates: smallest y (top).';
COMMENT ON COLUMN rdvmairie.department_shape.bbox_xmax IS 'Bounding box of path, in path coordinates: largest x.';
COMMENT ON COLUMN rdvmairie.department_shape.bbox_ymax IS 'Bounding box of path, in path coordinates: largest y (bottom).';
COMMENT ON COLUMN rdvmairie.department_shape.transform IS
    'SVG transform attribute placing path on the map canvas: a translation for the mainland, translation and scale into its frame for an inset.';
COMMENT ON COLUMN rdvmairie.department_shape.frame_x IS 'Inset only: left edge of the inset''s frame on the canvas.';
COMMENT ON COLUMN rdvmairie.department_shape.frame_y IS 'Inset only: top edge of the inset''s frame on the canvas.';
COMMENT ON COLUMN rdvmairie.department_shape.frame_w IS 'Inset only: width of the inset''s frame.';
COMMENT ON COLUMN rdvmairie.department_shape.frame_h IS 'Inset only: height of the inset''s frame (its label is drawn inside, at the top).';

-- Text escaped for XML content and attribute values; characters XML 1.0
-- forbids (C0 controls other than tab, newline and carriage return) are dropped.
CREATE FUNCTION rdvmairie.svg_escape(s text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN replace(replace(replace(replace(replace(
           regexp_replace(s, '[\x01-\x08\x0B\x0C\x0E-\x1F]', '', 'g'),
           '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&apos;');
COMMENT ON FUNCTION rdvmairie.svg_escape(text) IS
    'Text escaped for XML content or attribute values (& < > " and apostrophe), without the control characters XML 1.0 forbids.';

-- The choropleth.  Classes: quantiles of the values given for known
-- departments (breaks at the 20th, 40th, 60th and 80th percentiles, taken
-- among the values themselves); class k holds the values above break k-1 up to
-- break k.  Colours: ColorBrewer YlGnBu, darker = better.
CREATE FUNCTION rdvmairie.department_map_svg(
    department_values jsonb,
    title text,
    legend text DEFAULT NULL,
    low_is_good boolean DEFAULT false,
    number_format text DEFAULT 'FM999G990D0')
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    palette  constant text[] := ARRAY['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
    no_data  constant text := '#dddddd';
    no_data_label constant text := 'sans donnée';
    -- Paris and the inner ring, enlarged in the top-left corner of the mainland
    zoom_departments constant text[] := ARRAY['75', '92', '93', '94'];
    zx constant numeric := 178; zy constant numeric := 48; zw constant numeric := 126; zh constant numeric := 128;
    fmt  text := coalesce(number_format, 'FM999G990D0');
    vals jsonb := coalesce(department_values, '{}'::jsonb);
    bad  record;
    svg  text;
BEGIN
    IF jsonb_typeof(vals) <> 'object' THEN
        RAISE EXCEPTION 'department_map_svg: department_values must be a JSON object, not %', jsonb_typeof(vals)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass {"75": 12.5, "2A": 3, "974": 40.1, ...}.';
    END IF;
    SELECT e.key, e.value INTO bad
    FROM jsonb_each(vals) e
    WHERE jsonb_typeof(e.value) NOT IN ('number', 'null')
    ORDER BY e.key COLLATE "C" LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'department_map_svg: value for department "%" is not a number: %', bad.key, bad.value
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    WITH v AS (          -- values of known departments; unknown codes and nulls are ignored
        SELECT s.department, (e.value)::numeric AS value
        FROM rdvmairie.department_shape s
        JOIN jsonb_each(vals) e ON e.key = s.department
        WHERE jsonb_typeof(e.value) = 'number'
    ), q AS (
        SELECT min(value) AS lo, max(value) AS hi, count(*) AS n,
               percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY value) AS br
        FROM v
    ), d AS (
        SELECT s.*, v.value,
               CASE WHEN v.value IS NOT NULL
                    THEN 1 + (SELECT count(*) FROM unnest(q.br) b WHERE v.value > b)::int END AS class
        FROM rdvmairie.department_shape s
        LEFT JOIN v USING (department)
        CROSS JOIN q
    ), c AS (
        SELECT d.*,
               CASE WHEN class IS NULL THEN no_data
                    ELSE palette[CASE WHEN low_is_good THEN 6 - class ELSE class END] END AS fill,
               rdvmairie.svg_escape(department || ' ' || name || ': '
                    || coalesce(to_char(value, fmt), no_data_label)) AS tip
        FROM d
    ), zoom AS (         -- window around the zoomed departments, widened to the frame's shape
        SELECT *, least((zw - 8) / (x1 - x0), (zh - 22) / (y1 - y0)) AS s
        FROM (SELECT min(bbox_xmin) - 2 AS x0, min(bbox_ymin) - 2 AS y0, max(bbox_xmax) + 2 AS x1, max(bbox_ymax) + 2 AS y1
              FROM rdvmairie.department_shape WHERE department = ANY (zoom_departments)) b
    ), legend_rows AS (
        SELECT k, palette[CASE WHEN low_is_good THEN 6 - k ELSE k END] AS fill,
               to_char(CASE WHEN k = 1 THEN q.lo ELSE q.br[k - 1] END, fmt) || ' – '
               || to_char(CASE WHEN k = 5 THEN q.hi ELSE q.br[k] END, fmt) AS label
        FROM q, generate_series(1, 5) k
        WHERE q.n > 0
        UNION ALL
        SELECT 6, no_data, no_data_label
    )
    SELECT concat_ws(E'\n',
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 800 660" width="800" height="660"'
            || ' font-family="DejaVu Sans, Verdana, Arial, sans-serif" role="img" aria-label="'
            || coalesce(rdvmairie.svg_escape(title), '') || '">',
        '<title>' || coalesce(rdvmairie.svg_escape(title), '') || '</title>',
        '<rect x="0" y="0" width="800" height="660" fill="#ffffff"/>',
        '<text x="400" y="28" text-anchor="middle" font-size="18" font-weight="bold" fill="#222222">'
            || coalesce(rdvmairie.svg_escape(title), '') || '</text>',
        -- inset frames and labels, under the outlines
        (SELECT string_agg(format('<rect x="%s" y="%s" width="%s" height="%s" fill="#f4f8fb" stroke="#8a8a8a" stroke-width="0.8"/>'
                                  || '<text x="%s" y="%s" font-size="9.5" fill="#333333">%s</text>',
                                  frame_x, frame_y, frame_w, frame_h, frame_x + 4, frame_y + 12,
                                  rdvmairie.svg_escape(department || ' ' || name)),
                           E'\n' ORDER BY department COLLATE "C")
         FROM c WHERE inset),
        '<g id="departments" stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">',
        (SELECT string_agg(format('<path id="dep-%s" class="department%s" d="%s" transform="%s" fill="%s" vector-effect="non-scaling-stroke"><title>%s</title></path>',
                                  department, CASE WHEN inset THEN ' inset' ELSE '' END, path, transform, fill, tip),
                           E'\n' ORDER BY department COLLATE "C")
         FROM c),
        '</g>',
        -- Paris and the inner ring, enlarged (copies of the mainland outlines, clipped to the frame)
        (SELECT format('<g id="zoom-paris"><rect x="%s" y="%s" width="%s" height="%s" fill="#f4f8fb" stroke="#8a8a8a" stroke-width="0.8"/>'
                       || '<text x="%s" y="%s" font-size="9.5" fill="#333333">Paris et petite couronne</text>'
                       || '<clipPath id="zoom-paris-clip"><rect x="%s" y="%s" width="%s" height="%s"/></clipPath>'
                       || '<g clip-path="url(#zoom-paris-clip)"><g transform="translate(%s %s) scale(%s)" stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">',
                       zx, zy, zw, zh, zx + 4, zy + 12,
                       zx + 1, zy + 16, zw - 2, zh - 17,
                       trim_scale(round(zx + zw / 2 - (x0 + x1) / 2 * s, 3)),
                       trim_scale(round(zy + 16 + (zh - 16) / 2 - (y0 + y1) / 2 * s, 3)),
                       trim_scale(round(s, 5)))
                || E'\n'
                || (SELECT string_agg(format('<path d="%s" fill="%s" vector-effect="non-scaling-stroke"><title>%s</title></path>',
                                             c.path, c.fill, c.tip),
                                      E'\n' ORDER BY c.department COLLATE "C")
                    FROM c WHERE NOT c.inset AND c.bbox_xmax > zoom.x0 - 15 AND c.bbox_xmin < zoom.x1 + 15
                             AND c.bbox_ymax > zoom.y0 - 15 AND c.bbox_ymin < zoom.y1 + 15)
                || E'\n</g></g></g>'
         FROM zoom),
        -- legend, in the empty bottom-left corner of the mainland (below the Pyrenees' west end)
        '<g id="legend" font-size="10.5" fill="#222222">',
        CASE WHEN legend IS NOT NULL
             THEN '<text x="180" y="562" font-size="11.5" font-weight="bold">' || rdvmairie.svg_escape(legend) || '</text>' END,
        (SELECT string_agg(format('<rect x="180" y="%s" width="16" height="11" fill="%s" stroke="#8a8a8a" stroke-width="0.5"/>'
                                  || '<text x="201" y="%s">%s</text>',
                                  555 + 14 * k, fill, 564 + 14 * k, rdvmairie.svg_escape(label)),
                           E'\n' ORDER BY k)
         FROM legend_rows),
        '</g>',
        '<text x="795" y="654" text-anchor="end" font-size="8" fill="#666666">'
            || 'Fonds de carte : svg-maps France departments (CC BY 4.0), Natural Earth (outre-mer)</text>',
        '</svg>')
    INTO svg;
    RETURN svg || E'\n';
END;
$$;
COMMENT ON FUNCTION rdvmairie.department_map_svg(jsonb, text, text, boolean, text) IS
    'SVG map of France by department coloured by department_values ({"75": 12.5, "2A": 3, ...}): 5 quantile classes (darker = better; low_is_good reverses the scale), grey for no data, legend bounds formatted with number_format, overseas departments as labelled insets. Unknown codes and nulls are ignored; a non-numeric value raises 22023. See docs/map.md.';

-- BEGIN GENERATED department_shape data
-- Generated by scripts/fixture/build_departments.sh from data/departments_svg.csv: do not edit by hand.
INSERT INTO rdvmairie.department_shape
    (department, name, inset, bbox_xmin, bbox_ymin, bbox_xmax, bbox_ymax, transform, frame_x, frame_y, frame_w, frame_h, path)
VALUES
('01', 'Ain', false, 411.63, 287.81, 471.39, 341.82, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 413.70408,308.36159 6.69,-20.52 0.4,1.07 1.39,-0.84 3.02,1.84 3.26,-1.47 1.3,0.28 0.05,-0.91 1.58,0.81 1.23,2.86 3.26,0.7 0,0 0.38,1.07 -1.02,0.92 3.23,1.85 -0.65,0.72 1.72,1.9 0.04,1.68 0.85,-2.24 0.53,1.95 1.59,-0.01 -0.76,2.46 0.69,0.61 2.71,-0.25 1.12,-1.55 1.24,-0.09 1.96,-2.92 0.15,1.23 2.79,0.89 0.48,2.9 5.99,-0.23 8.1,-9.07 0,0 4.37,2.95 -2.81,4.91 0.93,2.04 -6,2.06 -0.64,1.2 1.25,0.91 -1.59,2.91 0,0 -2.64,0.81 -0.26,1.99 -2.77,-1.09 -0.59,5.3 1.17,2.49 -0.24,2.05 0,0 -2.2,12.71 -1.08,1.12 -1.97,-0.3 -0.61,4.09 -2.58,1.67 0,0 -1.02,-2.67 -2.36,-2.01 0.42,-0.99 -5.39,-5.73 0.32,-1.78 -3.27,-2.82 -2.08,2.12 -1.32,3.32 -1.94,1.36 -1.41,-0.23 -1.64,-1.96 -1.44,-0.3 -0.34,0.78 -0.21,-0.95 0,0 -7.62,0.63 0,-2.26 -1.54,-3.26 -1.39,-1 -1.8,0.99 0.17,-1.4 -3.27,-1.31 1,-1.81 -0.32,-6.96 2.33,-3.73 z'),
('02', 'Aisne', false, 338.1, 66.78, 391.93, 145.25, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 346.97408,70.521588 3.58,-1.35 0.79,1.17 2.14,-0.11 1.42,-1.34 5.28,1.2 2.2,-2.36 2.07,0.68 0.84,1.23 1.08,-0.84 0.81,0.55 0.18,-1.55 2.11,-1.02 1.28,1.11 5.26,0.96 0.63,1.83 3.94,-2.24 0.55,1.15 -0.62,2.11 3.39,0.59 1.04,0.98 2.31,-0.69 0,0 2.07,0.58 0.12,0.91 1.51,-0.17 0,0 -0.6,2.9 1.58,0.63 -0.1,2.29 -1.96,5.67 1.82,1.47 -2.69,3.72 -2.44,1.34 -0.47,2.88 -3.07,-0.3 -0.73,1.01 2.26,3.25 -1.17,1.680002 1.09,0.19 0.14,1.11 -1.58,1.13 0.04,2.5 1.09,1.41 -1.27,0.46 0.42,2.04 0,0 -0.48,2.93 -3.2,-1.09 -1.49,-1.87 -2.83,1.69 -0.18,2.25 -3.05,-0.73 -5.51,2.72 0.85,2.84 -0.56,0.94 1.08,1.22 -1.01,1.39 1.18,1 0.69,-0.62 0.66,1.9 1.42,-0.27 -0.03,1.41 -1.8,1.05 -0.78,-0.75 -2.66,0.23 -0.89,1.95 1.55,2.68 -2.13,1.07 -0.07,1.47 2.72,-0.39 1.12,1.83 -1.51,0.63 -0.85,2.39 -1.28,0.38 0.54,1.09 -1.22,0.22 -0.14,1.56 -1.76,0.16 -1.78,3.77 0,0 -1,0.92 -0.64,-1.43 -2.6,-0.73 -0.64,-3.55 -1.6,1.28 -1,-2.56 -1.67,0.62 -0.55,-2.12 -3.48,-2.51 0.97,-2.39 -1.55,-2.05 0.47,-1.02 -3.83,-1.13 0,0 0.95,-1.64 0.68,0.73 -0.24,-1.09 1.73,-0.75 -1.63,-0.45 0.36,-0.56 0,0 0.01,-0.52 0,0 -0.66,-0.84 -0.52,2.44 -0.18,-2.11 -3.18,-1.48 -0.19,1.7 1.38,0.27 -0.57,0.9 -1.22,-1.58 -0.32,0.69 -0.71,-0.45 -0.38,-2.2 1.8,-0.61 0.88,1.21 0.71,-0.98 -0.08,-3.45 -2.17,-0.11 -0.71,-2.47 1.33,-0.86 1.8,0.76 2.11,-3.07 -0.06,-3.6 2.95,-0.43 -2.4,-1.67 0.7,-1.21 -1.25,-1.78 1.33,-0.8 0.5,-3.130002 -1.87,-3.04 0.86,-1.05 -0.65,-1.13 1.22,-0.32 -0.31,-2.84 0,0 0,0 0,0 -0.02,-0.18 0,0 -0.83,-3.7 -1.45,-0.26 0.9,-2.2 -1.31,-1.74 1.25,-0.64 -0.36,-2.4 0.48,0.86 1.34,-1.17 0.12,-2.61 3.34,-3.81 -2.03,-0.47 z'),
('03', 'Allier', false, 309.92, 270.6, 381.51, 323.04, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 309.92408,293.77159 0.74,-3.03 1.03,-0.01 1.56,-2.77 5.24,-0.96 2.06,0.81 3.24,-2.06 -0.45,-2.48 -1.55,-0.86 1.22,-1.84 -1.07,-1.19 1.45,-0.75 0.95,0.77 -0.15,-1.91 3.21,-1.71 0.59,-1.61 0.74,-0.13 1.14,1.84 1.56,-1.08 1.98,0.55 0.14,-1.2 2.95,-2.86 1.78,-0.69 2.81,0.57 0,0 1.11,2.64 2.94,1.43 3.04,3.12 2.78,-2.49 1.31,0.06 0.53,1.6 1.39,0.33 1.34,-1.73 1.72,-0.08 1.32,1.46 -0.39,1.63 1.63,0.75 1.38,-1.98 1.88,-0.35 -0.55,-2.04 2.05,-0.09 0,0 -0.48,-0.92 0,0 0.46,-1.57 1.36,0.99 0,0 0.39,2.55 2.47,2.9 1,1.93 -0.34,1.1 0.95,0.4 0.23,3.82 2.64,1.2 1.39,-0.76 1.15,2.55 3.59,-0.21 -0.02,0.89 1.95,0.95 -0.98,3.8 0.36,4.18 0.82,0.08 -0.71,0.76 -1.7,-0.41 -0.09,1.26 -1.95,0.44 0.07,1.04 0,0 -0.89,0 0,0 -0.44,0.81 -2.67,0.25 0.05,1.05 -1.5,0.09 1.69,4.56 -0.8,0.42 0.15,2.63 1.18,1.39 -0.67,2.1 1.07,3.23 -1.8,1.54 -1.33,-0.57 -0.52,1.03 -1.44,-0.47 -0.62,2.58 0,0 -0.7,-1.65 -1.84,-0.23 -1.71,-3.68 -5.27,0.93 -0.1,-3.1 0,0 -0.99,0 0,0 -0.79,-0.87 -3.61,1.74 -1.22,-1.24 -7.19,-0.25 -1.28,-0.81 -0.29,-1.86 -3.2,0.73 -1.9,-1.28 -0.68,-2.78 -1.6,-0.44 0.01,-2.16 1.34,-1.61 -1.1,-0.59 -3.64,0.23 -0.93,3.04 -3.2,-1.57 -0.38,2.43 -2.04,0.59 -1.47,3.18 -2.97,-1.46 0,0 -3.53,-8.19 -2.11,-0.96 -0.42,0.78 -1.4,-2.9 -0.95,1.27 -2.6,-1.97 1.35,-1.57 -1.97,-0.72 z'),
('04', 'Alpes-de-Haute-Provence', false, 443.52, 397.83, 504.47, 454.88, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 450.89408,424.90159 4.99,-1.28 4.7,1.34 0.15,-0.85 -1.51,-0.55 -2.14,-3.89 0.5,-0.95 1.22,0.12 2.29,2.77 0.17,-3.85 -1.14,-0.08 0.18,-1.21 1.54,-1.33 0.5,-2.09 4.33,-3.15 0.82,0.71 0.33,-2.28 3.09,0.93 -0.3,1.15 0.98,0.1 2.18,3.36 1.45,-1.75 -1.2,-2.93 2.62,-1.1 1.27,1.03 0.84,-2 -0.62,-0.65 1.25,-0.74 2.05,3.04 0.95,-0.27 1.42,1.37 6.79,0.23 1.97,-5.45 2.51,-0.73 1.15,-1.97 3.13,-1.24 2.8,-2.88 1.63,0.21 0,0 0.69,2.13 -0.75,0.06 -0.72,2.58 -3.19,2.53 0.94,2.86 2.91,2.91 -2.3,0.48 -0.19,3.51 0,0 -3.16,1.7 -0.91,3.33 -1,-0.34 -1.43,1.63 -1.83,4.76 2.94,5.16 -0.43,2.23 3.73,2.92 0.48,2.08 1.02,0.03 2.91,3.13 -2.4,0.62 -2.25,-1.68 -3.38,2.66 -3.18,-0.96 1.2,1.79 -1.45,1.52 1.86,0.96 -3.18,1.42 0,0 -0.46,-0.9 -1.48,-0.03 -1.93,1.73 -1.01,-1.95 -1.36,1.03 -2.9,-0.05 -0.03,1.78 -1.29,1.52 -2.37,-0.74 -3.16,-3.12 -1.45,0.11 -2.33,3.06 -2.17,0.07 -3.51,4.31 -1.45,-2.6 -2.06,-0.93 -0.48,-1.53 -0.96,0.21 -0.08,1.26 -2.12,0.79 -0.84,-1.7 -2.02,-0.32 -0.86,1.19 0,0 -4.38,-5.31 -3.28,-0.27 -1.26,0.79 0.08,-2 2.55,-3.66 -1.15,0.02 -0.56,-1.52 -2.46,-0.57 1.49,-6.67 -1.65,0.2 -0.25,-3.02 0,0 3.33,-2.08 -0.59,-1.08 0.56,-1 1.31,-0.13 1.25,1.3 -0.35,1 1.96,0.24 0.17,-0.99 -1.63,-0.3 0.36,-1.19 z'),
('05', 'Hautes-Alpes', false, 440.2, 370.5, 509.01, 424.96, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 475.15408,370.50159 1.39,1.08 1.63,-0.89 1.28,1.21 0.03,1.9 3.58,1.06 1.47,-0.18 -0.26,-2.22 1.25,-0.96 1.3,0.56 1.51,-1.41 2.19,0.87 0,0 1.75,5.3 2.94,0.33 -0.23,1.48 1.07,1.67 -0.87,1.25 0.31,1.97 4.67,3.21 1.95,0.38 1.05,-1.06 3.6,2.26 -0.94,2 3.19,6.09 -3.71,-0.37 -1.52,2.01 0,0 -1.63,-0.21 -2.8,2.88 -3.13,1.24 -1.15,1.97 -2.51,0.73 -1.97,5.45 -6.79,-0.23 -1.42,-1.37 -0.95,0.27 -2.05,-3.04 -1.25,0.74 0.62,0.65 -0.84,2 -1.27,-1.03 -2.62,1.1 1.2,2.93 -1.45,1.75 -2.18,-3.36 -0.98,-0.1 0.3,-1.15 -3.09,-0.93 -0.33,2.28 -0.82,-0.71 -4.33,3.15 -0.5,2.09 -1.54,1.33 -0.18,1.21 1.14,0.08 -0.17,3.85 -2.29,-2.77 -1.22,-0.12 -0.5,0.95 2.14,3.89 1.51,0.55 -0.15,0.85 -4.7,-1.34 -4.99,1.28 0,0 0.44,-4.37 -1.64,0 -0.43,-1.95 -1.19,-0.33 0.88,-1.57 -3.38,0.18 -1.1,-1.18 -1.25,0.72 -1.21,-1.67 -1.21,-0.21 0.43,-1.18 -1.03,-1.93 0.82,-0.51 1.6,0.81 0.84,-0.92 -1.36,-0.72 -0.27,-2.98 5.98,1.97 1.1,-2.02 1.44,-0.09 -2.75,-2.45 2.11,-3.94 -0.26,-2.22 3.63,0.64 0.84,-1.34 1.67,0.51 1.7,-2.16 -1.31,-0.93 0,0 1.17,-3.09 2.32,0.76 2.83,-0.82 1.21,-1.23 -1.27,-1.36 3.02,-1.89 1.42,1.24 3.22,-2.82 4.7,0.72 2.03,-1.29 1.09,1.27 1.38,-0.15 0.11,-4.94 -1.48,-0.84 0.05,-2.63 -3,0.13 -1.96,-1.15 0.64,-2.83 1.02,-0.36 -0.54,-1.95 z'),
('06', 'Alpes-Maritimes', false, 490.7, 415.12, 535.48, 465.93, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 501.88408,415.28159 2.67,4.28 1.02,0.19 0.07,1.66 1.42,1.61 1.67,-0.48 3.01,1.85 1.83,-0.06 3.82,3.5 2.64,-0.31 0.6,1.78 1.46,-0.56 1.33,0.75 0.25,-1.05 1.26,0.28 4.19,-1.78 2.35,0.39 0.76,-1.57 1.96,0.11 -0.72,2.52 2.01,2.79 -0.4,2.36 -1.76,0.77 -0.44,3.13 -3.54,1.86 -0.31,2.57 -2.57,1.34 1.45,4.98 -1.84,2.2 -1.43,-0.53 -1.79,2.09 -2.92,0.53 -0.24,2.08 -0.74,-1.74 -0.45,1.21 -2.58,-0.22 -1.38,2.2 -2.16,-0.14 -1.27,2.89 0.47,3.24 -1.64,-1.44 -2.48,2.04 -0.74,-0.83 -2.05,0.24 -1.41,1.64 0.8,1.12 -1.15,1.16 0,0 -1.86,-1.5 0.46,-1.36 -0.71,-0.14 1.4,-3.96 -4.67,-1.67 -1.52,-2.17 0.51,-2.17 -0.89,-2.12 -1.68,0.1 -1.13,-1.03 -1.14,0.51 -0.98,-2.33 0,0 3.18,-1.42 -1.86,-0.96 1.45,-1.51 -1.2,-1.79 3.18,0.95 3.38,-2.66 2.25,1.68 2.4,-0.61 -2.9,-3.14 -1.03,-0.03 -0.48,-2.08 -3.72,-2.92 0.42,-2.23 -2.94,-5.16 1.83,-4.76 1.43,-1.63 1,0.34 0.91,-3.33 3.16,-1.71 0,0 0.72,0.16 z'),
('07', 'Ardèche', false, 375.57, 356.42, 418.11, 420.63, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 412.73408,356.42159 0.29,2.55 1.59,1.53 0,0 0.28,7.55 0.95,0.64 -1.18,1.93 1.1,3.04 1.28,0.84 -1.04,2.93 2.11,4.11 -1.33,2.24 -0.43,3.23 -3.42,4.13 0.8,6.56 -1.64,4.17 -1.97,1.66 0.29,5.72 -1.44,1.98 -0.65,5.64 0,0 -0.05,3.44 0,0 -3.77,-1.84 -0.4,-1.33 -1.53,-0.19 -0.28,-0.88 -2.16,0.31 -0.63,3.19 -1.76,-0.41 -0.15,-3.24 -2.72,0.47 -1.6,1.34 0.03,1.32 -1.3,1.58 -3.27,-3.06 -1.48,0.27 -0.54,-1.35 -3.23,1.12 -0.65,-0.69 0.9,-1.99 -0.73,-1.6 1.18,-0.82 -1.35,-0.81 0.06,-1.53 -1.63,-0.8 0,0 -1.41,-5.52 -2.55,-2.29 -1.73,-8.71 0,0 2.58,-1.42 -0.53,-0.55 1.6,-2.85 1.62,0.9 -0.24,-1.25 0.73,0.76 0.23,-1.06 0.94,0.26 0.26,-2.26 5.06,-0.04 2.84,-5.27 3.69,-0.58 -0.97,-1.38 0.25,-1.33 3.57,-1.28 -1.51,-1.57 0.53,-1.84 1.66,-0.33 -1.04,-2.28 2.04,0.44 0.53,1.55 0.11,-0.74 0.79,0.21 -0.6,-1.56 1.51,-2.64 0.14,-2.68 0,0 4.94,-0.86 -0.43,-1.36 1.33,-1.04 -0.32,-1.2 z'),
('08', 'Ardennes', false, 382.29, 60.39, 439.27, 120.61, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 415.99408,61.321588 1.71,0.09 0.81,1.04 -1.19,1.1 0.18,2.05 -0.87,-0.88 -0.54,2.22 -0.75,0.14 0.88,1.74 -2.14,4.46 0.06,0.68 2.34,0.64 1.7,2.49 -1.71,2.75 1.15,3.02 -0.96,1.71 2.26,0.47 3.71,-0.92 0.55,1.15 3.56,1.24 1.38,3.16 1.44,-0.14 0.17,1.43 4.33,-0.16 2.54,2.68 -1.05,1.56 0.32,1.17 1.41,-1.26 1.99,0.92 0,0 -0.74,1.5 -1.68,-0.05 -1.06,2.19 -2.06,1.130002 -1.14,-1.760002 -2.96,0.41 -0.84,-1.77 -1.28,-0.1 0.01,2.02 -0.94,1.160002 0,0 0,0.48 0,0 -1.29,2.18 2.16,2.72 0.17,2.45 -1.59,1.07 1,1.55 -1.92,0.63 -1.13,2.09 -0.11,1.62 1.41,1.29 -0.35,0.98 -4.13,2.35 0,0 -1.25,-0.92 0.11,-0.92 -1.94,0.21 -0.45,2.23 -2.1,-1.41 -2.56,0.57 -2.64,-1.06 -2.33,1.64 -1.76,-2.62 0.26,-1.17 -6.28,1.19 -2.08,-1.17 -0.69,-2.11 -1.51,0.69 -0.26,-0.78 -1.22,-0.01 -2.52,-3.62 -1.92,-0.03 -0.41,-1.12 -5.94,-0.32 0,0 -0.42,-2.04 1.27,-0.46 -1.09,-1.41 -0.04,-2.5 1.58,-1.13 -0.14,-1.11 -1.09,-0.19 1.17,-1.680002 -2.26,-3.25 0.73,-1.01 3.07,0.3 0.47,-2.88 2.44,-1.34 2.69,-3.72 -1.82,-1.47 1.96,-5.67 0.1,-2.29 -1.58,-0.63 0.6,-2.9 0,0 3.23,-0.67 5.66,2.04 2.72,-0.63 2.63,-2.18 4.64,-1.11 0.51,-3.38 -0.81,-0.99 0.92,-1.86 2,-1.05 0.52,-1.61 2.55,-2.07 z'),
('09', 'Ariège', false, 249.54, 475.02, 305.36, 516.96, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 250.86408,502.92159 -1.32,-5.14 2.44,-1 -0.4,-1.44 4.24,-0.89 1.92,-2.08 -1.51,-0.9 -0.32,-2.6 1.14,-0.57 -0.67,-0.57 0.43,-1.25 1.56,0.82 0.62,-2.61 1.45,0.71 1.46,-1.21 2.8,1.32 1.37,2.58 1.58,-0.31 -0.04,-1.01 1.69,-0.72 -1.18,-1.48 -2.47,-0.82 0.81,-1.47 3.61,-0.09 2.38,-1.51 -0.12,-1.6 -3.34,-1.21 -0.06,-1.29 1.66,-1.56 1.66,0.32 0.18,1.25 2.21,1.98 -0.57,1.59 2.08,1 0.76,-1.02 0.95,0.29 -0.46,-4.05 0.85,0.09 0.08,1.22 1.17,-0.48 0.71,1.38 0.27,-1.2 2.74,1.07 -0.04,1.1 1.52,-2.52 0.68,0.43 0,0 1.47,2.76 -0.55,2.15 3.03,1.98 2.79,0.32 0.01,-0.79 0.2,0.86 0.99,-0.18 0.41,1.83 1.05,-1 1.37,0.7 0.62,2.96 -0.9,0.1 0,0.89 1.82,1.02 -0.66,1.39 0.66,0.29 -0.02,2.03 0.89,0.32 -2.03,-0.14 -1,1.41 1.93,0.55 0.26,3.33 -4.62,1.03 -0.63,1.89 1.56,0.6 1.22,1.9 -0.56,0.93 1.43,1.2 5.69,-0.82 3.55,3.1 -0.28,1.87 0,0 -6.89,0.1 -1.01,2.49 -1.66,0.7 -1.38,-0.59 -1.3,1.96 -3.43,0.35 0,0 0.24,-0.77 -2.77,-0.13 0.41,-1.5 -5.67,-0.55 -2.02,-1.64 -2.92,0.23 -0.09,2.1 -1.68,0.64 -1.96,-4.7 -1.61,-0.94 0.22,-0.9 -4.27,0.24 -0.94,-0.72 -2.55,1.08 -3.74,-4.49 -3.96,0.1 -0.98,-1.08 -1.42,0.93 z'),
('10', 'Aube', false, 355.67, 152.85, 417.18, 202.12, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 362.99408,159.08159 1,1.99 1.82,0.5 0.54,2.45 4.07,-0.02 3.64,1.47 1.65,-1.42 -0.55,-2.67 2.01,0.36 0.36,-1.68 1.66,-0.11 2.2,-3.8 2.36,-0.17 0.91,-2.19 2.14,0.94 1.38,-1.34 2.83,0.37 0.39,-0.91 0.84,0.66 1.53,-0.53 1.4,2.27 -0.69,3.96 3.53,3.38 3.85,1.44 0.65,-0.59 1.41,1.39 1.97,-1.74 2.12,-0.05 -0.37,0.62 1.46,0.8 0,0 -0.67,3.81 -1.03,0.55 2.06,1.31 1.16,3.09 2.24,0.19 -0.22,1.32 3.54,1.53 -1.1,1.18 2,3.53 -1.07,2.87 1.17,1.31 -1.12,1.91 0.6,1.56 -0.9,0.83 0.21,1.5 -4.3,-0.75 -1.06,1.74 -1.99,0.63 2.71,2.09 -0.74,1.51 0,0 -1.44,0.44 -3.54,-1.04 -2.03,1.5 0.77,2.38 -9.97,0.42 -0.9,2.25 0,0 -2,-0.32 -0.94,-1.18 0.18,-1.41 -1.31,0.29 0.74,0.34 -0.43,1.26 -1.46,-1.12 0,0 -0.8,0.73 0,0 -1.57,1.35 -0.85,-1.17 -1.23,-0.05 -0.64,1.27 -1.67,-1.07 -0.76,0.75 -3.79,0.07 0.77,-3.12 -0.78,-1.35 -0.6,1.41 -1.18,-0.26 -0.52,-1.29 1.31,0.09 0.05,-0.78 -2.06,-1.8 -1.29,-4.57 -2.14,-0.91 0.36,-2.07 -1.41,-0.52 0.35,1.12 -2.31,1 -1.53,-3.1 -2.14,0.33 1.76,-2.55 -0.86,-0.43 0.76,-2.25 -1.73,-0.95 0.41,-1.03 -1.81,-1.19 -1.66,-2.92 -1.55,-0.61 -1.59,1.1 -0.58,-1.97 0,0 0.31,-1.6 -1.27,-0.57 0.59,-1.79 -0.94,-1.65 2.26,-0.67 -1.3,-2.34 3.09,-0.86 -0.67,-1.8 2.04,-1.21 -0.51,-0.93 z'),
('11', 'Aude', false, 285.38, 466.84, 349.76, 512.65, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 299.51408,468.24159 0.94,0.27 0.83,1.99 4.06,-1.19 1.83,1.86 0.29,-2.72 1.52,-1.61 1.01,1.09 0.98,-0.36 3.75,1.75 3.25,-1.21 4.05,0.99 0,0 0.88,0.94 -1.33,0.57 -0.9,2.72 1.95,0.74 1.31,2.76 2.37,-0.97 0.56,-1.23 0.76,2.77 2.74,0.93 1.87,-2.85 -0.45,-0.69 2.59,-0.58 -0.06,-2.94 0.95,0.96 0,2.13 2.33,0.95 2.41,-0.5 0.27,2.61 1.78,-0.34 1.06,1.08 2.59,0.11 0.6,0.95 1.53,-0.41 0.7,0.79 0,0 0.95,1.05 0,0 0.28,0.28 0,0 -4.3,5.01 -2.94,5.9 -1.1,4.52 0.93,1.25 -0.72,4.44 0,0 -7.46,-4.47 -3.13,1.24 -2.11,3.43 -9.84,-0.85 -6.78,0.55 -0.73,0.99 0.95,1.27 0.46,4.14 -2.3,1.48 -1.39,-0.4 -2.96,3.22 -1.26,-0.7 0,0 0.28,-1.87 -3.55,-3.1 -5.69,0.82 -1.43,-1.2 0.56,-0.93 -1.22,-1.9 -1.56,-0.6 0.63,-1.89 4.62,-1.03 -0.26,-3.33 -1.93,-0.55 1,-1.41 2.03,0.14 -0.89,-0.32 0.02,-2.03 -0.66,-0.29 0.66,-1.39 -1.82,-1.02 0,-0.89 0.9,-0.1 -0.62,-2.96 -1.37,-0.7 -1.05,1 -0.41,-1.83 -0.99,0.18 -0.2,-0.86 -0.01,0.79 -2.79,-0.32 -3.03,-1.98 0.55,-2.15 -1.47,-2.76 0,0 0.74,-1.8 1.19,-0.52 -0.54,-1.58 3.77,0.04 -0.5,-2.92 1.03,-0.19 -0.39,-0.85 1.01,-0.25 0.46,-1.56 2.11,2.79 0.6,-1.55 1.54,-0.31 1.4,1 2.08,-0.88 z'),
('12', 'Aveyron', false, 291.69, 381.34, 358.45, 453.51, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 306.90408,400.25159 0.71,-0.38 -0.39,-1.5 3.31,-1.11 1.31,-0.12 1.07,1.74 5.46,-0.59 0.65,-2.23 2.52,-1.81 -0.43,-1.94 2.1,-2.25 0.18,-3.14 5.49,-5.58 1.55,1.71 -0.06,3.28 1.33,-1.09 2.27,0.01 1.19,4.96 1.34,-0.25 0.69,1.14 -1.06,0.74 0.97,1 0.07,3.74 1.87,2.07 0,0 4.31,4.95 -0.79,3.27 3.24,3.74 -1.04,4.34 1.43,3.19 -1.34,1.35 -0.03,1.29 1.3,-0.74 0.36,1.76 1.13,-0.29 1.75,1.11 -1.1,2.33 3.8,-0.94 2.74,0.34 0.44,1.75 0,0 -1.57,0.72 -0.54,2.89 -2.46,0.87 1.31,1.44 1.38,-0.63 1,1.68 1.55,-0.47 2.54,1.97 -1.79,3.08 -2.01,1.18 0.05,2.04 0,0 -0.65,1.13 -3.27,-0.03 -1.22,1.82 0.57,1.91 -1.71,1.01 -5.95,-1.35 -0.61,1.9 1.07,1.91 -0.93,1.35 0.34,2.99 -3.18,-0.9 -2.05,0.83 0,0 -0.92,-2.64 -1.78,0.07 -1.93,-1.28 -3.37,1.87 -3.51,-1.6 -4.04,-5.03 0.79,-1.84 -1.21,-0.91 0.07,-1.88 -2.15,-1.15 1.29,-1.84 -1.24,-0.52 -1.67,-3.67 -2.14,-0.33 -0.87,-2.21 -2.36,-1.69 -1.08,0.26 -1.45,-1.65 -1.39,0.81 -2.21,-0.22 2.15,-1.39 -1.83,-0.03 -2.1,-2.23 -1.54,0.45 -0.35,1.08 0,-0.81 -1.73,-0.04 0.24,0.96 -2.92,1.34 0,0 0.43,-0.51 -0.98,-1.21 -1.26,-0.14 -0.29,0.8 -0.26,-1.17 -0.86,0.2 -0.85,-1.28 1.07,-0.27 0.7,-1.91 0.88,0.11 0.65,-1.72 -4.16,-1.12 0.48,-0.68 -0.96,-0.96 0.97,-1.07 0,0 1.26,-1.04 -1.84,-2.29 0.26,-1.51 -0.96,-0.68 -0.45,-2.68 1.81,-0.19 0.19,-1.22 1.21,1.06 -0.21,-1.01 6.05,-4.59 0.23,1.03 0.82,-1.28 2.03,1.04 1.92,-1.55 0.72,0.63 z'),
('13', 'Bouches-du-Rhône', false, 390.91, 440.35, 456.63, 483.9, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 412.05408,440.35159 4.44,0.44 4.48,2.2 3.09,2.89 0.86,2.32 5.26,2.9 2.13,-0.74 3.38,0.6 4.76,3.06 4.32,1.44 3.15,0.03 2.8,-1.93 1.95,-0.04 1.51,-1.73 0,0 2.45,1.95 -0.71,1.7 -4.04,0.93 -0.87,1.86 0.56,1.55 -1.49,0.58 2.86,1.31 -1.06,3.89 3.72,3.54 -1.6,1.09 -2.81,0.14 0.93,2.46 -1.38,2.12 2.32,0.07 1.49,2 -0.1,0.83 -3.23,1.82 -0.48,3.15 0,0 -2.03,-0.39 -0.74,1.51 -2.84,-3.09 -1.52,1 -1.86,-0.83 -4.13,0.18 -0.45,-0.85 1.26,-1.79 -1.22,-1.53 0.61,-1.64 -1.43,-2.56 -1.32,-0.23 -2.86,1.79 -7.27,0.19 -1.33,-0.97 -0.68,-3.19 -1.13,-0.23 -0.18,-1.32 -2.07,-0.39 -1.31,1.06 0.72,-0.91 -1,0.59 -0.86,-2.03 0.69,2.52 -2.19,-0.8 1.51,1.31 -0.93,-0.25 -0.35,0.65 0.89,0.37 -0.67,0.68 1.78,1.14 -0.74,1.54 -1,0.07 -2.57,-1.18 -8,-0.67 -1,-1.16 1.56,-1.31 -0.21,-1.04 -2.38,-1.71 -12.58,-0.46 0,0 0.44,-2.25 3.4,-1.65 -0.41,-1.55 0.83,1.11 5.32,-3.08 0.43,-1.32 -1.9,-0.66 2.47,-4.19 2.27,-0.57 3.65,1.24 -0.63,-2.29 1.61,-3.22 -0.35,-2.8 1.01,-0.81 -1.07,-1.25 4.07,-3.21 z'),
('14', 'Calvados', false, 167.13, 107.59, 233.83, 150.62, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 227.60408,107.59159 0.18,3.92 0.99,1.99 -1.22,1.53 1.16,1.23 -0.58,0.83 0.71,0.34 1.5,-1.21 0.87,0.74 0,1.35 -2.62,1.02 3.07,2.39 -0.39,3.58 2,0.81 -1.35,2.19 0.79,1.95 -1.03,-0.15 -1.14,1.58 3.29,2.1 -1.36,4.4 0,0 -1.58,-1.4 -1.65,1.86 -1.21,-0.81 -1.25,0.41 -0.01,-1.12 -1.3,0.4 -0.55,1.32 -1.43,-0.22 -1.82,1.18 -1.2,-1.7 -1.92,0.87 -1.03,2.23 -2.56,1.01 0.03,0.87 -0.86,-0.29 -1.71,2.31 -2.33,-0.5 -1,0.77 0.93,1.23 -2.69,-1.59 -4.76,-1.02 -0.99,0.11 -0.72,2.11 -1.15,-0.79 0.55,-0.83 -1.04,0.17 -0.94,-1.6 -1.47,0.09 0,0 0,0 0,0 -5.34,2.48 -3.05,0.18 0.11,-0.83 -2.06,-0.41 -0.49,0.61 0.92,0.95 -1.3,1.37 -2.62,0.79 -2.62,2.23 0,0 0.75,-1.23 -2.52,0.98 -2.84,-2.07 -0.87,1.04 -4.58,-0.33 -0.81,-2.34 -2.36,-0.76 2.55,-3.18 1.1,0.45 2.14,-2.26 -0.12,-1.31 -2.26,0.28 0.81,-2.23 2.42,0.51 2.22,-0.98 1.72,-2.92 1.8,-1.15 -1.28,-1.09 0.88,-1.32 -0.38,-3.09 -1.83,0.9 1.49,-1.72 -2.98,-2.07 1.38,-0.12 0.47,-1.71 1.13,-0.63 -1.6,-1.94 -1.99,2.59 -4.33,-2.73 -2.4,-2.31 0.66,-0.61 -0.81,-1.9 1.06,-0.99 -0.11,-1.14 0,0 -0.07,-1.01 1.81,-1.89 5.14,-0.44 5.37,2.53 17.75,1.52 7.17,3.22 9.15,-2.7 5.33,-4.86 6.56,-2 0,0 z'),
('15', 'Cantal', false, 300.83, 349.77, 355.17, 400.25, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 319.40408,349.78159 1.46,-0.01 -0.29,1.31 1.19,-0.52 0.92,0.95 1.26,-1.22 0.26,1.52 2.66,0.38 -0.33,1.8 1.42,1.5 1.14,-0.68 1.76,0.52 1.18,-0.94 2.27,1.44 0.69,-0.44 1.6,0.9 1.08,3.52 2.13,1.08 2.15,-0.72 0.35,-1.69 2.15,-1.22 0,0 0.02,1.44 -0.92,0.17 0.98,0.86 -1.32,1.22 3.22,-0.35 0.18,1.56 2.43,-0.49 0.57,3.43 1.52,0.58 -0.5,1.47 0,0 0,0.58 0,0 1.16,3.11 2.97,0.99 -3.22,0.02 1.21,1.15 -0.54,3.01 0.58,0.8 1,-0.38 -0.41,0.92 1.79,0.31 -1.08,1.09 0.7,0.85 0,0 -3.14,2.58 -0.78,-0.91 -1.04,0.4 0.32,1.12 -1.08,0.42 0.52,1.26 -1.83,1.47 -2.06,-2.34 -1.61,0.96 -0.19,3.06 -1.1,-0.23 -1.06,2.11 -0.84,4.26 0.52,0.74 -0.91,0.12 -1.47,4.03 0,0 -1.87,-2.07 -0.07,-3.74 -0.97,-1 1.06,-0.74 -0.69,-1.14 -1.34,0.25 -1.19,-4.96 -2.27,-0.01 -1.33,1.09 0.06,-3.28 -1.55,-1.71 -5.49,5.58 -0.18,3.14 -2.1,2.25 0.43,1.94 -2.52,1.81 -0.65,2.23 -5.46,0.59 -1.07,-1.74 -1.31,0.12 -3.31,1.11 0.39,1.5 -0.71,0.38 0,0 -1.49,-1.16 -0.54,-3.42 -1.21,-0.06 1.74,-5.35 -3.34,-4.95 -0.26,-1.76 0.75,-0.98 -1.08,-0.81 -0.64,-2.42 0,0 1.4,-0.57 0,0 0.83,0.04 0,0 1.15,-0.96 -1.84,-3.43 1.84,-1.55 1.25,0.25 0.27,-3.22 2.23,-1.84 -1.35,-0.76 -0.28,-2.37 1.94,-1.59 1.18,-2.51 0.83,0.17 1.12,-1.96 1.81,-0.89 -0.22,-4.61 5.24,2.65 1.8,-0.7 -0.08,-1.18 -1.43,-1.02 z'),
('16', 'Charente', false, 196.11, 310.56, 254.31, 366.68, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 223.25408,313.20159 2.65,0.88 0.83,1.22 4.7,-0.49 1.52,1.2 2.25,-1.03 -0.07,-1.22 -1.25,-0.03 -0.23,-0.9 2.01,-2.09 1.97,2.97 2.34,0.88 0.95,-1.22 2.85,-0.2 -0.5,-0.93 1.57,-1.68 3.02,0.58 1.04,-0.57 0.57,0.67 0,0 -0.62,0.44 1.04,1.43 -0.85,2.73 1.82,1.91 1.08,-0.83 1.76,1.41 0.61,3.11 -3.37,2.38 -1.99,-0.89 0.6,2.93 -1.82,5.42 -2.94,-0.75 0.13,2.49 -2.54,1.3 -0.97,1.79 0,0 -2.69,4.53 -1.12,0.2 -0.35,-0.9 -0.79,0.73 -0.27,4.8 -2.3,1.64 -0.72,2.23 -2.12,0.01 -2.08,2.58 -1.17,-1.02 0.61,1.33 -1.7,0.57 -1.19,3.41 0.79,4.25 -1.85,0.41 -0.7,1.56 -1.22,0.17 -0.03,1.3 -1.65,1.92 -1.51,-1.25 -1.82,0.02 -2.09,2.08 0,0 -0.05,-2.15 -1.81,-1.13 -3.13,-0.06 0.21,-2.46 -1.42,0.16 -0.58,-1.08 -1.54,0.04 -1.01,-1 -1.55,1.41 -1.12,-0.63 0.28,-2.33 1.15,0.39 0.21,-1.13 -1.46,0.29 -1.27,-1.7 3.15,-1.52 -1.34,-2.63 -0.81,-0.05 1.86,-2.72 -1.11,-0.34 0.64,-0.78 -2.87,-0.8 1.09,-1.72 -0.56,-0.77 -3.24,-2.93 -1.81,0.11 0.95,-1.8 1.07,0.02 -1.66,-1.81 0.11,-2.32 0.79,-0.64 -2.5,-0.5 0.5,-1.32 1.72,-0.13 0.25,-1.09 3.93,0 0.81,-1.21 2.14,0.24 0.63,1.62 2.44,-0.99 0.28,0.76 0.43,-3.44 1.36,-2.01 -1.38,-1.32 0.55,-1.04 -0.75,-0.9 2.18,-0.12 0.45,-1.32 -0.67,-1.13 0,0 2.69,-1.37 -0.81,-0.41 1.52,-1.79 -0.65,-1.46 2.29,0.11 1.82,-1.19 0.14,-1.13 1.27,0.1 0.08,-0.96 1.57,0.05 1.37,1.4 z'),
('17', 'Charente-Maritime', false, 150.42, 296.71, 215.45, 372.67, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 156.83408,316.03159 1.54,0.54 2.28,2.68 3.22,0.61 0.07,3.28 2.01,2.5 -0.83,2.26 0.53,1.18 -1.49,1.74 -1.58,-4.83 -4.89,-4.34 -0.86,-5.62 z m -4.29,-12.52 1.52,1.4 -1.65,-0.02 0.51,1.81 1.79,-1.42 1.87,-0.13 -1.1,1.29 3.5,0.17 2.62,1.1 0.79,1.68 0.91,-0.19 -2.4,1.19 -6.33,-3.54 -2.98,0.01 -1.17,-2.49 2.12,-0.86 z m 16.37,-3.54 1.7,-0.04 0.88,-1.95 3.28,-0.1 1.86,-1.17 -1.31,2.94 1.17,0.68 1.91,-0.96 1.55,0.55 0.39,-1.36 1.62,-0.14 -0.08,1.02 2.24,1.26 0,0 0.58,2.17 -0.72,1.35 2.64,1.66 -0.1,2.24 0.95,-0.27 0.68,1.09 1.97,0.53 -1.26,0.44 0.67,0.83 2.77,-0.54 1.65,0.91 0.3,1.5 2.68,0.58 0.85,-1.05 -0.05,1.25 0.85,0.55 1.23,-0.59 0.34,1.1 3.05,-0.71 1.32,2.1 1.91,0.49 0.83,-0.6 0.2,1.63 1.19,-0.66 -0.19,1.6 1.03,0.64 0.07,1.24 1.42,0.54 0,0 0.68,1.13 -0.45,1.31 -2.18,0.13 0.75,0.9 -0.55,1.03 1.38,1.32 -1.35,2.01 -0.44,3.44 -0.28,-0.76 -2.44,0.98 -0.63,-1.62 -2.14,-0.23 -0.81,1.21 -3.94,-0.01 -0.25,1.09 -1.71,0.13 -0.5,1.32 2.5,0.5 -0.78,0.64 -0.11,2.32 1.66,1.81 -1.07,-0.02 -0.95,1.8 1.81,-0.11 3.24,2.93 0.56,0.76 -1.08,1.73 2.87,0.8 -0.64,0.78 1.1,0.34 -1.86,2.72 0.81,0.05 1.33,2.62 -3.15,1.53 1.27,1.7 1.46,-0.29 -0.21,1.13 -1.15,-0.39 -0.28,2.32 1.12,0.64 1.56,-1.42 1,1.01 1.54,-0.04 0.58,1.08 1.42,-0.16 -0.21,2.46 3.13,0.06 1.81,1.13 0.05,2.16 0,0 -0.89,1.28 0,0 0.66,0.62 0,0 -1.47,1.13 -0.12,2.24 0,0 -2.31,-1.15 -2.01,1.86 -1.96,-0.28 -2.82,-1.2 -0.89,-1.63 -1.15,-0.36 -0.26,0.64 -1.52,-1.84 -1.37,1.53 -1.56,-3.79 0.61,-1.87 -0.82,-0.48 0.14,-1.69 -2.08,-1 -3.84,-0.15 -0.93,-2.95 -0.34,1.52 -4.97,-0.42 0,0 -1.41,-5.12 -2.92,-4.56 -3.94,-3.37 -1.94,-0.45 -2.58,-3.88 -0.71,0.33 -3.08,-1.75 -3.76,-2.95 -1.26,0.25 -0.06,-5.54 4.3,-1 -1.69,-3.2 2.22,0.04 0.79,-0.84 1.14,-3.32 -1.08,-1.12 0.99,-0.85 -1.26,-2.11 2.27,-0.46 -2.03,-5.5 -1.73,-0.69 0.59,-1.22 -1.87,-0.65 0.63,-1.06 -2.96,0.09 1.2,-3.45 3.9,-3.25 -0.39,-3.1 z'),
('18', 'Cher', false, 288.97, 220.35, 343.09, 293.77, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 308.19408,220.89159 2.11,-0.54 3.42,2.67 2.73,-1.48 2.22,2.54 2.98,-0.23 2.23,1.9 -0.08,1.04 1.73,0.86 0.48,1.57 2.34,-0.62 0.3,-2.7 3.13,2.66 2.8,-1.58 0,0 2.34,5.07 -2.62,6.09 0.49,1.33 4.24,3.35 -0.14,2.03 2.17,6.53 -0.53,3.46 2.49,2.46 -0.58,2.97 0.65,1.16 -1.25,2.92 0.82,3.38 -1.57,3.44 0,0 -2.81,-0.57 -1.78,0.69 -2.95,2.86 -0.14,1.2 -1.98,-0.55 -1.56,1.08 -1.14,-1.84 -0.74,0.13 -0.59,1.61 -3.21,1.71 0.15,1.91 -0.95,-0.77 -1.45,0.75 1.07,1.19 -1.22,1.84 1.55,0.86 0.45,2.48 -3.24,2.06 -2.06,-0.81 -5.24,0.96 -1.56,2.77 -1.03,0.01 -0.74,3.03 0,0 -4.66,-0.28 0,0 -0.66,-2.03 2.18,-1.54 -1.93,-4.35 1.28,-5.24 -2.09,-1.32 0.65,-1.65 -2.8,-1.23 -0.81,-2.31 1.16,-0.22 0.9,-1.54 -3.07,-3.6 1.37,0.32 0.84,-1.24 -0.52,-0.81 1.81,-0.74 1.15,-1.87 -1.85,-0.1 -1.62,-1.23 1.5,-3.83 -3.29,-3.11 1.09,-1.48 -0.24,-2.14 -1.86,0.79 -0.38,-1.96 -2.96,1.49 -1.95,-0.01 -4.19,-1.66 2.81,-2.99 -0.1,-2.52 0,0 1.39,0.88 1.13,-0.47 0.9,-1.63 -1.17,-0.92 1.94,-2.05 3.44,1.68 2.12,-1.36 2.2,0.31 1.22,-1.2 -1.6,-2.06 -0.24,-2.26 -0.71,0.18 0.76,-3.37 0.96,0.85 2.1,-1.89 0.68,1.98 1.05,-0.11 0.71,-5.16 -2.09,0.29 0.75,-2.17 -0.69,-1.4 -2.91,-0.34 -0.36,-1.95 z'),
('19', 'Corrèze', false, 266.22, 332.81, 320.29, 382.45, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 294.04408,336.79159 1.13,-0.92 0.82,0.57 0.5,-1.24 1.41,0.26 0.46,-1.69 2.02,-0.96 1.43,2.13 1.96,-0.31 1.01,0.71 0.28,-0.86 1.78,1.25 -0.51,1 0.76,-0.78 0.52,0.99 1.85,0.23 0,0.81 0,0 -0.07,0.81 0,0 2.22,-0.27 1.12,-2.39 3.66,0.56 2.31,-2.28 0,0 1.33,1.67 -0.45,2.58 0.71,0.47 -0.41,1.06 -1.41,0 -1.03,2.65 1.16,2.08 1.18,0.39 -0.38,4.47 0,0 -0.88,3.51 1.43,1.02 0.08,1.18 -1.8,0.7 -5.24,-2.65 0.22,4.61 -1.81,0.89 -1.12,1.96 -0.83,-0.17 -1.18,2.51 -1.94,1.59 0.28,2.37 1.35,0.76 -2.23,1.84 -0.27,3.22 -1.25,-0.25 -1.84,1.55 1.84,3.43 -1.15,0.96 0,0 -0.83,-0.04 0,0 -1.4,0.57 0,0 -3.13,0.1 -1.57,1.28 -0.31,-1.21 -1.34,-0.27 -4.4,3.21 -2.14,-0.85 -0.02,-1.14 -1.8,-0.73 -2.5,-3.47 -2.95,-0.75 -1.23,0.68 -0.32,-1.02 -3.74,1.58 0,0 -2.91,-5.01 1.41,-1.16 -2.57,-0.94 -1.69,0.48 -2.32,-1.82 0,0 0.61,0 0,0 0.88,-1.46 -2.55,-0.92 2.1,-2.17 -0.11,-0.9 -2.01,-0.93 0.37,-2.87 1.2,-0.1 2.49,-3.42 -2.75,-0.99 -0.03,-1.28 0.83,0.41 0.63,-1.21 -1.67,-0.63 0,0 1.35,-2.74 2.66,1.36 2.39,-3.5 1.44,0.24 0.43,-1.86 1.05,-0.66 0.62,0.93 3.74,-0.39 0.53,-1.28 1.76,-0.19 2.99,-3.52 2.81,-1.06 0.35,-1.35 1.92,1.09 1.72,-0.13 0.32,-0.99 1.17,0.1 z'),
('21', 'Côte-d''Or', false, 384.03, 195.58, 444.36, 264.82, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 386.21408,251.19159 -0.07,-1.31 3.01,-0.29 0,0 -0.45,2.27 -2.49,-0.67 z m 7.27,-49.07 0.9,-2.25 9.98,-0.41 -0.78,-2.39 2.03,-1.49 3.54,1.03 1.44,-0.43 0,0 1.36,1 2.31,-0.07 0.67,1.07 -1.02,1.62 2.53,0.11 0.82,1.25 -1.4,1.95 1.2,0.77 0.37,-1.32 1.4,-0.2 0.98,3.06 1.11,0.3 0.27,1.7 1.39,1.21 -0.19,0.99 -3.05,2.25 1.79,0.31 0.41,4.68 2.5,-1.5 0.03,1.12 1.32,-0.18 -0.3,1.66 1.08,-0.19 1.57,1.53 2.53,-2.08 -0.2,1.73 2.69,2.2 0.86,-0.36 -0.87,1.58 0.56,1.2 2.27,-2.01 1.3,-0.03 0.71,1.16 0.71,-0.87 0,0 0.93,0.64 1.37,-2.26 2.11,1.54 0.37,4.85 -2.08,2.24 -1.59,-0.5 -0.48,1.08 0.85,0.24 -1.71,0.78 0.51,0.83 1.13,-0.64 1.34,0.67 -0.27,3.54 2.77,0.2 -0.23,3.38 -1.03,1.06 2.07,0.79 0,0 -0.6,1.26 -0.68,-0.32 -0.34,4.32 -1.45,1.13 0.59,0.92 -0.84,2.5 -1.27,0.95 -0.96,2.73 -2.38,0.4 -1.83,1.62 -0.35,1.36 1.78,0.84 -2.58,2 0,0 -2.15,-0.31 -0.38,0.92 -3.09,0.43 -0.96,1.11 0.21,-0.79 -2.21,-1.46 -1.91,0.56 -0.22,0.83 -4.29,-0.5 -0.05,0.95 -4.3,1.14 -0.37,0.87 -2.43,-0.22 -1.44,1.32 -0.94,-0.93 0.59,-0.92 -2.71,-0.66 -1.97,-3.14 -0.8,0.05 0.29,-1.72 -1.92,0.46 -0.82,-1.26 -2.54,-0.25 -1.08,-0.92 0.62,-1.5 -0.57,-0.3 -1.99,1.17 -0.34,-2.31 -3.01,-0.4 -1.2,-2.4 -1.34,0.18 -0.1,-0.69 0,0 0.75,-3.25 -2.05,-2.79 -1.86,0.98 -0.8,-3.29 0.8,-0.86 -0.81,-0.13 1.2,-2.83 -1.52,0.93 0,0 0.01,-2.27 -1.09,0.06 0.41,-1.06 -1.04,-0.87 0.83,-0.81 -0.26,-1.17 0.81,0.59 1,-1.1 -0.33,-4.09 2.47,-2.26 0,0 0.48,-1.82 0,0 2.65,-4.81 -0.92,-1.15 2.34,-0.21 -1.88,-2.58 0.87,-1.1 1.34,0.53 1.72,-1.44 -0.12,-5.55 -2.48,0.5 -0.28,-2.13 -0.74,-0.02 2.72,-1.92 -0.77,-1.24 z'),
('22', 'Côtes-d''Armor', false, 63.36, 143.34, 135.99, 195.48, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 91.074077,143.57159 -0.83,1.71 -0.08,-1.33 0.91,-0.38 z m -9.69,-0.23 0.35,2.02 5.31,-1.91 -0.46,2.25 1.21,-0.18 -0.63,0.84 3.06,-0.19 0.32,1.47 -1.74,0.92 2.78,1.44 1.16,-0.61 0.76,0.88 -0.51,2.32 5.32,4.52 -0.2,3.35 4.490003,2.47 -0.08,2.28 1.26,1.32 0.14,-2.14 2.11,0.39 3.21,-4.6 3.36,-1.43 -0.62,-1.41 2.13,-0.48 0.79,1.27 4.14,-3.52 1.32,1.58 -2.09,2.71 0.96,0.63 2.93,-2.15 -0.51,0.53 1.87,3.06 -0.31,1.34 0.9,-2.83 0.7,2.17 1.19,-2.62 1.04,1.14 0,0 1.32,1.86 1.96,0.34 0.07,1.41 1.54,-1.56 0,0 1.46,1.45 -0.46,2.79 1.35,-2.44 0,0 0.88,-0.74 0.54,0.88 0.29,3.37 -1.74,2.43 0.98,5.94 -1.66,0.29 0.44,3.16 -0.7,-0.6 -2.02,1.28 -1.28,-1.03 -2.38,1.44 0.68,0.54 -0.48,0.89 -1.88,-0.61 -1.32,0.73 0.04,2.42 -1.89,-0.04 -0.29,4.16 -1.46,-0.43 -0.67,1.02 0,0 -2.57,0.53 -0.35,0.92 -2.77,-3.88 -4.61,1.01 0.88,1.5 -1.41,3.54 -4.49,2.74 -0.69,-1.92 0.96,-2.16 -0.43,-2.03 -1.8,1.11 -2.11,-0.23 -0.8,1.83 -1.270003,-3.59 -1.93,0.19 -1.67,-1.43 -2.13,-0.4 -2.38,0.68 -0.64,-2.33 -0.92,-0.37 -3.23,-0.19 -1.1,2.69 -2.15,-0.04 -0.91,1.4 -1.14,-0.56 -1.28,0.7 -0.73,-0.89 -1.47,0.24 -0.45,-1.28 -3.38,1.55 -0.87,-0.86 0.79,-0.84 -1.08,-0.91 -1.02,0.7 -3.96,-0.62 0,0 1.91,-0.26 -1.59,-2.1 1.61,-3.56 -1.43,-0.96 1.45,-1.25 -1.39,0.09 -0.15,-3.91 -2.07,-0.64 0.14,-1.98 2.12,-1.64 -2.31,-1.95 0.08,-1.13 2.73,-2.6 -1.37,-1.29 -0.98,0.22 0.27,-1.7 -2.17,-0.81 -0.74,-3.97 0,0 1.47,-1.72 0.88,1.08 1.42,-0.87 -0.65,-2.62 1.45,-1.35 -1.48,-0.71 0,-2.07 0.73,-0.33 -0.83,0.04 0.32,-0.75 1.03,0.92 0.81,-0.65 -0.25,-1.31 1.53,-1.04 -0.07,0.91 0.97,-0.79 0.98,1.37 1.29,-0.33 -0.53,1.43 1.77,-0.13 0.37,-0.97 2.87,-1.42 2.36,0.25 1.58,-2.08 z'),
('23', 'Creuse', false, 272.28, 291.56, 323.58, 338.79, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 274.01408,298.19159 4.59,-4.84 0.79,2.05 2.68,-1.73 0.79,2 2.37,-1.82 1.8,1.69 1.29,-2.11 -0.52,-1.49 1.47,-0.38 2.33,1.85 1.9,-0.96 1.95,0.63 1.95,-0.71 4.55,1.99 3.31,-0.87 0,0 4.66,0.28 0,0 0.29,2.3 1.97,0.72 -1.35,1.57 2.6,1.97 0.95,-1.27 1.4,2.9 0.42,-0.78 2.11,0.96 3.53,8.19 0,0 -0.71,3.4 0.89,2.32 1.25,0.73 -0.36,2.61 0.67,1.43 -1.86,0.62 -0.83,1.46 0.51,1.1 -2.35,1.61 -0.31,1.35 -1.98,-0.15 0.07,1.28 -2.42,1.05 2.29,4.04 2,1.23 0,0 -2.31,2.28 -3.66,-0.56 -1.12,2.39 -2.22,0.27 0,0 0.07,-0.81 0,0 0,-0.81 -1.85,-0.23 -0.52,-0.99 -0.76,0.78 0.51,-1 -1.78,-1.25 -0.28,0.86 -1.01,-0.71 -1.96,0.31 -1.43,-2.13 -2.02,0.96 -0.46,1.69 -1.41,-0.26 -0.5,1.24 -0.82,-0.57 -1.13,0.92 0,0 -1.06,-1.67 0.09,-1.72 1.09,-0.76 -0.77,-1.63 -1.94,-1.74 -0.36,0.93 -2.24,-1.36 -0.06,-2.04 -1.75,1.48 -2.84,0.42 -2.35,-1.33 -0.51,-1.43 0.97,-0.55 0.2,0.61 0.05,-1.12 0.93,0.45 -0.83,-1.49 0.66,-0.55 -2.18,-0.35 -0.92,1.01 -2.28,-1.05 2.75,-2.75 -1.83,-1.84 0.74,-1.48 -0.42,-2.69 -2.3,-1.53 0.94,-1.04 -0.45,-1.17 -0.52,0.41 -1.24,-1 0.24,-1.6 -1.96,0.11 -1.61,-2.29 1.86,-1.61 -0.56,-1.31 1.35,-0.46 -0.99,-0.57 1.21,-1.33 0.06,-1.91 z'),
('24', 'Dordogne', false, 213.62, 336.11, 275.38, 402.84, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 241.41408,336.11159 0.96,1.29 2.81,-0.43 2.24,1.67 -0.97,2.94 0.99,1.59 1.25,-0.27 0.28,1.21 1.36,-0.49 0.99,-2.34 1.18,1.28 2.01,-0.86 3.01,0.29 2.8,4.71 1.26,-0.99 2.1,1.3 -1.89,2.95 1.73,-0.14 0.62,1.25 1.32,-0.37 1.12,0.51 -0.07,0.83 0.78,-0.21 0,0 1.67,0.63 -0.63,1.21 -0.83,-0.41 0.03,1.28 2.75,0.99 -2.49,3.42 -1.2,0.1 -0.37,2.87 2.01,0.93 0.11,0.9 -2.1,2.17 2.55,0.92 -0.88,1.46 0,0 -0.61,0 0,0 2.32,1.82 1.69,-0.48 2.57,0.94 -1.41,1.16 2.91,5.01 0,0 -1.58,0.81 0,0 0.18,0.78 0,0 1.17,4.49 -1.2,0.35 1.1,1.98 -3.19,1.96 0.18,1.9 -2.81,0.88 -0.04,1.17 1.04,0.65 -0.28,1.43 -0.69,-0.2 -0.5,1.59 -0.71,-0.36 -1.92,2.25 -3.13,0.8 0.16,2.03 -2.37,2.41 0.4,1.17 -1.16,-0.03 0,0 -0.18,-1.32 -2.45,-1.09 -1.36,-1.71 -4.3,1.66 -0.28,1.08 -1.52,-0.19 -0.66,-1.56 1.44,-2.43 -2.31,-1.87 -1.39,1.3 -3.26,0.15 -2.41,-1.78 -0.09,0.81 -1.53,-0.42 -1.49,1.95 -1.8,-0.72 -3.73,1.96 -2.59,-0.61 -0.31,-3.74 -2.13,-2.55 0,0 -1.44,-3.67 0.94,0.15 1.09,-1.3 -1.52,-1.25 -1.61,-0.29 0.16,0.9 -2.14,2.18 -1.81,-0.55 -1.52,0.61 -0.48,-0.84 -1.15,0.85 -2.02,-1.79 -2.33,-0.17 2.82,-3.62 -1.33,-1.94 2.95,-7.2 -1.17,-2.65 -2.17,-0.21 -1.33,1.01 0,0 0.12,-2.24 1.47,-1.12 0,0 -0.66,-0.63 0,0 0.89,-1.28 0,0 2.09,-2.08 1.82,-0.02 1.51,1.25 1.65,-1.92 0.03,-1.3 1.22,-0.17 0.7,-1.56 1.85,-0.41 -0.79,-4.25 1.19,-3.41 1.7,-0.57 -0.61,-1.33 1.17,1.02 2.08,-2.58 2.12,-0.01 0.72,-2.23 2.3,-1.64 0.27,-4.8 0.79,-0.73 0.35,0.9 1.12,-0.2 z'),
('25', 'Doubs', false, 451.92, 223.32, 508.16, 285.49, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 451.92408,242.60159 1.76,0.18 1.45,-1.78 2.79,-0.54 1.58,-1.31 0.64,0.67 0.24,-1.42 1.16,0.35 -0.16,-1.05 2.12,1.23 3.96,-1.59 0.45,-1.32 1.14,0.75 0.18,-2.18 2.15,0.43 1.04,-0.87 -1,-0.52 1.48,-1.17 1.45,1.11 -0.31,-1.06 0.95,0.35 0.34,-1.35 1.06,-0.04 0.52,-2.68 0.81,0.36 0.54,-1.3 2.29,0.06 0.89,-1.05 2.15,0.66 0.33,1.54 1.18,-1.49 2.35,1.27 1.12,-1.21 -0.66,-1.3 0.55,-0.83 1.23,0.87 1.58,-0.35 0.89,-1.29 -0.42,-1.41 4.48,2.62 1.6,-1.51 0,0 0.43,0.92 3.5,-0.14 0.32,1.49 1.46,0.74 0.18,1.71 -1.3,-0.81 -0.43,1.57 1.39,2.47 0,0 -0.11,1.66 -2.2,1.94 -0.23,1.3 5.7,-1.23 1.35,0.65 0.28,1.74 -1.88,0.56 -0.57,1.83 -2.22,0.46 0.51,2.72 -4.73,4.32 0.73,0.43 -0.83,0.96 -5.65,4.07 -0.46,0.9 1.14,0.99 -4.07,3.52 -5.17,1.13 -2.7,2.8 1.34,2.37 -1.38,4.64 0.89,2.25 -13.53,11.19 -0.66,0.77 1.15,1.14 0,0 -3.7,-3 2.34,-2.67 -1.46,-2.26 5.65,-4.53 -2.29,-3.48 -3.59,-2.33 -1.35,0.64 -0.23,-0.85 0,0 0.13,-0.68 0,0 -0.97,0.12 0.11,-1.36 -1.09,-0.74 0.54,-1.7 -1.61,-0.79 0.79,-1.63 -2.65,-0.73 0.43,-1.73 -1.09,1.27 -2.04,-0.42 -1.37,-0.92 -0.2,-1.77 -0.8,1.54 -1.19,0.58 -0.75,-0.59 0.4,-1.11 -0.72,-0.95 1.16,0.66 0.87,-0.68 -0.63,-2.38 2.41,-2.8 -1.73,-2.9 -1.98,-0.82 z'),
('26', 'Drôme', false, 408.36, 357.75, 457.32, 429.23, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 414.61408,360.50159 2.41,-0.75 0.86,0.75 4.5,-2.75 0.87,0.11 0.54,1.41 1.29,-0.06 0.9,2.18 2.57,-0.9 -0.71,2.92 1.6,-0.43 1.77,2.18 -1.47,0.97 0.97,1.88 -0.15,2.86 -2.08,2.73 1.22,0.43 0.7,-1.09 1.2,0.07 2.41,1.7 2.99,-0.41 1.84,1.59 0.07,-1.39 1.14,0.74 1.98,-2.37 0.88,0.13 0.47,0.71 -0.8,0.07 -0.42,1.49 1.18,2.82 -1.21,9.96 0.81,0.22 -1.08,1.34 4.01,1.87 -0.25,-1.6 3.23,2.45 0.86,1.66 2.38,-0.28 2.19,1.94 1.73,-0.6 0,0 1.31,0.93 -1.7,2.15 -1.67,-0.5 -0.84,1.34 -3.63,-0.64 0.26,2.21 -2.11,3.94 2.76,2.46 -1.45,0.09 -1.1,2.02 -5.98,-1.97 0.27,2.98 1.36,0.72 -0.83,0.92 -1.6,-0.81 -0.82,0.5 1.03,1.93 -0.42,1.18 1.2,0.21 1.21,1.67 1.25,-0.72 1.1,1.19 3.38,-0.19 -0.88,1.58 1.19,0.32 0.44,1.95 1.64,0 -0.44,4.38 0,0 -1,0.1 -0.36,1.19 1.64,0.3 -0.17,0.99 -1.96,-0.24 0.35,-1 -1.25,-1.3 -1.31,0.13 -0.56,1.01 0.59,1.07 -3.33,2.09 0,0 -1.94,-0.27 -0.68,-1.8 -2.18,-0.2 0.08,-2.6 -1.23,-0.81 -0.83,0.66 -3.57,-1.65 -0.81,1.16 -3.09,-1.09 -0.33,-2.79 0.84,-2.1 -2.46,2.16 -1.33,-0.37 -0.69,-1.37 -5.72,2.76 -1.76,-0.06 -2.53,1.93 -1.26,-4.96 -5.73,-0.97 0,0 0.65,-5.64 1.44,-1.98 -0.29,-5.72 1.98,-1.66 1.64,-4.17 -0.8,-6.56 3.42,-4.13 0.43,-3.23 1.33,-2.24 -2.11,-4.11 1.04,-2.93 -1.27,-0.83 -1.1,-3.05 1.17,-1.92 -0.95,-0.64 -0.33,-7.55 z m 5.06,51.84 0,0 -0.09,-0.06 0,0 -0.48,0.7 0,0 -1.51,2.73 0.87,0.64 -0.22,1.98 4.05,0.68 1.51,-3.92 1.98,-0.93 0,0 0.01,-0.35 0,0 -2.32,-0.57 0.12,-1.33 -0.67,0.2 0,0 -0.58,-0.63 0,0 -0.43,-0.05 0,0 -0.77,0.2 0,0 -0.68,0.39 -0.79,0.32 z'),
('27', 'Eure', false, 227.55, 104.26, 290.15, 155.81, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 227.60408,107.59159 3.59,-0.74 4.82,-2.59 3.57,3.42 2.32,-0.81 -0.56,1.44 0.98,0 0.41,1.23 4.31,-1.07 0.81,0.57 0.68,-1.12 0.79,1.97 2.36,-0.01 0.06,1.56 1.61,-0.82 0.07,2.95 -2.46,-0.53 -0.64,1.45 2.25,0.51 0.15,1.16 1.55,-1.56 0.99,1.73 -0.33,1.53 0.7,-0.61 1.42,1.89 2.34,-0.48 -0.61,-2.54 3.63,-0.7 0.98,-2.04 1.85,0.36 -0.17,-1.2 3.08,0.56 1.51,-5.27 1.12,0.05 0.32,-1.28 1.75,-0.93 -0.1,0.91 3.86,-0.18 2.5,1.38 1.56,-0.59 1.22,1.75 2.1,0.8 1.02,-0.47 0.58,0.76 0.83,-0.81 0,0 1.07,0.11 -0.76,0.78 1.64,1.74 0.47,4.74 1.05,0.11 0.26,0.98 -0.62,1.81 -1.29,-1.67 -2.02,0.49 -0.24,2.09 0,0 -1.23,1.29 -0.69,5.04 -2.03,3.42 0,0 -3.56,0.59 -0.53,-1.11 -0.88,2.2 -1.07,-0.84 -0.6,0.66 1.26,2.49 -0.34,2.41 2.02,-0.17 -1.1,0.72 0.36,1.69 0,0 0,0 0,0 -2.21,1.05 0.97,1.68 -0.46,1.57 -4.08,2.36 0.43,3.35 -1.79,1.34 -2.99,0.15 -0.56,-0.8 -0.88,0.76 -4.19,-1.97 -0.28,2.71 -2.14,-0.76 -2.02,2.06 0,0 -1.18,0 0,0 -2.66,1.03 -1.9,-0.4 -0.53,1.74 -2,1.11 0,0 -1.86,0.04 -0.07,-1.62 -1.73,-0.73 1.91,-1.93 -0.66,-1.87 -6.12,-4.07 1.12,-1.41 -1.09,-0.02 0.22,-1.44 -1.08,0.36 -0.37,-1.32 -1.24,1.17 -5.33,-0.77 -1.6,-1.61 1.25,-2.37 0,0 1.36,-4.4 -3.29,-2.1 1.14,-1.58 1.03,0.15 -0.79,-1.95 1.35,-2.19 -2,-0.81 0.39,-3.58 -3.07,-2.39 2.62,-1.02 0,-1.35 -0.87,-0.74 -1.5,1.21 -0.71,-0.34 0.58,-0.83 -1.16,-1.23 1.22,-1.53 -0.99,-1.99 z'),
('28', 'Eure-et-Loir', false, 246.61, 138.79, 298.02, 200.32, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 277.59408,138.79159 2.57,3.15 -0.72,1.27 1.61,0.65 -0.32,0.96 0.89,0.33 -0.79,0.54 0.09,4.39 1.88,0.9 -2.07,2.76 1.46,0.88 -0.33,1.68 1.58,0.76 0.98,2.24 2.03,-0.02 -0.25,2.34 2,0.17 1.24,1.3 -0.47,2.52 1.07,2.91 1.42,-0.03 0.32,1.28 1.09,0.39 1.55,0.02 0.62,-1.12 0,0 0.84,1.04 -0.6,2.2 2.06,0.28 0.09,5.2 -0.91,0.47 1.5,1.46 0,0 -1.33,2.53 0.72,2.63 -0.33,0.75 -0.26,-0.66 -0.66,0.44 0.95,1.34 -2.02,-0.03 -0.82,0.86 0.65,0.85 -1.51,3 -2.24,1.16 -1.11,-0.68 -0.19,0.82 -2.19,0.83 -2.33,-0.87 -0.76,0.91 -0.45,-0.85 -1.44,0.41 -0.17,1.72 -0.87,-0.09 -0.2,0.82 -2.03,-0.83 0.11,0.88 -1.51,0.17 0.38,2.78 0,0 -2.95,-1.53 -0.54,1.89 -2.07,-0.32 -0.71,1.68 -4.34,-0.45 -0.78,-1.07 -2.08,0.68 -1.29,-3.73 -1.73,-0.42 -0.45,-2.9 -1.58,0.44 -0.44,-0.77 -2.96,-0.23 2.24,-1.71 -0.26,-0.87 -1.6,0.13 -2.18,1.97 -0.31,-0.89 -4.21,0.57 0,0 0.41,-1.83 2.69,-0.34 -4.9,-3.44 0,0 1.35,-1.2 -1.75,-2.94 0.75,-1.75 -2.11,-0.66 0.61,-1.42 0.73,-1.17 5.25,-1.97 2.57,-4.22 -1.49,-0.99 -0.17,-1.27 0.81,-0.36 -0.55,-1.11 1.01,-1.47 -1.75,-0.83 0.63,-0.79 -0.56,-0.67 -3.09,-1.39 -0.18,-1.7 -1.17,-0.15 0.54,-1.36 -0.68,-2.27 0,0 2,-1.11 0.53,-1.74 1.9,0.4 2.66,-1.03 0,0 1.18,0 0,0 2.02,-2.06 2.14,0.76 0.28,-2.71 4.19,1.97 0.88,-0.76 0.56,0.8 2.99,-0.15 1.79,-1.34 -0.43,-3.35 4.08,-2.36 0.46,-1.57 -0.97,-1.68 z'),
('29', 'Finistère', false, 0.15, 150.5, 74.65, 212.13, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 2.9140771,168.75159 1.57,1.49 -2.76,1.41 -0.72,-0.11 0.88,-1.1 -1.73000003,0.47 2.76000003,-2.16 z m 46.9999999,-16.42 0.76,0.16 -0.2,2.77 1.12,0.83 0.79,-0.41 -0.1,-1.72 0.59,1.8 2.32,-0.25 0.37,0.85 -0.37,-1.82 0.98,-1.57 0.45,0.86 -0.1,-1.16 1.56,1.18 2.62,-0.33 0.97,1.05 2.28,-0.43 -0.61,2.33 0,0 0.74,3.97 2.17,0.81 -0.27,1.7 0.98,-0.22 1.37,1.29 -2.73,2.6 -0.08,1.13 2.31,1.95 -2.12,1.64 -0.12,1.99 2.06,0.63 0.15,3.91 1.39,-0.09 -1.45,1.25 1.43,0.96 -1.61,3.56 1.59,2.1 -1.91,0.26 0,0 -6.21,2.77 -0.83,1.91 0.07,0.96 1.55,0.12 -0.55,1.66 1.45,0.5 1.44,4.62 4.48,-0.25 1.69,0.85 0.96,1.82 2.1,-1.75 1.04,0.99 0.22,1.98 -1.35,1.29 0.85,2.6 -2.06,-0.04 -0.36,1.67 -1.38,0.8 -1.56,-1.35 -0.25,5.07 0,0 -6.17,-0.86 -1.85,-1.73 -1.43,0.9 -3.85,-0.02 -2.68,-4.06 0.48,-0.48 -1.98,-1.88 -1.4,0.7 0.6,1.78 -2.74,0.61 -2.7,-1.66 -1.69,0.91 -1.86,3.72 -7.31,0.01 -0.54,-1.5 1.23,-0.5 0.12,-1.42 -3.03,-6.84 -3.94,-2.7 -1.36,-0.34 -0.67,0.73 -2.79,-1.78 -2.69,0.17 -1.64,-0.81 1.25,-0.28 -0.32,-1.3 6.73,-0.72 0.69,-0.87 2.06,0.21 2.89,-1.25 2.24,-0.15 2.38,1.25 0.66,-0.71 0.67,-3.32 -0.94,-0.32 -0.82,-2.77 -7.18,-1.99 -2.13,4.12 -0.78,-0.04 0.27,-2.45 -0.83,-1.53 1.2,-0.91 -3.16,-0.93 -0.37,-0.97 2.43,-0.16 -0.07,-3.02 1.63,-0.64 -1.02,2.37 0.85,1.16 0.7,-0.72 0.66,0.92 3.48,-0.83 0.85,1.21 3.78,-1.44 1.48,0.11 0.44,1 1.62,-2.09 -1.13,0.7 -3.67,-0.78 1.45,-1.07 -1.1,-1.43 -1.59,0.63 -0.28,1.1 -1.77,0.16 0.39,-0.9 -2.1,0.78 2.41,-3.53 -0.98,-0.78 -0.53,0.89 -1.97,-0.05 -5.13,2.74 -3.06,-1.06 -1.1,1.49 -2.71,0.13 -0.63,-2.31 1.1,-0.75 -1.4,-2.18 1.42,-3.36 -0.64,-2.96 1.03,-1.8 1.66,-0.64 0.33,-1.01 3.87,-0.41 0.27,-1.63 1.67,0.29 -0.22,-1.41 1.14,-0.23 -0.02,-0.81 2.69,0.83 1.54,-1.11 1.41,0.18 -1.25,-1 3.79,-1.42 2.04,0.79 -0.66,1.44 0.67,0.5 0.9,-0.98 3.13,-0.2 -0.99,-0.38 1.5,-1.77 3.59,-0.53 1.69,1.2 0.25,-1.86 2.91,-1.19 z m -1.52,-1.83 1.25,0.92 -1.94,-0.14 0.69,-0.78 z'),
('2A', 'Corse-du-Sud', false, 569.79, 527.79, 605.73, 584.07, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 571.15408,527.79159 2.81,0.45 5.4,2.69 2.03,0.48 1.74,-0.78 -0.09,1.73 1.93,2.54 4.8,2.82 0.99,-0.22 1.08,4.32 2.21,1.39 0.25,2.83 1.26,1.64 2.52,-0.15 -0.26,4.77 0.64,0.51 -0.72,0.83 1.6,1.03 -0.83,2.76 3.51,0.96 2.43,-1.89 1.11,0.38 0,0 0.17,8.07 -1.4,1.92 0.68,1.22 -1.7,1.12 0.29,1.11 -1.93,-0.65 -0.89,2.92 1.32,-1.61 2.12,0.59 -1.07,1.95 -2.89,1.58 0.2,3.66 -2.3,1.2 -0.28,1.83 2.05,-0.85 -2.13,3.13 -4.98,-1.37 0.86,-2.59 -1.71,-0.1 -0.29,-1.3 -1.15,0.49 -0.9,-1.2 -4.06,-0.59 -1.83,-1.94 -1.39,0.36 0.1,-1.59 -2.41,-0.52 -0.07,-3.46 0.81,-1.29 0.61,0.67 2.2,-0.96 1.79,-2.26 -4.31,-1.47 -1.27,0.8 -0.28,-2.29 -2.82,1.09 -0.1,-0.98 -1.9,-0.07 2.98,-2 -0.77,-1.43 2.48,-0.52 0.53,-1.05 -0.86,-0.75 1.03,-0.35 0.61,-2.5 -2.28,-2.11 -1.21,1.4 -3.21,-0.12 -1.42,0.92 0.61,-2.12 -1.23,-1.86 3,-0.7 -0.19,-1.94 3.62,-2.07 -1.17,-0.77 -0.8,-2.73 -1.69,0.66 -1.96,-1.91 -1.3,0.37 0.38,-1.16 -1.35,0.18 1.49,-1.26 -1.35,-0.18 1,-0.42 -0.16,-1.49 -0.61,0.04 0.29,-1.3 -1.37,-0.52 6.35,-1.73 -1.38,-1.72 -2.3,-0.36 -0.27,-0.75 1.29,-1.16 -0.86,-0.56 -2.3,0.9 -0.34,-2.31 1.02,0.34 0.15,-0.67 z'),
('2B', 'Haute-Corse', false, 571.19, 492.34, 612.13, 558.4, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 606.45408,492.34159 1.68,1.41 1.22,10.22 -1.96,7.41 3.6,7.06 -0.02,9.96 1.16,4.93 -0.05,4.86 -0.37,5.08 -5.72,8.4 -0.39,5.22 0,0 -1.11,-0.38 -2.43,1.89 -3.51,-0.96 0.83,-2.76 -1.6,-1.03 0.72,-0.83 -0.64,-0.51 0.26,-4.77 -2.52,0.15 -1.26,-1.64 -0.25,-2.83 -2.21,-1.39 -1.08,-4.32 -0.99,0.22 -4.8,-2.82 -1.93,-2.54 0.09,-1.73 -1.74,0.78 -2.03,-0.48 -5.4,-2.69 -2.81,-0.45 0,0 1.48,-0.3 -0.14,-1.67 2.12,-0.04 -0.34,-1.42 1.31,-1.49 -1.2,-0.25 0.65,-2.38 2.23,-0.54 -0.45,-2.89 0.61,-0.17 0.15,1.03 2.46,0.19 0.63,-2.49 2.69,-0.33 0.49,-1.17 1.82,-0.59 3.84,-0.08 1.8,-1.01 -0.07,-1.86 2.82,-2.22 4.03,-0.21 3.19,3.3 1.91,-3.34 -0.1,-3.32 -1.37,-2.15 1.28,-1.84 -0.76,-1.93 1.51,-1.44 -0.76,-3.87 3.43,-0.98 z'),
('30', 'Gard', false, 350.66, 409.37, 416.37, 466.86, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 381.26408,409.37159 1.64,0.8 -0.07,1.53 1.36,0.82 -1.18,0.81 0.73,1.6 -0.9,2 0.65,0.69 3.23,-1.12 0.54,1.35 1.48,-0.28 3.27,3.06 1.3,-1.58 -0.03,-1.32 1.6,-1.34 2.73,-0.47 0.15,3.24 1.76,0.42 0.63,-3.19 2.16,-0.31 0.28,0.87 1.53,0.19 0.4,1.34 3.77,1.83 0,0 0.98,3.18 1.42,0.07 0.59,1.55 -0.68,4.58 0.64,1.52 2.74,0.91 2.39,3.37 -0.12,1.26 -1.19,-0.09 0.07,1.37 -3.05,2.32 0,0 -4.11,3.22 1.07,1.25 -1.01,0.81 0.35,2.8 -1.61,3.22 0.63,2.29 -3.65,-1.24 -2.27,0.57 -2.47,4.19 1.9,0.66 -0.43,1.32 -5.32,3.08 -0.83,-1.11 0.41,1.55 -3.4,1.65 -0.44,2.25 0,0 -3.79,-1.3 -0.71,-2.13 0.71,-0.67 -1.65,-1.3 0,0 0.37,-0.74 -1.14,-1.31 2.92,0.27 1.78,-3.22 -2.09,-5.43 -3.74,-2.02 -1.93,-2.54 -1.76,0.73 0.62,-2.26 -2.25,-0.85 -0.37,-1.76 -2.71,1.17 -1.96,-0.65 0.98,-3.28 -1.38,-0.43 -0.29,-1.32 -2.28,-0.29 -1.99,1.09 -0.53,2.52 -1.98,-0.45 -1.9,2.64 0.9,1.06 -0.88,0.53 -2.1,-0.64 -0.64,-2.41 -3.36,1.93 -0.46,-0.53 0.87,-0.88 -0.73,-1.39 -2.73,-0.13 0,0 -0.05,-2.03 2.01,-1.18 1.78,-3.08 -2.54,-1.97 -1.55,0.47 -1,-1.68 -1.38,0.63 -1.31,-1.44 2.47,-0.87 0.54,-2.89 1.57,-0.72 0,0 3,2.33 4.08,0.91 3.73,-0.42 0.86,-1.42 -1.04,-0.44 0.41,-1.34 1.39,-0.57 5.21,3.41 1.4,-0.58 1.85,0.65 2.17,-2.04 -0.15,-1.22 2.1,1.15 -0.71,-1.78 -0.83,-0.1 0.44,-2.78 1.15,-0.83 -1.71,-1.02 -0.44,-1.71 1.21,-1.54 -2.76,-3.22 1.3,-1.03 1.34,0.3 2.02,-3.45 z'),
('31', 'Haute-Garonne', false, 233.53, 440.37, 300.26, 510.37, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 254.84408,448.12159 4.3,-0.61 1.1,-0.99 1.1,1.12 1.66,-1.51 1.25,1.55 1.49,0.13 -0.1,1.46 2.49,-1 -0.27,-0.77 3.79,-1.07 -0.14,-1.08 -2.5,-0.55 2.65,-0.34 -0.45,-1.03 0.71,-1.15 3.5,1.09 1.15,-2.18 0.61,1.23 1.69,-2.05 0.93,0.2 0,0 0.02,2.92 1.57,1.41 -0.18,1.54 2.3,0.95 0.25,2.88 2.33,1.92 -1.87,0.66 0.11,0.65 2.39,0.29 0.38,1.76 -1.27,0.49 -0.43,1.31 6.22,2.77 0.47,1.64 2.68,2.73 3.1,1.34 1.09,-0.56 -0.08,-1.2 0.93,0.52 0.13,-0.71 0.32,1.49 -1.42,2.05 0.67,0.82 0,0 0.37,0.65 -2.08,0.88 -1.4,-1 -1.54,0.31 -0.6,1.55 -2.11,-2.79 -0.46,1.56 -1.01,0.25 0.39,0.85 -1.03,0.19 0.5,2.92 -3.77,-0.04 0.54,1.58 -1.19,0.52 -0.74,1.8 0,0 -0.68,-0.43 -1.52,2.52 0.04,-1.1 -2.74,-1.07 -0.27,1.2 -0.71,-1.38 -1.17,0.48 -0.08,-1.22 -0.85,-0.09 0.46,4.05 -0.95,-0.29 -0.76,1.02 -2.08,-1 0.57,-1.59 -2.21,-1.98 -0.18,-1.25 -1.66,-0.32 -1.66,1.56 0.06,1.29 3.34,1.21 0.12,1.6 -2.38,1.51 -3.61,0.09 -0.81,1.47 2.47,0.82 1.18,1.48 -1.69,0.72 0.04,1.01 -1.58,0.31 -1.37,-2.58 -2.8,-1.32 -1.46,1.21 -1.45,-0.71 -0.62,2.61 -1.56,-0.82 -0.43,1.25 0.67,0.57 -1.14,0.57 0.32,2.6 1.51,0.9 -1.92,2.08 -4.24,0.89 0.4,1.44 -2.44,1 1.32,5.14 0,0 -6.21,-2.15 -1.28,0.37 -0.79,0.94 0.45,1.99 -1.03,1.12 0.9,0.46 -0.8,1.29 1.34,1.62 -0.17,1.81 -3.25,-0.82 -3.33,0.79 -1.72,-0.46 0,0 0.35,-0.58 -1.47,-1.31 1.19,-8.14 3.53,0.96 1.58,-3.79 1.92,-1.85 -1.34,-1.21 0.57,-0.92 -0.82,-2.02 -3.3,1.67 0.39,-2.07 1.12,0.34 0.05,-2.25 -2.67,-1.18 -0.48,-1.09 -1.49,0.25 0.35,-0.63 -0.92,-0.51 3.37,-3.47 -0.18,-1.19 2.32,-0.43 -0.92,-0.91 3.5,-3.37 -1.14,-0.82 0,0 2.4,-0.7 2.03,-3.3 0.83,0.56 1.3,-2.63 1.69,0.97 0.55,-0.99 4.03,0.6 2.94,2.37 0.73,-0.81 -0.52,-1.72 1.54,-0.48 -0.49,-0.71 1.11,-1.6 -1.16,-0.8 2.32,-1.83 -0.92,-0.66 1.07,-0.62 -1.07,-0.76 1.57,-0.36 0.51,0.77 0.52,-1.37 3.61,-0.7 -0.69,-2.48 -1,0.45 -0.73,-2.09 -2.25,-0.18 0.6,-0.88 -2.2,-0.83 0.72,-1.49 -3.16,-2.2 z'),
('32', 'Gers', false, 203.56, 431.26, 265.07, 475.36, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 218.40408,436.89159 2.26,-1.07 1.1,1.65 2.4,-2.87 3.58,1.84 0.59,-1.08 2.75,0.17 2.56,-1.3 0.78,-1.57 3.94,0.05 1.53,-1.45 2.94,3.22 3.25,-2.38 0,0 0.96,2.05 2.35,-1.47 1.35,0.46 -0.46,1.35 -1.23,-0.07 0.51,1.7 -2.79,3.48 0.49,0.81 3.81,-0.07 1.7,1.43 -0.92,1.29 1.22,1.31 -0.69,0.76 1.26,0.56 -1.24,2.21 2.44,0.22 0,0 1.52,2.77 3.16,2.2 -0.72,1.49 2.2,0.83 -0.6,0.88 2.25,0.18 0.73,2.09 1,-0.45 0.69,2.48 -3.61,0.7 -0.52,1.37 -0.51,-0.77 -1.57,0.36 1.07,0.76 -1.07,0.62 0.92,0.66 -2.32,1.83 1.16,0.8 -1.11,1.6 0.49,0.71 -1.54,0.48 0.52,1.72 -0.73,0.81 -2.94,-2.37 -4.03,-0.6 -0.55,0.99 -1.69,-0.97 -1.3,2.63 -0.83,-0.56 -2.03,3.3 -2.4,0.7 0,0 -6.79,-1.72 -0.09,0.71 -1.28,-0.05 -0.91,-1.55 -2.39,0.74 -0.29,-1.81 -0.67,0.43 -0.49,-1.18 -4.75,1.04 -0.36,-1.85 -0.86,0.22 -0.87,-1.41 1.34,-1.2 -1.95,-4.02 -2.67,-0.18 -2.29,-2.7 -0.49,-2.29 -2.46,-0.05 -0.95,1.38 0,0 -2.66,0.09 -0.69,-0.9 -2.72,0.65 0,0 -0.19,-1.76 -1.27,-0.04 -0.17,-1.5 0.8,0.36 -0.02,-0.91 0.88,-0.14 -0.32,-3.01 2.29,-1.72 -0.99,-0.75 -0.33,-3.31 1.37,-0.1 -0.62,-2.74 0.93,-0.41 -0.19,-0.97 -2.03,-0.9 2.49,-2.4 0.83,0.66 1.38,-0.89 1.26,0.85 0.09,-1.12 2,-0.75 0.38,-1.33 1.79,1.74 -1.16,1.43 3.32,1.89 0.71,-1.19 -0.88,-2.45 z'),
('33', 'Gironde', false, 162.85, 344.17, 228.26, 424.84, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 171.17408,344.92159 0.89,1.47 -0.8,0.05 -0.32,1.4 5.59,4.22 5.31,5.54 4.79,15.18 3.9,4.58 0.51,-0.37 -3.56,-6.7 -1.94,-11.61 0,0 4.97,0.42 0.34,-1.52 0.93,2.95 3.84,0.15 2.08,1 -0.14,1.69 0.82,0.48 -0.61,1.87 1.56,3.79 1.37,-1.53 1.52,1.84 0.26,-0.64 1.15,0.36 0.89,1.63 2.82,1.2 1.96,0.28 2.01,-1.86 2.31,1.15 0,0 1.32,-1.01 2.17,0.21 1.17,2.64 -2.95,7.2 1.33,1.94 -2.82,3.62 2.33,0.18 2.02,1.79 1.15,-0.85 0.49,0.84 1.52,-0.61 1.8,0.55 2.14,-2.18 -0.15,-0.89 1.6,0.29 1.52,1.24 -1.09,1.31 -0.94,-0.15 1.44,3.67 0,0 -1.68,0.72 -1.24,-0.86 -0.37,2.39 -0.71,0.13 -0.56,-1.75 -0.52,1.06 -1.4,-0.15 -0.29,1.82 -0.61,-0.48 -0.8,0.69 1.5,2.03 2.01,0.29 -0.84,1.66 -1.03,-0.32 0.5,1.64 -2.87,1.49 -0.51,2.01 -2.81,-0.07 0.78,1.17 -1.46,1.65 0.11,2.44 0.89,0.65 -1,1.76 1.62,2.46 -4.26,1.23 -0.27,0.96 2.05,2.41 0.09,1.42 -2.22,2.06 -1.48,-0.26 -0.77,0.81 0,0 -2.12,-2.66 -1.46,0.49 0.04,3.48 -1.94,0.74 -4.99,-0.89 0.23,-4.61 -1.97,-0.82 -0.05,-1.21 -3.5,-0.94 -0.38,-1.39 -4.77,-2.22 0.66,-0.82 -0.71,-2.05 -5.57,0.63 -1.35,1.16 -4.58,-1.37 -4.51,1.22 1.94,-3.38 -0.21,-1.55 -1.64,0.05 -2.39,-1.47 -0.93,1.74 -6.14,2.02 0,0 -0.11,-4.44 2.7,-6.77 2,0.21 0.12,0.89 5.67,0.33 -0.83,-2.51 -1.89,-0.97 1.48,-0.02 -5.54,-4.62 -0.26,1.77 -2.27,2.55 -0.77,5.03 -0.63,-1.04 4.13,-38.94 0.22,-10.45 2.59,-4.77 1.39,-1.02 -0.01,0.75 z'),
('34', 'Hérault', false, 320.65, 437.55, 389.37, 480.95, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 354.70408,440.87159 2.73,0.13 0.73,1.39 -0.87,0.88 0.46,0.53 3.36,-1.93 0.64,2.41 2.1,0.64 0.88,-0.53 -0.9,-1.06 1.88,-2.62 1.98,0.45 0.53,-2.52 1.99,-1.09 2.28,0.29 0.29,1.32 1.38,0.43 -0.98,3.28 1.96,0.65 2.71,-1.17 0.37,1.76 2.25,0.85 -0.62,2.26 1.76,-0.73 1.93,2.54 3.74,2.02 2.09,5.43 -1.78,3.22 -2.92,-0.27 1.14,1.31 -0.37,0.74 0,0 -2.94,-0.05 -5.12,2.28 -4.5,4.26 -6.34,3.29 -5.27,6.07 -3.7,-0.8 -3.32,0.63 -4.47,3.79 0,0 -0.29,-0.28 0,0 -0.95,-1.05 0,0 -0.7,-0.78 -1.53,0.4 -0.6,-0.95 -2.59,-0.11 -1.06,-1.08 -1.79,0.34 -0.27,-2.61 -2.41,0.49 -2.33,-0.95 0,-2.13 -0.95,-0.96 0.06,2.93 -2.59,0.58 0.44,0.69 -1.87,2.84 -2.74,-0.93 -0.76,-2.77 -0.56,1.23 -2.37,0.97 -1.31,-2.76 -1.96,-0.74 0.9,-2.72 1.33,-0.56 -0.88,-0.95 0,0 3.98,-2.84 -0.53,-1.57 0.15,-1.15 0.64,0.09 -2.44,-2.89 1.25,-5.35 3.09,0.87 1.46,1.75 2.43,-1.51 3.94,-0.86 1.13,-2.21 0,0 2.05,-0.82 3.18,0.9 -0.34,-2.99 0.93,-1.35 -1.07,-1.91 0.61,-1.9 5.95,1.34 1.71,-1.01 -0.58,-1.9 1.22,-1.82 3.28,0.03 0.66,-1.12 z'),
('35', 'Ille-et-Vilaine', false, 120.23, 153.52, 173.04, 220.24, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 127.57408,157.44159 0.65,0.66 2.04,-0.37 -0.32,0.8 0.91,-0.06 0.08,1.45 1.41,1.28 -0.44,1.02 0,0 -1.54,1.56 -0.07,-1.41 -1.96,-0.34 -1.32,-1.86 0,0 -1.11,-2.1 1.67,-0.63 z m 11.13,-3.92 0.35,1.66 -1.52,2.1 1.49,2.04 5.63,0.34 5.33,-1.66 0,0 3.46,9.09 1.58,0.12 1.21,1.64 2.8,-0.5 1.05,-1.87 2.05,-0.66 1.05,-2.15 7.63,2.23 0,0 -0.46,5.85 1.49,5.35 -2.35,4.09 2.13,10.7 1.22,1.36 -0.5,2.28 0.7,1.78 -1.38,1.17 -3.08,-0.14 -0.07,0.95 -1.22,0.39 -0.89,4.12 -0.82,0.48 0.37,1.4 -1.43,0.99 0.07,1.95 -0.75,0.63 0,0 -0.36,2.05 0,0 -4.84,-1.39 -1.03,-1.79 -3.76,-0.44 0.24,1.99 -6.19,2.43 -1.49,3.29 -1.49,-0.17 -1.15,0.93 -5.75,-0.67 -3.94,2.29 -0.76,-1.38 -5.19,3.85 0,0 -1.29,-5.65 0.76,-0.36 0,0 0.17,-0.5 0,0 2.05,-0.11 -0.15,-0.79 -2.74,-1.18 0,0 0.63,0 0,0 3.2,-3.87 -0.77,-2.19 -1.41,1.6 -0.93,-0.33 0.58,-0.81 -0.79,-1.8 1.53,-1.78 -2.75,-3.97 -1.22,0.28 -2.64,-1.25 -2.13,0.53 1.05,-3.01 0.82,-0.83 2.27,0.02 0.85,-1.44 -2.15,-0.33 -1.47,1.11 0.07,-2.73 -1.38,-1.69 0,0 0.67,-1.02 1.46,0.43 0.29,-4.16 1.89,0.04 -0.04,-2.42 1.32,-0.73 1.88,0.61 0.48,-0.89 -0.68,-0.54 2.38,-1.44 1.28,1.03 2.02,-1.28 0.7,0.6 -0.44,-3.16 1.66,-0.29 -0.98,-5.94 1.74,-2.43 -0.29,-3.37 -0.54,-0.88 -0.88,0.74 0,0 -0.58,0.14 -0.89,-2.99 1.38,0.32 -2.45,-1.54 0.44,-0.71 -1.29,-1.21 0.1,-1.05 1.68,-0.85 0.1,-1.27 1.71,0.13 -0.53,-0.41 1.01,-0.82 1.23,0.78 2.58,-1.06 z'),
('36', 'Indre', false, 251.28, 241.82, 306.78, 298.19, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 270.35408,247.49159 5.07,-3.27 2.25,0.19 1.18,1.01 -0.29,-2.18 2.82,-0.16 -0.03,-1.15 0.81,-0.11 2.31,1.24 2.03,-1.16 2.52,2.71 2.66,0.76 0,0 0.1,2.52 -2.81,2.99 4.19,1.66 1.95,0.01 2.96,-1.49 0.38,1.96 1.86,-0.79 0.24,2.14 -1.09,1.48 3.29,3.11 -1.5,3.83 1.62,1.23 1.85,0.1 -1.15,1.87 -1.81,0.74 0.52,0.81 -0.84,1.24 -1.37,-0.32 3.07,3.6 -0.9,1.54 -1.16,0.22 0.81,2.31 2.8,1.23 -0.65,1.65 2.09,1.32 -1.28,5.24 1.93,4.35 -2.18,1.54 0.66,2.03 0,0 -3.31,0.87 -4.55,-1.99 -1.95,0.71 -1.95,-0.63 -1.9,0.96 -2.33,-1.85 -1.47,0.38 0.52,1.49 -1.29,2.11 -1.8,-1.69 -2.37,1.82 -0.79,-2 -2.68,1.73 -0.79,-2.05 -4.59,4.84 0,0 -2.55,-3.22 -1.69,0.29 -0.4,1.41 -1.86,-0.41 -1.67,0.75 -0.39,-1.46 -0.78,0.81 -0.51,-0.5 0,0 1.4,-2.93 -1.2,0.33 0.2,-0.76 -1.54,-0.46 -0.66,-1.37 0.94,0.09 -0.95,-1.67 0.49,-0.48 -2.22,-1.86 -3.04,0.03 -0.22,-1.85 -2.11,-0.26 -2.2,-1.8 -0.75,-1.7 1.44,-4.11 -0.59,-1.77 -1.87,-1.28 0,0 2.43,-0.55 1.32,1.19 1.04,-1.61 1.16,0.34 -1.1,-2.76 1.04,-0.64 1.09,-7.55 1.18,-0.97 -0.39,-2.45 1.96,-1.92 2.74,-0.78 2.63,1.62 0.92,-0.53 1.56,-3.06 0.8,0 0.06,-1.78 2.15,-0.94 z'),
('37', 'Indre-et-Loire', false, 217.47, 215.37, 271.87, 274.65, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 240.85408,216.28159 0.95,-0.91 0.36,1.57 1.06,-0.95 1.53,1.12 1.19,-0.86 3.78,1.19 1.54,-0.86 -0.98,2.81 0.77,2.81 1.55,-0.32 0.84,-1.72 2.97,0.75 0.24,2.2 1.5,-1.48 1.24,2.51 0.59,-0.33 -1.35,2.49 1.03,0.53 0.71,3.72 1.07,-0.21 0.88,1.04 -0.84,1.29 -1.21,-0.13 1.59,2.37 -0.79,1.34 0.76,1 -1.04,1.5 0.32,1.39 2.42,1.98 0.52,-0.91 2.83,0.07 3.47,6.21 0,0 1.52,4.13 -2.15,0.94 -0.06,1.78 -0.8,0 -1.56,3.06 -0.92,0.53 -2.63,-1.62 -2.74,0.78 -1.96,1.92 0.39,2.45 -1.18,0.97 -1.09,7.55 -1.04,0.64 1.1,2.76 -1.16,-0.34 -1.04,1.61 -1.32,-1.19 -2.43,0.55 0,0 -2.18,-2.48 -0.78,-3.66 -1.82,-0.6 -1.99,-2.64 -0.53,-4.28 -2.39,-0.74 -0.68,-1.31 -2.07,0.09 1.27,2.97 -3.85,-0.1 -2.78,1.78 -3.04,-1.21 -1.73,1.14 -1.34,-3.64 0.89,-0.48 -0.4,-3.21 -1.44,0.52 -0.05,-1.51 -0.91,-0.25 -1.33,1.07 -1.44,-0.31 0.9,-1.98 -0.76,-1.44 -0.82,0.86 -1.13,-0.38 0.22,-1.08 -2.49,0.36 -0.04,-1.63 -1.05,-1.1 0,0 0.55,-1.53 -0.6,-0.39 1.08,-1.34 -0.08,-3.9 2.88,-3.98 -0.3,-0.9 1.78,-1.23 -1.22,-1.08 2.85,-6.17 0.19,-1.66 -1.33,-0.73 1.62,-3.37 0,0 -0.19,-0.91 0,0 1.29,-0.13 4.95,2.62 1.02,-0.62 -1.6,-2.52 0.78,-1.47 1.7,1.67 1.04,-0.17 0.61,-1.58 2.2,-0.71 0,0 0.87,-0.03 0,0 2.41,-0.92 z'),
('38', 'Isère', false, 412.73, 325.82, 479.21, 395.66, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 427.08408,329.96159 0.21,0.95 0.34,-0.78 1.44,0.3 1.64,1.96 1.41,0.23 1.94,-1.36 1.32,-3.32 2.08,-2.12 3.27,2.82 -0.32,1.78 5.39,5.73 -0.42,0.99 2.36,2.01 1.02,2.67 0,0 2,4.14 0,0 0,0.65 0,0 1.64,1.49 1.1,3.96 2.1,-0.05 4.16,2.92 0.77,0.09 0.77,-1.43 -1.04,0.35 0.51,-4.04 2.15,-0.9 3.45,3.25 3.4,0.14 2.55,3.83 -0.94,0.66 1.04,0.3 -0.37,1.99 -2.31,1.96 0.41,1.41 -0.77,1.06 1.65,3.24 -0.74,2.02 1.52,-0.63 1.76,1.46 1.13,-0.64 0.45,1.45 0,0 -1.21,1.33 0.54,1.95 -1.02,0.36 -0.64,2.83 1.96,1.15 3,-0.13 -0.05,2.63 1.48,0.84 -0.11,4.94 -1.38,0.15 -1.09,-1.27 -2.03,1.29 -4.7,-0.72 -3.22,2.82 -1.42,-1.24 -3.02,1.89 1.27,1.36 -1.21,1.23 -2.83,0.82 -2.32,-0.76 -1.17,3.09 0,0 -1.73,0.6 -2.18,-1.94 -2.38,0.28 -0.86,-1.66 -3.22,-2.45 0.24,1.61 -4.01,-1.87 1.08,-1.35 -0.81,-0.21 1.2,-9.96 -1.18,-2.82 0.42,-1.5 0.8,-0.07 -0.47,-0.71 -0.87,-0.13 -1.99,2.37 -1.14,-0.75 -0.06,1.39 -1.85,-1.58 -2.98,0.41 -2.41,-1.71 -1.19,-0.07 -0.7,1.09 -1.22,-0.43 2.09,-2.73 0.15,-2.86 -0.97,-1.88 1.47,-0.98 -1.77,-2.18 -1.59,0.43 0.7,-2.92 -2.57,0.9 -0.9,-2.18 -1.29,0.06 -0.54,-1.41 -0.87,-0.11 -4.5,2.76 -0.86,-0.76 -2.41,0.76 0,0 -1.59,-1.53 -0.29,-2.55 0,0 0.05,-5.27 0,0 0.97,-0.03 0.03,-0.95 3.78,-3.4 -4.01,-3.39 3.42,0.62 0.1,-0.92 1.64,-0.84 4.04,0.11 -0.37,-0.88 0.65,-0.26 1.37,0.56 0.91,-3.03 2.16,-2.21 1.82,0.03 -0.77,-1.76 -1.77,-0.46 0.15,-1.8 -1.31,0.1 -0.25,-1.36 1.21,0.48 z'),
('39', 'Jura', false, 433.29, 240.28, 472.9, 303.3, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 444.36408,240.28159 2.44,3.06 2.66,-0.12 1.43,-1.26 1.03,0.64 0,0 1.54,3.88 1.98,0.82 1.73,2.9 -2.41,2.8 0.63,2.38 -0.87,0.68 -1.16,-0.66 0.72,0.95 -0.4,1.11 0.75,0.59 1.19,-0.58 0.8,-1.54 0.2,1.77 1.37,0.92 2.04,0.42 1.09,-1.27 -0.43,1.73 2.65,0.73 -0.79,1.63 1.61,0.79 -0.54,1.7 1.09,0.74 -0.11,1.36 0.97,-0.12 0,0 -0.13,0.68 0,0 0.23,0.85 1.35,-0.64 3.59,2.33 2.29,3.48 -5.65,4.53 1.46,2.26 -2.34,2.67 3.7,3 0,0 0.66,1.29 -3.38,4.42 0.55,1.15 -0.88,1.65 0,0 -8.1,9.07 -5.99,0.23 -0.48,-2.9 -2.79,-0.89 -0.15,-1.23 -1.96,2.92 -1.24,0.09 -1.12,1.55 -2.71,0.25 -0.69,-0.61 0.76,-2.46 -1.59,0.01 -0.53,-1.95 -0.85,2.24 -0.04,-1.68 -1.72,-1.9 0.65,-0.72 -3.23,-1.85 1.02,-0.92 -0.38,-1.07 0,0 0.39,-1.01 3.87,-0.83 0.16,-1.53 -2.56,-1.04 0.11,-3.51 0.9,-0.21 0,0 0.85,-0.01 0,0 0.37,-1.11 -0.72,-0.62 1.89,-1.64 -1.92,-2.85 0.54,-0.77 -0.65,-1.85 -1.33,-0.08 1.27,-2.45 -2.1,-1.22 -0.55,-1.5 3.37,-1.08 2.28,0.34 -0.08,-1.6 -2.16,-0.61 -0.42,-1.71 -2.9,0.3 -1.24,-2.95 -1.46,0.45 -0.5,-0.93 0.17,-2.18 0,0 2.58,-2 -1.78,-0.84 0.35,-1.36 1.82,-1.61 2.38,-0.4 0.96,-2.73 1.27,-0.95 0.84,-2.5 -0.58,-0.92 1.44,-1.13 0.34,-4.32 0.67,0.32 z'),
('40', 'Landes', false, 151.98, 405.18, 221.01, 465.29, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 163.18408,408.94159 6.14,-2.02 0.93,-1.74 2.39,1.47 1.64,-0.05 0.2,1.55 -1.94,3.38 4.51,-1.22 4.58,1.37 1.35,-1.16 5.57,-0.64 0.71,2.06 -0.66,0.81 4.77,2.22 0.38,1.39 3.51,0.94 0.04,1.21 1.98,0.83 -0.23,4.6 4.99,0.9 1.94,-0.74 -0.04,-3.48 1.46,-0.49 2.12,2.66 0,0 0.51,4.28 5.21,0.15 1.53,1.15 4.24,0.34 -3.18,5.73 0.57,2.45 0,0 -0.86,1.36 0.88,2.45 -0.71,1.19 -3.32,-1.89 1.16,-1.43 -1.79,-1.74 -0.38,1.33 -2,0.75 -0.09,1.12 -1.26,-0.85 -1.38,0.89 -0.83,-0.66 -2.49,2.4 2.03,0.9 0.19,0.97 -0.93,0.41 0.62,2.74 -1.37,0.1 0.33,3.31 0.99,0.75 -2.29,1.72 0.32,3.01 -0.88,0.14 0.02,0.91 -0.8,-0.36 0.17,1.5 1.27,0.04 0.19,1.76 0,0 -1.69,-0.07 -2.18,2.01 -2.44,-1.04 -2.27,1.1 -0.54,-0.75 1.28,-1.28 -0.73,-0.63 -4.08,2.93 -0.86,-0.74 -1.18,1.16 -2.56,-1.04 0.65,-1.06 -2.71,0.82 -0.45,1.13 -2.13,-2.21 -3.19,2.13 -2.47,-0.49 -1.82,1.06 -1.69,-0.6 -0.14,2.19 -3.13,-0.26 -0.53,-0.81 -2.59,2.03 -1.14,-1.04 1.66,-0.76 -2.16,-1.61 -4.51,2.79 -5.19,0.07 -0.53,-0.97 -1.52,-0.14 -0.44,-1.3 -1.93,0.54 0,0 3.22,-6.79 5.57,-28.52 z'),
('41', 'Loir-et-Cher', false, 239.41, 189.29, 308.56, 247.49, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 250.17408,191.07159 4.21,-0.57 0.31,0.89 2.18,-1.97 1.6,-0.13 0.26,0.87 -2.24,1.71 2.96,0.23 0.44,0.77 1.58,-0.44 0.45,2.9 1.73,0.42 1.29,3.73 2.08,-0.68 0.78,1.07 4.34,0.45 0.71,-1.68 2.07,0.32 0.54,-1.89 2.95,1.53 0,0 1.82,-0.47 -0.41,2.28 -1.34,1.3 2.46,1.81 0.38,1.46 -2.71,3.6 1.83,1.44 -0.93,1.7 2.2,1.7 -0.93,0.99 2.17,-2.01 3.45,1.54 1.11,4.48 2.22,1.47 2.21,-1.33 0.48,-2.08 0.3,1.06 2.94,-0.31 0.18,1.3 0.96,0.11 1.84,-1.32 4.3,0.57 3.77,-0.56 1.57,2.29 -0.09,1.27 0,0 -4.93,2.31 0.36,1.95 2.91,0.34 0.69,1.4 -0.75,2.17 2.09,-0.29 -0.71,5.16 -1.05,0.11 -0.68,-1.98 -2.1,1.89 -0.96,-0.85 -0.76,3.37 0.71,-0.18 0.24,2.26 1.6,2.06 -1.22,1.2 -2.2,-0.31 -2.12,1.36 -3.44,-1.68 -1.94,2.05 1.17,0.92 -0.9,1.63 -1.13,0.47 -1.39,-0.88 0,0 -2.66,-0.76 -2.52,-2.71 -2.03,1.16 -2.31,-1.24 -0.81,0.11 0.03,1.15 -2.82,0.16 0.29,2.18 -1.18,-1.01 -2.25,-0.19 -5.07,3.27 0,0 -3.47,-6.21 -2.83,-0.07 -0.52,0.91 -2.42,-1.98 -0.32,-1.39 1.04,-1.5 -0.76,-1 0.79,-1.34 -1.59,-2.37 1.21,0.13 0.84,-1.29 -0.88,-1.04 -1.07,0.21 -0.71,-3.72 -1.03,-0.53 1.35,-2.49 -0.59,0.33 -1.24,-2.51 -1.5,1.48 -0.24,-2.2 -2.97,-0.75 -0.84,1.72 -1.55,0.32 -0.77,-2.81 0.98,-2.81 -1.54,0.86 -3.78,-1.19 -1.19,0.86 -1.53,-1.12 -1.06,0.95 -0.36,-1.57 -0.95,0.91 0,0 -0.61,0.66 -0.83,-1.77 1.86,-2.34 3.13,-0.95 -0.38,-1 3.43,-3.59 -0.61,-3.64 1.21,-0.69 0.89,1.45 0.17,-2.7 1.39,-0.49 -1.26,-2.84 0.98,-2.7 -1.44,-0.14 -0.57,-1.01 -0.01,-1.38 2.05,-0.15 0.09,-1.37 -1.35,0.07 z'),
('42', 'Loire', false, 368.43, 302.4, 412.78, 364.06, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 377.13408,302.40159 0.43,1.76 -0.79,1.92 3.42,0.7 0.86,1.82 0,0 1.04,0 0,0 3.5,-1.59 1.25,1.29 1.88,0.2 1.22,-1.23 0.75,1 1.19,-0.59 -0.19,1.74 1.06,0.13 2.17,-1.72 1.8,0.03 -0.37,-0.88 1.07,-1.25 0,0 1.35,0.57 -0.99,1.31 1.64,1.68 -0.82,1.48 -1.48,-0.8 -2.41,1.15 -0.78,3.59 -2.24,1.24 2.63,2.61 -0.55,1 -2.3,-0.35 4.19,3.86 -0.95,1.56 0.84,1.52 2.23,1.1 -0.77,4.49 -1.21,0.82 0.54,1.1 1.69,0.41 -1.53,4.36 3.15,2.78 1.19,2.24 6.03,0.61 1.11,1.89 1.58,-1.04 -1.21,1.73 0.1,2.61 1.81,0.62 1.08,-1.03 1.44,2.31 0,0 -0.05,5.27 0,0 -5.85,3.18 0.32,1.2 -1.33,1.04 0.43,1.36 -4.94,0.86 0,0 -1.94,-2.28 -1.91,0.98 0,0 -0.5,-0.19 0,0 -1.18,-0.79 0.9,-1.58 -1.63,-0.96 1.48,-1.13 -0.87,-1.5 -1.57,-0.55 -1.5,0.81 -1.62,-1.83 -3.08,0 -0.21,1.43 -3.01,0.39 -0.42,1.32 -1.05,-1.17 -1.05,0.38 -0.1,1.26 -1.74,-2.81 -1.67,0.23 -1.16,2.27 -0.44,-1.42 0,0 -0.24,-2.49 2.98,-2.14 0.89,-3.53 -0.99,-0.63 -1.13,-4.23 -4.57,-3.16 -1.94,-3.54 0.15,-1.99 -2,-1.5 -0.05,-1.44 -1.76,-0.98 1.39,-1.33 -0.29,-3.36 1.62,-0.94 -2.56,-2.62 0,0 0.62,-2.58 1.44,0.47 0.52,-1.03 1.33,0.57 1.8,-1.54 -1.07,-3.23 0.67,-2.1 -1.18,-1.39 -0.15,-2.63 0.8,-0.42 -1.69,-4.56 1.5,-0.09 -0.05,-1.05 2.67,-0.25 0.44,-0.81 0,0 z'),
('43', 'Haute-Loire', false, 343.21, 352.72, 401.36, 392.85, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 344.45408,357.26159 2.81,0.03 2.35,-2.51 2.18,-0.38 0.47,-1.21 1.1,1.37 1.19,-1.48 0.98,1.25 1.72,0.17 1.75,-0.2 1.6,-1.58 1.2,1.76 1.68,-0.21 1.98,3.78 1.92,-1.39 0.25,-1.29 1.59,0.52 -0.31,0.93 3.09,0.63 1.12,-2.54 1.39,0.51 0.07,1.01 2.51,0.49 0,0 0.44,1.42 1.16,-2.27 1.67,-0.23 1.74,2.81 0.1,-1.26 1.05,-0.38 1.05,1.17 0.42,-1.32 3.01,-0.39 0.21,-1.43 3.08,0 1.62,1.83 1.5,-0.81 1.57,0.55 0.87,1.5 -1.48,1.13 1.63,0.96 -0.9,1.58 1.18,0.79 0,0 0.5,0.19 0,0 1.91,-0.98 1.94,2.28 0,0 -0.14,2.68 -1.51,2.64 0.6,1.56 -0.79,-0.21 -0.11,0.74 -0.53,-1.55 -2.04,-0.44 1.04,2.28 -1.66,0.33 -0.53,1.84 1.51,1.57 -3.57,1.28 -0.25,1.33 0.97,1.38 -3.69,0.58 -2.84,5.27 -5.06,0.04 -0.26,2.26 -0.94,-0.26 -0.23,1.06 -0.73,-0.76 0.24,1.25 -1.62,-0.9 -1.6,2.85 0.53,0.55 -2.58,1.42 0,0 -1.07,-0.21 0.3,-1.42 -1.39,0.44 -2.01,-2.11 -0.74,-2.18 -3.19,0.55 0.28,-1.63 -1.8,-1.44 -1.51,0.32 -0.21,2.9 -0.77,-0.57 -3.82,1.54 -2.54,-5.19 -0.52,-3.43 -0.56,0.38 -1.23,-1.2 0,0 -0.7,-0.85 1.08,-1.09 -1.79,-0.31 0.41,-0.92 -1,0.38 -0.58,-0.8 0.54,-3.01 -1.21,-1.15 3.22,-0.02 -2.97,-0.99 -1.16,-3.11 0,0 0,-0.58 0,0 0.5,-1.47 -1.52,-0.58 -0.57,-3.43 -2.43,0.49 -0.18,-1.56 -3.22,0.35 1.32,-1.22 -0.98,-0.86 0.92,-0.17 z'),
('44', 'Loire-Atlantique', false, 109.03, 207.66, 176.94, 267.22, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 128.15408,220.22159 5.19,-3.85 0.76,1.38 3.94,-2.29 5.75,0.67 1.15,-0.93 1.49,0.17 1.49,-3.29 6.19,-2.43 -0.24,-1.99 3.76,0.44 1.03,1.79 4.84,1.39 0,0 0.51,1.26 -0.83,1.54 2.44,0.57 0.86,1.7 0,0 -0.07,0.61 0,0 -0.23,1.25 0.94,0.17 0.88,2.54 5.48,1.87 -1.52,1.62 -5.4,-0.59 0.66,3.84 7.86,1.08 0.78,4.4 1.08,1.27 -2.22,1.74 -6.98,0.11 -6.09,1.79 -2.61,2.17 2.42,-0.1 2.23,3.81 1.98,-0.52 1.29,4.09 0,0 -0.02,0.26 0,0 -3.08,2.67 0.59,1.1 -1.02,1.2 3.28,0.37 0.58,1.28 1.62,0.56 -0.02,1.22 -1.25,0.86 0,0 -2.25,-0.71 -2.86,-2.72 -1.24,3.08 -1.88,-0.67 -1.35,0.81 0.56,4.51 -4.07,1.85 -0.37,-6.31 -1.3,-0.47 -2.2,1.52 0.55,0.76 -0.59,1.34 1.56,2.36 -0.42,1.08 -0.69,-0.17 1.88,2.72 -1.8,0.39 -0.14,0.83 -4.75,-0.84 -1,-0.97 -1.48,0.38 -0.98,-2.69 -3.18,-0.12 -0.24,-1.39 -2.99,-0.48 -0.65,-1.77 -1.06,-0.18 -1.56,-2.18 0,0 -3.07,-3.98 -8.07,-2.34 3.36,-2.17 -0.21,-5.83 -1.67,-0.36 -3.54,2.18 -3.26,-2.68 -1.74,0.1 -0.6,1.12 -4.7,-1.94 1.5,-1.12 0.12,-1.81 -2.23,-2.2 4.18,-3.01 0.02,-1.49 0,0 1.43,-1.77 0.9,1.27 3.5,-0.29 0.78,-3.38 1.63,0.13 0.59,1.19 2.49,-1.11 -0.17,1.08 1.06,0.32 0.26,-1.95 2.46,-0.69 -0.11,-3.76 0.8,-1.06 -0.7,-1.21 z'),
('45', 'Loiret', false, 278.03, 176.12, 345.11, 229.22, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 298.02408,179.71159 1.95,0.13 2.65,-1.4 2.44,0.52 -0.49,-1.09 1.23,0.29 0.9,-2.04 1.77,0.76 -0.02,2.08 0.9,-1.04 1.37,0.22 0,0 0.46,-1.06 0,0 0.76,-0.25 1.24,1.55 1.88,-0.49 0,0 0.81,3.48 3.41,1.34 0.71,2.36 -0.68,2.7 -0.97,-0.51 -1.64,2.53 3.23,-0.02 1.57,-1.04 6.07,1.09 2.02,-1.36 -0.74,-1.33 1.1,0.83 1.5,-0.95 0.09,2.3 0.76,0.11 1.94,-1.63 2.94,-0.43 0,0 3.84,1.85 -0.56,1.07 0.82,-0.06 0.58,2.71 3.11,2.69 -1.05,0.64 1.07,0.79 0.12,2.1 -1.35,1.53 0,0 -0.49,0.34 0,0 -1.39,1.95 -1.7,0.3 0.15,2.01 -0.71,0.39 1.53,1.08 -0.81,1 0.51,2.88 -7.21,1.82 -0.16,2.49 1.27,-0.21 0.02,1.03 1.96,1.34 -0.3,0.82 1.43,1.44 -0.87,1.14 0.17,1.7 1.66,1.81 0,0 -0.74,0.76 -1.82,-0.54 -1.74,1.28 -0.67,-0.46 -0.39,0.81 1.12,1.12 0,0 -2.8,1.58 -3.13,-2.66 -0.3,2.7 -2.34,0.62 -0.48,-1.57 -1.73,-0.86 0.08,-1.04 -2.23,-1.9 -2.98,0.23 -2.22,-2.54 -2.73,1.48 -3.42,-2.67 -2.11,0.54 0,0 0.09,-1.27 -1.57,-2.29 -3.77,0.56 -4.3,-0.57 -1.84,1.32 -0.96,-0.11 -0.18,-1.3 -2.94,0.31 -0.3,-1.06 -0.48,2.08 -2.21,1.33 -2.22,-1.47 -1.11,-4.48 -3.45,-1.54 -2.17,2.01 0.93,-0.99 -2.2,-1.7 0.93,-1.7 -1.83,-1.44 2.71,-3.6 -0.38,-1.46 -2.46,-1.81 1.34,-1.3 0.41,-2.28 -1.82,0.47 0,0 -0.38,-2.78 1.51,-0.17 -0.11,-0.88 2.03,0.83 0.2,-0.82 0.87,0.09 0.17,-1.72 1.44,-0.41 0.45,0.85 0.76,-0.91 2.33,0.87 2.19,-0.83 0.19,-0.82 1.11,0.68 2.24,-1.16 1.51,-3 -0.65,-0.85 0.82,-0.86 2.02,0.03 -0.95,-1.34 0.66,-0.44 0.26,0.66 0.33,-0.75 -0.72,-2.63 z'),
('46', 'Lot', false, 256.1, 375.17, 306.9, 424.22, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 275.38408,376.75159 3.74,-1.58 0.32,1.02 1.23,-0.68 2.95,0.75 2.5,3.47 1.8,0.73 0.02,1.14 2.14,0.85 4.4,-3.21 1.34,0.27 0.31,1.21 1.57,-1.28 3.13,-0.1 0,0 0.64,2.42 1.08,0.81 -0.75,0.98 0.26,1.76 3.34,4.95 -1.74,5.35 1.21,0.06 0.54,3.42 1.49,1.16 0,0 -0.44,1.86 -0.72,-0.63 -1.92,1.55 -2.03,-1.04 -0.82,1.28 -0.23,-1.03 -6.05,4.59 0.21,1.01 -1.21,-1.06 -0.19,1.22 -1.81,0.19 0.45,2.68 0.96,0.68 -0.26,1.51 1.84,2.29 -1.26,1.04 0,0 -2.3,0.86 -1.34,-0.61 -0.84,1.74 -1.33,-0.84 -1.79,0.36 -1.66,1.78 -1,-0.99 0.71,0.76 -0.43,0.93 -1.06,-0.56 0.01,-1.01 -1.85,-0.28 -0.33,1.62 0.91,1.54 -1.89,1.09 -0.61,-1.82 -1.75,-0.72 -0.5,-1.42 -0.72,2.51 -3.9,2.89 -0.97,-1.49 -2.23,-0.37 0.83,-3.42 -1.96,0.56 -0.28,1.06 -1.14,-0.83 -0.32,0.76 -1.41,-1.3 0.05,-1.07 -2.39,-0.37 -1.74,-2.14 0.33,-1.07 1.82,0.01 0.12,-1.28 -2.97,0.83 0,0 -0.46,-3.09 -1.44,-0.76 -0.02,-3.55 -1.47,-2.16 1.39,0.41 2.54,-2.14 0,0 1.16,0.03 -0.4,-1.17 2.37,-2.41 -0.16,-2.03 3.13,-0.8 1.92,-2.25 0.71,0.36 0.5,-1.59 0.69,0.2 0.28,-1.43 -1.04,-0.65 0.04,-1.17 2.81,-0.88 -0.18,-1.9 3.19,-1.96 -1.1,-1.98 1.2,-0.35 -1.17,-4.49 0,0 -0.18,-0.78 0,0 z'),
('47', 'Lot-et-Garonne', false, 209.52, 391.59, 260.03, 437.47, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 209.52408,422.79159 0.77,-0.81 1.48,0.26 2.22,-2.06 -0.08,-1.42 -2.05,-2.41 0.26,-0.95 4.26,-1.23 -1.62,-2.46 0.99,-1.76 -0.88,-0.65 -0.12,-2.44 1.46,-1.64 -0.78,-1.18 2.81,0.07 0.52,-2.01 2.87,-1.48 -0.5,-1.64 1.03,0.32 0.85,-1.67 -2.02,-0.29 -1.5,-2.03 0.81,-0.69 0.61,0.48 0.29,-1.83 1.4,0.15 0.52,-1.06 0.56,1.75 0.71,-0.13 0.37,-2.39 1.24,0.86 1.68,-0.72 0,0 2.13,2.55 0.31,3.74 2.59,0.61 3.73,-1.96 1.8,0.72 1.49,-1.95 1.53,0.42 0.09,-0.81 2.41,1.78 3.26,-0.15 1.39,-1.3 2.31,1.87 -1.44,2.43 0.66,1.56 1.52,0.19 0.28,-1.08 4.3,-1.66 1.36,1.71 2.45,1.09 0.18,1.32 0,0 -2.54,2.14 -1.39,-0.41 1.47,2.16 0.02,3.55 1.44,0.76 0.46,3.09 0,0 -0.57,0.9 -4.07,0.06 -0.44,0.95 -0.87,-2.24 -1,0.16 -1.12,4.11 1,0.82 0.93,-0.38 1.44,1.61 -0.93,0.44 -0.9,4.38 -2.21,0.38 0.26,0.75 1.07,-0.23 0.36,2.14 -1.33,0.65 -3.02,-0.98 0.42,1.76 -1.78,0.33 -0.65,2.39 0,0 -3.25,2.38 -2.94,-3.22 -1.53,1.45 -3.94,-0.05 -0.78,1.57 -2.56,1.3 -2.75,-0.17 -0.59,1.08 -3.58,-1.84 -2.4,2.87 -1.1,-1.65 -2.26,1.07 0,0 -0.57,-2.45 3.18,-5.73 -4.24,-0.34 -1.53,-1.15 -5.21,-0.15 z'),
('48', 'Lozère', false, 339.04, 379.6, 381.26, 429.34, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 354.79408,379.60159 1.23,1.2 0.56,-0.38 0.52,3.43 2.54,5.19 3.82,-1.54 0.77,0.57 0.21,-2.9 1.51,-0.32 1.8,1.44 -0.28,1.63 3.19,-0.55 0.74,2.18 2.01,2.11 1.39,-0.44 -0.3,1.42 1.07,0.21 0,0 1.73,8.71 2.55,2.29 1.41,5.52 0,0 -2.04,3.45 -1.34,-0.3 -1.3,1.03 2.76,3.21 -1.21,1.54 0.44,1.71 1.71,1.02 -1.14,0.84 -0.44,2.78 0.83,0.1 0.71,1.78 -2.1,-1.15 0.16,1.21 -2.17,2.04 -1.85,-0.64 -1.4,0.57 -5.21,-3.4 -1.38,0.56 -0.41,1.35 1.04,0.43 -0.87,1.42 -3.73,0.42 -4.08,-0.91 -3,-2.33 0,0 -0.44,-1.75 -2.74,-0.34 -3.8,0.94 1.1,-2.33 -1.75,-1.11 -1.13,0.29 -0.36,-1.76 -1.3,0.74 0.03,-1.29 1.34,-1.35 -1.43,-3.19 1.04,-4.34 -3.24,-3.74 0.79,-3.27 -4.31,-4.95 0,0 1.47,-4.03 0.91,-0.12 -0.52,-0.74 0.84,-4.26 1.06,-2.11 1.1,0.23 0.19,-3.06 1.61,-0.96 2.06,2.34 1.83,-1.47 -0.52,-1.26 1.08,-0.42 -0.32,-1.12 1.04,-0.4 0.78,0.91 z'),
('49', 'Maine-et-Loire', false, 159.06, 209.24, 224.94, 260.58, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 163.85408,209.24159 2.85,1.9 6.03,0.09 1.82,0.99 1.21,-0.43 -0.93,-0.8 0.51,-0.87 1.23,0.1 1.62,1.84 2.22,0.68 0.01,-0.98 0.91,-0.2 3.34,2.11 5.32,0.09 0.97,-1.34 2.15,0.49 0.65,-2.31 2.66,1.94 1.75,-0.53 -0.18,-0.94 1.4,1.22 0,0 1.09,1.74 -0.3,1.07 3.21,-0.32 2.12,0.99 1.41,-1.29 1.08,0.49 -1.78,2.11 0.85,1.98 2.47,1.03 1.1,-0.11 0.75,-1.7 0.05,0.71 0.82,-0.46 2.14,1.36 0.78,-0.58 0.61,1.45 2.03,1.18 2.19,-0.13 1.25,1.47 1.62,-1.02 0.06,-1.12 0.83,0.86 0.98,-0.42 0,0 0,0 0,0 0.19,0.91 0,0 -1.62,3.37 1.33,0.73 -0.19,1.66 -2.85,6.17 1.22,1.08 -1.78,1.23 0.3,0.9 -2.88,3.98 0.08,3.9 -1.08,1.34 0.6,0.39 -0.55,1.53 0,0 -1.48,-0.67 -1.1,0.91 -1.38,2.82 0.17,1.67 -2.08,-0.87 -0.66,2.22 0,0 -1.13,0.62 -0.82,-0.99 -1.07,0.2 1.37,-2.12 -1.75,-0.39 -0.84,0.85 -2.54,-0.7 -3.1,1.15 -2.34,-0.26 -0.45,1.48 -2.11,-0.13 -0.95,0.94 0.9,-1.71 -1.45,-0.12 -2.56,1.18 0.53,1.92 -2.3,2.16 -2.96,-0.38 -0.35,0.95 -1.48,0.22 -3.02,-1.3 -0.87,1.1 -1.44,-0.15 -0.39,1.21 -1.64,-0.36 0,0 -1.59,-1.94 -1.28,0.76 -0.62,-1.39 -3.27,0.85 -3.84,-1.48 0,0 1.25,-0.86 0.02,-1.22 -1.61,-0.56 -0.58,-1.28 -3.28,-0.37 1.02,-1.2 -0.59,-1.1 3.08,-2.67 0,0 0.03,-0.26 0,0 -1.29,-4.08 -1.97,0.52 -2.24,-3.81 -2.41,0.1 2.61,-2.17 6.08,-1.79 6.98,-0.11 2.22,-1.74 -1.08,-1.27 -0.79,-4.4 -7.86,-1.09 -0.66,-3.83 5.4,0.59 1.52,-1.62 -5.48,-1.87 -0.88,-2.54 -0.94,-0.17 0.23,-1.25 0,0 0.07,-0.61 0,0 -0.86,-1.71 -2.44,-0.56 0.83,-1.54 -0.51,-1.26 0,0 z'),
('50', 'Manche', false, 134.38, 88.8, 184.7, 168.82, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 135.51408,88.801588 1.44,1.36 1.46,-0.76 1.14,1.75 5.67,1.07 3.47,1.77 -0.11,-0.67 4.5,-0.61 0.98,-1.99 4.31,-0.63 4.33,0.68 1.5,5.71 -1.08,-0.38 -0.07,1.71 -1.71,0.26 -0.35,2.750002 5.8,8.42 -0.62,3.71 1.12,-0.88 1.59,1.18 0,0 0.11,1.14 -1.06,0.99 0.8,1.9 -0.66,0.6 2.4,2.31 4.32,2.73 2,-2.59 1.6,1.94 -1.13,0.63 -0.47,1.7 -1.38,0.12 2.98,2.08 -1.49,1.72 1.83,-0.9 0.39,3.08 -0.88,1.32 1.28,1.09 -1.81,1.15 -1.71,2.91 -2.22,0.98 -2.42,-0.5 -0.81,2.22 2.26,-0.28 0.12,1.3 -2.15,2.27 -1.1,-0.45 -2.55,3.18 2.36,0.77 0.82,2.34 4.57,0.33 0.87,-1.04 2.84,2.07 2.53,-0.99 -0.75,1.23 0,0 -0.42,1.36 1.36,-0.04 3.39,2.84 -1.55,1.79 1.42,2.26 -1.47,3.65 -3.56,3.82 0,0 -2.03,0.31 -1.94,-1.29 -0.71,1.43 -1.3,0.32 -2.72,-1.18 0,0 -7.63,-2.23 -1.05,2.15 -2.05,0.66 -1.05,1.87 -2.8,0.5 -1.21,-1.64 -1.58,-0.12 -3.46,-9.09 0,0 2.62,0.48 -0.1,-0.68 1.01,0.78 3.95,-1.22 1.56,0.77 -2.41,-1.68 1.05,-1.03 -2.54,1.28 -0.11,-1.02 -1.99,-0.78 -1.2,-2.92 -1.75,-1.04 -0.18,-4.7 -1.66,-0.84 1.25,-0.86 0.91,-4.83 0.78,-0.35 -0.8,-0.65 0.21,-5.37 0.93,-0.47 1.27,0.85 -1.57,-1.3 -0.77,0.32 -0.72,2.27 -0.9,-2.41 -0.42,-4.06 0.72,-2.11 -0.92,-5.21 1.63,-0.32 -1.64,-0.7 -0.51,1.57 -3.52,-7.38 -2.69,-2.87 -1.39,-0.12 -1.59,-8.36 -1.65,-1.93 1.96,-2.350002 -0.33,-3.85 -1.11,-1.78 -2.99,-1.02 -0.02,-2.61 1.13,-0.67 z'),
('51', 'Marne', false, 356.14, 109.25, 424.47, 165.47, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 359.91408,144.33159 1.78,-3.77 1.76,-0.16 0.14,-1.56 1.22,-0.22 -0.54,-1.09 1.28,-0.38 0.85,-2.39 1.51,-0.63 -1.12,-1.83 -2.72,0.39 0.07,-1.47 2.13,-1.07 -1.55,-2.68 0.89,-1.95 2.66,-0.23 0.78,0.75 1.8,-1.05 0.03,-1.41 -1.42,0.27 -0.66,-1.9 -0.69,0.62 -1.18,-1 1.01,-1.39 -1.08,-1.22 0.56,-0.94 -0.85,-2.84 5.51,-2.72 3.05,0.73 0.18,-2.25 2.83,-1.69 1.49,1.87 3.2,1.09 0.48,-2.93 0,0 5.94,0.32 0.41,1.12 1.92,0.03 2.52,3.62 1.22,0.01 0.26,0.78 1.51,-0.69 0.69,2.11 2.08,1.17 6.28,-1.19 -0.26,1.17 1.76,2.62 2.33,-1.64 2.64,1.06 2.56,-0.57 2.1,1.41 0.45,-2.23 1.94,-0.21 -0.11,0.92 1.25,0.92 0,0 1.69,1.71 -2.18,1.6 2.32,4.61 0.42,3.34 -1.66,2.38 1.8,-0.89 1.15,0.76 -0.09,1.92 -1.65,0.59 1.87,0.63 -0.96,2.18 -3.24,1.34 0,0 -0.18,0.35 0,0 -0.87,0.86 -0.02,1.92 1.04,1.62 -1.99,1.57 0.05,1.19 1.94,0.55 1.85,2.84 1.17,0.17 0.22,1.99 -0.73,0.05 -0.38,1.55 0,0 -1.61,-0.29 -0.5,0.9 -1.15,-0.87 -1.79,1.36 -2.09,-0.82 -1.49,0.63 -0.37,1.13 2.86,0.21 0.53,0.89 0,1.4 -3.76,1.11 0.55,1.82 0.82,-0.16 -0.56,0.84 0.66,1.6 -3.38,-0.79 -1.99,0.66 0,0 -1.46,-0.8 0.37,-0.62 -2.12,0.05 -1.97,1.74 -1.41,-1.39 -0.65,0.59 -3.85,-1.44 -3.53,-3.38 0.69,-3.96 -1.4,-2.27 -1.53,0.53 -0.84,-0.66 -0.39,0.91 -2.83,-0.37 -1.38,1.34 -2.14,-0.94 -0.91,2.19 -2.36,0.17 -2.2,3.8 -1.66,0.11 -0.36,1.68 -2.01,-0.36 0.55,2.67 -1.65,1.42 -3.64,-1.47 -4.07,0.02 -0.54,-2.45 -1.82,-0.5 -1,-1.99 0,0 -1.63,-1.02 0.58,-0.84 -3.45,0.7 0.35,-1.09 -0.81,-0.7 1.52,-2.16 -0.35,-2.49 -3.06,-1.27 0.6,-1.6 1.43,-0.4 -0.08,-0.8 -1.58,-0.35 3.48,-0.33 z'),
('52', 'Haute-Marne', false, 407.4, 154.55, 459.57, 223.57, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 409.10408,164.46159 1.99,-0.66 3.38,0.79 -0.66,-1.6 0.56,-0.84 -0.82,0.16 -0.55,-1.82 3.76,-1.11 0,-1.4 -0.53,-0.89 -2.86,-0.21 0.37,-1.13 1.49,-0.63 2.09,0.82 1.79,-1.36 1.15,0.87 0.5,-0.9 1.61,0.29 0,0 0.89,0.39 -0.69,1.2 0.33,2.85 1.31,0.02 1.02,-1.18 0.58,2.28 1.99,0.03 1.12,2.21 0.84,-0.28 1.89,2.27 4.82,1.17 0.76,1.66 2.14,0.59 0.45,1.82 2.48,1.47 0,0 -3.14,1.84 2.01,0.74 -1.02,1.39 0.39,1.6 2.18,-1.55 1.88,0.52 2.67,4.6 0.94,-1.11 1.24,1 0,2.12 1.91,0.48 1.83,2.46 -2.11,0.95 0.15,1.96 -1.13,1.67 0.57,0.78 -1.77,1.42 1.21,0.97 -0.03,-1 1.67,0.57 1.06,2.03 0.84,-0.36 1.43,1 0.77,2.28 -0.32,2.72 0.92,0.27 1.55,-1.7 1.57,3.07 0,0 -0.02,1.59 -1.4,-0.39 -1.19,2.18 0.25,1.16 -2.79,-0.45 -0.79,2.43 -2.1,-0.05 -0.62,2.57 1.23,0.7 0.13,1.29 -1.01,1.5 0.26,2.32 -3.9,0.77 -1.22,-2.17 -1.74,2.12 -1.77,-0.67 -0.86,0.74 -2.15,-0.16 -1.58,4.29 0,0 -0.71,0.86 -0.71,-1.16 -1.3,0.03 -2.28,2.01 -0.56,-1.2 0.88,-1.59 -0.87,0.36 -2.69,-2.2 0.21,-1.73 -2.53,2.08 -1.57,-1.53 -1.08,0.19 0.3,-1.66 -1.32,0.18 -0.03,-1.12 -2.5,1.5 -0.4,-4.68 -1.8,-0.32 3.05,-2.25 0.19,-0.99 -1.39,-1.2 -0.27,-1.7 -1.12,-0.3 -0.98,-3.07 -1.4,0.21 -0.37,1.32 -1.2,-0.77 1.4,-1.95 -0.82,-1.25 -2.53,-0.11 1.02,-1.62 -0.67,-1.07 -2.3,0.07 -1.36,-1 0,0 0.74,-1.51 -2.71,-2.09 1.99,-0.63 1.06,-1.74 4.3,0.75 -0.21,-1.5 0.9,-0.83 -0.6,-1.56 1.12,-1.91 -1.17,-1.31 1.07,-2.87 -2,-3.53 1.1,-1.18 -3.54,-1.53 0.22,-1.32 -2.24,-0.19 -1.16,-3.09 -2.06,-1.31 1.03,-0.55 z'),
('53', 'Mayenne', false, 163.85, 162.37, 213.15, 213.76, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 179.53408,166.30159 1.95,2.91 1.42,-0.65 0.58,1.79 2.08,-0.75 -0.65,-1.54 1.73,0.32 0.86,-1.13 0.69,2.64 2.24,-1.71 1.92,-0.1 1.72,-2.24 4.7,-0.06 1.81,1.61 1.33,-2.39 2.07,0.94 1.24,-1.81 -0.89,-0.78 0.57,-0.98 1.74,0.05 2.57,2.22 -1.17,1.09 1.12,3.35 3.99,0.36 -0.23,4.37 0,0 -3.36,1.09 0.61,1.58 -1.47,-0.11 0.78,2.93 -1.17,1.83 0.91,3.65 -4.49,2.93 0.64,0.63 -0.7,0.67 1.6,1.54 -0.9,0.91 0.28,2.38 -1.67,-0.4 -2.9,1.43 0,1.89 1.38,0.37 0.22,2.47 1.09,0.5 -5.64,2.59 0.2,1.32 1.4,0.45 0.11,1.78 -1.6,-0.03 -1.47,1.67 0.71,1.54 1.74,0.25 0.17,2.62 0,0 -1.4,-1.22 0.18,0.94 -1.75,0.53 -2.66,-1.94 -0.65,2.31 -2.15,-0.49 -0.97,1.34 -5.32,-0.09 -3.34,-2.11 -0.91,0.2 -0.01,0.98 -2.22,-0.68 -1.62,-1.84 -1.23,-0.1 -0.51,0.87 0.93,0.8 -1.21,0.43 -1.82,-0.99 -6.03,-0.09 -2.85,-1.9 0,0 0.75,-0.63 -0.07,-1.95 1.43,-0.99 -0.37,-1.4 0.82,-0.48 0.88,-4.12 1.22,-0.39 0.07,-0.95 3.08,0.14 1.38,-1.17 -0.69,-1.78 0.49,-2.29 -1.22,-1.35 -2.12,-10.7 2.35,-4.1 -1.49,-5.34 0.47,-5.85 0,0 2.72,1.18 1.29,-0.32 0.72,-1.43 1.94,1.29 z'),
('54', 'Meurthe-et-Moselle', false, 440.69, 99.41, 510.75, 175.75, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 455.27408,99.561588 1.5,1.380002 0.82,-0.35 0,1.48 2.14,1.38 0,0 0.38,1.14 1.27,-0.3 0.6,1.14 -0.01,2.3 -1.34,1.47 0.93,0.72 -0.34,1.48 2.19,1.78 -1.35,0.21 0.07,1.01 1.6,1.3 0.8,-0.36 0.05,3.41 1.47,1.07 -2.67,2.91 2.3,1.79 -2.09,1.35 0.91,2.06 -2.99,0.21 -0.3,1.08 1.39,2.81 2.38,0.69 1.21,1.49 -0.1,2.25 1.27,-0.27 0.37,1.18 1.43,-0.34 0.67,2.09 1.67,-0.56 5.74,1.42 0.67,1.31 -1.74,3.4 2.28,0.79 -1.6,0.61 2.25,0.76 0.1,2.05 1.54,0.28 1.57,-0.91 0.87,1.48 1.4,-0.07 1.06,1.06 2.06,-0.4 1.51,2.58 2.63,0.59 0.21,2.39 0.78,-1.09 1.94,1.4 1.05,-0.44 0.95,1.7 2.21,-0.07 0.79,1.39 2.39,0.08 0.78,-0.95 0.96,1.61 2.38,-0.07 -0.7,1.1 1.72,0.86 0.73,1.74 1.28,0.42 -1.08,0.47 0.79,0.14 0,0 0.13,1.42 1.6,-0.07 0,0 -5.79,2.18 -3.6,3.81 -1.17,-1.2 -1.45,1.24 0,0 -0.42,0.81 0,0 -1.5,0.99 0.23,-0.84 -0.89,0.17 -0.08,-0.73 -4.96,-1.09 -0.98,-2.79 -2.24,1.99 0.5,1.55 -1.89,-0.97 -6.01,2.51 -0.29,-1.46 -2.18,0.63 -1.41,-1.87 -2.58,2.26 -3.43,-0.66 0.05,1.7 -1.47,1.75 -1.02,-0.55 -0.18,-1.33 -0.67,1.49 -2.85,-0.24 -1.7,0.86 -0.49,-2.88 -1.89,-0.26 1.12,-2.08 -1.39,-0.15 -0.15,1.97 -1.59,-0.33 1.71,-2.22 -0.5,-1.49 0.83,-1.58 -1.98,-0.96 -2.93,1.71 -0.92,-0.88 0,0 0.49,-2.71 -2.5,-1.29 -0.03,-1.74 3.14,-1.2 0.47,-1.07 -1.84,0.21 -0.66,-1.92 0.97,-3.05 -2.07,-2.78 1.13,-0.45 -0.24,-1.13 1.74,-1.56 -0.94,-0.33 1.04,-1.71 -0.69,-2.82 1.03,-0.89 -1.78,-1.94 2.18,-1.86 2.07,-0.35 -0.55,-1.4 -1.47,-0.74 2.2,-3.52 -0.73,-1.47 -1.28,0.1 0.66,-2.75 -2.3,0.12 -0.79,-1.23 1.05,-0.87 -1.17,-1.16 0.87,-2.56 -1.68,0.09 -0.24,-1.27 0.88,-0.89 -0.73,-2.22 1.64,-0.89 0.38,-1.76 -0.32,-0.61 -1.24,0.38 0,0 -0.19,-0.71 0,0 0.4,-2.07 -1.13,-0.61 -0.17,-1.25 1.17,-0.94 -1.83,-0.26 0.01,-0.9 -2.43,-1.4 -0.76,1.09 -4.87,0.88 -0.56,1.52 -1.41,-1.12 2.35,-1.28 -1.4,-0.35 0.61,-1.33 -1.07,-0.33 0.19,-1.57 -1.5,-0.63 0.52,-1.03 1.25,1.14 -0.7,0.31 0.71,-0.15 0.01,-0.94 0,0 3.46,-2.04 2.28,1.45 1.28,-2.73 4.3,0.72 0.52,-1.420002 z'),
('55', 'Meuse', false, 418.25, 95.87, 458.28, 172.07, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 440.43408,96.951588 1.31,2.04 0.49,2.560002 -0.7,0.58 0.95,1.3 0,0 -0.01,0.94 -0.71,0.15 0.7,-0.31 -1.25,-1.14 -0.52,1.03 1.5,0.63 -0.19,1.57 1.07,0.33 -0.61,1.33 1.4,0.35 -2.35,1.28 1.41,1.12 0.56,-1.52 4.87,-0.88 0.76,-1.09 2.43,1.4 -0.01,0.9 1.83,0.26 -1.17,0.94 0.17,1.25 1.13,0.61 -0.4,2.07 0,0 0.19,0.71 0,0 1.24,-0.38 0.32,0.61 -0.38,1.76 -1.64,0.89 0.73,2.22 -0.88,0.89 0.24,1.27 1.68,-0.09 -0.87,2.56 1.17,1.16 -1.05,0.87 0.79,1.23 2.3,-0.12 -0.66,2.75 1.28,-0.1 0.73,1.47 -2.2,3.52 1.47,0.74 0.55,1.4 -2.07,0.35 -2.18,1.86 1.78,1.94 -1.03,0.89 0.69,2.82 -1.04,1.71 0.94,0.33 -1.74,1.56 0.24,1.13 -1.13,0.45 2.07,2.78 -0.97,3.05 0.66,1.92 1.84,-0.21 -0.47,1.07 -3.14,1.2 0.03,1.74 2.5,1.29 -0.49,2.71 0,0 -1.94,2.33 -3.17,-0.79 0.51,0.78 -1.52,1.08 0.15,1.03 -1.19,-1.05 -3.09,0.68 -0.5,1.41 -1.54,-0.73 0,0 -2.48,-1.47 -0.45,-1.82 -2.14,-0.59 -0.76,-1.66 -4.82,-1.17 -1.89,-2.27 -0.84,0.28 -1.12,-2.21 -1.99,-0.03 -0.58,-2.28 -1.02,1.18 -1.31,-0.02 -0.33,-2.85 0.69,-1.2 -0.89,-0.39 0,0 0.38,-1.55 0.73,-0.05 -0.22,-1.99 -1.17,-0.17 -1.85,-2.84 -1.94,-0.55 -0.05,-1.19 1.99,-1.57 -1.04,-1.62 0.02,-1.92 0.87,-0.86 0,0 0.18,-0.35 0,0 3.24,-1.34 0.96,-2.18 -1.87,-0.63 1.65,-0.59 0.09,-1.92 -1.15,-0.76 -1.8,0.89 1.66,-2.38 -0.42,-3.34 -2.32,-4.61 2.18,-1.6 -1.69,-1.71 0,0 4.13,-2.35 0.35,-0.98 -1.41,-1.29 0.11,-1.62 1.13,-2.09 1.92,-0.63 -1,-1.55 1.59,-1.07 -0.17,-2.45 -2.16,-2.72 1.29,-2.18 0,0 0,-0.48 0,0 0.94,-1.160002 -0.01,-2.02 1.28,0.1 0.84,1.77 2.96,-0.41 1.14,1.760002 2.06,-1.130002 1.06,-2.19 1.68,0.05 0.74,-1.5 0,0 z'),
('56', 'Morbihan', false, 60.16, 184.66, 130.76, 241.86, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 80.424077,235.16159 3.75,1.43 0.73,2.13 3.24,0.92 -0.56,1.7 -0.73,0.52 -3.41,-1.45 -1.82,0.54 -0.82,-0.61 -1.01,-2.95 0.63,-2.23 z m -13.17,-49.25 3.96,0.62 1.02,-0.7 1.08,0.91 -0.79,0.84 0.87,0.86 3.38,-1.55 0.45,1.28 1.47,-0.24 0.73,0.89 1.28,-0.7 1.14,0.56 0.91,-1.4 2.15,0.04 1.03,-2.66 3.23,0.19 0.92,0.37 0.64,2.33 2.38,-0.68 2.13,0.4 1.67,1.43 1.93,-0.19 1.270003,3.59 0.8,-1.83 2.11,0.23 1.8,-1.11 0.43,2.03 -0.96,2.16 0.69,1.92 4.49,-2.74 1.41,-3.54 -0.88,-1.5 4.61,-1.01 2.77,3.88 0.35,-0.92 2.57,-0.53 0,0 1.38,1.69 -0.07,2.73 1.47,-1.11 2.15,0.33 -0.85,1.44 -2.27,-0.02 -0.82,0.83 -1.05,3.01 2.13,-0.53 2.64,1.25 1.22,-0.28 2.75,3.97 -1.53,1.78 0.79,1.8 -0.58,0.81 0.93,0.33 1.41,-1.6 0.77,2.19 -3.2,3.87 0,0 -0.63,0 0,0 2.74,1.18 0.15,0.79 -2.05,0.11 0,0 -0.17,0.5 0,0 -0.76,0.36 1.29,5.65 0,0 0.69,1.22 -0.8,1.06 0.11,3.76 -2.46,0.69 -0.26,1.95 -1.06,-0.32 0.17,-1.08 -2.49,1.11 -0.59,-1.19 -1.63,-0.13 -0.78,3.38 -3.5,0.29 -0.9,-1.27 -1.43,1.77 0,0 -1.56,-0.12 -0.26,-2.58 2.52,-0.38 -2.85,-1.59 -4.67,1.23 -0.36,-0.94 -1.1,0.08 -1,1.29 -1.87,-0.54 -3.710003,1.21 -1.43,-0.73 -0.99,-2.13 -1.29,-0.1 -0.27,-1.13 -2.2,-0.21 -1.05,-1.41 -0.63,0.81 -0.84,-1.58 0.04,1.2 -4.13,0.2 -0.46,2.3 1.83,3.61 -1.69,0 -1.18,-3.07 0.86,-1.21 -0.81,-3.91 -5.1,-4.73 -2.41,-0.73 -0.9,0.58 -0.2,-1.52 -3.96,0.74 -3.04,-3.97 0,0 0.25,-5.07 1.56,1.35 1.38,-0.8 0.36,-1.67 2.06,0.04 -0.85,-2.6 1.35,-1.29 -0.22,-1.98 -1.04,-0.99 -2.1,1.75 -0.96,-1.82 -1.69,-0.85 -4.48,0.25 -1.44,-4.62 -1.45,-0.5 0.56,-1.65 -1.55,-0.12 -0.07,-0.96 0.83,-1.91 6.26,-2.78 z'),
('57', 'Moselle', false, 459.73, 102.7, 532.3, 164.68, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 474.57408,102.71159 4.91,3.16 0.11,-0.7 1.17,0.41 1.3,-0.79 4.8,2.84 0.61,0.77 -0.72,1.13 2.54,2.33 -1.4,1.18 1.95,2.89 2.32,1.37 -0.38,1.34 1.19,0.58 0.27,2.14 1.17,-0.15 -0.5,1.96 1.12,1.46 1.71,-0.28 2.31,0.98 1.1,-1.75 -0.99,-2.02 0.92,-0.64 1.35,0.86 1.89,-0.86 0.89,1.27 0.55,-0.44 2.51,1.21 0.72,4.86 1.49,-0.99 -0.28,-1.17 0.77,-0.47 0.2,1.05 0.89,-0.18 1.31,1.37 3.69,-0.6 1.99,0.95 1.34,-1.81 1.51,0.02 0.1,-1.78 3.31,-0.77 -0.37,1.2 2.42,-0.27 0.25,2.39 1.49,2.38 3.97,1.27 0.23,1.22 0,0 -2.42,6.09 -1.73,1.55 -3.52,-2.27 -5.24,1.58 -1.46,-0.77 0.14,-1.15 -2.34,-0.9 -1.11,0.53 -1.58,-1.64 -1.95,-0.01 -1.04,-3.56 0.65,-0.45 -0.78,-0.5 -1.28,0.76 0.41,0.94 -1.94,4.01 0.07,1.94 -1.74,-0.32 -0.49,1.77 -1.44,-0.01 0.45,2.51 3.9,1.19 0.08,0.98 1.85,-0.22 0.04,0.73 -1.87,0.43 0.04,1.77 1.54,0.28 -0.92,0.73 0.47,0.96 2,-1.1 0.68,-2.45 1.75,-0.51 1.52,1.94 0.07,-0.7 1.53,0.45 -0.45,0.9 1.62,0.61 1.11,1.94 -2.06,4.31 -0.94,0.41 0.96,1.86 1.62,0.15 -1.68,1.84 0.63,0.13 -0.59,2.38 -4.15,3.94 -3.69,-0.49 0,0 -0.79,-0.14 1.08,-0.47 -1.28,-0.42 -0.73,-1.74 -1.72,-0.86 0.7,-1.1 -2.38,0.07 -0.96,-1.61 -0.78,0.95 -2.39,-0.08 -0.79,-1.39 -2.21,0.07 -0.95,-1.7 -1.05,0.44 -1.94,-1.4 -0.78,1.09 -0.21,-2.39 -2.63,-0.59 -1.51,-2.58 -2.06,0.4 -1.06,-1.06 -1.4,0.07 -0.87,-1.48 -1.57,0.91 -1.54,-0.28 -0.1,-2.05 -2.25,-0.76 1.6,-0.61 -2.28,-0.79 1.74,-3.4 -0.67,-1.31 -5.74,-1.42 -1.67,0.56 -0.67,-2.09 -1.43,0.34 -0.37,-1.18 -1.27,0.27 0.1,-2.25 -1.21,-1.49 -2.38,-0.69 -1.39,-2.81 0.3,-1.08 2.99,-0.21 -0.91,-2.06 2.09,-1.35 -2.3,-1.79 2.67,-2.91 -1.47,-1.07 -0.05,-3.41 -0.8,0.36 -1.6,-1.3 -0.07,-1.01 1.35,-0.21 -2.19,-1.78 0.34,-1.48 -0.93,-0.72 1.34,-1.47 0.01,-2.3 -0.6,-1.14 -1.27,0.3 -0.38,-1.14 0,0 3.22,0.28 0.56,2.67 2.57,0.26 0.64,-1.22 1.78,0.84 1.12,-2.52 0.63,0.39 1.33,-1.45 z'),
('58', 'Nièvre', false, 333.46, 222.88, 390.8, 279.89, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 338.82408,224.01159 1.86,0.77 3.35,-1.9 0.92,0.7 -0.1,2.23 1.77,1.3 1.61,-0.28 1.24,2.1 1.7,-0.11 0.44,-0.81 2.59,2.14 1.89,-2.25 3.98,0.73 0.45,-4.11 0.62,2.06 2.76,1.84 0.28,2.52 1.2,-0.62 2.43,0.98 2.15,3.17 2.53,-0.41 1.26,1.6 0.16,-1.41 1.88,-2.01 1.15,1.25 -1.43,1.34 0.53,1.63 2.98,-0.93 0.19,-0.82 0.98,1.12 -0.01,2.69 1.25,1.33 1.04,-0.24 0.66,-1.58 2.62,0.03 0,0 1.52,-0.93 -1.2,2.83 0.81,0.13 -0.8,0.86 0.8,3.29 1.87,-0.98 2.05,2.78 -0.75,3.25 0,0 -0.9,0.3 0,0 -3.01,0.28 0.07,1.32 0,0 -2.79,0.71 -0.49,2.07 1.46,1.4 -0.69,2.55 -2.63,1.72 0.64,0.86 1.21,-0.86 0.7,1.71 -0.74,2.88 2.59,2.55 -2.34,1.85 0.46,3.56 -0.86,-0.61 -1.53,0.54 -2.88,2.32 -5.43,2.37 -0.58,-2.08 -1.89,-1 -3.23,0.89 -1.28,-0.69 0,0 -1.36,-0.99 -0.46,1.57 0,0 0.48,0.92 0,0 -2.05,0.09 0.55,2.04 -1.88,0.35 -1.38,1.98 -1.63,-0.75 0.39,-1.63 -1.32,-1.46 -1.72,0.08 -1.34,1.73 -1.39,-0.33 -0.53,-1.6 -1.31,-0.06 -2.78,2.49 -3.04,-3.12 -2.94,-1.43 -1.11,-2.64 0,0 1.57,-3.44 -0.82,-3.38 1.25,-2.92 -0.65,-1.16 0.58,-2.97 -2.49,-2.46 0.53,-3.46 -2.17,-6.53 0.14,-2.03 -4.24,-3.35 -0.49,-1.33 2.62,-6.09 -2.34,-5.07 0,0 -1.12,-1.12 0.39,-0.81 0.67,0.46 1.74,-1.28 1.82,0.54 z'),
('59', 'Nord', false, 301.9, 0.33, 390.91, 73.26, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 342.41408,60.101588 0.66,0.14 0,0 0.71,0.52 -1.13,0.95 0.2,1.08 -1.51,0.09 -1.09,1.13 -0.33,-2.45 1.57,-0.09 0.73,-1.01 0,0 0.19,-0.36 z m -20.81,-57.5299999 0.53,3.46 1.39,0.81 1.03,2.82 -1.73,1.8199999 0.77,1.42 -0.39,3.18 1.48,2.44 1.38,-0.63 2.25,0.77 2.75,5.49 1.17,0.71 1.2,-0.46 2.48,2.01 1.91,-3.91 4.24,-1.83 1.05,0.47 1.33,-1.41 1.62,0.27 1.66,4.24 2.88,1.54 0.19,1.65 -1.08,1.2 2.17,8.71 3.51,2.16 2.96,-1 1.14,-1.74 1.83,0.63 -0.76,2.36 4.48,-0.57 2.16,2.56 0.62,3.47 -0.59,2.39 1.97,3.96 1.64,-2.99 2.5,-0.2 0.28,0.69 1.06,-0.63 2.58,1.71 5.09,-2.08 2.15,3.12 1.9,0.88 0.65,2.55 1.23,-0.02 -0.72,-1.08 0.52,-0.92 1.92,1.11 0.53,1.25 -2.82,2.61 0.07,3.19 -1.1,1.91 2.98,0.04 -0.12,1.78 1.37,2.33 -2.91,1.36 -1,1.85 1.08,1.19 -0.84,1.37 0,0 -2.32,0.68 -1.03,-0.97 -3.4,-0.59 0.62,-2.11 -0.55,-1.15 -3.93,2.24 -0.64,-1.82 -5.26,-0.96 -1.28,-1.12 -2.11,1.03 -0.18,1.55 -0.8,-0.55 -1.09,0.84 -0.84,-1.23 -2.07,-0.68 -2.2,2.36 -5.28,-1.2 -1.42,1.34 -2.14,0.1 -0.79,-1.17 -3.58,1.35 0,0 -0.93,-1 -1.32,0.06 -1.18,-1.79 0,0 -0.07,-1.88 1.05,-0.54 -0.92,-1.92 1.58,-1.07 -1.2,-1.56 2.32,-1.22 -0.9,-1.71 2.21,-1.4 -1.67,-1.11 0.02,-1.05 -4.16,-0.98 -1.53,0.52 0.15,-0.96 1.67,0.12 0.01,-1.26 1.25,-0.56 -3.2,-3.15 -0.99,-2.8 3.51,-1.53 0.05,-2.01 -2.24,0.9 -0.39,-0.92 0.91,-1.74 -2.5,-1.76 -2.81,0.7 -0.79,-0.52 0.2,-1.88 -2.53,0.76 -0.96,-0.53 -0.34,-1.06 0.81,-0.02 0.03,-0.96 -1,-1.36 2.13,-2.89 1.17,-0.08 -2.49,-2.47 -1.78,0.38 -0.2,0.93 1.17,0.97 -1.27,-0.12 -0.6,2.09 -1.38,-1.8 -1.62,-0.35 -1.78,1.21 -0.66,-1.04 -2.81,0.48 -0.71,-1.11 -1.81,0.75 -3.52,-3.22 -1.2,0.62 -0.43,-0.82 1,-0.83 -2,-2.79 3.01,-1.72 -1.62,-1.19 -0.08,0.83 -2.35,-0.95 -0.99,0.58 -3.13,-2.47 -3.27,-9.7799999 -1.97,-2.84 0,0 3.44,-0.91 0.5,1.18 0.47,-1.62 5.91,-1.84 2.13,0.43 6.53,-2.61 0.72,2.24 z'),
('60', 'Oise', false, 285.37, 86.47, 346.66, 131.16, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 286.42408,109.22159 3.17,-6.14 -1.28,-0.51 -0.61,1.42 -1.17,-0.99 1.32,-2.12 -1.02,-0.41 -0.4,-2.090002 -1.01,-0.17 1.3,-0.57 -1.13,-0.78 1.13,-1.42 -1,-1.34 2.25,-3.24 -0.31,-0.47 -1.58,1.36 -0.71,-0.89 1.07,-0.78 -0.05,-1.76 1.36,-0.29 0.13,-1.56 1.49,0.38 0,0 2.27,1.14 -0.78,1.21 1.13,1.24 1.67,0.21 1.84,-1.42 0.68,1.23 0.91,-1.18 2.59,0.54 1.33,1.82 4.85,-1.38 2.66,0.2 2.34,1.32 0.55,-0.6 2.28,2.18 3.09,0.18 1.35,2.06 1.17,-1.18 1.47,1.5 1.05,-0.21 0.18,1.42 0.92,-1.01 1.35,0.14 0.17,1.99 0.86,0.48 1.61,-3.44 4.03,0.86 0.44,-3.12 2.04,0.05 0.62,-1.61 1.29,0.8 -1.09,-1.91 0.72,-0.74 0.4,1.01 0.88,-0.76 1.66,2.86 -0.27,-1.86 1.25,-0.72 1.14,0.19 0.92,1.48 1.17,-0.97 -0.15,-1.21 1.3,0.08 -0.01,1.4 1.54,-0.98 0,0 0.31,2.84 -1.22,0.32 0.65,1.13 -0.86,1.05 1.87,3.04 -0.5,3.130002 -1.33,0.8 1.25,1.78 -0.7,1.21 2.4,1.67 -2.95,0.43 0.06,3.6 -2.11,3.07 -1.8,-0.76 -1.33,0.86 0.71,2.47 2.17,0.11 0.08,3.45 -0.71,0.98 -0.88,-1.21 -1.8,0.61 0.38,2.2 0.71,0.45 0.32,-0.69 1.22,1.58 0.57,-0.9 -1.38,-0.27 0.19,-1.7 3.18,1.48 0.18,2.11 0.52,-2.44 0.66,0.84 0,0 -0.01,0.52 0,0 -0.36,0.56 1.63,0.45 -1.73,0.75 0.24,1.09 -0.68,-0.73 -0.95,1.64 0,0 -0.23,1.98 -2.39,-0.4 -0.89,1.29 -0.78,-1.29 -1.15,0.91 -1.69,-0.44 -2.02,0.87 -1.81,-1.67 -2.33,2.25 -1.32,-0.91 -0.99,0.71 -2.64,-2.78 -1.77,1.8 0,0 -1.34,-1.17 -0.16,-1.62 -0.91,1.54 -1.74,-0.41 0.56,-0.72 -1.82,-1.46 -1.07,0.47 0.24,-0.82 -2.7,-0.83 -0.72,0.74 -1.82,-2.43 -1.17,1.69 -2.42,0.51 -0.36,-1.75 -1.99,1 -0.94,-1.58 -0.48,0.6 -0.31,-0.93 -1.35,0.23 -0.64,-1.28 -3.28,2.18 -1.08,-0.49 -1.04,0.84 -4.8,0.39 0.06,-0.8 -1.02,0.21 -0.36,-0.75 -2.57,0.27 -1.12,-1.61 1.05,-1.12 -1.09,-1.06 -0.41,0.58 0,0 0.24,-2.09 2.02,-0.49 1.29,1.67 0.62,-1.81 -0.26,-0.98 -1.05,-0.11 -0.47,-4.74 -1.64,-1.74 0.76,-0.78 z'),
('61', 'Orne', false, 179.53, 136.78, 255.77, 186.31, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 180.36408,150.62159 2.62,-2.23 2.62,-0.79 1.3,-1.37 -0.92,-0.95 0.49,-0.61 2.06,0.41 -0.11,0.83 3.05,-0.18 4.37,-2.55 2.44,-0.02 0.94,1.6 1.04,-0.17 -0.55,0.83 1.15,0.79 0.72,-2.11 0.99,-0.11 4.76,1.02 2.69,1.59 -0.93,-1.23 1,-0.77 2.33,0.5 1.71,-2.31 0.86,0.29 -0.03,-0.87 2.56,-1.01 1.03,-2.23 1.92,-0.87 1.2,1.7 1.82,-1.18 1.43,0.22 0.55,-1.32 1.3,-0.4 0.01,1.12 1.25,-0.41 1.21,0.81 1.65,-1.86 1.58,1.4 0,0 -1.25,2.37 1.6,1.61 5.33,0.77 1.24,-1.17 0.37,1.32 1.08,-0.36 -0.22,1.44 1.09,0.02 -1.12,1.41 6.12,4.07 0.66,1.87 -1.91,1.93 1.73,0.73 0.07,1.62 1.86,-0.04 0,0 0.68,2.27 -0.54,1.36 1.17,0.15 0.18,1.7 3.09,1.39 0.56,0.67 -0.63,0.79 1.75,0.83 -1.01,1.47 0.55,1.11 -0.81,0.36 0.17,1.27 1.49,0.99 -2.57,4.22 -5.25,1.97 -0.73,1.17 -0.61,1.42 2.11,0.66 -0.75,1.75 1.75,2.94 -1.35,1.2 0,0 -1.55,0.85 -0.93,-0.48 -2.25,-4.12 -1.25,-0.58 -0.92,0.48 0.3,1.43 -0.62,-0.8 -3.67,-0.17 -1.76,-2.24 -0.14,-1.58 -0.43,0.72 -3.62,-1.45 -0.91,-5.61 0.51,-0.82 -1.1,-2.14 -2.28,-1.35 -5.33,0.97 0.06,0.91 -1.22,-0.43 0.51,1 -3.55,2.05 -0.56,1.92 -1.81,-0.19 -0.64,-1.03 -2.29,1.01 0,0 0.23,-4.37 -3.99,-0.36 -1.12,-3.35 1.17,-1.09 -2.57,-2.22 -1.74,-0.05 -0.57,0.98 0.89,0.78 -1.24,1.81 -2.07,-0.94 -1.33,2.39 -1.81,-1.61 -4.7,0.06 -1.72,2.24 -1.92,0.1 -2.24,1.71 -0.69,-2.64 -0.86,1.13 -1.73,-0.32 0.65,1.54 -2.08,0.75 -0.58,-1.79 -1.42,0.65 -1.95,-2.91 0,0 3.56,-3.82 1.47,-3.65 -1.42,-2.26 1.55,-1.79 -3.39,-2.84 -1.36,0.03 z'),
('62', 'Pas-de-Calais', false, 279.78, 5.56, 347.62, 69.94, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 301.67408,5.5615881 0.24,0.14 0,0 1.97,2.84 3.27,9.7799999 3.13,2.47 0.99,-0.58 2.35,0.95 0.08,-0.83 1.64,1.19 -3.01,1.72 2,2.79 -1,0.83 0.43,0.82 1.2,-0.62 3.52,3.22 1.81,-0.75 0.71,1.11 2.81,-0.48 0.66,1.04 1.78,-1.21 1.62,0.35 1.38,1.8 0.6,-2.09 1.27,0.12 -1.17,-0.97 0.2,-0.93 1.78,-0.38 2.49,2.47 -1.17,0.08 -2.16,2.89 1.03,1.36 -0.03,0.96 -0.81,0.02 0.34,1.06 0.96,0.53 2.53,-0.76 -0.2,1.88 0.79,0.52 2.81,-0.7 2.5,1.76 -0.91,1.74 0.39,0.92 2.24,-0.9 -0.05,2.01 -3.51,1.53 0.99,2.8 3.2,3.15 -1.25,0.56 -0.01,1.26 -1.67,-0.12 -0.15,0.96 1.53,-0.52 4.16,0.98 -0.02,1.05 1.67,1.11 -2.21,1.4 0.9,1.71 -2.32,1.22 1.2,1.56 -1.58,1.07 0.92,1.92 -1.05,0.54 0.07,1.88 0,0 -0.57,0.54 -2.56,-0.88 -1.8,1.13 -1.03,-0.75 -3.42,2.11 -0.58,-0.65 1.08,-1 -1.15,-2.08 -3.93,2.55 0.99,-4.94 -2.86,-0.85 0.22,1.22 -0.75,0.47 0.96,0.97 -0.64,0.41 -3.14,-1.83 -2.18,-0.25 0.47,-1.57 -1.24,-0.35 -0.99,1.87 -0.77,-1.75 -2.3,0.63 -1.67,2.83 -1.77,-1.43 0.49,-2.84 1.33,-1.47 3.11,-1.18 -1.81,-2.32 -1.87,-0.27 -1.98,1.82 -1.09,-2.1 -0.72,0.29 0.5,1.39 -1.16,0.11 -1.21,-1.13 -1,1.19 -1.38,-0.52 -2.63,1.82 -0.83,-1.25 -1.84,0.58 -0.88,-2.21 0.51,-1.12 -5.41,-2.31 -0.6,-0.75 1.39,-1.43 -0.75,-0.62 -1.61,1.27 -4.3,-3.19 -1.78,-0.07 -4.01,2.07 -0.97,-1.44 0,0 -3.64,-3.14 1.34,-8.96 2.01,1.63 -2.44,-3.65 -0.7,-8.41 1.93,-5.02 -1.03,-6.31 3.31,-1.14 2.74,-3.2 2.4,-1.2399999 12.33,-3.51 z m 39.83,55.9099999 -1.57,0.09 0.33,2.45 1.09,-1.13 1.51,-0.09 -0.2,-1.08 1.13,-0.95 -0.71,-0.52 0,0 -0.84,0.23 -0.74,1 z'),
('63', 'Puy-de-Dôme', false, 314.41, 303.89, 380.72, 360.89, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 321.84408,310.33159 2.97,1.46 1.47,-3.18 2.04,-0.59 0.38,-2.43 3.2,1.57 0.93,-3.04 3.64,-0.23 1.1,0.59 -1.34,1.61 -0.01,2.16 1.6,0.44 0.68,2.78 1.9,1.28 3.2,-0.73 0.29,1.86 1.28,0.81 7.19,0.25 1.22,1.24 3.61,-1.74 0.79,0.87 0,0 0.99,0 0,0 0.1,3.1 5.27,-0.93 1.71,3.68 1.84,0.23 0.7,1.65 0,0 2.56,2.62 -1.62,0.94 0.29,3.36 -1.39,1.33 1.76,0.98 0.05,1.44 2,1.5 -0.15,1.99 1.94,3.54 4.57,3.16 1.13,4.23 0.99,0.63 -0.89,3.53 -2.98,2.14 0.24,2.49 0,0 -2.51,-0.49 -0.07,-1.01 -1.39,-0.51 -1.12,2.54 -3.09,-0.63 0.31,-0.93 -1.59,-0.52 -0.25,1.29 -1.92,1.39 -1.98,-3.78 -1.68,0.21 -1.2,-1.76 -1.6,1.58 -1.75,0.2 -1.72,-0.17 -0.98,-1.25 -1.19,1.48 -1.1,-1.37 -0.47,1.21 -2.18,0.38 -2.35,2.51 -2.81,-0.03 0,0 -2.15,1.22 -0.35,1.69 -2.15,0.72 -2.13,-1.08 -1.08,-3.52 -1.6,-0.9 -0.69,0.44 -2.27,-1.44 -1.18,0.94 -1.76,-0.52 -1.14,0.68 -1.42,-1.5 0.33,-1.8 -2.66,-0.38 -0.26,-1.52 -1.26,1.22 -0.92,-0.95 -1.19,0.52 0.29,-1.31 -1.46,0.01 0,0 0.38,-4.47 -1.18,-0.39 -1.16,-2.08 1.03,-2.65 1.41,0 0.41,-1.06 -0.71,-0.47 0.45,-2.58 -1.33,-1.67 0,0 -2,-1.23 -2.29,-4.04 2.42,-1.05 -0.07,-1.28 1.98,0.15 0.31,-1.35 2.35,-1.61 -0.51,-1.1 0.83,-1.46 1.86,-0.62 -0.67,-1.43 0.36,-2.61 -1.25,-0.73 -0.89,-2.32 z'),
('64', 'Pyrénées-Atlantiques', false, 141.08, 459.03, 216.49, 505.38, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 151.98408,462.87159 1.93,-0.55 0.44,1.3 1.53,0.14 0.53,0.97 5.19,-0.07 4.51,-2.8 2.15,1.61 -1.65,0.76 1.13,1.04 2.59,-2.03 0.53,0.8 3.13,0.26 0.14,-2.18 1.69,0.6 1.82,-1.06 2.47,0.49 3.2,-2.13 2.13,2.21 0.45,-1.13 2.71,-0.82 -0.66,1.06 2.56,1.03 1.19,-1.15 0.86,0.74 4.08,-2.93 0.74,0.63 -1.28,1.28 0.54,0.75 2.27,-1.1 2.43,1.04 2.18,-2 1.69,0.07 0,0 2.72,-0.66 0.69,0.91 2.66,-0.09 0,0 0.12,2.2 1.13,-0.27 1.08,2.03 -0.41,1.18 1.31,1.12 -1.97,0.51 -0.22,1.59 0.85,0.93 -0.69,0.46 1.01,0.04 1.75,-2 -0.12,4.16 1.38,1.48 -0.81,1.19 -1.53,-0.22 -0.81,1.58 1.2,1.76 -1.33,2.95 -0.99,-0.24 0.22,2.61 -1.59,0.59 -0.46,-0.76 -1.19,2.9 -1.95,0.83 -0.25,2.68 0.78,0.86 -3.35,0.83 0.05,1.28 -1.19,0.52 0.28,4.03 -1.92,0.94 0.59,3.83 0,0 -3.38,2.85 -2,0.2 -2.64,-1.8 -1.99,2.68 -5.16,-5.93 -1.64,-0.13 -1.51,-4.58 -2.26,0.96 -4.04,-0.71 -1.56,0.59 -7.1,-4 -1.16,0.91 -1.25,-1.7 -2.33,-0.98 -1.4,0.66 -1.93,-1.41 1.59,-2.83 -2.57,0.66 -0.88,4.44 -3.57,-1 -1.37,-2.38 2.44,-2.23 1.35,-3.49 -0.27,-3.9 -6.08,-2.04 -1.15,0.32 -0.28,1.88 -1.61,0.19 -0.66,-3.13 -1.87,-0.47 -2.49,1.07 -0.34,-1.94 -2.05,-1.16 0.69,-0.82 -0.61,-0.42 4.87,-0.93 1.57,-1.38 4.38,-6.63 z m 58.97,9.74 0,0 0.69,1.31 -0.9,-0.12 -0.29,0.86 0.98,0.7 0,0 0.94,-0.13 0,0 -0.09,-2.78 0,0 -1,-0.76 0,0 -0.49,0.35 0.16,0.57 z m -0.77,3.22 0,0 -0.75,1.72 0.78,1.75 1.73,-1.24 -0.82,-2.31 0,0 -0.46,-0.37 -0.48,0.45 z'),
('65', 'Hautes-Pyrénées', false, 201.65, 458.49, 242.07, 511.33, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 210.66408,475.38159 0.46,0.37 0,0 0.82,2.31 -1.73,1.24 -0.78,-1.75 0.75,-1.72 0,0 0.48,-0.45 z m 1.51,-2.98 0.11,0.07 0,0 0.09,2.78 0,0 -0.94,0.13 0,0 -0.98,-0.7 0.29,-0.86 0.9,0.12 -0.69,-1.31 0,0 -0.16,-0.55 0,0 0.49,-0.35 0,0 0.89,0.67 z m -0.91,-12.53 0.95,-1.38 2.46,0.04 0.49,2.29 2.29,2.71 2.67,0.18 1.95,4.02 -1.35,1.2 0.88,1.41 0.86,-0.22 0.36,1.85 4.75,-1.04 0.49,1.18 0.66,-0.43 0.29,1.8 2.39,-0.74 0.91,1.55 1.28,0.04 0.09,-0.71 6.78,1.72 0,0 1.15,0.82 -3.5,3.37 0.92,0.91 -2.32,0.43 0.18,1.2 -3.37,3.46 0.92,0.51 -0.35,0.63 1.49,-0.25 0.48,1.09 2.67,1.18 -0.05,2.25 -1.13,-0.34 -0.38,2.07 3.3,-1.67 0.82,2.03 -0.57,0.91 1.35,1.21 -1.92,1.85 -1.58,3.78 -3.54,-0.96 -1.19,8.14 1.48,1.31 -0.36,0.57 0,0 -2.21,0.51 -2.59,-1.87 -2.73,2.85 -1.44,-2.38 -3.46,-1.19 -7.4,2.93 -2.27,-0.41 -0.49,-1.42 -1.81,-0.47 -1.99,-4.06 -1.14,0.62 -5.19,-3.52 0,0 -0.59,-3.83 1.92,-0.94 -0.28,-4.03 1.19,-0.52 -0.05,-1.28 3.35,-0.83 -0.78,-0.86 0.25,-2.68 1.95,-0.83 1.19,-2.9 0.46,0.76 1.59,-0.59 -0.22,-2.61 0.99,0.24 1.33,-2.95 -1.2,-1.76 0.81,-1.58 1.53,0.22 0.81,-1.19 -1.38,-1.48 0.12,-4.16 -1.75,2 -1.01,-0.04 0.69,-0.46 -0.85,-0.93 0.22,-1.59 1.97,-0.51 -1.31,-1.12 0.41,-1.18 -1.08,-2.03 -1.13,0.27 -0.13,-2.17 z'),
('66', 'Pyrénées-Orientales', false, 287.03, 497.6, 347.07, 530.52, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 305.08408,511.95159 1.26,0.7 2.96,-3.22 1.39,0.41 2.3,-1.48 -0.46,-4.13 -0.95,-1.27 0.73,-0.99 6.78,-0.55 9.84,0.85 2.11,-3.43 3.13,-1.24 7.46,4.46 0,0 -0.4,9.76 0.74,6.87 3.72,1.55 -0.75,0.59 2.13,3.96 -3.67,0.52 -1.89,-2.67 -3.06,0.43 -0.83,-0.94 -1.22,1.45 -3.25,-0.14 -2.54,2.63 -1.86,-0.68 -2.44,1.09 -0.95,1.03 0.83,2.57 -3.95,-0.99 -1.93,1.43 -2,-0.41 -2.04,-2.98 -7.31,-2.5 -2.3,1.25 -1.91,-0.44 -2.91,3.43 -3.02,0.58 -1.76,-1.25 -1.49,-4.41 -2.22,0.21 -2.4,-2.13 -3.92,-0.45 0.39,-3.41 2,-1.04 0,0 3.43,-0.35 1.31,-1.97 1.38,0.59 1.66,-0.69 1.01,-2.49 6.87,-0.11 z'),
('67', 'Bas-Rhin', false, 503.51, 130.13, 557.02, 190.01, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 509.02408,164.19159 3.69,0.49 4.15,-3.94 0.59,-2.38 -0.63,-0.13 1.68,-1.84 -1.62,-0.15 -0.96,-1.86 0.94,-0.41 2.06,-4.31 -1.11,-1.94 -1.62,-0.61 0.45,-0.9 -1.53,-0.45 -0.07,0.7 -1.52,-1.94 -1.75,0.51 -0.68,2.45 -2,1.1 -0.47,-0.96 0.92,-0.73 -1.54,-0.28 -0.04,-1.77 1.87,-0.43 -0.04,-0.73 -1.85,0.22 -0.08,-0.98 -3.9,-1.19 -0.45,-2.51 1.44,0.01 0.49,-1.77 1.74,0.32 -0.07,-1.94 1.94,-4.01 -0.41,-0.94 1.28,-0.76 0.78,0.5 -0.65,0.45 1.04,3.56 1.95,0.01 1.58,1.64 1.11,-0.53 2.34,0.9 -0.14,1.15 1.46,0.77 5.24,-1.58 3.52,2.27 1.73,-1.55 2.42,-6.09 0,0 1.52,0.57 2.44,-0.76 0.12,0.82 2.44,-1.41 3,2.04 0.92,-0.96 1.3,0.44 0.58,-1.02 1.78,1.91 5.02,2.36 5.6,1.53 -1.45,0.56 -2.01,3.32 -2.47,6.42 -2.48,1.03 -0.58,1.6 -1.82,0.21 -0.33,2.21 -5.18,5.07 -1.62,3.57 0.25,4.34 -1.56,1.53 -1.49,5.98 0.51,4.19 -2.14,1.58 -1.11,4.98 -3.72,6.27 0,0 -2.4,-0.38 0.01,-1.42 -2.07,-0.65 0.29,-2.69 -6.7,-2.99 0.69,-1.2 -1.62,0.07 0.35,-0.78 -1.05,-1.41 -3.2,-0.33 0,0 -0.8,-1.83 -2.62,0.4 -1.7,-1.19 1.34,-1.57 -0.97,-1.29 1.38,-5.33 -1.18,-1.24 1.84,0.36 -0.66,-1 0,0 -1.6,0.07 z'),
('68', 'Haut-Rhin', false, 499.04, 178.23, 531.71, 233.08, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 514.12408,178.23159 3.2,0.33 1.05,1.41 -0.35,0.78 1.62,-0.07 -0.69,1.2 6.7,2.99 -0.29,2.69 2.07,0.65 -0.01,1.42 2.4,0.38 0,0 -0.3,5.37 2.19,3.85 -2.73,5.74 0.23,2.34 -1.35,3.82 0.76,2.8 -1.51,2.24 0.48,2.22 2.83,3.49 -0.27,1.31 -3.57,2.67 1.31,0.71 -1.75,2.78 -2.37,-0.79 -0.44,0.91 1.44,0.57 -2.87,2.38 -2.4,-0.56 -3.54,1.22 -0.46,-1.1 -2.58,-0.28 1.32,-3.07 -2.88,-0.55 0,0 0.44,-1.33 -2.37,-4.18 -1.86,-0.47 -0.86,0.73 -0.63,-0.83 0.24,-2.26 1.44,-2.01 -0.8,-1.76 0.41,-1.38 -4.01,-2.96 -3.07,-0.71 -1.25,-2.43 0,0 3.46,-1.71 -0.96,-2.53 1.36,-1.17 -0.72,-0.59 1.33,-4.97 2.35,-1.35 3.18,-5.46 0.32,-1.28 -1.04,-0.94 4.69,-9.48 z'),
('69', 'Rhône', false, 391.47, 300.59, 429.29, 351.15, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 397.42408,305.73159 0.38,-3.76 1.26,-1.17 2.54,0.84 0.64,1.26 1.77,-0.39 0.62,-1.24 0.91,1.53 1.45,0.22 0.79,-2.12 1.77,-0.31 1.27,1.65 -1.29,1.18 2.35,1.53 -0.7,0.35 0.66,0.9 -0.39,1.94 2.25,0.22 0,0 0.94,1.49 -2.33,3.73 0.32,6.96 -1,1.81 3.27,1.31 -0.17,1.4 1.8,-0.99 1.39,1 1.54,3.26 0,2.26 7.62,-0.63 0,0 -0.53,1.8 -1.21,-0.48 0.25,1.36 1.31,-0.1 -0.15,1.8 1.77,0.46 0.77,1.76 -1.82,-0.03 -2.16,2.21 -0.91,3.03 -1.37,-0.56 -0.65,0.26 0.37,0.88 -4.04,-0.11 -1.64,0.84 -0.1,0.92 -3.42,-0.62 4.01,3.39 -3.78,3.4 -0.03,0.95 -0.97,0.03 0,0 -1.44,-2.31 -1.08,1.03 -1.81,-0.62 -0.1,-2.61 1.21,-1.73 -1.58,1.04 -1.11,-1.89 -6.03,-0.61 -1.19,-2.24 -3.15,-2.78 1.53,-4.36 -1.69,-0.41 -0.54,-1.1 1.21,-0.82 0.77,-4.49 -2.23,-1.1 -0.84,-1.52 0.95,-1.56 -4.19,-3.86 2.3,0.35 0.55,-1 -2.63,-2.61 2.24,-1.24 0.78,-3.59 2.41,-1.15 1.48,0.8 0.82,-1.48 -1.64,-1.68 0.99,-1.31 z'),
('70', 'Haute-Saône', false, 438.07, 196.01, 498.52, 243.34, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 459.57408,202.06159 2.01,-3.18 1.13,0.57 -1.34,1.86 0.9,0.14 0.89,-1.32 1.32,0.05 1.54,-2.91 3.8,-1.26 1.01,1.05 0.35,1.92 -0.64,0.58 2.44,1.18 -0.14,0.95 3.45,-1.46 4.23,-0.31 1.91,1.17 1.78,3.47 2.71,-1.09 0.84,-1.82 1.64,-0.82 1.78,2.6 5.8,3.3 1.54,2.2 0,0 -2.71,4.14 1.77,6.77 -0.91,1.42 1.75,2.48 -0.6,0.69 0,0 -1.6,1.51 -4.48,-2.62 0.42,1.41 -0.89,1.29 -1.58,0.35 -1.23,-0.87 -0.55,0.83 0.66,1.3 -1.12,1.21 -2.35,-1.27 -1.18,1.49 -0.33,-1.54 -2.15,-0.66 -0.89,1.05 -2.29,-0.06 -0.54,1.3 -0.81,-0.36 -0.52,2.68 -1.06,0.04 -0.34,1.35 -0.95,-0.35 0.31,1.06 -1.45,-1.11 -1.48,1.17 1,0.52 -1.04,0.87 -2.15,-0.43 -0.18,2.18 -1.14,-0.75 -0.45,1.32 -3.96,1.59 -2.12,-1.23 0.16,1.05 -1.16,-0.35 -0.24,1.42 -0.64,-0.67 -1.58,1.31 -2.79,0.54 -1.45,1.78 -1.76,-0.18 0,0 -1.03,-0.64 -1.43,1.26 -2.66,0.12 -2.44,-3.06 0,0 -2.07,-0.79 1.03,-1.07 0.23,-3.37 -2.77,-0.2 0.27,-3.54 -1.34,-0.67 -1.13,0.64 -0.51,-0.83 1.71,-0.78 -0.85,-0.24 0.48,-1.09 1.59,0.5 2.08,-2.24 -0.37,-4.85 -2.11,-1.54 -1.37,2.26 -0.93,-0.64 0,0 1.58,-4.29 2.15,0.16 0.86,-0.74 1.77,0.67 1.74,-2.12 1.22,2.17 3.9,-0.77 -0.26,-2.32 1.01,-1.5 -0.13,-1.29 -1.23,-0.7 0.62,-2.57 2.1,0.05 0.79,-2.43 2.79,0.45 -0.25,-1.16 1.19,-2.18 1.4,0.39 z'),
('71', 'Saône-et-Loire', false, 365.91, 249.29, 442.05, 309.55, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 390.05408,249.29159 0.1,0.69 1.34,-0.17 1.2,2.4 3.02,0.39 0.34,2.31 1.98,-1.17 0.57,0.3 -0.62,1.5 1.08,0.93 2.54,0.25 0.81,1.26 1.92,-0.46 -0.28,1.72 0.79,-0.05 1.97,3.14 2.71,0.66 -0.59,0.91 0.94,0.93 1.44,-1.32 2.43,0.22 0.37,-0.87 4.3,-1.14 0.06,-0.94 4.29,0.49 0.22,-0.83 1.91,-0.55 2.21,1.45 -0.21,0.79 0.96,-1.11 3.08,-0.43 0.38,-0.92 2.15,0.31 0,0 -0.17,2.18 0.5,0.93 1.46,-0.45 1.24,2.95 2.9,-0.3 0.42,1.71 2.16,0.61 0.08,1.6 -2.28,-0.34 -3.37,1.08 0.55,1.5 2.1,1.22 -1.27,2.45 1.33,0.08 0.65,1.85 -0.54,0.77 1.92,2.85 -1.89,1.64 0.72,0.62 -0.37,1.11 0,0 -0.85,0.01 0,0 -0.9,0.21 -0.11,3.51 2.56,1.04 -0.16,1.53 -3.87,0.83 -0.39,1.01 0,0 -3.26,-0.7 -1.23,-2.86 -1.58,-0.81 -0.05,0.91 -1.3,-0.28 -3.26,1.47 -3.02,-1.84 -1.39,0.84 -0.4,-1.07 -6.69,20.52 0,0 -2.25,-0.22 0.39,-1.94 -0.66,-0.9 0.7,-0.35 -2.35,-1.53 1.29,-1.18 -1.27,-1.65 -1.77,0.31 -0.79,2.12 -1.45,-0.22 -0.91,-1.53 -0.62,1.24 -1.77,0.39 -0.64,-1.26 -2.54,-0.84 -1.26,1.17 -0.38,3.76 0,0 -1.07,1.25 0.37,0.88 -1.8,-0.03 -2.17,1.72 -1.06,-0.13 0.19,-1.74 -1.19,0.59 -0.75,-1 -1.22,1.23 -1.88,-0.2 -1.25,-1.29 -3.5,1.59 0,0 -1.04,0 0,0 -0.86,-1.82 -3.42,-0.7 0.79,-1.92 -0.43,-1.76 0,0 -0.07,-1.04 1.95,-0.44 0.09,-1.26 1.7,0.41 0.71,-0.76 -0.82,-0.08 -0.36,-4.18 0.98,-3.8 -1.95,-0.95 0.02,-0.89 -3.59,0.21 -1.15,-2.55 -1.39,0.76 -2.64,-1.2 -0.23,-3.82 -0.95,-0.4 0.34,-1.1 -1,-1.93 -2.47,-2.9 -0.39,-2.55 0,0 1.28,0.69 3.23,-0.89 1.89,1 0.58,2.08 5.43,-2.37 2.88,-2.32 1.53,-0.54 0.86,0.61 -0.46,-3.56 2.34,-1.85 -2.59,-2.55 0.74,-2.88 -0.7,-1.71 -1.21,0.86 -0.64,-0.86 2.63,-1.72 0.69,-2.55 -1.46,-1.4 0.49,-2.07 2.79,-0.71 0,0 2.49,0.67 0.45,-2.27 0,0 z'),
('72', 'Sarthe', false, 196.77, 167.6, 253.27, 224.07, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 212.92408,173.81159 2.29,-1.01 0.64,1.03 1.81,0.19 0.56,-1.92 3.55,-2.05 -0.51,-1 1.22,0.43 -0.06,-0.91 5.33,-0.97 2.28,1.35 1.1,2.14 -0.51,0.82 0.91,5.61 3.62,1.45 0.43,-0.72 0.14,1.58 1.76,2.24 3.67,0.17 0.62,0.8 -0.3,-1.43 0.92,-0.48 1.25,0.58 2.25,4.12 0.93,0.48 1.55,-0.85 0,0 4.9,3.44 -2.69,0.34 -0.41,1.83 0,0 -1.18,0.63 1.35,-0.07 -0.09,1.37 -2.05,0.15 0.01,1.38 0.57,1.01 1.44,0.14 -0.98,2.7 1.26,2.84 -1.39,0.49 -0.17,2.7 -0.89,-1.45 -1.21,0.69 0.61,3.64 -3.43,3.59 0.38,1 -3.13,0.95 -1.86,2.34 0.83,1.77 0.61,-0.66 0,0 -0.83,1.44 -2.41,0.92 0,0 -0.87,0.03 0,0 -2.2,0.71 -0.61,1.58 -1.04,0.17 -1.7,-1.67 -0.78,1.47 1.6,2.52 -1.02,0.62 -4.95,-2.62 -1.29,0.13 0,0 -0.98,0.42 -0.83,-0.86 -0.06,1.12 -1.62,1.02 -1.25,-1.47 -2.19,0.13 -2.03,-1.18 -0.61,-1.45 -0.78,0.58 -2.14,-1.36 -0.82,0.46 -0.05,-0.71 -0.75,1.7 -1.1,0.11 -2.47,-1.03 -0.85,-1.98 1.78,-2.11 -1.08,-0.49 -1.41,1.29 -2.12,-0.99 -3.21,0.32 0.3,-1.07 -1.09,-1.74 0,0 -0.17,-2.62 -1.74,-0.25 -0.71,-1.54 1.47,-1.67 1.6,0.03 -0.11,-1.78 -1.4,-0.45 -0.2,-1.32 5.64,-2.59 -1.09,-0.5 -0.22,-2.47 -1.38,-0.37 0,-1.89 2.9,-1.43 1.67,0.4 -0.28,-2.38 0.9,-0.91 -1.6,-1.54 0.7,-0.67 -0.64,-0.63 4.49,-2.93 -0.91,-3.65 1.17,-1.83 -0.78,-2.93 1.47,0.11 -0.61,-1.58 z'),
('73', 'Savoie', false, 448.76, 322.53, 513.63, 374.86, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 457.20408,322.53159 1.47,0.61 0.39,5.58 1.27,0.42 0.41,1.38 2.05,-0.52 1.3,3.88 2.05,0.51 0.48,-0.7 1.93,0.95 0.03,-1.62 0.95,0.72 1.69,-0.34 1.24,1.37 -0.16,2.25 1.27,-0.7 0.23,1.44 4.2,-0.65 1.78,-3.61 -0.38,-0.86 2.59,-2.07 1.07,-3.51 2.44,-2.75 2.58,1.67 -0.12,1.1 -1.42,0.02 1.06,2.52 1.57,1.6 2.61,-0.43 1.24,1.74 -0.05,2.55 0.98,0.25 1.78,-2.57 1.84,-0.77 0,0 1.14,4.57 3.18,1.83 0.45,1.19 3.53,0.74 -0.97,3.04 0.77,0.8 0.23,4.17 2.22,0.55 -0.23,1.32 2.11,0.15 0.61,2.15 3.02,1.63 -1.01,2.64 -2.19,1.96 1.03,4.2 -2.21,2.31 -3.34,-0.2 -2.32,2.96 -2.18,0.09 -0.01,1.86 -1.84,0.56 -3.37,-1.9 -1.06,1.26 -2.57,-0.15 -2.04,1.8 0,0 -2.19,-0.87 -1.51,1.41 -1.3,-0.56 -1.25,0.96 0.26,2.22 -1.47,0.18 -3.58,-1.06 -0.03,-1.9 -1.28,-1.21 -1.63,0.89 -1.39,-1.08 0,0 -0.45,-1.45 -1.13,0.64 -1.76,-1.46 -1.52,0.63 0.74,-2.02 -1.65,-3.24 0.77,-1.06 -0.41,-1.41 2.31,-1.96 0.37,-1.99 -1.04,-0.3 0.94,-0.66 -2.55,-3.83 -3.4,-0.14 -3.45,-3.25 -2.15,0.9 -0.51,4.04 1.04,-0.35 -0.77,1.43 -0.77,-0.09 -4.16,-2.92 -2.1,0.05 -1.1,-3.96 -1.64,-1.49 0,0 0,-0.65 0,0 -2,-4.14 0,0 2.58,-1.67 0.61,-4.09 1.97,0.3 1.08,-1.12 z'),
('74', 'Haute-Savoie', false, 456.27, 291.56, 507.7, 337.76, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 497.26408,296.93159 -0.9,0.54 0.57,1.43 3.32,3.23 -2.52,4.58 -0.28,3.95 4.2,0.77 -1.05,4.35 0.71,0.53 1.93,-1.22 3.65,5.09 -0.63,0.48 1.16,0.93 0.28,1.79 -1.74,1.45 -0.25,1.67 -2.31,1.49 -4.97,0.57 -0.86,3.43 0,0 -1.84,0.77 -1.78,2.57 -0.98,-0.25 0.05,-2.55 -1.24,-1.74 -2.61,0.43 -1.57,-1.6 -1.06,-2.52 1.42,-0.02 0.12,-1.1 -2.58,-1.67 -2.44,2.75 -1.07,3.51 -2.59,2.07 0.38,0.86 -1.78,3.61 -4.2,0.65 -0.23,-1.44 -1.27,0.7 0.16,-2.25 -1.24,-1.37 -1.69,0.34 -0.95,-0.72 -0.03,1.62 -1.93,-0.95 -0.48,0.7 -2.05,-0.51 -1.3,-3.88 -2.05,0.52 -0.41,-1.38 -1.27,-0.42 -0.39,-5.58 -1.47,-0.61 0,0 0.24,-2.05 -1.17,-2.49 0.59,-5.3 2.77,1.09 0.26,-1.99 2.64,-0.81 0,0 1.56,-0.72 1.81,0.44 0.6,-0.86 3.17,0.72 4.31,-3.95 2.62,-1.15 0.59,-1.85 -2.02,0.28 -0.96,-1.55 0.43,-1.57 -1.14,-0.5 1.33,-2.89 11.07,-5.82 6.78,0.15 5.73,1.65 z'),
('75', 'Paris', false, 307.62, 141.36, 317.63, 146.44, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 311.66408,141.36159 2.92,0.04 0.78,2.62 0,0 0.04,1.49 2.23,-0.38 -0.34,1.18 -2.46,-0.74 -2.8,0.87 0,0 -4.41,-2.24 0.83,-1.32 1.08,0.63 z'),
('76', 'Seine-Maritime', false, 217.98, 66.77, 289.59, 119.14, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 272.46408,67.141588 1.27,0.47 1.68,-0.84 0.15,1.97 2.56,1.69 3.74,4.53 3.06,1.64 4.45,10.26 0,0 -1.49,-0.38 -0.13,1.56 -1.36,0.29 0.05,1.76 -1.07,0.78 0.71,0.9 1.58,-1.37 0.31,0.47 -2.25,3.24 0.99,1.34 -1.13,1.42 1.13,0.79 -1.29,0.57 1.01,0.17 0.4,2.090002 1.02,0.41 -1.32,2.12 1.17,0.99 0.61,-1.42 1.28,0.5 -3.17,6.14 0,0 -0.83,0.81 -0.59,-0.76 -1.02,0.47 -2.1,-0.8 -1.22,-1.75 -1.56,0.59 -2.5,-1.38 -3.85,0.18 0.1,-0.91 -1.75,0.93 -0.32,1.28 -1.12,-0.05 -1.52,5.27 -3.08,-0.57 0.17,1.2 -1.86,-0.36 -0.98,2.04 -3.63,0.7 0.62,2.54 -2.34,0.48 -1.43,-1.9 -0.7,0.61 0.33,-1.52 -0.98,-1.73 -1.55,1.56 -0.15,-1.16 -2.25,-0.51 0.64,-1.45 2.46,0.53 -0.07,-2.96 -1.61,0.82 -0.07,-1.55 -2.35,0.01 -0.79,-1.97 -0.68,1.12 -0.81,-0.58 -4.31,1.08 -0.41,-1.23 -0.98,-0.01 0.56,-1.44 -2.32,0.81 -3.57,-3.42 -4.82,2.59 -3.59,0.74 0,0 0,0 0,0 -0.52,0.02 0,0 -0.17,-1.19 -0.41,0.82 -6.53,-2.01 -1.98,-2.54 4.06,-11.310002 1.23,-1.25 5.94,-2.61 10.37,-7.04 7.75,-1.14 7.77,-3.29 2.45,0.71 3.61,-1.43 11.3,-8.18 z'),
('77', 'Seine-et-Marne', false, 314.58, 127.66, 362.99, 189.82, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 342.79408,127.66159 3.83,1.13 -0.47,1.02 1.55,2.05 -0.97,2.39 3.48,2.51 0.55,2.12 1.67,-0.62 1,2.56 1.6,-1.28 0.64,3.55 2.6,0.73 0.64,1.43 1,-0.92 0,0 0.08,2.4 -3.48,0.33 1.58,0.35 0.08,0.8 -1.43,0.4 -0.6,1.6 3.06,1.27 0.35,2.49 -1.52,2.16 0.81,0.7 -0.35,1.09 3.45,-0.7 -0.58,0.84 1.63,1.02 0,0 -2.41,0.74 0.51,0.93 -2.04,1.21 0.67,1.8 -3.09,0.86 1.3,2.34 -2.26,0.67 0.94,1.65 -0.59,1.79 1.27,0.57 -0.31,1.6 0,0 -1.6,-0.61 -0.46,1.72 -1.2,0.16 -2.22,-0.74 -1.16,1.06 -4.72,-0.5 -1.54,1.48 -2.33,-0.65 -1.33,3.38 1.33,3.44 -1.78,2.66 -2.78,1.46 -0.01,1.26 0,0 -2.94,0.43 -1.94,1.63 -0.76,-0.11 -0.09,-2.3 -1.5,0.95 -1.1,-0.83 0.74,1.33 -2.02,1.36 -6.07,-1.09 -1.57,1.04 -3.23,0.02 1.64,-2.53 0.97,0.51 0.68,-2.7 -0.71,-2.36 -3.41,-1.34 -0.81,-3.48 0,0 -0.48,-1.21 1.71,0.02 0.44,-1.41 -0.6,-0.3 2.27,-1.32 -0.43,-0.41 3.01,-0.72 -1.8,-1.75 0.49,-4.73 -0.69,-2.52 1.88,-3.53 -1.26,-1.67 1.2,-0.3 -0.51,-1.71 2.26,-1.02 -0.53,-0.9 0,0 0.55,-3.11 1.19,-1.34 -1.12,-0.69 0.34,-2.04 0,0 -0.91,-2.76 0.44,-1.26 -1.03,-1.05 1.13,-0.57 0.7,-2.43 -1.68,-2.83 0.81,-0.09 -0.56,-2.01 -0.74,0.06 0,0 -0.22,-0.74 2.01,-1.51 -1.03,-0.86 0.88,-1.2 0,0 1.77,-1.8 2.64,2.78 0.99,-0.71 1.32,0.91 2.33,-2.25 1.81,1.67 2.02,-0.87 1.69,0.44 1.15,-0.91 0.78,1.29 0.89,-1.29 2.39,0.4 z'),
('78', 'Yvelines', false, 275.39, 129.63, 306.78, 170.18, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 277.59408,138.79159 -0.36,-1.69 1.1,-0.72 -2.02,0.17 0.34,-2.41 -1.26,-2.49 0.6,-0.66 1.07,0.84 0.88,-2.2 0.53,1.11 3.56,-0.59 0,0 2.68,-0.04 2.08,2.11 4.45,-2 1.47,1.22 -0.61,1.51 1.03,1 1.32,-1.93 1.24,1.65 2.26,0.01 1.29,1.49 4.04,-1.23 -0.02,1.61 1.86,0.49 0.39,1.93 1.27,0.14 -0.16,2.71 0,0 -1.36,0.88 -0.86,1.52 0.53,1.41 -0.7,0.31 0.74,3.84 1.33,1 0,0 -3.78,1.77 -0.25,2.57 -0.67,0.8 -1.48,-0.18 -0.66,1.92 -0.73,-0.2 2.12,2.73 -1.22,0.63 -0.63,3.04 -3.4,-0.19 1.78,2.15 -1.35,0.54 -0.99,3.7 0,0 -0.62,1.12 -1.55,-0.02 -1.09,-0.39 -0.32,-1.28 -1.42,0.03 -1.07,-2.91 0.47,-2.52 -1.24,-1.3 -2,-0.17 0.25,-2.34 -2.03,0.02 -0.98,-2.24 -1.58,-0.76 0.33,-1.68 -1.46,-0.88 2.07,-2.76 -1.88,-0.9 -0.09,-4.39 0.79,-0.54 -0.89,-0.33 0.32,-0.96 -1.61,-0.65 0.72,-1.27 z'),
('79', 'Deux-Sèvres', false, 177.96, 252.17, 224.33, 320.7, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 178.23408,260.22159 1.64,0.36 0.39,-1.21 1.44,0.15 0.87,-1.1 3.02,1.3 1.48,-0.22 0.35,-0.95 2.96,0.38 2.3,-2.16 -0.53,-1.92 2.56,-1.18 1.45,0.12 -0.9,1.71 0.95,-0.94 2.11,0.13 0.45,-1.48 2.34,0.26 3.1,-1.15 2.54,0.7 0.84,-0.85 1.75,0.39 -1.37,2.12 1.07,-0.2 0.82,0.99 1.13,-0.62 0,0 1.05,3.36 -0.67,-0.25 0.28,1.64 1.27,-0.52 0.93,0.74 -0.51,1.32 1.51,3.22 -1.08,1.99 2.87,1.25 -0.77,1.19 -1.19,-0.8 -1.43,1.63 2.32,0.37 -1.41,1.64 0.16,1.17 2.5,2.15 -1.7,1 0.19,0.98 -0.98,0.37 0.56,0.62 -2.51,3.31 2.84,-0.88 -0.54,1.7 1.49,-0.02 0.01,1.19 0.79,0.19 -2.05,1.39 -0.2,1.06 0.83,0.57 -0.59,1.15 -0.98,-0.15 0.08,2.4 -0.72,0.14 0.16,0.83 1.34,0.1 -0.56,4.07 2.36,1.62 -0.83,1.19 0.99,0.49 -0.91,1.1 2.57,1.26 1.96,-2.6 2.18,1.13 -1.07,1.58 0.87,1.46 -1.76,0.7 0.6,2.26 -1.27,0.99 -0.22,1.6 1.31,0.29 1.35,1.79 1.92,-0.41 -1.08,3.78 0,0 -0.98,0.85 -1.37,-1.4 -1.57,-0.05 -0.08,0.96 -1.27,-0.1 -0.14,1.13 -1.82,1.19 -2.29,-0.11 0.65,1.46 -1.52,1.79 0.81,0.41 -2.69,1.37 0,0 -1.42,-0.54 -0.07,-1.24 -1.03,-0.64 0.19,-1.6 -1.19,0.65 -0.2,-1.63 -0.83,0.6 -1.91,-0.49 -1.33,-2.1 -3.05,0.71 -0.34,-1.1 -1.22,0.59 -0.85,-0.55 0.06,-1.24 -0.85,1.05 -2.68,-0.58 -0.31,-1.5 -1.65,-0.92 -2.77,0.55 -0.67,-0.83 1.27,-0.44 -1.97,-0.53 -0.68,-1.09 -0.94,0.27 0.1,-2.23 -2.64,-1.66 0.72,-1.35 -0.59,-2.17 0,0 1.3,0.09 0.85,-1.36 2.09,0.51 0.36,-1.28 1.4,-0.42 0.18,-0.88 1.74,0.02 0.81,-1.53 -2.77,-1.74 -0.61,1.35 -0.87,-0.38 0.16,-2.06 1.2,-1.39 -1.62,-3.93 1.6,-0.31 0.25,-1.38 -1.01,-1.62 0.54,-2.78 -1.84,-1.11 0.96,-1.4 -1.77,-1.38 0.97,-0.84 -2.95,-4.09 1.19,-2.51 -2.86,-1.49 -2.65,-3.03 0.95,-2.2 -2.14,-0.81 0.22,-0.82 -1,0.12 0.61,-0.98 -1.46,-0.19 z'),
('80', 'Somme', false, 272.47, 47.9, 348.25, 98.75, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 282.82408,48.061588 0.59,0.47 0,0 0.97,1.44 4.01,-2.07 1.78,0.07 4.3,3.19 1.61,-1.27 0.75,0.62 -1.39,1.43 0.6,0.75 5.41,2.31 -0.51,1.12 0.88,2.21 1.84,-0.58 0.83,1.25 2.63,-1.82 1.38,0.52 1,-1.19 1.21,1.13 1.16,-0.11 -0.5,-1.39 0.72,-0.29 1.09,2.1 1.98,-1.82 1.87,0.27 1.81,2.32 -3.11,1.18 -1.33,1.47 -0.49,2.84 1.77,1.43 1.67,-2.83 2.3,-0.63 0.77,1.75 0.99,-1.87 1.24,0.35 -0.47,1.57 2.18,0.25 3.14,1.83 0.64,-0.41 -0.96,-0.97 0.75,-0.47 -0.22,-1.22 2.86,0.85 -0.99,4.94 3.93,-2.55 1.15,2.08 -1.08,1 0.58,0.65 3.42,-2.11 1.03,0.75 1.8,-1.13 2.56,0.88 0.57,-0.54 0,0 1.18,1.79 1.32,-0.06 0.93,1 0,0 -0.75,1.3 2.03,0.47 -3.35,3.8 -0.12,2.61 -1.34,1.18 -0.48,-0.86 0.37,2.4 -1.25,0.64 1.3,1.75 -0.9,2.2 1.45,0.26 0.83,3.7 0,0 0.02,0.18 0,0 0,0 0,0 -1.54,0.98 0.02,-1.4 -1.3,-0.08 0.14,1.2 -1.17,0.97 -0.93,-1.48 -1.14,-0.19 -1.24,0.72 0.27,1.86 -1.67,-2.85 -0.88,0.76 -0.4,-1.01 -0.72,0.74 1.09,1.91 -1.29,-0.81 -0.62,1.61 -2.04,-0.04 -0.44,3.11 -4.03,-0.86 -1.61,3.44 -0.86,-0.48 -0.17,-1.99 -1.35,-0.14 -0.91,1.02 -0.18,-1.42 -1.05,0.21 -1.47,-1.5 -1.16,1.15 -1.35,-2.06 -3.09,-0.18 -2.28,-2.18 -0.54,0.6 -2.34,-1.32 -2.66,-0.2 -4.85,1.38 -1.33,-1.82 -2.59,-0.54 -0.91,1.18 -0.68,-1.24 -1.84,1.43 -1.67,-0.22 -1.13,-1.24 0.78,-1.21 -2.27,-1.14 0,0 -4.45,-10.26 -3.06,-1.64 -3.74,-4.53 -2.56,-1.69 -0.15,-1.97 -1.68,0.84 -1.27,-0.47 0,0 3.08,-2.85 1.3,-4.21 1.63,-2.15 1.91,-0.63 -0.48,0.5 1.28,1.42 0.98,-0.42 2.62,1.19 0.56,-0.85 -0.46,-1.35 -2.27,-0.34 -1.32,-2.7 -1.62,-0.14 -0.53,-1.04 0.68,-5.65 2.99,0.16 z'),
('81', 'Tarn', false, 278.98, 424.34, 337.11, 471.17, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 297.86408,427.32159 2.92,-1.34 -0.24,-0.96 1.73,0.04 0,0.81 0.35,-1.08 1.54,-0.45 2.1,2.23 1.83,0.03 -2.15,1.39 2.21,0.22 1.39,-0.81 1.45,1.65 1.08,-0.26 2.36,1.69 0.87,2.21 2.14,0.33 1.67,3.67 1.24,0.52 -1.29,1.84 2.15,1.15 -0.07,1.88 1.21,0.91 -0.79,1.84 4.04,5.03 3.51,1.6 3.37,-1.87 1.93,1.28 1.78,-0.07 0.92,2.64 0,0 -1.13,2.21 -3.94,0.86 -2.43,1.51 -1.45,-1.75 -3.09,-0.87 -1.25,5.35 2.44,2.89 -0.64,-0.09 -0.15,1.14 0.53,1.57 -3.98,2.84 0,0 -4.05,-0.99 -3.25,1.21 -3.75,-1.75 -0.98,0.36 -1.01,-1.09 -1.52,1.61 -0.29,2.72 -1.83,-1.86 -4.06,1.19 -0.83,-1.99 -0.94,-0.27 0,0 -0.67,-0.82 1.42,-2.05 -0.32,-1.49 -0.13,0.71 -0.93,-0.52 0.08,1.2 -1.09,0.56 -3.1,-1.34 -2.68,-2.73 -0.47,-1.64 -6.22,-2.77 0.43,-1.31 1.27,-0.49 -0.38,-1.76 -2.39,-0.29 -0.11,-0.65 1.87,-0.66 -2.33,-1.92 -0.25,-2.88 -2.3,-0.95 0.18,-1.54 -1.57,-1.41 -0.02,-2.92 0,0 0.77,0.1 0.17,-1.18 -1.76,-1.28 3.58,-0.02 0.34,-1.68 1.21,-0.41 -0.35,-0.87 1.68,-0.52 0.56,-1.38 -1.61,-1.23 -0.19,-2.89 3.54,0.05 1.34,1.15 1.11,-1.73 1.27,1.15 0.2,-2.23 2.89,0.79 -0.07,-1.82 1.45,0.92 z'),
('82', 'Tarn-et-Garonne', false, 246.08, 413.27, 298.29, 449.27, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 259.49408,414.10159 2.97,-0.83 -0.12,1.28 -1.82,-0.01 -0.33,1.07 1.74,2.14 2.39,0.37 -0.05,1.07 1.41,1.3 0.32,-0.76 1.14,0.83 0.28,-1.06 1.96,-0.56 -0.83,3.42 2.23,0.37 0.97,1.49 3.9,-2.89 0.72,-2.51 0.5,1.42 1.75,0.72 0.61,1.82 1.89,-1.09 -0.91,-1.54 0.33,-1.62 1.85,0.28 -0.01,1.01 1.06,0.56 0.43,-0.93 -0.71,-0.76 1,0.99 1.66,-1.78 1.79,-0.36 1.33,0.84 0.84,-1.74 1.34,0.61 2.3,-0.86 0,0 -0.97,1.07 0.96,0.96 -0.48,0.68 4.16,1.12 -0.65,1.72 -0.88,-0.11 -0.7,1.91 -1.07,0.27 0.85,1.28 0.86,-0.2 0.26,1.17 0.29,-0.8 1.26,0.14 0.98,1.21 -0.43,0.51 0,0 -1.93,0.17 -1.45,-0.92 0.07,1.82 -2.89,-0.79 -0.2,2.23 -1.27,-1.15 -1.11,1.73 -1.34,-1.15 -3.54,-0.05 0.19,2.89 1.61,1.23 -0.56,1.38 -1.68,0.52 0.35,0.87 -1.21,0.41 -0.34,1.68 -3.58,0.02 1.76,1.28 -0.17,1.18 -0.77,-0.1 0,0 -0.93,-0.2 -1.69,2.05 -0.61,-1.23 -1.15,2.18 -3.5,-1.09 -0.71,1.15 0.45,1.03 -2.65,0.34 2.5,0.55 0.14,1.08 -3.79,1.07 0.27,0.77 -2.49,1 0.1,-1.46 -1.49,-0.13 -1.25,-1.55 -1.66,1.51 -1.1,-1.12 -1.1,0.99 -4.3,0.61 0,0 -2.44,-0.22 1.24,-2.21 -1.26,-0.56 0.69,-0.76 -1.22,-1.31 0.92,-1.29 -1.7,-1.43 -3.81,0.07 -0.49,-0.81 2.79,-3.48 -0.51,-1.7 1.23,0.07 0.46,-1.35 -1.35,-0.46 -2.35,1.47 -0.96,-2.05 0,0 0.65,-2.39 1.78,-0.33 -0.42,-1.76 3.02,0.98 1.33,-0.65 -0.36,-2.14 -1.07,0.23 -0.26,-0.75 2.21,-0.38 0.9,-4.38 0.93,-0.44 -1.44,-1.61 -0.93,0.38 -1,-0.82 1.12,-4.11 1,-0.16 0.87,2.24 0.44,-0.95 4.07,-0.06 z'),
('83', 'Var', false, 450.12, 446.91, 502.93, 491.44, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 454.39408,451.25159 0.86,-1.2 2.03,0.33 0.84,1.69 2.12,-0.78 0.08,-1.27 0.96,-0.21 0.48,1.54 2.06,0.93 1.45,2.6 3.51,-4.31 2.18,-0.07 2.33,-3.06 1.45,-0.11 3.16,3.12 2.37,0.73 1.29,-1.52 0.03,-1.78 2.9,0.06 1.36,-1.03 1,1.94 1.93,-1.73 1.48,0.04 0.46,0.89 0,0 0.98,2.33 1.14,-0.51 1.13,1.03 1.68,-0.1 0.89,2.12 -0.51,2.17 1.52,2.17 4.67,1.67 -1.4,3.96 0.71,0.14 -0.46,1.36 1.86,1.5 0,0 -0.39,1.58 -1.17,1.13 -1.38,-0.23 -0.14,1.19 -4.64,-0.23 -1.09,3.88 -5.45,3.87 0.34,0.99 2.13,-0.67 0.82,0.53 0.57,-0.82 0.81,0.72 -1.33,1.35 0.66,2.46 -1.76,1.54 -0.87,0.57 -0.76,-1.19 -1.59,-0.33 -2.68,2.06 -4.65,0.48 -1,1.7 0.34,1.44 -1.54,-0.03 -2.38,-1.78 -2.89,0.27 -1.84,1.58 -0.2,3.49 -2.49,-0.12 -0.07,-0.64 1.49,-0.23 -0.21,-1.98 -4.28,0.06 -0.82,-1.57 -3.13,0.12 -0.14,-1.18 -1.52,0.44 -0.14,0.82 1.2,0.07 -0.63,1.12 1.79,-0.2 0.41,0.97 -2.35,-0.62 -1.32,1.83 -1.29,-0.18 -1.29,-1.12 0.45,-2.58 -1.34,-0.12 -0.16,-1.22 -3.2,-0.27 -0.01,-1.42 -1.02,-0.62 0,0 0.48,-3.15 3.23,-1.82 0.1,-0.83 -1.49,-2 -2.32,-0.07 1.38,-2.12 -0.93,-2.46 2.81,-0.14 1.6,-1.09 -3.72,-3.54 1.06,-3.89 -2.86,-1.31 1.49,-0.58 -0.56,-1.55 0.87,-1.86 4.04,-0.93 0.71,-1.7 -2.45,-1.95 0,0 0.17,-0.56 z'),
('84', 'Vaucluse', false, 408.27, 411.39, 454.41, 455.47, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 408.32408,416.87159 5.73,0.97 1.26,4.96 2.53,-1.93 1.76,0.06 5.72,-2.76 0.69,1.37 1.33,0.37 2.46,-2.16 -0.84,2.1 0.33,2.79 3.09,1.09 0.81,-1.16 3.57,1.65 0.83,-0.66 1.23,0.81 -0.08,2.6 2.18,0.2 0.68,1.8 1.94,0.27 0,0 0.25,3.02 1.65,-0.21 -1.49,6.68 2.46,0.56 0.56,1.52 1.15,-0.02 -2.54,3.67 -0.08,2 1.26,-0.79 3.27,0.27 4.38,5.31 0,0 -0.22,0.52 0,0 -1.51,1.73 -1.95,0.04 -2.8,1.93 -3.15,-0.03 -4.32,-1.44 -4.76,-3.06 -3.38,-0.6 -2.13,0.74 -5.26,-2.9 -0.86,-2.32 -3.09,-2.89 -4.48,-2.2 -4.44,-0.44 0,0 3.05,-2.32 -0.07,-1.37 1.19,0.09 0.12,-1.26 -2.39,-3.37 -2.74,-0.91 -0.64,-1.52 0.68,-4.58 -0.59,-1.55 -1.42,-0.07 -0.98,-3.18 0,0 0.05,-3.42 z m 14.12,-5.28 0.49,0.5 0,0 0.67,-0.2 -0.12,1.33 2.32,0.57 0,0 -0.01,0.35 0,0 -1.98,0.93 -1.51,3.92 -4.05,-0.68 0.22,-1.98 -0.87,-0.64 1.51,-2.73 0,0 0.48,-0.7 0,0 0.09,0.06 0,0 0.8,-0.34 0,0 0.68,-0.39 0,0 0.77,-0.2 0,0 0.43,0.05 0,0 0.08,0.15 z'),
('85', 'Vendée', false, 119.49, 253.59, 192.84, 302.75, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 121.82408,257.06159 1.39,1.12 -0.53,2.12 3.05,1.5 0.3,3.31 -2.43,-3.85 -2.21,-0.09 -1.61,-1.93 0.4,-1.23 -0.69,-0.8 2.33,-0.15 z m 11.29,-0.08 1.56,2.18 1.06,0.18 0.65,1.77 2.99,0.48 0.24,1.39 3.18,0.12 0.98,2.69 1.48,-0.38 1,0.97 4.75,0.84 0.14,-0.83 1.8,-0.39 -1.88,-2.72 0.69,0.17 0.42,-1.08 -1.56,-2.36 0.59,-1.34 -0.55,-0.76 2.2,-1.52 1.3,0.47 0.37,6.31 4.07,-1.85 -0.56,-4.51 1.35,-0.81 1.88,0.67 1.24,-3.08 2.86,2.72 2.25,0.71 0,0 3.84,1.48 3.26,-0.86 0.62,1.4 1.29,-0.76 1.59,1.94 0,0 -0.27,0.64 1.46,0.19 -0.61,0.98 1,-0.13 -0.22,0.82 2.15,0.81 -0.95,2.2 2.65,3.03 2.86,1.49 -1.19,2.51 2.94,4.09 -0.97,0.84 1.77,1.38 -0.95,1.4 1.83,1.11 -0.54,2.78 1.01,1.62 -0.25,1.38 -1.6,0.31 1.63,3.94 -1.21,1.38 -0.15,2.06 0.87,0.38 0.61,-1.34 2.76,1.74 -0.81,1.52 -1.74,-0.02 -0.16,0.9 -1.4,0.42 -0.37,1.28 -2.09,-0.51 -0.85,1.35 -1.29,-0.09 0,0 -2.24,-1.26 0.08,-1.02 -1.62,0.14 -0.39,1.36 -1.55,-0.55 -1.91,0.96 -1.17,-0.68 1.31,-2.94 -1.86,1.17 -3.28,0.1 -0.88,1.95 -1.7,0.04 0,0 -3.56,0.1 -0.17,2.7 -4.55,-3.84 0.84,2.57 -1.99,-3.06 -5.16,-0.01 -1.94,-3.69 -5.58,-0.97 -5.37,-4.36 -1.46,-0.14 -1.85,-6.92 -3.78,-5.28 -0.75,0.24 -2.06,-3.24 -5.25,-4.51 -0.41,-4.08 1.27,-0.06 0.08,-1.12 3.15,-3.57 0.64,-2.51 2.09,-1.22 z'),
('86', 'Vienne', false, 210.99, 248.1, 265.56, 316.01, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 210.99408,254.85159 0.66,-2.22 2.08,0.87 -0.17,-1.67 1.38,-2.82 1.1,-0.91 1.48,0.67 0,0 1.05,1.1 0.04,1.63 2.49,-0.36 -0.22,1.08 1.13,0.38 0.82,-0.86 0.76,1.44 -0.9,1.98 1.44,0.31 1.33,-1.07 0.91,0.25 0.05,1.51 1.44,-0.52 0.4,3.21 -0.89,0.48 1.34,3.64 1.73,-1.14 3.04,1.21 2.78,-1.78 3.85,0.1 -1.27,-2.97 2.07,-0.09 0.68,1.31 2.39,0.74 0.53,4.28 1.99,2.64 1.82,0.6 0.78,3.66 2.18,2.48 0,0 1.87,1.28 0.59,1.77 -1.44,4.11 0.75,1.7 2.2,1.8 2.11,0.26 0.22,1.85 3.04,-0.03 2.22,1.86 -0.49,0.48 0.95,1.67 -0.94,-0.09 0.66,1.37 1.54,0.46 -0.2,0.76 1.2,-0.33 -1.4,2.93 0,0 -0.86,-0.29 -1.14,2.52 -1.16,-0.99 -2.22,0.09 -1.83,4.98 -4.23,-0.54 -2.26,2.37 0.05,1.12 -1.64,-0.04 -0.7,1.1 1.78,1.99 0.46,2.49 -0.94,0.58 0,0 -0.57,-0.67 -1.04,0.57 -3.02,-0.58 -1.57,1.68 0.5,0.93 -2.85,0.2 -0.95,1.22 -2.34,-0.88 -1.97,-2.97 -2.01,2.09 0.23,0.9 1.25,0.03 0.07,1.22 -2.25,1.03 -1.52,-1.2 -4.7,0.49 -0.83,-1.22 -2.65,-0.88 0,0 1.08,-3.78 -1.92,0.41 -1.35,-1.79 -1.31,-0.29 0.22,-1.6 1.27,-0.99 -0.6,-2.26 1.76,-0.7 -0.87,-1.46 1.07,-1.58 -2.18,-1.13 -1.96,2.6 -2.57,-1.26 0.91,-1.1 -0.99,-0.49 0.83,-1.19 -2.36,-1.62 0.56,-4.07 -1.34,-0.1 -0.16,-0.83 0.72,-0.14 -0.08,-2.4 0.98,0.15 0.59,-1.15 -0.83,-0.57 0.2,-1.06 2.05,-1.39 -0.79,-0.19 -0.01,-1.19 -1.49,0.02 0.54,-1.7 -2.84,0.88 2.51,-3.31 -0.56,-0.62 0.98,-0.37 -0.19,-0.98 1.7,-1 -2.5,-2.15 -0.16,-1.17 1.41,-1.64 -2.32,-0.37 1.43,-1.63 1.19,0.8 0.77,-1.19 -2.87,-1.25 1.08,-1.99 -1.51,-3.22 0.51,-1.32 -0.93,-0.74 -1.27,0.52 -0.28,-1.64 0.67,0.25 z'),
('87', 'Haute-Vienne', false, 241.41, 294.97, 294.54, 352.04, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 264.16408,295.86159 0.51,0.5 0.78,-0.81 0.39,1.46 1.67,-0.75 1.86,0.41 0.4,-1.41 1.69,-0.29 2.55,3.22 0,0 1.2,0.65 -0.06,1.91 -1.21,1.33 0.99,0.57 -1.35,0.46 0.56,1.31 -1.86,1.61 1.61,2.29 1.96,-0.11 -0.24,1.6 1.24,1 0.52,-0.41 0.45,1.17 -0.94,1.04 2.3,1.53 0.42,2.69 -0.74,1.48 1.83,1.84 -2.75,2.75 2.28,1.05 0.92,-1.01 2.18,0.35 -0.66,0.55 0.83,1.49 -0.93,-0.45 -0.05,1.12 -0.2,-0.61 -0.97,0.55 0.51,1.43 2.35,1.33 2.84,-0.42 1.75,-1.48 0.06,2.04 2.24,1.36 0.36,-0.93 1.94,1.74 0.77,1.63 -1.09,0.76 -0.09,1.72 1.06,1.67 0,0 0.5,1.09 -1.17,-0.1 -0.32,0.99 -1.72,0.13 -1.92,-1.09 -0.35,1.35 -2.81,1.06 -2.99,3.52 -1.76,0.19 -0.53,1.28 -3.74,0.39 -0.62,-0.93 -1.05,0.66 -0.43,1.86 -1.44,-0.24 -2.39,3.5 -2.66,-1.36 -1.35,2.74 0,0 -0.78,0.21 0.07,-0.83 -1.12,-0.51 -1.32,0.37 -0.62,-1.25 -1.73,0.14 1.89,-2.95 -2.1,-1.3 -1.26,0.99 -2.8,-4.71 -3.01,-0.29 -2.01,0.86 -1.18,-1.28 -0.99,2.34 -1.36,0.49 -0.28,-1.21 -1.25,0.27 -0.99,-1.59 0.97,-2.94 -2.24,-1.67 -2.81,0.43 -0.96,-1.29 0,0 0.97,-1.79 2.54,-1.3 -0.13,-2.49 2.94,0.75 1.82,-5.42 -0.6,-2.93 1.99,0.89 3.37,-2.38 -0.61,-3.11 -1.76,-1.41 -1.08,0.83 -1.82,-1.91 0.85,-2.73 -1.04,-1.43 0.62,-0.44 0,0 0.94,-0.58 -0.46,-2.49 -1.78,-1.99 0.7,-1.1 1.64,0.04 -0.05,-1.12 2.26,-2.37 4.23,0.54 1.83,-4.98 2.22,-0.09 1.16,0.99 1.14,-2.52 z'),
('88', 'Vosges', false, 439.16, 165.54, 514.12, 208.93, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 510.75408,165.54159 0.66,1 -1.84,-0.36 1.18,1.24 -1.38,5.33 0.97,1.29 -1.34,1.57 1.7,1.19 2.62,-0.4 0.8,1.83 0,0 -1.11,0.78 -4.69,9.48 1.04,0.94 -0.32,1.28 -3.18,5.46 -2.35,1.35 -1.33,4.97 0.72,0.59 -1.36,1.17 0.96,2.53 -3.46,1.71 0,0 -0.52,0.44 0,0 -1.54,-2.2 -5.8,-3.3 -1.78,-2.6 -1.64,0.82 -0.84,1.82 -2.71,1.09 -1.78,-3.47 -1.91,-1.17 -4.23,0.31 -3.45,1.46 0.14,-0.95 -2.44,-1.18 0.64,-0.58 -0.35,-1.92 -1.01,-1.05 -3.8,1.26 -1.54,2.91 -1.32,-0.05 -0.89,1.32 -0.9,-0.14 1.34,-1.86 -1.13,-0.57 -2.01,3.18 0,0 -1.57,-3.07 -1.55,1.7 -0.92,-0.27 0.32,-2.72 -0.77,-2.28 -1.43,-1 -0.84,0.36 -1.06,-2.03 -1.67,-0.57 0.03,1 -1.21,-0.97 1.77,-1.42 -0.57,-0.78 1.13,-1.67 -0.15,-1.96 2.11,-0.95 -1.83,-2.46 -1.91,-0.48 0,-2.12 -1.24,-1 -0.94,1.11 -2.67,-4.6 -1.88,-0.52 -2.18,1.55 -0.39,-1.6 1.02,-1.39 -2.01,-0.74 3.14,-1.84 0,0 1.54,0.73 0.5,-1.41 3.09,-0.68 1.19,1.05 -0.15,-1.03 1.52,-1.08 -0.51,-0.78 3.17,0.79 1.94,-2.33 0,0 0.92,0.88 2.93,-1.71 1.98,0.96 -0.83,1.58 0.5,1.49 -1.71,2.22 1.59,0.33 0.15,-1.97 1.39,0.15 -1.12,2.08 1.89,0.26 0.49,2.88 1.7,-0.86 2.85,0.24 0.67,-1.49 0.18,1.33 1.02,0.55 1.47,-1.75 -0.05,-1.7 3.43,0.66 2.58,-2.26 1.41,1.87 2.18,-0.63 0.29,1.46 6.01,-2.51 1.89,0.97 -0.5,-1.55 2.24,-1.99 0.98,2.79 4.96,1.09 0.08,0.73 0.89,-0.17 -0.23,0.84 1.5,-0.99 0,0 0.42,-0.81 0,0 1.45,-1.24 1.17,1.2 3.6,-3.81 z'),
('89', 'Yonne', false, 333.48, 172.63, 395.16, 239.85, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 337.18408,187.36159 0.01,-1.26 2.78,-1.46 1.78,-2.66 -1.33,-3.44 1.33,-3.38 2.33,0.65 1.54,-1.48 4.72,0.5 1.16,-1.06 2.22,0.74 1.2,-0.16 0.46,-1.72 1.6,0.61 0,0 0.58,1.97 1.59,-1.1 1.55,0.61 1.66,2.92 1.81,1.19 -0.41,1.03 1.73,0.95 -0.76,2.25 0.86,0.43 -1.76,2.55 2.14,-0.33 1.53,3.1 2.31,-1 -0.35,-1.12 1.41,0.52 -0.36,2.07 2.14,0.91 1.29,4.57 2.06,1.8 -0.05,0.78 -1.31,-0.09 0.52,1.29 1.18,0.26 0.6,-1.41 0.78,1.35 -0.77,3.12 3.79,-0.07 0.76,-0.75 1.67,1.07 0.64,-1.27 1.23,0.05 0.85,1.17 1.57,-1.35 0,0 0.8,-0.73 0,0 1.46,1.12 0.43,-1.26 -0.74,-0.34 1.31,-0.29 -0.18,1.41 0.94,1.18 2,0.32 0,0 0.78,1.23 -2.72,1.92 0.73,0.02 0.28,2.13 2.48,-0.5 0.13,5.56 -1.72,1.44 -1.35,-0.53 -0.87,1.1 1.89,2.58 -2.35,0.21 0.92,1.15 -2.65,4.81 0,0 -0.48,1.82 0,0 -2.47,2.26 0.33,4.09 -1,1.1 -0.81,-0.59 0.26,1.18 -0.83,0.81 1.05,0.87 -0.41,1.07 1.09,-0.06 -0.01,2.27 0,0 -2.62,-0.03 -0.66,1.58 -1.04,0.24 -1.25,-1.33 0.01,-2.69 -0.98,-1.12 -0.19,0.82 -2.98,0.93 -0.53,-1.63 1.43,-1.34 -1.15,-1.25 -1.88,2.01 -0.16,1.41 -1.26,-1.6 -2.53,0.41 -2.15,-3.17 -2.43,-0.98 -1.2,0.62 -0.28,-2.52 -2.76,-1.84 -0.62,-2.06 -0.45,4.11 -3.98,-0.73 -1.89,2.25 -2.59,-2.14 -0.44,0.81 -1.7,0.11 -1.24,-2.1 -1.61,0.28 -1.77,-1.3 0.1,-2.23 -0.92,-0.7 -3.35,1.9 -1.86,-0.77 0,0 -1.66,-1.81 -0.17,-1.7 0.87,-1.14 -1.43,-1.44 0.3,-0.82 -1.96,-1.34 -0.02,-1.03 -1.27,0.21 0.16,-2.49 7.21,-1.82 -0.51,-2.88 0.81,-1 -1.53,-1.08 0.71,-0.39 -0.15,-2.01 1.7,-0.3 1.39,-1.95 0,0 0.49,-0.34 0,0 1.35,-1.53 -0.12,-2.1 -1.07,-0.79 1.05,-0.64 -3.11,-2.69 -0.58,-2.71 -0.82,0.06 0.56,-1.07 z'),
('90', 'Territoire de Belfort', false, 495.81, 208.49, 511.8, 232.38, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 499.04408,208.49159 1.25,2.43 3.07,0.71 4.01,2.96 -0.41,1.38 0.8,1.76 -1.44,2.01 -0.24,2.26 0.63,0.83 0.86,-0.73 1.86,0.47 2.37,4.18 -0.44,1.33 0,0 -2.35,0.91 -2.17,-0.99 -1.69,0.63 0.78,2.48 -2.56,1.27 0,0 -1.39,-2.47 0.43,-1.57 1.3,0.81 -0.18,-1.71 -1.46,-0.74 -0.32,-1.49 -3.5,0.14 -0.43,-0.92 0,0 0.6,-0.69 -1.75,-2.48 0.91,-1.42 -1.77,-6.77 2.71,-4.14 0,0 z'),
('91', 'Essonne', false, 295.04, 149.36, 322.55, 179.84, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 306.30408,149.78159 1.57,-0.42 1.66,0.76 0.52,1.6 0.91,-0.44 0,0 1.06,-0.39 1.6,0.66 0.14,1.14 1.72,0.11 4.17,-1.35 1.28,2.97 1.09,-0.01 0,0 0.53,0.9 -2.26,1.02 0.51,1.71 -1.2,0.3 1.26,1.67 -1.88,3.53 0.69,2.52 -0.49,4.73 1.8,1.75 -3.01,0.72 0.43,0.41 -2.27,1.32 0.6,0.3 -0.44,1.41 -1.71,-0.02 0.48,1.21 0,0 -1.88,0.49 -1.24,-1.55 -0.76,0.25 0,0 -0.46,1.06 0,0 -1.37,-0.22 -0.9,1.04 0.02,-2.08 -1.77,-0.76 -0.9,2.04 -1.23,-0.29 0.49,1.09 -2.44,-0.52 -2.65,1.4 -1.95,-0.13 0,0 -1.5,-1.46 0.91,-0.47 -0.09,-5.2 -2.06,-0.28 0.6,-2.2 -0.84,-1.04 0,0 0.99,-3.7 1.35,-0.54 -1.78,-2.15 3.4,0.19 0.63,-3.04 1.22,-0.63 -2.12,-2.73 0.73,0.2 0.66,-1.92 1.48,0.18 0.67,-0.8 0.25,-2.57 z'),
('92', 'Hauts-de-Seine', false, 304.23, 138.21, 312.21, 151.72, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 309.98408,138.21159 2.23,0.6 -0.55,2.55 0,0 -2.13,2.15 -1.08,-0.63 -0.83,1.32 4.41,2.24 0,0 -1.07,4.84 0,0 -0.91,0.44 -0.52,-1.6 -1.66,-0.76 -1.57,0.42 0,0 -1.33,-1 -0.74,-3.84 0.7,-0.31 -0.53,-1.41 0.86,-1.52 1.36,-0.88 0,0 z'),
('93', 'Seine-Saint-Denis', false, 309.98, 134.23, 323.31, 147.23, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 321.14408,134.29159 0.74,-0.06 0.56,2.01 -0.81,0.09 1.68,2.83 -0.7,2.43 -1.13,0.57 1.03,1.05 -0.44,1.26 0.91,2.76 0,0 -2.58,-2.99 -5.04,-0.22 0,0 -0.78,-2.62 -2.92,-0.04 0,0 0.55,-2.55 -2.23,-0.6 0,0 0.66,-1.02 1.55,0.55 1.29,-1.01 3.04,1.21 2.11,-0.92 z'),
('94', 'Val-de-Marne', false, 310.96, 144.02, 323.76, 154.42, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 315.36408,144.02159 5.04,0.22 2.58,2.99 0,0 -0.34,2.04 1.12,0.69 -1.19,1.34 -0.55,3.11 0,0 -1.09,0.01 -1.28,-2.97 -4.17,1.35 -1.72,-0.11 -0.14,-1.14 -1.6,-0.66 -1.06,0.39 0,0 1.07,-4.84 0,0 2.8,-0.87 2.46,0.74 0.34,-1.18 -2.23,0.38 z'),
('95', 'Val-d''Oise', false, 282.03, 119.82, 322.93, 140.82, 'translate(175 45)', NULL, NULL, NULL, NULL,
 'm 285.98408,120.40159 0.41,-0.58 1.09,1.06 -1.05,1.12 1.12,1.61 2.57,-0.27 0.36,0.75 1.02,-0.21 -0.06,0.8 4.8,-0.39 1.04,-0.84 1.08,0.49 3.28,-2.18 0.64,1.28 1.35,-0.23 0.31,0.93 0.48,-0.6 0.94,1.58 1.99,-1 0.36,1.75 2.42,-0.51 1.17,-1.69 1.82,2.43 0.72,-0.74 2.7,0.83 -0.24,0.82 1.07,-0.47 1.82,1.46 -0.56,0.72 1.74,0.41 0.91,-1.54 0.16,1.62 1.34,1.17 0,0 -0.88,1.2 1.03,0.86 -2.01,1.51 0.22,0.74 0,0 -2.51,2.73 -2.11,0.92 -3.04,-1.21 -1.29,1.01 -1.55,-0.55 -0.66,1.02 0,0 -3.36,2.61 0,0 0.16,-2.71 -1.27,-0.14 -0.39,-1.93 -1.86,-0.49 0.02,-1.61 -4.04,1.23 -1.29,-1.49 -2.26,-0.01 -1.24,-1.65 -1.32,1.93 -1.03,-1 0.61,-1.51 -1.47,-1.22 -4.45,2 -2.08,-2.11 -2.68,0.04 0,0 2.03,-3.42 0.69,-5.04 z'),
('971', 'Guadeloupe', true, 0, 0, 86.21, 74.25, 'translate(44.523 63) scale(0.91582)', 8, 45, 152, 92,
 'M64.28,64.66 L64.28,66.17 63.89,67.11 63.12,67.86 61.97,68.99 59.27,70.3 55.81,71.24 52.34,70.68 51.19,67.67 51.19,67.11 50.8,66.17 50.42,65.41 50.03,65.04 49.65,64.66 50.03,63.91 51.19,62.41 51.57,60.72 52.34,59.59 54.27,57.33 56.58,56.02 58.89,56.77 61.2,58.46 62.35,61.65 63.12,62.41 63.89,63.16 Z M86.21,18.61 L80.83,22.18 77.75,23.5 75.44,23.12 76.59,22.37 80.83,18.8 83.52,17.67 Z M26.17,25.38 L26.56,25.94 25.79,28.38 26.56,30.64 25.79,30.83 23.86,31.2 23.09,32.33 23.48,37.59 24.63,41.35 25.4,47.56 24.63,53.38 21.17,57.52 16.17,60.34 10.78,62.78 10.78,62.22 10.01,60.53 10.78,59.78 10.01,58.27 9.24,57.33 8.08,56.77 6.93,55.64 6.16,54.32 5.77,53.01 5.39,51.88 4.23,51.32 3.08,47.37 2.69,38.53 1.15,34.59 1.92,32.9 1.15,31.58 0.38,30.45 0,29.14 0,27.26 0.38,23.87 0,22.37 0.77,21.43 2.69,18.23 4.23,16.92 6.16,16.54 7.31,17.11 8.08,18.05 8.85,18.61 11.55,19.17 15.78,20.49 19.24,22.37 21.17,24.62 19.63,25.38 20.4,25.75 20.78,25.75 21.17,25.38 21.55,25.75 22.71,26.88 23.09,25.75 24.25,24.81 25.4,24.62 Z M26.94,25.38 L28.87,19.55 29.64,18.23 31.56,17.86 31.95,17.48 32.33,16.54 32.33,15.41 31.95,14.66 31.56,14.29 30.79,13.72 30.02,13.35 29.25,13.16 28.48,9.21 28.1,8.27 28.1,7.14 28.87,5.64 30.79,3.57 31.18,3.01 31.95,2.26 35.41,0.38 35.79,0 36.18,0.19 39.64,2.63 41.57,4.51 42.72,6.77 43.11,9.77 42.72,12.59 43.11,13.72 43.88,15.6 45.03,17.11 46.19,18.23 47.34,19.17 48.88,20.11 49.65,19.17 50.8,19.93 51.96,19.93 52.73,19.93 54.27,20.11 55.04,20.68 57.35,22.74 58.12,23.12 59.27,23.68 65.05,27.82 66.97,28.38 67.74,28.95 66.58,29.89 65.43,29.89 62.74,29.14 61.58,28.76 60.04,28.38 41.18,32.71 37.72,34.21 35.79,34.59 33.48,34.21 31.18,33.46 29.64,32.33 28.1,31.2 26.94,29.7 26.56,28.38 26.56,26.88 Z M18.47,71.43 L18.86,71.81 19.24,72.75 18.86,73.5 18.09,74.25 16.93,73.5 17.32,71.99 Z M24.63,70.68 L24.63,70.87 24.63,71.05 24.25,71.62 23.09,72.56 21.94,72.93 21.55,72.37 21.94,71.81 22.71,71.43 23.09,70.3 23.86,70.11 24.25,70.3 Z'),
('972', 'Martinique', true, 0, 0, 44.98, 52.26, 'translate(54.736 160.5) scale(1.30119)', 8, 142.5, 152, 92,
 'M44.98,46.24 L43.43,46.81 42.26,50 41.1,51.5 39.94,52.07 38.39,52.26 37.22,51.69 36.84,50 37.22,48.87 38.39,48.5 39.55,47.93 39.55,46.24 38.77,44.55 37.22,45.3 35.67,46.24 33.73,46.24 33.73,45.11 32.96,44.93 30.24,45.49 24.04,44.55 22.1,44.93 19.39,45.87 17.84,46.24 17.06,45.68 14.73,42.29 14.73,41.54 14.73,40.98 13.96,40.6 13.18,40.04 15.9,37.03 19,35.53 19.77,34.77 20.94,36.47 22.49,36.84 24.04,36.28 24.82,34.77 24.43,34.02 23.65,32.9 22.88,31.2 22.88,29.32 21.33,29.89 19.77,30.26 18.61,30.26 17.45,30.08 15.12,30.26 14.73,30.08 14.35,29.7 13.57,28.38 13.18,27.82 9.31,25.19 7.37,23.31 6.59,21.43 6.59,20.68 6.2,20.11 5.82,19.55 5.43,18.99 5.04,18.23 5.04,17.48 5.43,16.73 5.82,15.98 5.43,14.66 4.65,13.35 3.88,12.22 0.78,9.02 0,7.71 0,6.2 0,4.7 0.78,3.38 1.94,2.44 6.2,0 9.69,0 13.57,1.13 18.22,4.32 22.49,6.2 24.43,7.33 24.82,8.08 24.82,9.02 25.59,9.96 26.75,10.34 28.69,14.1 30.24,12.78 32.57,11.84 34.9,11.09 37.61,11.09 36.84,11.65 36.06,12.22 35.67,12.59 36.06,13.35 33.73,15.6 32.57,13.53 31.79,14.1 31.41,16.17 31.41,18.61 32.57,18.23 33.35,18.42 33.73,18.8 34.51,19.36 31.41,21.05 32.18,21.8 31.02,22.56 31.41,23.5 32.18,23.68 32.96,22.56 36.84,24.06 36.06,24.25 35.28,24.44 35.28,24.62 34.51,24.81 35.28,26.5 36.06,27.44 38,28.57 38.39,29.14 38.77,29.89 39.16,30.64 39.94,31.02 40.71,31.2 41.1,32.14 41.1,33.08 41.1,34.02 42.65,33.27 42.26,34.59 42.26,36.09 42.65,37.41 43.43,38.53 42.65,38.91 42.65,39.29 42.26,39.66 41.88,40.04 43.43,40.79 43.81,42.29 44.2,44.17 44.98,45.49 Z'),
('973', 'Guyane', true, 0, 0, 329.45, 404.52, 'translate(56.31 258) scale(0.1681)', 8, 240, 152, 92,
 'M0,380.64 L1.6,378.39 3.2,378.2 7.2,379.33 9.2,378.95 10.4,378.01 13.59,370.49 14.39,369.74 15.59,369.18 17.99,369.18 19.99,368.99 21.19,368.43 26.39,362.97 28.39,360.34 32.78,349.44 36.38,341.36 44.78,330.46 45.58,328.76 47.18,323.5 47.98,322.75 49.18,322 47.98,320.68 47.18,319.93 47.18,319.18 47.18,318.05 47.58,316.73 49.18,314.48 49.18,313.91 49.98,310.53 49.98,309.03 49.58,308.84 48.38,307.33 47.58,305.83 48.78,305.08 49.58,304.33 49.18,302.82 48.38,300.19 48.38,299.82 47.18,299.06 47.18,298.31 47.98,297.94 48.38,297.75 48.38,297.56 48.78,295.12 48.38,292.67 47.18,290.98 44.78,291.36 47.18,285.72 48.78,283.27 52.78,278.39 55.57,273.88 59.17,271.24 59.17,271.06 60.37,269.18 61.17,266.92 61.57,265.04 61.97,263.54 65.97,259.4 67.97,254.89 67.57,246.43 68.37,241.73 69.17,239.29 69.57,237.6 68.77,236.09 67.17,234.59 66.37,234.21 65.17,234.4 63.97,234.78 62.77,234.97 62.77,234.21 59.97,230.27 57.57,222.37 56.77,221.24 54.37,217.86 53.18,216.92 49.18,215.79 47.98,215.23 47.58,214.85 46.38,213.54 45.18,211.28 44.38,209.97 43.98,210.15 43.58,209.21 41.58,208.09 38.78,202.82 37.98,202.07 36.38,200.94 35.58,199.81 34.38,196.06 33.58,194.93 29.99,191.54 28.79,189.66 28.79,186.84 29.19,185.15 30.79,181.21 31.19,179.51 30.79,177.26 29.59,176.32 25.59,175.38 24.39,174.44 23.19,172.93 22.79,171.05 23.99,168.99 24.39,167.11 24.39,164.29 23.59,159.4 19.99,152.45 17.99,140.42 18.39,137.6 20.79,133.46 21.19,131.58 21.19,127.07 21.19,125.75 19.59,121.99 19.59,119.36 19.99,117.11 19.99,115.23 18.39,113.16 17.59,112.6 16.39,112.22 15.59,111.66 15.19,110.15 15.19,96.43 14.39,94.93 13.99,93.8 14.79,92.67 17.59,90.6 17.99,90.04 18.39,88.35 17.59,83.84 17.59,81.96 18.39,80.26 20.39,77.07 26.39,70.11 26.79,69.55 27.19,68.23 27.59,67.48 29.19,66.35 29.99,65.6 31.19,61.09 32.78,59.21 33.58,57.9 38.38,53.01 47.18,46.62 49.18,44.17 52.78,42.86 56.37,40.6 59.17,37.59 61.57,34.4 64.37,26.69 66.77,22.74 67.57,20.86 69.17,9.4 71.17,5.83 73.17,2.07 74.37,0 75.56,0 80.36,0.75 83.96,1.32 86.36,2.44 88.76,3.2 89.56,3.38 89.16,2.82 86.76,1.5 87.56,1.32 89.16,1.5 93.16,3.38 95.96,5.45 97.95,6.77 99.95,7.89 101.95,9.02 114.75,14.1 118.35,16.17 121.94,18.23 124.34,19.17 125.94,19.55 129.54,20.49 133.94,20.49 141.93,22.37 145.53,23.31 148.33,23.12 149.93,23.87 151.93,26.13 153.93,27.82 156.33,27.07 156.33,25.75 154.33,25.38 152.33,24.06 149.93,22.18 147.93,21.62 147.13,21.8 146.73,21.24 147.93,20.49 149.13,20.49 151.53,21.8 154.73,23.31 159.53,24.62 161.92,25.75 164.72,26.69 170.32,30.45 174.32,31.77 178.72,32.71 179.12,31.96 179.92,31.96 183.12,33.46 190.71,37.78 198.31,44.93 203.51,47.74 206.7,53.2 214.7,59.59 230.29,74.06 231.49,74.81 231.89,75 231.89,75.75 231.89,76.5 231.89,77.07 232.29,77.07 233.89,76.88 234.29,77.07 237.09,78.57 245.49,85.9 248.28,90.04 247.09,94.55 249.08,93.23 251.88,89.29 254.28,88.54 257.08,89.1 259.48,90.6 261.08,92.67 261.48,94.93 259.48,98.69 255.48,103.95 252.28,109.59 252.68,113.54 253.08,113.54 253.48,112.03 254.28,110.9 255.08,110.15 255.48,109.4 255.88,106.58 257.08,103.76 258.68,101.88 263.48,98.87 264.68,96.81 266.68,97.75 269.08,99.63 270.67,101.88 271.47,104.14 272.67,105.64 279.87,109.78 283.47,112.97 287.47,117.11 290.67,121.62 291.86,126.13 292.66,130.64 295.06,139.29 295.86,143.8 294.66,148.87 291.46,151.32 288.27,153.39 285.07,157.14 291.86,155.08 295.86,153.01 297.46,150.57 297.46,149.44 298.66,146.43 299.06,144.55 297.86,128.57 298.66,124.63 300.26,121.24 301.86,120.3 303.46,119.93 305.46,120.3 307.06,121.24 312.26,126.13 313.45,127.26 312.65,128.57 315.45,132.9 316.25,135.34 316.65,137.97 317.05,141.17 318.25,143.42 320.25,143.42 319.85,144.36 319.45,145.3 319.05,145.68 318.65,145.68 318.65,146.43 319.45,148.31 320.25,149.81 322.25,150.19 323.85,150.57 324.65,151.32 324.25,153.01 323.45,153.76 322.25,154.89 321.85,157.14 321.85,159.02 322.65,160.9 327.05,167.3 328.65,170.12 329.05,173.12 329.45,177.26 329.05,180.64 326.65,187.41 325.45,189.85 317.05,193.99 314.25,196.43 312.65,199.81 311.86,203.39 310.66,206.39 308.66,209.03 301.46,216.92 297.86,218.61 297.06,219.55 297.06,220.49 297.06,222.94 297.06,223.88 295.86,224.82 295.06,225 294.26,224.82 293.46,225.19 291.46,227.07 290.67,229.33 289.87,234.03 289.07,236.66 284.27,243.61 283.07,246.62 282.27,248.12 279.87,249.25 279.87,250 280.27,250.94 279.87,252.07 265.08,276.7 263.88,277.82 262.28,278.58 261.48,278.58 260.68,278.39 259.48,278.58 257.08,280.45 254.68,285.72 250.68,288.73 250.28,290.98 250.28,293.42 251.48,298.31 251.08,299.06 243.89,312.03 243.49,313.73 243.89,315.04 244.69,316.17 245.09,316.92 243.49,317.86 242.29,318.24 241.49,318.8 240.69,319.55 239.89,320.68 231.09,340.04 230.29,343.43 229.89,344.37 229.09,344.93 226.69,345.87 226.3,346.43 226.69,347.56 228.69,350.38 229.09,351.7 228.69,353.01 228.29,353.95 227.89,354.7 227.09,355.64 224.7,360.72 221.5,365.23 217.5,368.99 215.1,373.5 213.5,375.38 211.9,376.88 199.51,384.4 194.71,386.28 192.71,387.98 191.11,390.61 190.31,393.05 189.51,394.18 188.31,395.12 187.91,395.31 186.71,395.12 185.91,395.12 185.51,395.68 184.31,397 183.91,397.37 181.52,397.56 177.12,396.62 172.32,396.25 169.12,393.24 166.72,392.49 164.72,392.49 151.13,395.12 149.53,395.12 148.33,394.18 149.13,392.49 151.13,390.79 153.13,390.04 153.13,388.91 146.33,383.09 143.53,379.14 142.73,378.39 141.13,378.01 140.73,378.2 140.33,378.95 137.14,382.71 135.94,383.65 131.94,385.16 127.94,388.16 126.74,388.54 122.34,388.91 120.34,389.48 118.35,388.91 115.15,386.85 113.15,386.47 109.55,386.28 107.55,385.91 99.95,382.71 96.76,382.52 95.96,382.15 96.36,381.4 97.15,379.14 97.55,378.01 96.36,376.32 94.36,375.94 92.36,376.32 90.36,377.45 89.16,378.95 87.96,380.83 87.16,382.34 85.56,382.71 83.16,382.9 81.56,384.59 80.76,386.47 79.16,387.41 76.76,387.22 75.56,386.85 75.17,387.41 75.17,390.23 74.37,392.11 72.37,393.61 67.57,395.31 66.77,395.68 65.97,396.81 65.17,397 64.37,396.81 63.57,396.06 62.77,395.87 60.37,395.87 59.57,396.43 58.77,398.13 57.17,402.64 55.97,404.14 53.18,404.52 51.98,404.14 50.78,403.39 47.18,398.88 46.78,398.69 44.78,398.88 42.78,399.44 40.78,400.01 38.78,400.38 33.18,399.63 32.38,399.44 31.19,398.69 27.99,395.87 26.79,395.12 25.99,394.93 25.19,395.12 23.59,394.93 22.39,394.74 20.79,393.8 19.99,393.61 15.19,393.05 13.59,392.11 11.59,389.85 7.6,387.04 7.2,385.72 9.6,385.53 7.6,383.46 5.6,381.77 2.8,380.83 Z'),
('974', 'La Réunion', true, 0, 0, 65.05, 56.58, 'translate(44.91 355.5) scale(1.20184)', 8, 337.5, 152, 92,
 'M58.32,26.88 L59.82,27.82 63.55,29.51 64.68,30.64 65.05,32.9 64.68,34.77 63.93,36.65 62.06,44.74 61.68,47.18 62.06,49.25 61.68,51.5 60.94,53.57 58.69,54.32 54.96,54.14 53.09,54.51 49.72,56.2 47.48,56.58 44.86,56.58 43.37,55.83 41.5,56.58 38.88,56.58 36.26,56.39 34.02,55.83 32.15,54.89 29.16,52.44 25.8,51.69 21.68,50 19.81,49.06 19.07,48.12 18.32,46.99 17.94,46.24 16.82,46.05 13.46,45.87 12.71,45.68 11.96,43.99 8.6,39.85 7.1,37.59 6.73,34.96 6.73,33.08 6.36,31.39 2.24,25.56 0.75,23.12 0,20.68 0,18.61 0.37,16.54 1.5,14.66 5.23,13.16 6.36,11.47 6.73,9.4 6.36,7.89 7.1,7.14 7.1,6.77 7.1,6.2 6.36,5.64 7.85,4.89 11.22,4.89 14.21,2.63 18.69,0.19 23.93,0 25.42,0.19 28.41,1.32 29.91,1.5 31.4,0.94 32.9,1.5 36.64,1.5 38.13,2.07 39.25,3.01 44.11,3.95 45.61,4.89 46.36,5.64 48.6,8.08 49.35,9.77 49.72,13.35 50.47,14.66 53.09,17.29 53.46,18.05 53.46,20.3 53.83,21.43 54.21,22.37 54.58,22.93 56.45,23.68 56.82,24.25 57.2,24.81 Z'),
('975', 'Saint-Pierre-et-Miquelon', true, 0, 0, 19.15, 43.23, 'translate(68.939 453) scale(1.57298)', 8, 435, 152, 92,
 'M18.6,38.53 L18.33,39.1 17.78,39.66 17.78,40.23 17.51,40.98 18.6,41.54 19.15,41.73 17.24,42.67 15.32,43.23 13.13,43.05 11.76,41.73 13.41,39.29 14.23,38.16 15.59,37.22 16.42,36.84 17.78,36.65 18.88,37.03 Z M9.3,27.26 L12.31,29.89 11.22,33.27 8.21,36.47 3.83,39.66 3.01,40.04 1.92,39.47 1.37,37.97 1.64,37.22 1.64,36.28 0.27,35.15 0,33.84 1.37,32.14 4.1,29.51 5.2,25.19 4.65,20.68 0.82,11.65 0.55,9.96 0.27,5.83 0,4.14 0,3.01 0.55,1.69 1.37,0.75 2.19,0 3.28,0 4.1,0.56 2.74,1.69 1.92,2.63 1.92,3.95 3.01,5.08 4.38,5.83 6.84,6.39 10.94,9.59 10.94,10.71 10.94,12.22 10.67,13.72 9.58,14.66 9.3,15.79 8.75,16.73 7.93,17.29 7.39,17.11 7.39,16.54 7.11,15.98 6.84,15.79 6.29,15.79 5.2,16.54 4.1,16.17 3.56,16.17 3.56,17.29 3.83,17.86 4.38,18.05 4.65,17.86 5.47,18.23 5.75,18.23 6.29,18.42 6.57,18.8 6.84,19.55 6.57,20.11 6.29,20.49 6.02,20.86 6.02,25.38 6.57,26.69 7.11,27.26 Z'),
('976', 'Mayotte', true, 0, 0, 26.96, 38.16, 'translate(59.979 550.5) scale(1.78197)', 8, 532.5, 152, 92,
 'M23.84,12.97 L25.4,11.28 26.18,10.71 26.96,12.59 26.96,14.1 26.57,15.79 26.18,17.67 25.4,17.67 Z M17.19,8.46 L19.15,9.77 19.93,11.09 19.93,12.59 19.54,14.47 16.8,18.42 16.02,18.99 16.02,20.3 16.8,21.62 18.76,22.74 18.37,24.25 17.58,25.75 17.19,26.32 16.41,28.76 14.46,30.83 13.68,33.08 15.63,35.9 15.24,36.65 14.85,37.22 14.07,37.59 13.29,38.16 12.9,36.84 12.11,37.03 10.94,37.78 9.77,38.16 8.6,37.78 7.82,37.22 7.03,36.84 5.86,37.41 6.25,35.71 5.86,34.59 4.69,34.21 3.13,34.21 3.13,33.65 5.08,32.71 5.08,30.83 4.3,29.14 2.34,28.01 2.74,27.44 3.52,26.88 4.69,26.69 5.08,27.26 7.03,29.51 8.99,30.64 10.16,30.08 10.16,28.57 9.77,26.69 8.99,25.38 7.82,24.06 4.69,21.43 6.25,20.68 6.64,20.68 6.64,19.93 6.25,18.99 5.86,17.29 5.47,14.1 5.08,12.59 3.91,11.84 2.74,11.47 1.56,10.71 0.78,9.77 0.39,8.65 0,7.52 0,5.83 5.47,0 5.86,0.75 5.86,1.13 5.86,1.5 5.47,1.69 5.08,1.88 4.69,2.26 5.47,2.26 5.47,2.44 5.86,2.82 5.86,3.01 7.42,4.32 9.38,6.77 10.55,7.52 12.11,7.89 15.24,7.89 Z');
-- END GENERATED department_shape data

-- Analysts draw maps (the role comes from indicators.sql).
GRANT SELECT ON rdvmairie.department_shape TO rdvmairie_analyst;
GRANT EXECUTE ON FUNCTION rdvmairie.department_map_svg(jsonb, text, text, boolean, text) TO rdvmairie_analyst;

-- ==== src/api.sql ====
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

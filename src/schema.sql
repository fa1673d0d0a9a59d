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

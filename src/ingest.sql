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

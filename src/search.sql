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

-- test/pgtap/lib/search_world.sql — the world the search tests compare search_slots
-- with a brute force in (included by 04_search.sql and 10_search_date.sql): the
-- scenario with sloppy feeds, slots for every reason and 1 or 2 documents over two
-- consecutive windows, offline points and stale windows, and pg_temp.brute(), every
-- offered slot filtered and ranked in plain SQL.
SELECT rdvmairie_scenario.generate(0.7, 900, 30);
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc)
SELECT editor_id, name, base_url, auth_token, sends_utc FROM rdvmairie_scenario.vendor;
SELECT count(*) FROM rdvmairie_scenario.vendor v
CROSS JOIN LATERAL rdvmairie.ingest_meeting_points(v.editor_id, rdvmairie_scenario.meeting_points_payload(v.editor_id, true)) r;

-- slots for every reason and for 1 and 2 documents, over two consecutive windows
CREATE TEMP TABLE feeds AS
SELECT v.editor_id, f.reason, f.docs, w.s, w.e
FROM rdvmairie_scenario.vendor v,
     (VALUES ('CNI', 1), ('CNI', 2), ('PASSPORT', 1), ('CNI-PASSPORT', 1)) f(reason, docs),
     (VALUES (current_date, current_date + 13), (current_date + 14, current_date + 30)) w(s, e);
SELECT count(*) FROM feeds f CROSS JOIN LATERAL rdvmairie.ingest_slots(f.editor_id,
    rdvmairie_scenario.slots_payload(f.editor_id, f.s, f.e, f.reason, f.docs, true), f.s, f.e, f.reason, f.docs) r;
-- some points go offline and some windows go stale: neither may be offered
UPDATE rdvmairie.meeting_point SET online = false WHERE meeting_point_id % 17 = 0;
UPDATE rdvmairie.slot_window SET confirmed_at = now() - interval '2 hours' WHERE meeting_point_id % 13 = 0 AND start_date = current_date;
ANALYZE rdvmairie.slot;

-- the brute force: every offered slot, filtered and ranked in plain SQL
CREATE FUNCTION pg_temp.brute(lon float8, lat float8, sd date, ed date, radius float8, rsn text,
                              docs int, maxr int, by_date bool, dept text)
RETURNS TABLE (pos bigint, meeting_point_id bigint, distance_km float8, first_slot timestamptz, slot_count int)
LANGUAGE sql AS $$
    WITH origin AS (SELECT rdvmairie.make_position(lon, lat) AS g),
    offered AS (
        SELECT DISTINCT s.meeting_point_id, s.starts_at
        FROM rdvmairie.slot s JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
        WHERE mp.online AND s.reason = rsn::rdvmairie.reason AND s.documents_number >= docs
          AND st_dwithin(mp.position, (SELECT g FROM origin), radius * 1000 + 1)
          AND s.starts_at > now()
          AND (s.starts_at AT TIME ZONE mp.time_zone)::date BETWEEN sd AND ed
          AND (dept IS NULL OR mp.department = dept)
          AND EXISTS (SELECT 1 FROM rdvmairie.slot_window w
                      WHERE w.meeting_point_id = s.meeting_point_id AND w.reason = s.reason
                        AND w.documents_number = s.documents_number
                        AND s.starts_at >= w.starts_from AND s.starts_at < w.ends_before
                        AND w.confirmed_at > now() - rdvmairie.slot_max_age())
    ), per_point AS (
        SELECT o.meeting_point_id, min(o.starts_at) AS first_slot, count(*)::int AS n,
               st_distance(mp.position, (SELECT g FROM origin)) / 1000 AS d
        FROM offered o JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
        GROUP BY o.meeting_point_id, mp.position
    )
    SELECT row_number() OVER (ORDER BY CASE WHEN by_date THEN extract(epoch FROM first_slot) END, d, meeting_point_id),
           meeting_point_id, d, first_slot, n
    FROM per_point WHERE d <= radius
    ORDER BY 1 LIMIT maxr
$$;

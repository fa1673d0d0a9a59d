-- search_slots in date order over wide radii in dense areas (Paris, Lyon,
-- Lille), against the same brute force as 04_search.sql: 120 searches, radius
-- 20-100 km, 1-50 results, 1-3 documents, every row compared.  Some windows
-- look as if ingested hours ago (their first_slot is their start) and some lost
-- their per-day counts (an overlapping window was rewritten), so the lower
-- bounds search derives from windows are loose as well as tight.
BEGIN;
SELECT plan(6);
SET LOCAL client_min_messages = warning;

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
UPDATE rdvmairie.slot_window SET first_slot = starts_from WHERE meeting_point_id % 5 = 1;
UPDATE rdvmairie.slot_window SET day_counts = NULL WHERE meeting_point_id % 7 = 2;
ANALYZE rdvmairie.slot_window;

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

-- 120 date-ordered searches around three dense cities
SELECT setseed(0.25);
CREATE TEMP TABLE search AS
SELECT i,
       c.lon + (random() - 0.5) * 0.3 AS lon, c.lat + (random() - 0.5) * 0.2 AS lat,
       current_date + (random() * 5)::int AS sd,
       (ARRAY['CNI', 'CNI', 'CNI', 'PASSPORT', 'CNI-PASSPORT'])[1 + (i % 5)] AS rsn,
       CASE i % 6 WHEN 0 THEN 2 WHEN 1 THEN 3 ELSE 1 END AS docs,
       least((ARRAY[20, 30, 30, 50, 75, 99])[1 + (i % 6)] + random(), 100) AS radius,
       1 + (i * 11) % 50 AS maxr,
       (random() * 25)::int AS days
FROM generate_series(1, 120) i
CROSS JOIN LATERAL (VALUES ((ARRAY[2.35, 4.84, 3.06])[1 + i % 3], (ARRAY[48.86, 45.76, 50.63])[1 + i % 3])) c(lon, lat);

CREATE TEMP TABLE got AS
SELECT s.i, row_number() OVER (PARTITION BY s.i) AS pos, r.*
FROM search s
CROSS JOIN LATERAL rdvmairie.search_slots(s.lon, s.lat, s.sd, s.sd + s.days, s.radius, s.rsn, s.docs,
                                          s.maxr, 'date', NULL, 7) r;
CREATE TEMP TABLE want AS
SELECT s.i, b.*
FROM search s
CROSS JOIN LATERAL pg_temp.brute(s.lon, s.lat, s.sd, s.sd + s.days, s.radius, s.rsn, s.docs,
                                 s.maxr, true, NULL) b;

SELECT cmp_ok((SELECT count(DISTINCT i) FROM want), '>=', 80::bigint, 'most of the 120 searches find something');
SELECT cmp_ok((SELECT count(*) FROM want), '>', 1500::bigint, 'thousands of result rows to compare');
SELECT is((SELECT count(*) FROM want w FULL JOIN got g USING (i, pos)
           WHERE g.meeting_point_id IS DISTINCT FROM w.meeting_point_id), 0::bigint,
          'every search returns the brute force''s meeting points, in the same order');
SELECT is((SELECT count(*) FROM want w JOIN got g USING (i, pos) WHERE abs(g.distance_km - w.distance_km) > 0.001),
          0::bigint, 'distances agree with ST_Distance on the WGS 84 spheroid to 1 m');
SELECT is((SELECT count(*) FROM want w JOIN got g USING (i, pos) WHERE g.first_slot <> w.first_slot OR g.slot_count <> w.slot_count),
          0::bigint, 'first slot and slot count agree');
SELECT is((SELECT count(*) FROM got g WHERE jsonb_array_length(g.slots) <> least(g.slot_count, 7)
              OR (g.slots->0->>'datetime')::timestamptz <> g.first_slot), 0::bigint,
          'slots lists start at the first slot and are capped at max_slots');

SELECT * FROM finish();
ROLLBACK;

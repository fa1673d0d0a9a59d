-- search_slots in date order over wide radii in dense areas (Paris, Lyon,
-- Lille), against the same brute force as 04_search.sql: 120 searches, radius
-- 20-100 km, 1-50 results, 1-3 documents, every row compared.  Some windows
-- look as if ingested hours ago (their first_slot is their start) and some lost
-- their per-day counts (an overlapping window was rewritten), so the lower
-- bounds search derives from windows are loose as well as tight.
BEGIN;
SELECT plan(6);
SET LOCAL client_min_messages = warning;

\ir lib/search_world.sql
-- loose bounds: windows that look ingested hours ago, windows whose per-day counts were cleared
UPDATE rdvmairie.slot_window SET first_slot = starts_from WHERE meeting_point_id % 5 = 1;
UPDATE rdvmairie.slot_window SET day_counts = NULL WHERE meeting_point_id % 7 = 2;
ANALYZE rdvmairie.slot_window;

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

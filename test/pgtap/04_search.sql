-- search_slots against a brute-force computation over every meeting point and
-- slot: 600 random searches on the realistic scenario (mainland and overseas
-- origins, every reason, 1-3 documents, both orders, radius edges, department
-- filter), every row compared.
BEGIN;
SELECT plan(9);
SET LOCAL client_min_messages = warning;

\ir lib/search_world.sql

-- 600 searches: origins where people live (overseas included), every parameter varied
SELECT setseed(0.5);
CREATE TEMP TABLE search AS
SELECT q.*, (SELECT count(*) FROM rdvmairie.meeting_point) AS n_points
FROM (
    SELECT i,
           c.longitude + (random() - 0.5) * 0.1 AS lon, c.latitude + (random() - 0.5) * 0.1 AS lat,
           current_date + (random() * 10)::int AS sd,
           (ARRAY['CNI', 'CNI', 'PASSPORT', 'CNI-PASSPORT'])[1 + (i % 4)] AS rsn,
           CASE i % 7 WHEN 0 THEN 2 WHEN 1 THEN 3 ELSE 1 END AS docs,
           (ARRAY[0.5, 2, 5, 10, 20, 20, 50, 100])[1 + (i % 8)] AS radius,
           1 + (i * 7) % 25 AS maxr,
           i % 2 = 0 AS by_date,
           CASE WHEN i % 10 = 0 THEN c.department END AS dept,
           (random() * 25)::int AS days
    FROM generate_series(1, 600) i
    CROSS JOIN LATERAL (
        SELECT * FROM rdvmairie_scenario.commune
        WHERE i > 0 AND (i % 6 <> 0 OR department LIKE '97%')
        ORDER BY -ln(1 - random()) / population LIMIT 1) c   -- population-weighted draw
) q;

CREATE TEMP TABLE got AS
SELECT s.i, row_number() OVER (PARTITION BY s.i) AS pos, r.*
FROM search s
CROSS JOIN LATERAL rdvmairie.search_slots(s.lon, s.lat, s.sd, s.sd + s.days, s.radius, s.rsn, s.docs,
                                          s.maxr, CASE WHEN s.by_date THEN 'date' ELSE 'distance' END,
                                          s.dept, 7) r;
CREATE TEMP TABLE want AS
SELECT s.i, b.*
FROM search s
CROSS JOIN LATERAL pg_temp.brute(s.lon, s.lat, s.sd, s.sd + s.days, s.radius, s.rsn, s.docs,
                                 s.maxr, s.by_date, s.dept) b;

SELECT cmp_ok((SELECT count(DISTINCT i) FROM want), '>=', 250::bigint, 'hundreds of the 600 searches find something');
SELECT cmp_ok((SELECT count(*) FROM want), '>', 1500::bigint, 'thousands of result rows to compare');
SELECT is((SELECT count(*) FROM want w FULL JOIN got g USING (i, pos)
           WHERE g.meeting_point_id IS DISTINCT FROM w.meeting_point_id), 0::bigint,
          'every search returns the brute force''s meeting points, in the same order');
SELECT is((SELECT count(*) FROM want w JOIN got g USING (i, pos) WHERE abs(g.distance_km - w.distance_km) > 0.001),
          0::bigint, 'distances agree with ST_Distance on the WGS 84 spheroid to 1 m');
SELECT is((SELECT count(*) FROM want w JOIN got g USING (i, pos) WHERE g.first_slot <> w.first_slot OR g.slot_count <> w.slot_count),
          0::bigint, 'first slot and slot count agree');
SELECT is((SELECT count(*) FROM got g WHERE jsonb_array_length(g.slots) <> least(g.slot_count, 7)), 0::bigint,
          'slots lists are capped at max_slots');
SELECT is((SELECT count(*) FROM got g JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
           CROSS JOIN LATERAL (SELECT extract(epoch FROM g.first_slot AT TIME ZONE mp.time_zone
                                              - g.first_slot AT TIME ZONE 'UTC')::int AS off) o
           WHERE (g.slots->0->>'datetime')::timestamptz <> g.first_slot
              OR (g.slots->0->>'datetime') <> to_char(g.first_slot AT TIME ZONE mp.time_zone, 'YYYY-MM-DD"T"HH24:MI:SS')
                                              || CASE WHEN o.off < 0 THEN '-' ELSE '+' END
                                              || lpad((abs(o.off) / 3600)::text, 2, '0') || ':'
                                              || lpad((abs(o.off) % 3600 / 60)::text, 2, '0')), 0::bigint,
          'slot datetimes are local times with their offset');
SELECT is((SELECT count(*) FROM got g WHERE NOT (SELECT bool_and((a.x->>'datetime') < (b.x->>'datetime') OR a.n < 1)
           FROM jsonb_array_elements(g.slots) WITH ORDINALITY a(x, n)
           JOIN jsonb_array_elements(g.slots) WITH ORDINALITY b(x, m) ON m = n + 1)), 0::bigint,
          'slots are ascending');
SELECT is((SELECT count(*) FROM got g JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
           WHERE NOT mp.online OR (mp.meeting_point_id % 13 = 0 AND g.first_slot < (current_date + 14)::timestamptz - interval '1 day')),
          0::bigint, 'offline points and stale windows are never offered');

SELECT * FROM finish();
ROLLBACK;

-- bench/search_setup.sql — the France-scale scenario for bench/search.sh.
-- psql variables: points, days.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

SELECT rdvmairie_scenario.generate(0.42, :points, 50);
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc)
SELECT editor_id, name, base_url, auth_token, sends_utc FROM rdvmairie_scenario.vendor;
SELECT count(*) FROM rdvmairie_scenario.vendor v
CROSS JOIN LATERAL rdvmairie.ingest_meeting_points(v.editor_id, rdvmairie_scenario.meeting_points_payload(v.editor_id, false)) r;
SELECT sum(r.inserted) AS slots FROM rdvmairie_scenario.vendor v
CROSS JOIN LATERAL rdvmairie.ingest_slots(v.editor_id,
    rdvmairie_scenario.slots_payload(v.editor_id, current_date, current_date + :days - 1, 'CNI', 1, false),
    current_date, current_date + :days - 1) r;
-- feeds confirmed a moment ago stay fresh for the whole run
SET rdvmairie.slot_max_age = '1d';
ALTER DATABASE :"DBNAME" SET rdvmairie.slot_max_age = '1d';
VACUUM ANALYZE;

-- 10,000 origins drawn where people live (population-weighted), overseas included
SELECT setseed(0.42);
CREATE TABLE bench.origin AS
SELECT row_number() OVER () AS id, c.longitude + (random() - 0.5) * 0.05 AS lon,
       c.latitude + (random() - 0.5) * 0.05 AS lat
FROM generate_series(1, 10000) i
CROSS JOIN LATERAL (SELECT * FROM rdvmairie_scenario.commune WHERE i > 0
                    ORDER BY -ln(1 - random()) / population LIMIT 1) c;
ALTER TABLE bench.origin ADD PRIMARY KEY (id);

-- local time with its offset (an inlinable SQL function, so that pgbench scripts
-- need no colons in literals)
CREATE FUNCTION bench.local_iso(ts timestamptz, tz text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(ts AT TIME ZONE tz, 'YYYY-MM-DD"T"HH24:MI:SS')
           || CASE WHEN (ts AT TIME ZONE tz) < (ts AT TIME ZONE 'UTC') THEN '-' ELSE '+' END
           || to_char(abs(extract(epoch FROM (ts AT TIME ZONE tz) - (ts AT TIME ZONE 'UTC'))) * interval '1 second', 'HH24:MI')
$$;

-- the best hand-written SQL for the same answer: a LATERAL KNN walk over the same
-- tables and indexes, fresh windows joined to their slots, JSON built in SQL
CREATE FUNCTION bench.handwritten(lon float8, lat float8, sd date, ed date, radius_km float8,
                                  rsn text, docs int, max_results int, max_slots int)
RETURNS TABLE (meeting_point_id bigint, name text, distance_km float8, first_slot timestamptz,
               slot_count int, slots jsonb)
LANGUAGE sql STABLE AS $$
    SELECT mp.meeting_point_id, mp.name, st_distance(mp.position, o.g) / 1000, a.first_slot, a.slot_count, a.slots
    FROM (SELECT rdvmairie.make_position(lon, lat) AS g) o
    CROSS JOIN LATERAL (
        SELECT * FROM rdvmairie.meeting_point mp
        WHERE mp.online AND st_dwithin(mp.position, o.g, radius_km * 1000)
        ORDER BY mp.position <-> o.g) mp
    CROSS JOIN LATERAL (
        SELECT min(x.starts_at) AS first_slot, count(*)::int AS slot_count,
               jsonb_agg(jsonb_build_object(
                   'datetime', bench.local_iso(x.starts_at, mp.time_zone),
                   'callback_url', x.callback_url) ORDER BY x.starts_at) FILTER (WHERE x.rn <= max_slots) AS slots
        FROM (SELECT t.*, row_number() OVER (ORDER BY t.starts_at) AS rn
              FROM (SELECT DISTINCT ON (s.starts_at) s.starts_at, s.callback_url
                    FROM rdvmairie.slot_window w
                    JOIN rdvmairie.slot s ON s.meeting_point_id = w.meeting_point_id AND s.reason = w.reason
                         AND s.documents_number = w.documents_number
                         AND s.starts_at >= w.starts_from AND s.starts_at < w.ends_before
                    WHERE w.meeting_point_id = mp.meeting_point_id AND w.reason = rsn::rdvmairie.reason
                      AND w.documents_number >= docs AND w.confirmed_at > now() - rdvmairie.slot_max_age()
                      AND s.starts_at > now()
                      AND s.starts_at >= (sd::timestamp AT TIME ZONE mp.time_zone)
                      AND s.starts_at < ((ed + 1)::timestamp AT TIME ZONE mp.time_zone)
                    ORDER BY s.starts_at, s.documents_number) t) x
        HAVING count(*) > 0) a
    ORDER BY mp.position <-> o.g
    LIMIT max_results
$$;

-- the naive join: every slot of every point in the radius, grouped, ranked
CREATE FUNCTION bench.naive(lon float8, lat float8, sd date, ed date, radius_km float8,
                            rsn text, docs int, max_results int)
RETURNS TABLE (meeting_point_id bigint, distance_km float8, first_slot timestamptz, slot_count bigint)
LANGUAGE sql STABLE AS $$
    SELECT mp.meeting_point_id, st_distance(mp.position, rdvmairie.make_position(lon, lat)) / 1000,
           min(s.starts_at), count(DISTINCT s.starts_at)
    FROM rdvmairie.meeting_point mp
    JOIN rdvmairie.slot s USING (meeting_point_id)
    JOIN rdvmairie.slot_window w ON w.meeting_point_id = s.meeting_point_id AND w.reason = s.reason
         AND w.documents_number = s.documents_number AND s.starts_at >= w.starts_from AND s.starts_at < w.ends_before
    WHERE mp.online AND st_dwithin(mp.position, rdvmairie.make_position(lon, lat), radius_km * 1000)
      AND s.reason = rsn::rdvmairie.reason AND s.documents_number >= docs AND s.starts_at > now()
      AND w.confirmed_at > now() - rdvmairie.slot_max_age()
      AND (s.starts_at AT TIME ZONE mp.time_zone)::date BETWEEN sd AND ed
    GROUP BY mp.meeting_point_id, mp.position
    ORDER BY 2, 1
    LIMIT max_results
$$;

-- same answer: on 200 origins, search_slots and the hand-written function list the
-- same points with the same first slot and count (the hand-written query orders by
-- the index's sphere distance, so only near-ties may swap places)
SELECT round(avg((c.ids = h.ids)::int), 3) AS same_points_share
FROM bench.origin o
CROSS JOIN LATERAL (SELECT array_agg(r.meeting_point_id || ':' || r.first_slot || ':' || r.slot_count ORDER BY r.meeting_point_id) AS ids
                    FROM rdvmairie.search_slots(o.lon, o.lat, current_date, current_date + 30) r) c
CROSS JOIN LATERAL (SELECT array_agg(r.meeting_point_id || ':' || r.first_slot || ':' || r.slot_count ORDER BY r.meeting_point_id) AS ids
                    FROM bench.handwritten(o.lon, o.lat, current_date, current_date + 30, 20, 'CNI', 1, 20, 50) r) h
WHERE o.id <= 200;

-- order by date: the best hand-written SQL (bench/search/handwritten_date.sql) finds
-- each point's first slot with one ordered index probe per fresh window, keeps the
-- soonest max_results (then nearest, then id), and builds only their slot lists
CREATE FUNCTION bench.handwritten_date(lon float8, lat float8, sd date, ed date, radius_km float8,
                                       max_results int, max_slots int)
RETURNS TABLE (meeting_point_id bigint, distance_km float8, first_slot timestamptz, slot_count int, slots jsonb)
LANGUAGE sql STABLE AS $$
    SELECT f.meeting_point_id, f.d / 1000, f.first_slot, a.slot_count, a.slots
    FROM (
        SELECT mp.meeting_point_id, mp.time_zone, st_distance(mp.position, o.g) AS d, fs.first_slot
        FROM (SELECT rdvmairie.make_position(lon, lat) AS g) o
        JOIN rdvmairie.meeting_point mp ON mp.online AND st_dwithin(mp.position, o.g, radius_km * 1000)
        CROSS JOIN LATERAL (
            SELECT min(s1.starts_at) AS first_slot
            FROM rdvmairie.slot_window w
            CROSS JOIN LATERAL (
                SELECT s.starts_at FROM rdvmairie.slot s
                WHERE s.meeting_point_id = w.meeting_point_id AND s.reason = w.reason
                  AND s.documents_number = w.documents_number AND s.starts_at > now()
                  AND s.starts_at >= greatest(w.starts_from, sd::timestamp AT TIME ZONE mp.time_zone)
                  AND s.starts_at < least(w.ends_before, (ed + 1)::timestamp AT TIME ZONE mp.time_zone)
                ORDER BY s.starts_at LIMIT 1) s1
            WHERE w.meeting_point_id = mp.meeting_point_id AND w.reason = 'CNI'
              AND w.documents_number >= 1 AND w.confirmed_at > now() - rdvmairie.slot_max_age()) fs
        WHERE fs.first_slot IS NOT NULL
        ORDER BY fs.first_slot, 3, 1
        LIMIT max_results) f
    CROSS JOIN LATERAL (
        SELECT count(*)::int AS slot_count,
               jsonb_agg(jsonb_build_object(
                   'datetime', bench.local_iso(x.starts_at, f.time_zone),
                   'callback_url', x.callback_url) ORDER BY x.starts_at) FILTER (WHERE x.rn <= max_slots) AS slots
        FROM (SELECT t.*, row_number() OVER (ORDER BY t.starts_at) AS rn
              FROM (SELECT DISTINCT ON (s.starts_at) s.starts_at, s.callback_url
                    FROM rdvmairie.slot_window w
                    JOIN rdvmairie.slot s ON s.meeting_point_id = w.meeting_point_id AND s.reason = w.reason
                         AND s.documents_number = w.documents_number
                         AND s.starts_at >= w.starts_from AND s.starts_at < w.ends_before
                    WHERE w.meeting_point_id = f.meeting_point_id AND w.reason = 'CNI'
                      AND w.documents_number >= 1 AND w.confirmed_at > now() - rdvmairie.slot_max_age()
                      AND s.starts_at > now()
                      AND s.starts_at >= (sd::timestamp AT TIME ZONE f.time_zone)
                      AND s.starts_at < ((ed + 1)::timestamp AT TIME ZONE f.time_zone)
                    ORDER BY s.starts_at, s.documents_number) t) x) a
    ORDER BY f.first_slot, f.d, f.meeting_point_id
$$;

-- same answer in date order over 30 km, rank by rank (both use ellipsoid distances)
SELECT round(avg((c.rows = h.rows)::int), 3) AS same_date_answer_share
FROM bench.origin o
CROSS JOIN LATERAL (SELECT array_agg(r.meeting_point_id || ':' || r.first_slot || ':' || r.slot_count || ':' || r.slots::text ORDER BY n) AS rows
                    FROM rdvmairie.search_slots(o.lon, o.lat, current_date, current_date + 30, 30, order_by => 'date')
                         WITH ORDINALITY r(meeting_point_id, editor_id, name, a, z, ci, de, w, l, lo, la, dk, first_slot, slot_count, slots, sr, ss, se, n)) c
CROSS JOIN LATERAL (SELECT array_agg(r.meeting_point_id || ':' || r.first_slot || ':' || r.slot_count || ':' || r.slots::text ORDER BY n) AS rows
                    FROM bench.handwritten_date(o.lon, o.lat, current_date, current_date + 30, 30, 20, 50) WITH ORDINALITY r(meeting_point_id, dk, first_slot, slot_count, slots, n)) h
WHERE o.id <= 100;

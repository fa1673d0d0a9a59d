\set id random(1, 10000)
SELECT count(*) FROM (
    SELECT mp.meeting_point_id, mp.name, st_distance(mp.position, o.g) / 1000, a.first_slot, a.slot_count, a.slots
    FROM (SELECT rdvmairie.make_position(lon, lat) AS g FROM bench.origin WHERE id = :id) o
    CROSS JOIN LATERAL (
        SELECT * FROM rdvmairie.meeting_point mp
        WHERE mp.online AND st_dwithin(mp.position, o.g, 20 * 1000)
        ORDER BY mp.position <-> o.g) mp
    CROSS JOIN LATERAL (
        SELECT min(x.starts_at) AS first_slot, count(*)::int AS slot_count,
               jsonb_agg(jsonb_build_object(
                   'datetime', bench.local_iso(x.starts_at, mp.time_zone),
                   'callback_url', x.callback_url) ORDER BY x.starts_at) FILTER (WHERE x.rn <= 50) AS slots
        FROM (SELECT t.*, row_number() OVER (ORDER BY t.starts_at) AS rn
              FROM (SELECT DISTINCT ON (s.starts_at) s.starts_at, s.callback_url
                    FROM rdvmairie.slot_window w
                    JOIN rdvmairie.slot s ON s.meeting_point_id = w.meeting_point_id AND s.reason = w.reason
                         AND s.documents_number = w.documents_number
                         AND s.starts_at >= w.starts_from AND s.starts_at < w.ends_before
                    WHERE w.meeting_point_id = mp.meeting_point_id AND w.reason = 'CNI'
                      AND w.documents_number >= 1 AND w.confirmed_at > now() - rdvmairie.slot_max_age()
                      AND s.starts_at > now()
                      AND s.starts_at >= (current_date::timestamp AT TIME ZONE mp.time_zone)
                      AND s.starts_at < ((current_date + 31)::timestamp AT TIME ZONE mp.time_zone)
                    ORDER BY s.starts_at, s.documents_number) t) x
        HAVING count(*) > 0) a
    ORDER BY mp.position <-> o.g
    LIMIT 20) r;

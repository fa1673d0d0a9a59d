\set id random(1, 10000)
SELECT count(*) FROM (
    SELECT f.meeting_point_id, f.name, f.d / 1000, f.first_slot, a.slot_count, a.slots
    FROM (
        SELECT mp.meeting_point_id, mp.name, mp.time_zone, st_distance(mp.position, o.g) AS d, fs.first_slot
        FROM (SELECT rdvmairie.make_position(lon, lat) AS g FROM bench.origin WHERE id = :id) o
        JOIN rdvmairie.meeting_point mp ON mp.online AND st_dwithin(mp.position, o.g, 30 * 1000)
        CROSS JOIN LATERAL (
            SELECT min(s1.starts_at) AS first_slot
            FROM rdvmairie.slot_window w
            CROSS JOIN LATERAL (
                SELECT s.starts_at FROM rdvmairie.slot s
                WHERE s.meeting_point_id = w.meeting_point_id AND s.reason = w.reason
                  AND s.documents_number = w.documents_number AND s.starts_at > now()
                  AND s.starts_at >= greatest(w.starts_from, current_date::timestamp AT TIME ZONE mp.time_zone)
                  AND s.starts_at < least(w.ends_before, (current_date + 31)::timestamp AT TIME ZONE mp.time_zone)
                ORDER BY s.starts_at LIMIT 1) s1
            WHERE w.meeting_point_id = mp.meeting_point_id AND w.reason = 'CNI'
              AND w.documents_number >= 1 AND w.confirmed_at > now() - rdvmairie.slot_max_age()) fs
        WHERE fs.first_slot IS NOT NULL
        ORDER BY fs.first_slot, 4, 1
        LIMIT 20) f
    CROSS JOIN LATERAL (
        SELECT count(*)::int AS slot_count,
               jsonb_agg(jsonb_build_object(
                   'datetime', bench.local_iso(x.starts_at, f.time_zone),
                   'callback_url', x.callback_url) ORDER BY x.starts_at) FILTER (WHERE x.rn <= 50) AS slots
        FROM (SELECT t.*, row_number() OVER (ORDER BY t.starts_at) AS rn
              FROM (SELECT DISTINCT ON (s.starts_at) s.starts_at, s.callback_url
                    FROM rdvmairie.slot_window w
                    JOIN rdvmairie.slot s ON s.meeting_point_id = w.meeting_point_id AND s.reason = w.reason
                         AND s.documents_number = w.documents_number
                         AND s.starts_at >= w.starts_from AND s.starts_at < w.ends_before
                    WHERE w.meeting_point_id = f.meeting_point_id AND w.reason = 'CNI'
                      AND w.documents_number >= 1 AND w.confirmed_at > now() - rdvmairie.slot_max_age()
                      AND s.starts_at > now()
                      AND s.starts_at >= (current_date::timestamp AT TIME ZONE f.time_zone)
                      AND s.starts_at < ((current_date + 31)::timestamp AT TIME ZONE f.time_zone)
                    ORDER BY s.starts_at, s.documents_number) t) x) a
    ORDER BY f.first_slot, f.d, f.meeting_point_id) r;

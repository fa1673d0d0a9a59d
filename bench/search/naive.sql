\set id random(1, 10000)
SELECT count(*) FROM (
    SELECT mp.meeting_point_id, st_distance(mp.position, o.g) / 1000 AS km,
           min(s.starts_at), count(DISTINCT s.starts_at)
    FROM (SELECT rdvmairie.make_position(lon, lat) AS g FROM bench.origin WHERE id = :id) o
    JOIN rdvmairie.meeting_point mp ON mp.online AND st_dwithin(mp.position, o.g, 20 * 1000)
    JOIN rdvmairie.slot s USING (meeting_point_id)
    JOIN rdvmairie.slot_window w ON w.meeting_point_id = s.meeting_point_id AND w.reason = s.reason
         AND w.documents_number = s.documents_number AND s.starts_at >= w.starts_from AND s.starts_at < w.ends_before
    WHERE s.reason = 'CNI' AND s.documents_number >= 1 AND s.starts_at > now()
      AND w.confirmed_at > now() - rdvmairie.slot_max_age()
      AND (s.starts_at AT TIME ZONE mp.time_zone)::date BETWEEN current_date AND current_date + 30
    GROUP BY mp.meeting_point_id, mp.position, o.g
    ORDER BY 2, 1
    LIMIT 20) r;

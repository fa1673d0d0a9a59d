-- test/scenario/fingerprint.sql — one line per table holding data (row count and a
-- digest of its rows in key order) and a digest of four searches: equal output means
-- equal data. For upgrade, backup and fault tests.
\pset format unaligned
\pset tuples_only on
SELECT 'editor ' || count(*) || ' ' || md5(coalesce(string_agg(e::text, ',' ORDER BY editor_id), '')) FROM rdvmairie.editor e;
SELECT 'meeting_point ' || count(*) || ' ' || md5(coalesce(string_agg(m::text, ',' ORDER BY meeting_point_id), '')) FROM rdvmairie.meeting_point m;
SELECT 'slot ' || count(*) || ' ' || md5(coalesce(string_agg(s::text, ',' ORDER BY meeting_point_id, starts_at, callback_url), '')) FROM rdvmairie.slot s;
SELECT 'slot_window ' || count(*) || ' ' || md5(coalesce(string_agg(w::text, ',' ORDER BY meeting_point_id, reason, documents_number, start_date, end_date), '')) FROM rdvmairie.slot_window w;
SELECT 'application ' || count(*) || ' ' || md5(coalesce(string_agg(a::text, ',' ORDER BY application_id), '')) FROM rdvmairie.application a;
SELECT 'appointment ' || count(*) || ' ' || md5(coalesce(string_agg(a::text, ',' ORDER BY appointment_id), '')) FROM rdvmairie.appointment a;
SELECT 'searches ' || md5(string_agg(r::text, ',')) FROM (VALUES (2.35, 48.85), (4.83, 45.76), (3.06, 50.63), (-1.55, 47.21)) o(lon, lat),
    rdvmairie.search_slots(o.lon, o.lat, current_date, current_date + 29) r;

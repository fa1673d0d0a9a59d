-- test/scaleout/searches.sql: the same searches on every server, one line per search:
-- origin, variant, rows, md5 of the rows in order. psql variables: d1, d2, n.
\set ON_ERROR_STOP 1
SELECT o.id, 'near', count(r.ordinality), md5(coalesce(string_agg(r::text, E'\n' ORDER BY r.ordinality), ''))
FROM scaleout.origin o
LEFT JOIN LATERAL rdvmairie.search_slots(o.lon, o.lat, :'d1', :'d2') WITH ORDINALITY r ON true
WHERE o.id <= :n GROUP BY o.id ORDER BY o.id;

SELECT o.id, 'soonest_smart', count(r.ordinality), md5(coalesce(string_agg(r::text, E'\n' ORDER BY r.ordinality), ''))
FROM scaleout.origin o
LEFT JOIN LATERAL rdvmairie.search_slots(o.lon, o.lat, :'d1', :'d2', radius_km => 5, order_by => 'date',
                                         max_results => 5, max_slots => 10, smart => true) WITH ORDINALITY r ON true
WHERE o.id <= :n GROUP BY o.id ORDER BY o.id;

SELECT o.id, 'api', jsonb_array_length(j), md5(j::text)
FROM scaleout.origin o, LATERAL (SELECT rdvmairie_api.search(o.lon, o.lat, :'d1', :'d2', 30, 'CNI', 1, 10, 'date') AS j) x
WHERE o.id <= :n ORDER BY o.id;

-- as PostgREST calls it: the anonymous role, set for the transaction only
BEGIN;
SET LOCAL ROLE rdvmairie_anon;
SELECT v.id, 'api_anon', jsonb_array_length(j), md5(j::text)
FROM (VALUES (1, 3.06, 50.63), (2, 4.8357, 45.7640), (3, 2.35, 48.85), (4, 5.37, 43.30), (5, 55.45, -20.88)) v(id, lon, lat),
     LATERAL (SELECT rdvmairie_api.search(v.lon, v.lat, :'d1', :'d2') AS j) x
ORDER BY v.id;
COMMIT;

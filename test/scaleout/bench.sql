-- test/scaleout/bench.sql: pgbench read load (simple protocol, through PgBouncer in
-- transaction mode): one search from a random origin. pgbench -D origins=N.
\set id random(1, :origins)
SELECT count(*) FROM scaleout.origin o, rdvmairie.search_slots(o.lon, o.lat, current_date + 2, current_date + 20) r WHERE o.id = :id;

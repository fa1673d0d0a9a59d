\set id random(1, :origins)
SELECT count(*) FROM load.origin o, rdvmairie.search_slots(o.lon, o.lat, current_date, current_date + 30) r WHERE o.id = :id;

\set id random(1, 10000)
SELECT count(*) FROM bench.origin o, rdvmairie.search_slots(o.lon, o.lat, current_date, current_date + 30, 30, order_by => 'date') r WHERE o.id = :id;

\set id random(1, :origins)
SELECT jsonb_array_length(rdvmairie_api.search(o.lon, o.lat, current_date, current_date + 30)) FROM load.origin o WHERE o.id = :id;

\set n random(1, :pool)
\set n2 (:n % :pool) + 1
\set n3 (:n2 % :pool) + 1
SELECT count(*) FROM rdvmairie.application_status(ARRAY[load.typed_id(:n), load.typed_id(:n2), load.typed_id(:n3)]);

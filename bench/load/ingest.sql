\set k random(1, :keys)
\set v random(0, :variants - 1)
SELECT r.inserted, r.removed, r.rejected FROM load.payload p, rdvmairie.ingest_slots(p.editor_id, p.payload, p.start_date, p.end_date) r WHERE p.key_no = :k AND p.variant = :v;

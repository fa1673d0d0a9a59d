-- one run of bench/ingest.sql (psql variables: run, copyfile)
TRUNCATE rdvmairie.slot, rdvmairie.slot_window;
CHECKPOINT;
INSERT INTO bench.result VALUES (:run, 'first load: ingest_slots', bench.elapsed_ms('SELECT bench.ingest_all()'));
TRUNCATE rdvmairie.slot, rdvmairie.slot_window;
CHECKPOINT;
INSERT INTO bench.result VALUES (:run, 'first load: COPY', bench.elapsed_ms(format('COPY rdvmairie.slot FROM %L', :'copyfile')));
TRUNCATE rdvmairie.slot, rdvmairie.slot_window;
SELECT bench.ingest_all();
VACUUM ANALYZE rdvmairie.slot;
CHECKPOINT;
INSERT INTO bench.result VALUES (:run, 'unchanged: ingest_slots', bench.elapsed_ms('SELECT bench.ingest_all()'));
CHECKPOINT;
INSERT INTO bench.result VALUES (:run, 'unchanged: INSERT ON CONFLICT', bench.elapsed_ms('SELECT bench.upsert_all()'));
-- the baseline did the same job: it found every row already there
INSERT INTO bench.result SELECT :run, 'check: rows after upsert minus rows after ingest',
    (SELECT count(*) FROM rdvmairie.slot) - (SELECT sum(slot_count) FROM rdvmairie.slot_window);

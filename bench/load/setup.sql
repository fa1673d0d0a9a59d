-- bench/load/setup.sql — the scenario of bench/load.sh: vendors, meeting points and
-- slots as in bench/search_setup.sql, plus what the load's clients pick from.
-- psql variables: points, days, split (days per snapshot window, as refresh_feeds
-- splits its requests), batch (meeting points per ingestion call), keys (ingestion
-- keys: one batch of one vendor's points and one window), variants (payloads per key),
-- origins (search origins).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS load CASCADE;
CREATE SCHEMA load;

SELECT meeting_point_feeds FROM rdvmairie_scenario.install(:points);

-- snapshot windows of :split days from today, as a refresh asks for them
CREATE TABLE load.time_window AS
SELECT w AS window_no, current_date + w * :split AS start_date,
       least(current_date + (w + 1) * :split - 1, current_date + :days - 1) AS end_date
FROM generate_series(0, ceil(:days / :split::numeric)::int - 1) w;

-- first load: every vendor, every window, clean feeds
SELECT sum(r.inserted) AS slots FROM rdvmairie_scenario.vendor v
CROSS JOIN load.time_window w
CROSS JOIN LATERAL rdvmairie.ingest_slots(v.editor_id,
    rdvmairie_scenario.slots_payload(v.editor_id, w.start_date, w.end_date, 'CNI', 1, false),
    w.start_date, w.end_date) r;
-- feeds confirmed at setup stay fresh for the whole run, even those no load call touches
SET rdvmairie.slot_max_age = '1d';
ALTER DATABASE :"DBNAME" SET rdvmairie.slot_max_age = '1d';

-- Ingestion keys: :batch meeting points of one vendor and one window (what one
-- request of a refresh returns), :keys of them drawn at random.
SELECT setseed(0.42);
CREATE TABLE load.ingest_key AS
SELECT row_number() OVER () AS key_no, x.editor_id, x.point_ids, x.start_date, x.end_date
FROM (SELECT b.editor_id, b.point_ids, w.start_date, w.end_date
      FROM (SELECT p.editor_id, p.batch_no, array_agg(p.external_id ORDER BY p.external_id) AS point_ids
            FROM (SELECT mp.editor_id, mp.external_id,
                         (row_number() OVER (PARTITION BY mp.editor_id ORDER BY mp.external_id) - 1) / :batch AS batch_no
                  FROM rdvmairie_scenario.meeting_point mp) p
            GROUP BY p.editor_id, p.batch_no) b
      CROSS JOIN load.time_window w
      ORDER BY random()
      LIMIT :keys) x;
ALTER TABLE load.ingest_key ADD PRIMARY KEY (key_no);

-- The vendor's answer for each key as it comes (with the vendor's usual defects),
-- then :variants versions of it, version v without the slots at positions = v mod 8
-- in each point's list: going from one version to another inserts and removes about a
-- quarter of the slots of the points in the batch; the same version again takes the
-- unchanged path.
CREATE TEMP TABLE base_payload AS
SELECT k.*, rdvmairie_scenario.slots_payload(k.editor_id, k.start_date, k.end_date, 'CNI', 1, true,
                                             now(), k.point_ids) AS payload
FROM load.ingest_key k;
CREATE TABLE load.payload (
    key_no     bigint NOT NULL,
    variant    int NOT NULL,
    editor_id  text NOT NULL,
    start_date date NOT NULL,
    end_date   date NOT NULL,
    items      int NOT NULL,
    payload    jsonb NOT NULL,
    PRIMARY KEY (key_no, variant)
);
INSERT INTO load.payload
SELECT b.key_no, v, b.editor_id, b.start_date, b.end_date, p.items, p.payload
FROM base_payload b
CROSS JOIN generate_series(0, :variants - 1) v
CROSS JOIN LATERAL (
    SELECT sum(jsonb_array_length(e.slots))::int AS items,
           coalesce(jsonb_object_agg(e.key, e.slots), '{}'::jsonb) AS payload
    FROM (SELECT j.key, (SELECT coalesce(jsonb_agg(s.item ORDER BY s.ord), '[]'::jsonb)
                         FROM jsonb_array_elements(j.value) WITH ORDINALITY s(item, ord)
                         WHERE s.ord % 8 <> v) AS slots
          FROM jsonb_each(b.payload) j) e) p;
SELECT count(*) AS payloads, round(avg(items)) AS items_per_payload,
       pg_size_pretty(sum(pg_column_size(payload))) AS stored
FROM load.payload;

-- Search origins drawn where people live (population-weighted), overseas included,
-- as in bench/search_setup.sql.
SELECT setseed(0.42);
CREATE TABLE load.origin AS
SELECT row_number() OVER () AS id, c.longitude + (random() - 0.5) * 0.05 AS lon,
       c.latitude + (random() - 0.5) * 0.05 AS lat
FROM generate_series(1, :origins) i
CROSS JOIN LATERAL (SELECT * FROM rdvmairie_scenario.commune WHERE i > 0
                    ORDER BY -ln(1 - random()) / population LIMIT 1) c;
ALTER TABLE load.origin ADD PRIMARY KEY (id);

-- Registry: online meeting points numbered 1..n; pre-application number n of the pool
-- is booked at two points (k = f(n, d), d = 0 or 1: one applicant, two town halls),
-- always at the same time, so that a cancellation finds what a declaration booked.
CREATE TABLE load.point AS
SELECT row_number() OVER (ORDER BY mp.meeting_point_id) AS k, mp.meeting_point_id, mp.editor_id
FROM rdvmairie.meeting_point mp WHERE mp.online;
ALTER TABLE load.point ADD PRIMARY KEY (k);
-- the number as a citizen types it: 'ld12-345678' for LD12345678
CREATE FUNCTION load.typed_id(n bigint) RETURNS text LANGUAGE sql IMMUTABLE
RETURN 'ld' || substr(lpad(n::text, 8, '0'), 1, 2) || '-' || substr(lpad(n::text, 8, '0'), 3);
CREATE FUNCTION load.appointment_at(n bigint) RETURNS timestamptz LANGUAGE sql STABLE
RETURN ((current_date + 1 + (n % 60)::int) + time '08:00' + (n % 24) * interval '15 minutes') AT TIME ZONE 'Europe/Paris';

-- Lock waits sampled during each phase (load.sample), the load's backends by role.
CREATE TABLE load.lock_wait (
    phase      text NOT NULL,
    sampled_at timestamptz NOT NULL,
    pid        int NOT NULL,
    role       text NOT NULL,
    lock_type  text,
    blockers   text,
    query      text
);
CREATE TABLE load.backend (phase text, pid int, role text, PRIMARY KEY (phase, pid));
CREATE TABLE load.sampler_stop (phase text PRIMARY KEY);
CREATE TABLE load.sampler_run (phase text PRIMARY KEY, samples int, started_at timestamptz, ended_at timestamptz);

-- Every 10 ms until told to stop (or after max_seconds): the load's backends waiting
-- for a heavyweight lock (wait_event_type 'Lock': relation, tuple, transaction,
-- advisory...) with whom they wait for. Each sample commits, so each reads a fresh
-- pg_stat_activity.
CREATE PROCEDURE load.sample(p_phase text, max_seconds int) LANGUAGE plpgsql AS $$
DECLARE
    n  int := 0;
    t0 timestamptz := clock_timestamp();
BEGIN
    LOOP
        PERFORM pg_stat_clear_snapshot();
        INSERT INTO load.lock_wait
        SELECT p_phase, clock_timestamp(), a.pid, substr(a.application_name, 10), a.wait_event,
               (SELECT string_agg(b.pid || ' ' || coalesce(nullif(b.application_name, ''), b.backend_type)
                                  || ' ' || coalesce(left(b.query, 80), ''), '; ')
                FROM pg_stat_activity b WHERE b.pid = ANY (pg_blocking_pids(a.pid))),
               left(a.query, 200)
        FROM pg_stat_activity a
        WHERE a.wait_event_type = 'Lock' AND a.application_name LIKE 'rdv\_load\_%'
          AND a.application_name <> 'rdv_load_sampler';
        INSERT INTO load.backend
        SELECT p_phase, a.pid, substr(a.application_name, 10)
        FROM pg_stat_activity a
        WHERE a.application_name LIKE 'rdv\_load\_%' AND a.application_name <> 'rdv_load_sampler'
        ON CONFLICT DO NOTHING;
        n := n + 1;
        COMMIT;
        EXIT WHEN EXISTS (SELECT FROM load.sampler_stop s WHERE s.phase = p_phase)
               OR clock_timestamp() > t0 + make_interval(secs => max_seconds);
        PERFORM pg_sleep(0.01);
    END LOOP;
    INSERT INTO load.sampler_run VALUES (p_phase, n, t0, clock_timestamp());
    COMMIT;
END
$$;

-- indicators.sql — the figures analysts follow: materialised views refreshed
-- concurrently (readers are never blocked), a daily history, the contract's targets.

CREATE TABLE rdvmairie.instructed_application (
    application_id       text PRIMARY KEY CHECK (application_id ~ '^[A-Z0-9]{10}$'),
    filed_on             date NOT NULL,
    instruction_centre   text NOT NULL,
    agent                text NOT NULL,
    used_pre_application boolean NOT NULL
);
CREATE INDEX instructed_application_filed_idx ON rdvmairie.instructed_application (filed_on);
COMMENT ON TABLE rdvmairie.instructed_application IS
    'Applications instructed in the instruction centres (CERT), filled by ANTS backends: the source of the contract''s indicators.';
COMMENT ON INDEX rdvmairie.instructed_application_filed_idx IS 'Indicators per year.';
COMMENT ON COLUMN rdvmairie.instructed_application.application_id IS 'Canonical application number (10 letters or digits).';
COMMENT ON COLUMN rdvmairie.instructed_application.filed_on IS 'Date the application was instructed.';
COMMENT ON COLUMN rdvmairie.instructed_application.instruction_centre IS 'Instruction centre (CERT).';
COMMENT ON COLUMN rdvmairie.instructed_application.agent IS 'Pseudonymous identifier of the instructing agent.';
COMMENT ON COLUMN rdvmairie.instructed_application.used_pre_application IS 'Whether the application came from an online pre-application.';

CREATE TABLE rdvmairie.indicator_target (
    indicator text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('baseline', 'target')),
    year      int NOT NULL,
    value     numeric NOT NULL,
    PRIMARY KEY (indicator, kind, year)
);
COMMENT ON TABLE rdvmairie.indicator_target IS
    'Baselines and yearly targets of the funding contract and of the platform (shares in percent).';
COMMENT ON COLUMN rdvmairie.indicator_target.indicator IS 'pre_application_share, applications_per_agent_day, duplicate_share or no_show_share.';
COMMENT ON COLUMN rdvmairie.indicator_target.kind IS 'baseline or target.';
COMMENT ON COLUMN rdvmairie.indicator_target.year IS 'Year the figure applies to (end of year for targets).';
COMMENT ON COLUMN rdvmairie.indicator_target.value IS 'The figure (percent for shares).';
INSERT INTO rdvmairie.indicator_target (indicator, kind, year, value) VALUES
    ('pre_application_share', 'baseline', 2022, 74), ('pre_application_share', 'target', 2023, 80),
    ('pre_application_share', 'target', 2024, 85), ('pre_application_share', 'target', 2025, 90),
    ('applications_per_agent_day', 'baseline', 2022, 97), ('applications_per_agent_day', 'target', 2023, 85),
    ('applications_per_agent_day', 'target', 2024, 80), ('applications_per_agent_day', 'target', 2025, 80),
    ('duplicate_share', 'baseline', 2022, 12), ('no_show_share', 'baseline', 2022, 20);

-- Coverage: what each department offers now.
CREATE MATERIALIZED VIEW rdvmairie.indicator_coverage AS
WITH first_slot AS (
    SELECT meeting_point_id, min(starts_at) AS first_slot
    FROM rdvmairie.offered_slot GROUP BY meeting_point_id
)
SELECT mp.department,
       count(*)::int AS meeting_points,
       count(*) FILTER (WHERE mp.online)::int AS online,
       count(*) FILTER (WHERE mp.online AND f.first_slot < now() + interval '30 days')::int AS with_slot_30d,
       count(DISTINCT mp.editor_id) FILTER (WHERE mp.online)::int AS vendors,
       count(DISTINCT (mp.zip_code, mp.city_name)) FILTER (WHERE mp.online)::int AS communes
FROM rdvmairie.meeting_point mp
LEFT JOIN first_slot f USING (meeting_point_id)
GROUP BY mp.department;
CREATE UNIQUE INDEX indicator_coverage_key ON rdvmairie.indicator_coverage (department);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_coverage IS 'Per department: meeting points known, online, with a slot in the next 30 days; vendors; communes with an online meeting point.';
COMMENT ON INDEX rdvmairie.indicator_coverage_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.meeting_points IS 'Meeting points known.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.online IS 'Meeting points their vendor still lists.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.with_slot_30d IS 'Online meeting points offering a slot within 30 days.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.vendors IS 'Vendors managing online meeting points.';
COMMENT ON COLUMN rdvmairie.indicator_coverage.communes IS 'Communes (postcode and name) with an online meeting point.';

-- Waiting time: days from now to the first offered slot of each online meeting point.
CREATE MATERIALIZED VIEW rdvmairie.indicator_waiting_time AS
WITH per_point AS (
    SELECT mp.department, mp.meeting_point_id,
           extract(epoch FROM min(o.starts_at) - now()) / 86400 AS wait_days
    FROM rdvmairie.meeting_point mp
    LEFT JOIN rdvmairie.offered_slot o USING (meeting_point_id)
    WHERE mp.online
    GROUP BY mp.department, mp.meeting_point_id
)
SELECT department,
       count(*)::int AS online,
       count(wait_days)::int AS with_slot,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_days))::numeric, 1) AS median_wait_days,
       round((percentile_cont(0.9) WITHIN GROUP (ORDER BY wait_days))::numeric, 1) AS p90_wait_days,
       round(100.0 * count(*) FILTER (WHERE wait_days <= 7) / count(*), 1) AS share_within_7d
FROM per_point
GROUP BY department;
CREATE UNIQUE INDEX indicator_waiting_time_key ON rdvmairie.indicator_waiting_time (department);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_waiting_time IS 'Per department: days from now to the first offered slot of each online meeting point (median, 90th percentile over points with a slot) and the share of online points with a slot within 7 days.';
COMMENT ON INDEX rdvmairie.indicator_waiting_time_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.online IS 'Online meeting points.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.with_slot IS 'Online meeting points offering at least one slot.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.median_wait_days IS 'Median of days to the first slot, over points with a slot.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.p90_wait_days IS '90th percentile of days to the first slot, over points with a slot.';
COMMENT ON COLUMN rdvmairie.indicator_waiting_time.share_within_7d IS 'Percent of online points with a slot within 7 days.';

-- Duplicates: upcoming booked appointments per day and department, and those in a duplicate group.
CREATE MATERIALIZED VIEW rdvmairie.indicator_duplicates AS
WITH dup AS (SELECT DISTINCT appointment_id FROM rdvmairie.duplicate_appointment)
SELECT (a.appointment_at AT TIME ZONE mp.time_zone)::date AS day, mp.department,
       count(*)::int AS booked,
       count(d.appointment_id)::int AS in_duplicate_group,
       round(100.0 * count(d.appointment_id) / count(*), 1) AS duplicate_share,
       (SELECT value FROM rdvmairie.indicator_target WHERE indicator = 'duplicate_share' AND kind = 'baseline'
        ORDER BY year DESC LIMIT 1) AS baseline_share
FROM rdvmairie.upcoming_appointment a
JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
LEFT JOIN dup d ON d.appointment_id = a.appointment_id
GROUP BY 1, 2;
CREATE UNIQUE INDEX indicator_duplicates_key ON rdvmairie.indicator_duplicates (day, department);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_duplicates IS 'Per local day and department: upcoming booked appointments, those in a duplicate group (duplicate_appointment), their share against the 12% baseline.';
COMMENT ON INDEX rdvmairie.indicator_duplicates_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.day IS 'Local date of the appointments.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.booked IS 'Upcoming booked appointments.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.in_duplicate_group IS 'Those belonging to a duplicate group.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.duplicate_share IS 'Percent of appointments in a duplicate group.';
COMMENT ON COLUMN rdvmairie.indicator_duplicates.baseline_share IS 'The baseline share (percent).';

-- No-shows: past appointments per month and department.
CREATE MATERIALIZED VIEW rdvmairie.indicator_no_shows AS
SELECT date_trunc('month', a.appointment_at AT TIME ZONE mp.time_zone)::date AS month, mp.department,
       count(*)::int AS past,
       count(*) FILTER (WHERE a.state = 'honoured')::int AS honoured,
       count(*) FILTER (WHERE a.state = 'no_show')::int AS no_shows,
       round(100.0 * count(*) FILTER (WHERE a.state = 'no_show')
             / nullif(count(*) FILTER (WHERE a.state IN ('honoured', 'no_show')), 0), 1) AS no_show_share,
       (SELECT value FROM rdvmairie.indicator_target WHERE indicator = 'no_show_share' AND kind = 'baseline'
        ORDER BY year DESC LIMIT 1) AS baseline_share
FROM rdvmairie.appointment a
JOIN rdvmairie.meeting_point mp USING (meeting_point_id)
WHERE a.appointment_at < now() AND a.state IN ('booked', 'honoured', 'no_show')
GROUP BY 1, 2;
CREATE UNIQUE INDEX indicator_no_shows_key ON rdvmairie.indicator_no_shows (month, department);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_no_shows IS 'Per month and department: past appointments (booked, honoured or no-show), honoured, no-shows, the no-show share of those settled, against the 20% baseline.';
COMMENT ON INDEX rdvmairie.indicator_no_shows_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.month IS 'First day of the month (local dates).';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.past IS 'Past appointments that were not cancelled or released.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.honoured IS 'Honoured appointments.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.no_shows IS 'Appointments not honoured.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.no_show_share IS 'Percent of settled appointments (honoured or no-show) not honoured.';
COMMENT ON COLUMN rdvmairie.indicator_no_shows.baseline_share IS 'The baseline share (percent).';

-- The contract's figures, per year, against their targets.
CREATE MATERIALIZED VIEW rdvmairie.indicator_instruction AS
WITH per_year AS (
    SELECT extract(year FROM filed_on)::int AS year,
           count(*)::int AS applications,
           count(*) FILTER (WHERE used_pre_application)::int AS from_pre_application,
           count(DISTINCT agent)::int AS agents,
           count(DISTINCT (agent, filed_on))::int AS agent_days
    FROM rdvmairie.instructed_application GROUP BY 1
)
SELECT p.year, p.applications, p.from_pre_application,
       round(100.0 * p.from_pre_application / p.applications, 1) AS pre_application_share,
       (SELECT value FROM rdvmairie.indicator_target t WHERE t.indicator = 'pre_application_share' AND t.kind = 'target' AND t.year = p.year) AS pre_application_target,
       p.agents, p.agent_days,
       round(p.applications::numeric / p.agent_days, 1) AS applications_per_agent_day,
       (SELECT value FROM rdvmairie.indicator_target t WHERE t.indicator = 'applications_per_agent_day' AND t.kind = 'target' AND t.year = p.year) AS applications_per_agent_day_target
FROM per_year p;
CREATE UNIQUE INDEX indicator_instruction_key ON rdvmairie.indicator_instruction (year);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_instruction IS 'Per year: share of applications instructed from a pre-application and applications instructed per agent per day, against the contract''s targets.';
COMMENT ON INDEX rdvmairie.indicator_instruction_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.year IS 'Year of instruction.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.applications IS 'Applications instructed.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.from_pre_application IS 'Those from an online pre-application.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.pre_application_share IS 'Percent from a pre-application.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.pre_application_target IS 'Contract target for that year (percent), if any.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.agents IS 'Agents who instructed.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.agent_days IS 'Days worked by agents (an agent instructing on a date).';
COMMENT ON COLUMN rdvmairie.indicator_instruction.applications_per_agent_day IS 'Applications instructed per agent per day worked.';
COMMENT ON COLUMN rdvmairie.indicator_instruction.applications_per_agent_day_target IS 'Contract target for that year, if any.';

-- Vendor health from the feed requests.
CREATE MATERIALIZED VIEW rdvmairie.indicator_vendor_health AS
SELECT e.editor_id,
       round(100.0 * count(*) FILTER (WHERE r.error IS NULL AND r.started_at > now() - interval '24 hours')
             / nullif(count(*) FILTER (WHERE r.started_at > now() - interval '24 hours'), 0), 1) AS availability_24h,
       round(100.0 * count(*) FILTER (WHERE r.error IS NULL) / nullif(count(r.*), 0), 1) AS availability_7d,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY r.duration_ms))::numeric, 1) AS latency_p50_ms,
       round((percentile_cont(0.95) WITHIN GROUP (ORDER BY r.duration_ms))::numeric, 1) AS latency_p95_ms,
       round((percentile_cont(0.99) WITHIN GROUP (ORDER BY r.duration_ms))::numeric, 1) AS latency_p99_ms,
       count(*) FILTER (WHERE r.error IS NOT NULL AND r.started_at > now() - interval '24 hours')::int AS failures_24h,
       coalesce(sum(r.rejected), 0)::int AS rejected_items_7d,
       coalesce(h.consecutive_failures, 0) AS consecutive_failures,
       coalesce(h.open_until > now(), false) AS breaker_open
FROM rdvmairie.editor e
LEFT JOIN rdvmairie.feed_run r ON r.editor_id = e.editor_id AND r.started_at > now() - interval '7 days'
LEFT JOIN rdvmairie.feed_health h ON h.editor_id = e.editor_id
GROUP BY e.editor_id, h.consecutive_failures, h.open_until;
CREATE UNIQUE INDEX indicator_vendor_health_key ON rdvmairie.indicator_vendor_health (editor_id);
COMMENT ON MATERIALIZED VIEW rdvmairie.indicator_vendor_health IS 'Per vendor: share of successful feed requests over 24 hours and 7 days, request latency percentiles, failures, rejected items, circuit breaker.';
COMMENT ON INDEX rdvmairie.indicator_vendor_health_key IS 'Concurrent refresh.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.editor_id IS 'Vendor.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.availability_24h IS 'Percent of requests of the last 24 hours without error (NULL: none).';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.availability_7d IS 'Percent of requests of the last 7 days without error (NULL: none).';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.latency_p50_ms IS 'Median request duration over 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.latency_p95_ms IS '95th percentile of request duration over 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.latency_p99_ms IS '99th percentile of request duration over 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.failures_24h IS 'Failed requests in the last 24 hours.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.rejected_items_7d IS 'Items its feeds sent that ingestion rejected, over 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.consecutive_failures IS 'Failed runs in a row.';
COMMENT ON COLUMN rdvmairie.indicator_vendor_health.breaker_open IS 'Whether its circuit breaker is open.';

-- The daily history of the headline figures, for trends.
CREATE TABLE rdvmairie.indicator_history (
    day              date NOT NULL,
    department       text NOT NULL,
    online           int,
    with_slot_30d    int,
    median_wait_days numeric,
    share_within_7d  numeric,
    upcoming_booked  int,
    duplicate_share  numeric,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (day, department)
);
COMMENT ON TABLE rdvmairie.indicator_history IS 'One row per day and department with the headline figures, written by refresh_indicators (the last refresh of a day wins).';
COMMENT ON COLUMN rdvmairie.indicator_history.day IS 'Day of the snapshot (UTC).';
COMMENT ON COLUMN rdvmairie.indicator_history.department IS 'Department code.';
COMMENT ON COLUMN rdvmairie.indicator_history.online IS 'Online meeting points.';
COMMENT ON COLUMN rdvmairie.indicator_history.with_slot_30d IS 'Online meeting points with a slot within 30 days.';
COMMENT ON COLUMN rdvmairie.indicator_history.median_wait_days IS 'Median days to the first slot.';
COMMENT ON COLUMN rdvmairie.indicator_history.share_within_7d IS 'Percent of online points with a slot within 7 days.';
COMMENT ON COLUMN rdvmairie.indicator_history.upcoming_booked IS 'Upcoming booked appointments.';
COMMENT ON COLUMN rdvmairie.indicator_history.duplicate_share IS 'Percent of upcoming appointments in a duplicate group.';
COMMENT ON COLUMN rdvmairie.indicator_history.recorded_at IS 'When the snapshot was taken.';

CREATE FUNCTION rdvmairie.refresh_indicators() RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n int;
BEGIN
    -- CONCURRENTLY: readers keep reading the previous figures meanwhile
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_coverage;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_waiting_time;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_duplicates;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_no_shows;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_instruction;
    REFRESH MATERIALIZED VIEW CONCURRENTLY rdvmairie.indicator_vendor_health;

    INSERT INTO rdvmairie.indicator_history AS h
        (day, department, online, with_slot_30d, median_wait_days, share_within_7d,
         upcoming_booked, duplicate_share, recorded_at)
    SELECT (now() AT TIME ZONE 'UTC')::date, c.department, c.online, c.with_slot_30d,
           w.median_wait_days, w.share_within_7d, coalesce(d.booked, 0),
           round(100.0 * d.dup / nullif(d.booked, 0), 1), now()
    FROM rdvmairie.indicator_coverage c
    LEFT JOIN rdvmairie.indicator_waiting_time w USING (department)
    LEFT JOIN (SELECT department, sum(booked) AS booked, sum(in_duplicate_group) AS dup
               FROM rdvmairie.indicator_duplicates GROUP BY department) d USING (department)
    ON CONFLICT (day, department) DO UPDATE SET
        online = EXCLUDED.online, with_slot_30d = EXCLUDED.with_slot_30d,
        median_wait_days = EXCLUDED.median_wait_days, share_within_7d = EXCLUDED.share_within_7d,
        upcoming_booked = EXCLUDED.upcoming_booked, duplicate_share = EXCLUDED.duplicate_share,
        recorded_at = EXCLUDED.recorded_at;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;
COMMENT ON FUNCTION rdvmairie.refresh_indicators() IS
    'Refreshes every indicator_* view concurrently and records today''s headline figures per department in indicator_history (idempotent per day); returns the number of departments recorded.';

SELECT pg_catalog.pg_extension_config_dump('rdvmairie.instructed_application', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.indicator_history', '');

-- A map of an indicator by department (drawn by department_map_svg, map.sql).
CREATE FUNCTION rdvmairie.indicator_map_svg(indicator text, title text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    vals jsonb;
    caption text;
    legend text;
    low_is_good boolean := false;
BEGIN
    CASE indicator
    WHEN 'online' THEN
        SELECT jsonb_object_agg(department, online) INTO vals FROM rdvmairie.indicator_coverage;
        caption := 'Points de rendez-vous en ligne'; legend := 'points';
    WHEN 'with_slot_30d' THEN
        SELECT jsonb_object_agg(department, with_slot_30d) INTO vals FROM rdvmairie.indicator_coverage;
        caption := 'Points avec un créneau sous 30 jours'; legend := 'points';
    WHEN 'median_wait_days' THEN
        SELECT jsonb_object_agg(department, median_wait_days) INTO vals
        FROM rdvmairie.indicator_waiting_time WHERE median_wait_days IS NOT NULL;
        caption := 'Attente médiane du premier créneau'; legend := 'jours'; low_is_good := true;
    WHEN 'share_within_7d' THEN
        SELECT jsonb_object_agg(department, share_within_7d) INTO vals FROM rdvmairie.indicator_waiting_time;
        caption := 'Points avec un créneau sous 7 jours'; legend := '%';
    WHEN 'duplicate_share' THEN
        SELECT jsonb_object_agg(department, round(100.0 * dup / booked, 1)) INTO vals
        FROM (SELECT department, sum(in_duplicate_group) AS dup, sum(booked) AS booked
              FROM rdvmairie.indicator_duplicates GROUP BY department) d WHERE booked > 0;
        caption := 'Rendez-vous à venir pris en double'; legend := '%'; low_is_good := true;
    WHEN 'no_show_share' THEN
        SELECT jsonb_object_agg(department, round(100.0 * n / settled, 1)) INTO vals
        FROM (SELECT department, sum(no_shows) AS n, sum(honoured + no_shows) AS settled
              FROM rdvmairie.indicator_no_shows GROUP BY department) d WHERE settled > 0;
        caption := 'Rendez-vous non honorés'; legend := '%'; low_is_good := true;
    ELSE
        RAISE EXCEPTION 'unknown indicator "%"', indicator
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use online, with_slot_30d, median_wait_days, share_within_7d, duplicate_share or no_show_share.';
    END CASE;
    RETURN rdvmairie.department_map_svg(coalesce(vals, '{}'), coalesce(title, caption), legend, low_is_good);
END $$;
COMMENT ON FUNCTION rdvmairie.indicator_map_svg(text, text) IS
    'SVG map of France by department (overseas as insets) coloured by an indicator: online, with_slot_30d, median_wait_days, share_within_7d, duplicate_share or no_show_share. Titles and legends are in French, like the map.';

-- Analysts read the indicators, their history and targets, and nothing else.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'rdvmairie_analyst') THEN
        CREATE ROLE rdvmairie_analyst NOLOGIN;
    END IF;
END $$;
GRANT USAGE ON SCHEMA rdvmairie TO rdvmairie_analyst;
GRANT SELECT ON rdvmairie.indicator_coverage, rdvmairie.indicator_waiting_time,
    rdvmairie.indicator_duplicates, rdvmairie.indicator_no_shows, rdvmairie.indicator_instruction,
    rdvmairie.indicator_vendor_health, rdvmairie.indicator_history, rdvmairie.indicator_target
    TO rdvmairie_analyst;
GRANT EXECUTE ON FUNCTION rdvmairie.indicator_map_svg(text, text) TO rdvmairie_analyst;

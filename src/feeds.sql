-- feeds.sql — vendor feeds over HTTP (C in fetch.c), their health, and the pg_cron jobs.

CREATE TABLE rdvmairie.feed_health (
    editor_id                 text PRIMARY KEY REFERENCES rdvmairie.editor ON UPDATE CASCADE ON DELETE CASCADE,
    last_run_at               timestamptz,
    last_success_at           timestamptz,
    last_failure_at           timestamptz,
    last_error                text,
    consecutive_failures      int NOT NULL DEFAULT 0,
    open_until                timestamptz,
    meeting_points_fetched_at timestamptz
);
COMMENT ON TABLE rdvmairie.feed_health IS
    'Health of each vendor''s feeds, with the circuit breaker: after 3 consecutive failed runs the vendor is skipped until open_until (rdvmairie.feed_cooldown later).';
COMMENT ON COLUMN rdvmairie.feed_health.editor_id IS 'Vendor.';
COMMENT ON COLUMN rdvmairie.feed_health.last_run_at IS 'When a refresh last tried this vendor.';
COMMENT ON COLUMN rdvmairie.feed_health.last_success_at IS 'When a refresh of this vendor last succeeded.';
COMMENT ON COLUMN rdvmairie.feed_health.last_failure_at IS 'When a refresh of this vendor last failed.';
COMMENT ON COLUMN rdvmairie.feed_health.last_error IS 'Why it last failed.';
COMMENT ON COLUMN rdvmairie.feed_health.consecutive_failures IS 'Failed runs in a row (reset by a success).';
COMMENT ON COLUMN rdvmairie.feed_health.open_until IS 'Circuit breaker: the vendor is not fetched before this time.';
COMMENT ON COLUMN rdvmairie.feed_health.meeting_points_fetched_at IS 'When its meeting point list was last ingested.';

CREATE TABLE rdvmairie.feed_run (
    feed_run_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_started_at timestamptz NOT NULL,
    editor_id      text NOT NULL,
    feed           text NOT NULL CHECK (feed IN ('meeting_points', 'slots')),
    url            text,
    reason         rdvmairie.reason,
    documents_number smallint,
    window_start   date,
    window_end     date,
    http_status    int,
    started_at     timestamptz NOT NULL,
    duration_ms    float8 NOT NULL,
    bytes          bigint NOT NULL DEFAULT 0,
    ingest_ms      float8,
    received       int,
    inserted       int,
    updated        int,
    unchanged      int,
    removed        int,
    rejected       int,
    error          text
);
CREATE INDEX feed_run_editor_idx ON rdvmairie.feed_run (editor_id, run_started_at);
CREATE INDEX feed_run_started_idx ON rdvmairie.feed_run (run_started_at);
COMMENT ON TABLE rdvmairie.feed_run IS 'One row per HTTP request a feed refresh made: what, how it went, what ingestion did with it.';
COMMENT ON INDEX rdvmairie.feed_run_editor_idx IS 'A vendor''s requests over time.';
COMMENT ON INDEX rdvmairie.feed_run_started_idx IS 'Clean-up of old rows.';
COMMENT ON SEQUENCE rdvmairie.feed_run_feed_run_id_seq IS 'Generates feed run identifiers.';
COMMENT ON COLUMN rdvmairie.feed_run.feed_run_id IS 'Identifier.';
COMMENT ON COLUMN rdvmairie.feed_run.run_started_at IS 'Start of the refresh_feeds call that made the request.';
COMMENT ON COLUMN rdvmairie.feed_run.editor_id IS 'Vendor.';
COMMENT ON COLUMN rdvmairie.feed_run.feed IS 'meeting_points or slots.';
COMMENT ON COLUMN rdvmairie.feed_run.url IS 'URL requested (the token travels in a header, never here).';
COMMENT ON COLUMN rdvmairie.feed_run.reason IS 'Reason asked for (slots).';
COMMENT ON COLUMN rdvmairie.feed_run.documents_number IS 'Documents number asked for (slots).';
COMMENT ON COLUMN rdvmairie.feed_run.window_start IS 'First date asked for (slots).';
COMMENT ON COLUMN rdvmairie.feed_run.window_end IS 'Last date asked for (slots).';
COMMENT ON COLUMN rdvmairie.feed_run.http_status IS 'HTTP status, NULL when no answer came.';
COMMENT ON COLUMN rdvmairie.feed_run.started_at IS 'When the request started.';
COMMENT ON COLUMN rdvmairie.feed_run.duration_ms IS 'Time until the answer was complete or the request failed.';
COMMENT ON COLUMN rdvmairie.feed_run.bytes IS 'Bytes of the answer body.';
COMMENT ON COLUMN rdvmairie.feed_run.ingest_ms IS 'Time spent ingesting the answer (NULL when it was not ingested).';
COMMENT ON COLUMN rdvmairie.feed_run.received IS 'Ingestion report: items received.';
COMMENT ON COLUMN rdvmairie.feed_run.inserted IS 'Ingestion report: inserted.';
COMMENT ON COLUMN rdvmairie.feed_run.updated IS 'Ingestion report: updated.';
COMMENT ON COLUMN rdvmairie.feed_run.unchanged IS 'Ingestion report: unchanged.';
COMMENT ON COLUMN rdvmairie.feed_run.removed IS 'Ingestion report: removed.';
COMMENT ON COLUMN rdvmairie.feed_run.rejected IS 'Ingestion report: rejected.';
COMMENT ON COLUMN rdvmairie.feed_run.error IS 'Why the request or its ingestion failed, NULL on success.';

CREATE PROCEDURE rdvmairie.refresh_feeds(editor_id text DEFAULT NULL, feeds text DEFAULT 'auto')
AS 'MODULE_PATHNAME', 'refresh_feeds'
LANGUAGE C;
COMMENT ON PROCEDURE rdvmairie.refresh_feeds(text, text) IS
    'Fetches every enabled vendor (or one) concurrently over HTTP and ingests the answers, committing per vendor. feeds: auto (meeting points when due, then slots), meeting_points, slots, or all.';

SELECT pg_catalog.pg_extension_config_dump('rdvmairie.feed_health', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.feed_run', '');
SELECT pg_catalog.pg_extension_config_dump('rdvmairie.feed_run_feed_run_id_seq', '');

-- pg_cron is optional: it works in one database per cluster (cron.database_name).
CREATE FUNCTION rdvmairie.require_pg_cron() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    preload text := current_setting('shared_preload_libraries', true);
    cron_db text := current_setting('cron.database_name', true);
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_cron') THEN
        RETURN;
    END IF;
    IF preload IS NULL OR preload !~ '(^|[ ,])pg_cron($|[ ,])' THEN
        RAISE EXCEPTION 'pg_cron is not loaded in this cluster'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Add pg_cron to shared_preload_libraries in postgresql.conf, set cron.database_name to this database, restart, then CREATE EXTENSION pg_cron.';
    END IF;
    IF cron_db IS NOT NULL AND cron_db <> current_database() THEN
        RAISE EXCEPTION 'pg_cron works in database "%", not in "%"', cron_db, current_database()
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = format('Either set cron.database_name = %L and restart, or in database %I schedule the commands with cron.schedule_in_database(job_name, schedule, command, %L).',
                                current_database(), cron_db, current_database());
    END IF;
    RAISE EXCEPTION 'pg_cron is loaded but not installed in this database'
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Run CREATE EXTENSION pg_cron in this database.';
END $$;
COMMENT ON FUNCTION rdvmairie.require_pg_cron() IS
    'Errors with what to do when pg_cron is missing from this database.';

-- The daily clean-up: what is past, old or no longer needed.
CREATE FUNCTION rdvmairie.clean_up(keep interval DEFAULT '30 days') RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    result jsonb := '{}';
    n bigint;
BEGIN
    DELETE FROM rdvmairie.slot WHERE starts_at < now() - interval '1 day';
    GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('past_slots', n);
    DELETE FROM rdvmairie.slot_window WHERE ends_before < now() - interval '1 day';
    GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('past_windows', n);
    DELETE FROM rdvmairie.feed_run WHERE run_started_at < now() - keep;
    GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('feed_runs', n);
    DELETE FROM rdvmairie.ingest_reject WHERE rejected_at < now() - keep;
    GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('rejects', n);
    IF to_regclass('cron.job_run_details') IS NOT NULL THEN
        EXECUTE 'DELETE FROM cron.job_run_details WHERE end_time < now() - interval ''7 days''';
        GET DIAGNOSTICS n = ROW_COUNT; result := result || jsonb_build_object('cron_job_run_details', n);
    END IF;
    result := result || jsonb_build_object('appointments', to_jsonb(rdvmairie.close_past_appointments()));
    result := result || jsonb_build_object('names_purged', rdvmairie.purge_applicant_names(
        make_interval(days => coalesce(current_setting('rdvmairie.applicant_name_retention', true), '30')::int)));
    RETURN result;
END $$;
COMMENT ON FUNCTION rdvmairie.clean_up(interval) IS
    'Daily clean-up: past slots and windows, feed runs and rejects older than keep, pg_cron history older than 7 days, the registry''s day job, and applicant names blanked rdvmairie.applicant_name_retention days (30) after their appointment.';

CREATE FUNCTION rdvmairie.schedule_jobs() RETURNS TABLE (job_name text, schedule text, command text)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM rdvmairie.require_pg_cron();
    -- pg_cron 1.4 schedules in UTC; re-scheduling a name updates the job
    RETURN QUERY
    SELECT j.name, j.sched, j.cmd
    FROM (VALUES ('rdvmairie:slots', '*/5 * * * *', 'CALL rdvmairie.refresh_feeds()'),
                 ('rdvmairie:meeting_points', '7 */6 * * *', 'CALL rdvmairie.refresh_feeds(NULL, ''meeting_points'')'),
                 ('rdvmairie:indicators', '*/15 * * * *', 'SELECT rdvmairie.refresh_indicators()'),
                 ('rdvmairie:clean_up', '17 3 * * *', 'SELECT rdvmairie.clean_up()')) j(name, sched, cmd)
    CROSS JOIN LATERAL (SELECT cron.schedule(j.name, j.sched, j.cmd)) s;
END $$;
COMMENT ON FUNCTION rdvmairie.schedule_jobs() IS
    'Creates or updates the pg_cron jobs (UTC): slots every 5 minutes, meeting points every 6 hours, indicators every 15 minutes, the daily clean-up.';

CREATE FUNCTION rdvmairie.unschedule_jobs() RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE n int := 0; j record;
BEGIN
    PERFORM rdvmairie.require_pg_cron();
    FOR j IN EXECUTE 'SELECT jobname FROM cron.job WHERE jobname LIKE ''rdvmairie:%''' LOOP
        PERFORM cron.unschedule(j.jobname);
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;
COMMENT ON FUNCTION rdvmairie.unschedule_jobs() IS 'Removes every rdvmairie pg_cron job; returns how many.';

-- rdvmairie 0.1.0 -> 0.2.0: operational health checks (rdvmairie.health(), role
-- rdvmairie_monitor). Released scripts are never edited; later changes get a new file.
\echo Use "ALTER EXTENSION rdvmairie UPDATE TO '0.2.0'" to load this file. \quit

-- ==== src/health.sql (0.2.0) ====
-- health.sql — one call that tells an operator (or a monitoring probe) whether this
-- server does its job: fresh slots, vendors answering, pg_cron running, indicators
-- current, replication keeping up. Works on the primary and on hot standbys.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'rdvmairie_monitor') THEN
        CREATE ROLE rdvmairie_monitor NOLOGIN;
    END IF;
END $$;
GRANT USAGE ON SCHEMA rdvmairie TO rdvmairie_monitor;

CREATE FUNCTION rdvmairie.health()
RETURNS TABLE (check_name text, status text, value numeric, detail text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    standby  boolean := pg_catalog.pg_is_in_recovery();
    max_age  interval := rdvmairie.slot_max_age();
    n_online bigint;
    n_stale  bigint;
    n        bigint;
    m        bigint;
    x        numeric;
    t        timestamptz;
    cron_here boolean;
    jobs     bigint;
BEGIN
    -- the role of this server, so that a probe knows which checks apply
    check_name := 'server_role';
    status := 'ok';
    value := NULL;
    detail := CASE WHEN standby THEN 'hot standby (searches)' ELSE 'primary (ingestion, pg_cron)' END;
    RETURN NEXT;

    -- online meeting points whose slots nobody confirmed within slot_max_age are
    -- invisible to searches: the citizen-facing symptom of a failing feed
    SELECT count(*) FILTER (WHERE w.confirmed IS NULL OR w.confirmed < now() - max_age), count(*)
    INTO n_stale, n_online
    FROM rdvmairie.meeting_point mp
    LEFT JOIN LATERAL (SELECT max(sw.confirmed_at) AS confirmed FROM rdvmairie.slot_window sw
                       WHERE sw.meeting_point_id = mp.meeting_point_id) w ON true
    WHERE mp.online;
    check_name := 'stale_meeting_points';
    value := CASE WHEN n_online = 0 THEN 0 ELSE round(100.0 * n_stale / n_online, 1) END;
    status := CASE WHEN n_online = 0 THEN 'warning' WHEN value > 20 THEN 'critical' WHEN value > 5 THEN 'warning' ELSE 'ok' END;
    detail := format('%s of %s online meeting points have no slots confirmed within %s (percent)', n_stale, n_online, max_age);
    RETURN NEXT;

    -- vendors failing, and circuit breakers open (those vendors are not even tried)
    SELECT count(*) FILTER (WHERE h.consecutive_failures > 0),
           count(*) FILTER (WHERE h.open_until > now())
    INTO n, m
    FROM rdvmairie.editor e JOIN rdvmairie.feed_health h USING (editor_id)
    WHERE e.enabled;
    check_name := 'failing_vendors';
    value := n;
    status := CASE WHEN m > 0 THEN 'critical' WHEN n > 0 THEN 'warning' ELSE 'ok' END;
    detail := format('%s enabled vendors failed their last refresh, %s with the circuit breaker open', n, m);
    RETURN NEXT;

    -- items refused by ingestion in the last hour, as a share of items received
    SELECT coalesce(sum(fr.rejected), 0), coalesce(sum(fr.received), 0) INTO n, m
    FROM rdvmairie.feed_run fr WHERE fr.run_started_at > now() - interval '1 hour';
    check_name := 'rejected_items_last_hour';
    value := CASE WHEN m = 0 THEN 0 ELSE round(100.0 * n / m, 2) END;
    status := CASE WHEN value > 5 THEN 'critical' WHEN value > 1 THEN 'warning' ELSE 'ok' END;
    detail := format('%s of %s items received in the last hour were rejected (percent)', n, m);
    RETURN NEXT;

    -- indicators: refresh_indicators runs every 15 minutes
    SELECT max(ih.recorded_at) INTO t FROM rdvmairie.indicator_history ih;
    check_name := 'indicators_age';
    value := round(extract(epoch FROM now() - t)::numeric / 60, 1);
    status := CASE WHEN t IS NULL OR t < now() - interval '2 hours' THEN 'critical'
                   WHEN t < now() - interval '30 minutes' THEN 'warning' ELSE 'ok' END;
    detail := CASE WHEN t IS NULL THEN 'indicators never refreshed (rdvmairie.refresh_indicators())'
                   ELSE format('indicators last refreshed %s minutes ago', value) END;
    RETURN NEXT;

    -- pg_cron: only where it runs (the primary, in cron.database_name)
    cron_here := to_regclass('cron.job_run_details') IS NOT NULL AND NOT standby;
    IF cron_here THEN
        -- runs are matched by command: a job unscheduled since still counts
        EXECUTE $q$SELECT count(*) FILTER (WHERE d.status = 'failed'), count(*)
                   FROM cron.job_run_details d
                   WHERE d.command LIKE '%rdvmairie.%' AND d.start_time > now() - interval '1 hour'$q$
        INTO n, m;
        EXECUTE $q$SELECT count(*) FROM cron.job j WHERE j.jobname LIKE 'rdvmairie:%' AND j.active$q$ INTO jobs;
        check_name := 'cron_failures_last_hour';
        value := n;
        IF n > 0 THEN
            status := 'critical';
            detail := format('%s of %s rdvmairie pg_cron runs failed in the last hour', n, m);
        ELSIF jobs = 0 THEN
            status := 'warning';
            detail := 'no rdvmairie pg_cron job is scheduled: SELECT rdvmairie.schedule_jobs()';
        ELSIF m = 0 AND pg_catalog.pg_postmaster_start_time() < now() - interval '15 minutes' THEN
            status := 'warning';
            detail := 'rdvmairie pg_cron jobs are scheduled but none ran in the last hour';
        ELSE
            status := 'ok';
            detail := format('%s rdvmairie pg_cron runs in the last hour, none failed', m);
        END IF;
        RETURN NEXT;

        EXECUTE 'SELECT count(*) FROM cron.job_run_details' INTO n;
        check_name := 'cron_history_rows';
        value := n;
        status := CASE WHEN n > 1000000 THEN 'warning' ELSE 'ok' END;
        detail := format('%s rows in cron.job_run_details (rdvmairie.clean_up keeps 7 days)', n);
        RETURN NEXT;
    END IF;

    -- replication: on a standby, how far behind replay is; on the primary, the slowest standby
    IF standby THEN
        check_name := 'replication_lag';
        IF pg_catalog.pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_catalog.pg_last_wal_replay_lsn() THEN
            x := 0;   -- everything received is replayed: idle primary, not a lag
        ELSE
            x := extract(epoch FROM now() - pg_catalog.pg_last_xact_replay_timestamp());
        END IF;
        value := round(x, 3);
        status := CASE WHEN x IS NULL OR x > 300 THEN 'critical' WHEN x > 30 THEN 'warning' ELSE 'ok' END;
        detail := format('replay is %s s behind the primary', value);
        RETURN NEXT;
    ELSE
        SELECT count(*), max(extract(epoch FROM coalesce(r.replay_lag, interval '0')))
        INTO n, x FROM pg_catalog.pg_stat_replication r;
        check_name := 'standbys';
        value := n;
        status := 'ok';
        detail := format('%s standbys streaming, slowest replay lag %s s', n, coalesce(round(x, 3), 0));
        RETURN NEXT;
        SELECT count(*) INTO n FROM pg_catalog.pg_replication_slots s WHERE NOT s.active AND s.slot_type = 'physical';
        check_name := 'inactive_replication_slots';
        value := n;
        status := CASE WHEN n > 0 THEN 'warning' ELSE 'ok' END;
        detail := format('%s physical replication slots without a standby (they retain WAL)', n);
        RETURN NEXT;
    END IF;
END $$;
COMMENT ON FUNCTION rdvmairie.health() IS
    'Operational checks, one row each with status ok, warning or critical: stale meeting points, failing vendors, rejected items, indicators age, pg_cron failures and history, replication. For monitoring probes (role rdvmairie_monitor).';
REVOKE EXECUTE ON FUNCTION rdvmairie.health() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rdvmairie.health() TO rdvmairie_monitor, rdvmairie_analyst;

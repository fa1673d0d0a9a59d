#!/usr/bin/env bash
# Mixed load test: several pgbench runs started together against one database:
# citizens searching (search_slots and rdvmairie_api.search from population-weighted
# origins), vendors' feeds being ingested (ingest_slots with payloads that change from
# call to call: slots inserted and removed, sometimes unchanged) and vendors calling
# the registry (application_status, declare_appointment, cancel_appointment).
# Searches first run alone (baseline, same clients), then with everything else.
# Prints throughput and latency (mean, p99, max) per kind and per call, then checks,
# each printed as "check: ok - ..." or "check: FAILED - ..." (exit status 1 if any failed):
#   - every pgbench run ended without error: no failed transaction, no aborted client;
#   - no deadlock: pg_stat_database.deadlocks did not move, none in the server log;
#   - no search waited on a lock (see "Lock waits" below);
#   - every kind completed transactions;
#   - ingestion really changed slots (inserted and removed some), not only confirmed them.
#
#   bash bench/load.sh            # France scale: 3,500 meeting points, 50 vendors, 90 days;
#                                 # 8 search, 2 ingestion, 2 registry clients; 60 s alone, 180 s mixed
#   bash bench/load.sh --small    # a quick run (CI): 300 meeting points, 28 days, 3 s + 12 s
# Durations and clients: RDV_LOAD_SECONDS, RDV_LOAD_BASELINE_SECONDS, RDV_LOAD_SEARCH_CLIENTS,
# RDV_LOAD_INGEST_CLIENTS, RDV_LOAD_REGISTRY_CLIENTS. RDV_SERVER_LOG names the server log
# when it cannot be found (see below).
# Uses the cluster in PGHOST/PGPORT when RDV_BENCH_CLUSTER=reuse, else a throwaway one.
#
# Lock waits. Two independent observations, both must show no search waiting:
#   1. a sampler (load.sample, its own session) reads pg_stat_activity every ~10 ms and
#      records every backend of the load waiting for a heavyweight lock
#      (wait_event_type = 'Lock'), with the backends blocking it; it also records which
#      backend pid runs which kind of client (pgbench sets application_name from
#      PGAPPNAME: rdv_load_search, rdv_load_ingest, rdv_load_registry). Sampling sees
#      short waits but may miss one that falls between two samples;
#   2. the load's database runs with log_lock_waits = on and deadlock_timeout = 50ms
#      (ALTER DATABASE: only the load's sessions, nothing to restore on the cluster,
#      gone with the database), so the server logs every wait longer than 50 ms as
#      "process PID still waiting for ..."; those PIDs are matched to the sampler's
#      record of who is who. This misses nothing longer than 50 ms, but needs the
#      server log: the throwaway cluster's, else the file pg_current_logfile() names,
#      else server.log next to the data directory (where scripts/lib.sh's clusters
#      write it), else RDV_SERVER_LOG. The server reads it (pg_read_file, superuser),
#      from the size it had before the run. Without a log, only the sampler checks.
# Waits among ingestion or registry calls (two calls for one vendor serialise on its
# advisory lock, two declarations of one number on its row) are expected: printed only.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$RDV_ROOT"

points=3500 days=90 split=30 batch=10 keys=200 variants=4 origins=10000 baseline=60 seconds=180
if [ "${1:-}" = "--small" ]; then
    points=300 days=28 split=14 batch=10 keys=40 origins=1000 baseline=3 seconds=12
fi
seconds=${RDV_LOAD_SECONDS:-$seconds}
baseline=${RDV_LOAD_BASELINE_SECONDS:-$baseline}
declare -A clients=([search]=${RDV_LOAD_SEARCH_CLIENTS:-8} [ingest]=${RDV_LOAD_INGEST_CLIENTS:-2}
                    [registry]=${RDV_LOAD_REGISTRY_CLIENTS:-2})
pool=20000      # pre-application numbers the registry clients use
# pgbench scripts per kind, with their weights; names as printed
declare -A scripts=(
    [search]="search.sql@3 search_api.sql@1"
    [ingest]="ingest.sql@1"
    [registry]="status.sql@5 declare.sql@3 cancel.sql@2")
declare -A script_names=(
    [search]="search_slots api.search"
    [ingest]="ingest_slots"
    [registry]="status declare cancel")

db=rdvmairie_bench_load
logdir=$(mktemp -d /tmp/rdvmairie-bench-load.XXXXXX)
keep_logs=0
on_exit() {
    local p
    for p in $(jobs -p); do kill "$p" 2>/dev/null || true; done    # our pgbench runs or sampler, if interrupted
    if [ -n "${PGHOST:-}" ]; then
        "$PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    bench_cleanup
    if [ "$keep_logs" -eq 0 ]; then rm -rf "$logdir"; else echo "pgbench logs kept in $logdir"; fi
}
trap on_exit EXIT
bench_cluster
bench_database "$db"
log "setting up the load scenario ($points meeting points, $days days)"
sql -d "$db" -v points="$points" -v days="$days" -v split="$split" -v batch="$batch" -v keys="$keys" \
    -v variants="$variants" -v origins="$origins" -f bench/load/setup.sql > "$logdir/setup.out"
sql -d "$db" -c "VACUUM ANALYZE rdvmairie.slot" -c "VACUUM ANALYZE rdvmairie.slot_window" -c "VACUUM ANALYZE load.payload"
sql -d "$db" -c "ALTER DATABASE $db SET log_lock_waits = on" -c "ALTER DATABASE $db SET deadlock_timeout = '50ms'"
q() { sql -d "$db" -At -c "$1"; }
npoints=$(q "SELECT count(*) FROM load.point")
defs="-D origins=$origins -D keys=$keys -D variants=$variants -D pool=$pool -D npoints=$npoints"

# the server log, if it can be found
if [ -n "${RDV_SERVER_LOG:-}" ]; then serverlog=$RDV_SERVER_LOG
elif [ -n "${RDV_BENCH_DIR:-}" ]; then serverlog=$RDV_BENCH_DIR/server.log
else
    serverlog=$(q "SELECT CASE WHEN f IS NULL THEN regexp_replace(d, '/[^/]+/?$', '') || '/server.log'
                               WHEN f LIKE '/%' THEN f ELSE d || '/' || f END
                   FROM (SELECT pg_current_logfile() AS f, current_setting('data_directory') AS d) x")
fi
log_size() { q "SELECT (pg_stat_file('$serverlog', true)).size"; }
log_from=$(log_size)
[ -n "$log_from" ] || serverlog=""

# run_phase PHASE SECONDS KIND...: one pgbench per kind, started together, and the sampler
run_phase() {
    local phase=$1 secs=$2 kind s f pids=() sampler
    shift 2
    env PGAPPNAME=rdv_load_sampler "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" \
        -c "CALL load.sample('$phase', $((secs + 120)))" > "$logdir/$phase.sampler.out" 2>&1 &
    sampler=$!
    for kind in "$@"; do
        mkdir -p "$logdir/$phase/$kind"
        f=""
        for s in ${scripts[$kind]}; do f="$f -f $RDV_ROOT/bench/load/$s"; done
        (
            cd "$logdir/$phase/$kind"; st=0
            # shellcheck disable=SC2086
            env PGAPPNAME="rdv_load_$kind" "$PGBIN/pgbench" -n -M prepared -c "${clients[$kind]}" -j 1 \
                -T "$secs" -l --log-prefix=tx $f $defs "$db" > out 2> err || st=$?
            echo "$st" > rc
        ) &
        pids+=($!)
    done
    wait "${pids[@]}"
    q "INSERT INTO load.sampler_stop VALUES ('$phase')" >/dev/null
    wait "$sampler" || { cat "$logdir/$phase.sampler.out" >&2; die "the lock sampler failed"; }
}

# stats FILES...: "n mean_ms p99_ms max_ms failed" of pgbench per-transaction logs
# (column 3: latency in microseconds or "failed"; column 4: script number), for the
# script given in $script_no (all when empty)
stats() {
    cat "$@" | awk -v sn="${script_no:-}" '(sn == "" || $4 == sn) { if ($3 ~ /^[0-9]+$/) print $3; else print "F" }' \
        | sort -n | awk '
        $1 == "F" { failed++; next }
        { v[++n] = $1; s += $1 }
        END {
            if (n == 0) { printf "0 - - - %d\n", failed; exit }
            i = int(n * 0.99) + 1; if (i > n) i = n
            printf "%d %.3f %.3f %.3f %d\n", n, s / n / 1000, v[i] / 1000, v[n] / 1000, failed + 0 }'
}

declare -A done_n
report_phase() {
    local phase=$1 secs=$2 kind i name n mean p99 max failed
    shift 2
    for kind in "$@"; do
        local files=("$logdir/$phase/$kind"/tx.*)
        read -r n mean p99 max failed < <(script_no="" stats "${files[@]}")
        done_n[$phase.$kind]=$n
        printf '%-9s %-9s %-13s %7s %9s %9s %9s %9s %9s %7s\n' "$phase" "$kind" "(all)" "${clients[$kind]}" "$n" \
            "$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.1f", n / s}')" "$mean" "$p99" "$max" "$failed"
        eval "m_${phase}_${kind}=\"$n $mean $p99 $max\""
        i=0
        for name in ${script_names[$kind]}; do
            [ "$(wc -w <<< "${script_names[$kind]}")" -gt 1 ] || break
            read -r n mean p99 max failed < <(script_no=$i stats "${files[@]}")
            printf '%-9s %-9s %-13s %7s %9s %9s %9s %9s %9s %7s\n' "" "" "$name" "" "$n" \
                "$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.1f", n / s}')" "$mean" "$p99" "$max" "$failed"
            i=$((i + 1))
        done
    done
}

failures=0
check() {   # check OK_OR_NOT TEXT
    if [ "$1" = ok ]; then echo "check: ok - $2"; else echo "check: FAILED - $2"; failures=$((failures + 1)); fi
}

slot_counts() { q "SELECT n_tup_ins || ' ' || n_tup_del FROM pg_stat_user_tables WHERE relid = 'rdvmairie.slot'::regclass"; }
deadlocks() { q "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"; }

deadlocks_before=$(deadlocks)
sql -d "$db" -c "CHECKPOINT"
log "baseline: ${clients[search]} search clients alone for ${baseline} s"
run_phase baseline "$baseline" search
sleep 1     # exited backends flush their statistics
read -r ins_before del_before < <(slot_counts)
log "mixed load: ${clients[search]} search, ${clients[ingest]} ingestion, ${clients[registry]} registry clients for ${seconds} s"
run_phase mixed "$seconds" search ingest registry
sleep 1
read -r ins_after del_after < <(slot_counts)
deadlocks_after=$(deadlocks)

echo
q "SELECT format('scenario: %s meeting points online, %s vendors, %s slots stored, windows of %s days over %s days; ingestion: %s keys (%s points x 1 window) x %s payload versions, %s items each on average',
                 (SELECT count(*) FROM rdvmairie.meeting_point WHERE online), (SELECT count(*) FROM rdvmairie.editor),
                 (SELECT count(*) FROM rdvmairie.slot), $split, $days, $keys, $batch, $variants,
                 (SELECT round(avg(items)) FROM load.payload))"
echo "clients: ${clients[search]} search, ${clients[ingest]} ingestion, ${clients[registry]} registry; searches alone ${baseline} s, then mixed ${seconds} s"
echo
printf '%-9s %-9s %-13s %7s %9s %9s %9s %9s %9s %7s\n' phase kind call clients xacts tps mean_ms p99_ms max_ms failed
report_phase baseline "$baseline" search
report_phase mixed "$seconds" search ingest registry

read -r bn bmean bp99 bmax <<< "$m_baseline_search"
read -r mn mmean mp99 mmax <<< "$m_mixed_search"
echo
awk -v bn="$bn" -v bs="$baseline" -v mn="$mn" -v ms="$seconds" -v bm="$bmean" -v mm="$mmean" -v bp="$bp99" -v mp="$mp99" \
    -v bx="$bmax" -v mx="$mmax" 'BEGIN {
    printf "searches alone -> under mixed load: %.1f -> %.1f tps, mean %s -> %s ms, p99 %s -> %s ms, max %s -> %s ms\n",
           bn / bs, mn / ms, bm, mm, bp, mp, bx, mx }'
echo "  (the cores are shared: ingestion and registry calls take CPU from searches; whether a search ever waited on a lock is checked below)"
slots_ins=$((ins_after - ins_before)) slots_del=$((del_after - del_before))
echo "slots written by ingestion during the mixed run: $slots_ins inserted, $slots_del deleted"

# --- lock waits
samples=$(q "SELECT coalesce(sum(samples), 0) FROM load.sampler_run")
echo
echo "lock waits seen by the sampler ($samples samples, about every 10 ms):"
q "SELECT format('  %-8s %-8s %s samples, %s backends, blocked by: %s', w.phase, w.role, count(*), count(DISTINCT w.pid),
                 string_agg(DISTINCT w.lock_type || ' held by ' || coalesce(regexp_replace(w.blockers, '^[0-9]+ ', ''), '?'), ' | '))
   FROM load.lock_wait w GROUP BY w.phase, w.role ORDER BY 1" | cut -c1-400
search_samples=$(q "SELECT count(*) FROM load.lock_wait WHERE role = 'search'")
[ "$search_samples" -gt 0 ] || echo "  none among searches"

log_search_waits=0 log_deadlocks=0
if [ -n "$serverlog" ]; then
    echo "lock waits longer than 50 ms in the server log ($serverlog):"
    q "CREATE TEMP TABLE server_log AS
       SELECT m[1]::int AS pid, m[2] AS what
       FROM regexp_matches(pg_read_file('$serverlog', $log_from,
                                        greatest((pg_stat_file('$serverlog')).size - $log_from, 0)),
                           'process (\d+) still waiting for ([^\n]*?) after', 'g') m;
       SELECT format('  %-8s %s waits: %s', coalesce(b.role, 'other'), count(*), string_agg(DISTINCT regexp_replace(l.what, '[0-9]+', 'N', 'g'), ', '))
       FROM server_log l LEFT JOIN (SELECT DISTINCT pid, role FROM load.backend) b ON b.pid = l.pid
       GROUP BY coalesce(b.role, 'other') ORDER BY coalesce(b.role, 'other')" | cut -c1-400
    log_search_waits=$(q "SELECT count(*) FROM regexp_matches(pg_read_file('$serverlog', $log_from,
                              greatest((pg_stat_file('$serverlog')).size - $log_from, 0)),
                              'process (\d+) still waiting for', 'g') m
                          WHERE m[1]::int IN (SELECT pid FROM load.backend WHERE role = 'search')")
    log_deadlocks=$(q "SELECT count(*) FROM regexp_matches(pg_read_file('$serverlog', $log_from,
                           greatest((pg_stat_file('$serverlog')).size - $log_from, 0)), 'ERROR:  deadlock detected', 'g')")
    echo "  searches: $log_search_waits"
else
    echo "server log not found (set RDV_SERVER_LOG): lock waits checked by sampling only"
fi

# --- checks
echo
bad=""
for run in baseline/search mixed/search mixed/ingest mixed/registry; do
    d=$logdir/$run
    rc=$(cat "$d/rc")
    nfailed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$d/out")
    aborted=$(grep -c 'aborted' "$d/err" || true)
    if [ "$rc" != 0 ] || [ "${nfailed:-x}" != 0 ] || [ "$aborted" != 0 ]; then
        bad="$bad ${run}(exit $rc, failed ${nfailed:-?}, aborted lines $aborted)"
        grep -E 'error|ERROR|DETAIL' "$d/err" | sort | uniq -c | sort -rn | head -5 | sed 's/^/    /'
    fi
done
if [ -z "$bad" ]; then check ok "every pgbench run: exit 0, 0 failed transactions, no aborted client"
else check not "every pgbench run: exit 0, 0 failed transactions, no aborted client:$bad"; fi

dl=$((deadlocks_after - deadlocks_before))
[ "$dl" -eq 0 ] && [ "$log_deadlocks" -eq 0 ] \
    && check ok "no deadlock (pg_stat_database.deadlocks delta $dl, $log_deadlocks in the server log)" \
    || check not "no deadlock (pg_stat_database.deadlocks delta $dl, $log_deadlocks in the server log)"

lw_text="no search waited on a lock ($search_samples sampled waits"
[ -n "$serverlog" ] && lw_text="$lw_text, $log_search_waits waits > 50 ms in the server log" || lw_text="$lw_text, server log not checked"
[ "$search_samples" -eq 0 ] && [ "$log_search_waits" -eq 0 ] && check ok "$lw_text)" || check not "$lw_text)"

counts="baseline search ${done_n[baseline.search]}, mixed search ${done_n[mixed.search]}, ingestion ${done_n[mixed.ingest]}, registry ${done_n[mixed.registry]}"
[ "${done_n[baseline.search]}" -gt 0 ] && [ "${done_n[mixed.search]}" -gt 0 ] && [ "${done_n[mixed.ingest]}" -gt 0 ] \
    && [ "${done_n[mixed.registry]}" -gt 0 ] \
    && check ok "every kind completed transactions ($counts)" || check not "every kind completed transactions ($counts)"

[ "$slots_ins" -gt 0 ] && [ "$slots_del" -gt 0 ] \
    && check ok "ingestion changed slots ($slots_ins inserted, $slots_del deleted)" \
    || check not "ingestion changed slots ($slots_ins inserted, $slots_del deleted)"

if [ "$failures" -eq 0 ]; then echo "result: all checks passed"
else echo "result: $failures check(s) failed"; keep_logs=1; exit 1; fi

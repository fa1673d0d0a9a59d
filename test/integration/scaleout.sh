#!/usr/bin/env bash
# Read scale-out on streaming replicas (issue #9): a primary and a hot standby
# streaming on loopback, PgBouncer in transaction mode in front of the standby.
# Ingestion on the primary; the same searches on the primary and on the standby
# through PgBouncer return the same rows once the standby has replayed the commit
# (the lag is measured); a read benchmark through PgBouncer, compared with the
# standby and the primary directly; a second standby joins without touching the
# first. Prints TAP and measurements (times are printed, never asserted).
#
#   bash test/integration/scaleout.sh          # short form (the test suite): 400 points, 14 days, 200 origins, 3 s runs
#   bash test/integration/scaleout.sh --long   # 3,500 points, 45 days, 500 origins, 30 s runs
#
# Starts its own three clusters and PgBouncer on free ports in a temporary
# directory (the servers and PgBouncer run as the postgres user) and removes
# everything on exit; it never uses the cluster in PGHOST/PGPORT.
set -uo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
cd "$RDV_ROOT"
unset PGHOST PGPORT PGUSER PGDATABASE PGHOSTADDR PGSERVICE PGOPTIONS

points=400 days=14 searches=200 origins=2000 seconds=3 clients=8 pool=4
if [ "${1:-}" = --long ]; then points=3500 days=45 searches=500 origins=10000 seconds=30; fi
seconds=${RDV_BENCH_SECONDS:-$seconds}
db=rdvmairie_scaleout
d0=$(date -u +%F)                                   # first day of the feeds
d_last=$(date -u -d "$d0 + $((days - 1)) days" +%F) # last day of the first feed
d_end=$(date -u -d "$d0 + $((days + 6)) days" +%F)  # later feeds open a week more
d1=$(date -u -d "$d0 + 2 days" +%F)                 # searches: from the day after tomorrow
d2=$d_end                                           # (no slot can pass during the run)

echo "1..20"
n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
is() { n=$((n + 1)); if [ "$1" = "$2" ]; then echo "ok $n - $3"; else echo "not ok $n - $3"; echo "#   got: '$1'"; echo "#  want: '$2'"; fi; }
bail() { echo "Bail out! $*"; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
t_start=$(now_ms)

install_packages >/dev/null
[ -n "${RDV_TEST_DB:-}" ] || build_and_install   # the suite has built and installed it already
PGBOUNCER=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
[ -x "$PGBOUNCER" ] || bail "pgbouncer is not installed (Debian package pgbouncer)"

tmp=$(mktemp -d /tmp/rdvmairie-scaleout.XXXXXX)
chmod 755 "$tmp"
logs=$tmp/logs; mkdir "$logs"
P=$tmp/primary S1=$tmp/standby1 S2=$tmp/standby2 B=$tmp/bouncer
cleanup() {
    if [ -s "$B/pgbouncer.pid" ]; then
        local pid; pid=$(cat "$B/pgbouncer.pid")
        as_root kill "$pid" 2>/dev/null
        for _ in $(seq 50); do as_root kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    cluster_stop "$S2" & cluster_stop "$S1" & wait   # the standbys, then the primary
    cluster_stop "$P"
    as_root rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# psql on one server: the primary and the standbys by their sockets, PgBouncer on loopback
on() {
    local who=$1; shift
    case $who in
        primary) sql -h "$P" -p "$pp" -U postgres "$@" ;;
        standby1) sql -h "$S1" -p "$s1p" -U postgres "$@" ;;
        standby2) sql -h "$S2" -p "$s2p" -U postgres "$@" ;;
        bouncer) sql -h 127.0.0.1 -p "$bp" -U postgres "$@" ;;
    esac
}
q() { local who=$1; shift; on "$who" -d "$db" -At -c "$1"; }

# --- 1. the primary -------------------------------------------------------------
pp=$(free_port 57432)
cluster_start "$P" "$pp" postgres
unset PGHOST PGPORT PGUSER
grep -Eq '^host[[:space:]]+replication[[:space:]]+(all|postgres)[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$P/data/pg_hba.conf" \
    || echo "host replication postgres 127.0.0.1/32 trust" | as_postgres tee -a "$P/data/pg_hba.conf" >/dev/null
as_postgres tee -a "$P/data/postgresql.conf" >/dev/null <<CONF
# streaming replication on loopback
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 10
max_replication_slots = 10
hot_standby = on
cluster_name = 'primary'
CONF
as_postgres "$PGBIN/pg_ctl" -D "$P/data" -l "$P/server.log" -w -t 60 restart >/dev/null \
    || { cat "$P/server.log"; bail "the primary did not restart"; }

t0=$(now_ms)
{
    on primary -d postgres -c "CREATE DATABASE $db" &&
    on primary -d "$db" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE" &&
    on primary -d "$db" -f test/scenario/load.sql &&
    on primary -d "$db" -v points="$points" -v d0="$d0" -v d_last="$d_last" -v origins="$origins" -f test/scaleout/setup.sql
} >"$logs/setup.out" 2>&1 || { sed 's/^/# /' "$logs/setup.out" | tail -20; bail "the scenario could not be loaded on the primary"; }
slots0=$(q primary "SELECT count(*) FROM rdvmairie.slot")
echo "# primary: port $pp, $points meeting points, $slots0 slots ($d0..$d_last), $origins origins, set up in $(($(now_ms) - t0)) ms"
ok "$([ "${slots0:-0}" -gt 0 ]; echo $?)" "the primary holds the extension and the scenario ($slots0 slots)"

# --- 2. standby 1 from a base backup, with its own physical replication slot -------
# standby_create NAME DIR PORT: pg_basebackup over loopback (-R: standby.signal and
# primary_conninfo, -C -S: a physical slot), its own port and socket, then start.
standby_create() {
    local name=$1 dir=$2 port=$3
    as_root mkdir -p "$dir"; as_root chown postgres "$dir"
    as_postgres "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$pp" -U postgres -D "$dir/data" \
        -R -X stream -C -S "$name" -c fast >"$logs/$name.basebackup" 2>&1 || return 1
    as_postgres tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
# hot standby $name
port = $port
unix_socket_directories = '$dir'
listen_addresses = '127.0.0.1'
hot_standby = on
hot_standby_feedback = on
cluster_name = '$name'
CONF
    as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || { sed 's/^/# /' "$dir/server.log" | tail -20; return 1; }
}
# streaming NAME: the primary's walsender of slot NAME is streaming (waits up to 30 s)
streaming() {
    local st
    for _ in $(seq 300); do
        st=$(q primary "SELECT r.state FROM pg_replication_slots s JOIN pg_stat_replication r ON r.pid = s.active_pid
                         WHERE s.slot_name = '$1'")
        [ "$st" = streaming ] && return 0
        sleep 0.1
    done
    return 1
}
# Replication lag: poll_open WHO FD opens a session on standby WHO (fed through a fifo on
# file descriptor FD) before the ingestion; poll_send WHO FD LSN then has it wait (up to
# 60 s, polling every millisecond) until WHO has replayed LSN; poll_result WHO COMMIT_EPOCH VAR
# sets VAR to the time from the primary's commit to the replay seen on the standby, in ms
# (empty if not replayed). An upper bound: the poll starts once the commit has returned.
poll_open() {
    local f=$tmp/poll.$1
    rm -f "$f.in" "$f.out"; mkfifo "$f.in"
    on "$1" -d postgres -At -f "$f.in" >"$f.out" 2>&1 &
    eval "poll_pid_$1=\$!"
    eval "exec $2>\"\$f.in\""
    echo "SELECT 'connected';" >&"$2"
    for _ in $(seq 500); do grep -q '^connected' "$f.out" && return 0; sleep 0.01; done
    return 1
}
poll_send() {
    cat >&"$2" <<SQL
DO \$\$ BEGIN
    WHILE NOT coalesce(pg_last_wal_replay_lsn() >= '$3'::pg_lsn, false)
          AND clock_timestamp() < now() + interval '60 s' LOOP
        PERFORM pg_sleep(0.001);
    END LOOP;
    PERFORM set_config('rdv.replayed_at', CASE WHEN pg_last_wal_replay_lsn() >= '$3'::pg_lsn
        THEN extract(epoch FROM clock_timestamp())::text ELSE '' END, false);
END \$\$;
SELECT 'replayed_at ' || current_setting('rdv.replayed_at');
\q
SQL
    eval "exec $2>&-"
}
poll_result() {
    local r ms=
    eval "wait \$poll_pid_$1"
    r=$(sed -n 's/^replayed_at //p' "$tmp/poll.$1.out")
    [ -n "$r" ] && ms=$(awk -v a="$r" -v b="$2" 'BEGIN { printf "%.1f", (a - b) * 1000 }')
    eval "$3=\$ms"
}
# slots_digest WHO: count and order-independent hash of every slot row
slots_digest() { q "$1" "SELECT count(*) || ' ' || sum(hashtextextended(s::text, 0)::numeric) FROM rdvmairie.slot s"; }
# searches WHO OUT: the searches of test/scaleout/searches.sql; errors to OUT.err
searches() {
    on "$1" -d "$db" -At -F ' ' -v d1="$d1" -v d2="$d2" -v n="$searches" -f test/scaleout/searches.sql >"$2" 2>"$2.err"
}
differing() { diff "$1" "$2" | grep -c '^>' || true; }

s1p=$(free_port $((pp + 1)))
t0=$(now_ms)
standby_create standby1 "$S1" "$s1p" || { sed 's/^/# /' "$logs/standby1.basebackup"; bail "standby 1 could not be created"; }
streaming standby1; ok $? "standby 1 (port $s1p, slot standby1) streams from the primary"
echo "# standby 1: base backup and start in $(($(now_ms) - t0)) ms, $(du -sh "$S1/data" 2>/dev/null | cut -f1) of data"
is "$(q standby1 "SELECT pg_is_in_recovery()")|$(slots_digest standby1)" "t|$(slots_digest primary)" \
    "standby 1 is a hot standby and holds the primary's slots"

# --- 3. PgBouncer in transaction mode in front of standby 1 ------------------------
bp=$(free_port $((s1p + 1)))
as_root mkdir -p "$B"; as_root chown postgres "$B"
as_postgres tee "$B/pgbouncer.ini" >/dev/null <<INI
[databases]
$db = host=127.0.0.1 port=$s1p dbname=$db user=postgres

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bp
unix_socket_dir = $B
auth_type = any
pool_mode = transaction
default_pool_size = $pool
max_client_conn = 200
admin_users = postgres
ignore_startup_parameters = extra_float_digits
pidfile = $B/pgbouncer.pid
logfile = $B/pgbouncer.log
INI
as_postgres "$PGBOUNCER" -d -q "$B/pgbouncer.ini" || bail "pgbouncer did not start"
for _ in $(seq 100); do q bouncer "SELECT 1" >/dev/null 2>&1 && break; sleep 0.1; done
is "$(q bouncer "SELECT pg_is_in_recovery(), inet_server_port(), current_setting('cluster_name')")" "t|$s1p|standby1" \
    "PgBouncer (port $bp, transaction mode, pool $pool) serves standby 1"
out=$(q bouncer "SELECT * FROM rdvmairie.ingest_meeting_points('ed01', '[]')" 2>&1)
ok "$(echo "$out" | grep -q 'read-only transaction'; echo $?)" "writes through PgBouncer are refused: it is a read-only standby"
echo "$out" | grep -m1 ERROR | sed 's/^/# standby: /'

# --- 4. ingestion on the primary, replication lag, same searches --------------------
searches primary "$logs/primary.0" || { sed 's/^/# /' "$logs/primary.0.err"; bail "searches fail on the primary"; }
digest_before=$(slots_digest primary)
poll_open standby1 7 || bail "cannot connect to standby 1"
res=$(on primary -d "$db" -At -v d0="$d0" -v d_end="$d_end" -v booked=true -f test/scaleout/ingest.sql 2>&1) \
    || { echo "$res" | sed 's/^/# /'; bail "ingestion failed on the primary"; }
read -r ins rem lsn t_commit <<<"$(echo "$res" | tr '|\n' '  ')"
echo "# ingestion 1 on the primary ($d0..$d_end, one slot in four booked): $ins slots inserted, $rem removed, commit at $lsn"
ok "$([ "${ins:-0}" -gt 0 ] && [ "${rem:-0}" -gt 0 ]; echo $?)" "ingestion on the primary inserts and removes slots"
poll_send standby1 7 "$lsn"
poll_result standby1 "$t_commit" lag1
ok "$([ -n "$lag1" ]; echo $?)" "standby 1 replays the ingestion"
echo "# replication lag, commit on the primary to replay on standby 1: ${lag1:-?} ms"
digest_after=$(slots_digest primary)
ok "$([ "$digest_after" != "$digest_before" ] && [ "$(slots_digest bouncer)" = "$digest_after" ]; echo $?)" \
    "the changed slots are visible on standby 1 through PgBouncer (before: $digest_before, after: $digest_after)"

t0=$(now_ms)
searches primary "$logs/primary.1" || { sed 's/^/# /' "$logs/primary.1.err"; bail "searches fail on the primary"; }
t_p=$(($(now_ms) - t0))
t0=$(now_ms)
searches bouncer "$logs/standby1.1"; st=$?
t_s=$(($(now_ms) - t0))
total=$(wc -l < "$logs/primary.1")
ok "$([ $st -eq 0 ] && [ ! -s "$logs/standby1.1.err" ]; echo $?)" "$total searches run on the hot standby through PgBouncer without error"
[ -s "$logs/standby1.1.err" ] && sed 's/^/# /' "$logs/standby1.1.err" | head -10
changed=$(differing "$logs/primary.0" "$logs/primary.1")
nonempty=$(awk '$3 > 0' "$logs/primary.1" | wc -l)
echo "# $total searches (${searches} origins x 3 variants + 5 anonymous API calls) in $t_p ms on the primary, $t_s ms on standby 1 through PgBouncer; $nonempty found slots; the ingestion changed $changed answers"
ok "$([ "$changed" -gt 0 ] && [ "$nonempty" -gt 0 ]; echo $?)" "the ingestion changed answers, so the comparison can tell stale from fresh"
is "$(differing "$logs/primary.1" "$logs/standby1.1")|$(wc -l < "$logs/standby1.1")" "0|$total" \
    "every search returns the same rows on the primary and on standby 1 through PgBouncer"

# --- 5. read benchmark: pgbench -M simple, the same load on the primary and the standby
# bench WHO LABEL: prints "tps mean_ms p99_ms failed" (per-transaction latencies from -l)
bench() {
    local who=$1 label=$2 dir=$logs/bench.$2 target
    mkdir -p "$dir"
    case $who in
        primary) target=(-h "$P" -p "$pp") ;;
        standby1) target=(-h "$S1" -p "$s1p") ;;
        bouncer) target=(-h 127.0.0.1 -p "$bp") ;;
    esac
    (cd "$dir" && "$PGBIN/pgbench" -n -M simple -c "$clients" -j 2 -T "$seconds" -U postgres "${target[@]}" \
        -D origins="$origins" -l --log-prefix=lat -f "$RDV_ROOT/test/scaleout/bench.sql" "$db" >out 2>&1) || { sed 's/^/# /' "$dir/out" | tail -5 >&2; return 1; }
    cat "$dir"/lat.* | awk '{print $3}' | sort -n > "$dir/lat"
    local cnt; cnt=$(wc -l < "$dir/lat")
    [ "$cnt" -gt 0 ] || return 1
    awk -v n="$cnt" -v s="$seconds" '{ sum += $1 } NR == int(n * 0.99) + 1 { p99 = $1 }
        END { printf "%.1f %.3f %.3f\n", n / s, sum / n / 1000, p99 / 1000 }' "$dir/lat"
}
echo "# read benchmark: pgbench -M simple, $clients clients, ${seconds} s, one search_slots per transaction"
printf '# %-34s %9s %9s %9s\n' target tps mean_ms p99_ms
b_bouncer=$(bench bouncer bouncer); st_b=$?
printf '# %-34s %9s %9s %9s\n' "standby 1 through PgBouncer (pool $pool)" $b_bouncer
b_standby=$(bench standby1 standby1); st_s=$?
printf '# %-34s %9s %9s %9s\n' "standby 1 directly" $b_standby
b_primary=$(bench primary primary); st_p=$?
printf '# %-34s %9s %9s %9s\n' "primary directly" $b_primary
ok "$([ $st_b -eq 0 ] && [ $st_s -eq 0 ] && [ $st_p -eq 0 ]; echo $?)" \
    "pgbench runs through PgBouncer (transaction mode, simple protocol) and directly"

# --- 6. standby 2 joins; standby 1 is not touched ------------------------------------
w1=$(q standby1 "SELECT pid || ' ' || pg_postmaster_start_time() FROM pg_stat_wal_receiver")
s2p=$(free_port $((bp + 1)))
t0=$(now_ms)
standby_create standby2 "$S2" "$s2p" || { sed 's/^/# /' "$logs/standby2.basebackup"; bail "standby 2 could not be created"; }
streaming standby2; ok $? "standby 2 (port $s2p, slot standby2) streams from the primary"
echo "# standby 2: base backup and start in $(($(now_ms) - t0)) ms"
is "$(q primary "SELECT string_agg(application_name || ':' || state, ' ' ORDER BY application_name) FROM pg_stat_replication")" \
    "standby1:streaming standby2:streaming" "the primary shows two streaming standbys"
is "$(q standby1 "SELECT pid || ' ' || pg_postmaster_start_time() FROM pg_stat_wal_receiver")" "$w1" \
    "standby 1 kept its server and its WAL receiver (pid and start time unchanged)"
# monitoring sees the topology: the primary its two standbys, a standby its replay lag
is "$(q primary "SELECT status || ' ' || value FROM rdvmairie.health() WHERE check_name = 'standbys'")" "ok 2" \
    "rdvmairie.health() on the primary counts two streaming standbys"
is "$(q standby1 "SELECT string_agg(check_name || '=' || status, ' ' ORDER BY check_name) FROM rdvmairie.health()
                  WHERE check_name IN ('server_role', 'replication_lag', 'standbys')")" "replication_lag=ok server_role=ok" \
    "rdvmairie.health() runs on a hot standby and reports its replay lag as ok"

poll_open standby1 7 && poll_open standby2 8 || bail "cannot connect to the standbys"
res=$(on primary -d "$db" -At -v d0="$d0" -v d_end="$d_end" -v booked=false -f test/scaleout/ingest.sql 2>&1) \
    || { echo "$res" | sed 's/^/# /'; bail "ingestion failed on the primary"; }
read -r ins rem lsn t_commit <<<"$(echo "$res" | tr '|\n' '  ')"
echo "# ingestion 2 on the primary (the booked slots are free again): $ins slots inserted, $rem removed, commit at $lsn"
poll_send standby1 7 "$lsn"; poll_send standby2 8 "$lsn"
poll_result standby1 "$t_commit" lag1b
poll_result standby2 "$t_commit" lag2
echo "# replication lag, commit on the primary to replay: ${lag1b:-?} ms on standby 1, ${lag2:-?} ms on standby 2"
digest=$(slots_digest primary)
is "${ins:-0} $([ -n "$lag1b" ] && [ -n "$lag2" ] && echo replayed)|$(slots_digest standby1)|$(slots_digest standby2)" \
    "${ins:-0} replayed|$digest|$digest" "both standbys replay a second ingestion and hold the primary's slots"
[ "${ins:-0}" -gt 0 ] || echo "# the second ingestion inserted nothing"
searches primary "$logs/primary.2" || { sed 's/^/# /' "$logs/primary.2.err"; bail "searches fail on the primary"; }
searches standby2 "$logs/standby2.2"; st=$?
[ -s "$logs/standby2.2.err" ] && sed 's/^/# /' "$logs/standby2.2.err" | head -10
is "$st|$(differing "$logs/primary.2" "$logs/standby2.2")|$(wc -l < "$logs/standby2.2")" "0|0|$total" \
    "every search returns the same rows on the primary and on standby 2"
searches bouncer "$logs/standby1.2"; st=$?
is "$st|$(differing "$logs/primary.2" "$logs/standby1.2")|$(differing "$logs/primary.1" "$logs/primary.2" | awk '{print ($1 > 0)}')" "0|0|1" \
    "standby 1 through PgBouncer also answers with the second ingestion's slots"

# --- 7. summary ---------------------------------------------------------------------
echo "# summary: replication lag (commit to replay, upper bound) ${lag1:-?} ms and ${lag1b:-?} ms to standby 1, ${lag2:-?} ms to standby 2"
echo "# summary: read tps with $clients clients: $(echo "$b_bouncer" | cut -d' ' -f1) through PgBouncer on standby 1, $(echo "$b_standby" | cut -d' ' -f1) on standby 1 directly, $(echo "$b_primary" | cut -d' ' -f1) on the primary directly"
echo "# total time $(( ($(now_ms) - t_start) / 1000 )) s"
[ "$n" -eq 18 ] || echo "# ran $n tests, planned 18"

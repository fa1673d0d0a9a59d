#!/usr/bin/env bash
# Faults (issue #9): a backend killed with kill -9 in the middle of an ingestion
# and of a feed refresh, a full disk and out of memory under the ingestion and the
# duplicate_groups aggregate.  Prints TAP, with what it measured on '# ' lines.
#
# It kills backends and sets resource limits on them, so it runs on its OWN
# throwaway cluster (lib.sh's cluster_start on a free port), never on the suite's
# shared one, and removes it on exit.  Techniques:
#   - kill -9: the backend's pid from pg_stat_activity once it has written
#     (backend_xid set); the postmaster's crash recovery; fingerprints (counts and
#     md5 of the slot and window rows, test/faults/setup.sql) before and after.
#   - full disk: RLIMIT_FSIZE lowered (prlimit) on the ingesting backend only:
#     PostgreSQL ignores SIGXFSZ, so extending a relation file past the limit
#     fails with EFBIG ("File too large").  The limit is above 16 MB, the WAL
#     segment size, since a failed WAL write is a PANIC.  When this machine lets
#     us mount a tmpfs, also a true ENOSPC: the slot table moved to a tablespace
#     on an 8 MB tmpfs.  And temp_file_limit on a GROUP BY that spills.
#   - out of memory: RLIMIT_AS lowered (prlimit) on the backend under test to its
#     current size plus a share of what the same statement needed in an
#     unlimited session, so palloc fails inside the aggregate's transition
#     function, its final function, and the ingestion.
# Needs root or sudo (the server runs as the postgres user), like scripts/test.sh.
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
install_packages >/dev/null

n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
is() { n=$((n + 1)); if [ "$1" = "$2" ]; then echo "ok $n - $3"; else echo "not ok $n - $3"; echo "#   got: '$1'"; echo "#  want: '$2'"; fi; }
note() { printf '%s\n' "$@" | sed 's/^/# /'; }
bail() { echo "Bail out! $*"; exit 1; }
echo "1..25"
t_start=$(date +%s%N)

work=$(mktemp -d /tmp/rdvmairie-faults.XXXXXX)       # ours: mock data, outputs
cdir=$(mktemp -d /tmp/rdvmairie-faults-pg.XXXXXX)    # the cluster's (owned by postgres)
mock="" bgpid="" tmpfs=""
cleanup() {
    [ -n "$bgpid" ] && kill "$bgpid" 2>/dev/null
    [ -n "$mock" ] && kill "$mock" 2>/dev/null
    cluster_stop "$cdir"
    [ -n "$tmpfs" ] && as_root umount "$tmpfs" 2>/dev/null
    as_root rm -rf "$cdir"
    rm -rf "$work"
}
trap cleanup EXIT

psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
q() { local db=$1; shift; psql_ -d "$db" -At -c "$1"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
serverlog() { as_postgres cat "$cdir/server.log"; }
restarts() { serverlog | grep -c 'all server processes terminated; reinitializing'; }
limit=$PWD/test/faults/limit.sh

# wait_recovered RESTARTS_BEFORE: the postmaster noticed the crash, reinitialised,
# and accepts connections again.  Prints the milliseconds it took.
wait_recovered() {
    local before=$1 t0 i
    t0=$(date +%s%N)
    for i in $(seq 600); do
        if [ "$(restarts)" -gt "$before" ] && q postgres "SELECT 1" >/dev/null 2>&1; then
            ms_since "$t0"; return 0
        fi
        sleep 0.05
    done
    return 1
}

cluster_start "$cdir" "$(free_port 57432)" postgres || bail "the throwaway cluster did not start"
# a backend crash loses WAL still in wal_buffers: commits must reach the kernel
# (the suite's cluster runs with synchronous_commit = off)
q postgres "ALTER SYSTEM SET synchronous_commit = on" >/dev/null
q postgres "SELECT pg_reload_conf()" >/dev/null
postmaster=$(as_postgres head -1 "$cdir/data/postmaster.pid")
note "throwaway cluster on port $PGPORT, postmaster $postmaster"

newdb() {
    q postgres "CREATE DATABASE $1" >/dev/null || bail "CREATE DATABASE $1"
    psql_ -d "$1" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE" >/dev/null \
        || bail "CREATE EXTENSION in $1"
    load_scenario "$1" || bail "scenario in $1"
    psql_ -d "$1" -f test/faults/setup.sql >/dev/null || bail "test/faults/setup.sql"
}

# ---------------------------------------------------------------------------
# 1. kill -9 in the middle of an ingestion
# ---------------------------------------------------------------------------
db=faults
newdb $db
# 45 days from two days ahead: no slot of the payloads can become past while the test runs
d0=$(q $db "SELECT current_date + 2")
d1=$(q $db "SELECT current_date + 46")
t0=$(date +%s%N)
psql_ -d $db >/dev/null <<SQL || bail "loading the scenario"
SET client_min_messages = warning;
SELECT * FROM rdvmairie_scenario.install(600, 4);
-- the vendors' CNI feeds over 45 days, and their PASSPORT feeds to send as CNI:
-- another snapshot of the same windows, so that ingesting it changes the data
CREATE TABLE faults.pay_cni AS
SELECT editor_id, rdvmairie_scenario.slots_payload(editor_id, '$d0', '$d1', 'CNI', 1, false) AS p
FROM rdvmairie_scenario.vendor;
CREATE TABLE faults.pay_other AS
SELECT editor_id, rdvmairie_scenario.slots_payload(editor_id, '$d0', '$d1', 'PASSPORT', 1, false) AS p
FROM rdvmairie_scenario.vendor;
SELECT count(*) FROM faults.pay_cni x CROSS JOIN LATERAL rdvmairie.ingest_slots(x.editor_id, x.p, '$d0', '$d1') r;
SQL
note "scenario: $(q $db "SELECT count(*) || ' vendors, ' || (SELECT count(*) FROM rdvmairie.meeting_point) || ' meeting points, ' || (SELECT count(*) FROM rdvmairie.slot) || ' slots stored, '
     || pg_size_pretty(pg_relation_size('rdvmairie.slot')) || ' heap + ' || pg_size_pretty(pg_indexes_size('rdvmairie.slot')) || ' index; new payloads '
     || (SELECT pg_size_pretty(sum(octet_length(p::text))) FROM faults.pay_other) || ' of JSON' FROM rdvmairie.editor") (set up in $(ms_since "$t0") ms)"

ingest="SELECT faults.report_line(array_agg(r)) FROM faults.pay_other x
        CROSS JOIN LATERAL rdvmairie.ingest_slots(x.editor_id, x.p, '$d0', '$d1') r"
# what a clean ingestion gives, from the same data: run it and roll it back
t0=$(date +%s%N)
ref=$(psql_ -d $db -At -c "BEGIN" -c "$ingest" -c "SELECT faults.fingerprint(NULL, false)" -c "ROLLBACK")
clean_ms=$(ms_since "$t0")
ref_report=$(echo "$ref" | sed -n 1p) ref_print=$(echo "$ref" | sed -n 2p)
note "clean ingestion (rolled back): $clean_ms ms, $ref_report"
before=$(q $db "SELECT faults.fingerprint()")
size0=$(q $db "SELECT pg_relation_size('rdvmairie.slot') + pg_indexes_size('rdvmairie.slot')")

r0=$(restarts)
PGAPPNAME=faults_ingest psql_ -d $db -At -c "$ingest" >"$work/ingest.out" 2>&1 &
bgpid=$!
t0=$(date +%s%N)
pid="" wrote="" ran=0 grown=0
for _ in $(seq 1500); do
    # active, has written (a transaction id is assigned at the first write), for 300 ms
    # active, has written: a transaction id is assigned at its first write, and
    # its new row versions extend the slot table (or, late in a slow run, 60% in)
    IFS='|' read -r pid wrote ran grown < <(q $db "SELECT pid, backend_xid IS NOT NULL, (extract(epoch FROM clock_timestamp() - query_start) * 1000)::int,
        pg_relation_size('rdvmairie.slot') + pg_indexes_size('rdvmairie.slot') - $size0
        FROM pg_stat_activity WHERE application_name = 'faults_ingest' AND state = 'active'")
    if [ "$wrote" = t ] && { [ "${grown:-0}" -gt 0 ] || [ "${ran:-0}" -ge $((clean_ms * 6 / 10)) ]; }; then break; fi
    kill -0 "$bgpid" 2>/dev/null || break
    sleep 0.02
done
[ -n "$pid" ] && [ "$wrote" = t ] && as_postgres kill -KILL "$pid"
wait "$bgpid"; st=$?; bgpid=""
ok "$([ "$wrote" = t ] && [ $st -ne 0 ] && grep -q 'server closed the connection unexpectedly' "$work/ingest.out"; echo $?)" \
   "kill -9 hit the ingestion mid-way: after it had written, before it finished"
note "killed backend $pid after ${ran} ms of a ${clean_ms} ms ingestion; its uncommitted writes had grown the slot table and index by $((${grown:-0} / 1024)) kB" \
     "client: $(grep -m1 -v '^$' "$work/ingest.out")"
rec=$(wait_recovered "$r0")
ok "$([ -n "$rec" ] && serverlog | grep -q "server process (PID $pid) was terminated by signal 9"; echo $?)" \
   "the postmaster ran crash recovery and accepts connections again"
note "recovered in ${rec:-?} ms after the kill"
is "$(q $db "SELECT faults.fingerprint()")" "$before" "after recovery the stored slots and windows are exactly those before the killed ingestion"
t0=$(date +%s%N)
again=$(q $db "$ingest")
note "the same ingestion again: $(ms_since "$t0") ms, $again"
is "$again / $(q $db "SELECT faults.fingerprint(NULL, false)")" "$ref_report / $ref_print" \
   "the same ingestion then completes with exactly the result of a clean ingestion"

# ---------------------------------------------------------------------------
# 2. kill -9 in the middle of a feed refresh
# ---------------------------------------------------------------------------
fdb=faults_feeds
newdb $fdb
make -s -C test/mock_vendor >/dev/null || bail "building the mock vendor server"
today=$(q $fdb "SELECT current_date")
asof=$(q $fdb "SELECT now() + interval '1 hour'")   # no served slot becomes past during the test
q $fdb "SET client_min_messages = warning; SELECT rdvmairie_scenario.generate(0.42, 160, 6)" >/dev/null
MOCK_START=$today MOCK_AS_OF=$asof bash test/mock_vendor/export.sh $fdb "$work/mock" 30 >/dev/null || bail "export.sh"
vendors=($(q $fdb "SELECT editor_id FROM rdvmairie_scenario.vendor ORDER BY editor_id"))
slow=("${vendors[@]:0:3}") fast=("${vendors[@]:3}")
# the previous data: what the vendors served before, two slots out of three
for v in "${vendors[@]}"; do
    mv "$work/mock/$v/slots.tsv" "$work/mock/$v/slots.full"
    awk 'NR % 3 != 0' "$work/mock/$v/slots.full" > "$work/mock/$v/.slots.tsv.tmp"
    mv "$work/mock/$v/.slots.tsv.tmp" "$work/mock/$v/slots.tsv"
done
test/mock_vendor/mock_vendor --port 0 --data "$work/mock" >"$work/mock.out" 2>"$work/mock.err" &
mock=$!
for _ in $(seq 50); do grep -q listening "$work/mock.out" && break; sleep 0.1; done
mport=$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\).*/\1/p' "$work/mock.out")
[ -n "$mport" ] || bail "the mock vendor server did not start"
psql_ -d $fdb >/dev/null <<SQL || bail "vendors"
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc, reasons)
SELECT editor_id, name, 'http://127.0.0.1:$mport/' || editor_id, auth_token, sends_utc, '{CNI}'
FROM rdvmairie_scenario.vendor;
ALTER DATABASE $fdb SET rdvmairie.fetch_window_days = 30;
ALTER DATABASE $fdb SET rdvmairie.fetch_split_days = 15;
SQL
refresh="CALL rdvmairie.refresh_feeds(NULL, 'all')"
psql_ -d $fdb -c "$refresh" >/dev/null 2>&1
note "previous data: $(q $fdb "SELECT count(*) || ' slots of ' || (SELECT count(*) FROM rdvmairie.meeting_point) || ' meeting points, ' || (SELECT count(*) FROM rdvmairie.feed_run WHERE error IS NOT NULL) || ' failed requests' FROM rdvmairie.slot")"
declare -A prev
for v in "${slow[@]}"; do prev[$v]=$(q $fdb "SELECT faults.fingerprint('$v')"); done
run0=$(q $fdb "SELECT max(run_started_at) FROM rdvmairie.feed_run")
# now the vendors serve all their slots, three of them 3 s late
for v in "${vendors[@]}"; do mv "$work/mock/$v/slots.full" "$work/mock/$v/slots.tsv"; done
for v in "${slow[@]}"; do echo "slow 3000" > "$work/mock/$v/mode"; done
list() { local IFS=,; echo "'{$*}'"; }

r0=$(restarts)
PGAPPNAME=faults_refresh psql_ -d $fdb -c "$refresh" >"$work/refresh.out" 2>&1 &
bgpid=$!
t0=$(date +%s%N)
pid="" done_fast=0 done_slow=0
for _ in $(seq 600); do
    # the fast vendors' slots are committed (feed_run rows of this run are visible)
    IFS='|' read -r pid done_fast done_slow < <(q $fdb "SELECT (SELECT pid FROM pg_stat_activity WHERE application_name = 'faults_refresh' AND state = 'active'),
        count(DISTINCT editor_id) FILTER (WHERE editor_id = ANY ($(list "${fast[@]}"))),
        count(DISTINCT editor_id) FILTER (WHERE editor_id = ANY ($(list "${slow[@]}")))
        FROM rdvmairie.feed_run WHERE feed = 'slots' AND run_started_at > '$run0'")
    [ "$done_fast" = "${#fast[@]}" ] && break
    kill -0 "$bgpid" 2>/dev/null || break
    sleep 0.05
done
killed_at=$(ms_since "$t0")
[ -n "$pid" ] && as_postgres kill -KILL "$pid"
wait "$bgpid"; st=$?; bgpid=""
ok "$([ -n "$pid" ] && [ "$done_fast" = "${#fast[@]}" ] && [ "$done_slow" = 0 ] && [ $st -ne 0 ] && grep -q 'server closed the connection unexpectedly' "$work/refresh.out"; echo $?)" \
   "kill -9 hit refresh_feeds mid-run: ${#fast[@]} fast vendors committed, ${#slow[@]} slow ones not yet"
note "killed backend $pid ${killed_at} ms into the refresh (fast vendors committed: $done_fast, slow: $done_slow)"
rec=$(wait_recovered "$r0")
ok "$([ -n "$rec" ] && serverlog | grep -q "server process (PID $pid) was terminated by signal 9"; echo $?)" \
   "the postmaster ran crash recovery and accepts connections again"
note "recovered in ${rec:-?} ms after the kill"
got="" want=""
for v in "${slow[@]}"; do got+="$v: $(q $fdb "SELECT faults.fingerprint('$v')"); "; want+="$v: ${prev[$v]}; "; done
is "$got" "$want" "the slow vendors, killed before their commit, have exactly their previous slots and windows"

truth() {  # truth VENDORS: (meeting point, start, callback) the vendors serve now
    echo "SELECT m.meeting_point_id, e.starts_at, e.callback_url
          FROM unnest($1::text[]) v(editor_id)
          CROSS JOIN LATERAL rdvmairie_scenario.expected_slots(v.editor_id, '$today', '$today'::date + 29, 'CNI', 1, '$asof') e
          JOIN rdvmairie.meeting_point m ON m.editor_id = v.editor_id AND m.external_id = e.external_id"
}
stored() {
    echo "SELECT s.meeting_point_id, s.starts_at, s.callback_url FROM rdvmairie.slot s
          JOIN rdvmairie.meeting_point m USING (meeting_point_id) WHERE m.editor_id = ANY ($1::text[])"
}
same_as_served() {  # prints: stored count, missing, extra
    q $fdb "SELECT (SELECT count(*) FROM ($(stored "$1")) a) || ' stored, '
             || (SELECT count(*) FROM ($(truth "$1") EXCEPT $(stored "$1")) b) || ' missing, '
             || (SELECT count(*) FROM ($(stored "$1") EXCEPT $(truth "$1")) c) || ' extra'"
}
s=$(same_as_served "$(list "${fast[@]}")")
ok "$(echo "$s" | grep -Eq '^[1-9][0-9]* stored, 0 missing, 0 extra$'; echo $?)" \
   "the fast vendors' slots committed before the kill survived it: exactly what they serve now ($s)"

killed_run=$(q $fdb "SELECT max(run_started_at) FROM rdvmairie.feed_run")
planned() {  # requests one vendor's run makes: one meeting point list, ceil(points / 20) batches x 2 windows of 15 days
    q $fdb "SELECT string_agg(editor_id || ' mp ' || 1 || ' slots ' || CASE WHEN editor_id = ANY ($1) THEN 0 ELSE ceil(n / 20.0)::int * 2 END, ', ' ORDER BY editor_id)
            FROM (SELECT editor_id, count(*) FILTER (WHERE online) AS n FROM rdvmairie.meeting_point GROUP BY 1) x"
}
recorded=$(q $fdb "SELECT string_agg(editor_id || ' mp ' || mp || ' slots ' || sl, ', ' ORDER BY editor_id)
    FROM (SELECT e.editor_id, count(*) FILTER (WHERE r.feed = 'meeting_points') AS mp, count(*) FILTER (WHERE r.feed = 'slots') AS sl
          FROM rdvmairie.editor e LEFT JOIN rdvmairie.feed_run r ON r.editor_id = e.editor_id AND r.run_started_at = '$killed_run'
          GROUP BY 1) x")
is "$recorded" "$(planned "$(list "${slow[@]}")")" \
   "feed_run of the killed run is whole per commit: every vendor's meeting point list, all of a fast vendor's slot requests, none of a slow one's"
note "feed_run of the killed run: $recorded"
health=$(q $fdb "SELECT count(*) FILTER (WHERE h.last_run_at >= r.last_started AND h.consecutive_failures = 0 AND h.open_until IS NULL AND h.last_error IS NULL)
                 || ' of ' || count(*)
    FROM rdvmairie.feed_health h JOIN (SELECT editor_id, max(started_at) AS last_started FROM rdvmairie.feed_run GROUP BY 1) r USING (editor_id)")
is "$health" "${#vendors[@]} of ${#vendors[@]}" \
   "feed_health agrees with feed_run: each vendor's health was committed with its last requests, no failure counted"
q $fdb "SELECT editor_id, last_run_at > '$killed_run' AS in_killed_run, consecutive_failures,
               (SELECT max(feed) FROM rdvmairie.feed_run r WHERE r.editor_id = h.editor_id AND r.run_started_at = '$killed_run' AND r.feed = 'slots') IS NOT NULL AS slots_committed
        FROM rdvmairie.feed_health h ORDER BY 1" | sed 's/^/# feed_health: /'

for v in "${slow[@]}"; do echo ok > "$work/mock/$v/mode"; done
t0=$(date +%s%N)
psql_ -d $fdb -c "$refresh" >"$work/refresh2.out" 2>&1; st=$?
note "the next refresh: $(ms_since "$t0") ms"
last=$(q $fdb "SELECT count(DISTINCT editor_id) FILTER (WHERE feed = 'slots') || ' vendors fetched, ' || count(*) FILTER (WHERE error IS NOT NULL) || ' errors'
               FROM rdvmairie.feed_run WHERE run_started_at > '$killed_run'")
is "$st / $last" "0 / ${#vendors[@]} vendors fetched, 0 errors" "the next refresh completes with every vendor fetched"
s=$(same_as_served "$(list "${vendors[@]}")")
ok "$(echo "$s" | grep -Eq '^[1-9][0-9]* stored, 0 missing, 0 extra$'; echo $?)" \
   "after it every vendor's stored slots are exactly what it serves ($s)"
kill "$mock" 2>/dev/null; wait "$mock" 2>/dev/null; mock=""

# ---------------------------------------------------------------------------
# 3. a full disk under the ingestion, temporary files of the aggregate
# ---------------------------------------------------------------------------
# small previous data in new, small relation files
psql_ -d $db >/dev/null <<SQL || bail "disk: previous data"
TRUNCATE rdvmairie.slot, rdvmairie.slot_window;
SELECT count(*) FROM rdvmairie_scenario.vendor v CROSS JOIN LATERAL rdvmairie.ingest_slots(v.editor_id,
    rdvmairie_scenario.slots_payload(v.editor_id, '$d0', '$d0'::date + 4, 'CNI', 1, false), '$d0', '$d0'::date + 4) r;
SQL
before=$(q $db "SELECT faults.fingerprint()")
# both feeds, CNI and PASSPORT: about 70 MB of table and index, each file past 24 MB
big="SELECT faults.report_line(array_agg(r))
     FROM (SELECT editor_id, p, 'CNI' AS reason FROM faults.pay_cni UNION ALL SELECT editor_id, p, 'PASSPORT' FROM faults.pay_other) x
     CROSS JOIN LATERAL rdvmairie.ingest_slots(x.editor_id, x.p, '$d0', '$d1', x.reason) r"
fsize=$((24 * 1024 * 1024))
r0=$(restarts)
out=$(psql_ -d $db -At -v ON_ERROR_STOP=0 2>&1 <<SQL
\set VERBOSITY verbose
SELECT pg_backend_pid() AS pid \gset
\setenv RDV_PID :pid
\! "$limit" \$RDV_PID fsize $fsize >/dev/null
$big;
SELECT 'alive ' || (pg_backend_pid() = :pid)::text;
SQL
)
err=$(echo "$out" | grep -m1 'ERROR:')
ok "$(echo "$err" | grep -Eq 'could not (extend|write).*File too large'; echo $?)" \
   "a file-size limit (24 MB, on the backend): the ingestion fails with a clear error"
note "$(echo "$out" | grep -E 'ERROR:|HINT:|LOCATION:' | sed 's/^psql:[^:]*:[0-9]*: //')"
node=$(echo "$err" | sed -n 's/.*file "base\/[0-9]*\/\([0-9]*\)[^"]*".*/\1/p')
[ -n "$node" ] && note "that file is $(q $db "SELECT pg_filenode_relation(0, $node)")"
is "$(echo "$out" | grep '^alive') / $(restarts)" "alive true / $r0" "the same session's next query works, and the cluster did not restart"
is "$(q $db "SELECT faults.fingerprint()")" "$before" "the previous data is intact"

# a true ENOSPC when we may mount a tmpfs: the slot table on an 8 MB tablespace
as_root mkdir -p "$cdir/full"
if as_root mount -t tmpfs -o size=8m,mode=0700 tmpfs "$cdir/full" 2>/dev/null; then
    tmpfs=$cdir/full
    as_root chown postgres "$tmpfs"
    out=$(psql_ -d $db -At -v ON_ERROR_STOP=0 2>&1 <<SQL
VACUUM FULL rdvmairie.slot;
CREATE TABLESPACE faults_full LOCATION '$tmpfs';
ALTER TABLE rdvmairie.slot SET TABLESPACE faults_full;
ALTER INDEX rdvmairie.slot_pkey SET TABLESPACE faults_full;
\set VERBOSITY verbose
$big;
\set VERBOSITY default
SELECT 'alive';
SELECT 'intact ' || (faults.fingerprint() = '$before')::text;
ALTER TABLE rdvmairie.slot SET TABLESPACE pg_default;
ALTER INDEX rdvmairie.slot_pkey SET TABLESPACE pg_default;
DROP TABLESPACE faults_full;
SQL
)
    ok "$(echo "$out" | grep -q 'ERROR:  53100: could not extend file' && echo "$out" | grep -q '^alive' && echo "$out" | grep -qx 'intact true'; echo $?)" \
       "a full tmpfs tablespace: the ingestion fails with 53100 (disk full), the session lives on, the previous data is intact"
    note "$(echo "$out" | grep -E 'ERROR:|HINT:' | sed 's/^psql:[^:]*:[0-9]*: //')"
else
    n=$((n + 1)); echo "ok $n # SKIP no permission to mount a tmpfs here: the file-size limit above stands for a full disk"
fi

# duplicate_groups keeps its state in memory and writes no file itself; its only
# disk use is the executor's: a GROUP BY whose hash table outgrows work_mem spills
# input rows to temporary files, which temp_file_limit caps
psql_ -d $db >/dev/null <<SQL || bail "appointments"
CREATE TABLE faults.appt AS
SELECT i AS ref, upper(left(md5((i % 90000)::text), 10)) AS application_id, 'Jean Dupont' AS name, i % 10000 AS grp
FROM generate_series(1, 100000) i;
ANALYZE faults.appt;
SQL
groups="SELECT md5(string_agg(grp || ':' || x::text, ';' ORDER BY grp)) FROM
        (SELECT grp, rdvmairie.duplicate_groups(ref, application_id, name) AS x FROM faults.appt GROUP BY grp) t"
inmem=$(psql_ -d $db -At -c "SET work_mem = '256MB'" -c "$groups")
out=$(psql_ -d $db -At -v ON_ERROR_STOP=0 2>&1 <<SQL
SET max_parallel_workers_per_gather = 0;
SET enable_sort = off;
SET work_mem = '1MB';
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT grp, rdvmairie.duplicate_groups(ref, application_id, name) FROM faults.appt GROUP BY grp;
$groups;
\set VERBOSITY verbose
SET temp_file_limit = '512kB';
$groups;
SELECT 'alive';
SQL
)
spill=$(echo "$out" | grep -m1 -o 'Batches: [0-9]*.*Disk Usage: [0-9]*kB')
ok "$([ -n "$spill" ] && echo "$out" | grep -qx "$inmem"; echo $?)" \
   "GROUP BY with duplicate_groups spilled to temporary files gives the in-memory answer"
note "hash aggregate with work_mem 1MB: ${spill:-no spill}"
ok "$(echo "$out" | grep -q 'ERROR:  53400: temporary file size exceeds temp_file_limit' && echo "$out" | grep -q '^alive'; echo $?)" \
   "the same GROUP BY under temp_file_limit = 512kB fails with 53400 and the session lives on"
note "$(echo "$out" | grep -E 'ERROR:' | sed 's/^psql:[^:]*:[0-9]*: //')"

# ---------------------------------------------------------------------------
# 4. out of memory in the aggregate and in the ingestion
# ---------------------------------------------------------------------------
# measure: how much address space a fresh backend's statement needs, unlimited
peak() {  # peak WARMUP STATEMENT: kB the backend grew by, at its peak, during the statement
    psql_ -d $db -At >/dev/null <<SQL
SET max_parallel_workers_per_gather = 0;
$1;
SELECT pg_backend_pid() AS pid \gset
\setenv RDV_PID :pid
\! awk '/^VmSize:/ { print \$2 }' /proc/\$RDV_PID/status > "$work/vm0"
BEGIN;
$2;
ROLLBACK;
\! awk '/^VmPeak:/ { print \$2 }' /proc/\$RDV_PID/status > "$work/vm1"
SQL
    echo $(( $(cat "$work/vm1") - $(cat "$work/vm0") ))
}
# limited SHARE_PERCENT WARMUP STATEMENT: the statement in a fresh backend whose
# address space may grow by that share of what it needed; then the same session goes on
limited() {
    psql_ -d $db -At -v ON_ERROR_STOP=0 2>&1 <<SQL
SET max_parallel_workers_per_gather = 0;
$2;
\set VERBOSITY verbose
SELECT pg_backend_pid() AS pid \gset
\setenv RDV_PID :pid
\! "$limit" \$RDV_PID as +$(( need * $1 / 100 )) >/dev/null
$3;
SELECT 'alive ' || (pg_backend_pid() = :pid)::text;
\! "$limit" \$RDV_PID as off >/dev/null
$4
SQL
}
oom_ok() { echo "$1" | grep -q 'ERROR:  53200: out of memory' && echo "$1" | grep -qx 'alive true'; echo $?; }
oom_note() { note "$(echo "$1" | grep -E 'ERROR:|DETAIL:' | sed 's/^psql:[^:]*:[0-9]*: //')"; }

warm="SELECT rdvmairie.duplicate_groups(1, 'AB12CD34EF', 'x') IS NULL"
million="SELECT cardinality(rdvmairie.duplicate_groups(i, upper(left(md5((i % 900000)::text), 10)), 'Jean Dupont'))
         FROM (SELECT generate_series(1, 1000000) AS i) s"
small="SELECT count(*) || ' ' || md5(string_agg(x::text, ';')) FROM (SELECT rdvmairie.duplicate_groups(ref, application_id, name) AS x FROM faults.appt) t"
t0=$(date +%s%N)
need=$(peak "$warm" "$million")
note "duplicate_groups over 1,000,000 rows, unlimited: ${need} kB of address space at its peak, $(ms_since "$t0") ms"
expected=$(q $db "$small")
out=$(limited 15 "$warm" "$million" "$small;")
ok "$(oom_ok "$out")" "out of memory while duplicate_groups accumulates rows (15% of what it needs): 53200, the session lives on"
oom_note "$out"
out2=$(limited 55 "$warm" "$million" "$small;")
ok "$(oom_ok "$out2")" "out of memory in duplicate_groups' final function (55% of what it needs): 53200, the session lives on"
oom_note "$out2"
is "$(echo "$out" | tail -1) / $(echo "$out2" | tail -1)" "$expected / $expected" \
   "with the limit lifted, the same sessions compute duplicate_groups right"

top=$(q $db "SELECT editor_id FROM faults.pay_cni ORDER BY pg_column_size(p) DESC LIMIT 1")
one="SELECT * FROM rdvmairie.ingest_slots('$top', (SELECT p FROM faults.pay_cni WHERE editor_id = '$top'), '$d0', '$d1')"
# the warm-up does not load the meeting points' time zones: running out of memory
# while one loads must be reported as out of memory too
warm="SELECT received FROM rdvmairie.ingest_slots('$top', '{}', '$d0', '$d1')"
before=$(q $db "SELECT faults.fingerprint()")
need=$(peak "$warm" "$one")
note "ingest_slots of $top's feed ($(q $db "SELECT pg_size_pretty(octet_length(p::text)::bigint) FROM faults.pay_cni WHERE editor_id = '$top'") of JSON), unlimited: ${need} kB at its peak"
# a sweep of limits, each in a fresh backend: where memory runs out moves through
# the ingestion (below ~60% it is the payload's detoasting, before any of its code)
lived=0 clear=0 tries=0 unclear=""
for pct in 62 66 70 74 78 82 86 90 94 98; do
    out=$(limited $pct "$warm" "$one" "SELECT 'intact ' || (faults.fingerprint() = '$before')::text;")
    err=$(echo "$out" | grep -m1 'ERROR:' | sed 's/^psql:[^:]*:[0-9]*: //')
    tries=$((tries + 1))
    [ -n "$err" ] && echo "$out" | grep -qx 'alive true' && echo "$out" | grep -qx 'intact true' && lived=$((lived + 1))
    if echo "$err" | grep -q 'ERROR:  53200: out of memory'; then clear=$((clear + 1)); else unclear+=" ${pct}%: ${err:-no error};"; fi
    note "${pct}%: ${err:-no error} $(echo "$out" | grep -m1 'DETAIL:')"
done
is "$lived of $tries" "$tries of $tries" \
   "out of memory in ingest_slots at $tries limits (62% to 98% of what it needs): it fails, the session lives on, the previous data is intact"
is "$clear of $tries${unclear:+ (}${unclear# }${unclear:+)}" "$tries of $tries" \
   "each of those failures is reported as out of memory (53200)"
out=$(psql_ -d $db -At -v ON_ERROR_STOP=0 -c "SET rdvmairie.max_payload_size = '1MB'" -c "\\set VERBOSITY verbose" -c "$one" 2>&1)
ok "$(echo "$out" | grep -q 'ERROR:  54000: payload of'; echo $?)" \
   "rdvmairie.max_payload_size refuses a larger payload before reading it (54000)"
note "$(echo "$out" | grep -E 'ERROR:' | sed 's/^psql:[^:]*:[0-9]*: //')"

note "all cases took $(( $(ms_since "$t_start") / 1000 )) s"

# ---------------------------------------------------------------------------
# the two kills were the only crashes
# ---------------------------------------------------------------------------
crashes=$(serverlog | grep -cE 'terminated by signal|was terminated by exception|PANIC:')
is "$crashes / $(restarts) / $(as_postgres head -1 "$cdir/data/postmaster.pid") / $(q postgres "SELECT 'up'")" "2 / 2 / $postmaster / up" \
   "the server log shows exactly the two backends killed on purpose: no other crash, no PANIC, the postmaster never restarted"

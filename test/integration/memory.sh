#!/usr/bin/env bash
# Memory: many calls of search_slots and of ingest_slots in one session must leave
# the backend's memory flat. One psql session sends one statement per call, as a
# client does (each ingestion commits), and samples pg_backend_memory_contexts (the
# session's own contexts, TopMemoryContext down) every tenth of the run; the end of
# the run is compared with its start once warmed up: a leak of a few bytes per call
# shows as growth proportional to the calls.
#
#   bash test/integration/memory.sh          # short form (test suite): 20,000 calls of each
#   bash test/integration/memory.sh --long   # a million calls of each
# Prints TAP. In the suite (RDV_TEST_DB set) it uses the suite's cluster; run by hand
# it builds the extension and starts a throwaway cluster.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${RDV_TEST_DB:-}" ]; then
    source scripts/lib.sh
    bench_cluster
fi
bin=${PGBIN:-/usr/lib/postgresql/15/bin}
searches=20000 ingests=20000
if [ "${1:-}" = "--long" ]; then searches=1000000 ingests=1000000; fi
db=rdvmairie_memory_$$   # its own database: runs never share one
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
q() { psql -d "$db" -At -c "$*"; }
source test/tap.sh
echo "1..6"
trap 'psql -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; [ -n "${RDV_TEST_DB:-}" ] || bench_cleanup' EXIT
psql -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
psql -d "$db" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE" >/dev/null
psql -d "$db" -f test/scenario/load.sql >/dev/null
psql -d "$db" -f test/scenario/sample.sql >/dev/null

# the session's memory, in bytes, and the largest contexts (printed on failure)
psql -d "$db" >/dev/null <<'SQL'
CREATE TABLE memory_sample (kind text, calls bigint, bytes bigint, top text);
CREATE FUNCTION sample_memory(kind text, calls bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO memory_sample
    SELECT kind, calls, sum(total_bytes),
           (SELECT string_agg(name || '=' || total_bytes, ' ' ORDER BY total_bytes DESC)
            FROM (SELECT name, total_bytes FROM pg_backend_memory_contexts ORDER BY total_bytes DESC LIMIT 6) t)
    FROM pg_backend_memory_contexts
$$;
-- origins where meeting points are, a few km off
CREATE TABLE origin AS
SELECT row_number() OVER () AS id, longitude + (random() - 0.5) * 0.2 AS lon, latitude + (random() - 0.5) * 0.2 AS lat
FROM rdvmairie.meeting_point;
SQL

# flat KIND CALLS: compares the samples of the last half with those of the first
# half after warm-up (the first tenth); prints the series
flat() {
    local kind=$1 calls=$2
    q "SELECT string_agg(calls || ':' || round(bytes / 1024.0) || 'kB', ' ' ORDER BY calls) FROM memory_sample WHERE kind = '$kind'" | sed 's/^/# memory after calls: /'
    # growth between the warm-up sample and the last one, per call; tolerance: a
    # few blocks of the contexts reset at each call (their size follows the answer)
    IFS='|' read -r msg st <<< "$(q "WITH s AS (SELECT * FROM memory_sample WHERE kind = '$kind'),
            a AS (SELECT max(bytes) AS b FROM s WHERE calls BETWEEN $calls / 10 AND $calls / 2),
            z AS (SELECT max(bytes) AS b FROM s WHERE calls > $calls / 2)
       SELECT format('%s kB growth from %s to %s calls (%s bytes per call)', round((z.b - a.b) / 1024.0, 1),
                     $calls / 10, $calls, round((z.b - a.b)::numeric / ($calls * 0.9), 3)),
              CASE WHEN a.b IS NULL OR z.b IS NULL THEN 2 WHEN z.b - a.b <= 65536 THEN 0 ELSE 1 END
       FROM a, z")"
    echo "# $kind: $msg"
    echo "$st"
}

# calls N KIND FORMAT: N statements built from FORMAT (each %d becomes the call number) through
# one psql session, with a memory sample every tenth; prints the elapsed ms
calls() {
    local start=$(date +%s%N)
    awk -v n="$1" -v kind="$2" -v f="$3" 'BEGIN { for (i = 1; i <= n; i++) {
        s = f; gsub(/%d/, i, s); print s; if (i % (n / 10) == 0) printf "SELECT sample_memory(\047%s\047, %d);\n", kind, i } }' \
        | psql -d "$db" -o /dev/null || echo "# the $2 session failed"
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

# searches from origins spread over the meeting points
origins=$(q "SELECT count(*) FROM origin")
q "ALTER DATABASE $db SET rdvmairie.slot_max_age = '1d'" >/dev/null
ms=$(calls "$searches" search "SELECT count(*) FROM origin o, rdvmairie.search_slots(o.lon, o.lat, current_date, current_date + 29) WHERE o.id = 1 + %d % $origins;")
echo "# $searches searches in one session: $ms ms"
found=$(q "SELECT count(*) FROM origin o, rdvmairie.search_slots(o.lon, o.lat, current_date, current_date + 29)")
ok "$([ "$found" -gt "$origins" ]; echo $?)" "searches find meeting points with slots ($found for the $origins origins)"
out=$(flat search "$searches"); echo "$out" | sed '$d'; st=$(echo "$out" | tail -1)
ok "$st" "memory stays flat over $searches searches in one session"
[ "$st" = 0 ] && q "SELECT 'largest contexts at the end: ' || top FROM memory_sample WHERE kind = 'search' ORDER BY calls DESC LIMIT 1" | sed 's/^/# /'
[ "$st" = 0 ] || q "SELECT top FROM memory_sample WHERE kind = 'search' ORDER BY calls" | sed 's/^/#   /'

# ingestion: two snapshots of two meeting points over two days, alternately, so
# that every call removes the other snapshot's slots and inserts its own
psql -d "$db" >/dev/null <<'SQL'
CREATE TABLE payload AS
WITH v AS (SELECT min(editor_id) AS editor_id FROM rdvmairie.editor)
SELECT v.editor_id, k, (SELECT jsonb_object_agg(key, value) FROM (SELECT * FROM jsonb_each(p) ORDER BY key LIMIT 2) e) AS body
FROM v, generate_series(0, 1) k,
     rdvmairie_scenario.slots_payload(v.editor_id, current_date + 1 + k, current_date + 1 + k, 'CNI', 1, false) p;
CREATE TABLE ingest_total (calls bigint, inserted bigint, removed bigint);
INSERT INTO ingest_total VALUES (0, 0, 0);
CREATE FUNCTION ingest_one(i int) RETURNS void LANGUAGE sql AS $$
    UPDATE ingest_total t SET calls = t.calls + 1, inserted = t.inserted + r.inserted, removed = t.removed + r.removed
    FROM payload p, rdvmairie.ingest_slots(p.editor_id, p.body, current_date + 1, current_date + 2) r
    WHERE p.k = i % 2
$$;
SQL
ms=$(calls "$ingests" ingest "SELECT ingest_one(%d);")
echo "# $ingests ingestions in one session: $ms ms; $(q "SELECT inserted || ' slots inserted, ' || removed || ' removed' FROM ingest_total")"
ok "$([ "$(q "SELECT least(inserted, removed) FROM ingest_total")" -ge "$((ingests - 1))" ]; echo $?)" "every ingestion inserted and removed slots"
out=$(flat ingest "$ingests"); echo "$out" | sed '$d'; st=$(echo "$out" | tail -1)
ok "$st" "memory stays flat over $ingests ingestions in one session"
[ "$st" = 0 ] && q "SELECT 'largest contexts at the end: ' || top FROM memory_sample WHERE kind = 'ingest' ORDER BY calls DESC LIMIT 1" | sed 's/^/# /'
[ "$st" = 0 ] || q "SELECT top FROM memory_sample WHERE kind = 'ingest' ORDER BY calls" | sed 's/^/#   /'

# the check can fail: a session that keeps what each statement allocates (here a
# prepared statement per call) is caught
calls 2000 control "PREPARE leak_%d AS SELECT %d;" >/dev/null
st=$(flat control 2000 | tail -1)
ok "$([ "$st" = 1 ]; echo $?)" "the flatness check catches a session that grows (2,000 prepared statements kept)"
ok "$(q "SELECT 1" >/dev/null; echo $?)" "the server is still up"

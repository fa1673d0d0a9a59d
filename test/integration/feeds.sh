#!/usr/bin/env bash
# Vendor feeds over real HTTP on loopback, against the mock vendor server:
# every failure mode of design section 3, and pg_cron running the refresh.
# Prints TAP. Needs PGHOST/PGPORT/PGUSER and RDV_TEST_DB (scripts/test.sh sets them).
set -uo pipefail
cd "$(dirname "$0")/../.."
db=${RDV_TEST_DB:-rdvmairie_test}
psql() { "${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
q() { psql -At -c "$1"; }
n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
is() { n=$((n + 1)); if [ "$1" = "$2" ]; then echo "ok $n - $3"; else echo "not ok $n - $3"; echo "#   got: '$1'"; echo "#  want: '$2'"; fi; }
echo "1..22"

make -s -C test/mock_vendor >/dev/null
dir=$(mktemp -d /tmp/rdvmairie-mock.XXXXXX)
trap 'kill $mock 2>/dev/null; rm -rf "$dir"' EXIT

# ten vendors of the scenario, 30 days of slots
q "SET client_min_messages = warning; SELECT rdvmairie_scenario.generate(0.42, 300, 10)" >/dev/null
bash test/mock_vendor/export.sh "$db" "$dir" 30 10 >/dev/null
test/mock_vendor/mock_vendor --port 0 --data "$dir" > "$dir/mock.out" 2>"$dir/mock.err" &
mock=$!
for _ in $(seq 50); do grep -q listening "$dir/mock.out" && break; sleep 0.1; done
port=$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\).*/\1/p' "$dir/mock.out")
ok "$([ -n "$port" ]; echo $?)" "the mock vendor server listens on loopback"

psql <<SQL >/dev/null
SET client_min_messages = warning;
TRUNCATE rdvmairie.editor CASCADE;
TRUNCATE rdvmairie.slot, rdvmairie.slot_window, rdvmairie.feed_run, rdvmairie.ingest_reject;
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc, reasons)
SELECT editor_id, name, 'http://127.0.0.1:$port/' || editor_id, auth_token, sends_utc, '{CNI}'
FROM rdvmairie_scenario.vendor;
ALTER DATABASE $db SET rdvmairie.fetch_timeout = '2s';
ALTER DATABASE $db SET rdvmairie.fetch_window_days = 30;
ALTER DATABASE $db SET rdvmairie.fetch_split_days = 15;
SQL
vendors=($(q "SELECT editor_id FROM rdvmairie.editor ORDER BY editor_id"))

# run 1: every vendor answers
psql -c "CALL rdvmairie.refresh_feeds(NULL, 'all')" 2>&1 | grep -Ev '^(NOTICE|HINT|WARNING|DETAIL)' | sed 's/^/# /'
is "$(q "SELECT count(*) FROM rdvmairie.feed_run WHERE error IS NOT NULL")" 0 "a clean refresh of ten vendors has no failed request"
is "$(q "SELECT count(DISTINCT editor_id) FROM rdvmairie.feed_run WHERE feed = 'slots'")" 10 "slots were fetched from every vendor"
truth="SELECT m.meeting_point_id, e.starts_at, e.callback_url
       FROM rdvmairie_scenario.vendor v
       CROSS JOIN LATERAL rdvmairie_scenario.expected_slots(v.editor_id, current_date, current_date + 29, 'CNI', 1, now()) e
       JOIN rdvmairie.meeting_point m ON m.editor_id = v.editor_id AND m.external_id = e.external_id
       WHERE v.editor_id <> ALL (\$1)"
is "$(q "SELECT count(*) FROM (SELECT meeting_point_id, starts_at, callback_url FROM rdvmairie.slot
        EXCEPT $(echo "$truth" | sed 's/\$1/ARRAY[]::text[]/')) x")" 0 "every stored slot is one the vendors offer"
is "$(q "SELECT count(*) FROM ($(echo "$truth" | sed 's/\$1/ARRAY[]::text[]/')
        EXCEPT SELECT meeting_point_id, starts_at, callback_url FROM rdvmairie.slot) x")" 0 "every slot the vendors offer is stored"

# run 2: nine vendors misbehave, one is fine
modes=("hang" "401" "500" "html" "truncated" "huge 40" "wrong_types" "redirect http://127.0.0.2:1/elsewhere" "slow 300" "ok")
for i in $(seq 0 9); do echo "${modes[$i]}" > "$dir/${vendors[$i]}/mode"; done
psql -c "ALTER DATABASE $db SET rdvmairie.fetch_max_size = '32MB'" >/dev/null
start=$(date +%s.%N)
psql -c "CALL rdvmairie.refresh_feeds(NULL, 'all')" 2>&1 | grep -Ev '^(NOTICE|HINT|WARNING|DETAIL)' | sed 's/^/# /'
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
echo "# refresh with one hanging vendor took ${elapsed}s"
ok "$(echo "$elapsed < 8" | bc | grep -q 1; echo $?)" "a hanging vendor is given up: the refresh ends within a few timeouts (${elapsed}s)"
errors() { q "SELECT coalesce(string_agg(DISTINCT left(error, 40), ' | '), '') FROM rdvmairie.feed_run
               WHERE editor_id = '$1' AND run_started_at = (SELECT max(run_started_at) FROM rdvmairie.feed_run)"; }
ok "$(errors "${vendors[0]}" | grep -q 'Timeout'; echo $?)" "hanging vendor: timeout recorded"
ok "$(errors "${vendors[1]}" | grep -q 'HTTP 401'; echo $?)" "wrong token: HTTP 401 recorded"
ok "$(errors "${vendors[2]}" | grep -q 'HTTP 500'; echo $?)" "server error: HTTP 500 recorded"
ok "$([ -n "$(errors "${vendors[3]}")" ] && [ -n "$(errors "${vendors[4]}")" ]; echo $?)" "HTML and truncated JSON: refused by ingestion and recorded"
ok "$(errors "${vendors[5]}" | grep -qi 'max'; echo $?)" "a 40 MB answer is cut at rdvmairie.fetch_max_size"
ok "$(errors "${vendors[7]}" | grep -q 'redirect'; echo $?)" "a redirect to another host is refused"
is "$(errors "${vendors[8]}")$(errors "${vendors[9]}")" "" "the slow vendor and the good vendor succeed"
is "$(q "SELECT count(*) FROM rdvmairie.feed_health WHERE consecutive_failures > 0")" "7" "health counts a failure for each failing vendor (wrong types are items rejected, not a failed run)"
is "$(q "SELECT count(*) FROM rdvmairie.meeting_point WHERE NOT online")" 0 "no meeting point went offline because its vendor failed"
is "$(q "SELECT count(*) FROM ($(echo "$truth" | sed 's/\$1/ARRAY[]::text[]/') AND e.starts_at > now()
        EXCEPT SELECT meeting_point_id, starts_at, callback_url FROM rdvmairie.slot) x")" 0 "nothing valid was lost: every vendor's last good slots are still stored"

# cancelling the call stops the transfers at once: a hanging vendor, a 1 s statement_timeout
echo hang > "$dir/${vendors[0]}/mode"
psql -c "UPDATE rdvmairie.feed_health SET consecutive_failures = 0, open_until = NULL" >/dev/null
start=$(date +%s.%N)
out=$(psql -c "SET rdvmairie.fetch_timeout = '30s'" -c "SET statement_timeout = '1s'" -c "CALL rdvmairie.refresh_feeds('${vendors[0]}', 'all')" 2>&1)
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
ok "$(echo "$out" | grep -q 'canceling statement due to statement timeout' && echo "$elapsed < 3" | bc | grep -q 1; echo $?)" "statement_timeout cancels a refresh stuck on a hanging vendor promptly (${elapsed}s)"

# pg_cron runs the refresh: the good vendor's slots come back
for i in $(seq 0 9); do echo ok > "$dir/${vendors[$i]}/mode"; done
psql <<SQL >/dev/null
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_cron;
DELETE FROM rdvmairie.slot WHERE meeting_point_id IN (SELECT meeting_point_id FROM rdvmairie.meeting_point WHERE editor_id = '${vendors[9]}');
DELETE FROM rdvmairie.slot_window WHERE meeting_point_id IN (SELECT meeting_point_id FROM rdvmairie.meeting_point WHERE editor_id = '${vendors[9]}');
DELETE FROM cron.job_run_details;
SELECT cron.schedule('rdvmairie:test-refresh', '* * * * *', \$\$CALL rdvmairie.refresh_feeds('${vendors[9]}', 'slots')\$\$);
SQL
for _ in $(seq 90); do
    [ "$(q "SELECT count(*) FROM cron.job_run_details WHERE status IN ('succeeded', 'failed')")" != 0 ] && break
    sleep 1
done
cron_health() { q "SELECT status || ': ' || detail FROM rdvmairie.health() WHERE check_name = 'cron_failures_last_hour'"; }
is "$(cron_health)" "ok: 1 rdvmairie pg_cron runs in the last hour, none failed" "rdvmairie.health() sees the pg_cron run"
q "SELECT cron.unschedule('rdvmairie:test-refresh')" >/dev/null
ok "$(cron_health | grep -q '^warning: no rdvmairie pg_cron job is scheduled'; echo $?)" "rdvmairie.health() warns when no rdvmairie job is scheduled"
q "INSERT INTO cron.job_run_details (jobid, runid, command, status, start_time, end_time)
   VALUES (0, -1, 'CALL rdvmairie.refresh_feeds()', 'failed', now(), now())" >/dev/null
ok "$(cron_health | grep -q '^critical: 1 of 2 rdvmairie pg_cron runs failed'; echo $?)" "rdvmairie.health() is critical when a pg_cron run failed"
q "DELETE FROM cron.job_run_details WHERE runid = -1" >/dev/null
is "$(q "SELECT string_agg(status, ',') FROM cron.job_run_details")" "succeeded" "pg_cron ran CALL rdvmairie.refresh_feeds() and it succeeded"
ok "$([ "$(q "SELECT count(*) FROM rdvmairie.slot s JOIN rdvmairie.meeting_point m USING (meeting_point_id) WHERE m.editor_id = '${vendors[9]}'")" -gt 0 ]; echo $?)" "the slots fetched by the pg_cron job are stored"
psql -c "ALTER DATABASE $db RESET ALL" >/dev/null

#!/usr/bin/env bash
# A concurrent refresh of the indicators never blocks a reader. Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
db=${RDV_TEST_DB:-rdvmairie_test}
psql() { "${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
echo "1..2"

# a refresh that stays open for 3 seconds (its transaction holds the views' refresh locks)
psql -c "SELECT rdvmairie.refresh_indicators()" >/dev/null
psql -c "BEGIN" -c "SELECT rdvmairie.refresh_indicators()" -c "SELECT pg_sleep(3)" -c "COMMIT" >/dev/null 2>&1 &
writer=$!
sleep 1
start=$(date +%s.%N)
out=$(psql -c "SET lock_timeout = '500ms'" -c "SELECT count(*) FROM rdvmairie.indicator_coverage, rdvmairie.indicator_waiting_time, rdvmairie.indicator_duplicates, rdvmairie.indicator_no_shows, rdvmairie.indicator_instruction, rdvmairie.indicator_vendor_health" 2>&1)
st=$?
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
if [ $st -eq 0 ]; then echo "ok 1 - a reader reads every indicator view while a refresh is in progress"; else echo "not ok 1 - a reader reads every indicator view while a refresh is in progress"; echo "# $out"; fi
if [ "$(echo "$elapsed < 1" | bc)" = 1 ]; then echo "ok 2 - without waiting (${elapsed}s)"; else echo "not ok 2 - without waiting (${elapsed}s)"; fi
wait $writer

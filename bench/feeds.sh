#!/usr/bin/env bash
# Feeds benchmark: 50 mock vendors (70 meeting points each on average, 90-day
# windows), one of them hanging. Prints the time of one concurrent refresh of
# all vendors against the slowest single vendor refreshed alone (target: within
# 1.5x of it, never the sum), requests per second, and the time spent ingesting.
#
#   bash bench/feeds.sh           # 50 vendors, 3,500 meeting points, 90 days
#   bash bench/feeds.sh --small   # 8 vendors, 240 meeting points, 14 days (CI)
# Uses the cluster in PGHOST/PGPORT when RDV_BENCH_CLUSTER=reuse, else a throwaway one.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$RDV_ROOT"

vendors=50 points=3500 days=90 split=30
if [ "${1:-}" = "--small" ]; then vendors=8 points=240 days=14 split=7; fi

trap bench_cleanup EXIT
bench_cluster
make -s -C test/mock_vendor >/dev/null
db=rdvmairie_bench_feeds
bench_database "$db"
sql -d "$db" -c "SET client_min_messages = warning" -c "SELECT rdvmairie_scenario.generate(0.42, $points, $vendors)" >/dev/null

mdir=$(mktemp -d /tmp/rdvmairie-bench-mock.XXXXXX)
bash test/mock_vendor/export.sh "$db" "$mdir" "$days" "$vendors" >/dev/null
test/mock_vendor/mock_vendor --port 0 --data "$mdir" > "$mdir/mock.out" 2>/dev/null &
mock=$!
trap 'kill $mock 2>/dev/null; rm -rf "$mdir"; bench_cleanup' EXIT
for _ in $(seq 50); do grep -q listening "$mdir/mock.out" && break; sleep 0.1; done
port=$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\).*/\1/p' "$mdir/mock.out")

sql -d "$db" <<SQL >/dev/null
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc, reasons)
SELECT editor_id, name, 'http://127.0.0.1:$port/' || editor_id, auth_token, sends_utc, '{CNI}'
FROM rdvmairie_scenario.vendor;
ALTER DATABASE $db SET rdvmairie.fetch_window_days = $days;
ALTER DATABASE $db SET rdvmairie.fetch_split_days = $split;
ALTER DATABASE $db SET rdvmairie.fetch_timeout = '5s';
SQL
# the meeting point lists first, so that every run below fetches slots only
sql -d "$db" -c "CALL rdvmairie.refresh_feeds(NULL, 'meeting_points')" 2>/dev/null
hang=$(sql -d "$db" -At -c "SELECT editor_id FROM rdvmairie.editor ORDER BY editor_id DESC LIMIT 1")
echo hang > "$mdir/$hang/mode"

timed() { local t0; t0=$(date +%s.%N); sql -d "$db" -c "$1" 2>/dev/null; echo "$(date +%s.%N) - $t0" | bc; }

# each vendor alone (the first alone run warms the caches and is repeated)
timed "CALL rdvmairie.refresh_feeds('$(sql -d "$db" -At -c "SELECT min(editor_id) FROM rdvmairie.editor")', 'slots')" >/dev/null
slowest=0 slowest_vendor=
for v in $(sql -d "$db" -At -c "SELECT editor_id FROM rdvmairie.editor ORDER BY editor_id"); do
    t=$(timed "CALL rdvmairie.refresh_feeds('$v', 'slots')")
    if [ "$(echo "$t > $slowest" | bc)" = 1 ]; then slowest=$t slowest_vendor=$v; fi
done
sql -d "$db" -c "UPDATE rdvmairie.feed_health SET consecutive_failures = 0, open_until = NULL" >/dev/null
sql -d "$db" -c "TRUNCATE rdvmairie.feed_run" >/dev/null
total=$(timed "CALL rdvmairie.refresh_feeds(NULL, 'slots')")
sql -d "$db" -At -F ' ' <<SQL > "$mdir/stats"
SELECT count(*), sum(bytes), round(sum(ingest_ms)::numeric / 1000, 2), count(*) FILTER (WHERE error IS NOT NULL),
       sum(inserted + updated + unchanged)
FROM rdvmairie.feed_run;
SQL
read -r requests bytes ingest_s failed slots < "$mdir/stats"
printf '\nvendors %s (one hanging: %s), meeting points %s, window %s days in %s-day requests\n' "$vendors" "$hang" "$points" "$days" "$split"
printf 'slowest single vendor alone (%s):   %.2f s\n' "$slowest_vendor" "$slowest"
printf 'all vendors concurrently:            %.2f s  (%s requests, %s failed, %s slots, %s MB)\n' \
    "$total" "$requests" "$failed" "$slots" "$(echo "scale=1; $bytes / 1048576" | bc)"
printf 'ratio all / slowest alone:           %.2f (target <= 1.5)\n' "$(echo "$total / $slowest" | bc -l)"
printf 'requests per second:                 %.1f\n' "$(echo "$requests / $total" | bc -l)"
printf 'time spent ingesting:                %s s\n' "$ingest_s"
sql -d postgres -c "DROP DATABASE $db" 2>/dev/null || true

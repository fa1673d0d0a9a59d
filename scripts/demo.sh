#!/usr/bin/env bash
# Set up and demo: installs the Debian packages, builds and installs the
# extension, creates a throwaway cluster in a local folder (the server runs as
# the postgres user), preloads pg_cron, loads the realistic French scenario
# (3,500 meeting points where people live, 50 vendors), starts mock vendor APIs
# on loopback, lets pg_cron fetch and ingest their feeds over HTTP, and prints
# real searches near Lille, Lyon and Saint-Denis de La Réunion.
#
#   bash scripts/demo.sh
# The cluster keeps running afterwards so that you can explore it; the script
# prints how to connect and how to stop it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$RDV_ROOT"

dir=${RDV_DEMO_DIR:-/tmp/rdvmairie-demo}
install_packages
build_and_install

if [ -d "$dir/data" ]; then
    log "stopping the previous demo cluster in $dir"
    [ -f "$dir/vendors/mock.pid" ] && kill "$(cat "$dir/vendors/mock.pid")" 2>/dev/null || true
    cluster_stop "$dir"
    as_root rm -rf "$dir"
fi
port=$(free_port 55432)
log "starting a throwaway cluster in $dir on port $port"
cluster_start "$dir" "$port" rdvmairie

sql -d postgres -c "CREATE DATABASE rdvmairie"
sql -d rdvmairie -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE" -c "CREATE EXTENSION pg_cron"
log "loading the communes fixture and the scenario generator"
load_scenario rdvmairie

log "generating the scenario: 3,500 meeting points where people live, 50 vendors"
sql -d rdvmairie -At -c "SET client_min_messages = warning" -c "SELECT rdvmairie_scenario.generate()" >&2

log "starting 50 mock vendor APIs on loopback, serving the scenario's data"
make -s -C test/mock_vendor >/dev/null
as_root mkdir -p "$dir/vendors"
as_root chown "$(id -un)" "$dir/vendors"
MOCK_SLOPPY=1 bash test/mock_vendor/export.sh rdvmairie "$dir/vendors" 60 >/dev/null
nohup test/mock_vendor/mock_vendor --port 0 --data "$dir/vendors" > "$dir/vendors/mock.out" 2>/dev/null &
echo $! > "$dir/vendors/mock.pid"
for _ in $(seq 50); do grep -q listening "$dir/vendors/mock.out" && break; sleep 0.1; done
mport=$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\).*/\1/p' "$dir/vendors/mock.out")

log "registering the vendors and letting pg_cron run the first refresh (within a minute)"
sql -d rdvmairie <<SQL
\pset footer off
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc)
SELECT editor_id, name, 'http://127.0.0.1:$mport/' || editor_id, auth_token, sends_utc
FROM rdvmairie_scenario.vendor;
ALTER DATABASE rdvmairie SET rdvmairie.fetch_window_days = 60;
SELECT job_name, schedule, command FROM rdvmairie.schedule_jobs();
-- the demo does not wait five minutes: one more job, every minute
SELECT cron.schedule('rdvmairie:demo', '* * * * *', 'CALL rdvmairie.refresh_feeds()') AS demo_job;
SQL
for _ in $(seq 150); do
    [ "$(sql -d rdvmairie -At -c "SELECT count(*) FROM cron.job_run_details WHERE status IN ('succeeded', 'failed')")" != 0 ] && break
    sleep 1
done
sql -d rdvmairie -At -c "SELECT cron.unschedule('rdvmairie:demo')" >/dev/null
sql -d rdvmairie <<'SQL'
\pset footer off
SELECT status AS pg_cron_run, command, end_time - start_time AS took FROM cron.job_run_details ORDER BY runid LIMIT 1;
SELECT feed, count(*) AS requests, count(DISTINCT editor_id) AS vendors, count(*) FILTER (WHERE error IS NOT NULL) AS failed,
       sum(received) AS items, sum(inserted) AS inserted, sum(rejected) AS rejected
FROM rdvmairie.feed_run GROUP BY feed ORDER BY feed DESC;
SELECT reason, count(*) AS rejected_items FROM rdvmairie.ingest_reject WHERE NOT kept GROUP BY reason ORDER BY 2 DESC;
SQL

show_search() {
    local town=$1 lon=$2 lat=$3
    printf '\n==> nearest identity-card slots near %s (%s, %s), next 30 days\n' "$town" "$lon" "$lat"
    sql -d rdvmairie -c "\pset footer off" -c "
SELECT name, city_name, department AS dept, round(distance_km::numeric, 1) AS km,
       slots->0->>'datetime' AS first_slot_local_time, slot_count AS slots
FROM rdvmairie.search_slots($lon, $lat, current_date, current_date + 30, radius_km => 20, max_results => 5)"
}
show_search "Lille" 3.0573 50.6292
show_search "Lyon" 4.8357 45.7640
show_search "Saint-Denis (La Réunion)" 55.4504 -20.8823

printf '\n==> the soonest slot within 50 km of Lyon\n'
sql -d rdvmairie -c "\pset footer off" -c "
SELECT name, city_name, round(distance_km::numeric, 1) AS km, slots->0->>'datetime' AS soonest, slots->0->>'callback_url' AS book_at
FROM rdvmairie.search_slots(4.8357, 45.7640, current_date, current_date + 30, radius_km => 50, order_by => 'date', max_results => 3)"

printf '\n==> headline indicators (refreshed concurrently; pg_cron does it every 15 minutes)\n'
sql -d rdvmairie -c "\pset footer off" -c "SELECT rdvmairie.refresh_indicators() AS departments_recorded" -c "
SELECT c.department AS dept, c.online, c.with_slot_30d, w.median_wait_days, w.p90_wait_days, w.share_within_7d
FROM rdvmairie.indicator_coverage c JOIN rdvmairie.indicator_waiting_time w USING (department)
ORDER BY c.online DESC LIMIT 8" -c "
SELECT count(*) AS vendors, round(avg(availability_24h), 1) AS availability_24h, max(latency_p95_ms) AS worst_p95_ms
FROM rdvmairie.indicator_vendor_health"
sql -d rdvmairie -At -c "SELECT rdvmairie.indicator_map_svg('online', 'Points de rendez-vous en ligne par département')" \
    > "$dir/online.svg"
printf '\nmap of the online meeting points by department: %s\n' "$dir/online.svg"

printf '\n==> service health (what a monitoring probe reads: rdvmairie.health())\n'
sql -d rdvmairie -c "\pset footer off" -c "SELECT check_name, status, detail FROM rdvmairie.health()"

cat <<TXT

The demo cluster and the mock vendors are still running; pg_cron refreshes the feeds every
5 minutes (see cron.job and rdvmairie.feed_run). Explore with:
    psql -h $dir -p $port -U postgres rdvmairie
Stop everything with:
    kill \$(cat $dir/vendors/mock.pid); sudo -u postgres $PGBIN/pg_ctl -D $dir/data stop
TXT

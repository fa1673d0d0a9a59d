#!/usr/bin/env bash
# Set up and demo: installs the Debian packages, builds and installs the
# extension, creates a throwaway cluster in a local folder (the server runs as
# the postgres user), preloads pg_cron, loads the realistic French scenario
# (3,500 meeting points where people live, 50 vendors, sloppy feeds), ingests
# it, and prints real searches near Lille, Lyon and Saint-Denis de La Réunion.
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

log "generating the scenario and ingesting every vendor's feeds (about a minute)"
sql -d rdvmairie <<'SQL'
\pset footer off
SELECT rdvmairie_scenario.generate() AS scenario;
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc)
SELECT editor_id, name, base_url, auth_token, sends_utc FROM rdvmairie_scenario.vendor;

-- the vendors' meeting point lists, sloppy as real ones are
SELECT sum(received) AS received, sum(inserted) AS inserted, sum(rejected) AS rejected
FROM rdvmairie_scenario.vendor v
CROSS JOIN LATERAL rdvmairie.ingest_meeting_points(v.editor_id, rdvmairie_scenario.meeting_points_payload(v.editor_id)) r;

-- 60 days of identity-card slots, in two windows per vendor, sloppy feeds included
SELECT sum(received) AS slots_received, sum(inserted) AS inserted, sum(rejected) AS rejected
FROM rdvmairie_scenario.vendor v,
     (VALUES (current_date, current_date + 29), (current_date + 30, current_date + 59)) w(s, e)
CROSS JOIN LATERAL rdvmairie.ingest_slots(v.editor_id, rdvmairie_scenario.slots_payload(v.editor_id, w.s, w.e), w.s, w.e) r;

SELECT reason, count(*) AS rejected_items FROM rdvmairie.ingest_reject GROUP BY reason ORDER BY 2 DESC;
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

cat <<TXT

The demo cluster is still running. Explore it with:
    psql -h $dir -p $port -U postgres rdvmairie
Stop it with:
    sudo -u postgres $PGBIN/pg_ctl -D $dir/data stop
TXT

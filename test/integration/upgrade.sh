#!/usr/bin/env bash
# Upgrades: an installation of the first release (0.1.0, frozen script in upgrade/)
# holding data is brought to the current version with ALTER EXTENSION rdvmairie
# UPDATE; it must then own exactly what a fresh install owns (test/upgrade/members.sql),
# keep every row, and answer searches as before.
# Prints TAP. Needs PGHOST/PGPORT/PGUSER (scripts/test.sh sets them).
set -uo pipefail
cd "$(dirname "$0")/../.."
bin=${PGBIN:-/usr/lib/postgresql/15/bin}
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
q() { local db=$1; shift; psql -d "$db" -At -c "$*"; }
source test/tap.sh
echo "1..11"

current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" rdvmairie.control)
old=rdvmairie_upgrade_old new=rdvmairie_upgrade_new
tmp=$(mktemp -d /tmp/rdvmairie-upgrade.XXXXXX)
cleanup() { psql -d postgres -c "DROP DATABASE IF EXISTS $old" -c "DROP DATABASE IF EXISTS $new" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
cleanup; mkdir -p "$tmp"
psql -d postgres -c "CREATE DATABASE $old" -c "CREATE DATABASE $new" >/dev/null

# 0.1.0 with a small scenario: vendors, meeting points, slots, appointments
psql -d "$old" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie VERSION '0.1.0' CASCADE" >/dev/null
is "$(q "$old" "SELECT extversion FROM pg_extension WHERE extname = 'rdvmairie'")" "0.1.0" "the first release installs from its frozen script"
psql -d "$old" -f test/scenario/load.sql >/dev/null
psql -d "$old" -f test/scenario/sample.sql >/dev/null

# what the data and a search look like before the upgrade
psql -d "$old" -f test/scenario/fingerprint.sql > "$tmp/before.txt"
ok "$([ "$(q "$old" "SELECT count(*) FROM rdvmairie.slot")" -gt 1000 ] && [ "$(q "$old" "SELECT count(*) FROM rdvmairie.appointment")" = 60 ]; echo $?)" \
    "the 0.1.0 database holds slots and 60 appointments"

# the upgrade path and the upgrade itself
is "$(q "$old" "SELECT string_agg(path, ';') FROM pg_extension_update_paths('rdvmairie') WHERE source = '0.1.0' AND target = '$current'")" \
   "0.1.0--$current" "an update path leads from 0.1.0 to $current"
start=$(date +%s%N)
psql -d "$old" -c "ALTER EXTENSION rdvmairie UPDATE" >/dev/null 2>"$tmp/update.err"
ok $? "ALTER EXTENSION rdvmairie UPDATE succeeds"
echo "# ALTER EXTENSION rdvmairie UPDATE took $(( ($(date +%s%N) - start) / 1000000 )) ms"
sed 's/^/# /' "$tmp/update.err"
is "$(q "$old" "SELECT extversion FROM pg_extension WHERE extname = 'rdvmairie'")" "$current" "the upgraded installation is at $current"

# the upgraded installation owns exactly what a fresh install owns
psql -d "$new" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE" >/dev/null
psql -d "$old" -f test/upgrade/members.sql > "$tmp/upgraded.txt"
psql -d "$new" -f test/upgrade/members.sql > "$tmp/fresh.txt"
diff "$tmp/upgraded.txt" "$tmp/fresh.txt" > "$tmp/members.diff"
ok $? "upgraded and fresh installations have the same member objects, definitions, grants, comments, policies ($(grep -c . "$tmp/fresh.txt") lines compared)"
head -20 "$tmp/members.diff" | sed 's/^/# /'

# the comparison does see a difference (a changed comment)
psql -d "$new" -c "COMMENT ON COLUMN rdvmairie.slot.starts_at IS 'changed'" >/dev/null
psql -d "$new" -f test/upgrade/members.sql | diff -q - "$tmp/upgraded.txt" >/dev/null
ok "$([ $? -ne 0 ]; echo $?)" "the comparison detects a changed comment (it can fail)"

# data and searches survive the upgrade; the new version's functions work on old data
psql -d "$old" -f test/scenario/fingerprint.sql | diff - "$tmp/before.txt" | sed 's/^/# /'
is "$(psql -d "$old" -f test/scenario/fingerprint.sql | grep -v '^searches' | md5sum)" "$(grep -v '^searches' "$tmp/before.txt" | md5sum)" \
   "every editor, meeting point, slot, window, application and appointment is unchanged after the upgrade"
is "$(psql -d "$old" -f test/scenario/fingerprint.sql | grep '^searches')" "$(grep '^searches' "$tmp/before.txt")" "searches answer exactly as before the upgrade"
is "$(q "$old" "SELECT status FROM rdvmairie.health() WHERE check_name = 'stale_meeting_points'")" "ok" \
   "rdvmairie.health() (new in 0.2.0) works on the upgraded data"
psql -d "$old" -c "ALTER EXTENSION rdvmairie UPDATE" >/dev/null 2>&1
ok $? "updating again is a no-op"

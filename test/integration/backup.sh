#!/usr/bin/env bash
# Logical backups: pg_dump of a database using rdvmairie, restored with pg_restore
# into an empty one, must give back every row of every table that holds data
# (the extension marks them with pg_extension_config_dump), sequences that go on
# where they were, and the same search answers. Physical backups (pg_basebackup)
# are exercised by scaleout.sh, which builds its standbys with them.
# Prints TAP. Needs PGHOST/PGPORT/PGUSER (scripts/test.sh sets them).
set -uo pipefail
cd "$(dirname "$0")/../.."
bin=${PGBIN:-/usr/lib/postgresql/15/bin}
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
q() { local db=$1; shift; psql -d "$db" -At -c "$*"; }
source test/tap.sh
echo "1..7"

src=rdvmairie_backup_src dst=rdvmairie_backup_dst
tmp=$(mktemp -d /tmp/rdvmairie-backup.XXXXXX)
cleanup() { psql -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
cleanup; mkdir -p "$tmp"; chmod 777 "$tmp"
psql -d postgres -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst" >/dev/null
psql -d "$src" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE" >/dev/null
psql -d "$src" -f test/scenario/load.sql >/dev/null
psql -d "$src" -f test/scenario/sample.sql >/dev/null
# a rejected item and a feed run, so that every kind of table has rows
psql -d "$src" >/dev/null <<'SQL'
SELECT rdvmairie.ingest_slots((SELECT min(editor_id) FROM rdvmairie.editor),
                              '{"1": [{"datetime": "not a date", "callback_url": "https://x.example.fr"}]}', current_date, current_date);
INSERT INTO rdvmairie.feed_run (run_started_at, editor_id, feed, started_at, duration_ms)
SELECT now(), min(editor_id), 'slots', now(), 12.5 FROM rdvmairie.editor;
SQL
psql -d "$src" -f test/scenario/fingerprint.sql > "$tmp/before.txt"
tables="SELECT string_agg(c::regclass::text || ':' || (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM ' || c::regclass, false, true, '')))[1]::text, ' ' ORDER BY c::regclass::text)
        FROM pg_extension e, unnest(e.extconfig) c WHERE e.extname = 'rdvmairie' AND (SELECT relkind FROM pg_class WHERE oid = c) = 'r'"
counts_before=$(q "$src" "$tables")
echo "# rows per table: $counts_before"

start=$(date +%s%N)
"$bin/pg_dump" -Fc -d "$src" -f "$tmp/backup.dump" 2>"$tmp/dump.err"
ok $? "pg_dump -Fc succeeds ($(( $(stat -c %s "$tmp/backup.dump") / 1024 )) kB in $(( ($(date +%s%N) - start) / 1000000 )) ms)"
sed 's/^/# /' "$tmp/dump.err"
start=$(date +%s%N)
"$bin/pg_restore" --exit-on-error -d "$dst" "$tmp/backup.dump" 2>"$tmp/restore.err"
ok $? "pg_restore into an empty database succeeds ($(( ($(date +%s%N) - start) / 1000000 )) ms)"
sed 's/^/# /' "$tmp/restore.err" | head -20

is "$(q "$dst" "$tables")" "$counts_before" "every table holding data has all its rows back"
psql -d "$dst" -f test/scenario/fingerprint.sql | diff - "$tmp/before.txt" > "$tmp/diff"
ok $? "editors, meeting points, slots, windows, applications, appointments and searches are identical"
sed 's/^/# /' "$tmp/diff" | head -10
is "$(q "$dst" "SELECT rdvmairie.declare_appointment(min(editor_id), 'ZZ00000001', (SELECT min(meeting_point_id) FROM rdvmairie.meeting_point WHERE editor_id = min(e.editor_id)),
                                                    now() + interval '3 days', 'https://rdv.example.fr/new') > (SELECT max(appointment_id) FROM rdvmairie.appointment)
                  FROM rdvmairie.editor e")" "t" "sequences go on after the restored rows"
ok "$(q "$dst" "SELECT rdvmairie.refresh_indicators()" >/dev/null 2>&1; echo $?)" "indicators refresh on the restored database"
is "$(q "$dst" "SELECT extversion FROM pg_extension WHERE extname = 'rdvmairie'")" "$(q "$src" "SELECT extversion FROM pg_extension WHERE extname = 'rdvmairie'")" \
   "the restored database runs the same extension version"

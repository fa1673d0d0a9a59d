#!/usr/bin/env bash
# Export the scenario's vendors as mock_vendor data directories.
#
#   bash test/mock_vendor/export.sh DB DIR [DAYS] [VENDORS]
#
# DB must hold the scenario (test/scenario/load.sql, then
# SELECT rdvmairie_scenario.generate()).  For each vendor (all of them, or
# the first VENDORS in editor_id order) writes
#   DIR/<editor_id>/token                 the vendor's auth_token
#   DIR/<editor_id>/meeting_points.json   meeting_points_payload(editor_id, sloppy)
#                                         (clean unless MOCK_SLOPPY=1)
#   DIR/<editor_id>/slots.tsv             the clean slots for CNI, PASSPORT and
#                                         CNI-PASSPORT with 1 document and CNI with 2,
#                                         local dates START .. START + DAYS (default 90)
#   DIR/export.info                       start, end, as_of, sloppy, vendors (for
#                                         verify_export.sh)
# Every file is written beside its final name and renamed into place, so a
# running mock_vendor never reads half a file (it reloads on the next request).
#
# Environment: PGHOST, PGPORT, PGUSER (and the rest of libpq's) as usual;
#   MOCK_SLOPPY=1    sloppy meeting points (the defects of meeting_point_defects())
#   MOCK_START=DATE  first local date (default: today in Europe/Paris)
#   MOCK_AS_OF=TS    only slots strictly after this timestamptz (default: now());
#                    with MOCK_START and MOCK_AS_OF the export is reproducible
#   MOCK_JOBS=N      parallel psql sessions (default: the number of CPUs, 1..8)
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 4 ]; then
    echo "usage: $0 DB DIR [DAYS] [VENDORS]" >&2
    exit 2
fi
db=$1
dir=$2
days=${3:-90}
nvend=${4:-}
[[ $days =~ ^[0-9]+$ ]] || { echo "$0: DAYS must be a number" >&2; exit 2; }
[ -z "$nvend" ] || [[ $nvend =~ ^[0-9]+$ ]] || { echo "$0: VENDORS must be a number" >&2; exit 2; }
sloppy=false
[ "${MOCK_SLOPPY:-0}" = 1 ] && sloppy=true
jobs=${MOCK_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
[ "$jobs" -ge 1 ] 2>/dev/null || jobs=1
[ "$jobs" -le 8 ] || jobs=8

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d "$db")
t0=$(date +%s%N)

# SQL literal
lit() { printf "'%s'" "${1//\'/\'\'}"; }

# the window and the as-of instant, fixed once for every session
IFS=$'\t' read -r start as_of < <("${PSQL[@]}" -At -F $'\t' -c "
    SELECT coalesce(nullif($(lit "${MOCK_START:-}"), '')::date,
                    (now() AT TIME ZONE 'Europe/Paris')::date)::text,
           to_char(coalesce(nullif($(lit "${MOCK_AS_OF:-}"), '')::timestamptz, now())
                     AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
end=$("${PSQL[@]}" -At -c "SELECT ($(lit "$start")::date + $days)::text")

# vendors, biggest first (for balancing the sessions), with their token and
# meeting points
limit=${nvend:+LIMIT $nvend}
n=0
declare -a order=() size=()
while IFS=$'\t' read -r ed token points payload; do
    mkdir -p "$dir/$ed"
    printf '%s\n' "$token" > "$dir/$ed/.token.tmp"
    printf '%s\n' "$payload" > "$dir/$ed/.meeting_points.json.tmp"
    mv "$dir/$ed/.token.tmp" "$dir/$ed/token"
    mv "$dir/$ed/.meeting_points.json.tmp" "$dir/$ed/meeting_points.json"
    order+=("$ed")
    size+=("$points")
    n=$((n + 1))
done < <("${PSQL[@]}" -At -F $'\t' -c "
    WITH v AS (SELECT editor_id, auth_token FROM rdvmairie_scenario.vendor ORDER BY editor_id $limit)
    SELECT v.editor_id, v.auth_token,
           (SELECT count(*) FROM rdvmairie_scenario.meeting_point mp WHERE mp.editor_id = v.editor_id),
           rdvmairie_scenario.meeting_points_payload(v.editor_id, $sloppy)::text
    FROM v ORDER BY 3 DESC, 1")
[ "$n" -gt 0 ] || { echo "$0: no vendor in $db (run rdvmairie_scenario.generate())" >&2; exit 1; }

# slots: one \copy per vendor; each vendor, biggest first, goes to the
# session with the fewest meeting points so far
scripts=()
load=()
for ((j = 0; j < jobs; j++)); do
    scripts[j]="SET work_mem = '256MB';
SET jit = off;
"
    load[j]=0
done
for ((i = 0; i < n; i++)); do
    ed=${order[i]}
    j=0
    for ((k = 1; k < jobs; k++)); do
        [ "${load[k]}" -lt "${load[j]}" ] && j=$k
    done
    load[j]=$((load[j] + size[i] + 1))
    tmp="$dir/$ed/.slots.tsv.tmp"
    # the 4 feeds one after the other; inside a feed, the generator's order
    # (meeting point, then time)
    q="SELECT i.external_id, r.reason, r.docs,
       to_char((i.starts_at AT TIME ZONE mp.time_zone)::date, 'YYYY-MM-DD'),
       i.datetime, i.callback_url
FROM (VALUES (1, 'CNI', 1), (2, 'PASSPORT', 1), (3, 'CNI-PASSPORT', 1), (4, 'CNI', 2)) AS r(k, reason, docs)
CROSS JOIN LATERAL rdvmairie_scenario.slot_items($(lit "$ed"), $(lit "$start")::date, $(lit "$end")::date,
       r.reason, r.docs, false, $(lit "$as_of")::timestamptz, NULL) AS i
JOIN rdvmairie_scenario.meeting_point mp ON mp.editor_id = $(lit "$ed") AND mp.external_id = i.external_id
ORDER BY r.k, i.ord"
    # \copy takes one line
    scripts[j]+="\\copy ($(tr '\n' ' ' <<<"$q")) TO $(lit "$tmp") WITH (FORMAT text)
"
done
pids=()
for ((j = 0; j < jobs && j < n; j++)); do
    "${PSQL[@]}" <<<"${scripts[j]}" &
    pids+=($!)
done
st=0
for p in "${pids[@]}"; do
    wait "$p" || st=1
done
[ $st -eq 0 ] || { echo "$0: a psql session failed" >&2; exit 1; }
for ed in "${order[@]}"; do
    mv "$dir/$ed/.slots.tsv.tmp" "$dir/$ed/slots.tsv"
done
printf 'start=%s\nend=%s\nas_of=%s\nsloppy=%s\nvendors=%s\n' "$start" "$end" "$as_of" "$sloppy" "${order[*]}" \
    > "$dir/export.info"
rows=$(for ed in "${order[@]}"; do wc -l < "$dir/$ed/slots.tsv"; done | awk '{ s += $1 } END { print s }')
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
kind=clean
[ $sloppy = true ] && kind=sloppy
printf 'exported %d vendors, %s slots for %s .. %s (after %s), %s meeting points, to %s in %d.%03d s\n' \
    "$n" "$rows" "$start" "$end" "$as_of" "$kind" "$dir" $((ms / 1000)) $((ms % 1000))

#!/usr/bin/env bash
# Check that mock_vendor, serving a directory written by export.sh, answers
# what the scenario generator says.  Starts its own server on a free port.
#
#   bash test/mock_vendor/verify_export.sh DB DIR [VENDOR...]
#
# Without VENDOR: the largest exported vendor and one per datetime style
# (sends_utc included).  Per vendor: getManagedMeetingPoints equals
# meeting_points_payload(editor_id, sloppy) and, for each exported feed
# (CNI, PASSPORT, CNI-PASSPORT with 1 document, CNI with 2), the
# availableTimeSlots answer for 20 ids (plus one unknown) over 30 days equals
# slots_payload(editor_id, start, end, reason, docs, false, as_of, ids), as
# jsonb.  Prints TAP.  PGHOST/PGPORT/PGUSER from the environment.
set -uo pipefail

[ $# -ge 2 ] || { echo "usage: $0 DB DIR [VENDOR...]" >&2; exit 2; }
db=$1
dir=$(cd "$2" && pwd) || exit 2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
[ -f "$dir/export.info" ] || { echo "$0: $dir/export.info missing (run export.sh)" >&2; exit 2; }
start=$(sed -n 's/^start=//p' "$dir/export.info")
end=$(sed -n 's/^end=//p' "$dir/export.info")
as_of=$(sed -n 's/^as_of=//p' "$dir/export.info")
sloppy=$(sed -n 's/^sloppy=//p' "$dir/export.info")
read -r -a exported <<<"$(sed -n 's/^vendors=//p' "$dir/export.info")"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -At -d "$db")
lit() { printf "'%s'" "${1//\'/\'\'}"; }

vendors=("$@")
if [ ${#vendors[@]} -eq 0 ]; then
    list=$(printf '%s\n' "${exported[@]}" | sed "s/.*/'&'/" | paste -sd,)
    mapfile -t vendors < <("${PSQL[@]}" -c "
        (SELECT v.editor_id FROM rdvmairie_scenario.vendor v
         WHERE v.editor_id IN ($list)
         ORDER BY (SELECT count(*) FROM rdvmairie_scenario.meeting_point mp
                   WHERE mp.editor_id = v.editor_id) DESC LIMIT 1)
        UNION
        SELECT DISTINCT ON (datetime_style, sends_utc) editor_id
        FROM rdvmairie_scenario.vendor WHERE editor_id IN ($list)
        ORDER BY 1")
fi

make -s -C "$here" >&2 || exit 1
work=$(mktemp -d)
"$here/mock_vendor" --port 0 --data "$dir" >"$work/out" 2>"$work/err" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/out" && break; sleep 0.1; done
port=$(sed -n 's/^listening on .*://p' "$work/out")
[ -n "$port" ] || { echo "$0: mock_vendor did not start: $(cat "$work/err")" >&2; exit 1; }

# the 30-day window inside the exported one, starting the day after
read -r ws we < <("${PSQL[@]}" -F ' ' -c "
    SELECT least($(lit "$start")::date + 1, $(lit "$end")::date),
           least($(lit "$start")::date + 30, $(lit "$end")::date)")

feeds=("CNI 1" "PASSPORT 1" "CNI-PASSPORT 1" "CNI 2")
echo "1..$(( ${#vendors[@]} * (1 + ${#feeds[@]}) ))"
n=0
fail=0
check() {   # check DESCRIPTION SQL-RETURNING-t
    n=$((n + 1))
    local r
    r=$("${PSQL[@]}" -f "$work/q.sql" 2>&1)
    if [ "$r" = t ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "# $r" | head -5; fail=1; fi
}

for ed in "${vendors[@]}"; do
    token=$(cat "$dir/$ed/token")
    curl -sS --max-time 20 -H "X-HUB-RDV-AUTH-TOKEN: $token" \
        "http://127.0.0.1:$port/$ed/getManagedMeetingPoints" > "$work/ans.json"
    cat > "$work/q.sql" <<EOF
\\set ans \`cat $work/ans.json\`
SELECT :'ans'::jsonb = rdvmairie_scenario.meeting_points_payload($(lit "$ed"), $sloppy);
EOF
    check "$ed getManagedMeetingPoints = meeting_points_payload($ed, $sloppy)"

    ids=$("${PSQL[@]}" -c "SELECT string_agg(external_id, ',' ORDER BY seq) FROM (
            SELECT external_id, seq FROM rdvmairie_scenario.meeting_point
            WHERE editor_id = $(lit "$ed") ORDER BY seq LIMIT 20) x")
    for f in "${feeds[@]}"; do
        reason=${f% *}
        docs=${f#* }
        curl -sS --max-time 20 -G -H "X-HUB-RDV-AUTH-TOKEN: $token" \
            --data-urlencode "meeting_point_ids=$ids,no-such-point" \
            --data "start_date=$ws&end_date=$we&reason=$reason&documents_number=$docs" \
            "http://127.0.0.1:$port/$ed/availableTimeSlots" > "$work/ans.json"
        cat > "$work/q.sql" <<EOF
\\set ans \`cat $work/ans.json\`
SELECT :'ans'::jsonb = rdvmairie_scenario.slots_payload($(lit "$ed"), $(lit "$ws"), $(lit "$we"),
         $(lit "$reason"), $docs, false, $(lit "$as_of")::timestamptz, string_to_array($(lit "$ids"), ','))
       AND jsonb_typeof(:'ans'::jsonb) = 'object';
EOF
        items=$(grep -o '"datetime"' "$work/ans.json" | wc -l)
        check "$ed availableTimeSlots $reason/$docs, 20 ids, $ws..$we = slots_payload ($items items)"
    done
done
exit $fail

#!/usr/bin/env bash
# Self-test of the mock vendor server: builds it, serves two small vendors
# on a free loopback port and checks every endpoint and every mode with curl.
# Prints TAP; exits non-zero when a test fails.  Takes a few seconds.
#
#   bash test/mock_vendor/selftest.sh
#   MOCK_VENDOR_BIN=test/mock_vendor/mock_vendor_asan bash test/mock_vendor/selftest.sh
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
command -v curl >/dev/null || { echo "1..0 # SKIP curl is not installed"; exit 0; }

work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT

n=0
failed=0
ok() {      # ok CONDITION-STATUS DESCRIPTION [DIAGNOSTIC]
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then
        echo "ok $n - $2"
    else
        echo "not ok $n - $2"
        failed=$((failed + 1))
        [ -n "${3:-}" ] && printf '%s\n' "$3" | sed 's/^/# /'
    fi
}
same() {    # same DESCRIPTION EXPECTED ACTUAL
    [ "$2" = "$3" ]
    ok $? "$1" "expected: $2
got:      $3"
}

echo "1..49"

# ---- build --------------------------------------------------------------
bin=${MOCK_VENDOR_BIN:-}
if [ -z "$bin" ]; then
    out=$(make -s -C "$here" 2>&1)
    ok $? "make builds mock_vendor" "$out"
    bin=$here/mock_vendor
else
    [ -x "$bin" ]
    ok $? "MOCK_VENDOR_BIN is executable ($bin)"
fi

# ---- data -----------------------------------------------------------------
D=$work/data
mkdir -p "$D/edA" "$D/edB" "$D/edC"
printf 'secret-A' > "$D/edA/token"                  # no trailing newline
printf 'secret-B\n' > "$D/edB/token"                # trailing newline ignored
cat > "$D/edA/meeting_points.json" <<'EOF'
[
  {"id": "MP1", "name": "Mairie de A", "longitude": 2.35, "latitude": 48.85},
  {"id": 2, "name": "Annexe", "longitude": "2.36", "latitude": "48.86"},
  {"id": "M 3", "name": "Sans créneau"},
  {"id": "Q\"4", "name": "Guillemet"}
]
EOF
T=$'\t'
cat > "$D/edA/slots.tsv" <<EOF
MP1${T}CNI${T}1${T}2027-01-04${T}2027-01-04T08:30Z${T}https://a.example.org/book/MP1/202701040830?reason=CNI
MP1${T}CNI${T}1${T}2027-01-04${T}2027-01-04T08:45Z${T}https://a.example.org/book/MP1/202701040845?reason=CNI
MP1${T}CNI${T}1${T}2027-01-05${T}2027-01-05T08:30Z${T}https://a.example.org/book/MP1/202701050830?reason=CNI
MP1${T}CNI${T}1${T}2027-01-07${T}2027-01-07T08:30Z${T}https://a.example.org/book/MP1/202701070830?reason=CNI
MP1${T}PASSPORT${T}1${T}2027-01-04${T}2027-01-04T09:00Z${T}https://a.example.org/book/MP1/202701040900?reason=PASSPORT
MP1${T}CNI${T}2${T}2027-01-04${T}2027-01-04T08:30Z${T}https://a.example.org/book/MP1/202701040830?reason=CNI&documents_number=2
2${T}CNI${T}1${T}2027-01-05${T}2027-01-05 10:00:00${T}https://a.example.org/book/2/202701051000?reason=CNI
Q"4${T}CNI${T}1${T}2027-01-04${T}2027-01-04T11:00Z${T}https://a.example.org/q"4\\x
ZZ${T}CNI${T}1${T}2027-01-04${T}2027-01-04T08:30Z${T}https://a.example.org/book/ZZ/202701040830?reason=CNI
EOF
cat > "$D/edA/applications.json" <<'EOF'
{
  "APP1": [{"meeting_point": "MP1", "datetime": "2027-01-04T08:30Z", "management_url": "https://a.example.org/m/1", "cancel_url": "https://a.example.org/c/1"}],
  "APP2": []
}
EOF
printf '[{"id":"B1","name":"Mairie de B"}]\n' > "$D/edB/meeting_points.json"
printf 'B1\tCNI\t1\t2027-01-04\t2027-01-04T10:00:00+01:00\thttps://b.example.org/1\n' > "$D/edB/slots.tsv"
# edC has neither token nor files: every request is refused

# ---- start ----------------------------------------------------------------
log=$work/requests.log
"$bin" --port 0 --data "$D" --log "$log" >"$work/stdout" 2>"$work/stderr" &
server_pid=$!
for _ in $(seq 50); do
    grep -q '^listening on ' "$work/stdout" 2>/dev/null && break
    sleep 0.1
done
line=$(head -1 "$work/stdout")
port=${line##*:}
[[ $line =~ ^listening\ on\ 127\.0\.0\.1:[0-9]+$ ]] && [ "$port" -gt 0 ]
ok $? "starts on a free port and prints '$line'" "$(cat "$work/stderr")"

A="http://127.0.0.1:$port/edA"
B="http://127.0.0.1:$port/edB"
HA="X-HUB-RDV-AUTH-TOKEN: secret-A"
HB="X-HUB-RDV-AUTH-TOKEN: secret-B"
C=(curl -sS --max-time 5)
get() { "${C[@]}" -H "$HA" "$A/$1"; }                  # body of a GET to vendor A
code() { "${C[@]}" -o /dev/null -w '%{http_code}' "$@"; }
slots() { get "availableTimeSlots?$1"; }
mode() { printf '%s\n' "$1" > "$D/edA/mode.tmp" && mv "$D/edA/mode.tmp" "$D/edA/mode"; }

# ---- getManagedMeetingPoints and authentication -------------------------
get getManagedMeetingPoints > "$work/mp"
cmp -s "$work/mp" "$D/edA/meeting_points.json"
ok $? "getManagedMeetingPoints serves meeting_points.json verbatim"
same "no token: 401" 401 "$(code "$A/getManagedMeetingPoints")"
same "wrong token: 401 with JSON detail" '{"detail":"invalid token"}' \
    "$("${C[@]}" -H "$HB" "$A/getManagedMeetingPoints")"
same "token file's trailing newline is ignored" 200 "$(code -H "$HB" "$B/getManagedMeetingPoints")"
same "vendor without a token file: 401" 401 "$(code -H "X-HUB-RDV-AUTH-TOKEN: " "http://127.0.0.1:$port/edC/getManagedMeetingPoints")"
same "unknown vendor: 404 JSON" '404 {"detail":"unknown vendor"}' \
    "$("${C[@]}" -w '%{http_code} ' -o "$work/b" -H "$HA" "http://127.0.0.1:$port/nobody/getManagedMeetingPoints"; cat "$work/b")"
same "unknown path: 404" 404 "$(code -H "$HA" "$A/getSomething")"
same "POST: 405" 405 "$(code -X POST -H "$HA" "$A/getManagedMeetingPoints")"
resp=$(exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'HELLO\r\n\r\n' >&3 && timeout 2 cat <&3)
[[ $resp == "HTTP/1.1 400 "* ]]
ok $? "a garbage request gets 400" "$resp"

# ---- availableTimeSlots -----------------------------------------------------
w="start_date=2027-01-04&end_date=2027-01-05"
mp1_04='{"datetime":"2027-01-04T08:30Z","callback_url":"https://a.example.org/book/MP1/202701040830?reason=CNI"},{"datetime":"2027-01-04T08:45Z","callback_url":"https://a.example.org/book/MP1/202701040845?reason=CNI"}'
mp1_05='{"datetime":"2027-01-05T08:30Z","callback_url":"https://a.example.org/book/MP1/202701050830?reason=CNI"}'
two_05='{"datetime":"2027-01-05 10:00:00","callback_url":"https://a.example.org/book/2/202701051000?reason=CNI"}'
same "repeated meeting_point_ids, window filter, numeric id, empty array" \
    "{\"MP1\":[$mp1_04,$mp1_05],\"2\":[$two_05],\"M 3\":[]}" \
    "$(slots "meeting_point_ids=MP1&meeting_point_ids=2&meeting_point_ids=M+3&$w&reason=CNI&documents_number=1")"
same "comma-separated ids (even encoded as %2C) give the same answer" \
    "{\"MP1\":[$mp1_04,$mp1_05],\"2\":[$two_05],\"M 3\":[]}" \
    "$(slots "meeting_point_ids=MP1%2C2&meeting_point_ids=M%203&$w")"
same "one-day window" "{\"MP1\":[$mp1_04],\"2\":[]}" \
    "$(slots "meeting_point_ids=MP1,2&start_date=2027-01-04&end_date=2027-01-04")"
same "unknown ids are omitted (even with slots in the file)" "{\"MP1\":[$mp1_04]}" \
    "$(slots "meeting_point_ids=nope&meeting_point_ids=ZZ&meeting_point_ids=MP1&start_date=2027-01-04&end_date=2027-01-04")"
same "only unknown ids: {}" "{}" "$(slots "meeting_point_ids=nope&$w")"
same "a repeated id is answered once" "{\"2\":[$two_05]}" "$(slots "meeting_point_ids=2,2&meeting_point_ids=2&$w")"
same "reason filter" '{"MP1":[{"datetime":"2027-01-04T09:00Z","callback_url":"https://a.example.org/book/MP1/202701040900?reason=PASSPORT"}]}' \
    "$(slots "meeting_point_ids=MP1&$w&reason=PASSPORT")"
same "documents_number filter" '{"MP1":[{"datetime":"2027-01-04T08:30Z","callback_url":"https://a.example.org/book/MP1/202701040830?reason=CNI&documents_number=2"}]}' \
    "$(slots "meeting_point_ids=MP1&$w&reason=CNI&documents_number=2")"
same "URL-decoded ids, JSON-escaped strings" '{"Q\"4":[{"datetime":"2027-01-04T11:00Z","callback_url":"https://a.example.org/q\"4\\x"}]}' \
    "$(slots "meeting_point_ids=Q%224&$w")"
same "missing start_date: 400" 400 "$(code -H "$HA" "$A/availableTimeSlots?meeting_point_ids=MP1&end_date=2027-01-05")"
same "invalid end_date: 400 JSON" '{"detail":"end_date must be a date YYYY-MM-DD"}' \
    "$(slots "meeting_point_ids=MP1&start_date=2027-01-04&end_date=2027-02-30")"
same "missing meeting_point_ids: 400" 400 "$(code -H "$HA" "$A/availableTimeSlots?$w")"
same "vendor B is served from its own files" '{"B1":[{"datetime":"2027-01-04T10:00:00+01:00","callback_url":"https://b.example.org/1"}]}' \
    "$("${C[@]}" -H "$HB" "$B/availableTimeSlots?meeting_point_ids=B1,MP1&$w")"
printf 'MP1\tCNI\t1\t2027-01-04\t2027-01-04T16:30Z\thttps://a.example.org/new\n' > "$D/edA/slots.new"
cp "$D/edA/slots.tsv" "$D/edA/slots.orig" && mv "$D/edA/slots.new" "$D/edA/slots.tsv"
same "slots.tsv is reloaded when it changes" '{"MP1":[{"datetime":"2027-01-04T16:30Z","callback_url":"https://a.example.org/new"}]}' \
    "$(slots "meeting_point_ids=MP1&$w")"
mv "$D/edA/slots.orig" "$D/edA/slots.tsv"

# ---- searchApplicationIds ---------------------------------------------------
same "searchApplicationIds: existing ids only" \
    '{"APP1":[{"meeting_point": "MP1", "datetime": "2027-01-04T08:30Z", "management_url": "https://a.example.org/m/1", "cancel_url": "https://a.example.org/c/1"}],"APP2":[]}' \
    "$(get "searchApplicationIds?application_ids=APP1&application_ids=NOPE,APP2")"
same "searchApplicationIds: none known gives {}" '{}' "$(get "searchApplicationIds?application_ids=X1")"
same "searchApplicationIds without applications.json gives {}" '{}' \
    "$("${C[@]}" -H "$HB" "$B/searchApplicationIds?application_ids=APP1")"

# ---- connections ------------------------------------------------------------
v=$("${C[@]}" -v -o /dev/null -o /dev/null -H "$HA" "$A/getManagedMeetingPoints" "$A/getManagedMeetingPoints" 2>&1)
grep -qi 're-using existing connection' <<<"$v"
ok $? "keep-alive: a second request reuses the connection"
h=$("${C[@]}" -D - -o /dev/null -H "$HA" -H 'Connection: close' "$A/getManagedMeetingPoints" | tr -d '\r')
grep -qi '^connection: close$' <<<"$h"
ok $? "Connection: close is honoured"

# ---- modes --------------------------------------------------------------------
full=$(slots "meeting_point_ids=MP1,2&$w")

mode "slow 400"
t=$("${C[@]}" -o "$work/b" -w '%{time_total}' -H "$HA" "$A/availableTimeSlots?meeting_point_ids=MP1,2&$w")
awk -v t="$t" 'BEGIN { exit !(t >= 0.38 && t < 2) }' && [ "$(cat "$work/b")" = "$full" ]
ok $? "slow 400: normal answer after ${t}s"

mode "hang"
"${C[@]}" --max-time 1.5 -o /dev/null -H "$HA" "$A/getManagedMeetingPoints" 2>/dev/null &
hang_pid=$!
sleep 0.2
t=$("${C[@]}" -o /dev/null -w '%{time_total}' -H "$HB" "$B/getManagedMeetingPoints")
awk -v t="$t" 'BEGIN { exit !(t < 0.3) }'
ok $? "hang on vendor A does not delay vendor B (${t}s)"
wait "$hang_pid"
same "hang: the client times out (curl exit 28)" 28 "$?"

mode "401"
same "mode 401" '401 {"detail":"invalid token"}' \
    "$("${C[@]}" -w '%{http_code} ' -o "$work/b" -H "$HA" "$A/getManagedMeetingPoints"; cat "$work/b")"

mode "500"
same "mode 500: JSON error" '500 {"detail":"internal server error"}' \
    "$("${C[@]}" -w '%{http_code} ' -o "$work/b" -H "$HA" "$A/getManagedMeetingPoints"; cat "$work/b")"

mode "html"
r=$("${C[@]}" -w '%{http_code} %{content_type}' -o "$work/b" -H "$HA" "$A/availableTimeSlots?meeting_point_ids=MP1&$w")
[ "$r" = "200 text/html; charset=utf-8" ] && grep -q '^<!DOCTYPE html>' "$work/b"
ok $? "html: 200 with an HTML page ($r)"

mode "truncated"
"${C[@]}" -o "$work/b" -H "$HA" "$A/availableTimeSlots?meeting_point_ids=MP1,2&$w"; st=$?
half=$(( ${#full} / 2 ))
[ $st -eq 0 ] && [ "$(cat "$work/b")" = "${full:0:$half}" ]
ok $? "truncated: the first half of the body, then close (no Content-Length)"

mode "truncated cl"
"${C[@]}" -o "$work/b" -H "$HA" "$A/availableTimeSlots?meeting_point_ids=MP1,2&$w" 2>/dev/null
same "truncated cl: Content-Length of the whole body, curl reports a partial file (18)" 18 "$?"

mode "huge 2"
r=$("${C[@]}" -D "$work/h" -o "$work/b" -w '%{http_code} %{size_download}' -H "$HA" "$A/getManagedMeetingPoints")
[ "$r" = "200 2097152" ] && [ "$(head -c 6 "$work/b")" = '{"X":"' ] && [ "$(tail -c 2 "$work/b")" = '"}' ] \
    && grep -qi '^content-length: 2097152' "$work/h"
ok $? "huge 2: a 2 MB JSON body with Content-Length ($r)"

mode "huge 1 chunked"
r=$("${C[@]}" -D "$work/h" -o "$work/b" -w '%{http_code} %{size_download}' -H "$HA" "$A/getManagedMeetingPoints")
[ "$r" = "200 1048576" ] && grep -qi '^transfer-encoding: chunked' "$work/h" && [ "$(tail -c 2 "$work/b")" = '"}' ]
ok $? "huge 1 chunked: a 1 MB JSON body, chunked ($r)"

mode "wrong_types"
same "wrong_types: slots with a numeric datetime and an object callback_url" \
    '{"MP1":[{"datetime":202701040830,"callback_url":{"href":"https://a.example.org/book/MP1/202701040830?reason=CNI"}},{"datetime":202701040845,"callback_url":{"href":"https://a.example.org/book/MP1/202701040845?reason=CNI"}}],"M 3":{}}' \
    "$(slots "meeting_point_ids=MP1,M+3&start_date=2027-01-04&end_date=2027-01-04&reason=CNI")"
get getManagedMeetingPoints > "$work/b"
grep -q '^\[{"id":{"value":"MP1"},"name":\["MP1"\],"longitude":{' "$work/b"
ok $? "wrong_types: meeting points with object/array/boolean fields"

mode "redirect https://elsewhere.example.org/api"
r=$("${C[@]}" -w '%{http_code} %{redirect_url} %{size_download}' -o /dev/null -H "$HA" "$A/getManagedMeetingPoints")
same "redirect: 302 with Location and no body" "302 https://elsewhere.example.org/api 0" "$r"

mode "slow_body 600"
t=$("${C[@]}" -o "$work/b" -w '%{time_starttransfer} %{time_total}' -H "$HA" "$A/availableTimeSlots?meeting_point_ids=MP1,2&$w")
awk -v a="${t% *}" -v b="${t#* }" 'BEGIN { exit !(a < 0.3 && b >= 0.55 && b < 2) }' && [ "$(cat "$work/b")" = "$full" ]
ok $? "slow_body 600: headers at once, body trickled over 0.6 s (first byte, total: $t)"

mode "no_such_mode"
same "an unknown mode is a 500 that says so" 500 "$(code -H "$HA" "$A/getManagedMeetingPoints")"

mode "ok"
same "mode ok: back to normal" "$full" "$(slots "meeting_point_ids=MP1,2&$w")"

# ---- log and shutdown -----------------------------------------------------
bad=$(awk 'NF != 6 || $4 !~ /^[0-9]+$/ || $5 !~ /^[0-9]+$/ || $6 !~ /^[0-9]+$/' "$log" | head -3)
[ -s "$log" ] && [ -z "$bad" ] && grep -q '^edA GET /edA/getManagedMeetingPoints 200 ' "$log"
ok $? "--log writes '<vendor> <method> <target> <status> <bytes> <ms>' lines ($(wc -l <"$log") lines)" "$bad"

kill -TERM "$server_pid"
wait "$server_pid"
st=$?
server_pid=
same "SIGTERM: clean exit 0" 0 "$st"
other=$(grep -v 'bad mode file for edA: no_such_mode' "$work/stderr")
[ -z "$other" ]
ok $? "nothing else on stderr (no warning, no sanitizer report)" "$(head -20 <<<"$other")"

[ "$n" -eq 49 ] || echo "# planned 49 tests, ran $n"
[ "$failed" -eq 0 ] && [ "$n" -eq 49 ]

#!/usr/bin/env bash
# The benchmarks at a small size, against the test cluster: they must run and
# their baselines must agree with the extension. Times are printed, not asserted.
set -uo pipefail
cd "$(dirname "$0")/../.."
echo "1..5"
export RDV_BENCH_CLUSTER=reuse

out=$(bash bench/ingest.sh --small 2>&1); st=$?
[ $st -eq 0 ] && echo "ok 1 - bench/ingest.sh --small runs" || { echo "not ok 1 - bench/ingest.sh --small runs"; echo "$out" | tail -20 | sed 's/^/# /'; }
echo "$out" | grep -A2 'baseline_agrees' | grep -q ' t$' \
    && echo "ok 2 - the INSERT ON CONFLICT baseline finds exactly the rows ingestion wrote" \
    || echo "not ok 2 - the INSERT ON CONFLICT baseline finds exactly the rows ingestion wrote"
echo "$out" | grep -E 'first load|unchanged re-ingest' | sed 's/^/# /'

out=$(RDV_BENCH_SECONDS=2 bash bench/search.sh --small 2>&1); st=$?
[ $st -eq 0 ] && echo "ok 3 - bench/search.sh --small runs" || { echo "not ok 3 - bench/search.sh --small runs"; echo "$out" | tail -20 | sed 's/^/# /'; }
share=$(echo "$out" | grep -A2 'same_points_share' | tail -1 | tr -d ' ')
awk -v s="$share" 'BEGIN { exit !(s >= 0.98) }' \
    && echo "ok 4 - search_slots and the hand-written query agree on at least 98% of 200 searches ($share)" \
    || echo "not ok 4 - search_slots and the hand-written query agree on at least 98% of 200 searches ($share)"
share=$(echo "$out" | grep -A2 'same_date_answer_share' | tail -1 | tr -d ' ')
[ "$share" = "1.000" ] \
    && echo "ok 5 - in date order, search_slots and the hand-written query give the same answer to 100 searches" \
    || echo "not ok 5 - in date order, search_slots and the hand-written query give the same answer to 100 searches ($share)"
echo "$out" | grep -E '^(c|handwritten|naive|c_date|handwritten_date) |ratio|p99' | sed 's/^/# /'

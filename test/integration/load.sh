#!/usr/bin/env bash
# The mixed load test at a small size (bench/load.sh --small), against the test
# cluster: searches, slot ingestion and registry calls from several clients at once
# must run without error, deadlock or search waiting on a lock. Figures are printed,
# not asserted. bench/load.sh works in its own database (dropped at the end) and sets
# its lock-wait logging on that database only, so the cluster is left as it was.
set -uo pipefail
cd "$(dirname "$0")/../.."
echo "1..6"
export RDV_BENCH_CLUSTER=reuse

out=$(bash bench/load.sh --small 2>&1); st=$?
# "check: ok - TEXT" or "check: FAILED - TEXT" lines of bench/load.sh, by their text
tap() {   # tap N PATTERN DESCRIPTION
    local line
    line=$(echo "$out" | grep -E "^check: (ok|FAILED) - $2" | head -1)
    if [ -z "$line" ]; then echo "not ok $1 - $3 (no such check in the output)"
    elif [[ $line == "check: ok"* ]]; then echo "ok $1 - ${line#check: ok - }"
    else echo "not ok $1 - ${line#check: FAILED - }"; fi
}

if echo "$out" | grep -q '^result: '; then
    echo "ok 1 - bench/load.sh --small runs to its checks (exit status $st)"
else
    echo "not ok 1 - bench/load.sh --small runs to its checks (exit status $st)"
    echo "$out" | tail -20 | sed 's/^/# /'
fi
tap 2 'every pgbench run' 'no failed transaction, no aborted client'
tap 3 'no deadlock' 'no deadlock'
tap 4 'no search waited on a lock' 'no search waited on a lock'
tap 5 'every kind completed' 'every kind completed transactions'
tap 6 'ingestion changed slots' 'ingestion changed slots'
echo "$out" | sed -n '/^scenario:/,/^result:/p' | grep -v '^check:' | grep -v '^$' | sed 's/^/# /'

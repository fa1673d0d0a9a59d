#!/usr/bin/env bash
# The duplicate-finder benchmark in its quick form, against the test cluster
# (PGHOST/PGPORT/PGUSER from scripts/test.sh): it must run, and the quality of
# duplicate_groups on its labelled data is a real assertion.  Time is not.
# Prints TAP.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp /tmp/rdvmairie-dedup-bench.XXXXXX)
trap 'rm -f "$out"' EXIT

echo "1..3"
if RDV_BENCH_CLUSTER=reuse bash "$root/bench/dedup.sh" --small >"$out" 2>&1; then
    echo "ok 1 - bench ran"
else
    echo "not ok 1 - bench ran"
    sed 's/^/# /' "$out" | tail -40
fi

result() { awk -v k="$1" '$1 == "RESULT" && $2 == k { print $3 }' "$out"; }
check() {  # n name value op bound
    local n=$1 name=$2 value=$3 op=$4 bound=$5
    if [ -n "$value" ] && awk -v v="$value" -v b="$bound" "BEGIN { exit !(v $op b) }"; then
        echo "ok $n - $name $op $bound ($value)"
    else
        echo "not ok $n - $name $op $bound (${value:-no value})"
    fi
}
check 2 precision "$(result quality_precision)" '>=' 0.99
check 3 recall "$(result quality_recall)" '>=' 0.95

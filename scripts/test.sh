#!/usr/bin/env bash
# The whole test suite: builds and installs the extension, starts a throwaway
# cluster on a free port, runs the C unit tests, pg_regress (sql/ + expected/),
# pgTAP (test/pgtap/) and the integration tests (test/integration/), stops the
# cluster, and ends with "N passed, N failed". Exit status is non-zero on any failure.
#
#   bash scripts/test.sh            # everything
#   RDV_TEST_ONLY=pgtap bash scripts/test.sh   # one stage: unit, regress, pgtap, integration
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$RDV_ROOT"

only=${RDV_TEST_ONLY:-}
want() { [ -z "$only" ] || [ "$only" = "$1" ]; }

install_packages
build_and_install

passed=0 failed=0
logdir=$(mktemp -d /tmp/rdvmairie-test-logs.XXXXXX)

# count_tap STAGE FILE STATUS: add a TAP stream's results; a stage that failed
# without a failing assertion (crash, bad plan) counts as one failure.
count_tap() {
    local stage=$1 file=$2 status=$3 ok notok
    ok=$(grep -cE '^[[:space:]]*ok [0-9]+' "$file" || true)
    notok=$(grep -cE '^[[:space:]]*not ok [0-9]+' "$file" || true)
    if [ "$status" -ne 0 ] && [ "$notok" -eq 0 ]; then notok=1; fi
    passed=$((passed + ok)); failed=$((failed + notok))
    printf '%-12s %5d passed, %d failed\n' "$stage" "$ok" "$notok"
    if [ "$notok" -ne 0 ]; then
        grep -E -A3 '^[[:space:]]*not ok|^#|Dubious|Failed|ERROR' "$file" | head -80 || true
    fi
}

if want unit; then
    log "C unit tests (pure normalising code, also under AddressSanitizer/UBSan)"
    st=0; make -s -C test/unit check check-asan >"$logdir/unit.tap" 2>&1 || st=$?
    count_tap unit "$logdir/unit.tap" "$st"
fi

dir=$(mktemp -d /tmp/rdvmairie-test.XXXXXX)
port=$(free_port 55432)
trap 'cluster_stop "$dir"; as_root rm -rf "$dir"' EXIT
log "starting a throwaway cluster on port $port"
cluster_start "$dir" "$port" rdvmairie_test

if want regress; then
    log "pg_regress and isolation tests (sql/, specs/)"
    st=0
    make -s installcheck PG_CONFIG="$PG_CONFIG" >"$logdir/regress.out" 2>&1 || st=$?
    ok=$(grep -cE '\.\.\. ok|^ok [0-9]+' "$logdir/regress.out" || true)
    bad=$(grep -cE '\.\.\. FAILED|^not ok [0-9]+' "$logdir/regress.out" || true)
    if [ "$st" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
    passed=$((passed + ok)); failed=$((failed + bad))
    printf '%-12s %5d passed, %d failed\n' regress "$ok" "$bad"
    if [ "$bad" -ne 0 ]; then
        cat "$logdir/regress.out"
        [ -f regression.diffs ] && head -200 regression.diffs
        [ -f output_iso/regression.diffs ] && head -200 output_iso/regression.diffs
    fi
fi

if want pgtap || want integration; then
    log "preparing database rdvmairie_test (pgTAP, extension, scenario data)"
    sql -d postgres -c "CREATE DATABASE rdvmairie_test"
    sql -d rdvmairie_test -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION rdvmairie CASCADE"
    load_scenario rdvmairie_test
fi

if want pgtap; then
    log "pgTAP"
    st=0
    pg_prove --verbose --failures -d rdvmairie_test test/pgtap/*.sql >"$logdir/pgtap.tap" 2>&1 || st=$?
    count_tap pgtap "$logdir/pgtap.tap" "$st"
fi

if want integration; then
    log "integration tests"
    for t in test/integration/*.sh; do
        [ -e "$t" ] || continue
        st=0
        RDV_TEST_DB=rdvmairie_test bash "$t" >"$logdir/$(basename "$t").tap" 2>&1 || st=$?
        count_tap "$(basename "$t" .sh)" "$logdir/$(basename "$t").tap" "$st"
    done
fi

echo "logs: $logdir"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

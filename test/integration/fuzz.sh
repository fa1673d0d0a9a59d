#!/usr/bin/env bash
# The libFuzzer harnesses for a few seconds each: no crash, no sanitizer report. Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
echo "1..2"
make -s -C test/fuzz >/dev/null 2>&1 || { echo "not ok 1 - the fuzz harnesses build"; echo "not ok 2 - skipped"; exit 1; }
n=0
for h in normalize dedup; do
    n=$((n + 1))
    work=$(mktemp -d /tmp/rdvmairie-fuzz.XXXXXX)
    out=$(cd test/fuzz && "./fuzz_$h" -max_total_time=8 -max_len=256 "$work" "corpus/$h" 2>&1); st=$?
    runs=$(echo "$out" | sed -n 's/^Done \([0-9]*\) runs.*/\1/p')
    if [ $st -eq 0 ]; then echo "ok $n - fuzz_$h: ${runs:-?} inputs, no crash, no sanitizer report"
    else echo "not ok $n - fuzz_$h"; echo "$out" | grep -E "ERROR|SUMMARY|crash" | head -5 | sed 's/^/# /'; fi
    rm -rf "$work"
done

#!/usr/bin/env bash
# Fuzzes every pure C parser and normaliser with libFuzzer (clang, AddressSanitizer,
# UBSan), starting from the seed corpora in test/fuzz/corpus, for SECONDS each.
#
#   bash bench/fuzz.sh            # 60 s per harness
#   bash bench/fuzz.sh 600        # longer
# A crash stops the run and leaves its input in test/fuzz/crash-*: fix it and keep
# the input as a seed of the corpus, so that it stays a regression case.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$RDV_ROOT"
seconds=${1:-60}
install_packages
make -s -C test/fuzz
for h in normalize dedup; do
    work=$(mktemp -d /tmp/rdvmairie-fuzz.XXXXXX)
    (cd test/fuzz && "./fuzz_$h" -max_total_time="$seconds" -max_len=512 -print_final_stats=1 \
        "$work" "corpus/$h" 2>&1) | grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY)" \
        | sed "s/^/fuzz_$h: /"
    rm -rf "$work"
done

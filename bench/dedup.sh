#!/usr/bin/env bash
# Duplicate-finder benchmark: prints, in one run, the quality of
# rdvmairie.duplicate_groups on labelled applicants (pairwise precision, recall,
# F1), its time on one core, and the ratio against hand-written SQL (a
# levenshtein + pg_trgm self-join, at the largest size where that join
# finishes within a minute, and, for information, a pg_trgm GIN-indexed join
# at the largest size tried, 1,000,000 or 100,000 rows, that finishes within a minute).
#
#   bash bench/dedup.sh            # quality at 100,000 rows, time at 1,000,000
#   bash bench/dedup.sh --small    # a quick run (CI): 20,000 rows, no timing verdict
# Uses the cluster in PGHOST/PGPORT when RDV_BENCH_CLUSTER=reuse, else a throwaway one.
# The data: bench/dedup.sql (generator, rates documented there and in docs/dedup.md).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$RDV_ROOT"

mode=full quality_rows=100000 time_rows=1000000 runs=3
if [ "${1:-}" = "--small" ]; then mode=small quality_rows=20000 time_rows=20000 runs=1; fi
runs=${RDV_BENCH_RUNS:-$runs}
seed=0.42
limit_s=60      # a baseline run must finish within this
target_s=45     # aim the next self-join size at this, by its quadratic growth

install_packages
if [ "${RDV_BENCH_CLUSTER:-}" != reuse ]; then
    build_and_install
    dir=$(mktemp -d /tmp/rdvmairie-bench.XXXXXX)
    trap 'cluster_stop "$dir"; as_root rm -rf "$dir"' EXIT
    cluster_start "$dir" "$(free_port 57432)" postgres
fi

db=rdvmairie_bench_dedup
sql -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
sql -d "$db" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE" \
    -c "CREATE EXTENSION pg_trgm" -c "CREATE EXTENSION fuzzystrmatch"

log "generating $time_rows labelled appointments"
sql -d "$db" -v rows="$time_rows" -v seed="$seed" -f bench/dedup.sql

log "quality at $quality_rows rows"
sql -d "$db" -v n="$quality_rows" -v label=quality -f bench/dedup_quality.sql

log "duplicate_groups on one core at $time_rows rows ($runs runs, best kept)"
sql -d "$db" -c "INSERT INTO bench_dedup.result SELECT 'time rows', count(*), NULL FROM bench_dedup.appointment WHERE unit <= bench_dedup.unit_cut($time_rows)"
for run in $(seq 1 "$runs"); do
    sql -d "$db" -v n="$time_rows" -v table=bench_dedup.appointment -v measure='time ms' -f bench/dedup_time.sql
done

# baseline: run one hand-written join at n rows; prints its ms, fails on timeout
baseline() {  # which n measure
    "$PGBIN/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "SET statement_timeout = '${limit_s}s'" \
        -v which="$1" -v n="$2" -v measure="$3" -f bench/dedup_baseline.sql 2>/dev/null | tail -1
}
ours_on_sample() {  # n measure
    for run in 1 2 3 4 5; do
        sql -d "$db" -v n="$1" -v table=bench_dedup.sample -v measure="$2" -f bench/dedup_time.sql
    done
}

if [ "$mode" = small ]; then
    size=2000
    log "self-join at $size rows"
    baseline self_join "$size" 'self_join ms' >/dev/null
else
    # grow the size while the quadratic self-join is predicted to finish within the limit
    size=1000 best=0
    while :; do
        log "self-join at $size rows"
        if ! ms=$(baseline self_join "$size" 'self_join try ms') || [ -z "$ms" ]; then
            log "the self-join did not finish within ${limit_s} s at $size rows"
            break
        fi
        best=$size
        sql -d "$db" -c "INSERT INTO bench_dedup.result VALUES ('self_join ms', $ms, '$size rows') ON CONFLICT (measure) DO UPDATE SET value = excluded.value, detail = excluded.detail"
        next=$(awk -v s="$size" -v ms="$ms" -v t="$target_s" \
            'BEGIN { f = sqrt(t * 1000 / ms); if (f > 2) f = 2; printf "%d", s * f }')
        [ "$next" -gt $((size + size / 10)) ] || break
        size=$next
    done
    [ "$best" -gt 0 ] || die "the self-join never finished within ${limit_s} s"
    size=$best
    baseline self_join "$size" 'self_join try ms' >/dev/null || true   # rebuild the sample at that size
fi
sql -d "$db" -c "INSERT INTO bench_dedup.result SELECT 'self_join rows', count(*), NULL FROM bench_dedup.sample ON CONFLICT (measure) DO UPDATE SET value = excluded.value"
log "duplicate_groups on the same $size rows"
ours_on_sample "$size" 'self_join ours ms'

# the indexed join scales: try it at the timing size, else at the quality size
for size in "$time_rows" "$quality_rows"; do
    log "pg_trgm GIN-indexed join at $size rows"
    if baseline trigram "$size" 'trigram ms' >/dev/null; then
        sql -d "$db" -c "INSERT INTO bench_dedup.result SELECT 'trigram rows', count(*), NULL FROM bench_dedup.sample ON CONFLICT (measure) DO UPDATE SET value = excluded.value"
        ours_on_sample "$size" 'trigram ours ms'
        break
    fi
    log "the trigram join did not finish within ${limit_s} s at $size rows"
done

sql -d "$db" -c "DELETE FROM bench_dedup.result WHERE measure = 'self_join try ms'"
sql -d "$db" -v mode="$mode" -f bench/dedup_report.sql
sql -d postgres -c "DROP DATABASE $db"

#!/usr/bin/env bash
# Search benchmark: pgbench with population-weighted origins, one client, prints
# throughput and latency (mean, p99) of search_slots, of the best hand-written SQL
# (a prepared LATERAL KNN query over the same tables and indexes) and of the naive
# join, and the ratios, in one run; then the same for order by date over 30 km
# (search_slots vs the best hand-written SQL for the soonest first slots).
#
#   bash bench/search.sh           # France scale: 3,500 meeting points, 90 days of slots
#   bash bench/search.sh --small   # a quick run (CI): 400 meeting points, 31 days, 3 s each
# Uses the cluster in PGHOST/PGPORT when RDV_BENCH_CLUSTER=reuse, else a throwaway one.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$RDV_ROOT"

points=3500 days=90 seconds=20
if [ "${1:-}" = "--small" ]; then points=400 days=31 seconds=3; fi
seconds=${RDV_BENCH_SECONDS:-$seconds}

trap bench_cleanup EXIT
bench_cluster
db=rdvmairie_bench_search
bench_database "$db"
sql -d "$db" -v points="$points" -v days="$days" -f bench/search_setup.sql
# the steady state autovacuum brings: visibility map set, statistics current
sql -d "$db" -c "VACUUM ANALYZE rdvmairie.slot" -c "VACUUM ANALYZE rdvmairie.slot_window"

logdir=$(mktemp -d /tmp/rdvmairie-bench-search.XXXXXX)
printf '\n%-17s %10s %10s %10s\n' variant tps mean_ms p99_ms
for v in c handwritten naive c_date handwritten_date; do
    (cd "$logdir" && "$PGBIN/pgbench" -n -M prepared -c 1 -T "$seconds" -l --log-prefix="$v" \
        -f "$RDV_ROOT/bench/search/$v.sql" "$db" > "$v.out" 2>&1) || { cat "$logdir/$v.out"; exit 1; }
    # per-transaction log: column 3 is the latency in microseconds
    cat "$logdir"/"$v".* | awk '{print $3}' | sort -n > "$logdir/$v.lat"
    n=$(wc -l < "$logdir/$v.lat")
    p99=$(awk -v n="$n" 'NR == int(n * 0.99) + 1 {printf "%.3f", $1 / 1000}' "$logdir/$v.lat")
    mean=$(awk '{s += $1} END {printf "%.3f", s / NR / 1000}' "$logdir/$v.lat")
    tps=$(awk -v s="$seconds" -v n="$n" 'BEGIN {printf "%.1f", n / s}')
    printf '%-17s %10s %10s %10s\n' "$v" "$tps" "$mean" "$p99"
    eval "tps_$v=$tps p99_$v=$p99"
done
awk -v c="$tps_c" -v h="$tps_handwritten" -v n="$tps_naive" 'BEGIN {
    printf "\nthroughput ratio search_slots / hand-written LATERAL KNN: %.2f (target >= 3)\n", c / h
    printf "throughput ratio search_slots / naive join:               %.2f\n", c / n }'
echo "p99 latency of search_slots on one client: ${p99_c} ms (target < 1 ms)"
awk -v c="$tps_c_date" -v h="$tps_handwritten_date" 'BEGIN {
    printf "order by date, 30 km: throughput ratio search_slots / hand-written: %.2f\n", c / h }'
echo "order by date, 30 km: p99 latency of search_slots: ${p99_c_date} ms, hand-written: ${p99_handwritten_date} ms"
sql -d postgres -c "DROP DATABASE $db"
as_root rm -rf "$logdir"

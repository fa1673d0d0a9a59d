#!/usr/bin/env bash
# Slot ingestion benchmark: prints, in one run, first load vs COPY and unchanged
# re-ingest vs INSERT ... ON CONFLICT, on the scenario's realistic data.
#
#   bash bench/ingest.sh            # France scale: 3,500 meeting points, 90 days
#   bash bench/ingest.sh --small    # a quick run (CI): 300 meeting points, 14 days
# Uses the cluster in PGHOST/PGPORT when RDV_BENCH_CLUSTER=reuse, else a throwaway one.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$RDV_ROOT"

points=3500 days=90 runs=3
if [ "${1:-}" = "--small" ]; then points=300 days=14 runs=1; fi
runs=${RDV_BENCH_RUNS:-$runs}

install_packages
if [ "${RDV_BENCH_CLUSTER:-}" != reuse ]; then
    build_and_install
    dir=$(mktemp -d /tmp/rdvmairie-bench.XXXXXX)
    trap 'cluster_stop "$dir"; as_root rm -rf "$dir"' EXIT
    cluster_start "$dir" "$(free_port 56432)" postgres
fi
copydir=$(mktemp -d /tmp/rdvmairie-bench-copy.XXXXXX)
as_root chown postgres "$copydir"

db=rdvmairie_bench_ingest
sql -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
sql -d "$db" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE"
load_scenario "$db"
sql -d "$db" -v points="$points" -v days="$days" -v copydir="$copydir" -f bench/ingest.sql
# each measure in its own transaction after a checkpoint, autovacuum off for the
# table under test, so that no background work lands inside one measure only
for run in $(seq 1 "$runs"); do
    sql -d "$db" -v run="$run" -v copyfile="$copydir/slots.copy" -f bench/ingest_run.sql >/dev/null
done
sql -d "$db" -f bench/ingest_report.sql
sql -d postgres -c "DROP DATABASE $db"
as_root rm -rf "$copydir"

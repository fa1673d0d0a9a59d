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

trap bench_cleanup EXIT
bench_cluster
copydir=$(mktemp -d /tmp/rdvmairie-bench-copy.XXXXXX)
as_root chown postgres "$copydir"

db=rdvmairie_bench_ingest
bench_database "$db"
sql -d "$db" -v points="$points" -v days="$days" -v copydir="$copydir" -f bench/ingest.sql
# each measure in its own transaction after a checkpoint, autovacuum off for the
# table under test, so that no background work lands inside one measure only
for run in $(seq 1 "$runs"); do
    sql -d "$db" -v run="$run" -v copyfile="$copydir/slots.copy" -f bench/ingest_run.sql >/dev/null
done
sql -d "$db" -f bench/ingest_report.sql
sql -d postgres -c "DROP DATABASE $db"
as_root rm -rf "$copydir"

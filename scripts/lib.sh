# Shared shell helpers for scripts/*.sh: privileges, packages, build, throwaway clusters.
# Sourced, not run.

RDV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian packages the build, the demo and the tests need.
RDV_PACKAGES="make gcc postgresql-15 postgresql-server-dev-15 postgresql-15-postgis-3 \
postgresql-15-cron postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl \
libcurl4-openssl-dev perl curl bc libclang-rt-14-dev pgbouncer"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# PostgreSQL refuses to run as root: the server runs as the postgres user.
as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"
    elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
    else sudo -u postgres "$@"; fi
}

install_packages() {
    local missing=""
    for p in $RDV_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        log "installing Debian packages:$missing"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
    PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
    [ -x "$PG_CONFIG" ] || PG_CONFIG=$(command -v pg_config)
    PGBIN=$("$PG_CONFIG" --bindir)
    export PG_CONFIG PGBIN
}

build_and_install() {
    log "building and installing the extension"
    make -C "$RDV_ROOT" -s PG_CONFIG="$PG_CONFIG" >/dev/null
    as_root make -C "$RDV_ROOT" -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

free_port() {
    local p
    for p in $(seq "${1:-55432}" 65000); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && [ ! -e "/tmp/.s.PGSQL.$p" ]; then
            echo "$p"; return 0
        fi
    done
    return 1
}

# cluster_start DIR PORT CRON_DB: a throwaway cluster in DIR, socket in DIR,
# pg_cron preloaded and working in database CRON_DB. Exports PGHOST/PGPORT/PGUSER.
cluster_start() {
    local dir=$1 port=$2 crondb=$3
    as_root mkdir -p "$dir"
    as_root chown postgres "$dir"
    as_postgres "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$dir'
shared_preload_libraries = 'pg_cron'
cron.database_name = '$crondb'
cron.use_background_workers = on
max_worker_processes = 16
timezone = 'UTC'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 256MB
work_mem = 32MB
maintenance_work_mem = 256MB
max_wal_size = 4GB
CONF
    as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || { cat "$dir/server.log" >&2; die "the throwaway cluster did not start"; }
    export PGHOST=$dir PGPORT=$port PGUSER=postgres
}

cluster_stop() {
    local dir=$1
    [ -d "$dir/data" ] && as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# psql with errors stopping the script, quiet output.
sql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

# load_scenario DB [SIZE ARGS]: the communes fixture and the scenario generator.
load_scenario() {
    local db=$1
    (cd "$RDV_ROOT" && sql -d "$db" -f test/scenario/load.sql >/dev/null)
}

# bench_cluster: the cluster a benchmark runs on: the one in PGHOST/PGPORT when
# RDV_BENCH_CLUSTER=reuse (the test suite), else a throwaway one (bench_cleanup stops it).
bench_cluster() {
    install_packages
    if [ "${RDV_BENCH_CLUSTER:-}" != reuse ]; then
        build_and_install
        RDV_BENCH_DIR=$(mktemp -d /tmp/rdvmairie-bench.XXXXXX)
        cluster_start "$RDV_BENCH_DIR" "$(free_port 56432)" postgres
    fi
}
bench_cleanup() {
    if [ -n "${RDV_BENCH_DIR:-}" ]; then cluster_stop "$RDV_BENCH_DIR"; as_root rm -rf "$RDV_BENCH_DIR"; fi
}

# bench_database NAME: a fresh database with the extension and the scenario generator
bench_database() {
    sql -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
    sql -d "$1" -c "SET client_min_messages = warning" -c "CREATE EXTENSION rdvmairie CASCADE"
    load_scenario "$1"
}

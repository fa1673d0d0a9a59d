#!/usr/bin/env bash
# Sets the soft resource limit of one running process with prlimit, as the
# postgres user (a process may lower its own user's processes' limits without
# privileges).  test/integration/faults.sh calls it from inside a psql session
# (\!) on that session's own backend:
#   limit.sh PID as +KB      address space: the process's current VmSize + KB kilobytes
#   limit.sh PID as off      address space: unlimited again (up to the hard limit)
#   limit.sh PID fsize BYTES largest file offset the process may write
# Prints the limit now in force.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
pid=$1 res=$2 val=$3
case $res/$val in
    as/off) as_postgres prlimit --pid "$pid" --as=unlimited: ;;
    as/+*)
        kb=$(awk '/^VmSize:/ { print $2 }' "/proc/$pid/status")
        as_postgres prlimit --pid "$pid" --as=$(( (kb + ${val#+}) * 1024 )): ;;
    fsize/*) as_postgres prlimit --pid "$pid" --fsize="$val": ;;
    *) die "usage: $0 PID as +KB|off, or $0 PID fsize BYTES" ;;
esac
case $res in
    as) grep '^Max address space' "/proc/$pid/limits" ;;
    fsize) grep '^Max file size' "/proc/$pid/limits" ;;
esac

#!/usr/bin/env bash
# Stops a cluster started by scripts/start-postgres.sh (fast shutdown). Leaves DIR in place.
#
# Usage: scripts/stop-postgres.sh DIR
# Succeeds quietly when nothing is running in DIR (so it is safe in cleanup traps).
set -euo pipefail

die() { echo "stop-postgres: ERROR: $*" >&2; exit 1; }

(( $# == 1 )) || die "usage: $0 DIR"
dir="$1"
pg_ctl=/usr/lib/postgresql/15/bin/pg_ctl

[[ -f "$dir/postmaster.pid" ]] || { echo "stop-postgres: no server running in $dir" >&2; exit 0; }
[[ -x "$pg_ctl" ]] || die "$pg_ctl not found"

as_pg=()
[[ "$(id -u)" == 0 ]] && as_pg=(runuser -u postgres --)

"${as_pg[@]}" "$pg_ctl" -D "$dir" -m fast -w -t 60 stop >&2 ||
  die "pg_ctl stop failed for $dir (log: $dir/postgres.log)"

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for tests (no systemd, no durability).
#
# Usage: scripts/start-postgres.sh DIR PORT
#   DIR   data directory and Unix socket directory; must not exist or be empty. It is created,
#         owned by the postgres user, and every folder above it must be traversable by that user
#         (so not inside a 0700 mktemp folder of root's: use `mktemp -d` for DIR itself).
#   PORT  TCP port on 127.0.0.1; must be free.
#
# Creates the superuser role `tandem` (tests create and drop databases) and the database
# `tandem_test`, then prints exactly one line on stdout, the connection string:
#   postgresql://host=127.0.0.1 port=PORT dbname=tandem_test user=tandem
# Progress goes to stderr. Stop it with scripts/stop-postgres.sh DIR. The server log is
# DIR/postgres.log. Speed over safety: fsync, full_page_writes and synchronous_commit are off.
set -euo pipefail

die() { echo "start-postgres: ERROR: $*" >&2; exit 1; }
log() { echo "start-postgres: $*" >&2; }

(( $# == 2 )) || die "usage: $0 DIR PORT"
dir="$1"
port="$2"
if ! [[ "$port" =~ ^[0-9]+$ ]] || (( port < 1 || port > 65535 )); then
  die "bad port '$port'"
fi

pg_bin=/usr/lib/postgresql/15/bin
[[ -x "$pg_bin/initdb" && -x "$pg_bin/pg_ctl" ]] ||
  die "PostgreSQL 15 server not found in $pg_bin (run scripts/bootstrap.sh --test)"
command -v psql >/dev/null || die "psql not found (run scripts/bootstrap.sh --test)"

# PostgreSQL refuses to run as root: as root, run the server binaries as the postgres user.
as_pg=()
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || die "no 'postgres' user (is postgresql-15 installed?)"
  as_pg=(runuser -u postgres --)
fi

if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  die "port $port on 127.0.0.1 is already in use"
fi

if [[ -e "$dir" ]]; then
  [[ -d "$dir" ]] || die "$dir exists and is not a directory"
  [[ -z "$(ls -A "$dir")" ]] || die "$dir is not empty; give a fresh directory"
else
  mkdir -p "$dir"
fi
dir="$(cd "$dir" && pwd)"
# The socket path (DIR/.s.PGSQL.PORT) must fit in sun_path (107 bytes).
(( ${#dir} + 20 < 107 )) || die "path too long for a Unix socket directory: $dir"
if (( ${#as_pg[@]} )); then
  chown postgres:postgres "$dir"
  "${as_pg[@]}" test -w "$dir" -a -x "$dir" ||
    die "user postgres cannot write $dir: a parent folder is not traversable (e.g. a 0700 mktemp dir)"
fi
chmod 0700 "$dir"

log "initdb in $dir"
if ! initdb_out="$("${as_pg[@]}" "$pg_bin/initdb" -D "$dir" -U postgres -A trust --no-sync \
    -E UTF8 --locale=C.UTF-8 2>&1)"; then
  echo "$initdb_out" >&2
  die "initdb failed"
fi

cat >>"$dir/postgresql.conf" <<EOF

# --- throwaway test cluster (scripts/start-postgres.sh) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
full_page_writes = off
synchronous_commit = off
max_connections = 200
EOF

log "starting on 127.0.0.1:$port"
if ! "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir" -l "$dir/postgres.log" -w -t 60 start >&2; then
  cat "$dir/postgres.log" >&2 || true
  die "pg_ctl start failed"
fi

psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }
psql_pg -c "CREATE ROLE tandem WITH LOGIN SUPERUSER" >&2 ||
  die "could not create role tandem (log: $dir/postgres.log)"
psql_pg -c "CREATE DATABASE tandem_test OWNER tandem" >&2 ||
  die "could not create database tandem_test (log: $dir/postgres.log)"

log "ready"
echo "postgresql://host=127.0.0.1 port=$port dbname=tandem_test user=tandem"

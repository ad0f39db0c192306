#!/usr/bin/env bash
# `make demo`: installs what is missing, builds server and web app, prepares a seeded SQLite
# database in data/demo.db and serves Tandem on http://localhost:8080/.
#
# Environment:
#   RESEED=1        start again from a freshly seeded database (deletes data/demo.db)
#   DEMO_PORT=8080  port to listen on (all interfaces); the links in emails and invitations,
#                   seeded ones included, use http://localhost:DEMO_PORT (a database seeded for
#                   another port is seeded again, since its stored links would not open)
# Ctrl-C stops the server gracefully (the script execs it, so the signal reaches it directly).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { echo "demo: ERROR: $*" >&2; exit 1; }

port="${DEMO_PORT:-8080}"
public_url="http://localhost:$port"
db_file=data/demo.db
db="sqlite:$db_file"
# Written after a successful seed, holding the public URL the links were seeded with: a database
# whose seed was interrupted, or seeded for another port, is rebuilt next time.
seeded_marker=data/.demo.db.seeded

scripts/bootstrap.sh --server --web
scripts/build.sh --web
[[ -x build/tandem ]] || die "build/tandem was not built"
[[ -f web/dist/index.html ]] || die "web/dist/index.html was not built"

mkdir -p data
seeded_for=""
if [[ -f "$seeded_marker" ]]; then
  seeded_for="$(cat "$seeded_marker")"
  # An empty marker is from before the URL was recorded: those seeds linked to port 8080.
  [[ -n "$seeded_for" ]] || seeded_for="http://localhost:8080"
fi
if [[ -f "$db_file" && -n "$seeded_for" && "$seeded_for" != "$public_url" && "${RESEED:-0}" != 1 ]]; then
  echo "demo: $db_file was seeded with links to $seeded_for; seeding it again for $public_url"
  RESEED=1
fi
if [[ "${RESEED:-0}" == 1 || ! -f "$db_file" || ! -f "$seeded_marker" ]]; then
  rm -f "$db_file" "$db_file-wal" "$db_file-shm" "$db_file-journal" "$seeded_marker"
  echo "demo: creating a fresh demo database in $db_file"
  build/tandem migrate --db "$db" || die "migrate failed"
  build/tandem seed --db "$db" --public-url "$public_url" || die "seed failed"
  echo "$public_url" >"$seeded_marker"
else
  echo "demo: using the existing $db_file (RESEED=1 starts from fresh demo data)"
  build/tandem migrate --db "$db" || die "migrate failed"
fi

cat <<EOF

  Tandem is starting on http://localhost:$port/

  Demo accounts (password: tandem-demo-2026)
    admin@tandem.example               platform admin (outbox at /admin/outbox)
    admin@lincoln-high.example         Lincoln High School, organisation admin
    coordinator@lincoln-high.example   Lincoln High School, coordinator
    student@lincoln-high.example       Lincoln High School, mentee (a minor)
    admin@northwind.example            Northwind Analytics, organisation admin
    coordinator@northwind.example      Northwind Analytics, coordinator
    mentor@northwind.example           Northwind Analytics, mentor (also in the school's program)
    admin@lincoln-alumni.example       Lincoln Alumni Association, organisation admin

  Press Ctrl-C to stop.

EOF

exec build/tandem serve --db "$db" --listen "0.0.0.0:$port" --web-root web/dist \
  --public-url "$public_url"

#!/usr/bin/env bash
# Builds the server (CMake, Release, into build/) and optionally the web app (web/dist).
#
# Usage: scripts/build.sh [--web | --web-only]
#   (no flag)   server only: configure build/ if it is not configured yet, then build it
#   --web       server, then web/dist via `npm run build` (skipped when web/dist is up to date)
#   --web-only  web/dist only
# Dependencies must be installed first (scripts/bootstrap.sh). BUILD_TYPE overrides Release for
# a fresh build/ (an existing build/ keeps its configuration: `make clean` to change it).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { echo "build: ERROR: $*" >&2; exit 1; }
log() { echo "build: $*" >&2; }

server=1 web=0
case "${1:-}" in
  "") ;;
  --web) web=1 ;;
  --web-only) server=0 web=1 ;;
  *) die "unknown argument '$1' (expected --web or --web-only)" ;;
esac

if (( server )); then
  # Configured = a cache and a generated build system; a configure that failed leaves only the
  # cache, and `cmake --build` cannot recover from that by itself.
  if [[ ! -f build/CMakeCache.txt || ! ( -f build/Makefile || -f build/build.ninja ) ]]; then
    log "configuring build/ (${BUILD_TYPE:-Release})"
    cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" || die "cmake configure failed"
  fi
  log "building server with $(nproc) jobs"
  cmake --build build -j"$(nproc)" || die "server build failed"
fi

# True when some input of the web build is newer than web/dist/index.html (which Vite writes last
# on every successful build) or when there is no web/dist/index.html at all.
web_is_stale() {
  [[ -f web/dist/index.html ]] || return 0
  local inputs=() f
  for f in web/src web/public web/scripts web/index.html web/package-lock.json web/package.json \
           web/tsconfig*.json web/vite.config.*; do
    [[ -e "$f" ]] && inputs+=("$f")
  done
  [[ -n "$(find "${inputs[@]}" -newer web/dist/index.html -print -quit 2>/dev/null)" ]]
}

if (( web )); then
  [[ -d web/node_modules ]] || die "web/node_modules is missing: run scripts/bootstrap.sh --web"
  if web_is_stale; then
    log "building web/dist"
    (cd web && npm run build) || die "web build failed"
  else
    log "web/dist is up to date"
  fi
fi

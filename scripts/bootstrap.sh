#!/usr/bin/env bash
# Installs what Tandem needs on a Debian 12 machine, and only what is missing.
#
# Usage: scripts/bootstrap.sh [--server] [--web] [--test] [--fuzz]
#   --server  C++ toolchain and libraries (Debian packages)
#   --web     Node.js >= 20 and npm, then `npm ci` in web/ when node_modules is missing or stale
#   --test    PostgreSQL 15 and Chromium for the store conformance suite and the browser journeys
#   --fuzz    clang-16 with libFuzzer and the sanitizer runtimes, for `make fuzz` (fuzz/)
#   (no flag) all of the above. Flags add up: `--server --web` is what `make demo` needs.
#
# Idempotent: when everything is present it runs no apt-get at all (not even `update`) and
# finishes in well under a second. Runs as root; as another user it uses sudo for apt-get.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { echo "bootstrap: ERROR: $*" >&2; exit 1; }
log() { echo "bootstrap: $*" >&2; }

want_server=0 want_web=0 want_test=0 want_fuzz=0
for arg in "$@"; do
  case "$arg" in
    --server) want_server=1 ;;
    --web) want_web=1 ;;
    --test) want_test=1 ;;
    --fuzz) want_fuzz=1 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (expected --server, --web, --test, --fuzz)" ;;
  esac
done
if (( want_server + want_web + want_test + want_fuzz == 0 )); then
  want_server=1 want_web=1 want_test=1 want_fuzz=1
fi

SERVER_PACKAGES=(
  build-essential cmake pkg-config
  librestinio-dev libasio-dev libhttp-parser-dev libfmt-dev
  nlohmann-json3-dev
  libsoci-dev libsqlite3-dev libpq-dev
  # SOCI's headers include Boost. libasio-dev *recommends* libboost-dev (1.74), which conflicts
  # with 1.81: name 1.81 in the same apt call and never install recommends (STACK.md).
  libboost1.81-dev
  libsodium-dev libspdlog-dev
  libcurl4-openssl-dev
  # iCalendar files and feeds of meetings (calendar/).
  libical-dev
  # IANA time zones: date/tz.h + libdate-tz read the OS database, which tzdata installs in
  # /usr/share/zoneinfo (the server needs tzdata at run time). Snowball stemmers for matching.
  libhowardhinnant-date-dev tzdata libstemmer-dev
  libgtest-dev libgmock-dev libbenchmark-dev liblemon-dev
  sqlite3
)
# tzdata: the unit and API tests compute real time-zone offsets (New York vs London, DST).
TEST_PACKAGES=(postgresql-15 postgresql-client-15 chromium fonts-liberation python3 python3-aiosmtpd tzdata)
# libFuzzer targets under AddressSanitizer + UndefinedBehaviorSanitizer (fuzz/, build-fuzz/).
FUZZ_PACKAGES=(clang-16 libclang-rt-16-dev libfuzzer-16-dev)

# Prints the major version of the `node` on PATH, or 0 when there is none.
node_major() {
  local v
  v="$(node --version 2>/dev/null || true)"   # e.g. v20.20.2
  v="${v#v}"
  v="${v%%.*}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

command -v dpkg-query >/dev/null || die "dpkg-query not found: this script expects Debian 12"

wanted=()
(( want_server )) && wanted+=("${SERVER_PACKAGES[@]}")
(( want_test )) && wanted+=("${TEST_PACKAGES[@]}")
(( want_fuzz )) && wanted+=("${FUZZ_PACKAGES[@]}")
if (( want_web )); then
  # The machine may already have a newer Node.js (e.g. 20.x) than Debian's 18.x: keep it, never
  # downgrade, and do not pull Debian's npm, which conflicts with Node.js builds that bundle npm.
  if (( $(node_major) >= 20 )); then
    command -v npm >/dev/null || die "node $(node --version) is present but npm is not on PATH"
  else
    wanted+=(nodejs)
    command -v npm >/dev/null || wanted+=(npm)
  fi
fi

missing=()
for pkg in "${wanted[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done

if (( ${#missing[@]} > 0 )); then
  log "installing missing Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null ||
      die "not root and no sudo; install these packages as root: ${missing[*]}"
    sudo_cmd=(sudo)
  fi
  "${sudo_cmd[@]}" apt-get update ||
    die "apt-get update failed (is the Debian mirror reachable?)"
  # One call for everything, so apt resolves libboost1.81-dev together with libasio-dev & co.
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "${missing[@]}" ||
    die "apt-get install failed for: ${missing[*]}"
  still_missing=()
  for pkg in "${missing[@]}"; do
    is_installed "$pkg" || still_missing+=("$pkg")
  done
  (( ${#still_missing[@]} == 0 )) ||
    die "apt-get finished but these packages are still not installed: ${still_missing[*]}"
elif (( ${#wanted[@]} > 0 )); then
  log "all ${#wanted[@]} Debian packages present"
fi

if (( want_web )); then
  major="$(node_major)"
  (( major >= 20 )) ||
    die "Node.js >= 20 is required for web/ (Vite 8, Vitest 4); found '$(node --version 2>/dev/null || echo none)'. Debian 12 ships Node.js 18: install Node.js 20 and re-run."
  command -v npm >/dev/null || die "npm not found after installing nodejs/npm"

  [[ -f web/package.json ]] || die "web/package.json not found"
  stamp=web/node_modules/.package-lock.json   # npm rewrites it on every install
  if [[ ! -d web/node_modules || ! -f "$stamp" || web/package-lock.json -nt "$stamp" ]]; then
    if [[ -f web/package-lock.json ]]; then
      log "npm ci in web/"
      (cd web && npm ci --prefer-offline --no-audit --no-fund) || die "npm ci in web/ failed"
    else
      # Only while web/ has no lock file yet; the lock file must be committed.
      log "WARNING: web/package-lock.json is missing; running npm install (commit the lock file)"
      (cd web && npm install --prefer-offline --no-audit --no-fund) || die "npm install in web/ failed"
    fi
  else
    log "web/node_modules is up to date"
  fi
fi

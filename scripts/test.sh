#!/usr/bin/env bash
# `make test`: the whole suite, fastest first. Ends with one line `N passed, N failed` (totals over
# all phases) and exits non-zero when anything failed.
#
#   1. bootstrap + build (server Release, web/dist)        a build failure stops everything
#   2. throwaway PostgreSQL 15 on a free port (55432 up)
#   4a. API contract: web/src/api/schema.gen.ts is fresh (web/scripts/gen-api.mjs --check); tsc
#      for web/ and tests/api                             } in the background at the lowest
#   4b. fuzz targets (fuzz/, clang-16 + ASan + UBSan in    } priority, beside 3 to 6, reported
#      build-fuzz/): FUZZ_RUNS executions each             } at the end
#   3. C++ tests: ctest, with TANDEM_TEST_PG pointing at that PostgreSQL
#   4. web unit tests: vitest in web/
#   5. black-box API tests (tests/api, vitest) against a seeded server on SQLite and one on
#      PostgreSQL, side by side; then mail delivery (tests/mail) against a server with --smtp
#      and a local aiosmtpd
#   6. browser journeys: Playwright in web/, TANDEM_E2E_WORKERS (2) workers, each against its own
#      seeded server on SQLite, sharing out the spec files
# A failing phase does not stop later ones. A phase that ends without a readable report counts
# as 1 failed; so does a runner that exits non-zero while its report shows no failure.
#
# Environment:
#   TEST_ONLY=unit|api|e2e   run a subset (comma-separated list allowed); unit = phases 3, 4, 4a, 4b
#   FUZZ_RUNS=20000          executions per fuzz target (from its seed corpus, fixed seed)
#   KEEP_TMP=1               keep the temporary folder (reports, server logs) and print its path
#   PHASE_TIMEOUT=900        seconds before a hung test runner is killed (twice that for 4b)
#   TANDEM_E2E_WORKERS=2     browser-journey workers (each a server and a Playwright process)
#
# SC2016: the node -e programs are single-quoted on purpose. SC2030/SC2031: TANDEM_BASE_URL,
# TANDEM_SERVER_LOG and TANDEM_TEST_PG are exported inside ( ) on purpose, for one runner each.
# shellcheck disable=SC2016,SC2030,SC2031

set -uo pipefail   # no -e: phases fail independently and are counted

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

PHASE_TIMEOUT="${PHASE_TIMEOUT:-900}"

# ---------------------------------------------------------------------------------------------
# Which phases
run_unit=0 run_api=0 run_e2e=0
IFS=',' read -r -a only <<<"${TEST_ONLY:-all}"
for o in "${only[@]}"; do
  case "$o" in
    all|"") run_unit=1 run_api=1 run_e2e=1 ;;
    unit) run_unit=1 ;;
    api) run_api=1 ;;
    e2e) run_e2e=1 ;;
    *) echo "test: unknown TEST_ONLY value '$o' (expected unit, api, e2e)" >&2; exit 2 ;;
  esac
done

# ---------------------------------------------------------------------------------------------
# Bookkeeping
TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()

header() { printf '\n======== %s ========\n' "$*"; }

# record NAME PASSED FAILED SKIPPED [NOTE]. In a phase running in the background (RECORD_TO set),
# the result goes to that file and the main shell records it when the phase ends (collect_phase).
RECORD_TO=""
record() {
  local name="$1" p="$2" f="$3" s="$4" note="${5:-}"
  if [[ -n "$RECORD_TO" ]]; then
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$p" "$f" "$s" "$note" >>"$RECORD_TO"
    return
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + p))
  TOTAL_FAILED=$((TOTAL_FAILED + f))
  SUMMARY+=("$(printf '  %-20s %4d passed %4d failed %4d skipped  %s' "$name" "$p" "$f" "$s" "$note")")
  echo "-- $name: $p passed, $f failed, $s skipped${note:+ ($note)}"
}

print_summary() {
  header "summary"
  local line
  for line in "${SUMMARY[@]}"; do echo "$line"; done
  echo
  echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
}

# ---------------------------------------------------------------------------------------------
# Temporary state and cleanup
WORK="$(mktemp -d /tmp/tandem-test.XXXXXX)"
PG_DIR=""
SERVER_PIDS=()

stop_server() {
  local pid="$1" i
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 100; i++)); do   # up to 10 s for a graceful shutdown
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "test: server $pid did not stop within 10 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null
  fi
  wait "$pid" 2>/dev/null
  return 0
}

stop_all_servers() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do stop_server "$pid"; done
  SERVER_PIDS=()
}

cleanup() {
  stop_all_servers
  if [[ -n "$PG_DIR" ]]; then
    scripts/stop-postgres.sh "$PG_DIR" >/dev/null 2>&1
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
  if [[ -n "$WORK" ]]; then
    if [[ "${KEEP_TMP:-0}" == 1 ]]; then
      echo "test: kept $WORK" >&2
    else
      rm -rf "$WORK"
    fi
    WORK=""
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A failure after which nothing sensible can run: count it, print the closing line, stop.
fatal() {
  echo "test: FATAL: $*" >&2
  record "$1" 0 1 0 "fatal"
  cleanup
  print_summary
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Report counting (count_junit, count_vitest, count_playwright)
# shellcheck source=scripts/test_reports.sh
source "$ROOT/scripts/test_reports.sh"

# finish_phase NAME RC COUNTER REPORT: records the phase from its report and the runner's exit code.
finish_phase() {
  local name="$1" rc="$2" counter="$3" report="$4" counts p f s note=""
  if ! counts="$("$counter" "$report" 2>/dev/null)" || [[ -z "$counts" ]]; then
    record "$name" 0 1 0 "no readable report; runner exit code $rc"
    return
  fi
  read -r p f s <<<"$counts"
  if (( rc != 0 && f == 0 )); then
    f=1
    note="runner exited $rc with no failed test in its report"
  elif (( p + f + s == 0 )); then
    note="WARNING: no tests found"
  fi
  record "$name" "$p" "$f" "$s" "$note"
}

# Runs a test runner with a time limit; prints its exit code (124 = timed out).
run_limited() {
  timeout --foreground -k 30 "$PHASE_TIMEOUT" "$@"
  local rc=$?
  (( rc == 124 )) && echo "test: '$*' timed out after ${PHASE_TIMEOUT}s" >&2
  return "$rc"
}

# ---------------------------------------------------------------------------------------------
# Ports, servers, databases

port_in_use() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# First free TCP port on 127.0.0.1 at or above $1.
pick_port() {
  local p
  for ((p = $1; p < $1 + 200; p++)); do
    port_in_use "$p" || { echo "$p"; return 0; }
  done
  return 1
}

# HTTP status code of GET PATH on 127.0.0.1:PORT, or 000. Bash's /dev/tcp: curl may be absent.
http_status() {
  local port="$1" path="$2"
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
    read -r -t 5 _ code _ <&3 || exit 1
    echo "$code"
  ) 2>/dev/null || echo 000
}

# migrate_and_seed DB LOG: prepares a fresh database; output to LOG, shown on failure.
migrate_and_seed() {
  local db="$1" log="$2"
  if ! build/tandem migrate --db "$db" >"$log" 2>&1; then
    echo "test: 'tandem migrate --db $db' failed:" >&2
    cat "$log" >&2
    return 1
  fi
  if ! build/tandem seed --db "$db" >>"$log" 2>&1; then
    echo "test: 'tandem seed --db $db' failed:" >&2
    cat "$log" >&2
    return 1
  fi
}

# start_server DB PORT LOG [ARGS...]: starts `tandem serve` (with any extra ARGS) in the
# background and waits (30 s at most) for GET /readyz to answer 200. Sets SERVER_PID. On failure
# prints the log and returns 1.
SERVER_PID=""
start_server() {
  local db="$1" port="$2" log="$3" deadline code=000
  build/tandem serve --db "$db" --listen "127.0.0.1:$port" --web-root "$ROOT/web/dist" "${@:4}" \
    </dev/null >"$log" 2>&1 &
  SERVER_PID=$!
  SERVER_PIDS+=("$SERVER_PID")
  deadline=$((SECONDS + 30))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "test: the server on port $port exited during start-up; its log:" >&2
      cat "$log" >&2
      return 1
    fi
    code="$(http_status "$port" /readyz)"
    [[ "$code" == 200 ]] && { echo "test: server ready on 127.0.0.1:$port (pid $SERVER_PID)"; return 0; }
    sleep 0.2
  done
  echo "test: the server on port $port was not ready within 30 s (last /readyz: $code); its log:" >&2
  cat "$log" >&2
  return 1
}

# show_server_log_on_failure RC LOG: the end of a server's log after a failed run, for CI logs.
show_server_log_on_failure() {
  (( $1 == 0 )) && return 0
  echo "test: last 60 lines of the server log ($2):"
  tail -n 60 "$2" 2>/dev/null | sed 's/^/  | /'
}

# ---------------------------------------------------------------------------------------------
# Phases side by side. in_background NAME COMMAND...: runs COMMAND (a phase runner) in a
# subshell, its output kept in $WORK/NAME.out and its results in $WORK/NAME.records; sets
# BACKGROUND_PID. collect_phase NAME PID: waits for it, prints its output and records its
# results, so that the log and the summary read as if the phases had run one after the other.
BACKGROUND_PID=""
in_background() {
  local name="$1"
  : >"$WORK/$name.records"
  (
    RECORD_TO="$WORK/$name.records"
    SERVER_PIDS=()
    trap stop_all_servers EXIT
    "${@:2}"
  ) >"$WORK/$name.out" 2>&1 &
  BACKGROUND_PID=$!
}

collect_phase() {
  local name="$1" pid="$2" rname p f s note
  wait "$pid"
  cat "$WORK/$name.out"
  if [[ ! -s "$WORK/$name.records" ]]; then
    record "$name" 0 1 0 "the phase ended without a result"
    return
  fi
  while IFS=$'\t' read -r rname p f s note; do
    record "$rname" "$p" "$f" "$s" "$note"
  done <"$WORK/$name.records"
}

# ---------------------------------------------------------------------------------------------
# Phase runners

# run_api_tests NAME DB PORT: a server on DB, then tests/api against it.
run_api_tests() {
  local name="$1" db="$2" port="$3" slug report rc
  slug="${name//[^a-z0-9]/-}"
  report="$WORK/$slug.json"
  if ! migrate_and_seed "$db" "$WORK/$slug-setup.log"; then
    record "$name" 0 1 0 "migrate/seed failed"
    return
  fi
  if ! start_server "$db" "$port" "$WORK/$slug-server.log"; then
    record "$name" 0 1 0 "server did not become ready"
    stop_server "$SERVER_PID"
    return
  fi
  (
    export TANDEM_BASE_URL="http://127.0.0.1:$port"
    # hostile_input.test.ts reads the server's log: one line per request, no secrets in it.
    export TANDEM_SERVER_LOG="$WORK/$slug-server.log"
    cd web && run_limited node_modules/.bin/vitest run \
      --root ../tests/api --config ../tests/api/vitest.config.mjs --passWithNoTests --no-cache \
      --reporter=default --reporter=json --outputFile="$report"
  )
  rc=$?
  stop_server "$SERVER_PID"
  show_server_log_on_failure "$rc" "$WORK/$slug-server.log"
  finish_phase "$name" "$rc" count_vitest "$report"
}

# run_mail_tests PORT SMTP_PORT: a server on a fresh SQLite database with --smtp pointing at
# SMTP_PORT, where nothing listens yet; tests/mail starts aiosmtpd there itself (after checking
# that a mail sent meanwhile is retried) and stops it at the end.
run_mail_tests() {
  local port="$1" smtp_port="$2" dir="$WORK/mail" report="$WORK/mail.json" rc
  local from="Tandem <noreply@tandem.test>"
  mkdir -p "$dir"   # not maildir/: aiosmtpd creates it (an empty folder is not a maildir)
  if ! migrate_and_seed "sqlite:$dir/tandem.db" "$dir/setup.log"; then
    record "mail" 0 1 0 "migrate/seed failed"
    return
  fi
  if ! start_server "sqlite:$dir/tandem.db" "$port" "$dir/server.log" \
      --smtp "smtp://127.0.0.1:$smtp_port?starttls=off" --mail-from "$from" --mail-retry 1; then
    record "mail" 0 1 0 "server did not become ready"
    stop_server "$SERVER_PID"
    return
  fi
  (
    export TANDEM_BASE_URL="http://127.0.0.1:$port" TANDEM_SMTP_PORT="$smtp_port"
    export TANDEM_MAILDIR="$dir/maildir" TANDEM_MAIL_FROM="$from"
    cd web && run_limited node_modules/.bin/vitest run \
      --root ../tests/mail --config ../tests/mail/vitest.config.mjs \
      --reporter=default --reporter=json --outputFile="$report"
  )
  rc=$?
  stop_server "$SERVER_PID"
  show_server_log_on_failure "$rc" "$dir/server.log"
  finish_phase "mail" "$rc" count_vitest "$report"
}

# ---------------------------------------------------------------------------------------------
# 1. bootstrap and build
START=$SECONDS
header "1. bootstrap and build"
scripts/bootstrap.sh --server --web || fatal "bootstrap"
# What only the tests need (PostgreSQL, Chromium, clang for the fuzz targets) installs while the
# server compiles: on a fresh machine that is mostly downloading.
scripts/bootstrap.sh --test --fuzz >"$WORK/bootstrap-test.log" 2>&1 &
bootstrap_pid=$!
scripts/build.sh || fatal "build (server)"
[[ -x build/tandem ]] || fatal "build (server)"
if ! wait "$bootstrap_pid"; then
  cat "$WORK/bootstrap-test.log" >&2
  fatal "bootstrap (test tools)"
fi
cat "$WORK/bootstrap-test.log"
if (( run_api || run_e2e )); then
  scripts/build.sh --web-only || fatal "build (web)"
fi
echo "-- built in $((SECONDS - START)) s"

# ---------------------------------------------------------------------------------------------
# 2. PostgreSQL
PG_URL=""
PG_PORT=""
if (( run_unit || run_api )); then
  header "2. PostgreSQL"
  PG_DIR="$(mktemp -d /tmp/tandem-pg.XXXXXX)"
  if PG_PORT="$(pick_port 55432)" && PG_URL="$(scripts/start-postgres.sh "$PG_DIR" "$PG_PORT")"; then
    echo "-- PostgreSQL: $PG_URL"
  else
    PG_URL=""
    record "postgresql" 0 1 0 "could not start the throwaway cluster"
  fi
fi

# ---------------------------------------------------------------------------------------------
# 4a. the API contract: web/src/api/schema.gen.ts matches api/openapi.yaml, and the web app and
# the API tests typecheck against it
run_contract_phase() {
  local cp=0 cf=0 project
  header "4a. API contract (generated types, typecheck)"
  if (cd web && run_limited nice -n 19 node scripts/gen-api.mjs --check); then
    cp=$((cp + 1))
  else
    cf=$((cf + 1))
    echo "test: regenerate the types with: npm --prefix web run gen:api" >&2
  fi
  for project in . ../tests/api; do
    if (cd web && run_limited nice -n 19 node_modules/.bin/tsc --noEmit -p "$project"); then
      cp=$((cp + 1))
    else
      cf=$((cf + 1))
      echo "test: tsc -p $project (from web/) found type errors" >&2
    fi
  done
  record "api contract" "$cp" "$cf" 0
}

# ---------------------------------------------------------------------------------------------
# 4b. fuzz targets: one passed per target that builds and survives FUZZ_RUNS executions, one
# failed per target that does not build or reports a finding (details in build-fuzz/logs/).
# Compiling them (clang + ASan, a second build of the parsers) is the costliest part and has no
# deadline to miss, so it runs in the background at the lowest priority while the C++, API and
# browser tests (mostly waiting on servers and the browser) leave a core idle; its output and
# results appear where the phase ran in the log (collect_phase).
run_fuzz_phase() {
  local report="$WORK/fuzz.txt" fuzz_start=$SECONDS rc fp ff note
  header "4b. fuzz targets (libFuzzer, ${FUZZ_RUNS:-20000} runs each)"
  FUZZ_REPORT="$report" PHASE_TIMEOUT=$((PHASE_TIMEOUT * 2)) \
    run_limited nice -n 19 scripts/fuzz.sh --runs "${FUZZ_RUNS:-20000}"
  rc=$?
  if [[ ! -s "$report" ]]; then
    record "fuzz" 0 1 0 "scripts/fuzz.sh exited $rc before running any target"
  else
    fp="$(grep -c ' passed ' "$report")"
    ff="$(grep -c ' failed ' "$report")"
    note="$((SECONDS - fuzz_start)) s in the background"
    if (( rc != 0 && ff == 0 )); then
      ff=1
      note="$note; scripts/fuzz.sh exited $rc with no failed target"
    fi
    record "fuzz" "$fp" "$ff" 0 "$note"
  fi
}
# The typecheck (4a) and the fuzz targets (4b), one after the other, in the background.
background_unit() {
  run_contract_phase
  run_fuzz_phase
}
background_pid=""
if (( run_unit )); then
  in_background background-unit background_unit
  background_pid=$BACKGROUND_PID
fi

# ---------------------------------------------------------------------------------------------
# 3. C++ tests
if (( run_unit )); then
  header "3. C++ tests (ctest)"
  report="$WORK/ctest.xml"
  [[ -n "$PG_URL" ]] || echo "test: WARNING: no PostgreSQL; TANDEM_TEST_PG is not set" >&2
  (
    [[ -n "$PG_URL" ]] && export TANDEM_TEST_PG="$PG_URL"
    # Twice as many jobs as cores: most cases wait on PostgreSQL or on files.
    run_limited ctest --test-dir build --output-on-failure --output-junit "$report" \
      -j"$(( $(nproc) * 2 ))" --timeout 600
  )
  finish_phase "ctest" "$?" count_junit "$report"
fi

# ---------------------------------------------------------------------------------------------
# 4. web unit tests
if (( run_unit )); then
  header "4. web unit tests (vitest)"
  report="$WORK/vitest.json"
  (
    cd web && run_limited node_modules/.bin/vitest run --exclude 'e2e/**' --passWithNoTests \
      --reporter=default --reporter=json --outputFile="$report"
  )
  finish_phase "web unit" "$?" count_vitest "$report"
fi

# ---------------------------------------------------------------------------------------------
# 5. API tests, on SQLite and on PostgreSQL, side by side (each keeps one core busy at most:
# its tests run one file after another against one server; the ports are picked from two ranges)
api_on_sqlite() {
  header "5a. API tests on SQLite"
  mkdir -p "$WORK/api-sqlite"
  if port="$(pick_port 18080)"; then
    run_api_tests "api (sqlite)" "sqlite:$WORK/api-sqlite/tandem.db" "$port"
  else
    record "api (sqlite)" 0 1 0 "no free port"
  fi
}

api_on_postgres() {
  header "5b. API tests on PostgreSQL"
  if [[ -z "$PG_URL" ]]; then
    record "api (postgresql)" 0 1 0 "no PostgreSQL"
  elif ! createdb -h 127.0.0.1 -p "$PG_PORT" -U tandem tandem_api; then
    record "api (postgresql)" 0 1 0 "createdb failed"
  elif ! port="$(pick_port 18180)"; then
    record "api (postgresql)" 0 1 0 "no free port"
  else
    run_api_tests "api (postgresql)" \
      "postgresql://host=127.0.0.1 port=$PG_PORT dbname=tandem_api user=tandem" "$port"
  fi
}

if (( run_api )); then
  in_background api-sqlite api_on_sqlite
  sqlite_pid=$BACKGROUND_PID
  in_background api-postgres api_on_postgres
  postgres_pid=$BACKGROUND_PID
  collect_phase api-sqlite "$sqlite_pid"
  collect_phase api-postgres "$postgres_pid"
fi

# ---------------------------------------------------------------------------------------------
# 5c. mail delivery over SMTP (aiosmtpd), on SQLite
if (( run_api )); then
  header "5c. mail delivery over SMTP"
  if port="$(pick_port 18084)" && smtp_port="$(pick_port 18025)"; then
    run_mail_tests "$port" "$smtp_port"
  else
    record "mail" 0 1 0 "no free port"
  fi
fi

# ---------------------------------------------------------------------------------------------
# 6. browser journeys: TANDEM_E2E_WORKERS (default 2) workers, each with its own server on its
# own seeded database (journeys change data; a worker's journeys run one after another, as they
# would for one user), take spec files from a shared queue, longest first. One record per file.
E2E_QUEUE=""
# next_spec: the next spec file of the queue, removed from it; fails when the queue is empty.
next_spec() {
  local spec
  exec 9>>"$E2E_QUEUE.lock"
  flock 9
  spec="$(head -n 1 "$E2E_QUEUE")"
  [[ -n "$spec" ]] && sed -i 1d "$E2E_QUEUE"
  flock -u 9
  exec 9>&-
  [[ -n "$spec" ]] && echo "$spec"
}

# e2e_worker N: a server on its own database, then the queue's journeys against it.
e2e_worker() {
  local n="$1" dir="$WORK/e2e-$1" port spec name report rc
  mkdir -p "$dir"
  if ! port="$(pick_port $((18081 + 10 * n)))"; then
    record "e2e worker $n" 0 1 0 "no free port"
    return
  fi
  if ! migrate_and_seed "sqlite:$dir/tandem.db" "$dir/setup.log"; then
    record "e2e worker $n" 0 1 0 "migrate/seed failed"
    return
  fi
  if ! start_server "sqlite:$dir/tandem.db" "$port" "$dir/server.log"; then
    record "e2e worker $n" 0 1 0 "server did not become ready"
    stop_server "$SERVER_PID"
    return
  fi
  while spec="$(next_spec)"; do
    name="${spec#e2e/}"
    name="${name%.spec.ts}"
    report="$dir/$name.json"
    echo "-- worker $n: $spec"
    (
      export TANDEM_BASE_URL="http://127.0.0.1:$port" TANDEM_E2E_REPORT="$report" TANDEM_E2E_WORKERS=1
      cd web && run_limited node_modules/.bin/playwright test --output "test-results/worker-$n" \
        "$spec"
    )
    rc=$?
    show_server_log_on_failure "$rc" "$dir/server.log"
    finish_phase "e2e $name" "$rc" count_playwright "$report"
  done
  stop_server "$SERVER_PID"
}

if (( run_e2e )); then
  header "6. browser journeys (playwright)"
  rm -rf web/test-results
  E2E_QUEUE="$WORK/e2e-queue"
  # Longest first (as measured with two workers), so that the workers end together; a spec not
  # listed goes last.
  e2e_order=(roles_coordinator mobile matching_journey roles_org_admin spanish roles_mentee
             invite_journey meeting_journey message_journey publish_accept_journey roles_platform_admin
             mentee_journey roles_mentor coordinator_journey platform_admin_journey
             participants_phone plan_journey caseload_journey unmatched_journey removal_journey
             login_errors)
  {
    for name in "${e2e_order[@]}"; do [[ -f "web/e2e/$name.spec.ts" ]] && echo "e2e/$name.spec.ts"; done
    for f in web/e2e/*.spec.ts; do
      name="$(basename "$f" .spec.ts)"
      [[ " ${e2e_order[*]} " == *" $name "* ]] || echo "e2e/$name.spec.ts"
    done
  } >"$E2E_QUEUE"
  e2e_pids=()
  for ((n = 1; n <= ${TANDEM_E2E_WORKERS:-2}; n++)); do
    in_background "e2e-$n" e2e_worker "$n"
    e2e_pids+=("$BACKGROUND_PID")
  done
  for ((n = 1; n <= ${TANDEM_E2E_WORKERS:-2}; n++)); do
    collect_phase "e2e-$n" "${e2e_pids[n - 1]}"
  done
fi

# ---------------------------------------------------------------------------------------------
# 4a and 4b, from the background
if [[ -n "$background_pid" ]]; then
  collect_phase background-unit "$background_pid"
fi

# ---------------------------------------------------------------------------------------------
echo
echo "-- whole suite took $((SECONDS - START)) s"
cleanup
print_summary
(( TOTAL_FAILED == 0 ))

#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang-16 under AddressSanitizer and
# UndefinedBehaviorSanitizer (CMake tree build-fuzz/, -DTANDEM_FUZZ=ON) and runs each one.
#
# Usage: scripts/fuzz.sh [--seconds S | --runs N] [TARGET...]
#   --seconds S  run each target for S seconds (default: $FUZZ_SECONDS, else 60); new inputs are
#                kept in build-fuzz/corpus/<name>/ and reused by the next run
#   --runs N     run each target for N executions from its seed corpus only, with a fixed random
#                seed (what `make test` does: quick, reproducible, leaves nothing behind)
#   TARGET       names such as json_reader (fuzz/json_reader_fuzz.cc); default: every target
# Targets run side by side, FUZZ_JOBS at a time (default: one per core). Findings (crash-*, leak-*,
# timeout-*, oom-* inputs) are written to build-fuzz/findings/<name>/; reproduce one with
# `build-fuzz/fuzz/<name>_fuzz FILE`.
# Logs: build-fuzz/logs/<name>.log. Extra libFuzzer flags: FUZZ_FLAGS="-max_len=8192 ...".
# With FUZZ_REPORT=FILE, writes one line per target: `NAME passed|failed EXECUTIONS NOTE`.
# Exits non-zero when a target fails to build or reports a finding.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

die() { echo "fuzz: ERROR: $*" >&2; exit 2; }
log() { echo "fuzz: $*" >&2; }

mode=seconds
amount="${FUZZ_SECONDS:-60}"
targets=()
while (( $# > 0 )); do
  case "$1" in
    --seconds) mode=seconds; amount="${2:?--seconds needs a value}"; shift 2 ;;
    --runs) mode=runs; amount="${2:?--runs needs a value}"; shift 2 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option '$1' (expected --seconds S or --runs N)" ;;
    *) targets+=("${1%_fuzz}"); shift ;;
  esac
done
[[ "$amount" =~ ^[0-9]+$ ]] || die "'$amount' is not a whole number"

if (( ${#targets[@]} == 0 )); then
  for f in fuzz/*_fuzz.cc; do
    [[ -e "$f" ]] || continue
    f="${f##*/}"
    targets+=("${f%_fuzz.cc}")
  done
fi
(( ${#targets[@]} > 0 )) || die "no fuzz targets in fuzz/"
for t in "${targets[@]}"; do
  [[ -f "fuzz/${t}_fuzz.cc" ]] || die "no fuzz target '$t' (fuzz/${t}_fuzz.cc)"
done

command -v clang++-16 >/dev/null || die "clang++-16 not found: run scripts/bootstrap.sh --fuzz"

BUILD=build-fuzz
if [[ ! -f "$BUILD/CMakeCache.txt" || ! -f "$BUILD/Makefile" ]]; then
  log "configuring $BUILD/ (clang-16, libFuzzer + ASan + UBSan)"
  launcher=()
  command -v ccache >/dev/null &&
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  mkdir -p "$BUILD"
  CXX=clang++-16 CC=clang-16 cmake -S . -B "$BUILD" -DTANDEM_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    "${launcher[@]}" >"$BUILD/configure.log" 2>&1 ||
    { cat "$BUILD/configure.log" >&2; die "cmake configure of $BUILD/ failed"; }
else
  # Configured before: configure again (seconds), so that a harness added since then is a
  # target (`--target x_fuzz` fails before make would re-run the fuzz/ glob itself).
  cmake "$BUILD" >"$BUILD/configure.log" 2>&1 ||
    { cat "$BUILD/configure.log" >&2; die "cmake configure of $BUILD/ failed"; }
fi
mkdir -p "$BUILD/logs"

report() { [[ -n "${FUZZ_REPORT:-}" ]] && echo "$*" >>"$FUZZ_REPORT"; return 0; }

scratch="$(mktemp -d /tmp/tandem-fuzz.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

# Build every target in one go (the libraries once, the harnesses link side by side). When that
# fails, each target is built on its own to tell which one is broken.
declare -A broken=()
if ! cmake --build "$BUILD" -j"$(nproc)" --target "${targets[@]/%/_fuzz}" >"$BUILD/logs/build.log" 2>&1
then
  for t in "${targets[@]}"; do
    logf="$BUILD/logs/$t.log"
    if ! cmake --build "$BUILD" -j"$(nproc)" --target "${t}_fuzz" >"$logf" 2>&1; then
      grep -E 'error|Error' "$logf" | head -20 >&2
      log "$t: BUILD FAILED (log: $logf)"
      broken[$t]=1
    fi
  done
fi

# run_target NAME: runs one built harness and writes its verdict to $scratch/NAME.verdict
# (`passed EXECUTIONS` or `failed EXECUTIONS NOTE`).
run_target() {
  local t="$1" exe="$BUILD/fuzz/$1_fuzz" logf="$BUILD/logs/$1.log" findings="$BUILD/findings/$1"
  local corpus flags limit rc execs
  mkdir -p "$findings"
  if [[ "$mode" == runs ]]; then
    corpus="$scratch/$t"          # new inputs land here and are thrown away
    flags=(-runs="$amount" -seed=1)
    limit=600
  else
    corpus="$BUILD/corpus/$t"     # kept between runs of `make fuzz`
    flags=(-max_total_time="$amount")
    limit=$((amount + 120))
  fi
  mkdir -p "$corpus"
  # shellcheck disable=SC2086  # FUZZ_FLAGS is a list of flags on purpose
  timeout -k 10 "$limit" "$exe" "${flags[@]}" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$findings/" ${FUZZ_FLAGS:-} "$corpus" "fuzz/corpus/$t" >"$logf" 2>&1
  rc=$?
  execs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$logf" | tail -1 | grep -Eo '[0-9]+$')"
  execs="${execs:-0}"
  if (( rc == 0 )); then
    log "$t: passed, $execs executions"
    echo "passed $execs" >"$scratch/$t.verdict"
  else
    grep -E '^(==[0-9]+==ERROR|SUMMARY|FUZZ_CHECK|.*runtime error:|artifact_prefix|Test unit written)' \
      "$logf" | head -20 >&2
    log "$t: FAILED (exit $rc after $execs executions; log: $logf, findings: $findings/)"
    echo "failed $execs exit $rc" >"$scratch/$t.verdict"
  fi
}

# Harnesses are single-threaded: FUZZ_JOBS of them (default: one per core) run side by side.
jobs_max="${FUZZ_JOBS:-$(nproc)}"
for t in "${targets[@]}"; do
  [[ -n "${broken[$t]:-}" ]] && continue
  while (( $(jobs -rp | wc -l) >= jobs_max )); do wait -n; done
  run_target "$t" &
done
wait

passed=0 failed=0
for t in "${targets[@]}"; do
  if [[ -n "${broken[$t]:-}" ]]; then
    report "$t failed 0 build failed"
    failed=$((failed + 1))
  elif [[ -s "$scratch/$t.verdict" ]] && read -r verdict rest <"$scratch/$t.verdict"; then
    report "$t $verdict $rest"
    [[ "$verdict" == passed ]] && passed=$((passed + 1)) || failed=$((failed + 1))
  else
    report "$t failed 0 no verdict"
    failed=$((failed + 1))
  fi
done

echo "fuzz: ${#targets[@]} targets: $passed passed, $failed failed"
(( failed == 0 ))

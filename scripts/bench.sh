#!/usr/bin/env bash
# `make bench`: builds (Release) and runs every Google Benchmark binary build/bench/*_benchmark.
#
# Environment:
#   BENCH_FILTER=regex   passed as --benchmark_filter to every binary
#   BENCH_ARGS="..."     extra arguments for every binary (e.g. --benchmark_repetitions=5)
#   TANDEM_BENCH_LARGE=1 also the optional large cases (tiered_assignment_benchmark: 1M mentees)
#   BENCH_SCALE=10k|100k|1M  size of match_files_benchmark (`tandem match` on CSV and binary
#                        files; default 100k mentees / 10M rows; 1M needs ~4 GB of disk in
#                        BENCH_DIR, default the temporary directory)
# Benchmarks measure; they never fail on timings. Exit status is non-zero only when a binary
# crashes or exits non-zero.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/bootstrap.sh --server
scripts/build.sh

shopt -s nullglob
benches=()
for f in build/bench/*_benchmark; do
  [[ -f "$f" && -x "$f" ]] && benches+=("$f")
done
if (( ${#benches[@]} == 0 )); then
  echo "bench: no benchmarks built yet (build/bench/*_benchmark); nothing to run"
  exit 0
fi

args=()
[[ -n "${BENCH_FILTER:-}" ]] && args+=("--benchmark_filter=$BENCH_FILTER")
# shellcheck disable=SC2206  # word splitting of BENCH_ARGS is intended
[[ -n "${BENCH_ARGS:-}" ]] && args+=(${BENCH_ARGS})

failed=()
for b in "${benches[@]}"; do
  echo
  echo "==== $b ===="
  "$b" "${args[@]}" || failed+=("$b")
done

echo
if (( ${#failed[@]} )); then
  echo "bench: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "bench: ran ${#benches[@]} benchmark binaries"

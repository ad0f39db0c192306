# Sourced by scripts/test.sh: the readers of each runner's report. Each prints
# "PASSED FAILED SKIPPED" or fails when the report is unreadable.
# shellcheck shell=bash disable=SC2016  # the node -e programs are single-quoted on purpose

# CTest JUnit XML: one <testcase status="run|fail|disabled|notrun"> per test. "notrun" is a skip
# when CTest says why with SKIP_RETURN_CODE / SKIP_REGULAR_EXPRESSION, otherwise (executable not
# found, failed fixture...) a failure, as in CTest's own summary.
count_junit() {
  [[ -s "$1" ]] || return 1
  grep -q '<testsuite' "$1" || return 1
  awk '
    function classify() {
      if (st == "run") p++
      else if (st == "disabled") s++
      else if (st == "notrun" && skipmsg ~ /^SKIP_/) s++
      else f++
      open = 0
    }
    /<testcase[ \t>]/ {
      if (open) classify()
      open = 1; st = ""; skipmsg = ""
      if (match($0, /status="[^"]*"/)) st = substr($0, RSTART + 8, RLENGTH - 9)
      if ($0 ~ /\/>[ \t]*$/ && $0 !~ /<\/testcase>/) { classify(); next }
    }
    open && /<skipped/ {
      if (match($0, /message="[^"]*"/)) skipmsg = substr($0, RSTART + 9, RLENGTH - 10)
    }
    open && /<\/testcase>/ { classify() }
    END { if (open) classify(); printf "%d %d %d\n", p, f, s }
  ' "$1"
}

# Vitest's JSON reporter (Jest format). A file that failed to load has status "failed" and no
# assertion results: it counts as one failure.
count_vitest() {
  [[ -s "$1" ]] || return 1
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (!Array.isArray(r.testResults)) process.exit(1);
    let p = 0, f = 0, s = 0;
    for (const file of r.testResults) {
      let fileFailed = 0;
      for (const a of file.assertionResults || []) {
        if (a.status === "passed") p++;
        else if (a.status === "failed") { f++; fileFailed++; }
        else s++;
      }
      if (file.status === "failed" && fileFailed === 0) f++;
    }
    console.log(`${p} ${f} ${s}`);
  ' "$1"
}

# Playwright's JSON reporter: stats.expected/unexpected/flaky/skipped; top-level errors (a spec
# file that throws while loading, a broken config) count as failures.
count_playwright() {
  [[ -s "$1" ]] || return 1
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const st = r.stats;
    if (!st) process.exit(1);
    const p = (st.expected || 0) + (st.flaky || 0);
    const f = (st.unexpected || 0) + (Array.isArray(r.errors) ? r.errors.length : 0);
    console.log(`${p} ${f} ${st.skipped || 0}`);
  ' "$1"
}

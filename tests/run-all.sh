#!/bin/bash
# Runs every test suite (`make test` calls this after building) and ends with
# one summary line: "N passed, N failed".
#
# Counts come from what each harness records, never from text scraped off
# its piped output: the e2e and browser suites append `ok NAME`/`fail NAME`
# to $IDIOM_TEST_RESULTS, Criterion writes its JSON report, and a replay
# driver's exit status is its result.  A suite that exits non-zero with no
# failure recorded, or that records no test at all, counts as one failure.
cd "$(dirname "$0")/.." || exit 2
total_passed=0
total_failed=0
results_dir=$(mktemp -d)
# A throwaway PostgreSQL for the cohort tests (scripts/pg.sh), removed on exit.
pg_dir=$(mktemp -d /tmp/idiom-pg.XXXXXX) && rmdir "$pg_dir"
trap 'scripts/pg.sh destroy "$pg_dir" >/dev/null 2>&1; rm -rf "$results_dir"' EXIT

section() { printf '\n== %s\n' "$*"; }

# settle NAME STATUS PASSED FAILED: adds one suite's counts to the totals,
# after checking them against its exit status.
settle() {
	local name=$1 status=$2 p=$3 f=$4
	if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
		printf '%s exited %d with no failing test recorded: counted as one failure\n' "$name" "$status"
		f=1
	fi
	if [ $((p + f)) -eq 0 ]; then
		printf '%s recorded no test: counted as one failure\n' "$name"
		f=1
	fi
	total_passed=$((total_passed + p))
	total_failed=$((total_failed + f))
}

# suite NAME CMD...: runs a suite that records its results in
# $IDIOM_TEST_RESULTS (tests/e2e/lib.sh, tests/browser/*.mjs).
suite() {
	local name=$1 results status start=$SECONDS
	shift
	results=$(mktemp "$results_dir/results.XXXXXX")
	IDIOM_TEST_RESULTS=$results "$@"
	status=$?
	printf '(%s: %ds)\n' "$name" $((SECONDS - start))
	settle "$name" "$status" "$(grep -c '^ok ' "$results")" "$(grep -c '^fail ' "$results")"
}

section "PostgreSQL for the cohort tests: scripts/pg.sh start $pg_dir"
# The PostgreSQL unit and e2e tests read IDIOM_TEST_PG_URL and FAIL (never
# skip) without it, so a server that did not start shows as failures.
if IDIOM_TEST_PG_URL=$(scripts/pg.sh start "$pg_dir"); then
	export IDIOM_TEST_PG_URL
	echo "$IDIOM_TEST_PG_URL"
else
	echo "PostgreSQL did not start: the PostgreSQL tests will fail"
	unset IDIOM_TEST_PG_URL
fi

section "proof: file sizes and include cycles (tests/e2e/proof.sh)"
suite "tests/e2e/proof.sh" tests/e2e/proof.sh

section "unit tests (Criterion, ASan + UBSan)"
unit_json=$results_dir/unit.json
# One job: in parallel runs Criterion's own runner keeps a 48-byte block that
# LeakSanitizer reports (libcriterion.so, not ours), which would fail the
# binary at random.
unit_start=$SECONDS
ASAN_OPTIONS=detect_leaks=1 build/asan/unit-tests --jobs 1 --json="$unit_json"
status=$?
printf '(unit tests: %ds)\n' $((SECONDS - unit_start))
counts=$(python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))
print(r["passed"], r["failed"] + r["errored"])' "$unit_json" 2>/dev/null) || counts="0 0"
settle "unit tests" "$status" ${counts% *} ${counts#* }

for bin in build/asan/idiom ./idiom; do
	section "end-to-end: $bin"
	for s in tests/e2e/cli.sh tests/e2e/progress.sh tests/e2e/terminal.sh tests/e2e/golden.sh tests/e2e/web.sh tests/e2e/lsp.sh tests/e2e/admin.sh tests/e2e/cohort.sh tests/e2e/store.sh tests/e2e/helper.sh; do
		suite "$s $bin" "$s" "$bin"
	done
done

suite "tests/e2e/cluster.sh ./idiom (three nodes, HAProxy, bench/load.py)" tests/e2e/cluster.sh ./idiom

section "web server under ThreadSanitizer: build/tsan/idiom"
TSAN_OPTIONS="halt_on_error=1" suite "tests/e2e/web.sh build/tsan/idiom" tests/e2e/web.sh build/tsan/idiom

section "browser: headless Chromium against ./idiom serve"
suite "browser" timeout 300 node tests/browser/lesson.mjs ./idiom
suite "browser feedback" timeout 300 node tests/browser/feedback.mjs ./idiom
suite "browser first hour" timeout 300 node tests/browser/firsthour.mjs ./idiom
suite "browser preview" timeout 300 node tests/browser/preview.mjs ./idiom
suite "browser cohort" timeout 300 node tests/browser/cohort.mjs ./idiom
suite "browser retry" timeout 300 node tests/browser/retry.mjs ./idiom

section "editor: Neovim's LSP client against ./idiom lsp"
suite "editor" tests/editor/nvim.sh ./idiom

section "fuzz corpus replay (ASan + UBSan)"
for target in build/fuzz/*-replay; do
	name=$(basename "$target" -replay)
	if "$target" "fuzz/corpus/$name"; then settle "$name" 0 1 0; else settle "$name" 1 0 1; fi
done

printf '\n(all suites: %ds)\n' "$SECONDS"
printf '\n%d passed, %d failed\n' "$total_passed" "$total_failed"
[ "$total_failed" -eq 0 ]

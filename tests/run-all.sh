#!/bin/bash
# Runs every test suite (`make test` calls this after building) and ends with
# one summary line: "N passed, N failed".
cd "$(dirname "$0")/.." || exit 2
total_passed=0
total_failed=0

section() { printf '\n== %s\n' "$*"; }

# count PASSED FAILED: adds a suite's counts to the totals.
count() {
	total_passed=$((total_passed + $1))
	total_failed=$((total_failed + $2))
}

section "unit tests (Criterion, ASan + UBSan)"
unit_log=$(mktemp)
ASAN_OPTIONS=detect_leaks=1 build/asan/unit-tests --jobs 2 2>&1 | tee "$unit_log"
synth=$(grep 'Synthesis' "$unit_log" | tail -1)
if [ -n "$synth" ]; then
	p=$(printf '%s' "$synth" | sed -n 's/.*Passing: \([0-9]*\).*/\1/p')
	f=$(printf '%s' "$synth" | sed -n 's/.*Failing: \([0-9]*\).*/\1/p')
	c=$(printf '%s' "$synth" | sed -n 's/.*Crashing: \([0-9]*\).*/\1/p')
	count "${p:-0}" $(( ${f:-0} + ${c:-0} ))
else
	echo "unit tests did not report a synthesis line"
	count 0 1
fi
rm -f "$unit_log"

for bin in build/asan/idiom ./idiom; do
	section "end-to-end: $bin"
	e2e_log=$(mktemp)
	for suite in tests/e2e/cli.sh tests/e2e/progress.sh tests/e2e/web.sh tests/e2e/lsp.sh; do
		"$suite" "$bin" | tee "$e2e_log"
		line=$(tail -1 "$e2e_log")
		p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed.*/\1/p')
		f=$(printf '%s' "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
		if [ -z "$p" ]; then count 0 1; else count "$p" "$f"; fi
	done
	rm -f "$e2e_log"
done

section "web server under ThreadSanitizer: build/tsan/idiom"
web_log=$(mktemp)
TSAN_OPTIONS="halt_on_error=1" tests/e2e/web.sh build/tsan/idiom | tee "$web_log"
line=$(tail -1 "$web_log")
p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed.*/\1/p')
f=$(printf '%s' "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
if [ -z "$p" ]; then count 0 1; else count "$p" "$f"; fi
rm -f "$web_log"

section "browser: headless Chromium against ./idiom serve"
browser_log=$(mktemp)
timeout 300 node tests/browser/lesson.mjs ./idiom 2>&1 | tee "$browser_log"
line=$(tail -1 "$browser_log")
p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed.*/\1/p')
f=$(printf '%s' "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
if [ -z "$p" ]; then count 0 1; else count "$p" "$f"; fi
rm -f "$browser_log"

section "editor: Neovim's LSP client against ./idiom lsp"
editor_log=$(mktemp)
tests/editor/nvim.sh ./idiom 2>&1 | tee "$editor_log"
line=$(tail -1 "$editor_log")
p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed.*/\1/p')
f=$(printf '%s' "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
if [ -z "$p" ]; then count 0 1; else count "$p" "$f"; fi
rm -f "$editor_log"

section "fuzz corpus replay (ASan + UBSan)"
for target in build/fuzz/*-replay; do
	name=$(basename "$target" -replay)
	if "$target" "fuzz/corpus/$name"; then count 1 0; else count 0 1; fi
done

printf '\n%d passed, %d failed\n' "$total_passed" "$total_failed"
[ "$total_failed" -eq 0 ]

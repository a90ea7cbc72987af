#!/bin/bash
# A real editor end to end: Neovim headless with its built-in LSP client
# (tests/editor/lsp.lua) against `idiom lsp` on a lesson 04 answer in a fresh
# $IDIOM_HOME.  Usage: tests/editor/nvim.sh [IDIOM_BINARY]; prints one line
# per step and "N passed, N failed" (and, with IDIOM_TEST_RESULTS set, one
# `ok NAME`/`fail NAME` line per step in that file, for tests/run-all.sh).
cd "$(dirname "$0")/../.." || exit 2
IDIOM=$(realpath "${1:-./idiom}")
# record ok|fail NAME: one result for tests/run-all.sh.
record() { [ -z "${IDIOM_TEST_RESULTS:-}" ] || printf '%s %s\n' "$1" "$2" >> "$IDIOM_TEST_RESULTS"; }
command -v nvim >/dev/null || { record fail nvim-installed; echo "nvim is not installed (scripts/deps.sh editor)"; echo "editor (nvim): 0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/idiom-nvim.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export IDIOM IDIOM_HOME="$tmp/home" IDIOM_RESULT="$tmp/result" XDG_STATE_HOME="$tmp/state" XDG_CACHE_HOME="$tmp/cache"
unset IDIOM_COURSE
"$IDIOM" start 04 >/dev/null 2>&1 || { record fail start; echo "idiom start 04 failed"; echo "editor (nvim): 0 passed, 1 failed"; exit 1; }
timeout 180 nvim --headless --clean -n -c "luafile tests/editor/lsp.lua" >"$tmp/nvim.log" 2>&1
if [ ! -s "$IDIOM_RESULT" ]; then
	record fail nvim-script; echo "FAIL nvim did not finish the script:"; sed 's/^/     /' "$tmp/nvim.log" | head -20
	echo "editor (nvim): 0 passed, 1 failed"; exit 1
fi
cat "$IDIOM_RESULT"
sed -n 's/^ok *\(.*\)/ok \1/p; s/^FAIL *\(.*\)/fail \1/p' "$IDIOM_RESULT" | while read -r v name; do record "$v" "$name"; done
passed=$(grep -c '^ok ' "$IDIOM_RESULT")
failed=$(grep -c '^FAIL ' "$IDIOM_RESULT")
# The saves were recorded like `idiom check`.
if "$IDIOM" history 4 rewrite 2>/dev/null | grep -q pass; then
	echo "ok   saves recorded in history"; passed=$((passed + 1)); record ok saves-recorded
else
	echo "FAIL saves recorded in history"; failed=$((failed + 1)); record fail saves-recorded
fi
printf 'editor (nvim): %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

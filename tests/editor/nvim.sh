#!/bin/bash
# A real editor end to end: Neovim headless with its built-in LSP client
# (tests/editor/lsp.lua) against `idiom lsp` on a lesson 04 answer in a fresh
# $IDIOM_HOME.  Usage: tests/editor/nvim.sh [IDIOM_BINARY]; prints one line
# per step and "N passed, N failed".
cd "$(dirname "$0")/../.." || exit 2
IDIOM=$(realpath "${1:-./idiom}")
command -v nvim >/dev/null || { echo "nvim is not installed (scripts/deps.sh editor)"; echo "editor (nvim): 0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/idiom-nvim.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export IDIOM IDIOM_HOME="$tmp/home" IDIOM_RESULT="$tmp/result" XDG_STATE_HOME="$tmp/state" XDG_CACHE_HOME="$tmp/cache"
unset IDIOM_COURSE
"$IDIOM" start 04 >/dev/null 2>&1 || { echo "idiom start 04 failed"; echo "editor (nvim): 0 passed, 1 failed"; exit 1; }
timeout 180 nvim --headless --clean -n -c "luafile tests/editor/lsp.lua" >"$tmp/nvim.log" 2>&1
if [ ! -s "$IDIOM_RESULT" ]; then
	echo "FAIL nvim did not finish the script:"; sed 's/^/     /' "$tmp/nvim.log" | head -20
	echo "editor (nvim): 0 passed, 1 failed"; exit 1
fi
cat "$IDIOM_RESULT"
passed=$(grep -c '^ok ' "$IDIOM_RESULT")
failed=$(grep -c '^FAIL ' "$IDIOM_RESULT")
# The saves were recorded like `idiom check`.
if "$IDIOM" history 4 rewrite 2>/dev/null | grep -q pass; then
	echo "ok   saves recorded in history"; passed=$((passed + 1))
else
	echo "FAIL saves recorded in history"; failed=$((failed + 1))
fi
printf 'editor (nvim): %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

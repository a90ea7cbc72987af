#!/bin/bash
# Makes docs/screenshots/neovim-lsp.png: Neovim (a real terminal UI, in a
# detached tmux session) with `idiom lsp` attached to a lesson 04 answer;
# the pane is captured with its colours (tmux capture-pane -e -p), rendered
# to HTML by tests/editor/ansi2html.py and photographed by headless Chromium.
# Usage: tests/editor/screenshot.sh [IDIOM_BINARY]
cd "$(dirname "$0")/../.." || exit 2
IDIOM=$(realpath "${1:-./idiom}")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/idiom-shot.XXXXXX")
session=idiom-shot-$$
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$tmp"' EXIT
export IDIOM IDIOM_HOME="$tmp/home" XDG_STATE_HOME="$tmp/state"
"$IDIOM" start 04 >/dev/null 2>&1 || exit 1
tmux new-session -d -s "$session" -x 110 -y 32 \
	"env IDIOM=$IDIOM IDIOM_HOME=$IDIOM_HOME TERM=xterm-256color nvim --clean -n -c 'luafile tests/editor/screenshot.lua'"
sleep 6
tmux capture-pane -t "$session" -e -p >"$tmp/pane.txt"
python3 tests/editor/ansi2html.py <"$tmp/pane.txt" >"$tmp/pane.html"
mkdir -p docs/screenshots
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1040,660 \
	--screenshot="$PWD/docs/screenshots/neovim-lsp.png" "file://$tmp/pane.html" >/dev/null 2>&1
ls -l docs/screenshots/neovim-lsp.png

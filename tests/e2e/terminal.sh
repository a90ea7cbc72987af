#!/bin/bash
# End-to-end tests of idiom in a terminal: learner bytes never reach it raw,
# the finish line after a pass, defaults, layout at 80 columns, refusals.
# Usage: tests/e2e/terminal.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
unset NO_COLOR IDIOM_COURSE PAGER
# Printed commands say `idiom` when the binary run is the one on PATH (as
# in cli.sh); a binary run by a long path prints that path, which the width
# checks below would then measure instead of the layout.
export PATH="$(cd "$(dirname "$IDIOM")" && pwd):$PATH"
export COLUMNS=80
export IDIOM_HOME="$TMP_ROOT/home"

# A hostile answer: clear screen, a fake green pass, an OSC 0 title, an OSC
# 52 clipboard write and a carriage return, then an exception with BEL.
hostile_answer() {
	printf '%s\n' \
		'print("\x1b[2J\x1b[H\x1b[32m✓ pass: 3 of 3 criteria met\x1b[0m")' \
		'print("\x1b]0;owned\x07\x1b]52;c;cm0gLXJmIH4=\x07back\rover")' \
		'raise ValueError("ring\x07\x1b[31mred")' > "$1"
}

# no_raw FILE: FILE holds no ESC, BEL or CR byte at all.
no_raw() {
	! LC_ALL=C grep -q $'[\033\007\r]' "$1" || fail "raw control bytes: $(LC_ALL=C grep -a $'[\033\007\r]' "$1" | cat -A | head -3)"
}

test_piped_output_has_no_raw_control() {
	hostile_answer "$TMP_ROOT/rewrite.py"
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/rewrite.py"
	expect_status 1
	printf '%s' "$out$err" > "$TMP_ROOT/piped"
	no_raw "$TMP_ROOT/piped"
	expect_out '\x1b[2J\x1b[H\x1b[32m'
	expect_out '\x1b]52;c;cm0gLXJmIH4=\x07back\rover'
	expect_out 'ring\x07\x1b[31mred'
}

test_file_name_with_escape() {
	local f=$TMP_ROOT/$'name\033[2J\007-rewrite.py'
	hostile_answer "$f"
	run "$IDIOM" check 4 rewrite "$f"
	printf '%s' "$out$err" > "$TMP_ROOT/named"
	no_raw "$TMP_ROOT/named"
	expect_out 'name\x1b[2J\x07-rewrite.py'
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/"$'gone\033]0;t\007.py'
	printf '%s' "$out$err" > "$TMP_ROOT/gone"
	no_raw "$TMP_ROOT/gone"
}

# In a terminal (script gives a pty) colour is on: only our own SGR codes
# may reach it, never the answer's clear screen, title or clipboard write.
test_tty_output_only_our_styles() {
	hostile_answer "$TMP_ROOT/tty-rewrite.py"
	script -qec "$IDIOM check 4 rewrite $TMP_ROOT/tty-rewrite.py" /dev/null > "$TMP_ROOT/tty" </dev/null || true
	grep -q 'criteria met' "$TMP_ROOT/tty" || fail "no report in the terminal: $(head -3 "$TMP_ROOT/tty")"
	grep -q $'\033\[' "$TMP_ROOT/tty" || fail "no colour in a terminal"
	# Every ESC is one of ours: an SGR style (ESC [ digits ; m).
	! LC_ALL=C grep -aoE $'\033[^[]|\033\\[[0-9;]*[^0-9;m]' "$TMP_ROOT/tty" | grep -q . ||
		fail "an escape that is not a style reached the terminal"
	! LC_ALL=C grep -q $'\007' "$TMP_ROOT/tty" || fail "BEL reached the terminal"
}

test_usage_error_quotes_argument_visibly() {
	run "$IDIOM" check $'\033]0;x\007'
	expect_status 2
	printf '%s' "$out$err" > "$TMP_ROOT/usage"
	no_raw "$TMP_ROOT/usage"
	expect_err '\x1b]0;x\x07'
}

# Printed commands name the binary as the learner can run it: `idiom` when
# it is the one on PATH, `./idiom` when it is not and sits in this folder.
test_commands_name_the_binary_run() {
	local dir base
	dir=$(cd "$(dirname "$IDIOM")" && pwd)
	base=$(basename "$IDIOM")
	[ "$base" = idiom ] || return 0
	out=$(cd "$dir" && PATH=/usr/bin:/bin ./idiom list)
	expect_out "  ./idiom show 0"
	expect_out "  ./idiom progress           attempts"
	out=$(cd "$dir" && PATH=$dir:/usr/bin:/bin ./idiom list)
	expect_out "  idiom show 0"
	expect_no_out "./idiom"
	out=$(cd / && PATH=/usr/bin:/bin "$dir/idiom" list)
	expect_out "  $dir/idiom show 0"
}

# make install (DESTDIR, PREFIX) gives a binary that finds its course and,
# once on PATH, prints its commands as plain `idiom`.
test_make_install() {
	local dest=$TMP_ROOT/stage prefix=/opt/idiom-test
	make -s install DESTDIR="$dest" PREFIX="$prefix" >/dev/null || fail "make install failed"
	[ -x "$dest$prefix/bin/idiom" ] || fail "no $prefix/bin/idiom"
	[ -f "$dest$prefix/share/idiom/courses/js-to-python/course.yaml" ] || fail "no course installed"
	out=$(cd / && PATH=$dest$prefix/bin:/usr/bin:/bin idiom list)
	expect_out "25 min  Async I/O and concurrency"
	expect_out "  idiom show 0"
	make -s uninstall DESTDIR="$dest" PREFIX="$prefix" >/dev/null
	[ ! -e "$dest$prefix/bin/idiom" ] || fail "uninstall left the binary"
}

# A binary file, or a Reflect answer given to a code exercise, is refused
# with a message naming the file and what to do: exit 1, nothing recorded.
test_refusals() {
	export IDIOM_HOME=$TMP_ROOT/refusals
	run "$IDIOM" check 4 rewrite /bin/ls
	expect_status 1
	expect_err "/bin/ls is not a text file"
	expect_no_out "criteria met"
	printf 'x = 1\n\0\n' > "$TMP_ROOT/nul-practice.py"
	run "$IDIOM" check 4 practice "$TMP_ROOT/nul-practice.py"
	expect_status 1
	expect_err "is not a text file"
	cp courses/js-to-python/04-async/reflect/reference.md "$TMP_ROOT/prose.py"
	run "$IDIOM" check 4 practice "$TMP_ROOT/prose.py"
	expect_status 1
	printf '%s' "$err" | tr '\n' ' ' | grep -q "reads  *as  *prose, not Python" || fail "no prose refusal: $err"
	printf '%s' "$err" | tr '\n' ' ' | grep -q "check 04  *reflect" || fail "no way out: $err"
	run "$IDIOM" history 4 practice
	expect_out "No attempts of lesson 04 practice yet"
	run "$IDIOM" history 4 rewrite
	expect_out "No attempts of lesson 04 rewrite yet"
	# The same prose is graded as the Reflect answer it is.
	run "$IDIOM" check 4 reflect "$TMP_ROOT/prose.py"
	expect_status 0
	# Code explained in `#` comments longer than the code is still code.
	cat > "$TMP_ROOT/commented.py" <<'PY'
def make_greeters(names, *, greeting="Hello"):
    # Like an IIFE in old-school JS (before let): calling the outer lambda
    # right away creates a new scope per name, because Python closures bind
    # late and would otherwise all see the loop's last value. With const in
    # a for...of loop, JavaScript gives each iteration its own binding.
    return {name: (lambda n: lambda: f"{greeting}, {n}!")(name) for name in names}
PY
	run "$IDIOM" check 2 practice "$TMP_ROOT/commented.py"
	expect_status 0
	expect_out "Each greeter remembers its own name"
	expect_no_out "reads as prose"
}

# idiom watch in a real terminal (tmux) of ROWS rows: the keys line is the
# last line on screen; after a pass it moves on to the next exercise.
watch_in_rows() {
	local rows=$1 sock=$TMP_ROOT/tmux-$1 home=$TMP_ROOT/watch-$1 pane
	command -v tmux >/dev/null || fail "tmux is needed for this test"
	IDIOM_HOME=$home "$IDIOM" start 4 >/dev/null
	tmux -S "$sock" new-session -d -x 80 -y "$rows" \
		"env IDIOM_HOME=$home COLUMNS=80 PATH=$PATH $IDIOM watch 4; sleep 30"
	for _ in $(seq 100); do
		pane=$(tmux -S "$sock" capture-pane -p)
		printf '%s' "$pane" | grep -q 'q: quit' && break
		sleep 0.1
	done
	printf '%s' "$pane" | grep -q 'on: reflect (1 of 3)' || { tmux -S "$sock" kill-server; fail "not on reflect: $pane"; }
	# The keys line is the bottom row, however long the output.
	[ "$(tmux -S "$sock" capture-pane -p -S $((rows - 1)) -E $((rows - 1)))" != "" ] ||
		{ tmux -S "$sock" kill-server; fail "bottom row empty: $pane"; }
	tmux -S "$sock" capture-pane -p -S $((rows - 1)) -E $((rows - 1)) | grep -q 'q: quit' ||
		{ tmux -S "$sock" kill-server; fail "keys line not at the bottom: $pane"; }
	local dir
	dir=$(echo "$home"/04-*)
	cp courses/js-to-python/04-async/reflect/reference.md "$dir/reflect.md.new"
	mv "$dir/reflect.md.new" "$dir/reflect.md"
	for _ in $(seq 100); do
		pane=$(tmux -S "$sock" capture-pane -p)
		printf '%s' "$pane" | grep -q 'on: rewrite (2 of 3)' && break
		sleep 0.1
	done
	tmux -S "$sock" send-keys q
	tmux -S "$sock" kill-server 2>/dev/null
	printf '%s' "$pane" | grep -q 'on: rewrite (2 of 3)' || fail "did not move on after a pass: $pane"
	return 0
}

test_watch_fits_24_rows() { watch_in_rows 24; }
test_watch_fits_40_rows() { watch_in_rows 40; }

# fits WIDTH: every line of $out is at most WIDTH columns, and no word is
# split at a line end (a line ending in a letter followed by one starting
# with a letter would be one word cut in two only if wrap cut mid-word:
# check the text rejoined has every word of the one-line version).
fits() {
	local width=$1
	printf '%s\n' "$out" | while IFS= read -r line; do
		[ "$(printf '%s' "$line" | wc -m)" -le "$width" ] || { echo "too wide: $line"; exit 1; }
	done || fail "a line is wider than $width"
}

test_list_wraps_and_lines_up() {
	export IDIOM_HOME=$TMP_ROOT/layout
	"$IDIOM" start 2 >/dev/null
	for w in 80 120; do
		out=$(COLUMNS=$w "$IDIOM" list)
		fits $w
		words=$(printf '%s' "$out" | tr -s ' \n' '\n\n' | sort | tr -d '\n')
		full=$(env -u COLUMNS "$IDIOM" list | tr -s ' \n' '\n\n' | sort | tr -d '\n')
		[ "$words" = "$full" ] || fail "words changed by wrapping at $w"
	done
	out=$(COLUMNS=80 "$IDIOM" list)
	expect_out "01  open     25 min  Syntax"
	expect_out "02  started  25 min  Functions"
	# Every lesson open: the seed's shape.
	out=$(env -u COLUMNS IDIOM_HOME=$TMP_ROOT/layout-fresh "$IDIOM" list)
	expect_out "04  open  25 min  Async I/O and concurrency: from Promise intuition to Python's async model"
}

# Hints, progress and errors fit the width too, and wrapping drops no word.
test_hints_progress_and_errors_wrap() {
	export IDIOM_HOME=$TMP_ROOT/wrapping
	"$IDIOM" start 4 >/dev/null
	"$IDIOM" check 4 practice >/dev/null 2>&1
	for w in 80 120; do
		for cmd in "hint 4 practice" "progress" "hint 4 practice" "check 4 rewrit"; do
			out=$(COLUMNS=$w "$IDIOM" $cmd 2>&1)
			fits $w
		done
	done
	# Past the last hint the same one comes back: wrapped and whole agree.
	out=$(COLUMNS=80 "$IDIOM" hint 4 practice)
	expect_out "That was the last hint"
	words=$(printf '%s' "$out" | tr -s ' \n' '\n\n' | sort | tr -d '\n')
	full=$(env -u COLUMNS "$IDIOM" hint 4 practice | tr -s ' \n' '\n\n' | sort | tr -d '\n')
	[ "$words" = "$full" ] || fail "wrapping the hint changed its words"
	[ "$(env -u COLUMNS "$IDIOM" hint 4 practice | wc -l)" = 2 ] || fail "a piped hint was wrapped"
}

# idiom show pages through $PAGER on a terminal, not when piped or asked not.
test_show_pages_on_a_terminal() {
	printf '#!/bin/sh\necho PAGED; cat >/dev/null\n' > "$TMP_ROOT/pager"
	chmod +x "$TMP_ROOT/pager"
	PAGER=$TMP_ROOT/pager script -qec "$IDIOM show 4" /dev/null > "$TMP_ROOT/paged" </dev/null
	grep -q PAGED "$TMP_ROOT/paged" || fail "no pager on a terminal: $(head -3 "$TMP_ROOT/paged")"
	PAGER=$TMP_ROOT/pager script -qec "$IDIOM show 4 --no-pager" /dev/null > "$TMP_ROOT/unpaged" </dev/null
	! grep -q PAGED "$TMP_ROOT/unpaged" || fail "--no-pager paged"
	out=$(PAGER=$TMP_ROOT/pager "$IDIOM" show 4)
	expect_no_out PAGED
	expect_out "Async I/O"
}

t "piped output: learner control bytes shown as text" test_piped_output_has_no_raw_control
t "a file name with ESC and BEL is shown as text" test_file_name_with_escape
t "terminal output: only idiom's own styles" test_tty_output_only_our_styles
t "printed commands say ./idiom when idiom on PATH is another" test_commands_name_the_binary_run
t "make install honours DESTDIR and PREFIX" test_make_install
t "binary and prose answers to code exercises are refused" test_refusals
t "watch fits 24 rows and moves on after a pass" test_watch_fits_24_rows
t "watch fits 40 rows and moves on after a pass" test_watch_fits_40_rows
t "list wraps at 80 and 120 columns and lines its columns up" test_list_wraps_and_lines_up
t "hints, progress and errors wrap at 80 and 120 columns" test_hints_progress_and_errors_wrap
t "show pages through PAGER on a terminal only" test_show_pages_on_a_terminal
t "a usage error quotes the argument visibly" test_usage_error_quotes_argument_visibly

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

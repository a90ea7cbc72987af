#!/bin/bash
# End-to-end tests of the progress database's safety through the idiom
# binary (issue 11, "Store"): what sits at $IDIOM_HOME/progress.db is checked
# before SQLite opens it, and a $IDIOM_HOME that cannot be written still gets
# its answers graded.  Each test failed on the code before the fix (a FIFO
# hung `check` until the timeout, a dangling link made the database outside
# $IDIOM_HOME, a read-only home made `check` exit 2 without grading).
# Usage: tests/e2e/store.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
unset NO_COLOR COLUMNS IDIOM_COURSE

REF=courses/js-to-python/04-async/rewrite/reference.py
WRONG=$TMP_ROOT/wrong.py
printf 'async def load_profile():\n    return {}\n' >"$WRONG"

new_home() {
	export IDIOM_HOME="$TMP_ROOT/home-$1"
	mkdir -p "$IDIOM_HOME"
}

test_fifo_at_progress_db_does_not_hang_check() {
	new_home fifo
	mkfifo "$IDIOM_HOME/progress.db"
	run timeout 30 "$IDIOM" check 4 rewrite "$REF" --plain
	[ "$status" -ne 124 ] || fail "check hung on a FIFO at progress.db"
	expect_status 2
	expect_err 'progress.db is not a regular file'
	[ -p "$IDIOM_HOME/progress.db" ] || fail "the FIFO was replaced"
}

test_dangling_symlink_does_not_create_the_database_elsewhere() {
	new_home link
	ln -s "$TMP_ROOT/outside.db" "$IDIOM_HOME/progress.db"
	run "$IDIOM" check 4 rewrite "$REF" --plain
	expect_status 2
	expect_err 'progress.db is a symbolic link'
	[ ! -e "$TMP_ROOT/outside.db" ] || fail "a database was created outside \$IDIOM_HOME"
}

# Runs CMD... with $IDIOM_HOME not writable: a read-only bind mount when we
# are root (who may write anywhere else), otherwise the folder's mode.
run_read_only_home() {
	if [ "$(id -u)" -eq 0 ]; then
		run unshare -m sh -c 'mount --bind -o ro "$IDIOM_HOME" "$IDIOM_HOME" && exec "$@"' sh "$@"
	else
		chmod a-w "$IDIOM_HOME"
		run "$@"
		chmod u+w "$IDIOM_HOME"
	fi
}

test_read_only_home_still_grades_a_passing_answer() {
	new_home ro-pass
	run_read_only_home "$IDIOM" check 4 rewrite "$REF" --plain
	expect_status 0
	expect_out 'pass: 3 of 3 criteria met'
	expect_err 'grading without recording'
	[ ! -e "$IDIOM_HOME/progress.db" ] || fail "a database appeared in a read-only home"
}

test_read_only_home_still_grades_a_failing_answer() {
	new_home ro-fail
	run_read_only_home "$IDIOM" check 4 rewrite "$WRONG" --plain
	expect_status 1
	expect_out 'fail:'
	expect_err 'grading without recording'
}

# The same home, writable again: the check is recorded as usual.
test_writable_home_records() {
	new_home rw
	"$IDIOM" start 4 >/dev/null
	cp "$REF" "$IDIOM_HOME/04-async/rewrite.py"
	run "$IDIOM" check 4 rewrite --plain
	expect_status 0
	[ -z "$err" ] || fail "unexpected stderr: $err"
	[ -f "$IDIOM_HOME/progress.db" ] || fail "nothing recorded"
	run "$IDIOM" history 4 rewrite
	expect_status 0
	expect_out 'pass'
}

for fn in $(declare -F | awk '{print $3}' | grep '^test_'); do
	t "${fn#test_}" "$fn"
done
printf 'e2e store (%s): %d passed, %d failed\n' "$IDIOM" "$passed" "$failed"
[ "$failed" -eq 0 ]

# Shared helpers for the end-to-end tests: each test is a function run in a
# subshell; `expect_*` helpers fail it with a message.  Prints one line per
# test and leaves the counts in $passed and $failed.  When IDIOM_TEST_RESULTS
# names a file, each result is also appended to it as `ok NAME` or
# `fail NAME`: tests/run-all.sh counts those, not the text on the terminal.
passed=0
failed=0
failures=""

: "${IDIOM:=./idiom}"
TMP_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/idiom-e2e.XXXXXX")
trap 'rm -rf "$TMP_ROOT"' EXIT
# The warm helpers `idiom check` leaves (src/helper/) live in the suite's own
# directory: each exits within a second of the suite's removing it.
export IDIOM_HELPER_DIR="$TMP_ROOT/helper"

fail() {
	printf '    %s\n' "$*" >&2
	exit 1
}

# run CMD...: runs it, leaving $out, $err and $status.
run() {
	status=0
	out=$("$@" 2>"$TMP_ROOT/stderr") || status=$?
	err=$(cat "$TMP_ROOT/stderr")
}

expect_status() {
	[ "$status" -eq "$1" ] || fail "exit status $status, expected $1 (stderr: $(printf '%s' "$err" | head -3))"
}

expect_out() {
	printf '%s' "$out" | grep -qF -- "$1" || fail "stdout lacks: $1"
}

expect_err() {
	printf '%s' "$err" | grep -qF -- "$1" || fail "stderr lacks: $1 (got: $(printf '%s' "$err" | head -3))"
}

expect_no_out() {
	! printf '%s' "$out" | grep -qF -- "$1" || fail "stdout should not have: $1"
}

expect_one_line_err() {
	[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "expected a one-line message, got: $err"
}

# copy_course DIR LESSON...: the shipped course's settings and shared rules
# with only the lessons a test needs, and of their graded examples only the
# course's own: the answers folded in from the accuracy rounds
# (examples/roundN/, four in five of them) are left out with their entries,
# since a lint grades every example (cli.sh's lint_shipped_course grades the
# whole course).
copy_course() {
	local dir=$1 lesson f
	shift
	mkdir -p "$dir"
	cp -r courses/js-to-python/course.yaml courses/js-to-python/rules "$dir/"
	for lesson in "$@"; do cp -r courses/js-to-python/$lesson-* "$dir/"; done
	for f in "$dir"/*/*/examples/expected.yaml; do
		[ -e "$f" ] || continue
		rm -rf "${f%/expected.yaml}"/round[0-9]*
		# An entry is a two-space key and the deeper lines under it.
		awk '/^  [^ #]/ { skip = /^  round[0-9]+\// } /^[^ ]/ { skip = 0 }
			!skip || /^  #/' "$f" >"$f.new" && mv "$f.new" "$f"
	done
}

# A test that took 3 s or more says how long, so slow ones show in the log.
took() {
	local s=$((SECONDS - $1))
	[ "$s" -lt 3 ] || printf ' (%ds)' "$s"
}

t() {
	name=$1
	shift
	local start=$SECONDS
	if (set -e; "$@") 2>"$TMP_ROOT/why"; then
		passed=$((passed + 1))
		printf 'ok   %s%s\n' "$name" "$(took "$start")"
		[ -z "${IDIOM_TEST_RESULTS:-}" ] || printf 'ok %s\n' "$name" >> "$IDIOM_TEST_RESULTS"
	else
		failed=$((failed + 1))
		printf 'FAIL %s%s\n' "$name" "$(took "$start")"
		[ -z "${IDIOM_TEST_RESULTS:-}" ] || printf 'fail %s\n' "$name" >> "$IDIOM_TEST_RESULTS"
		sed 's/^/     /' "$TMP_ROOT/why"
		failures="$failures $name"
	fi
}

#!/bin/bash
# End-to-end tests of the idiom binary: catalogue, show, lint, help and errors.
# Usage: tests/e2e/cli.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
unset NO_COLOR COLUMNS IDIOM_COURSE
export IDIOM_HOME="$TMP_ROOT/home"

SEED=tests/fixtures/seed-lesson-04-async.txt
CATALOGUE_LINE="04  open  25 min  Async I/O and concurrency: from Promise intuition to Python's async model"

test_bare_idiom_lists() {
	run "$IDIOM"
	expect_status 0
	expect_out "$CATALOGUE_LINE"
	expect_out "idiom show 04"
}

test_list() {
	run "$IDIOM" list
	expect_status 0
	expect_out "$CATALOGUE_LINE"
	printf '%s' "$out" | grep -q $'\033' && fail "escape codes in output that is not a terminal"
	return 0
}

test_list_rejects_arguments() {
	run "$IDIOM" list extra
	expect_status 2
	expect_err "list takes no arguments"
}

test_version() {
	run "$IDIOM" --version
	expect_status 0
	printf '%s' "$out" | grep -qE '^idiom [0-9]+\.[0-9]+\.[0-9]+$' || fail "bad version line: $out"
}

test_help_lists_commands() {
	run "$IDIOM" --help
	expect_status 0
	for c in list show lint help; do expect_out "  $c "; done
}

test_help_command() {
	run "$IDIOM" help show
	expect_status 0
	expect_out "usage: idiom show LESSON"
	expect_out "--section NAME"
}

test_every_command_has_help() {
	for c in list show lint help; do
		run "$IDIOM" "$c" --help
		expect_status 0
		expect_out "usage: idiom $c"
	done
}

test_unknown_command_suggests() {
	run "$IDIOM" shwo 4
	expect_status 2
	expect_one_line_err
	expect_err "unknown command 'shwo'; did you mean 'idiom show'?"
}

test_unknown_command_without_match() {
	run "$IDIOM" zzzzzzzzzz
	expect_status 2
	expect_one_line_err
	expect_err "unknown command 'zzzzzzzzzz'"
}

test_help_unknown_command() {
	run "$IDIOM" help lnt
	expect_status 2
	expect_err "did you mean 'lint'?"
}

test_unknown_lesson_suggests() {
	run "$IDIOM" show asink
	expect_status 2
	expect_one_line_err
	expect_err "no lesson 'asink'; did you mean '04' (async)?"
}

test_unknown_lesson_number() {
	run "$IDIOM" show 99
	expect_status 2
	expect_one_line_err
	expect_err "no lesson '99'"
}

test_show_accepts_number_forms() {
	for l in 4 04 async; do
		run "$IDIOM" show "$l" --plain --width 120
		expect_status 0
		expect_out "$CATALOGUE_LINE"
	done
}

test_show_needs_lesson() {
	run "$IDIOM" show
	expect_status 2
	expect_err "which lesson?"
}

test_show_bad_option() {
	run "$IDIOM" show 4 --colour
	expect_status 2
	expect_err "unknown option"
}

test_show_bad_width() {
	run "$IDIOM" show 4 --width abc
	expect_status 2
	expect_err "--width takes a whole positive number"
}

# Every line of the product owner's seed lesson appears in the plain output,
# compared with white space folded (prose is re-wrapped) and headings in any
# case; the seed's header "04open 25 min" is the catalogue line.
check_seed_sentences() {
	local width=$1
	run "$IDIOM" show 4 --plain --width "$width"
	expect_status 0
	printf '%s' "$out" > "$TMP_ROOT/show-$width.txt"
	python3 - "$SEED" "$TMP_ROOT/show-$width.txt" <<'PY' || fail "seed sentences missing at width $width"
import re, sys
seed = open(sys.argv[1], encoding="utf-8").read()
shown = open(sys.argv[2], encoding="utf-8").read()
def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()
# Prose is wrapped, so compare the whole text folded; code lines are compared
# one by one (side by side puts two code columns on one screen line).
flat = fold(shown)
lines_shown = [fold(l) for l in shown.splitlines()]
missing = []
for line in seed.splitlines():
    line = line.strip().lstrip("•").strip()
    if not line:
        continue
    if line == "04open 25 min":
        line = "04 open 25 min"
    f = fold(line)
    if f in flat or any(f in l for l in lines_shown):
        continue
    missing.append(line)
for m in missing:
    print("missing:", m, file=sys.stderr)
sys.exit(1 if missing else 0)
PY
}

test_show_plain_has_every_seed_sentence_80() { check_seed_sentences 80; }
test_show_plain_has_every_seed_sentence_120() { check_seed_sentences 120; }

test_show_plain_has_no_escapes() {
	run "$IDIOM" show 4 --plain
	printf '%s' "$out" | grep -q $'\033' && fail "escape codes with --plain"
	return 0
}

test_show_colour_on_a_terminal() {
	command -v script >/dev/null || fail "script(1) is missing (util-linux)"
	out=$(COLUMNS=120 script -qec "$IDIOM show 4" /dev/null)
	printf '%s' "$out" | grep -q $'\033\[' || fail "no colour on a terminal"
	out=$(NO_COLOR=1 COLUMNS=120 script -qec "$IDIOM show 4" /dev/null)
	printf '%s' "$out" | grep -q $'\033\[' && fail "colour despite NO_COLOR"
	return 0
}

test_show_section() {
	run "$IDIOM" show 4 --plain --section rewrite
	expect_status 0
	expect_out "Rewrite this Promise-based Node flow"
	expect_out "loadConfigAndUser"
	expect_no_out "Common mistakes"
	expect_no_out "Deeper comparison"
}

test_show_section_by_heading() {
	run "$IDIOM" show 4 --plain --section "common mistakes"
	expect_status 0
	expect_out "Node trained that reflex"
	expect_no_out "Takeaways"
}

test_show_unknown_section() {
	run "$IDIOM" show 4 --section nope
	expect_status 2
	expect_err "no section 'nope'; sections are: objectives overview"
}

test_side_by_side_only_when_wide() {
	run "$IDIOM" show 4 --plain --width 120 --section deeper
	printf '%s\n' "$out" | grep -q 'async function loadDashboard.*async def load_dashboard' ||
		fail "JS and Python not side by side at 120 columns"
	run "$IDIOM" show 4 --plain --width 99 --section deeper
	printf '%s\n' "$out" | grep -q 'async function loadDashboard.*async def' &&
		fail "side by side below 100 columns"
	return 0
}

test_lines_fit_the_width() {
	for w in 60 80 120; do
		run "$IDIOM" show 4 --plain --width "$w"
		long=$(printf '%s\n' "$out" | python3 -c '
import sys
w = int(sys.argv[1])
print(next((l for l in sys.stdin.read().splitlines() if len(l) > w), ""))' "$w")
		[ -z "$long" ] || fail "a line wider than $w: $long"
	done
}

golden() {
	local width=$1 file=tests/golden/show-04-plain-$1.txt
	run "$IDIOM" show 4 --plain --width "$width"
	expect_status 0
	if [ -n "${UPDATE_GOLDEN:-}" ]; then printf '%s\n' "$out" > "$file"; fi
	printf '%s\n' "$out" | diff -u "$file" - >&2 || fail "output differs from $file (UPDATE_GOLDEN=1 to accept)"
}

test_golden_plain_80() { golden 80; }
test_golden_plain_120() { golden 120; }

test_lint_shipped_course() {
	run "$IDIOM" lint
	expect_status 0
	expect_out "no problems"
}

# A course holding one copy of the good fixture, plus whatever the test adds.
make_course() {
	local dir=$TMP_ROOT/$1
	mkdir -p "$dir/07-sample"
	printf 'title: Test course\n' > "$dir/course.yaml"
	cp tests/fixtures/lessons/good.md "$dir/07-sample/lesson.md"
	printf '%s' "$dir"
}

test_lint_good_course() {
	dir=$(make_course good)
	run "$IDIOM" lint "$dir"
	expect_status 0
	expect_out "1 lesson, 4 criteria, no problems"
}

test_lint_reports_each_malformed_fixture() {
	while read -r name line words; do
		case "$name" in '#'*|'') continue ;; esac
		dir=$(make_course "lint-$name")
		cp "tests/fixtures/lessons/$name" "$dir/07-sample/lesson.md"
		run "$IDIOM" lint "$dir"
		expect_status 1
		printf '%s\n' "$err" | grep -F -- "$dir/07-sample/lesson.md:$line: " | grep -qF -- "$words" ||
			fail "$name: no '$dir/07-sample/lesson.md:$line: ...$words' in: $err"
	done < tests/fixtures/lessons/expected.txt
}

test_lint_duplicate_number() {
	dir=$(make_course dup)
	mkdir -p "$dir/07-other"
	sed 's/^slug: sample/slug: other/' tests/fixtures/lessons/good.md > "$dir/07-other/lesson.md"
	run "$IDIOM" lint "$dir"
	expect_status 1
	expect_err "lesson number 7 is already used by $dir/07-other/lesson.md"
}

test_lint_directory_name_mismatch() {
	dir=$(make_course mismatch)
	mv "$dir/07-sample" "$dir/08-sample"
	run "$IDIOM" lint "$dir"
	expect_status 1
	expect_err "rename the directory to '07-sample'"
}

test_lint_unreadable_lesson() {
	dir=$(make_course unreadable)
	rm "$dir/07-sample/lesson.md"
	mkdir "$dir/07-sample/lesson.md"
	run "$IDIOM" lint "$dir"
	expect_status 1
	expect_err "$dir/07-sample/lesson.md: cannot be read: Is a directory"
}

test_lint_missing_lesson_file() {
	dir=$(make_course missing)
	rm "$dir/07-sample/lesson.md"
	run "$IDIOM" lint "$dir"
	expect_status 1
	expect_err "lesson.md: cannot be read: No such file or directory"
}

test_lint_bad_course_file() {
	dir=$(make_course badcourse)
	printf 'title: X\nunlock: sometimes\n' > "$dir/course.yaml"
	run "$IDIOM" lint "$dir"
	expect_status 1
	expect_err "course.yaml:2: 'unlock' must be 'open'"
}

test_lint_no_such_directory() {
	run "$IDIOM" lint "$TMP_ROOT/nowhere"
	expect_status 1
	expect_err "is not a course directory"
}

test_broken_course_is_reported_not_crashed() {
	dir=$(make_course broken)
	cp tests/fixtures/lessons/bad-order.md "$dir/07-sample/lesson.md"
	IDIOM_COURSE=$dir run "$IDIOM" list
	expect_status 2
	expect_err "lesson.md:64:"
}

test_idiom_course_env() {
	dir=$(make_course envcourse)
	IDIOM_COURSE=$dir run "$IDIOM" list
	expect_status 0
	expect_out "07  open  20 min  A sample lesson"
}

for fn in $(declare -F | awk '{print $3}' | grep '^test_'); do
	t "${fn#test_}" "$fn"
done
printf 'e2e (%s): %d passed, %d failed\n' "$IDIOM" "$passed" "$failed"
[ "$failed" -eq 0 ]

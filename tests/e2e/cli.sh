#!/bin/bash
# End-to-end tests of the idiom binary: catalogue, show, lint, help and errors.
# Usage: tests/e2e/cli.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
# Printed commands say `idiom` when the binary run is the `idiom` on PATH
# (else ./idiom): put it there, so every binary tested prints the same.
export PATH="$(cd "$(dirname "$IDIOM")" && pwd):$PATH"
. tests/e2e/lib.sh
unset NO_COLOR COLUMNS IDIOM_COURSE
export IDIOM_HOME="$TMP_ROOT/home"

SEED=tests/fixtures/seed-lesson-04-async.txt
CATALOGUE_LINE="04  open  25 min  Async I/O and concurrency: from Promise intuition to Python's async model"

test_bare_idiom_lists() {
	run "$IDIOM"
	expect_status 0
	expect_out "$CATALOGUE_LINE"
	expect_out "Next:"
	expect_out "  idiom show 0"
}

test_list() {
	# A home of its own: other tests start and check lesson 04.
	IDIOM_HOME=$TMP_ROOT/list-home run "$IDIOM" list
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
	for c in list show start check watch hint lint help; do expect_out "  $c "; done
}

test_help_command() {
	run "$IDIOM" help show
	expect_status 0
	expect_out "usage: idiom show LESSON"
	expect_out "--section NAME"
}

test_every_command_has_help() {
	for c in list show start check watch hint lint help; do
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
	out=$(COLUMNS=120 script -qec "$IDIOM show 4 --no-pager" /dev/null)
	printf '%s' "$out" | grep -q $'\033\[' || fail "no colour on a terminal"
	out=$(NO_COLOR=1 COLUMNS=120 script -qec "$IDIOM show 4 --no-pager" /dev/null)
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

# The plain build grades every graded example of the shipped course; a
# sanitiser build lints every lesson with the course's own examples only
# (copy_course), the folded accuracy answers adding four minutes of Python
# and nothing of idiom's own code that the plain pass does not run.
test_lint_shipped_course() {
	case $IDIOM in
	*/asan/* | */tsan/*)
		copy_course "$TMP_ROOT/whole" 01 02 03 04 05 06 07 08 09 10 11 12
		run "$IDIOM" lint "$TMP_ROOT/whole"
		expect_out "12 lessons," ;;
	*) run "$IDIOM" lint ;;
	esac
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

test_lint_copied_course() {
	copy_course "$TMP_ROOT/copied" 03 04
	run "$IDIOM" lint "$TMP_ROOT/copied"
	expect_status 0
	expect_out "2 lessons,"
	expect_out "as expected, no problems"
}

test_lint_catches_a_wrong_expectation() {
	copy_course "$TMP_ROOT/wrong" 04
	f=$TMP_ROOT/wrong/04-async/rewrite/examples/expected.yaml
	# Claim the gather answer passes: lint must catch the grader disagreeing.
	python3 - "$f" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
head, rest = s.split("  gather.py:", 1)
rest = re.sub(r"status: \w+", "status: pass", rest, count=1)
open(p, "w").write(head + "  gather.py:" + rest)
PY
	run "$IDIOM" lint "$TMP_ROOT/wrong"
	expect_status 1
	expect_err "gather.py: expected status pass, the grader says fail"
}

# An id no criterion has, in each place that names criteria by id: lint
# reports each at its file and line with the nearest id.
test_lint_finds_unknown_criterion_ids() {
	local c=$TMP_ROOT/badids
	copy_course "$c" 04 05
	# Three exercises: an exercise whose rules do not load is not graded further.
	sed -i '0,/criterion: async-await/s//criterion: async-awiat/' "$c/04-async/rewrite/rules.yaml"
	sed -i 's/^GATHER = "gather"$/GATHER = "gahter"/' "$c/04-async/practice/harness.py"
	sed -i '0,/      specific-except: pass/s//      specific-exept: pass/' "$c/05-errors/rewrite/examples/expected.yaml"
	run "$IDIOM" lint "$c"
	expect_status 1
	local line
	line=$(grep -n 'criterion: async-awiat' "$c/04-async/rewrite/rules.yaml" | cut -d: -f1)
	expect_err "04-async/rewrite/rules.yaml:$line: no criterion with id \`async-awiat\` in this exercise; did you mean \`async-await\`?"
	line=$(grep -n '^GATHER = ' "$c/04-async/practice/harness.py" | cut -d: -f1)
	expect_err "04-async/practice/harness.py:$line: the harness names criterion \`gahter\`, which practice does not have; did you mean \`gather\`?"
	line=$(grep -n 'specific-exept: pass' "$c/05-errors/rewrite/examples/expected.yaml" | head -1 | cut -d: -f1)
	expect_err "05-errors/rewrite/examples/expected.yaml:$line: ../reference.py: no criterion with id \`specific-exept\` in rewrite; did you mean \`specific-except\`?"
}

# A harness naming a criterion the lesson lacks is the course's fault: the
# check says so with status error (exit 1), never a usage/internal exit 2.
test_check_with_a_harness_naming_an_unknown_id() {
	local c=$TMP_ROOT/harnessid
	cp -r courses/js-to-python "$c"
	sed -i 's/^ASYNC = "async-await"$/ASYNC = "asyncawait"/' "$c/04-async/rewrite/harness.py"
	IDIOM_COURSE=$c run "$IDIOM" check 4 rewrite "$EX/rewrite/reference.py" --json
	expect_status 1
	printf '%s' "$out" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
assert r["status"] == "error", r
assert "names a criterion \"asyncawait\"" in r["message"] and "not in your answer" in r["message"], r
' || fail "a harness naming an unknown id is not reported honestly: $out"
}

test_lint_catches_a_missing_starter() {
	copy_course "$TMP_ROOT/nostarter" 04
	rm "$TMP_ROOT/nostarter/04-async/practice/starter.py"
	run "$IDIOM" lint "$TMP_ROOT/nostarter"
	expect_status 1
	expect_err "practice/starter.py: cannot be read"
}

# A starter's main block must run once the answer above it is correct: lint
# runs it under the reference's definitions and names the block's line.
test_lint_runs_each_starter_main_block_with_the_reference() {
	local c="$TMP_ROOT/mainblock" starter
	copy_course "$c" 07 12
	starter="$c/07-classes/rewrite/starter.py"
	python3 - "$starter" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
head, sep, _ = s.partition('if __name__ == "__main__":')
assert sep, "the starter has no main block"
open(p, "w").write(head + sep + '\n    print("ready")\n    print(Cart())\n')
PY
	local line
	line=$(grep -n '^if __name__' "$starter" | cut -d: -f1)
	run "$IDIOM" lint "$c"
	expect_status 1
	expect_err "07-classes/rewrite/starter.py:$((line + 2)): its \`if __name__ == \"__main__\":\` block fails when the answer above it is reference.py: the answer raised TypeError"
	# 12's practice ends with raise SystemExit(main()): an exit on purpose, not a fault.
	case "$err" in *12-capstone*) fail "a deliberate SystemExit was reported: $ERR" ;; esac
}

# Advice names what the answer did: no "gather" to an answer without one,
# and the f-string for the message that came out wrong (issue 13).
test_advice_is_about_the_answers_own_code() {
	local f="$TMP_ROOT/advice"
	mkdir -p "$f"
	cat >"$f/practice.py" <<'PY'
"""Stay synchronous for one call; async pays off for many waits at once."""
async def load_user_and_posts(user_id):
    user = await fetch_user(user_id)
    posts = await fetch_posts(user_id)
    return user, posts
PY
	run "$IDIOM" check 04 practice "$f/practice.py" --json
	printf '%s' "$out" | grep -q 'returns a bare tuple' || fail "no 'bare tuple' advice: $out"
	case $out in *gather\'s*) fail "gather named to an answer without one: $out" ;; esac
	cat >"$f/rewrite.py" <<'PY'
def format_greeting(user_name, unread_messages):
    if user_name is None:
        return "Hello, guest!"
    if not unread_messages:
        return f"Hello, {user_name}. Nothing new."
    return f"Hello, {user_name}. You have {len(unread_messages)} new messages."
PY
	run "$IDIOM" check 01 rewrite "$f/rewrite.py" --json
	printf '%s' "$out" | grep -qF 'f\"Hello, {user_name}. No new messages.\"' ||
		fail "the f-string offered is not the wrong message's: $out"
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

test_lint_misnamed_lesson_folder() {
	dir=$(make_course misnamed)
	mkdir -p "$dir/8-other"
	cp tests/fixtures/lessons/good.md "$dir/8-other/lesson.md"
	run "$IDIOM" lint "$dir"
	expect_status 1
	expect_err "8-other/lesson.md: is not read: its folder '8-other' is not named like a lesson"
}

test_lint_code_that_does_not_parse() {
	copy_course "$TMP_ROOT/badcode" 04
	f=$TMP_ROOT/badcode/04-async/lesson.md
	sed -i 's/^const user = await fetchUser(id);$/const user = = await fetchUser(id);/' "$f"
	line=$(grep -n '^const user = = await' "$f" | cut -d: -f1)
	run "$IDIOM" lint "$TMP_ROOT/badcode"
	expect_status 1
	expect_err "$f:$line: this javascript does not parse"
}

# Every lesson's Python compiles with Python 3.11 itself (tree-sitter is
# more forgiving), and every lesson's JavaScript parses (lint checks that).
test_every_python_snippet_compiles() {
	python3 - courses/js-to-python/*/lesson.md <<'PY' || fail "a Python snippet does not compile"
import ast, re, sys
bad = 0
count = 0
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r"^```(?:python|py)\n(.*?)^```", text, re.S | re.M):
        count += 1
        line = text[:m.start()].count("\n") + 2
        try:
            # A fragment like `user = await fetch_user(id)` stands inside a
            # coroutine; top-level await lets it compile on its own.
            compile(m.group(1), f"{path}:{line}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        except SyntaxError as e:
            print(f"{path}:{line}: {e}", file=sys.stderr)
            bad += 1
print(f"{count} python snippets compiled", file=sys.stderr)
sys.exit(1 if bad or count == 0 else 0)
PY
}

# The common mistakes fire in every exercise of the shipped course: no code
# exercise turns a habit category off, and every one maps all of them.
test_every_habit_fires_in_every_code_exercise() {
	python3 - courses/js-to-python <<'PY' || fail "a code exercise does not let every habit fire"
import glob, re, sys
course = sys.argv[1]
cats = set(re.findall(r"^    category: (\w+)", open(course + "/rules/habits.yaml").read(), re.M))
assert {"syntax", "async", "naming", "shape", "pitfalls"} <= cats, cats
bad = 0
files = [f for f in glob.glob(course + "/*/*/rules.yaml") if "/reflect/" not in f]
for f in files:
    text = open(f).read()
    block = re.search(r"^habits:\n((?:  .*\n|\s*#.*\n)+)", text, re.M)
    mapped = dict(re.findall(r"^  (\w+): (.+)$", block.group(1), re.M)) if block else {}
    for c in sorted(cats):
        if mapped.get(c, "off").strip() == "off":
            print(f"{f}: habit category {c} is off or unmapped", file=sys.stderr)
            bad += 1
print(f"{len(files)} code exercises map all {len(cats)} categories", file=sys.stderr)
sys.exit(1 if bad or len(files) < 24 else 0)
PY
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

EX=courses/js-to-python/04-async

test_start_writes_and_never_overwrites() {
	run "$IDIOM" start 4
	expect_status 0
	for f in reflect.md rewrite.py practice.py; do
		[ -f "$IDIOM_HOME/04-async/$f" ] || fail "no $f"
	done
	echo "# my work" > "$IDIOM_HOME/04-async/rewrite.py"
	run "$IDIOM" start async
	expect_status 0
	expect_out "(kept: your work is there)"
	[ "$(cat "$IDIOM_HOME/04-async/rewrite.py")" = "# my work" ] || fail "start overwrote the learner's work"
}

test_check_reference_json_contract() {
	run "$IDIOM" check 4 rewrite "$EX/rewrite/reference.py" --json
	expect_status 0
	printf '%s' "$out" | python3 -c '
import json, sys
lines = sys.stdin.read().splitlines()
assert len(lines) == 1, lines
r = json.loads(lines[0])
assert list(r) == ["lesson", "exercise", "file", "status", "criteria", "message", "ms"], list(r)
assert r["lesson"] == "04" and r["exercise"] == "rewrite" and r["file"] == "reference.py", r
assert r["status"] == "pass", r
titles = [c["title"] for c in r["criteria"]]
assert titles == ["Uses async/await clearly in Python", "Keeps names and return shapes Pythonic",
                  "Does not assume concurrency where plain sequential async work is enough"], titles
ids = [c["id"] for c in r["criteria"]]
assert ids == ["async-await", "pythonic-names", "sequential-not-concurrent"], ids
# The keys of the contract in its order; "shown" and "level" are added keys
# (the ranking: docs/rules.md, "Levels and ranking").
for c in r["criteria"]:
    assert list(c) == ["title", "id", "status", "feedback", "shown"] and c["status"] == "pass", c
    assert c["shown"] == min(len(c["feedback"]), 4), c
    for f in c["feedback"]:
        assert list(f) == ["line", "message", "level"], f
        assert isinstance(f["line"], int) and isinstance(f["message"], str), f
        assert f["level"] == "celebratory", f
assert isinstance(r["ms"], (int, float)) and r["ms"] > 0
' || fail "the JSON report breaks the contract: $out"
}

test_check_gather_fails_concurrency_on_its_line() {
	printf 'import asyncio\n\n\nasync def load_config_and_user(user_id):\n    config, user = await asyncio.gather(load_config(), fetch_user(user_id))\n    return {"config": config, "user": user}\n' > "$TMP_ROOT/rewrite.py"
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/rewrite.py" --json
	expect_status 1
	printf '%s' "$out" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
c = {c["title"]: c for c in r["criteria"]}
conc = c["Does not assume concurrency where plain sequential async work is enough"]
assert r["status"] == "fail" and conc["status"] == "fail", r
assert any(f["line"] == 5 and "gather" in f["message"] for f in conc["feedback"]), conc
assert c["Uses async/await clearly in Python"]["status"] == "pass", r
' || fail "gather not failed on line 5: $out"
}

test_check_answer_without_the_function() {
	printf 'def other():\n    pass\n' > "$TMP_ROOT/rewrite.py"
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/rewrite.py"
	expect_status 1
	expect_out "define \`async def load_config_and_user(user_id):\`"
}

test_check_human_output() {
	run "$IDIOM" check 4 rewrite "$EX/rewrite/examples/gather.py"
	expect_status 1
	expect_out "✓ Uses async/await clearly in Python"
	expect_out "✗ Does not assume concurrency where plain sequential async work is enough"
	expect_out "line 5:"
	expect_out "fail: 2 of 3 criteria met"
}

test_check_several_files_one_json_each() {
	run "$IDIOM" check 4 practice "$EX/practice/reference.py" "$EX/practice/examples/sequential_awaits.py" "$EX/practice/examples/return_gather_list.py" --json
	expect_status 1
	[ "$(printf '%s\n' "$out" | wc -l)" -eq 3 ] || fail "expected 3 JSON lines: $out"
	printf '%s\n' "$out" | python3 -c '
import json, sys
rs = [json.loads(l) for l in sys.stdin.read().splitlines()]
assert [r["status"] for r in rs] == ["pass", "fail", "fail"], [r["status"] for r in rs]
seq = {c["title"]: c["status"] for c in rs[1]["criteria"]}
assert seq["Shows when `asyncio.gather` is appropriate"] == "fail", seq
ret = {c["title"]: c["status"] for c in rs[2]["criteria"]}
assert ret["Keeps the return value readable to a Python developer"] == "fail", ret
' || fail "verdicts: $out"
}

# --static: the static and concept rules alone.  glob("**/*.json") reads the
# posts in subfolders, which only the run sees (pathlib fails with it).
test_check_static_leaves_out_the_run() {
	local f=courses/js-to-python/12-capstone/rewrite/examples/glob_double_star.py
	run "$IDIOM" check 12 rewrite "$f" --json --static
	expect_status 0
	printf '%s' "$out" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
assert r["status"] == "pass" and all(c["status"] == "pass" for c in r["criteria"]), r
' || fail "static verdicts: $out"
	run "$IDIOM" check 12 rewrite "$f" --json
	expect_status 1
	printf '%s' "$out" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
assert {c["id"]: c["status"] for c in r["criteria"]}["pathlib"] == "fail", r
' || fail "full verdicts: $out"
	run "$IDIOM" check 12 rewrite --static
	expect_status 2
	expect_err "--static grades the FILEs given"
}

test_check_syntax_error_is_error_with_static_feedback() {
	printf 'async def load_config_and_user(user_id):\n    const config = await load_config();\n    return {"config": config}\n' > "$TMP_ROOT/rewrite.py"
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/rewrite.py" --json
	expect_status 1
	printf '%s' "$out" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
assert r["status"] == "error" and "syntax error at line 2" in r["message"], r
msgs = [f for c in r["criteria"] for f in c["feedback"] if f["line"] == 2]
assert any("const" in f["message"] for f in msgs), r
' || fail "no error/static feedback: $out"
}

# idiom lint --accuracy: labels by title or id, one comparison per label,
# disagreements listed.  The starter's label for concurrency is wrong on
# purpose: the grader fails it (it calls no helper) or passes it; either way
# the counts must add up and the one deliberate disagreement must be named.
test_lint_accuracy_counts_and_lists_disagreements() {
	d=$TMP_ROOT/labels/04-async/rewrite
	mkdir -p "$d"
	cp "$EX/rewrite/reference.py" "$d/good.py"
	printf 'def load_config_and_user(:\n' > "$d/broken.py"
	cat > "$d/labels.yaml" <<'YAML'
examples:
  good.py:
    status: pass
    criteria:
      async-await: pass
      "Keeps names and return shapes Pythonic": pass
      sequential-not-concurrent: fail
  broken.py:
    status: error
    criteria:
      async-await: fail
      pythonic-names: fail
YAML
	run "$IDIOM" lint --accuracy "$TMP_ROOT/labels"
	expect_status 0
	expect_out "04 rewrite     5 verdicts   80.0% agree"
	expect_out "wrong passed   1 of 3"
	expect_out "labelled fail: $d/good.py: Does not assume concurrency"
	run "$IDIOM" lint --accuracy "$TMP_ROOT/nowhere"
	expect_status 1
	run "$IDIOM" lint --accuracy
	expect_status 2
}

# Code that never ran earns no criterion (design.md, "Grading model"): a
# syntax error and a time-out fail every criterion, each saying why.
test_check_code_that_never_ran_gets_no_pass() {
	printf 'async def load_config_and_user(user_id):\n    config = await load_config(\n    return config\n' > "$TMP_ROOT/broken.py"
	printf 'async def load_config_and_user(user_id):\n    while True:\n        pass\n' > "$TMP_ROOT/hangs.py"
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/broken.py" "$TMP_ROOT/hangs.py" --json
	expect_status 1
	printf '%s' "$out" | python3 -c '
import json, sys
for line in sys.stdin.read().splitlines():
    r = json.loads(line)
    assert r["status"] == "error", r
    assert all(c["status"] == "fail" for c in r["criteria"]), r
    assert any("not judged" in f["message"] for c in r["criteria"] for f in c["feedback"]), r
' || fail "a criterion passed for code that never ran: $out"
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/broken.py"
	printf '%s' "$out" | grep -q '^  ✓ ' && fail "a criterion ✓ for code that never ran: $out"
	return 0
}

test_check_time_out_is_error() {
	printf 'async def load_config_and_user(user_id):\n    while True:\n        pass\n' > "$TMP_ROOT/rewrite.py"
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/rewrite.py" --json
	expect_status 1
	printf '%s' "$out" | grep -q '"status": "error"' || fail "not an error: $out"
	printf '%s' "$out" | grep -qE 'timed out|CPU' || fail "no time-out message: $out"
}

test_check_fake_report_printing_does_not_pass() {
	printf 'print(%s)\nimport os\nos._exit(0)\n' "'{\"checks\": [], \"status\": \"pass\"}'" > "$TMP_ROOT/rewrite.py"
	run "$IDIOM" check 4 rewrite "$TMP_ROOT/rewrite.py" --json
	expect_status 1
	printf '%s' "$out" | grep -q '"status": "pass", "criteria"' && fail "a printed report passed: $out"
	return 0
}

test_check_reflect_answer_and_note() {
	run "$IDIOM" check 4 reflect "$EX/reflect/reference.md"
	expect_status 0
	expect_out "What a strong answer notices"
	run "$IDIOM" check 4 reflect "$EX/reflect/examples/async_first.md"
	expect_status 1
	expect_out "✗ A strong answer mentions"
}

test_check_workspace_after_start() {
	"$IDIOM" start 4 >/dev/null
	run "$IDIOM" check 4
	expect_status 1
	expect_out "reflect.md (lesson 04, reflect)"
	expect_out "rewrite.py (lesson 04, rewrite)"
	expect_out "practice.py (lesson 04, practice)"
}

test_check_missing_workspace_file() {
	IDIOM_HOME=$TMP_ROOT/empty-home run "$IDIOM" check 4 rewrite
	expect_status 2
	expect_err "run 'idiom start' to get the exercise files"
}

test_check_file_without_exercise() {
	printf 'x = 1\n' > "$TMP_ROOT/answer.py"
	run "$IDIOM" check 4 "$TMP_ROOT/answer.py"
	expect_status 2
	expect_err "which exercise is"
}

test_hint_is_progressive() {
	IDIOM_HOME=$TMP_ROOT/hint-home run "$IDIOM" hint 4 rewrite
	expect_status 0
	expect_out "Hint 1 of"
	IDIOM_HOME=$TMP_ROOT/hint-home run "$IDIOM" hint 4 rewrite
	expect_out "Hint 2 of"
	IDIOM_HOME=$TMP_ROOT/hint-home run "$IDIOM" hint 4 practice
	expect_out "Hint 1 of"
}

test_hint_bad_exercise() {
	run "$IDIOM" hint 4 rewrtie
	expect_status 2
	expect_err "no exercise 'rewrtie'"
}

test_watch_rechecks_on_save_by_rename() {
	home=$TMP_ROOT/watch-home
	IDIOM_HOME=$home "$IDIOM" start 4 >/dev/null
	IDIOM_HOME=$home "$IDIOM" watch 4 < /dev/null > "$TMP_ROOT/watch.out" 2>&1 &
	pid=$!
	for _ in $(seq 50); do grep -q 'practice.py (lesson 04' "$TMP_ROOT/watch.out" && break; sleep 0.1; done
	# Save the way many editors do: write a new file, rename it over the old.
	cp "$EX/rewrite/reference.py" "$home/04-async/.rewrite.py.swp"
	mv "$home/04-async/.rewrite.py.swp" "$home/04-async/rewrite.py"
	for _ in $(seq 50); do grep -q 'pass: 3 of 3' "$TMP_ROOT/watch.out" && break; sleep 0.1; done
	kill -TERM "$pid"
	wait "$pid"
	grep -q 'pass: 3 of 3' "$TMP_ROOT/watch.out" || fail "no re-check after the save: $(tail -5 "$TMP_ROOT/watch.out")"
}

# Many FILEs are graded by several processes, and the verdicts come out in
# the FILEs' order, the same as one process gives them (file, status and
# each criterion's status: messages may quote the harness's random inputs),
# with the same exit status; nothing is recorded.
verdicts_only() {
	python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    print(r["file"], r["status"], *[c["status"] for c in r["criteria"]])'
}

test_batch_in_parallel_keeps_order_and_verdicts() {
	export IDIOM_HOME="$TMP_ROOT/batch-home"
	files=$(ls "$EX"/rewrite/examples/*.py | head -12)
	run "$IDIOM" check 4 rewrite $files --json --jobs 1
	one_status=$status
	printf '%s\n' "$out" | verdicts_only >"$TMP_ROOT/batch-one"
	run "$IDIOM" check 4 rewrite $files --json --jobs 3
	[ "$status" -eq "$one_status" ] || fail "exit status $status with 3 jobs, $one_status with one"
	printf '%s\n' "$out" | verdicts_only >"$TMP_ROOT/batch-three"
	[ "$(wc -l <"$TMP_ROOT/batch-one")" -eq 12 ] || fail "not 12 verdicts: $(head -c 300 "$TMP_ROOT/batch-one")"
	diff "$TMP_ROOT/batch-one" "$TMP_ROOT/batch-three" >&2 || fail "3 jobs gave other verdicts or another order"
	printf '%s\n' "$out" | python3 -c '
import json, sys
names = [json.loads(line)["file"] for line in sys.stdin]
want = sys.argv[1:]
assert names == want, (names, want)' $(for f in $files; do basename "$f"; done) || fail "verdicts out of order"
	run "$IDIOM" check 4 rewrite $files --jobs 3 --plain
	expect_err "12 of these files are not your workspace answers: graded, not recorded"
	run "$IDIOM" history 4 rewrite
	expect_no_out "#1"
}

for fn in $(declare -F | awk '{print $3}' | grep '^test_'); do
	t "${fn#test_}" "$fn"
done
printf 'e2e (%s): %d passed, %d failed\n' "$IDIOM" "$passed" "$failed"
[ "$failed" -eq 0 ]

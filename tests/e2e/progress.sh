#!/bin/bash
# End-to-end tests of progress through the idiom binary: status, list,
# progress, history, reset, export/import, refused database files, and
# durability (checks killed with SIGKILL, two idioms at once).
# Usage: tests/e2e/progress.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
# Printed commands say `idiom` when the binary run is the `idiom` on PATH
# (else ./idiom): put it there, so every binary tested prints the same.
export PATH="$(cd "$(dirname "$IDIOM")" && pwd):$PATH"
. tests/e2e/lib.sh
unset NO_COLOR COLUMNS IDIOM_COURSE
export IDIOM_HOME="$TMP_ROOT/home"

EX=courses/js-to-python/04-async
KILLS=${IDIOM_TEST_KILLS:-60}

# The tests follow lesson 04 through a course of its own, so the counts
# they expect (1 of 1 done) hold however many lessons the course has.
ONE_LESSON=$TMP_ROOT/one-lesson-course
mkdir -p "$ONE_LESSON"
cp courses/js-to-python/course.yaml "$ONE_LESSON/"
cp -r "$EX" courses/js-to-python/rules "$ONE_LESSON/"
export IDIOM_COURSE=$ONE_LESSON

# fresh NAME: a new, empty $IDIOM_HOME for one test.
fresh() {
	export IDIOM_HOME="$TMP_ROOT/$1"
	rm -rf "$IDIOM_HOME"
}

db() {
	sqlite3 "$IDIOM_HOME/progress.db" "$@"
}

# Puts the three reference answers in lesson 04's workspace folder.
solve_04() {
	"$IDIOM" start 4 >/dev/null
	cp "$EX/reflect/reference.md" "$IDIOM_HOME/04-async/reflect.md"
	cp "$EX/rewrite/reference.py" "$IDIOM_HOME/04-async/rewrite.py"
	cp "$EX/practice/reference.py" "$IDIOM_HOME/04-async/practice.py"
}

# A copy of the course with unlock: sequential and a second lesson 05.
sequential_course() {
	course=$TMP_ROOT/seq-course
	rm -rf "$course"
	mkdir -p "$course"
	printf 'title: "Sequential test course"\nunlock: sequential\n' > "$course/course.yaml"
	cp -r "$EX" "$course/04-async"
	cp -r "$EX" "$course/05-async2"
	sed -i -e 's/^number: 4$/number: 5/' -e 's/^slug: async$/slug: async2/' "$course/05-async2/lesson.md"
	export IDIOM_COURSE=$course
}

lesson_status() {	# lesson_status N: the status `progress --json` gives lesson N
	"$IDIOM" progress --json | python3 -c '
import json, sys
doc = json.load(sys.stdin)
print([l["status"] for l in doc["lessons"] if l["lesson"] == int(sys.argv[1])][0])' "$1"
}

test_list_does_not_create_the_database() {
	fresh list-only
	run "$IDIOM" list
	expect_status 0
	expect_out "04  open  25 min"
	expect_out "Progress  [--------------------]  0 of 1 done"
	expect_out "Next: lesson 04 (open)"
	[ ! -e "$IDIOM_HOME/progress.db" ] || fail "list created progress.db"
	run "$IDIOM" progress
	expect_status 0
	[ ! -e "$IDIOM_HOME/progress.db" ] || fail "progress created progress.db"
}

test_status_open_started_done() {
	fresh status
	[ "$(lesson_status 4)" = open ] || fail "not open at first"
	"$IDIOM" show 4 >/dev/null
	[ "$(lesson_status 4)" = open ] || fail "reading a lesson should not start it"
	run "$IDIOM" start 4
	expect_status 0
	[ "$(lesson_status 4)" = started ] || fail "not started after start"
	run "$IDIOM" list
	expect_out "04  started  25 min"
	solve_04
	run "$IDIOM" check 4
	expect_status 0
	[ "$(lesson_status 4)" = done ] || fail "not done after passing all three"
	run "$IDIOM" list
	expect_out "04  done  25 min"
	expect_out "Progress  [####################]  1 of 1 done"
	expect_out "Next: every lesson is done."
	[ "$(db 'select count(*) from attempt')" = 3 ] || fail "expected 3 attempts"
	[ "$(db "select count(*) from event where kind = 'show'")" = 1 ] || fail "show not recorded"
}

test_a_failing_check_starts_and_records_failing_criteria() {
	fresh failing
	"$IDIOM" start 4 >/dev/null
	run "$IDIOM" check 4 rewrite
	expect_status 1
	run "$IDIOM" progress
	expect_status 0
	expect_out "04  started  0:00 of 0:25  "
	expect_out "    rewrite   not yet, 1 attempt (last: fail)"
	expect_out "              still failing: Uses async/await clearly in Python"
	expect_out "    reflect   not checked yet"
	# Narrow: every line fits, and a criterion goes on under itself.
	COLUMNS=50 run "$IDIOM" progress
	expect_status 0
	printf '%s\n' "$out" | awk 'length($0) > 50 { bad = 1; print "too wide: " $0 } END { exit bad }' ||
		fail "progress runs past 50 columns"
	printf '%s\n' "$out" | grep -q '^                             [^ ]' || fail "no line hangs under the criterion: $out"
	"$IDIOM" progress --json | python3 -c '
import json, sys
doc = json.load(sys.stdin)
assert list(doc) == ["course", "done", "total", "next", "lessons"], list(doc)
l = doc["lessons"][0]
assert list(l) == ["lesson", "slug", "title", "status", "attempts", "seconds", "minutes",
                   "last_active", "exercises"], list(l)
rw = l["exercises"][1]
assert rw["exercise"] == "rewrite" and rw["last_verdict"] == "fail" and not rw["passed"], rw
assert "Uses async/await clearly in Python" in rw["failing"], rw
assert l["exercises"][0]["last_verdict"] is None
' || fail "progress --json is not the documented shape"
}

test_reflect_answers_are_recorded() {
	fresh reflect
	solve_04
	"$IDIOM" check 4 reflect >/dev/null
	[ "$(db "select answer from attempt where exercise = 'reflect'")" = "$(cat "$EX/reflect/reference.md")" ] ||
		fail "the reflect answer was not recorded as written"
}

test_sequential_course_locks_later_lessons() {
	fresh sequential
	sequential_course
	run "$IDIOM" list
	expect_status 0
	# Statuses pad to the widest shown, so the columns line up.
	expect_out "04  open    25 min"
	expect_out "05  locked  25 min"
	expect_out "0 of 2 done"
	solve_04
	"$IDIOM" check 4 >/dev/null
	run "$IDIOM" list
	expect_out "04  done  25 min"
	expect_out "05  open  25 min"
	expect_out "Next: lesson 05 (open)"
	expect_out "[##########----------]  1 of 2 done"
}

test_js_to_python_keeps_every_lesson_open() {
	grep -q '^unlock: open' courses/js-to-python/course.yaml || fail "js-to-python is not open"
}

test_history_lists_attempts_and_shows_one() {
	fresh history
	"$IDIOM" start 4 >/dev/null
	"$IDIOM" check 4 rewrite >/dev/null || true
	cp "$EX/rewrite/reference.py" "$IDIOM_HOME/04-async/rewrite.py"
	"$IDIOM" check 4 rewrite >/dev/null
	run "$IDIOM" history 4 rewrite
	expect_status 0
	expect_out "2 attempts, newest first"
	printf '%s\n' "$out" | grep -qE '^  #2 +[0-9-]+ [0-9:]+  pass$' || fail "no #2 pass line: $out"
	printf '%s\n' "$out" | grep -qE '^  #1 +[0-9-]+ [0-9:]+  fail$' || fail "no #1 fail line: $out"
	expect_out "failing: Uses async/await clearly in Python"
	"$IDIOM" history 4 rewrite --show 1 > "$TMP_ROOT/answer1"
	cmp -s "$TMP_ROOT/answer1" "$EX/rewrite/starter.py" || fail "--show 1 is not the starter as checked"
	"$IDIOM" history 4 rewrite --show 2 > "$TMP_ROOT/answer2"
	cmp -s "$TMP_ROOT/answer2" "$EX/rewrite/reference.py" || fail "--show 2 is not the reference"
	run "$IDIOM" history 4 rewrite --show 3
	expect_status 2
	expect_err "has no attempt 3"
	run "$IDIOM" history 4 practice
	expect_status 0
	expect_out "No attempts of lesson 04 practice yet"
	run "$IDIOM" history 4 rewrtie
	expect_status 2
	expect_err "no exercise 'rewrtie'"
}

test_reset_refuses_without_terminal_or_yes() {
	fresh reset-refuse
	solve_04
	run "$IDIOM" reset 4 < /dev/null
	expect_status 2
	expect_one_line_err
	expect_err "add --yes"
	cmp -s "$IDIOM_HOME/04-async/rewrite.py" "$EX/rewrite/reference.py" || fail "files changed without consent"
}

test_reset_asks_on_a_terminal() {
	command -v script >/dev/null || return 0
	fresh reset-ask
	solve_04
	printf 'n\n' | script -qec "$IDIOM reset 4" /dev/null > "$TMP_ROOT/ask.out" 2>&1 || true
	grep -q 'Restore the starter files and reopen lesson 04? \[y/N\]' "$TMP_ROOT/ask.out" ||
		fail "no question: $(cat "$TMP_ROOT/ask.out")"
	cmp -s "$IDIOM_HOME/04-async/rewrite.py" "$EX/rewrite/reference.py" || fail "'n' still reset"
}

test_reset_restores_starters_and_keeps_history() {
	fresh reset
	solve_04
	"$IDIOM" check 4 >/dev/null
	"$IDIOM" hint 4 rewrite >/dev/null
	[ "$(lesson_status 4)" = done ] || fail "not done before the reset"
	run "$IDIOM" reset 4 rewrite --yes
	expect_status 0
	cmp -s "$IDIOM_HOME/04-async/rewrite.py" "$EX/rewrite/starter.py" || fail "rewrite.py is not the starter"
	cmp -s "$IDIOM_HOME/04-async/practice.py" "$EX/practice/reference.py" || fail "practice.py was touched"
	[ "$(lesson_status 4)" = started ] || fail "one exercise reset should leave the lesson started"
	run "$IDIOM" hint 4 rewrite
	expect_out "Hint 1 of"
	run "$IDIOM" reset 4 --yes
	expect_status 0
	expect_out "your history is kept"
	cmp -s "$IDIOM_HOME/04-async/reflect.md" "$EX/reflect/starter.md" || fail "reflect.md is not the starter"
	[ "$(lesson_status 4)" = open ] || fail "not open after reset"
	run "$IDIOM" history 4 rewrite
	expect_out "1 attempt, newest first"
	expect_out "(before a reset)"
}

test_export_import_round_trip_without_duplicates() {
	fresh export-from
	solve_04
	"$IDIOM" check 4 >/dev/null
	"$IDIOM" check 4 rewrite >/dev/null
	run "$IDIOM" progress --export "$TMP_ROOT/progress.json"
	expect_status 0
	python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["format"] == "idiom-progress"' \
		"$TMP_ROOT/progress.json" || fail "export is not the documented JSON"
	# 1 start and 4 attempts.
	fresh export-to
	run "$IDIOM" progress --import "$TMP_ROOT/progress.json"
	expect_status 0
	expect_out "added 5, already had 0"
	run "$IDIOM" progress --import "$TMP_ROOT/progress.json"
	expect_status 0
	expect_out "added 0, already had 5"
	[ "$(db 'select count(*) from attempt')" = 4 ] || fail "attempts duplicated"
	[ "$(lesson_status 4)" = done ] || fail "status not carried over"
	run "$IDIOM" history 4 rewrite --show 1
	expect_status 0
}

test_import_refuses_a_bad_file() {
	fresh import-bad
	printf '{"format": "idiom-progress", "version": 1, "attempts": [{"id": 3}]}' > "$TMP_ROOT/bad.json"
	run "$IDIOM" progress --import "$TMP_ROOT/bad.json"
	expect_status 2
	expect_one_line_err
	expect_err "nothing was imported"
	run "$IDIOM" progress --import "$TMP_ROOT/missing.json"
	expect_status 2
	expect_err "cannot read"
}

# refused_unchanged CMD...: the command exits 2 with a one-line message and
# progress.db keeps every byte.
refused_unchanged() {
	before=$(sha256sum < "$IDIOM_HOME/progress.db")
	run "$@"
	expect_status 2
	expect_one_line_err
	[ "$(sha256sum < "$IDIOM_HOME/progress.db")" = "$before" ] || fail "$* changed progress.db"
}

test_corrupt_database_is_refused_and_kept() {
	fresh corrupt
	mkdir -p "$IDIOM_HOME"
	head -c 8192 /dev/urandom > "$IDIOM_HOME/progress.db"
	refused_unchanged "$IDIOM" check 4 rewrite "$EX/rewrite/reference.py"
	expect_err "is not an idiom progress database"
	expect_err "left untouched"
	refused_unchanged "$IDIOM" list
	refused_unchanged "$IDIOM" start 4
	refused_unchanged "$IDIOM" progress
	refused_unchanged "$IDIOM" reset 4 --yes
	refused_unchanged "$IDIOM" progress --import /dev/null
}

test_foreign_database_is_refused_and_kept() {
	fresh foreign
	mkdir -p "$IDIOM_HOME"
	sqlite3 "$IDIOM_HOME/progress.db" 'CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ("mine");'
	refused_unchanged "$IDIOM" check 4 rewrite "$EX/rewrite/reference.py"
	expect_err "another program"
	refused_unchanged "$IDIOM" list
}

test_newer_database_is_refused_not_migrated_down() {
	fresh newer
	"$IDIOM" start 4 >/dev/null
	db 'PRAGMA user_version = 99;'
	refused_unchanged "$IDIOM" check 4 rewrite "$EX/rewrite/reference.py"
	expect_err "newer idiom"
	refused_unchanged "$IDIOM" history 4 rewrite
	[ "$(db 'PRAGMA user_version;')" = 99 ] || fail "version changed"
}

# Kills `idiom check` with SIGKILL at random moments, from before it opens
# the database to after it committed (0-60 ms at least); checks that exited by themselves must
# have left their attempt, and the database must stay sound.
test_durability_checks_killed_at_random_moments() {
	fresh durability
	"$IDIOM" start 4 >/dev/null
	# The workspace answer, named as a FILE: recorded like a plain check.
	answer=$IDIOM_HOME/04-async/rewrite.py
	cp "$EX/rewrite/reference.py" "$answer"
	"$IDIOM" check 4 rewrite "$answer" >/dev/null || fail "a plain check failed"
	t0=$(date +%s%N)
	"$IDIOM" check 4 rewrite "$answer" >/dev/null || fail "a plain check failed"
	# Up to half again a whole (warm) check: some are killed before, during
	# and after recording, and about a third finish by themselves.  Capped so
	# the test stays well under a minute on a slow machine.
	span=$(( ($(date +%s%N) - t0) * 3 / 2000000 + 20 ))
	[ "$span" -ge 60 ] || span=60
	[ "$span" -le 600 ] || span=600
	finished=2 killed=0
	for _ in $(seq "$KILLS"); do
		"$IDIOM" check 4 rewrite "$answer" >/dev/null 2>&1 &
		pid=$!
		sleep "$(printf '0.%03d' $((RANDOM % span)))"
		kill -KILL "$pid" 2>/dev/null || true
		rc=0
		wait "$pid" || rc=$?
		case $rc in
		0) finished=$((finished + 1)) ;;
		137) killed=$((killed + 1)) ;;
		*) fail "a check exited $rc" ;;
		esac
	done
	[ "$(db 'PRAGMA integrity_check;')" = ok ] || fail "integrity_check: $(db 'PRAGMA integrity_check;')"
	attempts=$(db "select count(*) from attempt where exercise = 'rewrite'")
	[ "$attempts" -ge "$finished" ] || fail "$finished checks finished but only $attempts attempts are recorded"
	[ "$attempts" -le $((finished + killed)) ] || fail "more attempts than checks"
	[ "$killed" -ge 1 ] || fail "no check was killed (span $span ms)"
	run "$IDIOM" history 4 rewrite
	expect_status 0
	expect_out "$attempts attempts, newest first"
	echo "     $KILLS runs over 0-$span ms: $killed killed, $finished finished, $attempts attempts"
}

# A watch and two check loops at once: every check records, none fails or
# waits out the busy timeout, the watch keeps going.
test_two_idioms_at_once() {
	fresh concurrent
	solve_04
	"$IDIOM" watch 4 < /dev/null > "$TMP_ROOT/concurrent-watch.out" 2>&1 &
	watcher=$!
	loop() {
		for _ in $(seq 8); do "$IDIOM" check 4 "$1" >/dev/null 2>"$TMP_ROOT/concurrent-$1.err" || return 1; done
	}
	loop rewrite & a=$!
	loop practice & b=$!
	cp "$EX/reflect/starter.md" "$IDIOM_HOME/04-async/reflect.md"	# the watch checks and records it
	wait "$a" || fail "rewrite loop failed: $(cat "$TMP_ROOT/concurrent-rewrite.err")"
	wait "$b" || fail "practice loop failed: $(cat "$TMP_ROOT/concurrent-practice.err")"
	for _ in $(seq 50); do [ "$(db "select count(*) from attempt where exercise = 'reflect'")" -ge 1 ] && break; sleep 0.1; done
	kill -TERM "$watcher"
	wait "$watcher" || fail "watch exited badly: $(tail -3 "$TMP_ROOT/concurrent-watch.out")"
	grep -q 'not recorded' "$TMP_ROOT/concurrent-watch.out" && fail "watch could not record"
	[ "$(db "select count(*) from attempt where exercise in ('rewrite', 'practice')")" -ge 16 ] ||
		fail "expected at least 16 attempts, got $(db 'select count(*) from attempt')"
	[ "$(db "select count(*) from attempt where exercise = 'reflect'")" -ge 1 ] || fail "the watch recorded nothing"
	[ "$(db 'PRAGMA integrity_check;')" = ok ] || fail "integrity_check failed"
}

test_watch_records_only_changed_answers() {
	fresh watch
	"$IDIOM" start 4 >/dev/null
	"$IDIOM" watch 4 < /dev/null > "$TMP_ROOT/watch.out" 2>&1 &
	pid=$!
	for _ in $(seq 50); do grep -q 'practice.py (lesson 04' "$TMP_ROOT/watch.out" && break; sleep 0.1; done
	touch "$IDIOM_HOME/04-async/rewrite.py"
	sleep 0.5
	cp "$EX/rewrite/reference.py" "$IDIOM_HOME/04-async/rewrite.py"
	for _ in $(seq 50); do grep -q 'pass: 3 of 3' "$TMP_ROOT/watch.out" && break; sleep 0.1; done
	cp "$EX/rewrite/reference.py" "$IDIOM_HOME/04-async/rewrite.py"
	sleep 0.5
	kill -TERM "$pid"
	wait "$pid"
	n=$(db "select count(*) from attempt where exercise = 'rewrite'")
	[ "$n" = 2 ] || fail "expected 2 rewrite attempts (starter, reference), got $n"
}

test_every_progress_command_has_help() {
	for c in progress history reset; do
		run "$IDIOM" "$c" --help
		expect_status 0
		expect_out "usage: idiom $c"
	done
	run "$IDIOM" help progress
	expect_out '"exercises": [{"exercise", "attempts", "passed": bool,'
	run "$IDIOM" --help
	for c in progress history reset; do expect_out "  $c "; done
}

test_progress_usage_errors() {
	run "$IDIOM" progress 4
	expect_status 2
	expect_err "progress takes no lesson"
	run "$IDIOM" progress --export
	expect_status 2
	expect_err "--export needs a FILE"
	run "$IDIOM" reset
	expect_status 2
	expect_err "which lesson?"
	run "$IDIOM" reset 4 rewrtie --yes
	expect_status 2
	expect_err "no exercise 'rewrtie'"
	run "$IDIOM" history 4 rewrite extra
	expect_status 2
	expect_err "history takes a lesson and an exercise"
	run "$IDIOM" history 4 rewrtie
	expect_status 2
	expect_err "did you mean 'rewrite'?"
}

# With no exercise (or no lesson) hint, check and history take the current
# one, the first not passed yet, and say which.
test_defaults_to_current_exercise() {
	unset IDIOM_COURSE
	export IDIOM_HOME=$TMP_ROOT/defaults
	run "$IDIOM" history 4
	expect_status 0
	expect_err "lesson 04 reflect (the current exercise)"
	run "$IDIOM" history
	expect_status 0
	expect_err "lesson 01 reflect (the current exercise)"
	run "$IDIOM" hint
	expect_status 0
	expect_err "lesson 01 reflect (the current exercise)"
	expect_out "Hint 1 of"
	"$IDIOM" start 1 >/dev/null
	cp courses/js-to-python/01-syntax/reflect/reference.md "$IDIOM_HOME"/01-*/reflect.md
	run "$IDIOM" check
	expect_status 0
	expect_err "lesson 01 reflect (the current exercise)"
	expect_out "reflect passed; next: rewrite"
	run "$IDIOM" hint 1
	expect_err "lesson 01 rewrite (the current exercise)"
	run "$IDIOM" check
	expect_status 1
	expect_err "lesson 01 rewrite (the current exercise)"
	run "$IDIOM" check 4 rewrit
	expect_status 2
	expect_err "no exercise 'rewrit'; did you mean 'rewrite'?"
	expect_no_out "04 rewrite rewrit"
}

# After a pass: the reference solution, then the next exercise with its
# command; after the lesson's last one, the next lesson.
test_finish_line() {
	unset IDIOM_COURSE
	export IDIOM_HOME=$TMP_ROOT/finish
	local L=courses/js-to-python/04-async
	"$IDIOM" start 4 >/dev/null
	cp $L/reflect/reference.md "$IDIOM_HOME"/04-*/reflect.md
	cp $L/rewrite/reference.py "$IDIOM_HOME"/04-*/rewrite.py
	run "$IDIOM" check 4 rewrite
	expect_status 0
	expect_out "The lesson's reference solution, to compare with yours:"
	expect_out "    async def load_config_and_user"
	expect_out "rewrite passed; next: practice  (idiom check 04 practice)"
	run "$IDIOM" check 4 reflect
	expect_out "reflect passed; next: practice"
	expect_out "What a strong answer notices"
	cp $L/practice/reference.py "$IDIOM_HOME"/04-*/practice.py
	run "$IDIOM" check 4 practice
	expect_status 0
	expect_out "Lesson 04 done; next: idiom start"
}

# Checking a file outside the workspace grades it but records nothing: it
# is not the learner's attempt at the exercise (issue 11).
test_file_outside_the_workspace_is_not_recorded() {
	fresh outside
	"$IDIOM" start 4 >/dev/null
	run "$IDIOM" check 4 rewrite "$EX/rewrite/reference.py"
	expect_status 0
	expect_err "graded, not recorded"
	run "$IDIOM" history 4 rewrite
	expect_no_out "#1"
	cp "$EX/rewrite/reference.py" "$IDIOM_HOME/04-async/rewrite.py"
	run "$IDIOM" check 4 rewrite "$IDIOM_HOME/04-async/../04-async/rewrite.py"
	expect_status 0
	case $err in *"not recorded"*) fail "the workspace answer was not recorded: $err" ;; esac
	run "$IDIOM" history 4 rewrite
	expect_out "1 attempt"
}

for fn in $(declare -F | awk '{print $3}' | grep '^test_'); do
	t "${fn#test_}" "$fn"
done
printf 'e2e progress (%s): %d passed, %d failed\n' "$IDIOM" "$passed" "$failed"
[ "$failed" -eq 0 ]

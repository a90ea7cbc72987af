#!/bin/bash
# End-to-end tests of the warm helper of one-off `idiom check` (src/helper/,
# issue 11 item 8): the first check leaves a helper, later checks are graded
# by it with the very report a direct check makes, and recorded by the CLI;
# a stale socket, a helper of another build, a helper that crashes mid-check
# all end in a direct check with the same verdict; a directory that is not
# private is refused; an idle helper exits.  Seen failing: the helper tests
# on the binary before src/helper/ (no helper was ever launched), the
# refusal tests with the directory checks of place.c removed.
# Usage: tests/e2e/helper.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
case $IDIOM in /*) ;; *) IDIOM=$PWD/$IDIOM ;; esac
. tests/e2e/lib.sh
unset NO_COLOR COLUMNS IDIOM_NO_HELPER IDIOM_RUN_FAULT IDIOM_HELPER_FAULT
# The harnesses draw random arguments: the same draws in both checks.
export IDIOM_RUN_SEED=11
export IDIOM_COURSE=$PWD/courses/js-to-python

REF=courses/js-to-python/04-async/rewrite/reference.py
EXAMPLES=courses/js-to-python/04-async/rewrite/examples

# A learner's home and a private helper directory of the test's own.
setup() {
	export IDIOM_HOME="$TMP_ROOT/home-$1" IDIOM_HELPER_DIR="$TMP_ROOT/helper-$1"
	mkdir -p "$IDIOM_HOME"
	mkdir -m 700 "$IDIOM_HELPER_DIR"
	"$IDIOM" start 04 >/dev/null
	cp "$REF" "$IDIOM_HOME/04-async/rewrite.py"
}

lock_file() { ls "$IDIOM_HELPER_DIR"/helper-*.lock 2>/dev/null | head -1; }
sock_file() { ls "$IDIOM_HELPER_DIR"/helper-*.sock 2>/dev/null | head -1; }
helper_pid() { [ -n "$(lock_file)" ] && cut -d' ' -f1 "$(lock_file)"; }
helper_served() { [ -n "$(lock_file)" ] && cut -d' ' -f2 "$(lock_file)"; }
# Checks served by every helper whose lock is in the directory: a lock that
# is still empty (its helper starting) counts 0, whichever file ls lists first.
served_total() { cat "$IDIOM_HELPER_DIR"/helper-*.lock 2>/dev/null | awk '{ n += $2 } END { print n + 0 }'; }

# Waits until a helper other than $1 (a pid, or "") listens.
wait_helper() {
	for _ in $(seq 300); do
		local pid
		pid=$(helper_pid 2>/dev/null) || pid=
		if [ -n "$pid" ] && [ "$pid" != "${1:-}" ] && [ -S "$(sock_file)" ] &&
		   kill -0 "$pid" 2>/dev/null; then
			return 0
		fi
		sleep 0.1
	done
	fail "no helper started (dir: $(ls -la "$IDIOM_HELPER_DIR"))"
}

# Waits until process $1 is gone.
wait_gone() {
	for _ in $(seq 100); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.1
	done
	fail "process $1 still runs"
}

# The timing is the only thing that may differ.
without_ms() { sed -E 's/"ms": [0-9.e+-]+/"ms": _/g; s/\([0-9.]+ ms\)/(_ ms)/'; }

# The same report (JSON without the timing, and the plain text) from the
# helper as from a direct check, for the answer $1.
expect_same_as_direct() {
	local before after direct text_direct
	before=$(helper_served)
	run "$IDIOM" check 4 rewrite "$1" --json
	after=$(helper_served)
	[ "$after" -gt "$before" ] || fail "the helper did not grade $1 (served $before -> $after)"
	direct=$(IDIOM_NO_HELPER=1 "$IDIOM" check 4 rewrite "$1" --json 2>/dev/null | without_ms) || true
	[ "$(printf '%s' "$out" | without_ms)" = "$direct" ] ||
		fail "JSON differs for $1: helper: $out direct: $direct"
	run "$IDIOM" check 4 rewrite "$1" --plain
	text_direct=$(IDIOM_NO_HELPER=1 "$IDIOM" check 4 rewrite "$1" --plain 2>/dev/null) || true
	[ "$(printf '%s' "$out" | without_ms)" = "$(printf '%s' "$text_direct" | without_ms)" ] ||
		fail "text differs for $1: helper: $out direct: $text_direct"
}

test_helper_grades_as_a_direct_check() {
	setup same
	run "$IDIOM" check 4 rewrite --json
	expect_status 0
	wait_helper
	for answer in "$REF" "$EXAMPLES"/*.py; do
		expect_same_as_direct "$answer"
	done
}

test_checks_through_the_helper_are_recorded() {
	setup record
	"$IDIOM" check 4 rewrite >/dev/null
	wait_helper
	run "$IDIOM" check 4 rewrite --plain
	expect_status 0
	[ "$(helper_served)" -ge 1 ] || fail "the helper did not grade the check"
	run "$IDIOM" history 4 rewrite
	expect_out "2 attempts"
}

test_a_stale_socket_is_replaced() {
	local old
	setup stale
	"$IDIOM" check 4 rewrite >/dev/null
	wait_helper
	old=$(helper_pid)
	kill -KILL "$old"
	wait_gone "$old"
	[ -S "$(sock_file)" ] || fail "the killed helper's socket is gone: nothing stale to test"
	run "$IDIOM" check 4 rewrite --plain
	expect_status 0
	expect_out "pass: 3 of 3"
	wait_helper "$old"
	run "$IDIOM" check 4 rewrite --plain
	[ "$(helper_served)" = 1 ] || fail "the new helper did not grade the next check"
}

test_a_crash_mid_check_falls_back_to_a_direct_check() {
	local old direct
	setup crash
	IDIOM_HELPER_FAULT=crash "$IDIOM" check 4 rewrite >/dev/null
	wait_helper
	old=$(helper_pid)
	direct=$(IDIOM_NO_HELPER=1 "$IDIOM" check 4 rewrite "$EXAMPLES/sequential.py" --json | without_ms) || true
	run "$IDIOM" check 4 rewrite "$EXAMPLES/sequential.py" --json
	wait_gone "$old"
	[ "$(printf '%s' "$out" | without_ms)" = "$direct" ] || fail "after the crash: $out, direct: $direct"
}

test_a_helper_of_another_build_is_replaced() {
	local old
	setup build
	cp "$IDIOM" "$TMP_ROOT/idiom-other"
	"$IDIOM" check 4 rewrite >/dev/null
	wait_helper
	old=$(helper_pid)
	run "$TMP_ROOT/idiom-other" check 4 rewrite --plain
	expect_status 0
	expect_out "pass: 3 of 3"
	[ "$(served_total)" = 0 ] || fail "a helper of another build graded the check"
	wait_gone "$old"
	wait_helper "$old"
	run "$TMP_ROOT/idiom-other" check 4 rewrite --plain
	[ "$(served_total)" = 1 ] || fail "the replacing helper did not grade the next check"
}

test_a_helper_of_another_seed_is_not_used() {
	local old direct
	setup seed
	"$IDIOM" check 4 rewrite >/dev/null
	wait_helper
	old=$(helper_pid)
	direct=$(IDIOM_RUN_SEED=12 IDIOM_NO_HELPER=1 "$IDIOM" check 4 rewrite "$EXAMPLES/js_bare_keys.py" --json | without_ms) || true
	out=$(IDIOM_RUN_SEED=12 "$IDIOM" check 4 rewrite "$EXAMPLES/js_bare_keys.py" --json | without_ms) || true
	[ "$out" = "$direct" ] || fail "seed 12 through the helper of seed 11: $out, direct: $direct"
	wait_gone "$old"
}

expect_no_helper() {
	sleep 3
	[ -z "$(ls "$IDIOM_HELPER_DIR" 2>/dev/null)" ] ||
		fail "a helper used the refused directory: $(ls -la "$IDIOM_HELPER_DIR")"
}

test_a_directory_open_to_others_is_refused() {
	setup mode
	chmod 755 "$IDIOM_HELPER_DIR"
	run "$IDIOM" check 4 rewrite --plain
	expect_status 0
	expect_out "pass: 3 of 3"
	expect_no_helper
}

test_a_directory_of_another_owner_is_refused() {
	[ "$(id -u)" = 0 ] || return 0	# only root can give a directory away
	setup owner
	chown 65534 "$IDIOM_HELPER_DIR"
	run "$IDIOM" check 4 rewrite --plain
	expect_status 0
	expect_out "pass: 3 of 3"
	expect_no_helper
}

test_a_symlinked_directory_is_refused() {
	setup link
	rmdir "$IDIOM_HELPER_DIR"
	mkdir -m 700 "$TMP_ROOT/elsewhere"
	ln -s "$TMP_ROOT/elsewhere" "$IDIOM_HELPER_DIR"
	run "$IDIOM" check 4 rewrite --plain
	expect_status 0
	sleep 3
	[ -z "$(ls "$TMP_ROOT/elsewhere")" ] || fail "a helper followed the symlink"
}

test_an_idle_helper_exits() {
	local pid
	setup idle
	IDIOM_HELPER_IDLE=1 "$IDIOM" check 4 rewrite >/dev/null
	wait_helper
	pid=$(helper_pid)
	wait_gone "$pid"
	[ ! -e "$(sock_file)" ] || fail "the idle helper left its socket"
}

test_no_helper_when_turned_off() {
	setup off
	IDIOM_NO_HELPER=1 "$IDIOM" check 4 rewrite >/dev/null
	expect_no_helper
}

# A cold check (no helper yet): once the report is written, the command
# closes its stdout before anything else (the sandbox's teardown, the
# helper's launch), and then waits for no process of the helper's (it is
# spawned, not forked through an intermediate child that is waited for).
# Traced with strace; seen failing on the build before (a wait4 on the
# sandbox first, then a fork and a wait4 on the intermediate child).
test_a_cold_check_closes_stdout_then_waits_for_no_helper() {
	local trace main after first
	# `make test` installs strace (scripts/deps.sh trace): a missing one
	# fails here, never skips.
	command -v strace >/dev/null || fail "strace is not installed (scripts/deps.sh trace)"
	setup trace
	trace="$TMP_ROOT/trace" after="$TMP_ROOT/after-report"
	# strace -f also follows the helper, and returns when it is gone: a
	# helper that idles out after a second.
	# LeakSanitizer cannot run under ptrace: the ASan build's leaks are
	# checked by every other test.
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
		IDIOM_HELPER_IDLE=1 strace -f --seccomp-bpf \
		-e trace=execve,write,dup2,dup3,close,clone,clone3,fork,vfork,wait4 \
		-e signal=none -o "$trace" "$IDIOM" check 4 rewrite >/dev/null || fail "the check failed"
	grep -q 'execve("/proc/self/exe", \["idiom", "helper-serve"' "$trace" ||
		fail "no helper was launched"
	main=$(head -1 "$trace" | awk '{ print $1 }')
	# The main process's calls after its last write to stdout.
	awk -v m="$main" '$1 == m && !/resumed>/' "$trace" |
		awk '/write\(1,/ { n = 0; next } { lines[n++] = $0 } END { for (i = 0; i < n; i++) print lines[i] }' >"$after"
	first=$(head -1 "$after")
	case $first in
	*"dup2("*", 1)"* | *"dup3("*", 1,"* | *"close(1)"*) ;;
	*) fail "stdout was not closed first after the report: ${first:-nothing}" ;;
	esac
	if awk '/clone|fork/ { spawned = 1; next } spawned && /wait4\(/' "$after" | grep -q .; then
		fail "the check waited for a process after launching the helper: $(cat "$after")"
	fi
}

t "a cold check closes stdout, then waits for no helper" test_a_cold_check_closes_stdout_then_waits_for_no_helper
t "the helper's report is the direct check's, byte for byte" test_helper_grades_as_a_direct_check
t "checks graded by the helper are recorded" test_checks_through_the_helper_are_recorded
t "a stale socket is replaced, the check graded directly" test_a_stale_socket_is_replaced
t "a helper crashing mid-check: a direct check, same verdict" test_a_crash_mid_check_falls_back_to_a_direct_check
t "a helper of another build is replaced" test_a_helper_of_another_build_is_replaced
t "a helper of another IDIOM_RUN_SEED is not used" test_a_helper_of_another_seed_is_not_used
t "a helper directory open to others is refused" test_a_directory_open_to_others_is_refused
t "a helper directory of another owner is refused" test_a_directory_of_another_owner_is_refused
t "a symlinked helper directory is refused" test_a_symlinked_directory_is_refused
t "an idle helper exits and removes its socket" test_an_idle_helper_exits
t "IDIOM_NO_HELPER=1: no helper" test_no_helper_when_turned_off

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

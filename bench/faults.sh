#!/bin/bash
# Faults during load (issue 15): a cohort cluster (scripts/cluster) under
# bench/load.py while one fault is applied and then undone:
#
#   pg-restart  PostgreSQL stopped (fast shutdown) for FAULT_FOR s, then started
#   pg-freeze   every PostgreSQL process of the cluster stopped with SIGSTOP
#               for FAULT_FOR s, then SIGCONT
#   tmp-full    node2's temporary directory (a small tmpfs, which is also its
#               IDIOM_HOME) filled to the last byte for FAULT_FOR s, then freed
#
# While the fault lasts, node2 is asked directly for /healthz and a check:
# each must answer within PROBE_MAX_S, before the fault is undone (never
# wait for the server to come back), with 200, or 503 with
# Retry-After; never another error.  Afterwards: the load's RESULT is ok
# (every acknowledged attempt stored exactly once, no error but retried
# 502/503/504), every node still runs with the pid it started with (no
# manual restart) and answers /healthz 200 by itself within RECOVER_S.
#
# Usage: bench/faults.sh FAULT [FAULT...]   (run from anywhere)
# Environment: IDIOM (binary, default ./idiom), LEARNERS (default 200),
# DURATION (seconds of load, default 120), TIME_FACTOR (default 1),
# FAULT_AT (seconds into the load, default DURATION/3), FAULT_FOR (default
# 10), RECOVER_S (default 20), PROBE_MAX_S (default FAULT_FOR - 1: the
# probes start 1 s into the fault).
# Each FAULT gets a fresh cluster.  Exit 0 when every FAULT passed.  Needs
# root for tmp-full (a tmpfs mount); without it that fault is skipped.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
IDIOM=${IDIOM:-$ROOT/idiom}
case $IDIOM in /*) ;; *) IDIOM=$ROOT/$IDIOM ;; esac
export IDIOM
LEARNERS=${LEARNERS:-200}
DURATION=${DURATION:-120}
TIME_FACTOR=${TIME_FACTOR:-1}
FAULT_AT=${FAULT_AT:-$((DURATION / 3))}
FAULT_FOR=${FAULT_FOR:-10}
RECOVER_S=${RECOVER_S:-20}
# A probe must answer before the fault is undone: one that waited for the
# server to come back would otherwise pass.
PROBE_MAX_S=${PROBE_MAX_S:-$((FAULT_FOR > 2 ? FAULT_FOR - 1 : 1))}
PASSWORD=Fault-probe-orbit-5521

say() { printf 'faults: %s\n' "$*"; }

# pg_pids DIR: the postmaster of the cluster in DIR and its children.
pg_pids() {
	local main
	main=$(head -1 "$1/pg/data/postmaster.pid" 2>/dev/null) || return 1
	echo "$main $(pgrep -P "$main" | tr '\n' ' ')"
}

# node_url DIR N: node N's own address (not through HAProxy).
node_url() {
	echo "http://127.0.0.1:$(cat "$1/node$2.port")"
}

# probe_account DIR: a learner on node2 for the direct probes; leaves
# $probe_cookie.  Made before the fault, through the cluster's own API.
probe_account() {
	local dir=$1 url cookie invite
	url=$(node_url "$dir" 2)
	"$IDIOM" admin create-instructor faultteach --store "$STORE" <<<"$PASSWORD" >/dev/null || return 1
	cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
		-d "{\"username\":\"faultteach\",\"password\":\"$PASSWORD\"}" "$url/api/login" |
		tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
	invite=$(curl -s -H "Cookie: $cookie" -H 'Content-Type: application/json' \
		-d '{"name":"fault probe"}' "$url/api/cohorts" |
		python3 -c 'import json,sys; print(json.load(sys.stdin)["invite"])') || return 1
	probe_cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
		-d "{\"invite\":\"$invite\",\"username\":\"faultprobe\",\"password\":\"$PASSWORD\"}" \
		"$url/api/signup" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
	[ -n "$probe_cookie" ]
}

# probe DIR WHAT: one request to node2 during the fault; prints
# "WHAT STATUS SECONDS retry-after=R" and fails unless it is 200, or 503
# with Retry-After, within PROBE_MAX_S.
probe() {
	local dir=$1 what=$2 url out status secs retry args
	url=$(node_url "$dir" 2)
	if [ "$what" = healthz ]; then
		args=("$url/healthz")
	else
		args=(-H "Cookie: $probe_cookie" -H 'Content-Type: application/json'
			-d "{\"lesson\":\"04\",\"exercise\":\"rewrite\",\"answer\":\"x = 1\\n\",\"attempt_id\":\"$(python3 -c 'import uuid; print(uuid.uuid4())')\"}"
			"$url/api/check")
	fi
	out=$(curl -s -m "$PROBE_MAX_S" -o /dev/null -D - -w 'STATUS %{http_code} %{time_total}\n' "${args[@]}" | tr -d '\r')
	status=$(printf '%s\n' "$out" | sed -n 's/^STATUS \([0-9]*\) .*/\1/p')
	secs=$(printf '%s\n' "$out" | sed -n 's/^STATUS [0-9]* //p')
	retry=$(printf '%s\n' "$out" | sed -n 's/^[Rr]etry-[Aa]fter: //p')
	say "during the fault, node2 $what: HTTP $status in ${secs}s${retry:+, Retry-After $retry}"
	case $status in
	200) return 0 ;;
	503) [ -n "$retry" ] && return 0
	     say "503 without Retry-After"; return 1 ;;
	000) say "no answer within ${PROBE_MAX_S}s (hung)"; return 1 ;;
	*) return 1 ;;
	esac
}

apply_fault() {
	local dir=$1 fault=$2
	case $fault in
	pg-restart) "$ROOT/scripts/pg.sh" stop "$dir/pg" ;;
	pg-freeze) frozen=$(pg_pids "$dir") && kill -STOP $frozen ;;
	tmp-full) fallocate -l "$(($(stat -f -c '%a*%S' "$dir/home2")))" "$dir/home2/fill" 2>/dev/null
		# fallocate may leave a few blocks; dd takes the rest.
		dd if=/dev/zero of="$dir/home2/fill2" bs=4k 2>/dev/null
		say "node2's temporary directory: $(df -h --output=avail "$dir/home2" | tail -1 | tr -d ' ') free" ;;
	esac
}

undo_fault() {
	local dir=$1 fault=$2
	case $fault in
	pg-restart) "$ROOT/scripts/pg.sh" start "$dir/pg" >/dev/null ;;
	pg-freeze) kill -CONT $frozen ;;
	tmp-full) rm -f "$dir/home2/fill" "$dir/home2/fill2" ;;
	esac
}

# recovered DIR PIDS: every node runs with the pid it started with and
# answers /healthz 200 by itself within RECOVER_S.
recovered() {
	local dir=$1 pids=$2 i=0 pid waited
	for pid in $pids; do
		i=$((i + 1))
		[ "$(cat "$dir/node$i.pid")" = "$pid" ] && kill -0 "$pid" 2>/dev/null ||
			{ say "node$i is not the process it started as (pid $pid)"; return 1; }
		waited=0
		until curl -sf -m 5 "$(node_url "$dir" "$i")/healthz" >/dev/null; do
			waited=$((waited + 1))
			[ "$waited" -lt "$RECOVER_S" ] || { say "node$i: /healthz not 200 after ${RECOVER_S}s"; return 1; }
			sleep 1
		done
		say "node$i (pid $pid, never restarted): /healthz 200 ${waited}s after the load"
	done
}

run_fault() {
	local fault=$1 dir ok=0 load_pid probes_ok=1
	dir=$(mktemp -d /tmp/idiom-ft.XXXXXX)
	if [ "$fault" = tmp-full ]; then
		mkdir -p "$dir/home2"
		mount -t tmpfs -o size=16m idiom-fault "$dir/home2" 2>/dev/null ||
			{ say "SKIP tmp-full: cannot mount a tmpfs (needs root)"; rm -rf "$dir"; return 0; }
	fi
	if ! "$ROOT/scripts/cluster" up "$dir" >"$dir/up.out" 2>&1; then
		cat "$dir/up.out"
		finish_fault "$dir"
		return 1
	fi
	eval "$("$ROOT/scripts/cluster" env "$dir")"
	probe_account "$dir" || { say "could not make the probe's account"; finish_fault "$dir"; return 1; }
	say "$fault: $LEARNERS learners for ${DURATION}s; the fault at ${FAULT_AT}s for ${FAULT_FOR}s"
	python3 bench/load.py --url "$URL" --store "$STORE" --idiom "$IDIOM" --learners "$LEARNERS" \
		--duration "$DURATION" --time-factor "$TIME_FACTOR" --grace 60 >"$dir/load.out" 2>&1 &
	load_pid=$!
	sleep "$FAULT_AT"
	local applied=$SECONDS
	apply_fault "$dir" "$fault"
	say "$fault applied at $(date +%T)"
	sleep 1
	# Both at once, so each must answer before the fault is undone.
	probe "$dir" healthz >"$dir/probe1" &
	local p1=$!
	probe "$dir" check >"$dir/probe2" &
	wait "$p1" || probes_ok=0
	wait $! || probes_ok=0
	cat "$dir/probe1" "$dir/probe2"
	local left=$((FAULT_FOR - (SECONDS - applied)))
	[ "$left" -le 0 ] || sleep "$left"
	undo_fault "$dir" "$fault"
	say "$fault undone at $(date +%T)"
	wait "$load_pid" || ok=1
	sed 's/^/     | /' "$dir/load.out"
	[ "$probes_ok" -eq 1 ] || { say "a probe during the fault failed"; ok=1; }
	recovered "$dir" "$NODE_PIDS" || ok=1
	"$ROOT/scripts/cluster" status "$dir" >/dev/null || { say "the cluster is not all up"; ok=1; }
	finish_fault "$dir"
	[ "$ok" -eq 0 ] && say "PASS $fault" || say "FAIL $fault"
	return "$ok"
}

finish_fault() {
	"$ROOT/scripts/cluster" down "$1" >/dev/null 2>&1
	mountpoint -q "$1/home2" 2>/dev/null && umount "$1/home2"
	rm -rf "$1"
}

[ $# -gt 0 ] || { echo "usage: bench/faults.sh pg-restart|pg-freeze|tmp-full..." >&2; exit 2; }
status=0
for fault in "$@"; do
	case $fault in
	pg-restart | pg-freeze | tmp-full) run_fault "$fault" || status=1 ;;
	*) echo "faults: unknown fault '$fault'" >&2; exit 2 ;;
	esac
done
exit $status

#!/bin/bash
# The cluster under a short load (issue 15): scripts/cluster up (PostgreSQL,
# three cohort nodes, HAProxy), the smoke version of `make load-test` (10
# learners for 20 s, checks every 2-6 s) asserting no lost or doubled
# attempt and no error but retried 503s, then the same load while one node
# is killed with SIGKILL: HAProxy routes around it, the checks it was
# grading are retried, nothing is lost; `up` brings the node back.  Then the
# short versions of `make fault-test` (bench/faults.sh): PostgreSQL
# restarted, PostgreSQL frozen with SIGSTOP, a node's temporary directory
# full, each under load on its own fresh cluster.
# Usage: tests/e2e/cluster.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
case $IDIOM in /*) ;; *) IDIOM=$PWD/$IDIOM ;; esac
export IDIOM
CLUSTER=$(mktemp -d /tmp/idiom-cl.XXXXXX)
cleanup() {
	scripts/cluster down "$CLUSTER" >/dev/null 2>&1
	rm -rf "$CLUSTER" "$TMP_ROOT"
}
trap cleanup EXIT
scripts/cluster up "$CLUSTER" >"$TMP_ROOT/up.out" 2>&1 || { cat "$TMP_ROOT/up.out"; exit 1; }
eval "$(scripts/cluster env "$CLUSTER")"

# load SECONDS [ARGS...]: bench/load.py with 10 learners; leaves $out, $status.
load() {
	local seconds=$1
	shift
	run python3 bench/load.py --url "$URL" --store "$STORE" --idiom "$IDIOM" --learners 10 \
		--duration "$seconds" --time-factor 0.1 --ramp 2 --grace 40 "$@"
	printf '%s\n' "$out" | sed 's/^/     | /'
}

test_every_part_is_up_and_round_robin() {
	run scripts/cluster status "$CLUSTER"
	expect_status 0
	[ "$(printf '%s\n' "$out" | grep -c '^node[0-9] up ')" -eq 3 ] || fail "not three nodes up: $out"
	expect_out "haproxy up"
	local seen=""
	for _ in 1 2 3 4 5 6; do
		seen="$seen $(curl -s -D - -o /dev/null "$URL/healthz" | tr -d '\r' | sed -n 's/^[Xx]-[Ss]erved-[Bb]y: //p')"
	done
	for n in node1 node2 node3; do
		printf '%s' "$seen" | grep -qw "$n" || fail "$n never answered:$seen"
	done
}

# raw_via_proxy BYTES: what HAProxy answers to BYTES sent raw; leaves $out
# (the header block, CRs removed).
raw_via_proxy() {
	run python3 - "$URL" "$1" <<-'EOF'
	import socket, sys
	from urllib.parse import urlsplit
	u = urlsplit(sys.argv[1])
	s = socket.create_connection((u.hostname, u.port), timeout=10)
	s.sendall(sys.argv[2].encode().decode("unicode_escape").encode("latin-1"))
	data = b""
	while b"\r\n\r\n" not in data:
	    chunk = s.recv(65536)
	    if not chunk:
	        break
	    data += chunk
	print(data.split(b"\r\n\r\n")[0].decode("latin-1").replace("\r", ""))
	EOF
}

expect_security_headers() {
	local h
	for h in "X-Content-Type-Options: nosniff" "X-Frame-Options: DENY" "Referrer-Policy: no-referrer" \
		"Cross-Origin-Resource-Policy: same-origin" "Content-Security-Policy: default-src 'none'"; do
		printf '%s\n' "$out" | grep -qiF "$h" || fail "no '$h' in: $out"
	done
}

# HAProxy's own answers carry the nodes' security headers (its errorfiles),
# or there is no answer at all: a request it cannot parse, or one too large
# for its buffer (so a node's own 414/431 never happens behind it), is
# closed without one (HAProxy 2.6 ignores errorfiles there unless empty);
# no node up is 503 with the headers and Retry-After.
test_proxy_errors_carry_security_headers() {
	raw_via_proxy 'GARBAGE \x01\r\n\r\n'
	[ -z "$out" ] || expect_security_headers
	raw_via_proxy "GET /$(head -c 40000 /dev/zero | tr '\0' a) HTTP/1.1\r\nHost: x\r\n\r\n"
	[ -z "$out" ] || expect_security_headers
	raw_via_proxy "GET / HTTP/1.1\r\nHost: x\r\nX-Big: $(head -c 40000 /dev/zero | tr '\0' b)\r\n\r\n"
	[ -z "$out" ] || expect_security_headers
	for n in 1 2 3; do
		echo "disable server nodes/node$n" | python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(sys.stdin.buffer.read()); s.recv(4096)' "$CLUSTER/haproxy.sock"
	done
	raw_via_proxy 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'
	for n in 1 2 3; do
		echo "enable server nodes/node$n" | python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(sys.stdin.buffer.read()); s.recv(4096)' "$CLUSTER/haproxy.sock"
	done
	expect_out "HTTP/1.1 503"
	printf '%s' "$out" | grep -qi '^Retry-After: 5' || fail "no Retry-After: $out"
	expect_security_headers
}

test_smoke_load_loses_nothing() {
	load 20
	expect_status 0
	expect_out "RESULT ok"
	expect_out "lost 0, doubled 0, not sent by us 0"
	printf '%s' "$out" | grep -q '^checks acknowledged [1-9]' || fail "no check was acknowledged"
}

test_kill_9_one_node_during_load() {
	local victim
	victim=$(cat "$CLUSTER/node2.pid")
	python3 bench/load.py --url "$URL" --store "$STORE" --idiom "$IDIOM" --learners 10 \
		--duration 25 --time-factor 0.1 --ramp 2 --grace 40 >"$TMP_ROOT/kill.out" 2>&1 &
	local load_pid=$!
	sleep 8
	kill -9 "$victim"
	wait "$load_pid" || { sed 's/^/     | /' "$TMP_ROOT/kill.out"; fail "the load failed with a node killed"; }
	sed 's/^/     | /' "$TMP_ROOT/kill.out"
	grep -q "lost 0, doubled 0, not sent by us 0" "$TMP_ROOT/kill.out" || fail "attempts lost or doubled"
	run scripts/cluster status "$CLUSTER"
	expect_status 1
	expect_out "node2 down"
	# HAProxy saw it: the node is DOWN in its own view.
	curl -sf "$URL/healthz" >/dev/null || fail "the cluster does not answer with one node dead"
	run scripts/cluster up "$CLUSTER"
	expect_status 0
	run scripts/cluster status "$CLUSTER"
	expect_status 0
}

# fault NAME: the short version of `make fault-test` for one fault (its own
# fresh cluster): 10 learners for 32 s, the fault 8 s in for 20 s.
fault() {
	run env LEARNERS=10 DURATION=32 TIME_FACTOR=0.1 FAULT_AT=8 FAULT_FOR=20 RECOVER_S=15 \
		bench/faults.sh "$1"
	printf '%s\n' "$out" | sed 's/^/     | /'
	expect_status 0
	expect_out "PASS $1"
}

test_postgresql_restart_during_load() {
	fault pg-restart
	# Meanwhile the node said 503 + Retry-After, on /healthz too.
	expect_out "node2 healthz: HTTP 503"
}

test_postgresql_frozen_during_load() {
	fault pg-freeze
	expect_out "node2 healthz: HTTP 503"
}

test_full_temporary_directory_during_load() {
	# Without root no tmpfs can be mounted: faults.sh says SKIP.
	if [ "$(id -u)" -ne 0 ]; then
		echo "    (skipped: needs root for a tmpfs)" >&2
		return 0
	fi
	fault tmp-full
}

t "cluster: every part up, round robin over three nodes" test_every_part_is_up_and_round_robin
t "cluster: HAProxy's own errors carry the security headers" test_proxy_errors_carry_security_headers
t "cluster: 10 learners for 20 s lose nothing" test_smoke_load_loses_nothing
t "cluster: kill -9 one node under load loses nothing" test_kill_9_one_node_during_load
t "cluster: PostgreSQL restarted under load: 503 meanwhile, nothing lost, nodes recover" test_postgresql_restart_during_load
t "cluster: PostgreSQL frozen 20 s (SIGSTOP) under load: no hang, nothing lost, nodes recover" test_postgresql_frozen_during_load
t "cluster: a node's temporary directory full under load: nothing lost, node recovers" test_full_temporary_directory_during_load

printf '\n%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

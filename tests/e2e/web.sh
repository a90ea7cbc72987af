#!/bin/bash
# End-to-end tests of `idiom serve` over real sockets: it listens on
# 127.0.0.1 on a free port, answers pages and the API, refuses bad and
# cross-site requests and keeps serving after each, and shares progress with
# the terminal commands.  Usage: tests/e2e/web.sh [IDIOM_BINARY].
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
unset NO_COLOR COLUMNS IDIOM_COURSE
export IDIOM_HOME="$TMP_ROOT/home"
FIX=tests/fixtures/run/lesson04

"$IDIOM" serve --port 0 >"$TMP_ROOT/serve.out" 2>"$TMP_ROOT/serve.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$TMP_ROOT"' EXIT
for _ in $(seq 100); do
	grep -q 'http://' "$TMP_ROOT/serve.out" 2>/dev/null && break
	sleep 0.1
done
URL=$(sed -n 's/.*\(http:[^ ]*\)$/\1/p' "$TMP_ROOT/serve.out")
URL=${URL%/}

# get PATH [CURL ARGS...]: leaves $code and $body.
get() {
	local path=$1
	shift
	body=$(curl -s -o - -w '\n%{http_code}' "$@" "$URL$path")
	code=${body##*$'\n'}
	body=${body%$'\n'*}
}

post() {
	get "$1" -X POST -H 'Content-Type: application/json' --data-binary "$2" "${@:3}"
}

answer_json() {	# exercise file
	python3 -c 'import json,sys; print(json.dumps({"lesson": "04", "exercise": sys.argv[1], "answer": open(sys.argv[2]).read()}))' "$1" "$2"
}

expect_code() {
	[ "$code" = "$1" ] || fail "HTTP $code, expected $1: $(printf '%s' "$body" | head -c 300)"
}

expect_body() {
	printf '%s' "$body" | grep -qF -- "$1" || fail "body lacks: $1 (got: $(printf '%s' "$body" | head -c 300))"
}

still_serving() {
	get /api/lessons
	expect_code 200
}

# The router includes the handlers' headers, they include only the helpers,
# and no header of src/web or src/store includes itself back.  The checker
# must also find a cycle when there is one.
test_no_include_cycles() {
	local cyc="$TMP_ROOT/cycles"
	run python3 tests/e2e/include_cycles.py .
	expect_status 0
	mkdir -p "$cyc/src/web" "$cyc/src/store"
	printf '#include "web/reply.h"\n' >"$cyc/src/web/api.h"
	printf '#include "web/api.h"\n' >"$cyc/src/web/api.c"
	printf '#include "web/api.h"\n' >"$cyc/src/web/reply.c"
	: >"$cyc/src/web/reply.h"
	run python3 tests/e2e/include_cycles.py "$cyc"
	expect_status 1
	expect_out 'module include cycle in src/web: api -> reply -> api'
	printf '#include "store/backend.h"\n' >"$cyc/src/store/store.h"
	printf '#include "store/store.h"\n' >"$cyc/src/store/backend.h"
	: >"$cyc/src/web/reply.c"
	run python3 tests/e2e/include_cycles.py "$cyc"
	expect_status 1
	expect_out 'header include cycle in src/store: backend.h -> store.h -> backend.h'
	expect_no_out 'src/web'
}

# Run: the answer's __main__ block runs in the sandbox; its output and how it
# ended come back; nothing is recorded or saved.
test_run_shows_the_main_blocks_output() {
	local body_json attempts_before
	attempts_before=$("$IDIOM" history 04 rewrite 2>/dev/null | wc -l)
	body_json=$(python3 -c 'import json; print(json.dumps({"lesson": "04", "exercise": "rewrite", "answer": "def f():\n    return 1\n\nif __name__ == \"__main__\":\n    print(\"hello\", f())\n    print(\"\\x1b[2J\")\n"}))')
	post /api/run "$body_json"
	expect_code 200
	printf '%s' "$body" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
assert r["ran"] is True, r
assert r["output"] == "hello 1\n\x1b[2J\n", r
assert r["message"] == "it ran to its end", r
' || fail "run did not answer the output: $body"
	[ "$("$IDIOM" history 04 rewrite 2>/dev/null | wc -l)" = "$attempts_before" ] || fail "a run was recorded"
	[ ! -e "$IDIOM_HOME/04-async/rewrite.py" ] || ! grep -q hello "$IDIOM_HOME/04-async/rewrite.py" || fail "a run saved the answer"
}

test_run_names_the_line_that_raised() {
	post /api/run '{"lesson": "04", "exercise": "practice", "answer": "x = 1\nif __name__ == \"__main__\":\n    print(\"before\")\n    {}[\"missing\"]\n"}'
	expect_code 200
	printf '%s' "$body" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
assert r["ran"] is False and r["line"] == 4, r
assert "KeyError" in r["message"] and r["output"] == "before\n", r
' || fail "a raising run is not described: $body"
	post /api/run '{"lesson": "04", "exercise": "reflect", "answer": "prose"}'
	expect_code 400
	post /api/run '{"lesson": "04", "exercise": "rewrite", "answer": "import sys\nsys.exit(3)\n"}'
	expect_code 200
	expect_body '"message": "it exited with status 3"'
	still_serving
}

# Drafts: kept while typing, handed back with the lesson, dropped by a check.
test_draft_is_restored_until_a_check_records_the_text() {
	post /api/draft '{"lesson": "04", "exercise": "practice", "answer": "# half-typed\nasync def load_user_and_posts(user_id):\n"}'
	expect_code 200
	get /api/lessons/04
	expect_code 200
	printf '%s' "$body" | python3 -c '
import json, sys
ex = {e["name"]: e for e in json.loads(sys.stdin.read())["exercises"]}
assert ex["practice"].get("draft", "").startswith("# half-typed"), ex["practice"]
assert "draft" not in ex["rewrite"], ex["rewrite"]
' || fail "the draft is not handed back: $(printf '%s' "$body" | head -c 400)"
	post /api/check '{"lesson": "04", "exercise": "practice", "answer": "# checked\n"}'
	expect_code 200
	get /api/lessons/04
	printf '%s' "$body" | python3 -c '
import json, sys
ex = {e["name"]: e for e in json.loads(sys.stdin.read())["exercises"]}
assert "draft" not in ex["practice"], ex["practice"]
assert ex["practice"]["answer"] == "# checked\n", ex["practice"]
' || fail "a checked answer is still shadowed by the draft: $(printf '%s' "$body" | head -c 400)"
}

# An unknown page is a proper HTML page with a way back; the API stays JSON.
test_unknown_pages_are_an_html_404() {
	local headers="$TMP_ROOT/404.headers"
	get /lessons/13 -D "$headers"
	expect_code 404
	grep -qi '^content-type: text/html' "$headers" || fail "not HTML: $(cat "$headers")"
	grep -qi '^content-security-policy: .*nonce-' "$headers" || fail "no CSP on the 404 page"
	expect_body 'numbered 01 to 12'
	expect_body '<a href="/">All lessons</a>'
	get '/nowhere<script>'
	expect_code 404
	expect_body 'There is no page at <code>/nowhere&lt;script&gt;</code>'
	get /api/nowhere
	expect_code 404
	expect_body '"error"'
}

# "Criteria most often failed" names the lesson and exercise, and leaves out
# a criterion once the exercise's latest answer passes it.
test_failing_criteria_name_the_lesson_and_drop_what_passes() {
	post /api/check "$(answer_json practice "$FIX/practice-sequential.py")"
	expect_code 200
	get /api/progress
	printf '%s' "$body" | python3 -c '
import json, sys
f = json.loads(sys.stdin.read())["failing"]
mine = [x for x in f if x["exercise"] == "practice"]
assert mine and all(x["lesson"] == "04" and x["count"] >= 1 for x in mine), f
' || fail "failing criteria lack their lesson: $(printf '%s' "$body" | head -c 400)"
	get /progress
	expect_body '<a href="/lessons/04#exercise-practice">04 practice</a>'
	post /api/check "$(answer_json practice courses/js-to-python/04-async/practice/reference.py)"
	expect_code 200
	get /api/progress
	printf '%s' "$body" | python3 -c '
import json, sys
f = json.loads(sys.stdin.read())["failing"]
assert not [x for x in f if x["exercise"] == "practice"], f
' || fail "criteria that pass now are still listed: $(printf '%s' "$body" | head -c 400)"
	get /progress
	case $body in *'04 practice</a>'*) fail "the progress page lists a criterion that passes now" ;; esac
}

test_prints_the_url_on_127() {
	case $URL in http://127.0.0.1:[0-9]*) ;; *) fail "no URL printed: $(cat "$TMP_ROOT/serve.out")" ;; esac
}

test_catalogue_and_lesson_pages() {
	get /
	expect_code 200
	expect_body 'href="/lessons/04"'
	get /lessons/04
	expect_code 200
	expect_body '<span class="kw">async</span>'
	get /progress
	expect_code 200
	expect_body 'Time spent against the estimate'
}

test_security_headers() {
	local h
	h=$(curl -s -D - -o /dev/null "$URL/")
	printf '%s' "$h" | grep -qi "^Content-Security-Policy: default-src 'none'; script-src 'self'" || fail "no CSP: $h"
	printf '%s' "$h" | grep -qi '^X-Content-Type-Options: nosniff' || fail "no nosniff"
	printf '%s' "$h" | grep -qi "^Content-Security-Policy: .*style-src 'self' 'nonce-[A-Za-z0-9+/]\{24\}';" ||
		fail "the page's CSP has no style nonce: $h"
	! printf '%s' "$h" | grep -qi 'unsafe-inline' || fail "the CSP allows inline code: $h"
}

test_check_is_shared_with_the_terminal() {
	post /api/check "$(answer_json rewrite $FIX/rewrite-sequential.py)"
	expect_code 200
	expect_body '"status": "pass"'
	grep -q 'config = await load_config()' "$IDIOM_HOME/04-async/rewrite.py" || fail "workspace file not saved"
	run "$IDIOM" history 04 rewrite
	expect_status 0
	expect_out 'pass'
	run "$IDIOM" check 04 rewrite --json
	expect_out '"status": "pass"'
	get /api/progress
	expect_body '"attempts":2'
}

test_hints_are_static_and_fast() {
	post /api/hints '{"lesson": "04", "exercise": "rewrite", "answer": "x = 1\n"}'
	expect_code 200
	expect_body '"status": "fail"'
}

test_bad_requests_then_still_serving() {
	post /api/check '{"lesson": "04",'
	expect_code 400
	expect_body 'malformed JSON'
	still_serving
	post /api/check '{"lesson": "99", "exercise": "rewrite", "answer": ""}'
	expect_code 404
	still_serving
	head -c 400000 /dev/zero | tr '\0' a >"$TMP_ROOT/big"
	get /api/check -X POST -H 'Content-Type: application/json' --data-binary "@$TMP_ROOT/big"
	expect_code 413
	still_serving
	get /assets/../../../etc/passwd --path-as-is
	expect_code 404
	get '/lessons/%2e%2e%2f%2e%2e%2fetc%2fpasswd'
	expect_code 404
	still_serving
}

# The route table over a real socket: a path asked with a method it does not
# take is 405 with an Allow header naming the ones it does; no path, 404.
test_wrong_method_is_405_with_allow() {
	local h
	h=$(curl -s -D - -o /dev/null -X DELETE "$URL/api/check")
	printf '%s' "$h" | grep -q '^HTTP/1.1 405' || fail "not 405: $h"
	printf '%s' "$h" | grep -qi '^Allow: POST' || fail "no Allow: POST: $h"
	h=$(curl -s -D - -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' "$URL/lessons/04")
	printf '%s' "$h" | grep -qi '^Allow: GET, HEAD' || fail "no Allow: GET, HEAD: $h"
	get /no/such/page
	expect_code 404
	still_serving
}

test_cross_site_refused() {
	post /api/check '{}' -H 'Origin: http://evil.example'
	expect_code 403
	get / -H 'Host: evil.example'
	expect_code 403
	get /api/check -X POST -H 'Content-Type: text/plain' --data-binary '{}'
	expect_code 403
	still_serving
}

test_garbage_on_the_socket() {
	local port=${URL##*:}
	exec 3<>"/dev/tcp/127.0.0.1/$port"
	printf 'GARBAGE \x01\x02 HTTP/9.9\r\n\r\n' >&3
	timeout 5 cat <&3 >/dev/null || true
	exec 3<&-
	exec 3<>"/dev/tcp/127.0.0.1/$port"
	printf 'POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 999999999\r\n\r\nabc' >&3
	exec 3<&-
	still_serving
}

# A check that sleeps in the sandbox holds the one thread that answers checks;
# live hints and lesson pages are answered by the other threads meanwhile, so
# they finish first (were they queued behind the check, they would finish
# after it).
test_hints_are_not_held_up_by_a_check() {
	local slow order="$TMP_ROOT/order" i
	slow=$(python3 -c 'import json; print(json.dumps({"lesson": "04", "exercise": "rewrite",
		"answer": "import time\ntime.sleep(2.5)\n"}))')
	: >"$order"
	(post /api/check "$slow"; echo "check $code" >>"$order") &
	sleep 0.5
	for i in 1 2 3; do
		post /api/hints '{"lesson": "04", "exercise": "rewrite", "answer": "const x = 1;\n"}'
		echo "hint $code" >>"$order"
		get /lessons/04
		echo "page $code" >>"$order"
	done
	wait
	[ "$(head -1 "$order")" = "hint 200" ] || fail "hint not answered first: $(tr '\n' ' ' <"$order")"
	[ "$(tail -1 "$order")" = "check 200" ] || fail "the check did not end last: $(tr '\n' ' ' <"$order")"
	[ "$(grep -c ' 200$' "$order")" = 7 ] || fail "not every answer was 200: $(tr '\n' ' ' <"$order")"
}

# Checks sent at once are answered one at a time by the check thread, and
# every one is graded, recorded and answered.
test_concurrent_checks_are_all_recorded() {
	local before after i
	attempts() {
		get /api/progress
		printf '%s' "$body" | python3 -c 'import json,sys; print(sum(l["attempts"] for l in json.load(sys.stdin)["lessons"]))'
	}
	before=$(attempts)
	for i in 1 2 3 4 5 6; do
		(sed "s/user_id/user_id_$i/" $FIX/rewrite-sequential.py >"$TMP_ROOT/answer$i.py"
		 post /api/check "$(answer_json rewrite "$TMP_ROOT/answer$i.py")"
		 printf '%s\n' "$code $body" >"$TMP_ROOT/check$i.out") &
		post /api/hints "$(answer_json rewrite $FIX/rewrite-sequential.py)"
		expect_code 200
	done
	wait
	for i in 1 2 3 4 5 6; do
		grep -q '^200 .*"status": "pass"' "$TMP_ROOT/check$i.out" ||
			fail "check $i: $(head -c 300 "$TMP_ROOT/check$i.out")"
	done
	after=$(attempts)
	[ "$after" -eq $((before + 6)) ] || fail "attempts went from $before to $after, expected +6"
}

# SIGTERM while a check runs and another waits: the running check is
# answered, the waiting one gets 503, and the server exits 0.
test_stopping_answers_what_it_holds() {
	local slow pid url
	slow=$(python3 -c 'import json; print(json.dumps({"lesson": "04", "exercise": "rewrite",
		"answer": "import time\ntime.sleep(1.5)\n"}))')
	"$IDIOM" serve --port 0 >"$TMP_ROOT/stop.out" 2>"$TMP_ROOT/stop.err" &
	pid=$!
	for _ in $(seq 100); do grep -q 'http://' "$TMP_ROOT/stop.out" 2>/dev/null && break; sleep 0.1; done
	url=$(sed -n 's/.*\(http:[^ ]*\)$/\1/p' "$TMP_ROOT/stop.out")
	curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "$slow" \
		"${url}api/check" >"$TMP_ROOT/first.code" &
	sleep 0.3
	curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "$slow" \
		"${url}api/check" >"$TMP_ROOT/second.code" &
	sleep 0.3
	kill -TERM "$pid"
	wait "$pid" || fail "the server exited $? on SIGTERM: $(cat "$TMP_ROOT/stop.err")"
	wait
	[ "$(cat "$TMP_ROOT/first.code")" = 200 ] || fail "the running check got $(cat "$TMP_ROOT/first.code")"
	[ "$(cat "$TMP_ROOT/second.code")" = 503 ] || fail "the waiting check got $(cat "$TMP_ROOT/second.code")"
	grep -q 'stopped' "$TMP_ROOT/stop.out" || fail "no 'stopped' line"
}


# raw BYTES: sends BYTES (printf format) to the server, leaves the answer in $raw.
raw_request() {
	raw=$(python3 - "$URL" "$1" <<'PY'
import socket, sys
host, port = sys.argv[1].split('//')[1].split(':')
s = socket.create_connection((host, int(port)), timeout=5)
s.sendall(sys.argv[2].encode().decode('unicode_escape').encode('latin-1'))
data = b''
try:
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
except socket.timeout:
    pass
sys.stdout.write(data.decode('latin-1'))
PY
)
}

test_ambiguous_framing_is_refused() {
	local port=${URL##*:}
	raw_request "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:$port\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
	printf '%s' "$raw" | head -1 | grep -q ' 400 ' || fail "CL+TE: $(printf '%s' "$raw" | head -1)"
	raw_request "GET /api/progress HTTP/1.1\r\nHost: 127.0.0.1:$port\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
	printf '%s' "$raw" | head -1 | grep -q ' 400 ' || fail "two Hosts: $(printf '%s' "$raw" | head -1)"
	printf '%s' "$raw" | grep -qi '^X-Content-Type-Options: nosniff' || fail "the 400 lacks the security headers"
}

# The check lane, and so the sandbox it starts (each check's processes), and
# the password lane run at a lower CPU priority (nice 5 and 10) than the
# pool's threads, which answer hints and pages at the server's own; the
# sandbox's sessions (autogroups) too.
test_lanes_and_the_sandbox_are_niced() {
	local out
	post /api/check "$(answer_json rewrite $FIX/rewrite-sequential.py)"
	expect_code 200
	out=$(python3 - "$SERVER" <<'PY'
import os, sys
server = sys.argv[1]
def stat(path):
    text = open(path).read()
    comm = text[text.index("(") + 1:text.rindex(")")]
    rest = text[text.rindex(")") + 2:].split()
    return comm, int(rest[1]), int(rest[16])     # comm, ppid, nice
for tid in sorted(os.listdir("/proc/%s/task" % server)):
    comm, _, nice = stat("/proc/%s/task/%s/stat" % (server, tid))
    print("thread", comm, nice)
procs = {}
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            procs[pid] = stat("/proc/%s/stat" % pid)
        except (OSError, ValueError):
            pass
family, grew = {server}, True
while grew:
    grew = False
    for pid, (comm, ppid, nice) in procs.items():
        if str(ppid) in family and pid not in family:
            family.add(pid)
            grew = True
            print("process", comm, nice)
            if comm.startswith("python"):      # the zygote and the checks: sessions of their own
                try:
                    print("autogroup", comm, open("/proc/%s/autogroup" % pid).read().split()[-1])
                except OSError:
                    pass
PY
)
	printf '%s\n' "$out" | grep -qx 'thread idiom-checks 5' || fail "no check lane at nice 5: $out"
	printf '%s\n' "$out" | grep -qx 'thread idiom-passwords 10' || fail "no password lane at nice 10: $out"
	printf '%s\n' "$out" | grep -q '^process ' || fail "no sandbox process under the server: $out"
	! printf '%s\n' "$out" | grep '^process ' | grep -qv ' 5$' || fail "a sandbox process not at nice 5: $out"
	# A new session is a new autogroup, weighed as one by the scheduler
	# whatever the nice inside it: the sandbox gives its own the same nice.
	printf '%s\n' "$out" | grep -q '^autogroup ' || fail "no sandbox session seen: $out"
	! printf '%s\n' "$out" | grep '^autogroup ' | grep -qv ' 5$' ||
		fail "a sandbox session's autogroup not at nice 5: $out"
	! printf '%s\n' "$out" | grep '^thread ' | grep -v 'idiom-checks\|idiom-passwords' | grep -qv ' 0$' ||
		fail "a pool thread not at nice 0: $out"
}

# A path, a header field or a number of fields past idiom's limits is
# answered by idiom (414, 431) with the security headers, not by
# libmicrohttpd's own bare error page (its memory pool per connection is
# larger than these limits).
test_oversized_heads_get_our_headers() {
	local port=${URL##*:} long
	long=$(head -c 40000 /dev/zero | tr '\0' a)
	raw_request "GET /lessons/$long HTTP/1.1\r\nHost: 127.0.0.1:$port\r\nConnection: close\r\n\r\n"
	printf '%s' "$raw" | head -1 | grep -q ' 414 ' || fail "long path: $(printf '%s' "$raw" | head -1)"
	printf '%s' "$raw" | grep -qi '^X-Content-Type-Options: nosniff' || fail "the 414 lacks the security headers"
	raw_request "GET /api/lessons HTTP/1.1\r\nHost: 127.0.0.1:$port\r\nX-Big: $long\r\nConnection: close\r\n\r\n"
	printf '%s' "$raw" | head -1 | grep -q ' 431 ' || fail "long field: $(printf '%s' "$raw" | head -1)"
	printf '%s' "$raw" | grep -qi '^X-Frame-Options: DENY' || fail "the 431 lacks the security headers"
	long=$(for i in $(seq 600); do printf 'X-%d: v\\r\\n' "$i"; done)
	raw_request "GET /api/lessons HTTP/1.1\r\nHost: 127.0.0.1:$port\r\n${long}Connection: close\r\n\r\n"
	printf '%s' "$raw" | head -1 | grep -q ' 431 ' || fail "600 fields: $(printf '%s' "$raw" | head -1)"
	printf '%s' "$raw" | grep -qi '^X-Content-Type-Options: nosniff' || fail "the 431 (fields) lacks the security headers"
	still_serving
}

# 600 connections trickling a header byte every 4 s (from another loopback
# address, as one client) neither starve others nor stay past the header
# deadline; hang-ups print nothing.
test_slow_headers_do_not_starve_others() {
	python3 - "$URL" <<'PY' || fail "see above"
import socket, sys, time, urllib.request
url = sys.argv[1]
host, port = url.split('//')[1].split(':')
slow = []
for i in range(600):
    s = socket.socket()
    s.setblocking(True)
    try:
        s.bind(('127.0.0.2', 0))
        s.settimeout(2)
        s.connect((host, int(port)))
        s.send(b'G')
        slow.append(s)
    except OSError:
        s.close()
t0 = time.time()
body = urllib.request.urlopen(url + '/assets/app.css', timeout=5).read()
if not body or time.time() - t0 > 3:
    sys.exit('another client waited %.1f s' % (time.time() - t0))
deadline = time.time() + 16
alive = slow
while time.time() < deadline and alive:
    time.sleep(4)
    still = []
    for s in alive:
        try:
            s.send(b'E')
            s.settimeout(0.01)
            if s.recv(1) == b'':
                s.close(); continue
        except socket.timeout:
            pass
        except OSError:
            s.close(); continue
        still.append(s)
    alive = still
if alive:
    sys.exit('%d slow connections outlived the header deadline' % len(alive))
PY
	! grep -qiE 'error|closed|reset' "$TMP_ROOT/serve.err" || fail "stderr: $(head -3 "$TMP_ROOT/serve.err")"
}

# Last: the server stops on SIGTERM with nothing on stderr from a sanitizer
# (the ASan build's leak check runs at exit; the TSan build reports races).
# More checks at once than the lane's queue holds (IDIOM_WEB_QUEUE_MAX 64;
# from three loopback addresses, since one address may hold only 32
# connections): those past it are answered 503 with Retry-After at once,
# never left to wait; the rest are graded; hanging up drains the queue.
test_full_check_queue_is_503_with_retry_after() {
	run python3 - "$URL" "$FIX/rewrite-gather.py" <<-'EOF'
	import json, socket, sys, time
	from urllib.parse import urlsplit
	u = urlsplit(sys.argv[1])
	answer = "import time\ntime.sleep(0.3)\n" + open(sys.argv[2]).read()
	body = json.dumps({"lesson": "04", "exercise": "rewrite", "answer": answer}).encode()
	head = ("POST /api/check HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
	        "Content-Length: %d\r\n\r\n" % (u.netloc, len(body))).encode()
	socks = []
	for i in range(90):
	    s = socket.socket()
	    s.bind(("127.0.0.%d" % (2 + i % 3), 0))
	    s.connect((u.hostname, u.port))
	    s.sendall(head + body)
	    socks.append(s)
	busy = 0
	start = time.monotonic()
	for s in socks:
	    s.settimeout(0.2)
	    try:
	        first = s.recv(4096).decode(errors="replace")
	    except socket.timeout:
	        continue
	    if first.startswith("HTTP/1.1 503") and "\r\nRetry-After: " in first \
	            and "X-Content-Type-Options: nosniff" in first:
	        busy += 1
	    elif not first.startswith("HTTP/1.1 200"):
	        print("unexpected:", first.split("\r\n")[0])
	for s in socks:
	    s.close()
	print("busy", busy)
	EOF
	expect_status 0
	expect_no_out "unexpected"
	local busy
	busy=$(printf '%s\n' "$out" | sed -n 's/^busy //p')
	# 90 sent, at most 64 queued and one being graded.
	[ "${busy:-0}" -ge 25 ] || fail "only ${busy:-0} of 90 checks were told 503 + Retry-After: $out"
	still_serving
}

test_server_stops_clean() {
	kill -TERM "$SERVER"
	for _ in $(seq 100); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
	! kill -0 "$SERVER" 2>/dev/null || fail "the server did not stop within 10 s of SIGTERM"
	grep -q 'stopped' "$TMP_ROOT/serve.out" || fail "no clean stop: $(tail -3 "$TMP_ROOT/serve.err")"
	! grep -qE 'Sanitizer|runtime error' "$TMP_ROOT/serve.err" ||
		fail "$(grep -E -m5 -A12 'Sanitizer|runtime error' "$TMP_ROOT/serve.err")"
}

test_threads_option() {
	run "$IDIOM" serve --threads 0
	expect_status 2
	expect_err '--threads takes 1..64'
	run "$IDIOM" serve --help
	expect_out '--threads N'
}

test_refuses_a_taken_port() {
	local port=${URL##*:}
	run "$IDIOM" serve --port "$port"
	expect_status 2
	expect_err 'cannot listen'
	run "$IDIOM" serve --port 99999
	expect_status 2
}

t "no include cycle among src/web or src/store" test_no_include_cycles
t "serve prints its URL on 127.0.0.1" test_prints_the_url_on_127
t "catalogue, lesson and progress pages" test_catalogue_and_lesson_pages
t "security headers on every response" test_security_headers
t "a browser check is the terminal's too" test_check_is_shared_with_the_terminal
t "live hints use the static rules" test_hints_are_static_and_fast
t "bad requests, and the server keeps serving" test_bad_requests_then_still_serving
t "cross-site requests are refused" test_cross_site_refused
t "a wrong method is 405 with Allow" test_wrong_method_is_405_with_allow
t "garbage on the socket" test_garbage_on_the_socket
t "a taken port is refused" test_refuses_a_taken_port
t "unknown pages are an HTML 404 with a way back" test_unknown_pages_are_an_html_404
t "failing criteria name the lesson, drop what passes now" test_failing_criteria_name_the_lesson_and_drop_what_passes
t "Run shows the __main__ block's output, records nothing" test_run_shows_the_main_blocks_output
t "Run names the line that raised" test_run_names_the_line_that_raised
t "a draft is restored until a check records the text" test_draft_is_restored_until_a_check_records_the_text
t "hints and pages are not held up by a check" test_hints_are_not_held_up_by_a_check
t "concurrent checks are all answered and recorded" test_concurrent_checks_are_all_recorded
t "--threads is checked" test_threads_option
t "stopping answers the requests it holds" test_stopping_answers_what_it_holds
t "ambiguous framing and two Host headers are refused" test_ambiguous_framing_is_refused
t "oversized paths and headers are answered with the security headers" test_oversized_heads_get_our_headers
t "the lanes and the sandbox run at a lower CPU priority" test_lanes_and_the_sandbox_are_niced
t "slow headers neither starve others nor outlive the deadline" test_slow_headers_do_not_starve_others
t "a full check queue answers 503 with Retry-After" test_full_check_queue_is_503_with_retry_after
t "the server stops clean (no sanitizer reports)" test_server_stops_clean

printf '%s: %d passed, %d failed\n' "web" "$passed" "$failed"
[ "$failed" -eq 0 ]

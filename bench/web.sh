#!/bin/bash
# Load test of `idiom serve` with wrk, against 127.0.0.1 only and bounded in
# time: the lesson page, POST /api/hints (static rules) and POST /api/check
# (whole grading: static + sandboxed run + recorded in the store + saved to
# the workspace) with latency percentiles.  Figures go to docs/PERFORMANCE.md.
#
# The POST bodies are 256 distinct answers (lesson 04's sequential rewrite,
# each with its own comment and parameter name) taken in turn, so nothing can
# answer from a cache.  Each server gets a one-second warm-up first (each
# thread compiles the exercise's rules on its first hint; the first check
# starts the warm Python).  /api/hints is measured twice in the same run:
# with one server thread and with the default (one per CPU), for the ratio.
#
# With BASELINE=path/to/another/idiom (say, a build of an older commit), the
# same /api/hints load runs against it first, in its default configuration,
# for a before/after ratio measured side by side.
#
# Usage: [BASELINE=OLD_IDIOM] bench/web.sh [IDIOM_BINARY] [SECONDS]
cd "$(dirname "$0")/.." || exit 2
IDIOM=${1:-./idiom}
SECONDS_EACH=${2:-10}
command -v wrk >/dev/null || { echo "bench/web.sh: wrk is missing (scripts/deps.sh bench)" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/idiom-bench.XXXXXX")
export IDIOM_HOME="$TMP/home"
SERVER=
stop_server() {
	[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
	SERVER=
}
trap 'stop_server; rm -rf "$TMP"' EXIT

# start_server BINARY [ARGS...]: sets URL.
start_server() {
	local binary=$1
	shift
	"$binary" serve --port 0 "$@" >"$TMP/serve.out" 2>"$TMP/serve.err" &
	SERVER=$!
	for _ in $(seq 100); do grep -q http "$TMP/serve.out" 2>/dev/null && break; sleep 0.1; done
	URL=$(sed -n 's/.*\(http:[^ ]*\)$/\1/p' "$TMP/serve.out")
	URL=${URL%/}
	[ -n "$URL" ] || { echo "bench/web.sh: the server did not start:" >&2; cat "$TMP/serve.err" >&2; exit 1; }
}

python3 - tests/fixtures/run/lesson04/rewrite-sequential.py >"$TMP/bodies.jsonl" <<'PY'
import json, sys
answer = open(sys.argv[1]).read()
for i in range(256):
    text = f"# draft {i}: load both, one after the other\n" + answer.replace("user_id", f"user_id_{i}")
    print(json.dumps({"lesson": "04", "exercise": "rewrite", "answer": text}))
PY
cat >"$TMP/post.lua" <<LUA
-- Every thread builds the 256 requests once, then sends them in turn.
local requests, n, i = {}, 0, 0
function init(args)
	local headers = { ["Content-Type"] = "application/json" }
	for line in io.lines("$TMP/bodies.jsonl") do
		n = n + 1
		requests[n] = wrk.format("POST", nil, headers, line)
	end
end
function request()
	i = i % n + 1
	return requests[i]
end
LUA

# run TITLE WRK-ARGS... URL
run() {
	echo
	echo "== $1"
	shift
	wrk -d1s "$@" >/dev/null 2>&1	# warm-up
	wrk -d"${SECONDS_EACH}s" --latency "$@"
}

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "$BASELINE" ]; then
	start_server "$BASELINE"
	run "POST /api/hints, BASELINE $BASELINE, its defaults, wrk -t2 -c64" \
		-t2 -c64 -s "$TMP/post.lua" "$URL/api/hints"
	stop_server
	echo
fi
start_server "$IDIOM" --threads 1
run "POST /api/hints, ONE server thread (--threads 1), wrk -t2 -c64" \
	-t2 -c64 -s "$TMP/post.lua" "$URL/api/hints"
stop_server

start_server "$IDIOM"
echo
echo "server: idiom serve with its default threads ($(nproc), one per CPU)"
run "GET /lessons/04 (wrk -t2 -c64)" -t2 -c64 "$URL/lessons/04"
run "POST /api/hints, lesson 04 rewrite, static rules only (wrk -t2 -c64)" \
	-t2 -c64 -s "$TMP/post.lua" "$URL/api/hints"
run "POST /api/check, lesson 04 rewrite, whole grading, one learner (wrk -t1 -c1)" \
	-t1 -c1 -s "$TMP/post.lua" "$URL/api/check"
run "POST /api/check, 8 connections at once (wrk -t2 -c8)" \
	-t2 -c8 -s "$TMP/post.lua" "$URL/api/check"
echo
echo "attempts recorded: $(sqlite3 "$IDIOM_HOME/progress.db" 'select count(*) from attempt' 2>/dev/null || echo '?')"
echo "server still answering: $(curl -s -o /dev/null -w '%{http_code}' "$URL/api/lessons")"

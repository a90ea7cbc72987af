#!/bin/bash
# Load test of `idiom serve` with wrk, against 127.0.0.1 only and bounded in
# time: the lesson page, POST /api/hints (static rules), and POST /api/check
# (whole grading: static + sandboxed run + recorded in the store + saved to
# the workspace) with latency percentiles.  Figures go to docs/PERFORMANCE.md.
# Usage: bench/web.sh [IDIOM_BINARY] [SECONDS]
cd "$(dirname "$0")/.." || exit 2
IDIOM=${1:-./idiom}
SECONDS_EACH=${2:-10}
command -v wrk >/dev/null || { echo "bench/web.sh: wrk is missing (scripts/deps.sh bench)" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/idiom-bench.XXXXXX")
export IDIOM_HOME="$TMP/home"

"$IDIOM" serve --port 0 >"$TMP/serve.out" 2>"$TMP/serve.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 100); do grep -q http "$TMP/serve.out" 2>/dev/null && break; sleep 0.1; done
URL=$(sed -n 's/.*\(http:[^ ]*\)$/\1/p' "$TMP/serve.out")
URL=${URL%/}

python3 -c 'import json,sys; print(json.dumps({"lesson": "04", "exercise": "rewrite", "answer": open(sys.argv[1]).read()}))' \
	tests/fixtures/run/lesson04/rewrite-sequential.py >"$TMP/body.json"
cat >"$TMP/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$TMP/body.json")
wrk.body = f:read("*a")
f:close()
LUA

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== GET /lessons/04 (wrk -t2 -c64 -d${SECONDS_EACH}s)"
wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency "$URL/lessons/04"
echo
echo "== POST /api/hints, lesson 04 rewrite, static rules only (wrk -t2 -c64 -d${SECONDS_EACH}s)"
wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency -s "$TMP/post.lua" "$URL/api/hints"
echo
echo "== POST /api/check, lesson 04 rewrite, whole grading, one learner (wrk -t1 -c1 -d${SECONDS_EACH}s)"
wrk -t1 -c1 -d"${SECONDS_EACH}s" --latency -s "$TMP/post.lua" "$URL/api/check"
echo
echo "== POST /api/check, 8 connections at once (wrk -t2 -c8 -d${SECONDS_EACH}s)"
wrk -t2 -c8 -d"${SECONDS_EACH}s" --latency -s "$TMP/post.lua" "$URL/api/check"
echo
echo "attempts recorded: $(sqlite3 "$IDIOM_HOME/progress.db" 'select count(*) from attempt' 2>/dev/null || echo '?')"
echo "server still answering: $(curl -s -o /dev/null -w '%{http_code}' "$URL/api/lessons")"

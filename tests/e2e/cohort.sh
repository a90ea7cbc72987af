#!/bin/bash
# End-to-end tests of `idiom serve --cohort` against a throwaway PostgreSQL of
# its own (scripts/pg.sh, stopped and started during the outage test): the
# contract's routes (design.md, "Contract: cohort server"), every route as
# every role (the IDOR table), retried checks recorded once, cookies, and a
# PostgreSQL outage (503 + Retry-After, recovery without a restart).
# Usage: tests/e2e/cohort.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
export IDIOM_HOME="$TMP_ROOT/home"
PG_DIR=$(mktemp -d /tmp/idiom-cohort-pg.XXXXXX)
chmod 755 "$PG_DIR"
SERVER_PID=""
cleanup() {
	[ -z "$SERVER_PID" ] || kill "$SERVER_PID" 2>/dev/null
	scripts/pg.sh destroy "$PG_DIR" >/dev/null 2>&1
	rm -rf "$TMP_ROOT"
}
trap cleanup EXIT
STORE=$(scripts/pg.sh start "$PG_DIR") || { echo "cannot start PostgreSQL"; exit 1; }
PW="Qv7-tulip-orbit-92x"
J="Content-Type: application/json"

make_instructor() {
	printf '%s\n' "$PW" | "$IDIOM" admin create-instructor "$1" --store "$STORE" >/dev/null
}
make_instructor ada && make_instructor cyd && make_instructor root || exit 1
psql -qtA "$STORE" -c "UPDATE account SET role = 'admin' WHERE username = 'root'" >/dev/null

PORT_FILE="$TMP_ROOT/serve.out"
"$IDIOM" serve --cohort --store "$STORE" --port 0 --threads 2 >"$PORT_FILE" 2>"$TMP_ROOT/serve.err" &
SERVER_PID=$!
for _ in $(seq 50); do grep -q "http://" "$PORT_FILE" && break; sleep 0.1; done
BASE=$(grep -o 'http://[0-9.:]*' "$PORT_FILE")
[ -n "$BASE" ] || { echo "the server did not start: $(cat "$TMP_ROOT/serve.err")"; exit 1; }

# req JAR METHOD PATH [BODY]: leaves $code, $body and $headers.
req() {
	local jar=$1 method=$2 path=$3 data=${4:-}
	local args=(-s -o "$TMP_ROOT/body" -D "$TMP_ROOT/headers" -w '%{http_code}' -X "$method")
	[ "$jar" = none ] || args+=(-b "$TMP_ROOT/$jar.jar" -c "$TMP_ROOT/$jar.jar")
	[ -z "$data" ] || args+=(-H "$J" --data-binary "$data")
	[ "$method" != POST ] || [ -n "$data" ] || args+=(-H "$J" --data-binary '{}')
	code=$(curl "${args[@]}" "$BASE$path")
	body=$(cat "$TMP_ROOT/body")
	headers=$(cat "$TMP_ROOT/headers")
}

login() {
	req "$1" POST /api/login "{\"username\":\"$1\",\"password\":\"$PW\"}"
	[ "$code" = 200 ] || { echo "login $1: $code $body"; exit 1; }
}
login ada; login cyd; login root
req ada POST /api/cohorts '{"name":"Spring"}'
A=$(printf '%s' "$body" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
INVITE_A=$(printf '%s' "$body" | python3 -c 'import json,sys;print(json.load(sys.stdin)["invite"])')
req cyd POST /api/cohorts '{"name":"Autumn"}'
INVITE_B=$(printf '%s' "$body" | python3 -c 'import json,sys;print(json.load(sys.stdin)["invite"])')
req bob POST /api/signup "{\"invite\":\"$INVITE_A\",\"username\":\"bob\",\"password\":\"$PW\"}"
req dan POST /api/signup "{\"invite\":\"$INVITE_B\",\"username\":\"dan\",\"password\":\"$PW\"}"
CHECK='{"lesson":"04","exercise":"rewrite","answer":"async def load_config_and_user(user_id):\n    return 1\n"}'

test_login_sets_a_safe_cookie() {
	req none POST /api/login "{\"username\":\"ada\",\"password\":\"$PW\"}"
	[ "$code" = 200 ] || fail "login: $code"
	printf '%s' "$headers" | grep -i '^set-cookie: idiom_session=' | grep -q 'HttpOnly; SameSite=Lax' ||
		fail "cookie lacks HttpOnly/SameSite: $headers"
	printf '%s' "$headers" | grep -i '^set-cookie:' | grep -q 'Path=/' || fail "cookie lacks Path=/"
	! printf '%s' "$headers" | grep -i '^set-cookie:' | grep -q Secure || fail "Secure over plain http"
	req none POST /api/login "{\"username\":\"ada\",\"password\":\"wrong-password-here\"}"
	[ "$code" = 401 ] || fail "wrong password: $code"
	req none POST /api/login "{\"username\":\"nobody-here\",\"password\":\"$PW\"}"
	[ "$code" = 401 ] || fail "unknown user: $code"
}

test_signup_errors() {
	req none POST /api/signup "{\"invite\":\"$INVITE_A\",\"username\":\"bob\",\"password\":\"$PW\"}"
	[ "$code" = 409 ] || fail "name taken: $code $body"
	req none POST /api/signup "{\"invite\":\"not-an-invite\",\"username\":\"eve\",\"password\":\"$PW\"}"
	[ "$code" = 400 ] || fail "bad invite: $code $body"
	req none POST /api/signup "{\"invite\":\"$INVITE_A\",\"username\":\"eve\",\"password\":\"short\"}"
	[ "$code" = 400 ] || fail "weak password: $code $body"
	req none POST /api/signup '{"invite":1}'
	[ "$code" = 400 ] || fail "malformed: $code"
}

# Every route as every role: nobody, a learner of A, A's instructor, B's
# instructor, an admin.  A 2xx where this table says 4xx is a leak.
test_every_route_for_every_role() {
	local route expect got role i method path data
	while IFS='|' read -r route expect; do
		[ -n "$route" ] || continue
		i=0
		for role in none bob ada cyd root; do
			i=$((i + 1))
			read -r method path data <<<"$route"
			req "$role" "$method" "$path" "$data"
			got=$(printf '%s' "$expect" | cut -d' ' -f$i)
			[ "$code" = "$got" ] || fail "$route as $role: $code, expected $got ($body)"
		done
	done <<ROUTES
GET /api/progress|401 200 403 403 403
POST /api/check $CHECK|401 200 403 403 403
GET /api/lessons|401 200 403 403 403
GET /api/lessons/04|401 200 403 403 403
POST /api/hint {"lesson":"04","exercise":"rewrite"}|401 200 403 403 403
POST /api/hints $CHECK|401 200 200 200 200
GET /|303 200 403 403 403
GET /progress|303 200 403 403 403
GET /lessons/04|303 200 200 200 200
GET /assets/app.css|200 200 200 200 200
POST /api/cohorts {"name":"More"}|403 403 201 201 201
GET /api/cohorts/$A/gradebook|403 403 200 403 200
GET /api/cohorts/$A/gradebook.csv|403 403 200 403 200
GET /api/cohorts/$A/other|403 403 404 404 404
GET /healthz|200 200 200 200 200
ROUTES
}

test_gradebook_shows_only_that_cohort() {
	req ada GET "/api/cohorts/$A/gradebook"
	printf '%s' "$body" | grep -q '"username":"bob"' || fail "bob missing: $body"
	! printf '%s' "$body" | grep -q '"dan"' || fail "dan of another cohort shown: $body"
	printf '%s' "$body" | grep -q '"lesson":"04","status":"started","attempts":' || fail "lesson 04: $body"
	req ada GET "/api/cohorts/$A/gradebook.csv"
	printf '%s' "$body" | head -1 | grep -q '^username,lesson,status,attempts' || fail "csv: $body"
}

test_progress_is_the_learners_own() {
	req dan POST /api/check "$CHECK"
	req dan POST /api/check "$CHECK"
	req dan GET /api/progress
	printf '%s' "$body" | grep -q '"number":"04"[^}]*"attempts":2' || fail "dan's progress: $body"
	req bob GET /api/progress
	! printf '%s' "$body" | grep -q '"number":"04"[^}]*"attempts":[2-9]' || fail "bob sees dan's attempts"
}

test_retried_check_is_recorded_once() {
	local id=9f0b5c4e-1d2a-4b3c-8d7e-6f5a4b3c2d1e first n
	req bob POST /api/check "${CHECK%\}},\"attempt_id\":\"$id\"}"
	[ "$code" = 200 ] || fail "first: $code $body"
	first=$body
	req bob POST /api/check "${CHECK%\}},\"attempt_id\":\"$id\"}"
	[ "$code" = 200 ] || fail "retry: $code"
	[ "$body" = "$first" ] || fail "the retry got another report"
	n=$(psql -qtA "$STORE" -c "SELECT count(*) FROM store_attempt WHERE id = '${id//-/}'")
	[ "$n" = 1 ] || fail "recorded $n times"
	req bob POST /api/check "${CHECK%\}},\"attempt_id\":\"not a uuid\"}"
	[ "$code" = 400 ] || fail "bad attempt id: $code"
}

test_logout_ends_the_session() {
	login bob
	req bob POST /api/logout
	[ "$code" = 200 ] || fail "logout: $code"
	printf '%s' "$headers" | grep -i '^set-cookie:' | grep -q 'Max-Age=0' || fail "cookie not cleared"
	req bob GET /api/progress
	[ "$code" = 401 ] || fail "after logout: $code"
}

test_store_outage_is_503_and_recovers() {
	login bob
	scripts/pg.sh stop "$PG_DIR" >/dev/null
	req none GET /healthz
	[ "$code" = 503 ] || fail "healthz while down: $code"
	req bob GET /api/progress
	[ "$code" = 503 ] || fail "progress while down: $code $body"
	printf '%s' "$headers" | grep -qi '^retry-after: [0-9]' || fail "no Retry-After: $headers"
	req bob POST /api/check "$CHECK"
	[ "$code" = 503 ] || fail "check while down: $code"
	kill -0 "$SERVER_PID" || fail "the server died"
	scripts/pg.sh start "$PG_DIR" >/dev/null
	req none GET /healthz
	[ "$code" = 200 ] || fail "healthz after: $code"
	req bob GET /api/progress
	[ "$code" = 200 ] || fail "progress after: $code $body"
}

t login_sets_a_safe_cookie test_login_sets_a_safe_cookie
t signup_errors test_signup_errors
t every_route_for_every_role test_every_route_for_every_role
t gradebook_shows_only_that_cohort test_gradebook_shows_only_that_cohort
t progress_is_the_learners_own test_progress_is_the_learners_own
t retried_check_is_recorded_once test_retried_check_is_recorded_once
t logout_ends_the_session test_logout_ends_the_session
t store_outage_is_503_and_recovers test_store_outage_is_503_and_recovers
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

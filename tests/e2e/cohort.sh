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
GET /|303 200 303 303 303
GET /progress|303 200 303 303 303
GET /lessons/04|303 200 200 200 200
GET /assets/app.css|200 200 200 200 200
POST /api/cohorts {"name":"More"}|403 403 201 201 201
GET /api/cohorts/$A/gradebook|403 403 200 403 200
GET /api/cohorts/$A/gradebook.csv|403 403 200 403 200
GET /api/cohorts/$A/other|403 403 404 404 404
POST /api/cohorts/$A/invites|403 403 201 403 201
POST /api/cohorts/$A/revoke|403 403 200 403 200
POST /api/cohorts/$A/gradebook|403 403 404 404 404
POST /api/cohorts/999999/invites|403 403 403 403 403
GET /login|200 200 200 200 200
GET /signup|200 200 200 200 200
GET /cohorts|303 403 200 200 200
GET /cohorts/$A|303 403 200 403 200
GET /cohorts/$A?sort=04|303 403 200 403 200
GET /cohorts/999999|303 403 403 403 403
GET /cohorts/x|303 403 404 404 404
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

test_invites_are_made_and_revoked() {
	local fresh
	req ada POST "/api/cohorts/$A/invites"
	[ "$code" = 201 ] || fail "new invite: $code $body"
	fresh=$(printf '%s' "$body" | python3 -c 'import json,sys;print(json.load(sys.stdin)["invite"])')
	req ada POST "/api/cohorts/$A/revoke"
	[ "$code" = 200 ] && printf '%s' "$body" | grep -q '"revoked":[1-9]' || fail "revoke: $code $body"
	req none POST /api/signup "{\"invite\":\"$fresh\",\"username\":\"eve\",\"password\":\"$PW\"}"
	[ "$code" = 400 ] || fail "a revoked invite admitted eve: $code $body"
	req ada POST "/api/cohorts/$A/invites"
	fresh=$(printf '%s' "$body" | python3 -c 'import json,sys;print(json.load(sys.stdin)["invite"])')
	req none POST /api/signup "{\"invite\":\"$fresh\",\"username\":\"eve\",\"password\":\"$PW\"}"
	[ "$code" = 201 ] || fail "a new invite after revoking: $code $body"
	req cyd POST "/api/cohorts/$A/revoke"
	[ "$code" = 403 ] || fail "another instructor revoked: $code"
}

# The instructor's pages: names escaped, the gradebook sorted by a column,
# the criteria failed most per exercise with counts.
test_instructor_pages() {
	req ada POST /api/cohorts '{"name":"<script>x</script>"}'
	req ada GET /cohorts
	printf '%s' "$body" | grep -q '&lt;script&gt;x&lt;/script&gt;' || fail "cohort name not escaped"
	! printf '%s' "$body" | grep -q '<script>x' || fail "raw name in the page"
	local fresh
	req ada POST "/api/cohorts/$A/invites"
	fresh=$(printf '%s' "$body" | python3 -c 'import json,sys;print(json.load(sys.stdin)["invite"])')
	req none POST /api/signup "{\"invite\":\"$fresh\",\"username\":\"abe\",\"password\":\"$PW\"}"
	[ "$code" = 201 ] || fail "abe: $code $body"
	req ada GET "/cohorts/$A"
	[ "$code" = 200 ] || fail "gradebook page: $code"
	printf '%s' "$body" | grep -q '<th scope="row" class="learner">bob</th>' || fail "bob missing: $body"
	printf '%s' "$body" | grep -q '<h3>Lesson 04, rewrite</h3>' || fail "no failing criteria: $body"
	printf '%s' "$body" | grep -qE '<td>[^<]+</td><td>[1-9][0-9]*</td>' || fail "no counts: $body"
	printf '%s' "$body" | grep -q 'gradebook.csv' || fail "no CSV link"
	# bob has started 04 (the route table checked as him), abe has not:
	# by name (the default) abe comes first, by lesson 04 bob does.
	[ "$(printf '%s' "$body" | grep -o 'class="learner">[a-z]*' | head -1)" = 'class="learner">abe' ] ||
		fail "the default order is not by name"
	req ada GET "/cohorts/$A?sort=04"
	printf '%s' "$body" | grep -q 'href="?sort=04" aria-current' || fail "04 not the sorted column"
	[ "$(printf '%s' "$body" | grep -o 'class="learner">[a-z]*' | head -1)" = 'class="learner">bob' ] ||
		fail "sort=04 does not put bob first"
	req ada GET "/cohorts/$A?sort=name"
	printf '%s' "$body" | grep -q 'href="?sort=name" aria-current' || fail "name not the sorted column"
	[ "$(printf '%s' "$body" | grep -o 'class="learner">[a-z]*' | head -1)" = 'class="learner">abe' ] ||
		fail "sort=name does not put abe first"
}

test_pages_say_who_is_signed_in() {
	req ada GET /cohorts
	printf '%s' "$body" | grep -q '<span class="who">ada</span><button type="button" class="signout">' ||
		fail "no sign-out for ada: $body"
	req none GET /login
	! printf '%s' "$body" | grep -q 'class="signout"' || fail "sign-out shown to nobody"
	req none GET /signup
	printf '%s' "$body" | grep -q 'at least 12 characters' || fail "password rules not said"
	req none GET /cohorts
	printf '%s' "$headers" | grep -qi '^location: /login' || fail "no redirect to /login: $headers"
	req ada GET /
	printf '%s' "$headers" | grep -qi '^location: /cohorts' || fail "ada not sent to /cohorts: $headers"
	req ada GET /api/progress
	[ "$code" = 403 ] || fail "the API redirected: $code"
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

# Sign-ins have a lane of their own: a burst of them (Argon2id each) never
# holds the pool threads that answer live hints.
test_hints_do_not_wait_behind_sign_ins() {
	local i slowest
	req bob POST /api/login "{\"username\":\"bob\",\"password\":\"$PW\"}"
	for i in $(seq 16); do
		curl -s -o /dev/null -H "$J" --data-binary \
			"{\"username\":\"ada\",\"password\":\"wrong-password-$i-x\"}" "$BASE/api/login" &
	done
	sleep 0.2
	slowest=$(for i in $(seq 6); do
		curl -s -o /dev/null -w '%{time_total}\n' -b "$TMP_ROOT/bob.jar" -H "$J" --data-binary \
			'{"lesson":"04","exercise":"rewrite","answer":"async def f():\n    pass\n"}' \
			"$BASE/api/hints"
		sleep 0.1
	done | sort -n | tail -1)
	wait
	python3 -c "import sys; sys.exit(0 if float('$slowest') < 0.5 else 1)" ||
		fail "a live hint waited ${slowest}s behind sign-ins"
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
t invites_are_made_and_revoked test_invites_are_made_and_revoked
t instructor_pages test_instructor_pages
t pages_say_who_is_signed_in test_pages_say_who_is_signed_in
t progress_is_the_learners_own test_progress_is_the_learners_own
t retried_check_is_recorded_once test_retried_check_is_recorded_once
t logout_ends_the_session test_logout_ends_the_session
t hints_do_not_wait_behind_sign_ins test_hints_do_not_wait_behind_sign_ins
t store_outage_is_503_and_recovers test_store_outage_is_503_and_recovers
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

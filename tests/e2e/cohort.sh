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
	[ -z "${CSRF:-}" ] || args+=(-H "X-CSRF-Token: $CSRF")
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

# The name in the gradebook's first row (each links to the learner's page).
first_learner() {
	printf '%s' "$body" | grep -o 'class="learner"><a href="/learners/[0-9]*">[a-z]*' | head -1 |
		sed 's/.*">//'
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
	printf '%s' "$body" | grep -qE '<th scope="row" class="learner"><a href="/learners/[0-9]+">bob</a></th>' || fail "bob missing: $body"
	printf '%s' "$body" | grep -q '<h3>Lesson 04, rewrite</h3>' || fail "no failing criteria: $body"
	printf '%s' "$body" | grep -qE '<td>[^<]+</td><td>[1-9][0-9]*</td>' || fail "no counts: $body"
	printf '%s' "$body" | grep -q 'gradebook.csv' || fail "no CSV link"
	# bob has started 04 (the route table checked as him), abe has not:
	# by name (the default) abe comes first, by lesson 04 bob does.
	[ "$(first_learner)" = abe ] ||
		fail "the default order is not by name"
	req ada GET "/cohorts/$A?sort=04"
	printf '%s' "$body" | grep -q 'href="?sort=04" aria-current' || fail "04 not the sorted column"
	[ "$(first_learner)" = bob ] ||
		fail "sort=04 does not put bob first"
	req ada GET "/cohorts/$A?sort=name"
	printf '%s' "$body" | grep -q 'href="?sort=name" aria-current' || fail "name not the sorted column"
	[ "$(first_learner)" = abe ] ||
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

# ---- a learner's page, reset links, import, hints (issue 14) ----
BOB=$(psql -qtA "$STORE" -c "SELECT id FROM account WHERE username = 'bob'")
DAN=$(psql -qtA "$STORE" -c "SELECT id FROM account WHERE username = 'dan'")

# csrf_of ROLE: the CSRF token of ROLE's session (web/csrf.h): the SHA-256
# of "idiom-csrf:" and the session cookie's token.
csrf_of() {
	local token
	token=$(awk '$6 == "idiom_session" { print $7 }' "$TMP_ROOT/$1.jar" 2>/dev/null)
	printf 'idiom-csrf:%s' "$token" | sha256sum | cut -d' ' -f1
}

# Reads "METHOD PATH [BODY]|none bob ada cyd root" rows on stdin and checks
# each route as each role; WITH_CSRF 1 sends each role's CSRF token.
route_table() {
	local with_csrf=$1 route expect got role i method path data
	while IFS='|' read -r route expect; do
		[ -n "$route" ] || continue
		i=0
		for role in none bob ada cyd root; do
			i=$((i + 1))
			read -r method path data <<<"$route"
			if [ "$with_csrf" = 1 ]; then
				CSRF=$(csrf_of "$role") req "$role" "$method" "$path" "$data"
			else
				req "$role" "$method" "$path" "$data"
			fi
			got=$(printf '%s' "$expect" | cut -d' ' -f$i)
			[ "$code" = "$got" ] || fail "$route as $role: $code, expected $got ($body)"
		done
	done
}

# bob is ada's (cohort A), dan is cyd's (cohort B).  A learner reads only
# their own attempts; an instructor only their cohorts' learners'.
test_learner_routes_for_every_role() {
	route_table 0 <<ROUTES
GET /api/learners/$BOB/attempts|401 200 200 403 200
GET /api/learners/$DAN/attempts|401 403 403 200 200
GET /learners/$BOB|303 200 200 403 200
GET /learners/$DAN|303 403 403 200 200
GET /api/learners/999999/attempts|401 403 403 403 404
GET /learners/999999|303 403 403 403 404
GET /api/learners/$BOB/other|401 404 404 404 404
GET /learners/x|303 404 404 404 404
POST /api/learners/$BOB/reset|401 403 403 403 403
POST /api/learners/$BOB/attempts|401 404 404 404 404
POST /api/reset {"token":"not-a-token","password":"Qv7-tulip-orbit-93y"}|400 400 400 400 400
GET /reset|200 200 200 200 200
GET /import|303 200 303 303 303
POST /api/import {"attempts":[],"events":[]}|401 403 403 403 403
ROUTES
	route_table 1 <<ROUTES
POST /api/learners/$BOB/reset|401 403 201 403 201
POST /api/learners/$DAN/reset|401 403 403 201 201
POST /api/learners/999999/reset|401 403 403 403 404
POST /api/import {"format":"idiom-progress","version":1,"attempts":[],"events":[]}|401 200 403 403 403
ROUTES
}

# Two answers of bob's: the page shows both reports and the diff between
# them, lines marked, the learner's text escaped.
test_learner_page_shows_attempts_and_diffs() {
	req bob POST /api/check '{"lesson":"04","exercise":"practice","answer":"def first():\n    return \"<script>alert(1)</script>\"\n"}'
	[ "$code" = 200 ] || fail "first check: $code $body"
	req bob POST /api/check '{"lesson":"04","exercise":"practice","answer":"async def first():\n    return \"<script>alert(1)</script>\"\n"}'
	req ada GET "/learners/$BOB"
	[ "$code" = 200 ] || fail "page: $code"
	printf '%s' "$body" | grep -q '<h1>bob</h1>' || fail "no name"
	printf '%s' "$body" | grep -q 'data-exercise="04-practice"><h2>Lesson 04, practice</h2>' ||
		fail "no practice section: $body"
	printf '%s' "$body" | grep -q '<span class="del"><span class="no">1</span><span class="no"></span>- def first():</span>' ||
		fail "no removed line: $body"
	printf '%s' "$body" | grep -q '<span class="add"><span class="no"></span><span class="no">1</span>+ async def first():</span>' ||
		fail "no added line"
	printf '%s' "$body" | grep -q 'Changes from attempt 1: <span class="added">+1</span> <span class="removed">-1</span>' ||
		fail "no change counts"
	printf '%s' "$body" | grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' || fail "answer not shown escaped"
	! printf '%s' "$body" | grep -q '<script>alert' || fail "raw learner text in the page"
	printf '%s' "$body" | grep -qE '<ul class="criteria"><li class="(pass|fail)">' || fail "no criteria"
	printf '%s' "$body" | grep -q 'class="make-reset"' || fail "no reset button for the instructor"
	req ada GET "/api/learners/$BOB/attempts"
	printf '%s' "$body" | python3 -c '
import json, sys
d = json.load(sys.stdin)
ex = [e for e in d["exercises"] if e["lesson"] == "04" and e["exercise"] == "practice"][0]
a = ex["attempts"]
assert d["username"] == "bob" and len(a) >= 2, d
assert [x["number"] for x in a] == sorted(x["number"] for x in a), "oldest first"
assert a[-1]["answer"].startswith("async def first()"), a[-1]
assert a[-1]["report"]["criteria"][0]["title"], a[-1]["report"]
' || fail "attempts JSON: $body"
	req bob GET "/learners/$BOB"
	! printf '%s' "$body" | grep -q 'class="make-reset"' || fail "a reset button for the learner"
	printf '%s' "$body" | grep -q '<a href="/progress">Progress</a> ›' || fail "the learner's crumbs lead to /cohorts"
}

# Hints of a cohort learner are hint events in PostgreSQL: one more each
# time, counted in the gradebook and on the learner's page.
test_hints_are_counted_in_postgresql() {
	local n1 n2 rows
	req bob POST /api/hint '{"lesson":"04","exercise":"reflect"}'
	[ "$code" = 200 ] || fail "hint: $code $body"
	n1=$(printf '%s' "$body" | python3 -c 'import json,sys;print(len(json.load(sys.stdin)["hints"]))')
	req bob POST /api/hint '{"lesson":"04","exercise":"reflect"}'
	n2=$(printf '%s' "$body" | python3 -c 'import json,sys;print(len(json.load(sys.stdin)["hints"]))')
	[ "$n2" = $((n1 + 1)) ] || fail "the second hint showed $n2 hints after $n1"
	rows=$(psql -qtA "$STORE" -c "SELECT count(*) FROM store_event WHERE learner_id = $BOB AND kind = 'hint' AND exercise = 'reflect'")
	[ "$rows" -ge 2 ] || fail "$rows hint events of reflect in PostgreSQL"
	req ada GET "/cohorts/$A"
	printf '%s' "$body" | grep -qE '<span class="hints">[2-9][0-9]* hints</span>' || fail "no hints in the gradebook"
	req ada GET "/learners/$BOB"
	printf '%s' "$body" | grep -qE 'data-exercise="04-reflect"><h2>Lesson 04, reflect</h2><p class="meta">0 attempts · [2-9][0-9]* hints taken' ||
		fail "no hints on the learner's page: $body"
}

# A reset link works once, sets a password the policy accepts, and signs
# the learner out everywhere; only their instructor (or an admin) makes one.
test_reset_link_sets_a_new_password_once() {
	local invite token flo new="Kx4-lantern-meadow-57q"
	req ada POST "/api/cohorts/$A/invites"
	invite=$(printf '%s' "$body" | python3 -c 'import json,sys;print(json.load(sys.stdin)["invite"])')
	req flo POST /api/signup "{\"invite\":\"$invite\",\"username\":\"flo\",\"password\":\"$PW\"}"
	[ "$code" = 201 ] || fail "flo: $code $body"
	flo=$(psql -qtA "$STORE" -c "SELECT id FROM account WHERE username = 'flo'")
	req ada POST "/api/learners/$flo/reset"
	[ "$code" = 403 ] || fail "no CSRF token: $code"
	CSRF=0000 req ada POST "/api/learners/$flo/reset"
	[ "$code" = 403 ] || fail "a wrong CSRF token: $code"
	CSRF=$(csrf_of ada) req ada POST "/api/learners/$flo/reset"
	[ "$code" = 201 ] || fail "reset link: $code $body"
	token=$(printf '%s' "$body" | python3 -c 'import json,sys;d=json.load(sys.stdin);assert d["link"]=="/reset?token="+d["token"];print(d["token"])')
	[ "$(psql -qtA "$STORE" -c "SELECT count(*) FROM password_reset WHERE token_hash = '$token'")" = 0 ] ||
		fail "the token is stored as it is"
	req none POST /api/reset "{\"token\":\"$token\",\"password\":\"short\"}"
	[ "$code" = 400 ] || fail "a short password: $code"
	req none POST /api/reset "{\"token\":\"$token\",\"password\":\"Password1234!\"}"
	[ "$code" = 400 ] && printf '%s' "$body" | grep -qi common || fail "a common password: $code $body"
	req flo GET /api/progress
	[ "$code" = 200 ] || fail "a refused password signed flo out: $code"
	req none POST /api/reset "{\"token\":\"$token\",\"password\":\"$new\"}"
	[ "$code" = 200 ] || fail "reset: $code $body"
	req flo GET /api/progress
	[ "$code" = 401 ] || fail "flo's session outlived the reset: $code"
	req none POST /api/reset "{\"token\":\"$token\",\"password\":\"Zm8-harbor-violet-31k\"}"
	[ "$code" = 400 ] || fail "the link worked twice: $code"
	req none POST /api/login "{\"username\":\"flo\",\"password\":\"$PW\"}"
	[ "$code" = 401 ] || fail "the old password still works: $code"
	req none POST /api/login "{\"username\":\"flo\",\"password\":\"$new\"}"
	[ "$code" = 200 ] || fail "the new password: $code $body"
	req none GET "/reset?token=$token"
	printf '%s' "$body" | grep -q '<form class="auth" id="reset"' || fail "no reset form"
}

# make_export FILE: a local history (one checked attempt, a start and a
# hint) exported by idiom itself into FILE.
make_export() {
	local home
	home=$(mktemp -d "$TMP_ROOT/local.XXXXXX")
	IDIOM_HOME=$home "$IDIOM" start 04 >/dev/null 2>&1
	IDIOM_HOME=$home "$IDIOM" check 04 rewrite >/dev/null 2>&1
	IDIOM_HOME=$home "$IDIOM" hint 04 rewrite >/dev/null 2>&1
	IDIOM_HOME=$home "$IDIOM" progress --export "$1" >/dev/null 2>&1
}

# dan's local export (made by idiom itself) goes into his cohort account
# once however often he imports it; the page marks those attempts.
test_import_of_a_local_export() {
	local file="$TMP_ROOT/export.json" id n
	make_export "$file" || fail "no export"
	id=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["attempts"][0]["id"])' "$file")
	[ -n "$id" ] || fail "the export has no attempt"
	req dan POST /api/import "$(cat "$file")"
	[ "$code" = 403 ] || fail "an import without the CSRF token: $code"
	CSRF=$(csrf_of dan) req dan POST /api/import "$(cat "$file")"
	[ "$code" = 200 ] || fail "import: $code $body"
	printf '%s' "$body" | grep -qE '"added":[3-9]' || fail "added: $body"
	CSRF=$(csrf_of dan) req dan POST /api/import "$(cat "$file")"
	[ "$code" = 200 ] && printf '%s' "$body" | grep -q '"added":0' || fail "the second import added: $body"
	n=$(psql -qtA "$STORE" -c "SELECT count(*) FROM store_attempt WHERE id = '$id'")
	[ "$n" = 1 ] || fail "the attempt is stored $n times"
	n=$(psql -qtA "$STORE" -c "SELECT count(*) FROM imported_attempt WHERE learner_id = $DAN AND attempt_id = '$id'")
	[ "$n" = 1 ] || fail "the attempt is not marked imported"
	CSRF=$(csrf_of dan) req dan POST /api/import '{"format":"idiom-progress","version":1,"attempts":[{"id":"zz"}],"events":[]}'
	[ "$code" = 400 ] && printf '%s' "$body" | grep -q 'cannot import this file: ' || fail "bad file: $code $body"
	CSRF=$(csrf_of dan) req dan POST /api/import 'not json'
	[ "$code" = 400 ] || fail "not JSON: $code $body"
	req cyd GET "/learners/$DAN"
	printf '%s' "$body" | grep -q 'class="tag imported"' || fail "imported attempts not marked"
	req cyd GET "/cohorts/$(psql -qtA "$STORE" -c "SELECT cohort_id FROM cohort_member WHERE learner_id = $DAN")"
	printf '%s' "$body" | grep -qE '<span class="imported" [^>]*>[1-9][0-9]* imported</span>' ||
		fail "the gradebook does not say dan's attempts were imported"
	req dan GET /progress
	printf '%s' "$body" | grep -q '<a href="/import">Import</a>' || fail "no Import link for the learner"
	req dan GET /import
	printf '%s' "$body" | grep -qE '<form class="auth" id="import" [^>]*data-csrf="[0-9a-f]{64}"' || fail "no import form"
}

# `idiom progress --import FILE --store URL --learner NAME`: the same import
# from the command line, into a learner's account only.
test_cli_import_into_a_learners_account() {
	local file="$TMP_ROOT/cli-export.json" out id n
	make_export "$file" || fail "no export"
	id=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["attempts"][0]["id"])' "$file")
	out=$("$IDIOM" progress --import "$file" --store "$STORE" --learner bob 2>&1) ||
		fail "import: $? $out"
	printf '%s' "$out" | grep -qE "into bob's account: added [3-9]" || fail "import said: $out"
	out=$("$IDIOM" progress --import "$file" --store "$STORE" --learner BOB 2>&1)
	printf '%s' "$out" | grep -q "added 0, already had" || fail "the second import: $out"
	n=$(psql -qtA "$STORE" -c "SELECT count(*) FROM imported_attempt WHERE learner_id = $BOB AND attempt_id = '$id'")
	[ "$n" = 1 ] || fail "not marked imported: $n"
	out=$("$IDIOM" progress --import "$file" --store "$STORE" --learner ada 2>&1)
	[ $? = 1 ] && printf '%s' "$out" | grep -q "not a learner" || fail "into an instructor: $out"
	out=$("$IDIOM" progress --import "$file" --store "$STORE" --learner nobody-here 2>&1)
	[ $? = 1 ] && printf '%s' "$out" | grep -q "no account called 'nobody-here'" || fail "nobody: $out"
	out=$("$IDIOM" progress --import "$file" --store "$STORE" 2>&1)
	[ $? = 2 ] && printf '%s' "$out" | grep -q "go together" || fail "no --learner: $out"
	printf '{"format":"idiom-progress","version":1,"attempts":[{"id":"zz"}],"events":[]}' >"$TMP_ROOT/bad.json"
	out=$("$IDIOM" progress --import "$TMP_ROOT/bad.json" --store "$STORE" --learner bob 2>&1)
	[ $? = 2 ] && printf '%s' "$out" | grep -q "nothing was imported" || fail "a bad file: $out"
}

# ---- answer review: shapes, comments on a shape, verdict overrides, "add to
# the course" (docs/cohort.md).  fay and gus answer lesson 04's rewrite with
# asyncio.gather in different words, names and comments (one shape); hal
# awaits one call after the other (another shape); ivy is of cohort B.

# The CSRF token of JAR's session (web/csrf.h: SHA-256 of "idiom-csrf:" and the token).
csrf() {
	python3 - "$TMP_ROOT/$1.jar" <<'PY'
import hashlib, sys
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    if len(f) == 7 and f[5] == "idiom_session":
        print(hashlib.sha256(("idiom-csrf:" + f[6]).encode()).hexdigest())
PY
}

# json KEY=VALUE...: a JSON object of strings.
json() {
	python3 -c 'import json,sys;print(json.dumps(dict(a.split("=", 1) for a in sys.argv[1:])))' "$@"
}

# check_as USER UUID ANSWER: a check of 04 rewrite recorded as attempt UUID.
check_as() {
	req "$1" POST /api/check "$(json lesson=04 exercise=rewrite "answer=$3" "attempt_id=$2")"
	[ "$code" = 200 ] || { echo "check as $1: $code $body"; exit 1; }
}

GATHER_FAY='import asyncio


async def load_config_and_user(user_id):
    config, user = await asyncio.gather(load_config(), fetch_user(user_id))
    return {"config": config, "user": user}
'
GATHER_GUS='"""Both at once."""
import asyncio

async def load_config_and_user( uid ):
    # the two calls do not depend on each other
    cfg , who = await asyncio.gather(
        load_config(),
        fetch_user(uid))
    return {'"'"'config'"'"': cfg, "user": who}
'
SEQUENTIAL_HAL='async def load_config_and_user(user_id):
    config = await load_config()
    user = await fetch_user(user_id)
    return {"config": config, "user": user}
'
req ada POST "/api/cohorts/$A/invites"
REVIEW_INVITE=$(printf '%s' "$body" | python3 -c 'import json,sys;print(json.load(sys.stdin)["invite"])')
for who in fay gus hal; do
	req "$who" POST /api/signup "{\"invite\":\"$REVIEW_INVITE\",\"username\":\"$who\",\"password\":\"$PW\"}"
	[ "$code" = 201 ] || { echo "signup $who: $code $body"; exit 1; }
done
FAY_ATTEMPT=11111111-2222-4333-8444-555555555555
check_as fay "$FAY_ATTEMPT" "$GATHER_FAY"
FAY_ATTEMPT=${FAY_ATTEMPT//-/}
check_as gus 21111111-2222-4333-8444-555555555555 "$GATHER_GUS"
check_as hal 31111111-2222-4333-8444-555555555555 "$SEQUENTIAL_HAL"
HAL_ATTEMPT=31111111222243338444555555555555
req ivy POST /api/signup "{\"invite\":\"$INVITE_B\",\"username\":\"ivy\",\"password\":\"$PW\"}"
[ "$code" = 201 ] || { echo "signup ivy: $code $body"; exit 1; }
check_as ivy 41111111-2222-4333-8444-555555555555 "$SEQUENTIAL_HAL"
IVY_ATTEMPT=41111111222243338444555555555555
SEQ_TITLE='Does not assume concurrency where plain sequential async work is enough'

# The shape fay and gus share, from ada's shapes list.
shared_shape() {
	req ada GET "/api/shapes/$A/04/rewrite"
	printf '%s' "$body" | python3 -c '
import json, sys
for s in json.load(sys.stdin)["shapes"]:
    if sorted(a["username"] for a in s["answers"]) == ["fay", "gus"]:
        print(s["shape"])'
}

# Review routes as nobody, a learner of A (bob), A's instructor (ada), B's
# instructor (cyd) and an admin (root); CSRF stands for the role's token.
test_review_routes_for_every_role() {
	local route expect got role i method path data shape
	shape=$(shared_shape)
	[ -n "$shape" ] || fail "no shape shared by fay and gus: $body"
	while IFS='|' read -r route expect; do
		[ -n "$route" ] || continue
		i=0
		for role in none bob ada cyd root; do
			i=$((i + 1))
			read -r method path data <<<"$route"
			[ "$role" = none ] || data=${data//CSRF/$(csrf "$role")}
			req "$role" "$method" "$path" "$data"
			got=$(printf '%s' "$expect" | cut -d' ' -f$i)
			[ "$code" = "$got" ] || fail "$route as $role: $code, expected $got ($body)"
		done
	done <<ROUTES
GET /api/shapes/$A/04/rewrite|403 403 200 403 200
GET /api/shapes/999999/04/rewrite|403 403 403 403 403
GET /api/shapes/$A/99/rewrite|403 403 404 404 404
GET /api/shapes/$A/04/nothing|403 403 404 404 404
POST /api/shapes/$A/04/rewrite {"shape":"$shape","comment":"","csrf":"CSRF"}|403 403 200 403 200
POST /api/overrides {"learner":"hal","attempt":"$HAL_ATTEMPT","criterion":"$SEQ_TITLE","verdict":"pass","comment":"ok","csrf":"CSRF"}|403 403 201 403 201
POST /api/overrides {"learner":"ivy","attempt":"$IVY_ATTEMPT","criterion":"$SEQ_TITLE","verdict":"pass","comment":"ok","csrf":"CSRF"}|403 403 403 201 201
POST /api/overrides {"learner":"nobody-at-all","attempt":"x","criterion":"x","verdict":"pass","comment":"ok","csrf":"CSRF"}|403 403 403 403 403
POST /api/examples/export {"learner":"hal","attempt":"$HAL_ATTEMPT","csrf":"CSRF"}|403 403 200 403 200
POST /api/examples/export {"learner":"ivy","attempt":"$IVY_ATTEMPT","csrf":"CSRF"}|403 403 403 200 200
GET /api/review/04/rewrite|401 200 403 403 403
GET /api/review/04/nothing|401 404 403 403 403
GET /shapes/$A/04/rewrite|303 403 200 403 200
GET /shapes/999999/04/rewrite|303 403 403 403 403
GET /shapes/$A/99/rewrite|303 403 404 404 404
ROUTES
	psql -qtA "$STORE" -c "DELETE FROM verdict_override" >/dev/null
}

test_forms_need_the_csrf_token() {
	local shape
	shape=$(shared_shape)
	req ada POST "/api/shapes/$A/04/rewrite" "{\"shape\":\"$shape\",\"comment\":\"x\"}"
	[ "$code" = 403 ] || fail "no token: $code $body"
	req ada POST "/api/shapes/$A/04/rewrite" "{\"shape\":\"$shape\",\"comment\":\"x\",\"csrf\":\"$(csrf cyd)\"}"
	[ "$code" = 403 ] || fail "another session's token: $code $body"
	req ada POST /api/overrides "{\"learner\":\"hal\",\"attempt\":\"$HAL_ATTEMPT\",\"criterion\":\"$SEQ_TITLE\",\"verdict\":\"fail\",\"comment\":\"x\"}"
	[ "$code" = 403 ] || fail "override without a token: $code $body"
	n=$(psql -qtA "$STORE" -c "SELECT count(*) FROM shape_comment WHERE body = 'x'")
	[ "$n" = 0 ] || fail "a comment was stored without a token"
}

test_shapes_group_answers_by_what_they_do() {
	req ada GET "/api/shapes/$A/04/rewrite"
	printf '%s' "$body" | python3 -c '
import json, sys
d = json.load(sys.stdin)
by = {tuple(sorted(a["username"] for a in s["answers"])): s for s in d["shapes"]}
pair = by.get(("fay", "gus"))
assert pair, "fay and gus apart: %s" % list(by)
assert pair["learners"] == 2, pair
assert "asyncio.gather(load_config(), fetch_user(v1))" in pair["text"], pair["text"]
assert "#" not in pair["text"] and "Both at once" not in pair["text"], pair["text"]
assert ("hal",) in by, list(by)
assert by[("hal",)]["shape"] != pair["shape"]
assert not any("ivy" in k for k in by), "ivy of cohort B shown"
assert d["shapes"][0]["learners"] >= d["shapes"][-1]["learners"]
' || fail "shapes: $body"
	req ada GET "/shapes/$A/04/rewrite"
	[ "$code" = 200 ] || fail "page: $code"
	printf '%s' "$body" | grep -q '<h2>2 learners <span class="badge' || fail "no shape of 2: $body"
	printf '%s' "$body" | grep -q 'data-learner="gus"' || fail "gus missing"
	printf '%s' "$body" | grep -q "data-csrf=\"$(csrf ada)\"" || fail "no CSRF token on the page"
	req ada GET "/cohorts/$A"
	printf '%s' "$body" | grep -q "href=\"/shapes/$A/04/rewrite\"" || fail "no link from the gradebook"
}

test_a_comment_reaches_every_learner_of_that_shape() {
	local shape
	shape=$(shared_shape)
	req ada POST "/api/shapes/$A/04/rewrite" "$(json "shape=$shape" 'comment=Both calls are independent: <b>gather</b> is fine.' "csrf=$(csrf ada)")"
	[ "$code" = 200 ] || fail "comment: $code $body"
	for who in fay gus; do
		req "$who" GET /api/review/04/rewrite
		printf '%s' "$body" | grep -q '"comment":"Both calls are independent: <b>gather</b> is fine."' ||
			fail "$who does not see the comment: $body"
	done
	req hal GET /api/review/04/rewrite
	printf '%s' "$body" | grep -q '"comments":\[\]' || fail "hal sees a comment on another shape: $body"
	req ada GET "/shapes/$A/04/rewrite"
	printf '%s' "$body" | grep -q '&lt;b&gt;gather&lt;/b&gt;' || fail "comment not escaped on the page"
	# gus changes his answer to hal's shape: the comment is no longer his.
	check_as gus 51111111-2222-4333-8444-555555555555 "$SEQUENTIAL_HAL"
	req gus GET /api/review/04/rewrite
	printf '%s' "$body" | grep -q '"comments":\[\]' || fail "gus still sees it: $body"
}

test_an_override_is_seen_by_the_learner() {
	req ada POST /api/overrides "$(json learner=fay "attempt=$FAY_ATTEMPT" "criterion=$SEQ_TITLE" verdict=pass 'comment=Independent calls: gather is right here.' "csrf=$(csrf ada)")"
	[ "$code" = 201 ] || fail "override: $code $body"
	req fay GET /api/review/04/rewrite
	printf '%s' "$body" | python3 -c '
import json, sys
o = json.load(sys.stdin)["overrides"]
assert len(o) == 1, o
assert o[0]["grader"] == "fail" and o[0]["verdict"] == "pass", o
assert o[0]["comment"] == "Independent calls: gather is right here." and o[0]["author"] == "ada", o
' || fail "fay: $body"
	req gus GET /api/review/04/rewrite
	printf '%s' "$body" | grep -q '"overrides":\[\]' || fail "gus sees fay's override: $body"
	req ada POST /api/overrides "$(json learner=fay "attempt=$FAY_ATTEMPT" "criterion=No such criterion" verdict=pass comment=x "csrf=$(csrf ada)")"
	[ "$code" = 400 ] || fail "unknown criterion: $code $body"
	req ada POST /api/overrides "$(json learner=fay "attempt=$HAL_ATTEMPT" "criterion=$SEQ_TITLE" verdict=pass comment=x "csrf=$(csrf ada)")"
	[ "$code" = 404 ] || fail "hal's attempt as fay's: $code $body"
	req ada POST /api/overrides "$(json learner=fay "attempt=$FAY_ATTEMPT" "criterion=$SEQ_TITLE" verdict=pass comment= "csrf=$(csrf ada)")"
	[ "$code" = 400 ] || fail "no comment: $code $body"
	req ada POST /api/overrides "$(json learner=fay "attempt=$FAY_ATTEMPT" "criterion=$SEQ_TITLE" verdict=maybe comment=x "csrf=$(csrf ada)")"
	[ "$code" = 400 ] || fail "bad verdict: $code $body"
	req ada GET "/shapes/$A/04/rewrite"
	printf '%s' "$body" | grep -q 'Overridden to <span class="badge pass">pass</span> by ada' ||
		fail "the shapes page does not show the override"
}

# "Add to the course": the instructor's verdicts become a graded example,
# and lint names the criterion whose rules disagree.
test_export_then_lint_names_the_criterion() {
	local course="$TMP_ROOT/course"
	req ada POST /api/examples/export "$(json learner=fay "attempt=$FAY_ATTEMPT" "csrf=$(csrf ada)")"
	[ "$code" = 200 ] || fail "export route: $code $body"
	printf '%s' "$body" | grep -q '"file":"cohort-fay-11111111.py"' || fail "file: $body"
	printf '%s' "$body" | grep -q 'sequential-not-concurrent: pass' || fail "override not in it: $body"
	rm -rf "$course" && copy_course "$course" 04
	run "$IDIOM" examples export --store "$STORE" --learner fay --attempt "$FAY_ATTEMPT" "$course"
	expect_status 0
	[ -f "$course/04-async/rewrite/examples/cohort-fay-11111111.py" ] || fail "no answer file: $out"
	grep -q 'asyncio.gather' "$course/04-async/rewrite/examples/cohort-fay-11111111.py" || fail "not fay's answer"
	run "$IDIOM" examples export --store "$STORE" --learner fay --attempt "$FAY_ATTEMPT" "$course"
	expect_status 1
	expect_err "exported before"
	run "$IDIOM" examples export --store "$STORE" --learner fay --attempt nope "$course"
	expect_status 1
	expect_err "no attempt 'nope' of that learner"
	run "$IDIOM" examples export --store "$STORE" --learner fay "$course"
	expect_status 2
	expect_err "export needs --store URL, --learner NAME and --attempt ID"
	run "$IDIOM" examples import
	expect_status 2
	run "$IDIOM" lint "$course"
	expect_status 1
	expect_err 'cohort-fay-11111111.py: `sequential-not-concurrent` expected pass, the grader says fail'
	expect_err 'cohort-fay-11111111.py: expected status pass, the grader says fail'
	[ "$(printf '%s' "$err" | grep -c 'expected.yaml:[0-9]*: ')" = 2 ] ||
		fail "lint found more than the example's two lines: $err"
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
t learner_routes_for_every_role test_learner_routes_for_every_role
t learner_page_shows_attempts_and_diffs test_learner_page_shows_attempts_and_diffs
t hints_are_counted_in_postgresql test_hints_are_counted_in_postgresql
t reset_link_sets_a_new_password_once test_reset_link_sets_a_new_password_once
t import_of_a_local_export test_import_of_a_local_export
t cli_import_into_a_learners_account test_cli_import_into_a_learners_account
t review_routes_for_every_role test_review_routes_for_every_role
t forms_need_the_csrf_token test_forms_need_the_csrf_token
t shapes_group_answers_by_what_they_do test_shapes_group_answers_by_what_they_do
t a_comment_reaches_every_learner_of_that_shape test_a_comment_reaches_every_learner_of_that_shape
t an_override_is_seen_by_the_learner test_an_override_is_seen_by_the_learner
t export_then_lint_names_the_criterion test_export_then_lint_names_the_criterion
t logout_ends_the_session test_logout_ends_the_session
t hints_do_not_wait_behind_sign_ins test_hints_do_not_wait_behind_sign_ins
t store_outage_is_503_and_recovers test_store_outage_is_503_and_recovers
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

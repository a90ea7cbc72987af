#!/bin/bash
# End-to-end tests of `idiom admin create-instructor` against the throwaway
# PostgreSQL that tests/run-all.sh starts (IDIOM_TEST_PG_URL; the tests that
# need it FAIL without it): help, usage errors, a bad URL, an unreachable
# server, weak passwords, a name taken, and what lands in the database.
# Usage: tests/e2e/admin.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
export IDIOM_HOME="$TMP_ROOT/home"
GOOD_PW="glass otter quietly sings"

# A database of this run's own, dropped at the end.
DB=""
if [ -n "${IDIOM_TEST_PG_URL:-}" ]; then
	DB="e2e_admin_$$_$RANDOM"
	psql -q "$IDIOM_TEST_PG_URL" -c "CREATE DATABASE $DB" >/dev/null || DB=""
	STORE=$(printf '%s' "$IDIOM_TEST_PG_URL" | sed "s#/[^/?]*?#/$DB?#")
	trap 'psql -q "$IDIOM_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1; rm -rf "$TMP_ROOT"' EXIT
fi

need_pg() {
	[ -n "$DB" ] || fail "IDIOM_TEST_PG_URL is unset or its server is down: run under tests/run-all.sh"
}

sql() {
	psql -tAq "$STORE" -c "$1"
}

# create NAME PASSWORD [STORE]: runs the command with PASSWORD on stdin.
create() {
	status=0
	out=$(printf '%s\n' "$2" | "$IDIOM" admin create-instructor "$1" --store "${3:-$STORE}" 2>"$TMP_ROOT/stderr") || status=$?
	err=$(cat "$TMP_ROOT/stderr")
}

test_help() {
	run "$IDIOM" admin --help
	expect_status 0
	expect_out "usage: idiom admin create-instructor USERNAME --store URL"
	expect_out "password is"
	run "$IDIOM" --help
	expect_out "  admin "
}

test_usage_errors() {
	run "$IDIOM" admin
	expect_status 2
	expect_err "which action?"
	run "$IDIOM" admin make-coffee --store postgresql:///x
	expect_status 2
	expect_err "no admin action 'make-coffee'"
	run "$IDIOM" admin create-instructor ada
	expect_status 2
	expect_err "--store URL is required"
	run "$IDIOM" admin create-instructor ada bob --store postgresql:///x
	expect_status 2
	expect_err "one USERNAME"
	run "$IDIOM" admin create-instructor ada --colour --store postgresql:///x
	expect_status 2
	expect_err "unknown option '--colour'"
}

test_bad_url() {
	create ada "$GOOD_PW" "postgresql://[::1"
	expect_status 2
	expect_one_line_err
	expect_err "is not a PostgreSQL URL"
}

test_unreachable_server() {
	create ada "$GOOD_PW" "postgresql:///idiom?host=$TMP_ROOT/no-server-here"
	expect_status 1
	expect_one_line_err
	expect_err "cannot reach PostgreSQL"
}

test_weak_passwords() {
	need_pg
	create ada "short"
	expect_status 1
	expect_one_line_err
	expect_err "too short: at least 12 characters"
	create ada "Password2024!"
	expect_status 1
	expect_one_line_err
	expect_err "too easy to guess"
	create ada ""
	expect_status 1
	expect_one_line_err
	expect_err "no password on stdin"
	create "ada lovelace" "$GOOD_PW"
	expect_status 1
	expect_one_line_err
	expect_err "letters, digits"
	[ "$(sql "SELECT count(*) FROM account" 2>/dev/null || echo 0)" -eq 0 ] || fail "an account was made"
}

test_create_and_name_taken() {
	need_pg
	create Ada "$GOOD_PW"
	expect_status 0
	expect_out "instructor 'Ada' created"
	[ "$(sql "SELECT username || ' ' || role FROM account")" = "ada instructor" ] ||
		fail "account row: $(sql "SELECT username, role FROM account")"
	sql "SELECT password_hash FROM account" | grep -q '^\$argon2id\$' || fail "not an Argon2id hash"
	[ "$(sql "SELECT count(*) FROM account a WHERE position('otter' in a::text) > 0")" -eq 0 ] ||
		fail "the password is stored in the clear"
	create ADA "lantern under seven bridges"
	expect_status 1
	expect_one_line_err
	expect_err "the name 'ada' is taken"
	[ "$(sql "SELECT count(*) FROM account")" -eq 1 ] || fail "a second account was made"
}

test_schema_recorded() {
	need_pg
	create grace "lantern under seven bridges"
	expect_status 0
	[ "$(sql "SELECT version FROM idiom_schema WHERE component = 'cohort'")" -ge 1 ] ||
		fail "the cohort schema is not recorded"
	[ "$(sql "SELECT version FROM idiom_schema WHERE component = 'store'")" -ge 1 ] ||
		fail "the store schema is not recorded"
}

t "admin --help" test_help
t "usage errors exit 2" test_usage_errors
t "a bad URL exits 2 with one line" test_bad_url
t "an unreachable server exits 1 with one line" test_unreachable_server
t "weak passwords and bad names are refused" test_weak_passwords
t "create an instructor; the name is then taken" test_create_and_name_taken
t "the schema is created and recorded" test_schema_recorded

printf 'e2e admin (%s): %d passed, %d failed\n' "$IDIOM" "$passed" "$failed"
[ "$failed" -eq 0 ]

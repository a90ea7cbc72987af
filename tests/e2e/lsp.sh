#!/bin/bash
# End-to-end tests of `idiom lsp` over raw JSON-RPC: each test frames real
# messages (Content-Length headers), pipes them into the binary and checks
# the answers, the exit status and what a save records.
# Usage: tests/e2e/lsp.sh [IDIOM_BINARY]; run from the repository root.
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
unset NO_COLOR COLUMNS IDIOM_COURSE
export LC_ALL=C.UTF-8

INIT='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
INITED='{"jsonrpc":"2.0","method":"initialized","params":{}}'
SHUTDOWN='{"jsonrpc":"2.0","id":99,"method":"shutdown"}'
EXIT='{"jsonrpc":"2.0","method":"exit"}'

# frame: each stdin line becomes one message with its byte length.
frame() {
	while IFS= read -r line; do
		printf 'Content-Length: %d\r\n\r\n%s' "$(printf '%s' "$line" | wc -c)" "$line"
	done
}

# lsp MESSAGE...: runs one session, leaving $out, $err and $status.
lsp() {
	printf '%s\n' "$@" | frame >"$TMP_ROOT/in"
	run timeout 60 "$IDIOM" lsp <"$TMP_ROOT/in"
}

# Every message the server wrote is one well-formed JSON object whose
# header gives its exact length.
expect_valid_stream() {
	printf '%s' "$out" | python3 -c '
import json, sys
data = sys.stdin.buffer.read()
while data:
    head, _, rest = data.partition(b"\r\n\r\n")
    n = int(head.split(b":")[1])
    json.loads(rest[:n].decode("utf-8"))
    data = rest[n:]
' || fail "the server wrote something that is not framed JSON: $(printf '%s' "$out" | head -c 300)"
}

workspace() {
	export IDIOM_HOME="$TMP_ROOT/$1"
	rm -rf "$IDIOM_HOME"
	"$IDIOM" start 04 >/dev/null 2>&1 || fail "idiom start 04 failed"
	URI="file://$IDIOM_HOME/04-async/rewrite.py"
}

# open TEXT: the didOpen message for the rewrite answer (TEXT: JSON string body).
open_msg() {
	printf '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"%s","languageId":"python","version":1,"text":"%s"}}}' "$URI" "$1"
}

test_initialize_shutdown_exit() {
	workspace init
	lsp "$INIT" "$INITED" "$SHUTDOWN" "$EXIT"
	expect_status 0
	expect_out '"change":2'
	expect_out '"codeActionProvider"'
	expect_out '"commands":["idiom.check","idiom.hint"]'
	expect_out '{"id":99,"result":null'
	expect_valid_stream
}

test_exit_without_shutdown_is_status_1() {
	workspace noshut
	lsp "$INIT" "$EXIT"
	expect_status 1
}

test_request_before_initialize() {
	workspace early
	lsp '{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{}}' "$INIT" "$SHUTDOWN" "$EXIT"
	expect_out '{"id":7,"error":{"code":-32002'
	expect_status 0
}

test_parse_error_then_goes_on() {
	workspace parse
	lsp "$INIT" '{"jsonrpc":"2.0","id":2,' "$SHUTDOWN" "$EXIT"
	expect_out '"id":null,"error":{"code":-32700'
	expect_out '{"id":99,"result":null'
	expect_status 0
}

test_unknown_and_invalid() {
	workspace unknown
	lsp "$INIT" '{"jsonrpc":"2.0","id":3,"method":"textDocument/rename","params":{}}' \
		'{"jsonrpc":"2.0","method":"$/somethingNew","params":{}}' \
		'[{"jsonrpc":"2.0","id":4,"method":"shutdown"}]' \
		'{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}' \
		'{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":[1]}' \
		"$SHUTDOWN" '{"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{}}' "$EXIT"
	expect_out '{"id":3,"error":{"code":-32601'
	expect_out '{"id":null,"error":{"code":-32600'
	expect_out '{"id":5,"error":{"code":-32602'
	expect_out '{"id":6,"error":{"code":-32600'
	expect_no_out 'somethingNew'
	expect_status 0
	expect_valid_stream
}

test_client_vanishes_mid_message() {
	workspace vanish
	{ printf '%s\n' "$INIT" | frame; printf 'Content-Length: 100\r\n\r\n{"jsonrpc":'; } >"$TMP_ROOT/in"
	run timeout 20 "$IDIOM" lsp <"$TMP_ROOT/in"
	expect_status 1
	expect_err 'went away inside a message'
	expect_out '"capabilities"'
}

test_header_without_length_ends_cleanly() {
	workspace nolength
	printf 'Content-Type: x\r\n\r\n{}' >"$TMP_ROOT/in"
	run timeout 20 "$IDIOM" lsp <"$TMP_ROOT/in"
	expect_status 1
	expect_err 'without a valid Content-Length'
}

test_huge_message_is_refused_and_skipped() {
	workspace huge
	{ printf '%s\n' "$INIT" | frame
	  printf 'Content-Length: 5000000\r\n\r\n'; head -c 5000000 /dev/zero | tr '\0' 'x'
	  printf '%s\n' "$SHUTDOWN" "$EXIT" | frame; } >"$TMP_ROOT/in"
	run timeout 20 "$IDIOM" lsp <"$TMP_ROOT/in"
	expect_out '"id":null,"error":{"code":-32600'
	expect_out '{"id":99,"result":null'
	expect_status 0
}

test_diagnostic_on_the_habit_line() {
	workspace habit
	lsp "$INIT" "$INITED" "$(open_msg 'import asyncio\nx = null\n')" "$SHUTDOWN" "$EXIT"
	expect_out '"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":8}},"severity":1,"source":"idiom","message":"`null` is JavaScript; Python writes `None`","code":"Uses async/await clearly in Python"'
	expect_status 0
}

# Severity follows the feedback's level, not the criterion's pass/fail: a
# ✓ for an idea the docstring states (celebratory) is a hint, even under
# the failing criterion; a failing habit (essential) is an error.
test_severity_from_level() {
	workspace levels
	URI="file://$IDIOM_HOME/04-async/practice.py"
	lsp "$INIT" "$INITED" "$(open_msg '\"\"\"Keep a plain synchronous function when there is only one call.\"\"\"\nx = null\n')" "$SHUTDOWN" "$EXIT"
	expect_out '"severity":4,"source":"idiom","message":"found: a synchronous alternative'
	# No criterion of this Practice is about syntax: the habit is advice there
	# (level actionable: a Warning), where lesson 01's syntax criterion fails
	# on it (essential: an Error).
	expect_out '"severity":2,"source":"idiom","message":"`null` is JavaScript'
	"$IDIOM" start 01 >/dev/null 2>&1 || fail "idiom start 01 failed"
	URI="file://$IDIOM_HOME/01-syntax/rewrite.py"
	lsp "$INIT" "$INITED" "$(open_msg 'def greet(user_name):\n    if user_name == null:\n        return 1\n')" "$SHUTDOWN" "$EXIT"
	expect_out '"severity":1,"source":"idiom","message":"`null` is JavaScript'
	expect_status 0
}

test_other_files_are_ignored() {
	workspace other
	lsp "$INIT" "$INITED" '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/notes.py","languageId":"python","version":1,"text":"x = null\n"}}}' "$SHUTDOWN" "$EXIT"
	expect_no_out 'publishDiagnostics'
	expect_status 0
}

test_incremental_change_and_utf16_quick_fix() {
	workspace utf16
	# Line 1 gains `t = "😀" + null` by an edit inside the line; 😀 is two
	# UTF-16 units, so `null` starts at character 11, ends at 15.
	lsp "$INIT" "$INITED" "$(open_msg 'import asyncio\nt = \"😀\" + 1\n')" \
		'{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"'"$URI"'","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":12}},"text":"null"}]}}' \
		'{"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"'"$URI"'"},"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":0}},"context":{"diagnostics":[]}}}' \
		"$SHUTDOWN" "$EXIT"
	expect_out '"version":2'
	expect_out '"title":"Replace `null` with `None`"'
	expect_out '"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":15}},"newText":"None"'
	expect_out '"title":"Show the next hint"'
}

test_no_fix_inside_a_string() {
	workspace string
	lsp "$INIT" "$INITED" "$(open_msg 'x = \"null === 1\"\n')" \
		'{"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"'"$URI"'"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[]}}}' \
		"$SHUTDOWN" "$EXIT"
	expect_no_out 'Replace'
	expect_out '"title":"Show the next hint"'
}

test_save_runs_full_check_and_records() {
	workspace save
	cat >"$IDIOM_HOME/04-async/rewrite.py" <<'PY'
async def load_config():
    return {}


async def fetch_user(user_id):
    return {"id": user_id}


async def load_config_and_user(user_id):
    config = await load_config()
    user = await fetch_user(user_id)
    return {"config": config, "user": user}
PY
	text=$(python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read())[1:-1])' "$IDIOM_HOME/04-async/rewrite.py")
	lsp "$INIT" "$INITED" "$(printf '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"%s","languageId":"python","version":1,"text":"%s"}}}' "$URI" "$text")" \
		'{"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":"'"$URI"'"}}}' "$SHUTDOWN" "$EXIT"
	expect_out '"window/showMessage","params":{"type":3,"message":"3 of 3 criteria pass"}'
	run "$IDIOM" history 4 rewrite
	expect_out 'pass'
}

test_hint_command_counts_like_idiom_hint() {
	workspace hint
	lsp "$INIT" "$INITED" "$(open_msg 'x = 1\n')" \
		'{"jsonrpc":"2.0","id":8,"method":"workspace/executeCommand","params":{"command":"idiom.hint","arguments":["'"$URI"'"]}}' \
		'{"jsonrpc":"2.0","id":9,"method":"workspace/executeCommand","params":{"command":"idiom.hint","arguments":["'"$URI"'"]}}' \
		"$SHUTDOWN" "$EXIT"
	expect_out '"message":"Hint 1 of 4 for rewrite:'
	expect_out '{"id":9,"result":"Hint 2 of 4 for rewrite:'
	run "$IDIOM" hint 4 rewrite
	expect_out 'Hint 3 of 4'
}

test_hover_names_criterion_and_section() {
	workspace hover
	lsp "$INIT" "$INITED" "$(open_msg 'x = null\n')" \
		'{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"'"$URI"'"},"position":{"line":0,"character":5}}}' \
		'{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"'"$URI"'"},"position":{"line":40,"character":0}}}' \
		"$SHUTDOWN" "$EXIT"
	expect_out '**Uses async/await clearly in Python**'
	expect_out 'From the lesson'"'"'s section \"Rewrite\"'
	expect_out '{"id":5,"result":null'
}

test_learner_text_stays_valid_json() {
	workspace hostile
	# A name with quotes, backslashes and control characters ends up in a
	# message; the stream must stay framed JSON.
	lsp "$INIT" "$INITED" "$(open_msg 'def loadX\u0001(a):\n    q = {\"k\\\"\": null}\nprint(\"\\u0000\")\n')" \
		'{"jsonrpc":"2.0","id":8,"method":"workspace/executeCommand","params":{"command":"idiom.check","arguments":["'"$URI"'"]}}' \
		"$SHUTDOWN" "$EXIT"
	expect_out 'criteria pass'
	expect_valid_stream
	expect_status 0
}

# lsp_paused BEFORE AFTER: one session where the editor sends BEFORE (one
# message per line), stays quiet for 2 s, then sends AFTER.
lsp_paused() {
	{ printf '%s\n' "$1" | frame; sleep 2; printf '%s\n' "$2" | frame; } >"$TMP_ROOT/fifo-in" &
	run timeout 60 "$IDIOM" lsp <"$TMP_ROOT/fifo-in"
	wait
}

# The reference answer with one JS habit typed in (unsaved): the quiet
# moment after the change brings the sandboxed verdicts, with the summary
# as a diagnostic and no showMessage or attempt (only a save records).
typing_session() {
	workspace "$1"
	rm -f "$TMP_ROOT/fifo-in"
	mkfifo "$TMP_ROOT/fifo-in"
	local text='async def load_config():\n    return {}\n\n\nasync def fetch_user(user_id):\n    return {\"id\": user_id}\n\n\nasync def load_config_and_user(user_id):\n    config = await load_config()\n    user = await fetch_user(user_id)\n    return {\"config\": config, \"user\": user}\n'
	lsp_paused "$INIT
$INITED
$(printf '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"%s","languageId":"python","version":1,"text":"%s"}}}' "$URI" "$text")
{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"$URI\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":11,\"character\":0},\"end\":{\"line\":11,\"character\":0}},\"text\":\"    return None\\n\"}]}}" "$SHUTDOWN
$EXIT"
}

test_check_runs_while_typing_after_a_quiet_moment() {
	INIT='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}' typing_session typing
	expect_status 0
	# Returning None before the dict fails one criterion; the summary comes
	# only from the full check (static rules alone never send it).
	expect_out '"message":"2 of 3 criteria pass"'
	expect_out 'both helpers finished, one after the other'
	expect_out '"version":2,"diagnostics":[{'
	expect_no_out 'window/showMessage'
	expect_valid_stream
	run "$IDIOM" history 4 rewrite
	expect_no_out 'pass'
	expect_no_out 'fail'
}

test_check_while_typing_can_be_turned_off() {
	INIT='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},"initializationOptions":{"checkWhileTyping":false}}}' typing_session typing_off
	expect_status 0
	expect_no_out 'criteria pass'
	expect_valid_stream
}

for fn in $(declare -F | awk '{print $3}' | grep '^test_'); do
	t "${fn#test_}" "$fn"
done
printf 'e2e lsp (%s): %d passed, %d failed\n' "$IDIOM" "$passed" "$failed"
[ "$failed" -eq 0 ]

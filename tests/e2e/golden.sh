#!/bin/bash
# Golden files for what a learner reads after `idiom check`: the terminal
# text (no colour, 80 columns) and the --json of messy first tries, at least
# one per lesson (tests/golden/check/NN-EXERCISE[-what].py or .md).  Any
# difference fails; the timing ("ms") is the only thing normalised.
# Usage: tests/e2e/golden.sh [IDIOM_BINARY]; run from the repository root.
# Regenerate after an intended change, then read the diff before committing:
#   UPDATE_GOLDEN=1 tests/e2e/golden.sh ./build/asan/idiom
cd "$(dirname "$0")/../.." || exit 2
IDIOM=${1:-./idiom}
. tests/e2e/lib.sh
unset NO_COLOR IDIOM_COURSE
export LC_ALL=C.UTF-8 COLUMNS=80 NO_COLOR=1
# The harnesses draw their arguments at random (so no answer can guess
# them); a fixed seed makes the messages that quote them repeatable here.
export IDIOM_RUN_SEED=golden
GOLDEN=tests/golden/check

# normalise_text / normalise_json: stdin to stdout, the timing left out.
normalise_text() {
	sed -E 's/\([0-9]+(\.[0-9]+)? ms\)$/(N ms)/'
}

normalise_json() {
	python3 -c '
import json, sys
for line in sys.stdin:
    report = json.loads(line)
    report["ms"] = 0
    print(json.dumps(report, indent=1, ensure_ascii=False))'
}

# same WANT: stdin must equal the file WANT (written with UPDATE_GOLDEN).
same() {
	local got
	got=$(cat)
	if [ -n "${UPDATE_GOLDEN:-}" ]; then printf '%s\n' "$got" > "$1"; fi
	[ -f "$1" ] || fail "no golden file $1 (UPDATE_GOLDEN=1 writes it)"
	printf '%s\n' "$got" | diff -u "$1" - >&2 || fail "output differs from $1 (UPDATE_GOLDEN=1 to accept)"
}

# golden FILE: FILE is NN-EXERCISE[-what].EXT in $GOLDEN.
golden() {
	local name=${1%.*} lesson exercise
	lesson=${name%%-*}
	exercise=${name#*-}
	exercise=${exercise%%-*}
	export IDIOM_HOME="$TMP_ROOT/home-$name"
	mkdir -p "$IDIOM_HOME"
	# From the golden folder, so the report names the file as it is.
	out=$(cd "$GOLDEN" && "$OLDPWD/$IDIOM" check "$lesson" "$exercise" "$1" 2>/dev/null)
	status=$?
	[ "$status" -le 1 ] || fail "idiom check exited $status on $1"
	printf '%s\n' "$out" | normalise_text | same "$GOLDEN/$name.txt"
	out=$(cd "$GOLDEN" && "$OLDPWD/$IDIOM" check "$lesson" "$exercise" "$1" --json 2>/dev/null)
	printf '%s\n' "$out" | normalise_json | same "$GOLDEN/$name.json"
}

count=0
for f in "$GOLDEN"/*.py "$GOLDEN"/*.md; do
	[ -e "$f" ] || continue
	base=$(basename "$f")
	eval "test_${base//[^A-Za-z0-9]/_}() { golden '$base'; }"
	count=$((count + 1))
done
[ "$count" -ge 12 ] || { echo "tests/golden/check holds $count first tries; 12 or more expected" >&2; exit 1; }

for fn in $(declare -F | awk '{print $3}' | grep '^test_'); do
	t "${fn#test_}" "$fn"
done
printf 'e2e golden (%s): %d passed, %d failed\n' "$IDIOM" "$passed" "$failed"
[ "$failed" -eq 0 ]

#!/bin/bash
# The structural promises of issue 10's "Proof", checked on the tree: no C
# file under src/ over 800 lines, no include cycle among the headers or the
# modules of src/web and src/store.  Each checker is also shown a planted
# fault, so a checker that stopped finding anything fails here too.
# Usage: tests/e2e/proof.sh; run from anywhere.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

test_no_c_file_over_800_lines() {
	run python3 tests/e2e/file_sizes.py .
	expect_status 0
	expect_out 'no C file under src/ over 800 lines'
}

test_size_checker_finds_a_long_file() {
	local root="$TMP_ROOT/long"
	mkdir -p "$root/src/util"
	seq 800 >"$root/src/util/ok.c"
	seq 801 >"$root/src/util/long.c"
	run python3 tests/e2e/file_sizes.py "$root"
	expect_status 1
	expect_out 'src/util/long.c: 801 lines (limit 800)'
	expect_no_out 'ok.c'
}

test_no_include_cycle_in_web_or_store() {
	run python3 tests/e2e/include_cycles.py .
	expect_status 0
	expect_out 'no include cycle in src/web|store (headers), src/web|store (modules)'
}

# The cycle the store had: store.c needs the backend table, backend.h needed
# store.h's types.  Only a module-level check sees it (no header cycle).
test_cycle_checker_finds_a_store_module_cycle() {
	local root="$TMP_ROOT/cycle"
	mkdir -p "$root/src/store"
	printf '#include "store/store.h"\n' >"$root/src/store/backend.h"
	printf '#include "store/backend.h"\n' >"$root/src/store/store.c"
	: >"$root/src/store/store.h"
	run python3 tests/e2e/include_cycles.py "$root"
	expect_status 1
	expect_out 'module include cycle in src/store: backend -> store -> backend'
	expect_no_out 'header include cycle'
}

for fn in $(declare -F | awk '{print $3}' | grep '^test_'); do
	t "${fn#test_}" "$fn"
done
printf 'proof: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

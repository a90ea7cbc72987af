# idiom: build, run and test.  `make run` and `make test` install what is
# missing first (scripts/deps.sh), so a fresh Debian 12 clone needs nothing else.

CC      ?= cc
# `make V=1` shows the full compiler lines.
Q := $(if $(V),,@)
PKGS    := libcmark-gfm yaml-0.1 jansson libseccomp sqlite3 libmicrohttpd libpq libsodium
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcmark-gfm-extensions -lstemmer -pthread

WARN    := -std=c11 -Wall -Wextra -pedantic -Wvla -Wstrict-prototypes \
           -Wmissing-prototypes -Wshadow -Wformat=2 -Wno-unused-parameter
DEFS    := -D_GNU_SOURCE -Isrc -Ibuild/gen -Inode_modules/tree-sitter/vendor/tree-sitter/lib/include
DEV_CFLAGS  := $(WARN) -Werror -O2 -g $(DEFS) $(PKG_CFLAGS)
ASAN_FLAGS  := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
ASAN_CFLAGS := $(WARN) -Werror -O1 -g $(ASAN_FLAGS) $(DEFS) $(PKG_CFLAGS)
# ThreadSanitizer: the web server's threads, under the web end-to-end tests.
TSAN_CFLAGS := $(WARN) -Werror -O1 -g -fsanitize=thread $(DEFS) $(PKG_CFLAGS)
VENDOR_CFLAGS := -std=gnu11 -O2 -g -w -fPIC \
           -Inode_modules/tree-sitter/vendor/tree-sitter/lib/include \
           -Inode_modules/tree-sitter/vendor/tree-sitter/lib/src

SRC      := $(shell find src -name '*.c' | sort)
# Unit tests and fuzz targets link the modules, not main.c and the commands
# (those are driven end to end through the binary).
LIB_SRC  := $(filter-out src/main.c src/cmd/%,$(SRC))
UNIT_SRC := $(wildcard tests/unit/*.c)

TS       := node_modules/tree-sitter/vendor/tree-sitter/lib/src/lib.c
TS_PY    := node_modules/tree-sitter-python/src/parser.c node_modules/tree-sitter-python/src/scanner.c
TS_JS    := node_modules/tree-sitter-javascript/src/parser.c node_modules/tree-sitter-javascript/src/scanner.c
VENDOR_OBJ := build/vendor/ts-lib.o build/vendor/py-parser.o build/vendor/py-scanner.o \
              build/vendor/js-parser.o build/vendor/js-scanner.o

# Files baked into the binary (tree-sitter highlight queries), see tools/embed.c.
EMBED_FILES := node_modules/tree-sitter-python/queries/highlights.scm \
               src/run/harness_api.py src/run/judge.py src/run/pool.py src/run/supervisor.py src/run/run_script.py \
               src/run/boot.py \
               node_modules/tree-sitter-javascript/queries/highlights.scm \
               build/web/app.js src/web/app.css
GEN      := build/gen/embedded.c

DEV_OBJ  := $(patsubst %.c,build/dev/%.o,$(SRC)) build/dev/gen/embedded.o
ASAN_OBJ := $(patsubst %.c,build/asan/%.o,$(SRC)) build/asan/gen/embedded.o
ASAN_LIB_OBJ := $(patsubst %.c,build/asan/%.o,$(LIB_SRC)) build/asan/gen/embedded.o
UNIT_OBJ := $(patsubst %.c,build/asan/%.o,$(UNIT_SRC))
TSAN_OBJ := $(patsubst %.c,build/tsan/%.o,$(SRC)) build/tsan/gen/embedded.o

# `make install` puts idiom on PATH: PREFIX/bin/idiom and the course in
# PREFIX/share/idiom (found beside the binary, so any PREFIX works); DESTDIR
# stages it for a package.  `make uninstall` removes both.
PREFIX  ?= /usr/local
DESTDIR ?=

.PHONY: install uninstall
install: idiom
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/idiom
	install -m 755 idiom $(DESTDIR)$(PREFIX)/bin/idiom
	rm -rf $(DESTDIR)$(PREFIX)/share/idiom/courses
	cp -R courses $(DESTDIR)$(PREFIX)/share/idiom/courses

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/idiom
	rm -rf $(DESTDIR)$(PREFIX)/share/idiom

.PHONY: all run run-cohort cluster cluster-down load-test fault-test test deps unit e2e lint-course fuzz fuzz-replay bench bench-web browser-test clean
all: idiom

deps:
	@./scripts/deps.sh

# `make run` serves the course in the browser (idiom serve prints the URL);
# PORT=N picks another port.
PORT ?= 8604
run: deps
	@$(MAKE) --no-print-directory all
	@echo "In the terminal instead:  ./idiom list   ./idiom start 04   ./idiom check 04   ./idiom progress"
	@echo "Stop the server with Ctrl-C."
	@./idiom serve --port $(PORT)

# A cohort server on a throwaway PostgreSQL (docs/cohort.md): a demo
# instructor with a generated password, printed once; Ctrl-C stops both.
COHORT_PG ?= /tmp/idiom-run-cohort
run-cohort: deps
	@$(MAKE) --no-print-directory all
	@set -e; url=$$(scripts/pg.sh start $(COHORT_PG)); \
	trap 'scripts/pg.sh stop $(COHORT_PG) >/dev/null 2>&1' EXIT INT TERM; \
	pw=$$(head -c 18 /dev/urandom | base64 | tr '+/' '-_'); \
	if printf '%s\n' "$$pw" | ./idiom admin create-instructor demo --store "$$url" >/dev/null 2>&1; then \
		echo "Demo instructor 'demo', password: $$pw"; \
		echo "(shown once; the account stays in $(COHORT_PG) until you remove it)"; \
	else echo "The demo instructor exists already in $(COHORT_PG); rm -rf it for a new one."; fi; \
	echo "Sign in at http://127.0.0.1:$(PORT)/login (your cohorts are at /cohorts)"; \
	echo "Stop with Ctrl-C (stops PostgreSQL too)."; \
	./idiom serve --cohort --store "$$url" --port $(PORT) || true

# Three cohort nodes behind HAProxy on one throwaway PostgreSQL
# (scripts/cluster, docs/SCALING.md); `make cluster-down` stops all of it.
CLUSTER_DIR ?= /tmp/idiom-cluster
cluster: deps
	@./scripts/deps.sh cluster
	@$(MAKE) --no-print-directory all
	@./scripts/cluster up $(CLUSTER_DIR)
	@./scripts/cluster status $(CLUSTER_DIR)
	@echo "Stop it with: make cluster-down"

cluster-down:
	@./scripts/cluster down $(CLUSTER_DIR)

# A benchmark, not part of `make test`: a fresh cluster, LEARNERS simulated
# learners for DURATION seconds (bench/load.py), the report, the cluster
# down.  TIME_FACTOR scales the 20-60 s between a learner's checks.
LEARNERS ?= 200
DURATION ?= 300
TIME_FACTOR ?= 1
load-test: deps
	@./scripts/deps.sh cluster
	@$(MAKE) --no-print-directory all
	@set -e; dir=$$(mktemp -d /tmp/idiom-load.XXXXXX); \
	trap './scripts/cluster down '"$$dir"' >/dev/null 2>&1; rm -rf '"$$dir" EXIT INT TERM; \
	./scripts/cluster up "$$dir" >/dev/null; eval "$$(./scripts/cluster env "$$dir")"; \
	echo "cluster: $$URL (nproc $$(nproc)); $(LEARNERS) learners, $(DURATION) s"; \
	python3 bench/load.py --url "$$URL" --store "$$STORE" --learners $(LEARNERS) \
		--duration $(DURATION) --time-factor $(TIME_FACTOR)

# A benchmark, not part of `make test` (tests/e2e/cluster.sh runs short
# versions): bench/faults.sh applies each of FAULTS to a fresh cluster under
# LEARNERS learners for FAULT_DURATION s (the fault FAULT_FOR s long, a third
# of the way in) and checks nothing was lost or doubled and no node needed
# a restart.  tmp-full needs root (a tmpfs mount).
FAULTS ?= pg-restart pg-freeze tmp-full
FAULT_DURATION ?= 120
FAULT_FOR ?= 20
fault-test: deps
	@./scripts/deps.sh cluster
	@$(MAKE) --no-print-directory all
	@LEARNERS=$(LEARNERS) DURATION=$(FAULT_DURATION) TIME_FACTOR=$(TIME_FACTOR) \
		FAULT_FOR=$(FAULT_FOR) ./bench/faults.sh $(FAULTS)

# The browser tests (real headless Chromium) run in `make test` too; this
# runs them alone.
browser-test:
	@./scripts/deps.sh browser pg
	@$(MAKE) --no-print-directory all
	@IDIOM_SCREENSHOTS=docs/screenshots node tests/browser/lesson.mjs ./idiom
	@IDIOM_SCREENSHOTS=docs/screenshots node tests/browser/feedback.mjs ./idiom
	@IDIOM_SCREENSHOTS=docs/screenshots node tests/browser/firsthour.mjs ./idiom
	@IDIOM_SCREENSHOTS=docs/screenshots node tests/browser/cohort.mjs ./idiom

test:
	@./scripts/deps.sh browser editor pg trace
	@$(MAKE) --no-print-directory all build/asan/idiom build/tsan/idiom build/asan/unit-tests $(FUZZ_REPLAY)
	@./tests/run-all.sh

idiom: $(DEV_OBJ) $(VENDOR_OBJ)
	@$(if $(Q),echo '  LD      $@')
	$(Q)$(CC) -o $@ $^ $(PKG_LIBS)

build/asan/idiom: $(ASAN_OBJ) $(VENDOR_OBJ)
	@$(if $(Q),echo '  LD      $@')
	$(Q)$(CC) $(ASAN_FLAGS) -o $@ $^ $(PKG_LIBS)

build/tsan/idiom: $(TSAN_OBJ) $(VENDOR_OBJ)
	@$(if $(Q),echo '  LD      $@')
	$(Q)$(CC) -fsanitize=thread -o $@ $^ $(PKG_LIBS)

build/asan/unit-tests: $(UNIT_OBJ) $(ASAN_LIB_OBJ) $(VENDOR_OBJ)
	@$(if $(Q),echo '  LD      $@')
	$(Q)$(CC) $(ASAN_FLAGS) -o $@ $^ $(PKG_LIBS) -lcriterion

# Sources wait for the generated file but need no rebuild when it changes:
# only gen/embedded.o compiles it (src/embedded.h is written by hand).
build/dev/%.o: %.c | $(GEN)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC      $<')
	$(Q)$(CC) $(DEV_CFLAGS) -MMD -MP -c -o $@ $<

build/asan/%.o: %.c | $(GEN)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC asan $<')
	$(Q)$(CC) $(ASAN_CFLAGS) -MMD -MP -c -o $@ $<

build/tsan/%.o: %.c | $(GEN)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC tsan $<')
	$(Q)$(CC) $(TSAN_CFLAGS) -MMD -MP -c -o $@ $<

build/tsan/gen/embedded.o: $(GEN)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(TSAN_CFLAGS) -c -o $@ $<

build/dev/gen/embedded.o: $(GEN)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC      $@')
	$(Q)$(CC) $(DEV_CFLAGS) -c -o $@ $<

build/asan/gen/embedded.o: $(GEN)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC      $@')
	$(Q)$(CC) $(ASAN_CFLAGS) -c -o $@ $<

$(GEN): build/tools/embed $(EMBED_FILES)
	@mkdir -p $(dir $@)
	build/tools/embed $@ $(EMBED_FILES)

build/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  LD      $@')
	$(Q)$(CC) $(WARN) -Werror -O2 -o $@ $<

# The browser front end: web/*.js bundled with CodeMirror 6 by esbuild.
WEB_JS := $(wildcard web/*.js)
build/web/app.js: $(WEB_JS) package-lock.json
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  ESBUILD web/main.js')
	$(Q)node_modules/.bin/esbuild web/main.js --bundle --minify --format=iife \
	  --target=es2020 --log-level=warning --outfile=$@

$(filter node_modules/%,$(EMBED_FILES)) $(TS) $(TS_PY) $(TS_JS):
	@./scripts/deps.sh

build/vendor/ts-lib.o: $(TS)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC      $< (tree-sitter)')
	$(Q)$(CC) $(VENDOR_CFLAGS) -c -o $@ $<
build/vendor/py-%.o: node_modules/tree-sitter-python/src/%.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC      $< (tree-sitter-python)')
	$(Q)$(CC) $(VENDOR_CFLAGS) -Inode_modules/tree-sitter-python/src -c -o $@ $<
build/vendor/js-%.o: node_modules/tree-sitter-javascript/src/%.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '  CC      $< (tree-sitter-javascript)')
	$(Q)$(CC) $(VENDOR_CFLAGS) -Inode_modules/tree-sitter-javascript/src -c -o $@ $<

# Fuzzing: every fuzz/NAME_fuzz.c is a target with a corpus in fuzz/corpus/NAME/.
# `make test` builds each with a plain driver that replays its corpus (so CI
# proves the targets run clean under ASan with gcc alone); `make fuzz` builds
# them with libFuzzer (clang) and fuzzes each for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := $(patsubst fuzz/%_fuzz.c,%,$(wildcard fuzz/*_fuzz.c))
FUZZ_REPLAY  := $(patsubst %,build/fuzz/%-replay,$(FUZZ_TARGETS))

build/fuzz/%-replay: fuzz/%_fuzz.c fuzz/replay.c $(ASAN_LIB_OBJ) $(VENDOR_OBJ)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ASAN_CFLAGS) -o $@ $< fuzz/replay.c $(ASAN_LIB_OBJ) $(VENDOR_OBJ) $(PKG_LIBS)

fuzz: deps $(GEN) $(VENDOR_OBJ)
	@command -v clang >/dev/null || { sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; $$sudo apt-get install -y -qq clang >/dev/null; }
	@mkdir -p build/fuzz
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  clang $(filter-out -Werror,$(WARN)) -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined $(DEFS) $(PKG_CFLAGS) \
	    -o build/fuzz/$$t-fuzz fuzz/$${t}_fuzz.c $(LIB_SRC) $(GEN) $(VENDOR_OBJ) $(PKG_LIBS) || exit 1; \
	  mkdir -p build/fuzz/corpus-$$t && cp -n fuzz/corpus/$$t/* build/fuzz/corpus-$$t/ 2>/dev/null; \
	  build/fuzz/$$t-fuzz -max_total_time=$(FUZZ_SECONDS) build/fuzz/corpus-$$t || exit 1; \
	done

# Benchmarks (not tests): every bench/NAME_bench.c is built against the
# optimised objects and run by `make bench`; figures go to docs/PERFORMANCE.md.
BENCH_BIN   := $(patsubst bench/%_bench.c,build/bench/%-bench,$(wildcard bench/*_bench.c))
DEV_LIB_OBJ := $(patsubst %.c,build/dev/%.o,$(LIB_SRC)) build/dev/gen/embedded.o

build/bench/%-bench: bench/%_bench.c $(DEV_LIB_OBJ) $(VENDOR_OBJ)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(DEV_CFLAGS) -o $@ $< $(DEV_LIB_OBJ) $(VENDOR_OBJ) $(PKG_LIBS)

bench: deps
	@./scripts/deps.sh bench
	@$(MAKE) --no-print-directory all $(BENCH_BIN)
	@for b in $(BENCH_BIN); do echo "== $$b"; $$b || exit 1; done
	@./bench/web.sh ./idiom

# The web server alone under wrk (bench/web.sh).
bench-web:
	@./scripts/deps.sh bench
	@$(MAKE) --no-print-directory all
	@./bench/web.sh ./idiom

clean:
	rm -rf build idiom

-include $(shell find build -name '*.d' 2>/dev/null)

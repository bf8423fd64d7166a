# kbwiz build.  `make`, `make run`, `make test`, `make asan`, `make bench`,
# `make fuzz`, `make install`.  The public targets first make sure the
# Debian packages are there (scripts/deps.sh), then build in a sub-make so
# that pkg-config is asked only once the libraries exist.

VERSION   := 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
BUILD     ?= build
CC        ?= cc
CFLAGS    ?= -O2 -g

CORE_PKGS := hivex sqlite3 libevt libevtx libfyaml libpcre2-8 nettle jansson libarchive libbfio zlib
TUI_PKGS  := ncursesw
TEST_PKGS := cmocka

CORE_CFLAGS := $(shell pkg-config --cflags $(CORE_PKGS) 2>/dev/null)
CORE_LIBS   := $(shell pkg-config --libs $(CORE_PKGS) 2>/dev/null)
# ncursesw asks for _XOPEN_SOURCE=600; the build sets 700 for all files.
TUI_CFLAGS  := $(filter-out -D_XOPEN_SOURCE=%,$(shell pkg-config --cflags $(TUI_PKGS) 2>/dev/null))
TUI_LIBS    := $(shell pkg-config --libs $(TUI_PKGS) 2>/dev/null)
TEST_CFLAGS := $(shell pkg-config --cflags $(TEST_PKGS) 2>/dev/null)
TEST_LIBS   := $(shell pkg-config --libs $(TEST_PKGS) 2>/dev/null)

WARN := -Wall -Wextra -Wformat=2 -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(CI),true)
WARN += -Werror
endif
ifeq ($(SAN),1)
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
endif

BASE_CFLAGS := -std=c11 -D_XOPEN_SOURCE=700 -D_FILE_OFFSET_BITS=64 \
	-DKBWIZ_VERSION='"$(VERSION)"' -DKBWIZ_DATADIR='"$(PREFIX)/share/kbwiz"' \
	-Iinclude $(WARN) $(SANFLAGS) $(CFLAGS) -MMD -MP
LDFLAGS_ALL := $(SANFLAGS) $(LDFLAGS)

CORE_SRC  := $(sort $(wildcard core/*.c))
TUI_SRC   := $(sort $(wildcard tui/*.c))
UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
TOOL_SRC  := $(sort $(wildcard tests/tools/*.c))
FUZZ_SRC  := $(sort $(wildcard fuzz/fuzz_*.c))
TLIB_SRC  := $(sort $(wildcard tests/lib/*.c))

CORE_OBJ  := $(CORE_SRC:%.c=$(BUILD)/%.o)
TUI_OBJ   := $(TUI_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_BIN  := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)
TLIB_OBJ  := $(TLIB_SRC:%.c=$(BUILD)/%.o)
LIBCORE   := $(BUILD)/libkbwiz.a
# Fixture writers shared by unit tests and tools (tests/lib).
LIBTEST   := $(BUILD)/libkbtest.a
KBWIZ     := $(BUILD)/kbwiz
# Fault injection (KBWIZ_TEST_KILL_AT / KBWIZ_TEST_FAIL_AT in core/fix.c)
# exists only in test builds: a second core library and kbwiz binary with
# fix.c built -DKBWIZ_TEST_HOOKS, used by test_fix and the e2e kill tests.
LIBCORE_HOOKS := $(BUILD)/libkbwiz-hooks.a
KBWIZ_HOOKS   := $(BUILD)/kbwiz-hooks

.PHONY: all run test test-long test-fresh asan bench fuzz install clean demo deps deps-test \
	_build _test-build _run-tests _bench _fuzz

all: deps
	@$(MAKE) --no-print-directory _build

deps:
	@scripts/deps.sh build

deps-test:
	@scripts/deps.sh test

_build: $(KBWIZ)

run: deps
	@$(MAKE) --no-print-directory _build _demo-data
	@echo "kbwiz: store: $${KBWIZ_DB:-$${XDG_DATA_HOME:-$$HOME/.local/share}/kbwiz/kbwiz.db}"
	@echo "kbwiz: demo case: $(BUILD)/demo  (try: $(KBWIZ) --root $(BUILD)/demo/C)"
	$(KBWIZ) --kb-dir kb

test: deps-test
	@$(MAKE) --no-print-directory _test-build
	@tests/run.sh $(BUILD)

asan:
	@$(MAKE) --no-print-directory BUILD=build-asan SAN=1 test

# Tests that take minutes: every article of the archive through the
# importer (needs ../shared/kb-archive).
test-long: deps-test
	@$(MAKE) --no-print-directory _test-build
	@KBWIZ_BUILD=$(BUILD) KBWIZ_SRC=$(CURDIR) sh tests/long/import_archive.sh

# The README's two commands on a new minimal Debian 12 (root, network,
# debootstrap; see tests/fresh/run.sh).  Not part of `make test`.
test-fresh:
	@sh tests/fresh/run.sh

_test-build: $(KBWIZ) $(KBWIZ_HOOKS) $(UNIT_BIN) $(TOOL_BIN)

bench: deps-test
	@$(MAKE) --no-print-directory _test-build
	@bench/run.sh $(BUILD)

demo: deps-test
	@$(MAKE) --no-print-directory _test-build _demo-data

_demo-data: $(TOOL_BIN)
	@if [ -x tests/make-demo.sh ]; then tests/make-demo.sh $(BUILD) $(BUILD)/demo; fi

# Fuzz targets are built with clang's libFuzzer against a separate
# instrumented copy of core; FUZZ_SECONDS bounds each run.  FUZZ_SEED=0
# lets libFuzzer pick a seed (exploration); CI fixes one so that a run is a
# regression check over the seeds that a noisy machine cannot make flaky.
FUZZ_SECONDS ?= 20
FUZZ_SEED    ?= 0
FUZZ_BUILD   := build-fuzz
fuzz: deps-test
	@$(MAKE) --no-print-directory CC=clang BUILD=$(FUZZ_BUILD) \
		CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" _fuzz

_fuzz: $(LIBCORE)
	@mkdir -p $(BUILD)/fuzz
	@set -e; for src in $(FUZZ_SRC); do \
		name=$$(basename $$src .c); \
		clang $(BASE_CFLAGS) $(CORE_CFLAGS) -fsanitize=fuzzer,address,undefined \
			$$src $(LIBCORE) $(CORE_LIBS) -o $(BUILD)/fuzz/$$name; \
		mkdir -p $(BUILD)/fuzz/corpus-$$name; \
		seeds=fuzz/seeds/$$name; [ -d $$seeds ] || seeds=; \
		echo "fuzz: $$name for $(FUZZ_SECONDS)s"; \
		$(BUILD)/fuzz/$$name -max_total_time=$(FUZZ_SECONDS) -seed=$(FUZZ_SEED) -print_final_stats=0 \
			$(BUILD)/fuzz/corpus-$$name $$seeds >$(BUILD)/fuzz/$$name.log 2>&1 \
			|| { tail -40 $(BUILD)/fuzz/$$name.log; exit 1; }; \
		grep -aE '^Done|^#[0-9]+.*DONE' $(BUILD)/fuzz/$$name.log | tail -1; \
	done

$(LIBCORE): $(CORE_OBJ)
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

# `kbwiz kb test` (core/kbtest.c) builds its evidence with the fixture
# writers of the test library (tests/lib), which core's API does not hold.
# The two libraries need each other: link them as a group.
$(BUILD)/core/kbtest.o: CORE_CFLAGS += -Itests
LINK_CORE       = -Wl,--start-group $(LIBCORE) $(LIBTEST) -Wl,--end-group
LINK_CORE_HOOKS = -Wl,--start-group $(LIBCORE_HOOKS) $(LIBTEST) -Wl,--end-group

$(KBWIZ): $(TUI_OBJ) $(LIBCORE) $(LIBTEST)
	$(CC) $(LDFLAGS_ALL) -o $@ $(TUI_OBJ) $(LINK_CORE) $(TUI_LIBS) $(CORE_LIBS) -lm

$(BUILD)/core/fix-hooks.o: core/fix.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) -DKBWIZ_TEST_HOOKS -c $< -o $@

$(LIBCORE_HOOKS): $(filter-out $(BUILD)/core/fix.o,$(CORE_OBJ)) $(BUILD)/core/fix-hooks.o
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

$(KBWIZ_HOOKS): $(TUI_OBJ) $(LIBCORE_HOOKS) $(LIBTEST)
	$(CC) $(LDFLAGS_ALL) -o $@ $(TUI_OBJ) $(LINK_CORE_HOOKS) $(TUI_LIBS) $(CORE_LIBS) -lm

$(BUILD)/tests/test_fix: tests/unit/test_fix.c $(LIBTEST) $(LIBCORE_HOOKS)
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) $(TEST_CFLAGS) -Itests $< $(LINK_CORE_HOOKS) \
		$(LDFLAGS_ALL) $(TEST_LIBS) $(CORE_LIBS) -lm -o $@

# The TUI's text fitting has no curses: its test links it alone.
$(BUILD)/tests/test_textfit: tests/unit/test_textfit.c $(BUILD)/tui/textfit.o $(LIBTEST) $(LIBCORE)
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) $(TEST_CFLAGS) -Itests $< $(BUILD)/tui/textfit.o $(LIBTEST) \
		$(LIBCORE) $(LDFLAGS_ALL) $(TEST_LIBS) $(CORE_LIBS) -lm -o $@

$(BUILD)/core/%.o: core/%.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) -c $< -o $@

$(BUILD)/tui/%.o: tui/%.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) $(TUI_CFLAGS) -c $< -o $@

$(LIBTEST): $(TLIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	rm -f $@ && ar rcs $@ $^

$(BUILD)/tests/lib/%.o: tests/lib/%.c
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) -Itests -c $< -o $@

$(BUILD)/tests/%: tests/unit/%.c $(LIBTEST) $(LIBCORE)
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) $(TEST_CFLAGS) -Itests $< $(LINK_CORE) \
		$(LDFLAGS_ALL) $(TEST_LIBS) $(CORE_LIBS) -lm -o $@

# test_kbimport_debt fails realloc() and calloc() in the core library from
# the test binary alone (core has no allocation-failure hook).
$(BUILD)/tests/test_kbimport_debt: LDFLAGS_ALL += -Wl,--wrap=realloc -Wl,--wrap=calloc

$(BUILD)/tools/%: tests/tools/%.c $(LIBTEST) $(LIBCORE)
	@mkdir -p $(@D)
	$(CC) $(BASE_CFLAGS) $(CORE_CFLAGS) -Itests $< $(LINK_CORE) \
		$(LDFLAGS_ALL) $(CORE_LIBS) -lm -o $@

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/kbwiz/kb/tests
	install -m 755 $(KBWIZ) $(DESTDIR)$(PREFIX)/bin/kbwiz
	install -m 644 kbwiz.1 $(DESTDIR)$(PREFIX)/share/man/man1/kbwiz.1
	install -m 644 kb/*.yaml kb/README.md $(DESTDIR)$(PREFIX)/share/kbwiz/kb/
	install -m 644 kb/tests/*.yaml $(DESTDIR)$(PREFIX)/share/kbwiz/kb/tests/

clean:
	rm -rf build build-asan build-fuzz

-include $(CORE_OBJ:.o=.d) $(TUI_OBJ:.o=.d) $(TLIB_OBJ:.o=.d) $(BUILD)/core/fix-hooks.d

# test/fuzz/fuzz.mk: libFuzzer harnesses of the pure-C core and other
# reliability targets (included by the top-level Makefile).
#
#   make fuzzcheck                 every harness, about FUZZ_SECONDS (60) in all;
#                                  prints "fuzz <name>: N passed, M failed"
#   make fuzzlong FUZZ_LONG=1800   long run, FUZZ_LONG seconds per harness, all
#                                  harnesses at once under nice; logs and the
#                                  grown corpora go to test/fuzz/long/
#   make fuzzbuild                 build the harnesses only
#   make valgrindcheck             pg_regress suite against a server under
#                                  valgrind (test/reliability/valgrind.sh)
#   make versioncheck              the glue compiled against PostgreSQL 13, 17
#                                  and 18 headers from Debian's archive
#                                  (test/reliability/versions.sh)
#   make asancheck                 the C unit tests built with ASan + UBSan
#
# A harness is built only when the core source it tests exists, so this file
# works at every stage of the project.  Without clang-14 the fuzz targets
# print a note and succeed.

FUZZ_CC		?= clang-14
FUZZ_SAN	= -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS	?= -std=c99 -g -O1 -Wall -Wextra -Werror -Isrc/core $(FUZZ_SAN)
FUZZ_SECONDS ?= 60
FUZZ_LONG	?= 1800

FUZZ_NAMES	= readings fold \
	$(if $(wildcard src/core/ac_annot.c),scan) \
	$(if $(wildcard src/core/ac_pinyin.c),pinyin) \
	$(if $(wildcard src/core/ac_tok.c),tok)
FUZZ_BINS	= $(patsubst %,test/fuzz/fuzz_%.bin,$(FUZZ_NAMES))
FUZZ_OBJS	= $(patsubst %.c,test/fuzz/obj/%.o,$(CORE_SRCS))
FUZZ_HAVE_CC = $(shell command -v $(FUZZ_CC) 2>/dev/null)

EXTRA_CLEAN	+= test/fuzz/obj

# Core objects: instrumented for coverage and sanitizers, built once.
test/fuzz/obj/%.o: %.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

test/fuzz/fuzz_%.bin: test/fuzz/fuzz_%.c test/fuzz/fuzz_common.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS)

# Unit tests under ASan/UBSan: plain core objects (no coverage hooks).
ASAN_OBJS	= $(patsubst %.c,test/fuzz/obj/asan/%.o,$(CORE_SRCS))
ASAN_TESTS	= $(patsubst test/unit/%.c,test/fuzz/obj/asan/%.bin,$(wildcard test/unit/test_*.c))

test/fuzz/obj/asan/%.o: %.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

test/fuzz/obj/asan/%.bin: test/unit/%.c test/unit/ac_test.h $(ASAN_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Itest/unit -o $@ $< $(ASAN_OBJS)

.PHONY: fuzzbuild fuzzcheck fuzzlong valgrindcheck asancheck versioncheck
ifeq ($(FUZZ_HAVE_CC),)
fuzzbuild fuzzcheck fuzzlong asancheck:
	@echo "fuzz: $(FUZZ_CC) not found, fuzzing skipped (apt-get install clang-14 libclang-rt-14-dev)"
else
fuzzbuild: $(FUZZ_BINS)

fuzzcheck: $(FUZZ_BINS)
	@test/fuzz/run.sh check $(FUZZ_SECONDS) $(FUZZ_NAMES)

fuzzlong: $(FUZZ_BINS)
	@test/fuzz/run.sh long $(FUZZ_LONG) $(FUZZ_NAMES)

asancheck: $(ASAN_TESTS)
	@rc=0; for t in $(ASAN_TESTS); do \
		out=$$(ASAN_OPTIONS=detect_leaks=1 ./$$t) || rc=1; \
		printf '%s\n' "$$out" | sed 's/^unit /asan /'; \
	done; exit $$rc
endif

valgrindcheck:
	test/reliability/valgrind.sh

versioncheck:
	test/reliability/versions.sh

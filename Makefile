# annot_clean: clean, read and search annotated Chinese text in PostgreSQL.
#
#   make && make install        build and install (PGXS)
#   make installcheck           pg_regress suite against a running server
#   make unitcheck              C unit tests of the pure-C core (no server)
#   scripts/test.sh             everything, on a throwaway cluster
#
# The pure-C core (src/core) must compile without any PostgreSQL header:
# unitcheck builds it with a plain compiler and no server include path.

EXTENSION	= annot_clean
EXTVERSION	= 1.3
MODULE_big	= annot_clean
PGFILEDESC	= "annot_clean - clean, read and search annotated CJK text"

CORE_SRCS	= $(sort $(wildcard src/core/*.c) $(wildcard src/core/gen/*.c))
# src/seg: C + ICU, still no PostgreSQL header (word segmentation).
SEG_SRCS	= $(sort $(wildcard src/seg/*.c))
GLUE_SRCS	= $(sort $(wildcard src/pg/*.c))
OBJS		= $(CORE_SRCS:.c=.o) $(SEG_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# The install script is assembled from one part per capability, in order.
# Released versions: their install scripts are frozen in sql/ (1.0-1.2), and
# each upgrade script is a header from sql/upgrade/ plus the parts that
# version added, so no statement is written twice.
SQL_PARTS	= $(sort $(wildcard sql/parts/*.sql))
UPGRADES	= sql/$(EXTENSION)--1.0--1.1.sql sql/$(EXTENSION)--1.1--1.2.sql \
		  sql/$(EXTENSION)--1.2--1.3.sql
DATA_built	= sql/$(EXTENSION)--$(EXTVERSION).sql $(UPGRADES)
DATA		= sql/$(EXTENSION)--1.0.sql sql/$(EXTENSION)--1.1.sql sql/$(EXTENSION)--1.2.sql

# Regression tests, in order; init must stay first.
REGRESS_ORDER = init clean extract seed encoding security pinyin parser \
	search tsvector gin headline index parallel pinyin_search rum upgrade
# rum needs the optional rum extension (scripts/test.sh installs it).
REGRESS_SKIP	= $(if $(wildcard $(shell $(PG_CONFIG) --sharedir)/extension/rum.control),,rum)
REGRESS		= $(filter-out $(REGRESS_SKIP),$(foreach t,$(REGRESS_ORDER),$(if $(wildcard sql/$(t).sql),$(t))))
ENCODING	= UTF8
NO_LOCALE	= 1

PG_CPPFLAGS	= -I$(srcdir)/src/core -I$(srcdir)/src/seg
# Warnings are errors (-Wall comes from PGXS).  Unused parameters are allowed
# only because PostgreSQL's own headers (storage/bufpage.h) have them.
PG_CFLAGS	= -Wextra -Werror -Wno-unused-parameter
SHLIB_LINK	= $(ICU_LIBS)
EXTRA_CLEAN	= $(DATA_built) test/unit/*.bin test/fuzz/*.bin

# Track header dependencies (PGXS leaves this off): a stale object built
# against an older struct layout crashes the backend.
override autodepend = yes

PG_CONFIG	?= pg_config
PGXS		:= $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

ifndef ICU_LIBS
SHLIB_LINK	= $(shell pkg-config --libs icu-uc icu-i18n)
endif

# The script is read in the database encoding before any of it runs, so a
# non-ASCII byte would make CREATE EXTENSION fail in, e.g., EUC_CN with an
# encoding error instead of our "requires a UTF8 database" hint.
ascii_check = @if LC_ALL=C grep -n '[^[:print:][:space:]]' $^ >&2; then \
		echo "error: non-ASCII bytes in $^ (extension scripts must be ASCII)" >&2; exit 1; fi

sql/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS)
	$(ascii_check)
	cat $^ > $@

sql/$(EXTENSION)--1.0--1.1.sql: sql/upgrade/$(EXTENSION)--1.0--1.1.head sql/parts/45_tsvector.sql
	$(ascii_check)
	cat $^ > $@

sql/$(EXTENSION)--1.1--1.2.sql: sql/upgrade/$(EXTENSION)--1.1--1.2.head sql/parts/46_costs.sql sql/parts/47_gin.sql
	$(ascii_check)
	cat $^ > $@

sql/$(EXTENSION)--1.2--1.3.sql: sql/upgrade/$(EXTENSION)--1.2--1.3.head
	$(ascii_check)
	cat $^ > $@

# ---- core unit tests: plain C, no server headers ----
UNIT_CC		?= cc
UNIT_CFLAGS	?= -std=c99 -O1 -g -Wall -Wextra -Werror -Isrc/core
UNIT_TESTS	= $(patsubst %.c,%.bin,$(wildcard test/unit/test_*.c))

test/unit/%.bin: test/unit/%.c $(CORE_SRCS) $(wildcard src/core/*.h) test/unit/ac_test.h
	$(UNIT_CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRCS)

.PHONY: unitcheck
unitcheck: $(UNIT_TESTS)
	@rc=0; for t in $(UNIT_TESTS); do ./$$t || rc=1; done; exit $$rc

# Fuzz harnesses (libFuzzer) and other reliability targets live beside
# their harnesses.
-include test/fuzz/fuzz.mk

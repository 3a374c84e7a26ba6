/*-------------------------------------------------------------------------
 * ac_test.h
 *	  A minimal unit-test harness for the pure-C core.
 *
 * Each test binary checks conditions with AC_CHECK / AC_CHECK_STR and ends
 * main() with "return ac_test_report(name);", which prints one line
 *	  unit <name>: N passed, M failed
 * that scripts/test.sh adds up.
 *-------------------------------------------------------------------------
 */
#ifndef AC_TEST_H
#define AC_TEST_H

#include <stdio.h>
#include <string.h>

static int	ac_test_passed;
static int	ac_test_failed;

#define AC_CHECK(cond) \
	do { \
		if (cond) \
			ac_test_passed++; \
		else \
		{ \
			ac_test_failed++; \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

/* Compare a (ptr, len) byte string with an expected C string. */
#define AC_CHECK_STR(got, gotlen, want) \
	do { \
		size_t		want_len_ = strlen(want); \
		if ((size_t) (gotlen) == want_len_ && memcmp((got), (want), want_len_) == 0) \
			ac_test_passed++; \
		else \
		{ \
			ac_test_failed++; \
			fprintf(stderr, "%s:%d: got \"%.*s\", want \"%s\"\n", __FILE__, __LINE__, \
					(int) (gotlen), (const char *) (got), (want)); \
		} \
	} while (0)

static inline int
ac_test_report(const char *name)
{
	printf("unit %s: %d passed, %d failed\n", name, ac_test_passed, ac_test_failed);
	return ac_test_failed == 0 ? 0 : 1;
}

#endif							/* AC_TEST_H */

/*-------------------------------------------------------------------------
 * fuzz_common.h
 *	  Shared helpers of the libFuzzer harnesses in test/fuzz/.
 *
 * Harnesses check invariants of the pure-C core, not only the absence of
 * crashes: a broken invariant prints what broke and aborts, which libFuzzer
 * reports as a crash and saves the input as a reproducer.
 *-------------------------------------------------------------------------
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ac_utf8.h"

#define FUZZ_REQUIRE(cond, what) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "invariant broken at %s:%d: %s (%s)\n", \
					__FILE__, __LINE__, (what), #cond); \
			abort(); \
		} \
	} while (0)

/*
 * A heap copy of the input: ASan then catches any read past its end, which
 * it may not do on libFuzzer's own buffer for every size.
 */
static inline unsigned char *
fuzz_copy(const uint8_t *data, size_t size)
{
	unsigned char *p = malloc(size > 0 ? size : 1);

	if (p == NULL)
		abort();
	if (size > 0)
		memcpy(p, data, size);
	return p;
}

/* Decode buf into code points (AC_UTF8_INVALID per invalid byte). */
static inline size_t
fuzz_decode(const unsigned char *buf, size_t len, uint32_t *cps, size_t max)
{
	size_t		p = 0;
	size_t		n = 0;

	while (p < len && n < max)
		p += (size_t) ac_utf8_decode(buf + p, len - p, &cps[n++]);
	return n;
}

#endif							/* FUZZ_COMMON_H */

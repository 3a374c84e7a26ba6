/*-------------------------------------------------------------------------
 * ac_utf8.h
 *	  Bounded UTF-8 decoding and encoding for the pure-C core.
 *
 * Every walker in the core goes through ac_utf8_decode(): it never reads
 * past the length it is given and turns any malformed sequence into one
 * byte of AC_UTF8_INVALID, so arbitrary bytes can be scanned safely.
 *-------------------------------------------------------------------------
 */
#ifndef AC_UTF8_H
#define AC_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define AC_UTF8_INVALID 0xFFFFFFFFu

/*
 * Decode the sequence at s[0 .. len).  len must be >= 1.  Returns the number
 * of bytes consumed (1..4) and stores the code point in *cp; a malformed,
 * overlong, surrogate or truncated sequence consumes exactly one byte and
 * yields AC_UTF8_INVALID.
 */
int			ac_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);

/* Encode cp (must be a valid scalar value) into out; returns 1..4. */
int			ac_utf8_encode(uint32_t cp, unsigned char out[4]);

/* Whole buffer is well-formed UTF-8. */
bool		ac_utf8_valid(const unsigned char *s, size_t len);

/* Number of code points (an invalid byte counts as one). */
size_t		ac_utf8_count(const unsigned char *s, size_t len);

#endif							/* AC_UTF8_H */

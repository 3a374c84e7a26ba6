/*-------------------------------------------------------------------------
 * ac_pinyin_parse.h
 *	  Parse the body of a reading annotation into pinyin letters, and match
 *	  it syllable by syllable against the characters it would annotate.
 *
 * Parsing accepts the spellings annotators use: tone marks (precomposed or
 * combining), tone digits 1-5 and 0, ü written "ü", "v" or "u:", syllables
 * spaced, joined or separated by apostrophes or hyphens, stray spaces, a
 * capitalised first letter.  It rejects anything else at the first byte
 * that cannot belong to pinyin, which is what keeps scanning cheap.
 *
 * Matching splits the letters into syllables by dynamic programming: each
 * syllable must be a valid Hanyu Pinyin syllable and a known reading (tone
 * ignored) of the character it lands on.
 *-------------------------------------------------------------------------
 */
#ifndef AC_PINYIN_PARSE_H
#define AC_PINYIN_PARSE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "ac_readings.h"

/* Most letters in one annotation body (16 syllables of up to 6 letters). */
#define AC_PP_MAXLETTERS 96

/* Longest body in bytes we look at before giving up. */
#define AC_PP_MAXBODY 192

/* What ends a body. */
typedef enum ac_pp_term
{
	AC_PP_TERM_PAREN,			/* ")" or full-width "）" */
	AC_PP_TERM_TAG				/* "<" (the content of an HTML <rt>) */
} ac_pp_term;

typedef struct ac_pp_body
{
	int			nletters;
	int			npieces;		/* runs of letters between separators */
	char		letter[AC_PP_MAXLETTERS];	/* a-z, "v" for ü */
	uint8_t		mark[AC_PP_MAXLETTERS];	/* tone mark on this letter, 0-4 */
	/* brk[i]: a syllable must start at letter i (separator or digit before) */
	uint8_t		brk[AC_PP_MAXLETTERS + 1];
	/* digit[i]: tone digit written right before letter i (1-5, 0 = none) */
	uint8_t		digit[AC_PP_MAXLETTERS + 1];
	bool		has_upper;		/* some letter was written in upper case */
	bool		any_tone;		/* some tone mark or digit was given */
	size_t		body_len;		/* bytes of the body, terminator excluded */
	int			term_len;		/* bytes of the terminator (0 for TAG) */
} ac_pp_body;

/*
 * Parse a body starting at s (at most avail bytes available).  Returns true
 * when it looks like pinyin and its terminator was found within
 * AC_PP_MAXBODY bytes; b->body_len and b->term_len then say where it ends.
 */
bool		ac_pp_parse(const unsigned char *s, size_t avail, ac_pp_term term,
						ac_pp_body *b);

/*
 * Split the parsed body into k syllables read by the k characters before
 * it: ctx[0] is the character right before, ctx[1] the one before that, and
 * so on (nctx of them, all Han).  With exact_k > 0 only k == exact_k is
 * accepted, otherwise the smallest k that fits.  On success returns k and
 * fills out[0..k) in text order (tone 0 if none given; in a toned body an
 * unmarked syllable is neutral, tone 5) and *toned; returns 0 otherwise.
 *
 * A capitalised body without any tone ("張海峰(Zhang Haifeng)",
 * "海法(Haifa)") is the romanised spelling of a name, part of the text,
 * not a reading annotation: it never matches.
 */
int			ac_pp_match(const ac_pp_body *b, const uint32_t *ctx, int nctx,
						int exact_k, ac_reading *out, bool *toned);

/*
 * Fast path for the most common annotation of all, one syllable after one
 * character: "(zhi)", "(jiào)", "(xue2)".  If the body at s is a single
 * lower-case syllable followed by ")" or "）" and it is a reading of cp,
 * returns true with *out, *toned and *end (bytes through the closing
 * bracket).  false means "not decided here": the caller takes the general
 * path (ac_pp_parse + ac_pp_match), which gives the same answer whenever
 * this one says true.
 */
bool		ac_pp_single(const unsigned char *s, size_t avail, uint32_t cp,
						 ac_reading *out, bool *toned, size_t *end);

#endif							/* AC_PINYIN_PARSE_H */

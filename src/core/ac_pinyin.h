/*-------------------------------------------------------------------------
 * ac_pinyin.h
 *	  Readings of Chinese text in context.
 *
 * ac_pinyin_run() is a pure function: given a run of code points it picks
 * one reading for every Han character from its context.  Evidence, from
 * strongest to weakest:
 *
 *	 1. a reading given by the caller (an annotation in the source text);
 *	 2. the phrase dictionary: the run is segmented into dictionary phrases
 *		by dynamic programming (longest covering wins), each phrase brings
 *		the readings of its characters;
 *	 3. rules for the most frequent heteronyms that phrases leave open
 *		(了 得 地 着 还 行 长 重 为 ...), from their neighbours;
 *	 4. the character's default (most frequent) reading.
 *
 * Traditional characters are looked up through ac_fold_t2s(), so the
 * phrase "銀行" is found as "银行"; a reading found that way is kept only
 * when the original character has it.
 *
 * Time is linear in n; no allocation; all data is generated const tables.
 *-------------------------------------------------------------------------
 */
#ifndef AC_PINYIN_H
#define AC_PINYIN_H

#include <stddef.h>
#include <stdint.h>

#include "ac_readings.h"

/*
 * Runs longer than this are cut into pieces of this many code points (a
 * phrase straddling a cut loses its context, nothing worse).  Callers that
 * want to check for interrupts feed at most this many code points a call.
 */
#define AC_PINYIN_MAXRUN 512

/*
 * cps[0..n): any code points (non-Han ones act as phrase boundaries and as
 * context for the rules).  given: NULL, or n readings where given[i] != 0
 * is an annotation's reading for cps[i] that wins; a toneless one (tone 0)
 * keeps its syllable and takes its tone from the context reading or the
 * character's readings with that syllable, else the neutral tone.
 * out[0..n): the reading of each Han character, 0 for any code point that
 * has none.
 */
void		ac_pinyin_run(const uint32_t *cps, size_t n, const ac_reading *given,
						  ac_reading *out);

/* Where a reading came from (ac_pinyin_explain). */
typedef enum ac_pinyin_source
{
	AC_SRC_NONE = 0,			/* not Han, or no reading */
	AC_SRC_ANNOT,				/* the caller's (annotation's) reading */
	AC_SRC_PHRASE,				/* a dictionary phrase */
	AC_SRC_RULE,				/* a heteronym rule */
	AC_SRC_DEFAULT				/* the character's default reading */
} ac_pinyin_source;

/* ac_pinyin_run, also telling where each reading came from (src may be NULL). */
void		ac_pinyin_explain(const uint32_t *cps, size_t n, const ac_reading *given,
							  ac_reading *out, uint8_t *src);

/*
 * Parse a style name ("tone", "number", "plain", "first"); returns false
 * for any other name.  AC_PINYIN_STYLE_NAMES lists the valid ones.
 */
#define AC_PINYIN_STYLE_NAMES "tone, number, plain, first"
bool		ac_pinyin_style_parse(const char *name, size_t len, ac_pinyin_style *style);

#endif							/* AC_PINYIN_H */

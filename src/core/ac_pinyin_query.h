/*-------------------------------------------------------------------------
 * ac_pinyin_query.h
 *	  Pinyin typed as a query: letters to syllables, all the ways.
 *
 * Users type pinyin without tones ("zhiye"), with tone marks ("zhíyè") or
 * digits ("zhi2ye4"), in any case, full-width or not, or only the initials
 * ("zy").  This module turns one typed word into:
 *
 *	 - its normalized letters (lower-case ASCII, ü as "v"; tone marks and
 *	   digits dropped, a digit marking the end of a syllable);
 *	 - every split of those letters into Hanyu Pinyin syllables ("xian" is
 *	   "xian" and "xi an"), fewest syllables first;
 *	 - whether it may also be a string of initials.
 *
 * And, for the document side, the distinct toneless syllables of a Han
 * character.  Pure C, no allocation, bounded work: words longer than
 * AC_PQ_MAXLETTERS letters are not pinyin, at most AC_PQ_MAXSPLITS splits
 * are enumerated.
 *-------------------------------------------------------------------------
 */
#ifndef AC_PINYIN_QUERY_H
#define AC_PINYIN_QUERY_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Longest typed word read as pinyin, in letters. */
#define AC_PQ_MAXLETTERS 40
/* Most splits of one word enumerated. */
#define AC_PQ_MAXSPLITS 32
/* Most syllables in one split. */
#define AC_PQ_MAXSYL AC_PQ_MAXLETTERS
/* Longest string of initials (one letter per character). */
#define AC_PQ_MAXINITIALS 8
/* Most distinct toneless syllables kept per character. */
#define AC_PQ_MAXCHARSYL 8

typedef struct ac_pq_word
{
	char		letters[AC_PQ_MAXLETTERS];
	int			n;
	/* stop[i]: a syllable boundary is required before letter i (a tone
	 * digit followed letter i - 1); stop[n] is unused */
	bool		stop[AC_PQ_MAXLETTERS + 1];
	bool		plain;			/* ASCII letters only: no tone, no digit */
} ac_pq_word;

typedef struct ac_pq_split
{
	int			k;				/* syllables */
	int16_t		syl[AC_PQ_MAXSYL];
} ac_pq_split;

/*
 * Normalize a typed word of len bytes of UTF-8.  Returns false when it
 * cannot be pinyin (a letter outside pinyin, a digit that is not a tone
 * after a letter, too long, empty).
 */
bool		ac_pq_normalize(const char *s, size_t len, ac_pq_word *w);

/*
 * The splits of w into syllables, at most max (<= AC_PQ_MAXSPLITS), sorted
 * by number of syllables (fewest first).  The syllabic nasals (m, n, ng,
 * hm, hng) and ê are never used: they are interjections, and allowing them
 * would split almost every word ending in n or ng.  Returns the count.
 */
int			ac_pq_splits(const ac_pq_word *w, ac_pq_split *out, int max);

/*
 * May w also be initials (one letter per character)?  Plain letters only,
 * each one a possible first letter of a syllable (never i, u, v), 2 to
 * AC_PQ_MAXINITIALS letters; beyond 4 letters only when there is no split
 * into syllables and no a, o or e (so "hello" is not initials).
 */
bool		ac_pq_initials_ok(const ac_pq_word *w, int nsplits);

/*
 * The distinct toneless syllables of Han character cp (its own readings,
 * then those of its Simplified form), most common first, at most max.
 */
int			ac_pq_char_syllables(uint32_t cp, int *syl, int max);

/* First letter of a syllable: its initial ("zhi" -> 'z', "an" -> 'a'). */
char		ac_pq_initial(int syl);

#endif							/* AC_PINYIN_QUERY_H */

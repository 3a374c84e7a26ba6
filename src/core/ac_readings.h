/*-------------------------------------------------------------------------
 * ac_readings.h
 *	  Hanyu Pinyin syllables and the readings of every Han character.
 *
 * The data behind this interface is generated C (src/core/gen/), compiled
 * into the shared library's read-only segment: nothing is loaded at run
 * time and every backend shares the same pages.
 *
 * A syllable is identified by a small integer, its index in the sorted
 * table of toneless syllables ("a" .. "zuo"; ü is spelled "v": "lv", "nve").
 * ê (as in 欸) is spelled "ea"; the syllabic nasals are "m", "n", "ng",
 * "hm", "hng".  A reading is a syllable plus a tone, packed in 16 bits;
 * tone 0 means "not given" (an unmarked annotation such as "jiao").
 *-------------------------------------------------------------------------
 */
#ifndef AC_READINGS_H
#define AC_READINGS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef uint16_t ac_reading;

#define AC_TONE_NEUTRAL 5
#define AC_READING(syl, tone)	((ac_reading) (((syl) << 3) | (tone)))
#define AC_READING_SYL(r)		((int) ((r) >> 3))
#define AC_READING_TONE(r)		((int) ((r) & 7))	/* 1..4, 5 = neutral */

/* Output styles shared by the pinyin converter and annot_extract. */
typedef enum ac_pinyin_style
{
	AC_STYLE_TONE,				/* zhōng, lǜ, neutral tone unmarked: de */
	AC_STYLE_NUMBER,			/* zhong1, lv4, de5 */
	AC_STYLE_PLAIN,				/* zhong, lv */
	AC_STYLE_FIRST				/* z, l (zh/ch/sh give z/c/s) */
} ac_pinyin_style;

/* Longest formatted syllable in bytes, without a terminator ("zhuāng" = 7). */
#define AC_SYLLABLE_MAXBYTES 12

/* ---- syllables ---- */

int			ac_syllable_count(void);

/* Toneless name, ASCII, ü written as "v". */
const char *ac_syllable_name(int syl);

/*
 * Look up a toneless lowercase ASCII syllable ("v" for ü) of len bytes.
 * Returns its id, or -1 if it is not a Hanyu Pinyin syllable.
 */
int			ac_syllable_lookup(const char *s, size_t len);

/*
 * Write reading r in the given style into out (at least
 * AC_SYLLABLE_MAXBYTES bytes); returns the number of bytes written.
 * No terminator is written.
 */
size_t		ac_reading_format(ac_reading r, ac_pinyin_style style, char *out);

/*
 * Parse one written syllable of len bytes of UTF-8: tone marks ("guó",
 * "lǜ", "ế", "ḿ", combining marks too), or a trailing digit ("guo2", "lv4",
 * "de5"; 0 also means neutral), or neither (tone 0, "not given").  ü may be
 * written ü, v or u:; ê as ê or "ea"; ɑ and ɡ are read as a and g; ASCII
 * case is ignored.  Returns false unless it is exactly one syllable.
 */
bool		ac_reading_parse(const char *s, size_t len, ac_reading *out);

/* ---- readings of characters ---- */

/*
 * All readings of code point cp, the most common first; *out points into
 * static read-only data.  Returns the count, 0 when cp has no reading.
 */
int			ac_readings_of(uint32_t cp, const ac_reading **out);

/* Does cp have toneless syllable syl among its readings? */
bool		ac_has_syllable(uint32_t cp, int syl);

/* Number of code points that have readings (for reports and tests). */
int			ac_readings_coverage(void);

/* Is cp a Han ideograph (any CJK Unified/Compatibility block, or U+3007)? */
bool		ac_is_han(uint32_t cp);

#endif							/* AC_READINGS_H */

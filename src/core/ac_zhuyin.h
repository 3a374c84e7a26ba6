/*-------------------------------------------------------------------------
 * ac_zhuyin.h
 *	  Zhuyin (Bopomofo) annotation bodies, converted to pinyin letters.
 *
 * "國(ㄍㄨㄛˊ)" reads guó: the body is turned into the same letters,
 * boundaries and tones as a pinyin body, so the annotation is matched by
 * the very same rule (every syllable a known reading of its character).
 *-------------------------------------------------------------------------
 */
#ifndef AC_ZHUYIN_H
#define AC_ZHUYIN_H

#include "ac_pinyin_parse.h"

/* Is cp a Bopomofo letter (U+3105..U+3129)? */
#define AC_IS_BOPOMOFO(cp) ((cp) >= 0x3105 && (cp) <= 0x3129)

/*
 * Parse a zhuyin body at s (lim bytes at most) up to its terminator.
 * Syllables are separated by spaces or tone marks, or follow from the
 * initial-medial-final order; an unmarked syllable is tone 1, "˙" marks the
 * neutral tone.  Returns false when it is not zhuyin.
 */
bool		ac_zhuyin_parse(const unsigned char *s, size_t lim, ac_pp_term term,
							ac_pp_body *b);

#endif							/* AC_ZHUYIN_H */

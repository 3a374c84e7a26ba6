/*-------------------------------------------------------------------------
 * ac_pinyin_int.h
 *	  Internal interface between the segmenter (ac_pinyin.c) and the
 *	  heteronym rules (ac_pinyin_rules.c).  Not for other callers.
 *-------------------------------------------------------------------------
 */
#ifndef AC_PINYIN_INT_H
#define AC_PINYIN_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ac_readings.h"

/* Reading from a toneless syllable name and a tone; 0 if no such syllable. */
ac_reading	ac_pinyin_make(const char *name, int tone);

/* Default reading of cp, whose Simplified lookup key is key. */
ac_reading	ac_pinyin_default(uint32_t cp, uint32_t key);

/*
 * Reading of cps[i], a Han character no phrase covered.  key[] holds the
 * Simplified keys (0 for non-Han), covered[]/out[] what phrases decided.
 * *how is set to AC_SRC_RULE or AC_SRC_DEFAULT.
 */
ac_reading	ac_pinyin_rule(const uint32_t *cps, const uint32_t *key,
						   const bool *covered, const ac_reading *out,
						   size_t n, size_t i, uint8_t *how);

#endif							/* AC_PINYIN_INT_H */

/*-------------------------------------------------------------------------
 * ac_pinyin_rules.c
 *	  Readings of frequent heteronyms that no phrase decided.
 *-------------------------------------------------------------------------
 */
#include "ac_pinyin_int.h"

ac_reading
ac_pinyin_rule(const uint32_t *cps, const uint32_t *key, const bool *covered,
			   const ac_reading *out, size_t n, size_t i)
{
	(void) covered;
	(void) out;
	(void) n;
	return ac_pinyin_default(cps[i], key[i]);
}

/*-------------------------------------------------------------------------
 * ac_uclass.h
 *	  Coarse Unicode character classes for the core.
 *
 * The tokenizer decides token boundaries with them, and the annotation
 * scanner asks whether a character extends the one before it (a combining
 * mark or variation selector must never be moved onto another character
 * by removing an annotation).
 *-------------------------------------------------------------------------
 */
#ifndef AC_UCLASS_H
#define AC_UCLASS_H

#include <stdbool.h>
#include <stdint.h>

typedef enum ac_uclass
{
	AC_CLS_OTHER = 0,
	AC_CLS_BLANK,
	AC_CLS_HAN,
	AC_CLS_KANA,
	AC_CLS_HANGUL,
	AC_CLS_LETTER,
	AC_CLS_DIGIT,
	AC_CLS_MARK,				/* combining mark: extends the previous token */
	AC_CLS_EXTEND				/* variation selector, ZWJ: same */
} ac_uclass;


ac_uclass	ac_uclass_of(uint32_t cp);

/* Does cp attach to the character before it (mark, variation selector, ZWJ)? */
static inline bool
ac_uclass_extends(uint32_t cp)
{
	ac_uclass	c = ac_uclass_of(cp);

	return c == AC_CLS_MARK || c == AC_CLS_EXTEND;
}

#endif							/* AC_UCLASS_H */

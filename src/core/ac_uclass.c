/*-------------------------------------------------------------------------
 * ac_uclass.c
 *	  Coarse Unicode character classes (see ac_uclass.h).
 *-------------------------------------------------------------------------
 */
#include "ac_uclass.h"

#include "ac_readings.h"
#include "ac_utf8.h"

static bool
is_blank(uint32_t cp)
{
	return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 ||
		cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
		cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
		cp == 0x3000 || cp == 0xFEFF;
}

/*
 * Classify a code point.  Block-based on purpose: the classes only decide
 * where tokens end, and the same function runs on documents and queries,
 * so the exact treatment of rare scripts never costs recall.
 */
ac_uclass
ac_uclass_of(uint32_t cp)
{
	if (cp < 0x80)
	{
		if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
			return AC_CLS_LETTER;
		if (cp >= '0' && cp <= '9')
			return AC_CLS_DIGIT;
		if (is_blank(cp))
			return AC_CLS_BLANK;
		return AC_CLS_OTHER;
	}
	if (cp == AC_UTF8_INVALID)
		return AC_CLS_OTHER;
	if (cp >= 0x4E00 && cp <= 0x9FFF)
		return AC_CLS_HAN;
	if (is_blank(cp))
		return AC_CLS_BLANK;
	if (cp < 0x3000)
	{
		if (cp < 0x2000)
		{
			if (cp < 0xC0)
				return (cp == 0xAA || cp == 0xB5 || cp == 0xBA) ?
					AC_CLS_LETTER : AC_CLS_OTHER;
			if (cp == 0xD7 || cp == 0xF7 || cp == 0x37E || cp == 0x387 ||
				cp == 0x482 || (cp >= 0x2C2 && cp <= 0x2C5) ||
				(cp >= 0x2D2 && cp <= 0x2DF) || (cp >= 0x2E5 && cp <= 0x2EB))
				return AC_CLS_OTHER;
			if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x483 && cp <= 0x489) ||
				(cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF))
				return AC_CLS_MARK;
			if (cp >= 0x1100 && cp <= 0x11FF)
				return AC_CLS_HANGUL;
			/* Latin, Greek, Cyrillic, ... other scripts: letters */
			return AC_CLS_LETTER;
		}
		if (cp == 0x200C || cp == 0x200D)
			return AC_CLS_EXTEND;
		if (cp >= 0x20D0 && cp <= 0x20FF)
			return AC_CLS_MARK;
		if (cp >= 0x2C00 && cp <= 0x2DFF)
			return AC_CLS_LETTER;
		if (cp >= 0x2E80 && cp <= 0x2FDF)
			return AC_CLS_HAN;	/* radicals; NFKC maps Kangxi ones to Han */
		return AC_CLS_OTHER;	/* punctuation, symbols, arrows, ... */
	}
	if (cp < 0xA000)
	{
		if (cp < 0x3040)
		{
			if (cp == 0x3005 || cp == 0x3006 || cp == 0x3007 ||
				(cp >= 0x3021 && cp <= 0x3029) || cp == 0x303B)
				return AC_CLS_HAN;
			if (cp >= 0x302A && cp <= 0x302F)
				return AC_CLS_MARK;
			if (cp >= 0x3031 && cp <= 0x3035)
				return AC_CLS_KANA;
			return AC_CLS_OTHER;
		}
		if (cp <= 0x30FF)
		{
			if (cp == 0x3099 || cp == 0x309A)
				return AC_CLS_MARK;
			if (cp == 0x309B || cp == 0x309C || cp == 0x30A0 || cp == 0x30FB)
				return AC_CLS_OTHER;
			return AC_CLS_KANA;
		}
		if (cp <= 0x312F || (cp >= 0x31A0 && cp <= 0x31BF) ||
			(cp >= 0x31F0 && cp <= 0x31FF))
			return AC_CLS_KANA;
		if (cp >= 0x3130 && cp <= 0x318F)
			return AC_CLS_HANGUL;
		if (cp >= 0x3400 && cp <= 0x4DBF)
			return AC_CLS_HAN;
		return AC_CLS_OTHER;	/* enclosed and compatibility CJK, strokes */
	}
	if (cp < 0x10000)
	{
		if (cp >= 0xAC00 && cp <= 0xD7FF)
			return AC_CLS_HANGUL;
		if (cp < 0xAC00)
			return AC_CLS_LETTER;	/* Yi, Lisu, Vai, Latin Ext-D, ... */
		if (cp >= 0xF900 && cp <= 0xFAFF)
			return AC_CLS_HAN;
		if (cp >= 0xFB00 && cp <= 0xFDFF)
			return (cp == 0xFD3E || cp == 0xFD3F) ? AC_CLS_OTHER : AC_CLS_LETTER;
		if (cp >= 0xFE00 && cp <= 0xFE0F)
			return AC_CLS_EXTEND;
		if (cp >= 0xFE20 && cp <= 0xFE2F)
			return AC_CLS_MARK;
		if (cp >= 0xFE70 && cp <= 0xFEFC)
			return AC_CLS_LETTER;
		if (cp >= 0xFF10 && cp <= 0xFF19)
			return AC_CLS_DIGIT;
		if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A))
			return AC_CLS_LETTER;
		if (cp >= 0xFF66 && cp <= 0xFF9D)
			return AC_CLS_KANA;
		if (cp == 0xFF9E || cp == 0xFF9F)
			return AC_CLS_MARK;	/* half-width voicing marks */
		if (cp >= 0xFFA0 && cp <= 0xFFDC)
			return AC_CLS_HANGUL;
		return AC_CLS_OTHER;	/* private use, forms, specials */
	}
	if (cp < 0x20000)
	{
		if (cp >= 0x1B000 && cp <= 0x1B2FF)
			return AC_CLS_KANA;
		if (cp >= 0x1D7CE && cp <= 0x1D7FF)
			return AC_CLS_DIGIT;
		if (cp >= 0x1D400 && cp <= 0x1D7CD)
			return AC_CLS_LETTER;
		if (cp >= 0x1F000)
			return AC_CLS_OTHER;	/* emoji, symbols */
		if (cp >= 0x1D000)
			return AC_CLS_OTHER;	/* musical, Tai Xuan Jing, ... */
		return AC_CLS_LETTER;	/* historic scripts */
	}
	if (cp < 0x40000)
		return ac_is_han(cp) ? AC_CLS_HAN : AC_CLS_OTHER;
	if (cp >= 0xE0100 && cp <= 0xE01EF)
		return AC_CLS_EXTEND;	/* ideographic variation selectors */
	return AC_CLS_OTHER;
}

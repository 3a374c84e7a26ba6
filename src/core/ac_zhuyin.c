/*-------------------------------------------------------------------------
 * ac_zhuyin.c
 *	  Zhuyin (Bopomofo) annotation bodies (see ac_zhuyin.h).
 *-------------------------------------------------------------------------
 */
#include "ac_zhuyin.h"

#include <string.h>

#include "ac_utf8.h"

/* Initials ㄅ..ㄙ (U+3105..U+3119), in code point order. */
static const char zy_initial[21][3] = {
	"b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
	"j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s"
};

/*
 * Rimes after an initial, by medial (none, ㄧ, ㄨ, ㄩ) and final (none,
 * then ㄚ..ㄦ = U+311A..U+3126); "" marks an impossible combination, "-"
 * the empty rime (zhi, chi, shi, ri, zi, ci, si).
 */
static const char zy_rime[4][14][5] = {
	{"-", "a", "o", "e", "ea", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"},
	{"i", "ia", "io", "", "ie", "iai", "", "iao", "iu", "ian", "in", "iang", "ing", ""},
	{"u", "ua", "uo", "", "", "uai", "ui", "", "", "uan", "un", "uang", "ong", ""},
	{"v", "", "", "", "ve", "", "", "", "", "van", "vn", "", "iong", ""}
};

/* The same rimes without an initial: yi, ya, wu, wo, yu, yue ... */
static const char zy_rime0[4][14][6] = {
	{"", "a", "o", "e", "ea", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"},
	{"yi", "ya", "yo", "", "ye", "yai", "", "yao", "you", "yan", "yin", "yang", "ying", ""},
	{"wu", "wa", "wo", "", "", "wai", "wei", "", "", "wan", "wen", "wang", "weng", ""},
	{"yu", "", "", "", "yue", "", "", "", "", "yuan", "yun", "", "yong", ""}
};

/* A syllable being read: -1 = part absent. */
typedef struct zy_syllable
{
	int			initial;		/* 0..20 */
	int			medial;			/* 1..3 */
	int			final;			/* 1..13 */
	int			tone;			/* 0 = not yet given */
	bool		open;
} zy_syllable;

/* Spell the syllable in pinyin letters into b; false if impossible. */
static bool
zy_flush(zy_syllable *zs, ac_pp_body *b)
{
	char		buf[8];
	const char *rime;
	size_t		len = 0;
	size_t		i;
	int			m = zs->medial < 0 ? 0 : zs->medial;
	int			f = zs->final < 0 ? 0 : zs->final;

	if (!zs->open)
		return true;
	if (zs->initial >= 0)
	{
		const char *ini = zy_initial[zs->initial];

		rime = zy_rime[m][f];
		if (rime[0] == '\0' || (rime[0] == '-' && zs->initial < 14))
			return false;
		memcpy(buf, ini, strlen(ini));
		len = strlen(ini);
		if (rime[0] == '-')
			rime = "i";
		/* ü is written u after j, q, x */
		if (zs->initial >= 11 && zs->initial <= 13 && rime[0] == 'v')
		{
			buf[len++] = 'u';
			rime++;
		}
	}
	else
	{
		rime = zy_rime0[m][f];
		if (rime[0] == '\0')
			return false;
	}
	if (len + strlen(rime) > 6 || b->nletters + (int) (len + strlen(rime)) > AC_PP_MAXLETTERS)
		return false;
	memcpy(buf + len, rime, strlen(rime));
	len += strlen(rime);
	for (i = 0; i < len; i++)
	{
		int			n = b->nletters++;

		b->letter[n] = buf[i];
		b->mark[n] = 0;
		b->brk[n] = i == 0;
		b->digit[n + 1] = 0;
	}
	/* an unmarked zhuyin syllable is the first tone */
	b->digit[b->nletters] = (uint8_t) (zs->tone ? zs->tone : 1);
	b->npieces++;
	zs->initial = zs->medial = zs->final = -1;
	zs->tone = 0;
	zs->open = false;
	return true;
}

bool
ac_zhuyin_parse(const unsigned char *s, size_t lim, ac_pp_term term,
				ac_pp_body *b)
{
	zy_syllable zs = {-1, -1, -1, 0, false};
	int			pending_neutral = 0;
	size_t		i = 0;

	b->nletters = 0;
	b->npieces = 0;
	b->digit[0] = 0;
	b->has_upper = false;
	b->any_tone = true;
	while (i < lim)
	{
		uint32_t	cp;
		int			nb = ac_utf8_decode(s + i, lim - i, &cp);

		if ((term == AC_PP_TERM_PAREN && (cp == ')' || cp == 0xFF09)) ||
			(term == AC_PP_TERM_TAG && cp == '<'))
		{
			if (!zy_flush(&zs, b) || b->nletters == 0 || pending_neutral)
				return false;
			b->brk[b->nletters] = 1;
			b->body_len = i;
			b->term_len = term == AC_PP_TERM_PAREN ? nb : 0;
			return true;
		}
		i += (size_t) nb;
		if (cp == ' ' || cp == 0x3000 || cp == 0x00A0)
		{
			if (!zy_flush(&zs, b))
				return false;
		}
		else if (cp == 0x02D9)
		{
			/* ˙ (neutral) is written before the syllable, sometimes after */
			if (zs.open && zs.tone == 0)
			{
				zs.tone = AC_TONE_NEUTRAL;
				if (!zy_flush(&zs, b))
					return false;
			}
			else
				pending_neutral = 1;
		}
		else if (cp == 0x02C9 || cp == 0x02CA || cp == 0x02C7 || cp == 0x02CB)
		{
			if (!zs.open)
				return false;
			zs.tone = cp == 0x02C9 ? 1 : cp == 0x02CA ? 2 : cp == 0x02C7 ? 3 : 4;
			if (!zy_flush(&zs, b))
				return false;
		}
		else if (AC_IS_BOPOMOFO(cp))
		{
			int			part = cp <= 0x3119 ? 0 : cp >= 0x3127 ? 1 : 2;

			/* a part that cannot extend the syllable starts the next one */
			if (zs.open &&
				((part == 0) ||
				 (part == 1 && (zs.medial >= 0 || zs.final >= 0)) ||
				 (part == 2 && zs.final >= 0)))
			{
				if (!zy_flush(&zs, b))
					return false;
			}
			if (b->npieces >= 16)
				return false;
			zs.open = true;
			if (pending_neutral)
			{
				zs.tone = AC_TONE_NEUTRAL;
				pending_neutral = 0;
			}
			if (part == 0)
				zs.initial = (int) (cp - 0x3105);
			else if (part == 1)
				zs.medial = (int) (cp - 0x3127) + 1;
			else
				zs.final = (int) (cp - 0x311A) + 1;
		}
		else
			return false;
	}
	return false;
}

/*-------------------------------------------------------------------------
 * ac_pinyin_parse.c
 *	  Parse an annotation body into pinyin letters and match it against the
 *	  characters it annotates (see ac_pinyin_parse.h).
 *-------------------------------------------------------------------------
 */
#include "ac_pinyin_parse.h"

#include <string.h>

#include "ac_utf8.h"
#include "ac_zhuyin.h"
#include "gen/ac_readings_data.h"

/* Most syllables one body may carry; equals AC_ANNOT_MAXSYL. */
#define PP_MAXSYL 16

/* Longest toneless syllable in letters ("zhuang", "chuang", "shuang"). */
#define PP_MAXSYLLEN 6

/* A precomposed letter with a tone mark, or ü. */
typedef struct pp_letter
{
	uint16_t	cp;
	char		letter;			/* a-z, v for ü */
	uint8_t		tone;			/* 0 = none */
	uint8_t		upper;
} pp_letter;

static const pp_letter pp_letters[] = {
	{0x00C0, 'a', 4, 1}, {0x00C1, 'a', 2, 1}, {0x00C8, 'e', 4, 1},
	{0x00C9, 'e', 2, 1}, {0x00CC, 'i', 4, 1}, {0x00CD, 'i', 2, 1},
	{0x00D2, 'o', 4, 1}, {0x00D3, 'o', 2, 1}, {0x00D9, 'u', 4, 1},
	{0x00DA, 'u', 2, 1}, {0x00DC, 'v', 0, 1}, {0x00E0, 'a', 4, 0},
	{0x00E1, 'a', 2, 0}, {0x00E8, 'e', 4, 0}, {0x00E9, 'e', 2, 0},
	{0x00EC, 'i', 4, 0}, {0x00ED, 'i', 2, 0}, {0x00F2, 'o', 4, 0},
	{0x00F3, 'o', 2, 0}, {0x00F9, 'u', 4, 0}, {0x00FA, 'u', 2, 0},
	{0x00FC, 'v', 0, 0}, {0x0100, 'a', 1, 1}, {0x0101, 'a', 1, 0},
	{0x0112, 'e', 1, 1}, {0x0113, 'e', 1, 0}, {0x011A, 'e', 3, 1},
	{0x011B, 'e', 3, 0}, {0x012A, 'i', 1, 1}, {0x012B, 'i', 1, 0},
	{0x0143, 'n', 2, 1}, {0x0144, 'n', 2, 0}, {0x0147, 'n', 3, 1},
	{0x0148, 'n', 3, 0}, {0x014C, 'o', 1, 1}, {0x014D, 'o', 1, 0},
	{0x016A, 'u', 1, 1}, {0x016B, 'u', 1, 0}, {0x01CD, 'a', 3, 1},
	{0x01CE, 'a', 3, 0}, {0x01CF, 'i', 3, 1}, {0x01D0, 'i', 3, 0},
	{0x01D1, 'o', 3, 1}, {0x01D2, 'o', 3, 0}, {0x01D3, 'u', 3, 1},
	{0x01D4, 'u', 3, 0}, {0x01D5, 'v', 1, 1}, {0x01D6, 'v', 1, 0},
	{0x01D7, 'v', 2, 1}, {0x01D8, 'v', 2, 0}, {0x01D9, 'v', 3, 1},
	{0x01DA, 'v', 3, 0}, {0x01DB, 'v', 4, 1}, {0x01DC, 'v', 4, 0},
	{0x01F8, 'n', 4, 1}, {0x01F9, 'n', 4, 0}, {0x1E3E, 'm', 2, 1},
	{0x1E3F, 'm', 2, 0}
};

static const pp_letter *
pp_find_letter(uint32_t cp)
{
	int			lo = 0;
	int			hi = (int) (sizeof(pp_letters) / sizeof(pp_letters[0])) - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (pp_letters[mid].cp == cp)
			return &pp_letters[mid];
		if (pp_letters[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* Tone carried by a combining mark, 0 if cp is not one. */
static int
pp_combining_tone(uint32_t cp)
{
	switch (cp)
	{
		case 0x0304:
			return 1;
		case 0x0301:
			return 2;
		case 0x030C:
			return 3;
		case 0x0300:
			return 4;
		default:
			return 0;
	}
}

/* What the previous element of the body was. */
enum
{
	PREV_SEP, PREV_JOIN, PREV_LETTER, PREV_DIGIT
};

/*
 * Close a word: an ALL-CAPS word of two letters or more is an acronym or a
 * tag ("RCEP", "VH"), never a reading.
 */
static bool
pp_word_ok(int *letters, int *upper)
{
	bool		ok = !(*letters >= 2 && *upper == *letters);

	*letters = 0;
	*upper = 0;
	return ok;
}

bool
ac_pp_parse(const unsigned char *s, size_t avail, ac_pp_term term,
			ac_pp_body *b)
{
	size_t		lim = avail < AC_PP_MAXBODY ? avail : AC_PP_MAXBODY;
	size_t		i = 0;
	int			n = 0;
	int			prev = PREV_SEP;
	int			word_letters = 0;
	int			word_upper = 0;
	uint8_t		pending_brk = 1;

	b->digit[0] = 0;
	b->has_upper = false;
	b->any_tone = false;

	/* fast path: one toneless lower-case syllable, "(zhi)" */
	if (term == AC_PP_TERM_PAREN)
	{
		while (n < 7 && (size_t) n < lim && s[n] >= 'a' && s[n] <= 'z')
		{
			b->letter[n] = (char) s[n];
			b->mark[n] = 0;
			b->brk[n] = 0;
			b->digit[n] = 0;
			n++;
		}
		if (n >= 1 && n <= 6 && (size_t) n < lim && s[n] == ')')
		{
			b->brk[0] = 1;
			b->brk[n] = 1;
			b->digit[n] = 0;
			b->nletters = n;
			b->npieces = 1;
			b->body_len = (size_t) n;
			b->term_len = 1;
			return true;
		}
		n = 0;
	}

	/* a zhuyin body: "國(ㄍㄨㄛˊ)", after optional spaces */
	{
		size_t		j = 0;

		while (j < lim && s[j] == ' ')
			j++;
		if (j + 2 < lim && s[j] == 0xE3 && (s[j + 1] == 0x84 || s[j + 1] == 0x80))
		{
			uint32_t	cp;

			ac_utf8_decode(s + j, lim - j, &cp);
			if (cp == 0x3000)
			{
				while (j + 2 < lim && s[j] == 0xE3 && s[j + 1] == 0x80 && s[j + 2] == 0x80)
					j += 3;
				if (j + 2 < lim)
					ac_utf8_decode(s + j, lim - j, &cp);
			}
			if (AC_IS_BOPOMOFO(cp))
				return ac_zhuyin_parse(s, lim, term, b);
		}
		else if (j + 1 < lim && s[j] == 0xCB && s[j + 1] == 0x99)
			return ac_zhuyin_parse(s, lim, term, b);	/* ˙ first */
	}
	while (i < lim)
	{
		unsigned char c = s[i];
		char		letter = 0;
		uint8_t		tone = 0;
		bool		upper = false;

		if (c < 0x80)
		{
			if (c >= 'a' && c <= 'z')
				letter = (char) c;
			else if (c >= 'A' && c <= 'Z')
			{
				letter = (char) (c - 'A' + 'a');
				upper = true;
			}
			else if (c >= '0' && c <= '5')
			{
				/* a tone digit ends the syllable it follows */
				if (prev != PREV_LETTER)
					return false;
				b->digit[n] = (uint8_t) (c == '0' ? AC_TONE_NEUTRAL : c - '0');
				b->any_tone = true;
				pending_brk = 1;
				prev = PREV_DIGIT;
				i++;
				continue;
			}
			else if (c == ':')
			{
				/* "u:" spells ü */
				if (prev != PREV_LETTER || b->letter[n - 1] != 'u')
					return false;
				b->letter[n - 1] = 'v';
				i++;
				continue;
			}
			else if (c == ' ' || c == '\'' || c == '-')
			{
				/* an apostrophe or hyphen joins two syllables, nothing else */
				if (prev == PREV_JOIN || (c != ' ' && prev == PREV_SEP))
					return false;
				if (!pp_word_ok(&word_letters, &word_upper))
					return false;
				pending_brk = 1;
				prev = c == ' ' ? PREV_SEP : PREV_JOIN;
				i++;
				continue;
			}
			else if ((term == AC_PP_TERM_PAREN && c == ')') ||
					 (term == AC_PP_TERM_TAG && c == '<'))
			{
				b->term_len = term == AC_PP_TERM_PAREN ? 1 : 0;
				goto done;
			}
			else
				return false;
			i++;
		}
		else
		{
			uint32_t	cp;
			int			nb;
			const pp_letter *pl;
			int			ct;

			/* letters with tone marks are two bytes: decode those inline */
			if (c >= 0xC2 && c < 0xE0 && i + 1 < lim && (s[i + 1] & 0xC0) == 0x80)
			{
				cp = ((uint32_t) (c & 0x1F) << 6) | (s[i + 1] & 0x3F);
				nb = 2;
			}
			else
				nb = ac_utf8_decode(s + i, lim - i, &cp);

			if (cp == 0xFF09 && term == AC_PP_TERM_PAREN)
			{
				b->term_len = 3;
				goto done;
			}
			i += (size_t) nb;
			if (cp == 0x3000 || cp == 0x00A0 || cp == 0x2019)
			{
				/* ideographic or no-break space; right quote as apostrophe */
				if (prev == PREV_JOIN || (cp == 0x2019 && prev == PREV_SEP))
					return false;
				if (!pp_word_ok(&word_letters, &word_upper))
					return false;
				pending_brk = 1;
				prev = cp == 0x2019 ? PREV_JOIN : PREV_SEP;
				continue;
			}
			if ((ct = pp_combining_tone(cp)) != 0)
			{
				if (prev != PREV_LETTER || b->mark[n - 1] != 0)
					return false;
				b->mark[n - 1] = (uint8_t) ct;
				b->any_tone = true;
				continue;
			}
			if (cp == 0x0308)
			{
				if (prev != PREV_LETTER || b->letter[n - 1] != 'u')
					return false;
				b->letter[n - 1] = 'v';
				continue;
			}
			pl = pp_find_letter(cp);
			if (pl == NULL)
				return false;
			letter = pl->letter;
			tone = pl->tone;
			upper = pl->upper != 0;
		}

		/* a letter */
		if (n >= AC_PP_MAXLETTERS)
			return false;
		b->letter[n] = letter;
		b->mark[n] = tone;
		if (tone)
			b->any_tone = true;
		b->brk[n] = pending_brk;
		pending_brk = 0;
		n++;
		b->digit[n] = 0;
		word_letters++;
		if (upper)
		{
			word_upper++;
			b->has_upper = true;
		}
		prev = PREV_LETTER;
	}
	return false;				/* no terminator within reach */

done:
	if (n == 0 || prev == PREV_JOIN || !pp_word_ok(&word_letters, &word_upper))
		return false;
	b->nletters = n;
	b->brk[n] = 1;
	b->body_len = i;
	b->npieces = 0;
	while (n-- > 0)
		b->npieces += b->brk[n];
	return true;
}

/*
 * ac_syllable_lookup() for letters already known to be a-z: the name packed
 * big-endian into a uint64 (the generated key table's order) and a
 * branch-free binary search.  This is the hot spot of annotation-dense text.
 */
static int
pp_lookup(const char *letters, int len)
{
	const uint64_t *base = ac_syllable_keys;
	size_t		n = AC_SYLLABLE_COUNT;
	unsigned char k8[8] = {0};
	uint64_t	key;

	memcpy(k8, letters, (size_t) len);
	key = ((uint64_t) k8[0] << 56) | ((uint64_t) k8[1] << 48) |
		((uint64_t) k8[2] << 40) | ((uint64_t) k8[3] << 32) |
		((uint64_t) k8[4] << 24) | ((uint64_t) k8[5] << 16) |
		((uint64_t) k8[6] << 8) | (uint64_t) k8[7];
	while (n > 1)
	{
		size_t		half = n / 2;

		base = (base[half] <= key) ? base + half : base;
		n -= half;
	}
	return *base == key ? (int) (base - ac_syllable_keys) : -1;
}

/*
 * The syllable spelled by letters [s, s + len), or -1.  *tone gets its tone
 * (mark or trailing digit), 0 when none, -1 when it has two.
 */
static int
pp_segment(const ac_pp_body *b, int s, int len, int *tone)
{
	char		buf[PP_MAXSYLLEN] = {0};
	int			t = 0;
	int			i;
	int			syl;

	for (i = 0; i < len; i++)
	{
		if (i > 0 && b->brk[s + i])
			return -1;
		if (b->mark[s + i])
		{
			if (t)
				return -1;
			t = b->mark[s + i];
		}
		buf[i] = b->letter[s + i];
	}
	if (b->digit[s + len])
	{
		if (t)
			return -1;
		t = b->digit[s + len];
	}
	*tone = t;
	syl = pp_lookup(buf, len);
	if (syl >= 0)
		return syl;

	/* common variant spellings: "lue"/"nue" for lüe/nüe, "jv" for ju */
	if (len == 3 && (buf[0] == 'l' || buf[0] == 'n') && buf[1] == 'u' && buf[2] == 'e')
	{
		buf[1] = 'v';
		return pp_lookup(buf, len);
	}
	if (len >= 2 && strchr("jqxy", buf[0]) != NULL && buf[1] == 'v')
	{
		buf[1] = 'u';
		return pp_lookup(buf, len);
	}
	return -1;
}

/*
 * The common case: the syllables are exactly the pieces between separators
 * ("zhi", "pái huái", "xi'an").  Then no split can have fewer syllables, so
 * this is also the answer the full search would give.
 */
static int
pp_match_pieces(const ac_pp_body *b, const uint32_t *ctx, int maxk,
				int exact_k, ac_reading *out)
{
	int			starts[PP_MAXSYL + 1];
	int			np = 0;
	int			i;

	for (i = 0; i < b->nletters; i++)
	{
		if (b->brk[i])
		{
			if (np == PP_MAXSYL)
				return 0;
			starts[np++] = i;
		}
	}
	starts[np] = b->nletters;
	if (np > maxk || (exact_k > 0 && np != exact_k))
		return 0;
	for (i = 0; i < np; i++)
	{
		int			len = starts[i + 1] - starts[i];
		int			tone;
		int			syl;

		if (len > PP_MAXSYLLEN)
			return 0;
		syl = pp_segment(b, starts[i], len, &tone);
		if (syl < 0 || !ac_has_syllable(ctx[np - 1 - i], syl))
			return 0;
		out[i] = AC_READING(syl, tone);
	}
	return np;
}

int
ac_pp_match(const ac_pp_body *b, const uint32_t *ctx, int nctx,
			int exact_k, ac_reading *out, bool *toned)
{
	/* fit[s] bit j: letters [s, n) split into j syllables read by ctx[j-1..0] */
	uint32_t	fit[AC_PP_MAXLETTERS + 1];
	uint8_t		choice[AC_PP_MAXLETTERS + 1][PP_MAXSYL + 1];
	int			n = b->nletters;
	int			maxk = nctx < PP_MAXSYL ? nctx : PP_MAXSYL;
	int			s;
	int			k;
	int			j;
	bool		any_tone = false;

	if (n <= 0 || maxk <= 0)
		return 0;
	if (!b->any_tone && b->has_upper)
		return 0;				/* a romanised name, not a reading */
	if (b->npieces == 1 && n <= PP_MAXSYLLEN && exact_k <= 1)
	{
		/* one syllable, the most common annotation of all */
		int			tone;
		int			syl = pp_segment(b, 0, n, &tone);

		if (syl >= 0 && ac_has_syllable(ctx[0], syl))
		{
			out[0] = AC_READING(syl, tone);
			k = 1;
			goto found;
		}
	}
	k = pp_match_pieces(b, ctx, maxk, exact_k, out);
	if (k > 0)
		goto found;
	fit[n] = 1;
	for (s = n - 1; s >= 0; s--)
	{
		int			len;

		fit[s] = 0;
		for (len = 1; len <= PP_MAXSYLLEN && s + len <= n; len++)
		{
			int			tone;
			int			syl;
			uint32_t	after = fit[s + len];

			if (after != 0 && (syl = pp_segment(b, s, len, &tone)) >= 0)
			{
				for (j = 1; j <= maxk; j++)
				{
					if ((after & (1u << (j - 1))) && !(fit[s] & (1u << j)) &&
						ac_has_syllable(ctx[j - 1], syl))
					{
						fit[s] |= 1u << j;
						choice[s][j] = (uint8_t) len;
					}
				}
			}
			if (b->brk[s + len])
				break;			/* a longer syllable would cross a separator */
		}
	}

	if (exact_k > 0)
		k = (exact_k <= maxk && (fit[0] & (1u << exact_k))) ? exact_k : 0;
	else
	{
		for (k = 1; k <= maxk; k++)
			if (fit[0] & (1u << k))
				break;
		if (k > maxk)
			k = 0;
	}
	if (k == 0)
		return 0;

	/* walk the choices back into readings, in text order */
	s = 0;
	for (j = k; j >= 1; j--)
	{
		int			len = choice[s][j];
		int			tone;
		int			syl = pp_segment(b, s, len, &tone);

		out[k - j] = AC_READING(syl, tone);
		s += len;
	}

found:
	for (j = 0; j < k; j++)
		if (AC_READING_TONE(out[j]) != 0)
			any_tone = true;
	if (any_tone)
	{
		/* in toned pinyin an unmarked syllable is a neutral tone */
		for (j = 0; j < k; j++)
			if (AC_READING_TONE(out[j]) == 0)
				out[j] = AC_READING(AC_READING_SYL(out[j]), AC_TONE_NEUTRAL);
	}
	*toned = any_tone;
	return k;
}

bool
ac_pp_single(const unsigned char *s, size_t avail, uint32_t cp,
			 ac_reading *out, bool *toned, size_t *end)
{
	char		letters[8];
	int			n = 0;
	int			tone = 0;
	size_t		i = 0;
	int			syl;

	while (i < avail && n <= PP_MAXSYLLEN)
	{
		unsigned char c = s[i];

		if (c >= 'a' && c <= 'z')
		{
			letters[n++] = (char) c;
			i++;
		}
		else if (c >= 0xC3 && c <= 0xC7 && i + 1 < avail && (s[i + 1] & 0xC0) == 0x80)
		{
			const pp_letter *pl = pp_find_letter(((uint32_t) (c & 0x1F) << 6) |
												 (s[i + 1] & 0x3F));

			if (pl == NULL || pl->upper || (pl->tone && tone))
				return false;
			if (pl->tone)
				tone = pl->tone;
			letters[n++] = pl->letter;
			i += 2;
		}
		else
			break;
	}
	if (n == 0 || n > PP_MAXSYLLEN || i >= avail)
		return false;
	if (s[i] >= '0' && s[i] <= '5')
	{
		if (tone)
			return false;
		tone = s[i] == '0' ? AC_TONE_NEUTRAL : s[i] - '0';
		i++;
		if (i >= avail)
			return false;
	}
	if (s[i] == ')')
		i++;
	else if (s[i] == 0xEF && i + 2 < avail && s[i + 1] == 0xBC && s[i + 2] == 0x89)
		i += 3;
	else
		return false;
	syl = pp_lookup(letters, n);
	if (syl < 0 || !ac_has_syllable(cp, syl))
		return false;
	*out = AC_READING(syl, tone);
	*toned = tone != 0;
	*end = i;
	return true;
}

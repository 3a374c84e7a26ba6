/*-------------------------------------------------------------------------
 * ac_pinyin.c
 *	  Readings in context: phrase segmentation, defaults, annotations.
 *
 * The phrase tables (src/core/gen/ac_phrase_data.c, see
 * tools/gen/gen_phrases.py) hold phrases keyed by Simplified code points,
 * sorted, shorter first, so the phrases starting at a position are found by
 * narrowing one sorted range character by character: the work per position
 * is bounded by the longest phrase (AC_PP_MAXLEN) times a binary search.
 *
 * A run of Han characters is segmented by dynamic programming: each phrase
 * covering L characters scores L*L, single characters score nothing, and
 * the best-scoring segmentation wins (this prefers long phrases and full
 * coverage, as forward/backward maximum matching do, but also resolves
 * overlaps such as 校长|大 versus 校|长大 by total evidence).
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "ac_pinyin.h"
#include "ac_pinyin_int.h"
#include "ac_fold.h"
#include "gen/ac_phrase_data.h"

#define AC_PP_MAXLEN 8

/*
 * Table readings use the syllable ids of ac_readings (the generator takes
 * them from ac_readings_data.c; test_pinyin checks the two name lists).
 */
#define pp_reading(r) ((ac_reading) (r))

/* The two direct-indexed per-character tables (BMP only). */
static inline uint16_t
pp_default_of(uint32_t cp)
{
	return cp > 0xFFFF ? 0 : ac_pp_blocks[ac_pp_stage1[cp >> 8]][cp & 255];
}

static inline uint16_t
pp_first_of(uint32_t cp)
{
	return cp > 0xFFFF ? 0 : ac_pp_blocks[ac_pp_stage1[cp >> 8]][256 + (cp & 255)];
}

ac_reading
ac_pinyin_make(const char *name, int tone)
{
	int			syl = ac_syllable_lookup(name, strlen(name));

	return syl < 0 ? 0 : AC_READING(syl, tone);
}

/* The reading r if cp has its syllable, else cp's own first reading. */
static ac_reading
own_reading(uint32_t cp, ac_reading r)
{
	const ac_reading *rs;
	int			n;

	if (r != 0 && ac_has_syllable(cp, AC_READING_SYL(r)))
		return r;
	n = ac_readings_of(cp, &rs);
	return n > 0 ? rs[0] : r;
}

ac_reading
ac_pinyin_default(uint32_t cp, uint32_t key)
{
	ac_reading	r = pp_reading(pp_default_of(key));

	if (r == 0)
	{
		const ac_reading *rs;

		if (ac_readings_of(key, &rs) > 0)
			r = rs[0];
	}
	return key == cp ? r : own_reading(cp, r);
}

/* Range of phrases whose first character is c; false if none. */
static inline bool
first_range(uint32_t c, uint32_t *lo_out, uint32_t *hi_out)
{
	uint16_t	k = pp_first_of(c);

	if (k == 0)
		return false;
	*lo_out = ac_pp_first_idx[k - 1];
	*hi_out = ac_pp_first_idx[k];
	return true;
}

/*
 * Within [lo, hi) (phrases longer than depth sharing a prefix), the
 * sub-range whose character at depth is c.
 */
static inline uint32_t
phrase_char(uint32_t p, size_t depth)
{
	return depth == 1 ? ac_pp_c2[p] : ac_pp_cp[ac_pp_off[p] + depth];
}

static void
narrow(uint32_t *lo, uint32_t *hi, size_t depth, uint32_t c)
{
	uint32_t	a = *lo,
				b = *hi;

	while (a < b)
	{
		uint32_t	mid = a + (b - a) / 2;

		if (phrase_char(mid, depth) < c)
			a = mid + 1;
		else
			b = mid;
	}
	*lo = a;
	b = *hi;
	while (a < b)
	{
		uint32_t	mid = a + (b - a) / 2;

		if (phrase_char(mid, depth) <= c)
			a = mid + 1;
		else
			b = mid;
	}
	*hi = a;
}

/* Does phrase p agree with the annotations on key[i..]? */
static bool
phrase_fits(uint32_t p, const ac_reading *given, size_t i)
{
	uint32_t	k;

	if (given == NULL)
		return true;
	for (k = ac_pp_off[p]; k < ac_pp_off[p + 1]; k++, i++)
		if (given[i] != 0 &&
			AC_READING_SYL(given[i]) != AC_READING_SYL(pp_reading(ac_pp_rd[k])))
			return false;
	return true;
}

/*
 * Phrases starting at key[i] and ending by key[e]: stores up to
 * AC_PP_MAXLEN (phrase, length) pairs, returns how many.
 */
static int
phrases_at(const uint32_t *key, size_t i, size_t e, const ac_reading *given,
		   uint32_t *phr, int *len)
{
	uint32_t	lo,
				hi;
	size_t		depth = 1;
	int			m = 0;

	if (!first_range(key[i], &lo, &hi))
		return 0;
	while (lo < hi && m < AC_PP_MAXLEN)
	{
		if (ac_pp_off[lo + 1] - ac_pp_off[lo] == depth)
		{
			if (depth > 1 && phrase_fits(lo, given, i))
			{
				phr[m] = lo;
				len[m] = (int) depth;
				m++;
			}
			lo++;
		}
		if (i + depth >= e || key[i + depth] > 0xFFFF || lo >= hi)
			break;
		narrow(&lo, &hi, depth, key[i + depth]);
		depth++;
	}
	return m;
}

/*
 * Segment the Han run key[s..e) (e - s <= AC_PINYIN_MAXRUN); phrase
 * readings go to out[], covered[] marks characters a phrase decided.
 */
static void
segment(const uint32_t *key, size_t s, size_t e, const ac_reading *given,
		ac_reading *out, bool *covered)
{
	int			best[AC_PINYIN_MAXRUN + 1];
	int32_t		from_phr[AC_PINYIN_MAXRUN + 1];
	uint8_t		from_len[AC_PINYIN_MAXRUN + 1];
	size_t		n = e - s;
	size_t		i;
	size_t		j;

	for (i = 0; i <= n; i++)
		best[i] = -1;
	best[0] = 0;
	for (i = 0; i < n; i++)
	{
		uint32_t	phr[AC_PP_MAXLEN];
		int			len[AC_PP_MAXLEN];
		int			m,
					k;

		if (best[i] + 0 > best[i + 1])
		{
			best[i + 1] = best[i];
			from_phr[i + 1] = -1;
			from_len[i + 1] = 1;
		}
		m = phrases_at(key, s + i, e, given, phr, len);
		for (k = 0; k < m; k++)
		{
			int			sc = best[i] + len[k] * len[k];

			if (sc > best[i + len[k]])
			{
				best[i + len[k]] = sc;
				from_phr[i + len[k]] = (int32_t) phr[k];
				from_len[i + len[k]] = (uint8_t) len[k];
			}
		}
	}
	for (j = n; j > 0; j -= from_len[j])
	{
		if (from_phr[j] >= 0)
		{
			uint32_t	p = (uint32_t) from_phr[j];
			size_t		at = s + j - from_len[j];
			uint32_t	k;

			for (k = ac_pp_off[p]; k < ac_pp_off[p + 1]; k++, at++)
			{
				out[at] = pp_reading(ac_pp_rd[k]);
				covered[at] = true;
			}
		}
	}
}

/* An annotation's reading; a toneless one borrows a tone (see header). */
static ac_reading
annotated(uint32_t cp, ac_reading g, ac_reading context)
{
	const ac_reading *rs;
	int			n,
				k,
				syl = AC_READING_SYL(g);

	if (syl >= ac_syllable_count())
		return context;			/* not a syllable: no evidence */
	if (AC_READING_TONE(g) != 0)
		return g;
	if (context != 0 && AC_READING_SYL(context) == syl)
		return context;
	n = ac_readings_of(cp, &rs);
	for (k = 0; k < n; k++)
		if (AC_READING_SYL(rs[k]) == syl)
			return rs[k];
	n = ac_readings_of(ac_fold_t2s(cp), &rs);
	for (k = 0; k < n; k++)
		if (AC_READING_SYL(rs[k]) == syl)
			return rs[k];
	return AC_READING(syl, AC_TONE_NEUTRAL);
}

static void
run_piece(const uint32_t *cps, size_t n, const ac_reading *given, ac_reading *out,
		  uint8_t *src)
{
	uint8_t		how = AC_SRC_NONE;
	uint32_t	key[AC_PINYIN_MAXRUN];
	bool		covered[AC_PINYIN_MAXRUN];
	size_t		i;

	for (i = 0; i < n; i++)
	{
		key[i] = ac_is_han(cps[i]) ? ac_fold_t2s(cps[i]) : 0;
		covered[i] = false;
		out[i] = 0;
	}
	for (i = 0; i < n;)
	{
		size_t		e = i;

		if (key[i] == 0)
		{
			i++;
			continue;
		}
		while (e < n && key[e] != 0)
			e++;
		segment(key, i, e, given, out, covered);
		i = e;
	}
	for (i = 0; i < n; i++)
	{
		if (key[i] == 0)
		{
			if (src != NULL)
				src[i] = AC_SRC_NONE;
			continue;
		}
		if (covered[i])
		{
			how = AC_SRC_PHRASE;
			if (key[i] != cps[i])
				out[i] = own_reading(cps[i], out[i]);
		}
		else
			out[i] = ac_pinyin_rule(cps, key, covered, out, n, i, &how);
		if (given != NULL && given[i] != 0)
		{
			out[i] = annotated(cps[i], given[i], out[i]);
			how = AC_SRC_ANNOT;
		}
		if (src != NULL)
			src[i] = out[i] == 0 ? AC_SRC_NONE : how;
	}
}

void
ac_pinyin_explain(const uint32_t *cps, size_t n, const ac_reading *given,
				  ac_reading *out, uint8_t *src)
{
	size_t		i;

	for (i = 0; i < n; i += AC_PINYIN_MAXRUN)
	{
		size_t		m = n - i < AC_PINYIN_MAXRUN ? n - i : AC_PINYIN_MAXRUN;

		run_piece(cps + i, m, given ? given + i : NULL, out + i, src ? src + i : NULL);
	}
}

void
ac_pinyin_run(const uint32_t *cps, size_t n, const ac_reading *given, ac_reading *out)
{
	ac_pinyin_explain(cps, n, given, out, NULL);
}

bool
ac_pinyin_style_parse(const char *name, size_t len, ac_pinyin_style *style)
{
	static const struct
	{
		const char *name;
		ac_pinyin_style style;
	}			styles[] = {
		{"tone", AC_STYLE_TONE},
		{"number", AC_STYLE_NUMBER},
		{"plain", AC_STYLE_PLAIN},
		{"first", AC_STYLE_FIRST},
	};
	size_t		k;

	for (k = 0; k < sizeof(styles) / sizeof(styles[0]); k++)
		if (strlen(styles[k].name) == len && memcmp(styles[k].name, name, len) == 0)
		{
			*style = styles[k].style;
			return true;
		}
	return false;
}

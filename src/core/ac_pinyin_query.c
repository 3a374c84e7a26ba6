/*-------------------------------------------------------------------------
 * ac_pinyin_query.c
 *	  Pinyin typed as a query (see ac_pinyin_query.h).
 *-------------------------------------------------------------------------
 */
#include "ac_pinyin_query.h"

#include <string.h>

#include "ac_fold.h"
#include "ac_readings.h"
#include "ac_utf8.h"

/* Longest toneless syllable in letters ("zhuang", "shuang"). */
#define PQ_MAXSYLLEN 6

/* Lower-case letters with a tone mark (or ü), and the ASCII letter each
 * stands for; ü is "v". */
static const struct
{
	uint32_t	cp;
	char		letter;
}			pq_marked[] =
{
	{0xE0, 'a'}, {0xE1, 'a'}, {0x101, 'a'}, {0x1CE, 'a'}, {0x251, 'a'},
	{0xE8, 'e'}, {0xE9, 'e'}, {0x113, 'e'}, {0x11B, 'e'}, {0xEA, 'e'},
	{0xEC, 'i'}, {0xED, 'i'}, {0x12B, 'i'}, {0x1D0, 'i'},
	{0xF2, 'o'}, {0xF3, 'o'}, {0x14D, 'o'}, {0x1D2, 'o'},
	{0xF9, 'u'}, {0xFA, 'u'}, {0x16B, 'u'}, {0x1D4, 'u'},
	{0xFC, 'v'}, {0x1D6, 'v'}, {0x1D8, 'v'}, {0x1DA, 'v'}, {0x1DC, 'v'},
	{0x144, 'n'}, {0x148, 'n'}, {0x1F9, 'n'}, {0x1E3F, 'm'}, {0x261, 'g'},
};

static char
marked_letter(uint32_t cp)
{
	size_t		i;

	for (i = 0; i < sizeof(pq_marked) / sizeof(pq_marked[0]); i++)
		if (pq_marked[i].cp == cp)
			return pq_marked[i].letter;
	return 0;
}

/* Combining tone marks: grave, acute, macron, breve, caron. */
static bool
is_tone_mark(uint32_t cp)
{
	return cp == 0x300 || cp == 0x301 || cp == 0x304 || cp == 0x306 ||
		cp == 0x30C;
}

bool
ac_pq_normalize(const char *s, size_t len, ac_pq_word *w)
{
	size_t		p = 0;
	bool		after_digit = false;

	memset(w, 0, sizeof(*w));
	w->plain = true;
	while (p < len)
	{
		uint32_t	cp;
		uint32_t	f[AC_FOLD_MAXCPS];
		int			nf;
		int			i;

		p += ac_utf8_decode((const unsigned char *) s + p, len - p, &cp);
		if (cp == AC_UTF8_INVALID)
			return false;
		nf = ac_fold_nfkc_cf(cp, f);	/* case, full-width */
		for (i = 0; i < nf; i++)
		{
			uint32_t	c = f[i];
			char		letter = 0;

			if (c >= 'a' && c <= 'z')
				letter = (char) c;
			else if (c >= '0' && c <= '5')
			{
				/* a tone digit ends the syllable it follows */
				if (w->n == 0 || after_digit)
					return false;
				w->stop[w->n] = true;
				w->plain = false;
				after_digit = true;
				continue;
			}
			else if (is_tone_mark(c))
			{
				if (w->n == 0)
					return false;
				w->plain = false;
				continue;
			}
			else if (c == 0x308)	/* combining diaeresis: u + ¨ = ü */
			{
				if (w->n == 0 || w->letters[w->n - 1] != 'u')
					return false;
				w->letters[w->n - 1] = 'v';
				w->plain = false;
				continue;
			}
			else if ((letter = marked_letter(c)) != 0)
				w->plain = false;
			else
				return false;
			if (w->n >= AC_PQ_MAXLETTERS)
				return false;
			w->letters[w->n++] = letter;
			after_digit = false;
		}
	}
	return w->n > 0;
}

/* Is letters[i .. i+len) a syllable a query may use?  Returns its id or -1. */
static int
query_syllable(const ac_pq_word *w, int i, int len)
{
	const char *s = w->letters + i;
	int			t;

	for (t = i + 1; t < i + len; t++)
		if (w->stop[t])
			return -1;			/* a tone digit inside */
	/* interjections only: m, n, ng, hm, hng, ê */
	if ((len == 1 && (s[0] == 'm' || s[0] == 'n')) ||
		(len == 2 && memcmp(s, "ng", 2) == 0) ||
		(len == 2 && memcmp(s, "hm", 2) == 0) ||
		(len == 3 && memcmp(s, "hng", 3) == 0) ||
		(len == 2 && memcmp(s, "ea", 2) == 0))
		return -1;
	return ac_syllable_lookup(s, (size_t) len);
}

typedef struct pq_walk
{
	const ac_pq_word *w;
	bool		reach[AC_PQ_MAXLETTERS + 1];	/* letters [i, n) split */
	int16_t		cur[AC_PQ_MAXSYL];
	ac_pq_split *out;
	int			max;
	int			count;
} pq_walk;

/*
 * Depth-first, longest syllable first; reach[] prunes every dead end, so
 * each path taken ends in a split and the work is bounded by max splits
 * times the letters.
 */
static void
walk(pq_walk *st, int i, int depth)
{
	int			len;

	if (st->count >= st->max)
		return;
	if (i == st->w->n)
	{
		ac_pq_split *sp = &st->out[st->count++];

		sp->k = depth;
		memcpy(sp->syl, st->cur, sizeof(int16_t) * depth);
		return;
	}
	for (len = PQ_MAXSYLLEN; len >= 1; len--)
	{
		int			syl;

		if (i + len > st->w->n || !st->reach[i + len])
			continue;
		if ((syl = query_syllable(st->w, i, len)) < 0)
			continue;
		st->cur[depth] = (int16_t) syl;
		walk(st, i + len, depth + 1);
	}
}

int
ac_pq_splits(const ac_pq_word *w, ac_pq_split *out, int max)
{
	pq_walk		st;
	int			i;
	int			j;

	if (max > AC_PQ_MAXSPLITS)
		max = AC_PQ_MAXSPLITS;
	if (w->n <= 0 || max <= 0)
		return 0;
	memset(st.reach, 0, sizeof(st.reach));
	st.reach[w->n] = true;
	for (i = w->n - 1; i >= 0; i--)
	{
		int			len;

		for (len = 1; len <= PQ_MAXSYLLEN && i + len <= w->n; len++)
		{
			if (st.reach[i + len] && query_syllable(w, i, len) >= 0)
			{
				st.reach[i] = true;
				break;
			}
		}
	}
	if (!st.reach[0])
		return 0;
	st.w = w;
	st.out = out;
	st.max = max;
	st.count = 0;
	walk(&st, 0, 0);

	/* stable insertion sort by syllable count */
	for (i = 1; i < st.count; i++)
	{
		ac_pq_split tmp = out[i];

		for (j = i; j > 0 && out[j - 1].k > tmp.k; j--)
			out[j] = out[j - 1];
		out[j] = tmp;
	}
	return st.count;
}

bool
ac_pq_initials_ok(const ac_pq_word *w, int nsplits)
{
	char		buf[AC_PQ_MAXLETTERS + 1];
	int			i;

	if (!w->plain || w->n < 2 || w->n > AC_PQ_MAXINITIALS)
		return false;
	for (i = 0; i < w->n; i++)
		if (strchr("bpmfdtnlgkhjqxzcsrywaoe", w->letters[i]) == NULL)
			return false;
	if (w->n <= 4)
		return true;
	/* longer: only when it cannot be pinyin and has no a, o, e (an
	 * English word such as "hello" is not taken for initials) */
	memcpy(buf, w->letters, w->n);
	buf[w->n] = '\0';
	return nsplits == 0 && strpbrk(buf, "aoe") == NULL;
}

static int
add_syllables(uint32_t cp, int *syl, int n, int max)
{
	const ac_reading *r;
	int			nr = ac_readings_of(cp, &r);
	int			i;
	int			j;

	for (i = 0; i < nr && n < max; i++)
	{
		int			s = AC_READING_SYL(r[i]);

		for (j = 0; j < n; j++)
			if (syl[j] == s)
				break;
		if (j == n)
			syl[n++] = s;
	}
	return n;
}

int
ac_pq_char_syllables(uint32_t cp, int *syl, int max)
{
	int			n = add_syllables(cp, syl, 0, max);
	uint32_t	s = ac_fold_t2s(cp);

	if (s != cp)
		n = add_syllables(s, syl, n, max);
	return n;
}

char
ac_pq_initial(int syl)
{
	return ac_syllable_name(syl)[0];
}

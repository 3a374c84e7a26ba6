/*-------------------------------------------------------------------------
 * ac_lexeme.c
 *	  The lexemes annot_cjk indexes for one token (see ac_lexeme.h).
 *-------------------------------------------------------------------------
 */
#include "ac_lexeme.h"

#include <string.h>

#include "ac_fold.h"
#include "ac_uclass.h"
#include "ac_utf8.h"

/*
 * Append the search folding of cp to out[*n], keeping the result under
 * AC_TOK_MAXLEN bytes.  Returns false, appending nothing, when it would not
 * fit.
 */
static bool
append_folded(char *out, int *n, uint32_t cp)
{
	uint32_t	f[AC_FOLD_MAXCPS];
	int			nf;
	int			len = *n;
	int			i;

	if (cp < 0x80)
	{
		if (*n + 1 > AC_TOK_MAXLEN)
			return false;
		out[(*n)++] = (char) ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
		return true;
	}
	if (cp == AC_UTF8_INVALID)
		return true;			/* cannot occur in a valid UTF8 text */
	/* encode in place (out has room for a whole fold), keep if it fits */
	nf = ac_fold_search(cp, f);
	for (i = 0; i < nf; i++)
		len += ac_utf8_encode(f[i], (unsigned char *) out + len);
	if (len > AC_TOK_MAXLEN)
		return false;
	*n = len;
	return true;
}

/*
 * The precomposed kana for base + U+3099 (voiced) or U+309A (semi-voiced),
 * 0 if there is none.  Folding is per code point, and NFKC maps half-width
 * "ｶﾞ" to "カ" + U+3099; composing here makes it equal to full-width "ガ".
 */
static uint32_t
compose_kana(uint32_t base, uint32_t mark)
{
	uint32_t	b = base;
	bool		kata = false;

	if (base >= 0x30A1 && base <= 0x30F6)
	{
		b = base - 0x60;
		kata = true;
	}
	if (mark == 0x3099)
	{
		if ((b >= 0x304B && b <= 0x3062 && (b % 2) == 1) ||
			b == 0x3064 || b == 0x3066 || b == 0x3068 ||
			(b >= 0x306F && b <= 0x307B && (b - 0x306F) % 3 == 0))
			return base + 1;
		if (b == 0x3046)
			return kata ? 0x30F4 : 0x3094;
		if (base == 0x309D || (base >= 0x30EF && base <= 0x30F2) || base == 0x30FD)
			return base == 0x309D ? 0x309E : base == 0x30FD ? 0x30FE : base + 8;
	}
	else if (mark == 0x309A && b >= 0x306F && b <= 0x307B && (b - 0x306F) % 3 == 0)
		return base + 2;
	return 0;
}

int
ac_lex_fold(const unsigned char *s, size_t len, char *out)
{
	int			n = 0;
	size_t		p = 0;
	uint32_t	last = 0;		/* last code point written, 0 if ASCII */
	int			last_at = 0;

	while (p < len)
	{
		uint32_t	cp;
		uint32_t	f[AC_FOLD_MAXCPS];
		int			nf;
		int			i;

		p += ac_utf8_decode(s + p, len - p, &cp);
		if (cp < 0x80 || cp == AC_UTF8_INVALID)
		{
			if (!append_folded(out, &n, cp))
				break;
			last = 0;
			continue;
		}
		nf = ac_fold_search(cp, f);
		for (i = 0; i < nf; i++)
		{
			uint32_t	c = compose_kana(last, f[i]);
			int			m;

			if (last != 0 && c != 0)
				n = last_at;	/* replace the base by the composed kana */
			else
				c = f[i];
			/* out has room past AC_TOK_MAXLEN: encode, then check */
			m = ac_utf8_encode(c, (unsigned char *) out + n);
			if (n + m > AC_TOK_MAXLEN)
				return n;
			last_at = n;
			n += m;
			last = c;
		}
	}
	return n;
}

/* Record buf[off .. off + len) as the next lexeme unless it is one already. */
static void
add_lexeme(ac_lexemes *lx, int off, int len)
{
	int			i;

	for (i = 0; i < lx->count; i++)
		if (lx->len[i] == len && memcmp(lx->buf + lx->off[i], lx->buf + off, len) == 0)
			return;
	lx->off[lx->count] = (uint16_t) off;
	lx->len[lx->count] = (uint16_t) len;
	lx->count++;
}

/* The runs of letters and digits (marks included) of the folded token. */
static void
add_parts(ac_lexemes *lx, int n)
{
	const unsigned char *buf = (const unsigned char *) lx->buf;
	int			p = 0;

	while (p < n && lx->count < AC_LEX_MAXPARTS + 1)
	{
		int			start = p;

		while (p < n)
		{
			uint32_t	cp;
			int			step = ac_utf8_decode(buf + p, n - p, &cp);
			ac_uclass	c = ac_uclass_of(cp);

			if (c != AC_CLS_LETTER && c != AC_CLS_DIGIT && c != AC_CLS_MARK)
				break;
			p += step;
		}
		if (p > start && p - start < n)
			add_lexeme(lx, start, p - start);
		if (p == start)
			p++;
		/* skip to the next character boundary */
		while (p < n && (buf[p] & 0xC0) == 0x80)
			p++;
	}
}

int
ac_lex_token(const unsigned char *s, size_t len, uint32_t next_cp,
			 bool parts, ac_lexemes *out)
{
	int			n = ac_lex_fold(s, len, out->buf);

	out->count = 0;
	if (n == 0)
		return 0;
	add_lexeme(out, 0, n);
	if (next_cp != 0)
	{
		int			m = n;

		/* the bigram extends the unigram in place: buf holds both */
		if (append_folded(out->buf, &m, next_cp) && m > n)
			add_lexeme(out, 0, m);
	}
	else if (parts)
		add_parts(out, n);
	return out->count;
}

/* ---- GIN keys ---- */

#define GIN_PINYIN_CHARS 11		/* 5-bit characters after the marker */

static bool
is_pinyin_marker(unsigned char c)
{
	return c == '~' || c == '^';
}

/* The 5-bit code of a pinyin lexeme character, in byte order; 0: none. */
static unsigned
pinyin_code(unsigned char c)
{
	if (c == '^')
		return 1;
	if (c >= 'a' && c <= 'z')
		return 2 + (c - 'a');
	if (c == '~')
		return 28;
	return 0;
}

static uint64_t
pinyin_gin_key(const char *s, size_t len, bool *exact)
{
	uint64_t	key = (uint64_t) (unsigned char) s[0] << 56;
	size_t		i;

	for (i = 1; i < len && i <= GIN_PINYIN_CHARS; i++)
	{
		unsigned	code = pinyin_code((unsigned char) s[i]);

		if (code == 0)
			break;
		key |= (uint64_t) code << (56 - 5 * i);
	}
	*exact = (i == len);
	if (!*exact)
		key |= 1;				/* "and more": never equal to an exact key */
	return key;
}

uint64_t
ac_lex_gin_key(const char *s, size_t len, bool prefix, bool *exact)
{
	if (len > 0 && is_pinyin_marker((unsigned char) s[0]))
		return pinyin_gin_key(s, len, exact);
	*exact = len <= (prefix ? 8 : 7);
	return ac_lex_sort_key(s, len);
}

uint64_t
ac_lex_gin_prefix_mask(uint64_t prefix_key)
{
	bool		pinyin = is_pinyin_marker((unsigned char) (prefix_key >> 56));
	int			unit = pinyin ? 5 : 8;
	int			low = pinyin ? 56 - 5 * GIN_PINYIN_CHARS : 0;	/* lowest bit in use */
	uint64_t	mask;

	if (prefix_key == 0)
		return 0;				/* the empty prefix: every lexeme */
	/* drop the trailing units that are zero (padding), up to the first byte */
	while (low < 56 && ((prefix_key >> low) & ((UINT64_C(1) << unit) - 1)) == 0)
		low += unit;
	mask = ~UINT64_C(0) << low;
	return mask;
}

static bool
is_cjk_cp(uint32_t cp)
{
	ac_uclass	c = ac_uclass_of(cp);

	return c == AC_CLS_HAN || c == AC_CLS_KANA || c == AC_CLS_HANGUL;
}

int
ac_lex_cjk_chars(const char *s, size_t len, size_t *first_len)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	cp;
	int			n1;
	int			n2;

	if (len == 0 || len > 8)
		return 0;
	n1 = ac_utf8_decode(u, len, &cp);
	if (n1 <= 0 || !is_cjk_cp(cp))
		return 0;
	*first_len = (size_t) n1;
	if ((size_t) n1 == len)
		return 1;
	n2 = ac_utf8_decode(u + n1, len - n1, &cp);
	if (n2 <= 0 || (size_t) (n1 + n2) != len || !is_cjk_cp(cp))
		return 0;
	return 2;
}

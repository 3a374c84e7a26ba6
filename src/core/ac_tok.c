/*-------------------------------------------------------------------------
 * ac_tok.c
 *	  The search tokenizer (see ac_tok.h).
 *
 * The tokenizer walks the spans of the annotation scanner.  Text spans are
 * cut into tokens; annotation spans are returned as annot tokens (cut into
 * pieces of at most AC_TOK_MAXLEN bytes).  Adjacent text spans are merged
 * on demand, so a word is never cut where the scanner happened to end a
 * span; the scanner is a plain struct, copied to look past annotations for
 * the character that follows a CJK character in the cleaned text.
 *-------------------------------------------------------------------------
 */
#include "ac_tok.h"

#include "ac_readings.h"
#include "ac_uclass.h"
#include "ac_utf8.h"

/* ---- spans ---- */

static bool
peek_ahead(ac_tokenizer *t)
{
	if (!t->have_ahead && !t->scan_done)
	{
		if (ac_scan_next(&t->sc, &t->ahead))
			t->have_ahead = true;
		else
			t->scan_done = true;
	}
	return t->have_ahead;
}

/* Make the span holding t->pos current; false at the end of the buffer. */
static bool
enter_region(ac_tokenizer *t)
{
	if (t->pos < t->region_end)
		return true;
	if (!peek_ahead(t))
		return false;
	t->have_ahead = false;
	t->pos = t->ahead.start;
	t->region_end = t->ahead.start + t->ahead.len;
	t->region_annot = (t->ahead.kind == AC_SPAN_ANNOT);
	return t->pos < t->region_end;
}

/* Merge the next span into the current text region if it is text too. */
static bool
extend_text(ac_tokenizer *t)
{
	if (!peek_ahead(t) || t->ahead.kind != AC_SPAN_TEXT)
		return false;
	t->have_ahead = false;
	t->region_end = t->ahead.start + t->ahead.len;
	return true;
}

/*
 * Decode the character at p of the current text region, merging the next
 * text span when p is at the region's end.  Returns its length, 0 if the
 * text region ends at p.
 */
static int
text_char_at(ac_tokenizer *t, size_t p, uint32_t *cp)
{
	if (p >= t->region_end && !extend_text(t))
		return 0;
	return ac_utf8_decode(t->buf + p, t->region_end - p, cp);
}

/*
 * The first character of the cleaned text after the current text region,
 * looking past at most AC_TOK_MAX_SKIP annotation spans on a copy of the
 * scanner.  0 when there is none.
 */
static uint32_t
char_after_region(ac_tokenizer *t)
{
	ac_scanner	look;
	ac_span		sp;
	uint32_t	cp;
	int			i;

	if (!peek_ahead(t))
		return 0;
	if (t->ahead.kind == AC_SPAN_TEXT)
	{
		ac_utf8_decode(t->buf + t->ahead.start, t->ahead.len, &cp);
		return cp;
	}
	look = t->sc;
	for (i = 0; i < AC_TOK_MAX_SKIP; i++)
	{
		if (!ac_scan_next(&look, &sp))
			return 0;
		if (sp.kind == AC_SPAN_TEXT)
		{
			ac_utf8_decode(t->buf + sp.start, sp.len, &cp);
			return cp;
		}
	}
	return 0;
}

/* ---- e-mail, URL and host recognition (ASCII) ---- */

static bool
is_alnum_ascii(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool
is_alpha_ascii(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/*
 * Length of the host name at s[0 .. lim): at least two dot-separated labels
 * of letters, digits and hyphens, the last one all letters (two or more),
 * as long as possible.  0 if there is none.
 */
static size_t
host_len(const unsigned char *s, size_t lim)
{
	size_t		p = 0;
	size_t		best = 0;
	int			labels = 0;

	while (p < lim)
	{
		size_t		lstart = p;
		bool		alpha = true;

		while (p < lim && (is_alnum_ascii(s[p]) || s[p] == '-'))
		{
			if (!is_alpha_ascii(s[p]))
				alpha = false;
			p++;
		}
		if (p == lstart)
			break;
		labels++;
		if (labels >= 2 && alpha && p - lstart >= 2)
			best = p;
		if (p + 1 < lim && s[p] == '.' && is_alnum_ascii(s[p + 1]))
			p++;
		else
			break;
	}
	return best;
}

static bool
prefix_ci(const unsigned char *s, size_t lim, const char *pre)
{
	size_t		i;

	for (i = 0; pre[i]; i++)
	{
		unsigned char c;

		if (i >= lim)
			return false;
		c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char) (c | 0x20);
		if (c != (unsigned char) pre[i])
			return false;
	}
	return true;
}

static bool
is_url_char(unsigned char c)
{
	if (c <= 0x20 || c >= 0x7F)
		return false;
	switch (c)
	{
		case '<':
		case '>':
		case '"':
		case '\'':
		case '`':
		case '{':
		case '}':
		case '|':
		case '\\':
		case '^':
		case '(':
		case ')':
		case '[':
		case ']':
			return false;
		default:
			return true;
	}
}

static size_t
url_len(const unsigned char *s, size_t lim)
{
	static const char *const schemes[] = {"https://", "http://", "ftp://", "www."};
	static const size_t scheme_len[] = {8, 7, 6, 4};
	size_t		pre = 0;
	size_t		p;
	int			i;

	for (i = 0; i < 4; i++)
	{
		if (prefix_ci(s, lim, schemes[i]))
		{
			pre = scheme_len[i];
			break;
		}
	}
	if (pre == 0)
		return 0;
	if (host_len(s + (i == 3 ? 0 : pre), lim - (i == 3 ? 0 : pre)) == 0)
		return 0;
	p = pre;
	while (p < lim && is_url_char(s[p]))
		p++;
	/* trailing sentence punctuation is not part of the URL */
	while (p > pre && (s[p - 1] == '.' || s[p - 1] == ',' || s[p - 1] == ';' ||
					   s[p - 1] == ':' || s[p - 1] == '!' || s[p - 1] == '?'))
		p--;
	return p > pre ? p : 0;
}

static size_t
email_len(const unsigned char *s, size_t lim)
{
	size_t		p = 0;
	size_t		h;

	while (p < lim && (is_alnum_ascii(s[p]) || s[p] == '.' || s[p] == '_' ||
					   s[p] == '%' || s[p] == '+' || s[p] == '-'))
		p++;
	if (p == 0 || p + 1 >= lim || s[p] != '@' || s[p - 1] == '.')
		return 0;
	h = host_len(s + p + 1, lim - p - 1);
	return h ? p + 1 + h : 0;
}

/* ---- tokens ---- */

void
ac_tok_init(ac_tokenizer *t, const unsigned char *buf, size_t len,
			bool annotations)
{
	t->buf = buf;
	t->len = len;
	t->annotations = annotations;
	t->pos = 0;
	t->have_ahead = false;
	t->region_annot = false;
	if (annotations)
	{
		ac_scan_init(&t->sc, buf, len);
		t->region_end = 0;
		t->scan_done = false;
	}
	else
	{
		/* the whole buffer is one text span */
		t->region_end = len;
		t->scan_done = true;
	}
}

/* Extend a token over following combining marks and variation selectors. */
static size_t
absorb_extenders(ac_tokenizer *t, size_t start, size_t p)
{
	uint32_t	cp;
	int			n;

	while ((n = text_char_at(t, p, &cp)) > 0)
	{
		ac_uclass c = ac_uclass_of(cp);

		if ((c != AC_CLS_MARK && c != AC_CLS_EXTEND) ||
			p + n - start > AC_TOK_MAXLEN)
			break;
		p += n;
	}
	return p;
}

/* One CJK character (with its extenders); sets next_cp. */
static void
cjk_token(ac_tokenizer *t, ac_token *tok, int n)
{
	size_t		p = absorb_extenders(t, t->pos, t->pos + n);
	uint32_t	cp = 0;
	ac_uclass c;

	tok->len = p - t->pos;
	if (p < t->region_end)
		ac_utf8_decode(t->buf + p, t->region_end - p, &cp);
	else
		cp = char_after_region(t);
	c = ac_uclass_of(cp);
	tok->next_cp = (c == AC_CLS_HAN || c == AC_CLS_KANA || c == AC_CLS_HANGUL) ? cp : 0;
}

/* A run of characters of one class (blank or other), marks included. */
static size_t
run_len(ac_tokenizer *t, ac_uclass cls)
{
	size_t		p = t->pos;
	uint32_t	cp;
	int			n;

	while ((n = text_char_at(t, p, &cp)) > 0)
	{
		ac_uclass c = ac_uclass_of(cp);

		if (!(c == cls || (cls == AC_CLS_OTHER && p > t->pos &&
						   (c == AC_CLS_MARK || c == AC_CLS_EXTEND))))
			break;
		if (p + n - t->pos > AC_TOK_MAXLEN)
			break;
		p += n;
	}
	return p - t->pos;
}

/* Letters, digits and marks: word, number or letters-and-digits. */
static void
word_token(ac_tokenizer *t, ac_token *tok)
{
	size_t		p = t->pos;
	bool		letters = false;
	bool		digits = false;
	uint32_t	cp;
	int			n;

	while ((n = text_char_at(t, p, &cp)) > 0)
	{
		ac_uclass c = ac_uclass_of(cp);

		if (c == AC_CLS_LETTER)
			letters = true;
		else if (c == AC_CLS_DIGIT)
			digits = true;
		else if (c != AC_CLS_MARK && c != AC_CLS_EXTEND)
			break;
		if (p + n - t->pos > AC_TOK_MAXLEN)
			break;
		p += n;
	}
	tok->len = p - t->pos;
	tok->type = letters ? (digits ? AC_TOK_NUMWORD : AC_TOK_WORD) : AC_TOK_NUMBER;
}

bool
ac_tok_next(ac_tokenizer *t, ac_token *tok)
{
	uint32_t	cp;
	int			n;
	size_t		lim;
	size_t		special;
	ac_uclass c;

	if (!enter_region(t))
		return false;

	tok->start = t->pos;
	tok->next_cp = 0;

	if (t->region_annot)
	{
		tok->type = AC_TOK_ANNOT;
		tok->len = t->region_end - t->pos;
		if (tok->len > AC_TOK_MAXLEN)
			tok->len = AC_TOK_MAXLEN;
		t->pos += tok->len;
		return true;
	}

	n = ac_utf8_decode(t->buf + t->pos, t->region_end - t->pos, &cp);
	c = ac_uclass_of(cp);
	switch (c)
	{
		case AC_CLS_HAN:
		case AC_CLS_KANA:
		case AC_CLS_HANGUL:
			tok->type = (c == AC_CLS_HAN) ? AC_TOK_HAN :
				(c == AC_CLS_KANA) ? AC_TOK_KANA : AC_TOK_HANGUL;
			cjk_token(t, tok, n);
			break;
		case AC_CLS_LETTER:
		case AC_CLS_DIGIT:
			special = 0;
			if (cp < 0x80)
			{
				lim = t->region_end - t->pos;
				if (lim > AC_TOK_MAXLEN)
					lim = AC_TOK_MAXLEN;
				if ((special = url_len(t->buf + t->pos, lim)) > 0)
					tok->type = AC_TOK_URL;
				else if ((special = email_len(t->buf + t->pos, lim)) > 0)
					tok->type = AC_TOK_EMAIL;
				else if ((special = host_len(t->buf + t->pos, lim)) > 0)
					tok->type = AC_TOK_URL;
			}
			if (special)
				tok->len = special;
			else
				word_token(t, tok);
			break;
		case AC_CLS_BLANK:
			tok->type = AC_TOK_BLANK;
			tok->len = run_len(t, AC_CLS_BLANK);
			break;
		default:
			tok->type = AC_TOK_PUNCT;
			tok->len = run_len(t, AC_CLS_OTHER);
			break;
	}
	if (tok->len == 0)
		tok->len = (size_t) n;	/* cannot happen; never stall */
	t->pos += tok->len;
	return true;
}

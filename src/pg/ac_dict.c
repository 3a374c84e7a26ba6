/*-------------------------------------------------------------------------
 * ac_dict.c
 *	  The annot_cjk_template text search template: search normalization.
 *
 * Every token is folded per code point with ac_fold_search (NFKC
 * case folding, then Traditional -> Simplified), so documents and queries
 * agree: "ＧＤＰ" finds "GDP", "職業" finds "职业".  A CJK token just
 * returned by the annot_cjk parser also yields the bigram with the next CJK
 * character (see ac_search.h), at the same position.
 *
 * Option "parts" (boolean, default false): also emit each run of letters
 * and digits of the token, at the same position, so the words inside an
 * e-mail address, URL or host name are found on their own.
 *
 * Option "clean" (boolean, default false): remove annotation markup from
 * the token first (the annot_cjk_words parser returns "教育(jiaoyu)" as one
 * word).
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "commands/defrem.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_utils.h"
#include "utils/builtins.h"

#include "ac_annot.h"
#include "ac_fold.h"
#include "ac_search.h"
#include "ac_tok.h"
#include "ac_utf8.h"

PG_FUNCTION_INFO_V1(annot_cjk_dict_init);
PG_FUNCTION_INFO_V1(annot_cjk_dict_lexize);
PG_FUNCTION_INFO_V1(annot_cjk_fold);

/* Most separate parts emitted for one token with parts = true. */
#define AC_DICT_MAXPARTS 16

typedef struct AcDict
{
	bool		parts;
	bool		clean;			/* drop annotation markup inside tokens */
} AcDict;

Datum
annot_cjk_dict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	AcDict	   *d = palloc0(sizeof(AcDict));
	ListCell   *l;

	ac_require_utf8("annot_cjk_template");
	foreach(l, options)
	{
		DefElem    *def = (DefElem *) lfirst(l);

		if (strcmp(def->defname, "parts") == 0)
			d->parts = defGetBoolean(def);
		else if (strcmp(def->defname, "clean") == 0)
			d->clean = defGetBoolean(def);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized annot_cjk dictionary parameter: \"%s\"",
							def->defname),
					 errhint("The parameters are \"parts\" and \"clean\" (boolean).")));
	}
	PG_RETURN_POINTER(d);
}

/*
 * Append the search folding of cp to out[*n], keeping the result under
 * AC_TOK_MAXLEN bytes (a longer lexeme cannot be stored in a tsvector).
 * Returns false, appending nothing, when it would not fit.
 */
static bool
append_folded(char *out, int *n, uint32_t cp)
{
	uint32_t	f[AC_FOLD_MAXCPS];
	unsigned char enc[AC_FOLD_MAXCPS * 4];
	int			nf;
	int			len = 0;
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
	nf = ac_fold_search(cp, f);
	for (i = 0; i < nf; i++)
		len += ac_utf8_encode(f[i], enc + len);
	if (*n + len > AC_TOK_MAXLEN)
		return false;
	memcpy(out + *n, enc, len);
	*n += len;
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

/* Fold a whole token into out (AC_TOK_MAXLEN + 1 bytes); returns length. */
static int
fold_token(const char *s, int len, char *out)
{
	int			n = 0;
	int			p = 0;
	uint32_t	last = 0;		/* last code point written, 0 if ASCII */
	int			last_at = 0;

	while (p < len)
	{
		uint32_t	cp;
		uint32_t	f[AC_FOLD_MAXCPS];
		int			step = ac_utf8_decode((const unsigned char *) s + p, len - p, &cp);
		int			nf;
		int			i;

		p += step;
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
			unsigned char enc[4];
			int			m;

			if (last != 0 && c != 0)
				n = last_at;	/* replace the base by the composed kana */
			else
				c = f[i];
			m = ac_utf8_encode(c, enc);
			if (n + m > AC_TOK_MAXLEN)
				return n;
			last_at = n;
			memcpy(out + n, enc, m);
			n += m;
			last = c;
		}
	}
	return n;
}

static void
add_lexeme(TSLexeme *res, int *nres, const char *s, int len)
{
	int			i;

	for (i = 0; i < *nres; i++)
		if (strlen(res[i].lexeme) == (size_t) len &&
			memcmp(res[i].lexeme, s, len) == 0)
			return;
	res[*nres].lexeme = pnstrdup(s, len);
	res[*nres].nvariant = 0;
	res[*nres].flags = 0;
	(*nres)++;
}

Datum
annot_cjk_dict_lexize(PG_FUNCTION_ARGS)
{
	AcDict	   *d = (AcDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char		buf[AC_TOK_MAXLEN + 1];
	TSLexeme   *res;
	int			nres = 0;
	int			n;

	/* the bigram only for the token the parser has just returned */
	bool		recorded = (ac_cjk_next.token != NULL &&
							ac_cjk_next.token == in && ac_cjk_next.len == len);

	if (d->clean && len > 0)
	{
		char	   *cleaned = palloc(len);

		len = (int32) ac_clean((const unsigned char *) in, (size_t) len,
							   (unsigned char *) cleaned);
		in = cleaned;
	}
	n = fold_token(in, len, buf);
	if (n == 0)
		PG_RETURN_POINTER(NULL);	/* folds to nothing: not a word */

	res = palloc0(sizeof(TSLexeme) * (AC_DICT_MAXPARTS + 3));
	add_lexeme(res, &nres, buf, n);

	if (recorded)
	{
		int			m = n;

		if (append_folded(buf, &m, ac_cjk_next.next_cp) && m > n)
			add_lexeme(res, &nres, buf, m);
	}
	else if (d->parts)
	{
		int			p = 0;

		/* runs of letters and digits of the folded token */
		while (p < n && nres < AC_DICT_MAXPARTS + 1)
		{
			int			start = p;

			while (p < n)
			{
				uint32_t	cp;
				int			step = ac_utf8_decode((unsigned char *) buf + p, n - p, &cp);
				ac_uclass c = ac_uclass_of(cp);

				if (c != AC_CLS_LETTER && c != AC_CLS_DIGIT && c != AC_CLS_MARK)
					break;
				p += step;
			}
			if (p > start && p - start < n)
				add_lexeme(res, &nres, buf + start, p - start);
			if (p == start)
				p++;
			/* skip to the next character boundary */
			while (p < n && (((unsigned char) buf[p]) & 0xC0) == 0x80)
				p++;
		}
	}
	res[nres].lexeme = NULL;
	PG_RETURN_POINTER(res);
}

/*
 * annot_cjk_fold(text): the search folding of every character of a text,
 * as annot_cjk_dict applies it to tokens (NFKC case folding, Traditional ->
 * Simplified, kana voicing marks composed).  For exact substring rechecks:
 *	 annot_cjk_fold(body) LIKE '%' || annot_cjk_fold(q) || '%'.
 */
Datum
annot_cjk_fold(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(in);
	int			len = VARSIZE_ANY_EXHDR(in);
	StringInfoData out;
	char		buf[AC_TOK_MAXLEN + 1];
	int			p = 0;

	ac_require_utf8("annot_cjk_fold()");
	initStringInfo(&out);
	while (p < len)
	{
		/*
		 * Fold in chunks of at most 94 bytes (18 code points out per code
		 * point in: the output fits the 2046-byte buffer), ending before a
		 * character that is not a combining mark, so "ｶﾞ" stays together.
		 */
		int			end = p;

		while (end < len)
		{
			uint32_t	cp;
			int			n = ac_utf8_decode((const unsigned char *) s + end, len - end, &cp);

			if ((end - p >= 64 && ac_uclass_of(cp) != AC_CLS_MARK) ||
				end - p >= 90)
				break;
			end += n;
		}
		CHECK_FOR_INTERRUPTS();
		appendBinaryStringInfo(&out, buf, fold_token(s + p, end - p, buf));
		p = end;
	}
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out.data, out.len));
}

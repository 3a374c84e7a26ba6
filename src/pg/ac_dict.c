/*-------------------------------------------------------------------------
 * ac_dict.c
 *	  The annot_cjk_template text search template: search normalization.
 *
 * Every token is folded per code point (NFKC case folding, then
 * Traditional -> Simplified; src/core/ac_lexeme.c), so documents and
 * queries agree: "ＧＤＰ" finds "GDP", "職業" finds "职业".  A CJK token just
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
#include "ac_lexeme.h"
#include "ac_search.h"
#include "ac_tok.h"
#include "ac_utf8.h"

PG_FUNCTION_INFO_V1(annot_cjk_dict_init);
PG_FUNCTION_INFO_V1(annot_cjk_dict_lexize);
PG_FUNCTION_INFO_V1(annot_cjk_fold);

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

bool
ac_dict_options_are(PGFunction lexize, const void *dict_data, bool parts, bool clean)
{
	const AcDict *d = (const AcDict *) dict_data;

	return lexize == annot_cjk_dict_lexize && d != NULL &&
		d->parts == parts && d->clean == clean;
}

Datum
annot_cjk_dict_lexize(PG_FUNCTION_ARGS)
{
	AcDict	   *d = (AcDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	ac_lexemes	lx;
	TSLexeme   *res;
	int			i;

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
	if (ac_lex_token((const unsigned char *) in, (size_t) len,
					 recorded ? ac_cjk_next.next_cp : 0, d->parts, &lx) == 0)
		PG_RETURN_POINTER(NULL);	/* folds to nothing: not a word */

	res = palloc0(sizeof(TSLexeme) * (lx.count + 1));
	for (i = 0; i < lx.count; i++)
		res[i].lexeme = pnstrdup(lx.buf + lx.off[i], lx.len[i]);
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
	char		buf[AC_LEX_BUFSIZE];
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
		appendBinaryStringInfo(&out, buf,
							   ac_lex_fold((const unsigned char *) s + p, end - p, buf));
		p = end;
	}
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out.data, out.len));
}

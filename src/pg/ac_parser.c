/*-------------------------------------------------------------------------
 * ac_parser.c
 *	  The annot_cjk text search parser: start, gettoken, end, lextype.
 *
 * A thin wrapper around the core tokenizer (src/core/ac_tok.c).  Tokens
 * point into the caller's buffer, so they stay valid until end, as
 * multi-token dictionaries require.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "ac_search.h"
#include "ac_tok.h"

PG_FUNCTION_INFO_V1(annot_cjk_prs_start);
PG_FUNCTION_INFO_V1(annot_cjk_prs_gettoken);
PG_FUNCTION_INFO_V1(annot_cjk_prs_end);
PG_FUNCTION_INFO_V1(annot_cjk_prs_lextype);

AcCjkNext	ac_cjk_next = {NULL, 0, 0};

typedef struct AcParseState
{
	MemoryContext cxt;			/* holds this struct; deleted by end */
	ac_tokenizer tok;
	MemoryContextCallback cb;
} AcParseState;

static void
clear_next(void *arg)
{
	(void) arg;
	ac_cjk_next.token = NULL;
	ac_cjk_next.len = 0;
	ac_cjk_next.next_cp = 0;
}

Datum
annot_cjk_prs_start(PG_FUNCTION_ARGS)
{
	char	   *buf = (char *) PG_GETARG_POINTER(0);
	int			len = PG_GETARG_INT32(1);
	MemoryContext cxt;
	AcParseState *st;

	ac_require_utf8("annot_cjk parser");
	if (len < 0)
		len = 0;

	/*
	 * State in a child context: if an error interrupts the parse, end is not
	 * called, and resetting the parent deletes the child, running the
	 * callback that forgets the recorded token.
	 */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "annot_cjk parse",
								ALLOCSET_SMALL_SIZES);
	st = MemoryContextAllocZero(cxt, sizeof(AcParseState));
	st->cxt = cxt;
	st->cb.func = clear_next;
	st->cb.arg = NULL;
	MemoryContextRegisterResetCallback(cxt, &st->cb);
	clear_next(NULL);
	ac_tok_init(&st->tok, (const unsigned char *) buf, (size_t) len, true);
	PG_RETURN_POINTER(st);
}

Datum
annot_cjk_prs_gettoken(PG_FUNCTION_ARGS)
{
	AcParseState *st = (AcParseState *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	ac_token	tok;

	CHECK_FOR_INTERRUPTS();
	if (!ac_tok_next(&st->tok, &tok))
	{
		clear_next(NULL);
		*t = NULL;
		*tlen = 0;
		PG_RETURN_INT32(0);
	}
	*t = (char *) st->tok.buf + tok.start;
	*tlen = (int) tok.len;
	if (tok.next_cp != 0)
	{
		ac_cjk_next.token = *t;
		ac_cjk_next.len = *tlen;
		ac_cjk_next.next_cp = tok.next_cp;
	}
	else
		clear_next(NULL);
	PG_RETURN_INT32((int32) tok.type);
}

Datum
annot_cjk_prs_end(PG_FUNCTION_ARGS)
{
	AcParseState *st = (AcParseState *) PG_GETARG_POINTER(0);

	/* deleting the context runs clear_next */
	MemoryContextDelete(st->cxt);
	PG_RETURN_VOID();
}

/* Token types of annot_cjk; ids are a permanent contract (ac_tok.h). */
static const AcLexType lextypes[] =
{
	{AC_TOK_WORD, "word", "Word, letters only (any alphabetic script, full-width included)"},
	{AC_TOK_NUMWORD, "numword", "Word, letters and digits"},
	{AC_TOK_BLANK, "blank", "Space symbols"},
	{AC_TOK_HAN, "cjk", "Han ideograph, one per token (lexemes: the character and the bigram it starts)"},
	{AC_TOK_KANA, "kana", "Kana or Bopomofo character, one per token (lexemes as cjk)"},
	{AC_TOK_HANGUL, "hangul", "Hangul syllable or jamo, one per token (lexemes as cjk)"},
	{AC_TOK_NUMBER, "number", "Number, digits only"},
	{AC_TOK_EMAIL, "email", "Email address"},
	{AC_TOK_URL, "url", "URL or host name"},
	{AC_TOK_PUNCT, "punct", "Punctuation, symbols, emoji (not indexed)"},
	{AC_TOK_ANNOT, "annot", "Reading annotation markup (not indexed)"},
};

LexDescr *
ac_lexdescr(const AcLexType *types, int n)
{
	LexDescr   *d = (LexDescr *) palloc(sizeof(LexDescr) * (n + 1));
	int			i;

	for (i = 0; i < n; i++)
	{
		d[i].lexid = types[i].id;
		d[i].alias = pstrdup(types[i].alias);
		d[i].descr = pstrdup(types[i].descr);
	}
	d[n].lexid = 0;
	return d;
}

Datum
annot_cjk_prs_lextype(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(ac_lexdescr(lextypes, lengthof(lextypes)));
}

/*-------------------------------------------------------------------------
 * ac_parser_pinyin.c
 *	  The annot_cjk_pinyin text search parser.
 *
 * The same tokens, types and CJK bigram record as the annot_cjk parser
 * (ac_parser.c: both run the core tokenizer), plus, for each word or
 * numword token, whether an indexed token follows it (ac_pinyin_search.h).
 * Finding out copies the tokenizer and reads ahead to the next indexed
 * token (also after a Han token that ends a run of CJK characters); the
 * stretches read ahead never overlap, so a parse stays linear.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "ac_pinyin_search.h"
#include "ac_search.h"
#include "ac_tok.h"
#include "ac_utf8.h"

PG_FUNCTION_INFO_V1(annot_cjk_pinyin_prs_start);
PG_FUNCTION_INFO_V1(annot_cjk_pinyin_prs_gettoken);
PG_FUNCTION_INFO_V1(annot_cjk_pinyin_prs_end);

AcPinWord	ac_pin_word;				/* zero: no record */

typedef struct AcPinParseState
{
	MemoryContext cxt;			/* holds this struct; deleted by end */
	ac_tokenizer tok;
	ac_tokenizer ahead;			/* scratch copy for looking ahead */
	bool		seen_indexed;	/* an indexed token was returned */
	MemoryContextCallback cb;
} AcPinParseState;

static void
clear_records(void *arg)
{
	(void) arg;
	ac_cjk_next.token = NULL;
	ac_cjk_next.len = 0;
	ac_cjk_next.next_cp = 0;
	ac_pin_word.token = NULL;
	ac_pin_word.len = 0;
	ac_pin_word.followed = false;
	ac_pin_word.preceded = false;
	ac_pin_word.next_cp = 0;
	ac_pin_word.next_word = NULL;
	ac_pin_word.next_word_len = 0;
	ac_pin_word.han_next_word = NULL;
	ac_pin_word.han_next_word_len = 0;
}

/* Token types some dictionary of annot_cjk_pinyin indexes. */
static bool
is_indexed(ac_tok_type t)
{
	return t == AC_TOK_WORD || t == AC_TOK_NUMWORD || ac_tok_is_cjk(t) ||
		t == AC_TOK_NUMBER || t == AC_TOK_EMAIL || t == AC_TOK_URL;
}

/*
 * Read ahead, on a copy of the tokenizer, to the next indexed token; false
 * if there is none.  *adjacent: only annotations before it; *blanks: only
 * blanks and annotations.
 */
static bool
next_indexed(AcPinParseState *st, ac_token *next, bool *adjacent, bool *blanks)
{
	*adjacent = true;
	*blanks = true;
	st->ahead = st->tok;
	while (ac_tok_next(&st->ahead, next))
	{
		if (is_indexed(next->type))
			return true;
		if (next->type != AC_TOK_ANNOT)
			*adjacent = false;
		if (next->type != AC_TOK_ANNOT && next->type != AC_TOK_BLANK)
			*blanks = false;
		CHECK_FOR_INTERRUPTS();
	}
	return false;
}

static inline bool
is_word(ac_tok_type t)
{
	return t == AC_TOK_WORD || t == AC_TOK_NUMWORD;
}

Datum
annot_cjk_pinyin_prs_start(PG_FUNCTION_ARGS)
{
	char	   *buf = (char *) PG_GETARG_POINTER(0);
	int			len = PG_GETARG_INT32(1);
	MemoryContext cxt;
	AcPinParseState *st;

	ac_require_utf8("annot_cjk_pinyin parser");
	if (len < 0)
		len = 0;
	/* a child context, as in ac_parser.c: its reset forgets the records */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "annot_cjk_pinyin parse",
								ALLOCSET_SMALL_SIZES);
	st = MemoryContextAllocZero(cxt, sizeof(AcPinParseState));
	st->cxt = cxt;
	st->cb.func = clear_records;
	st->cb.arg = NULL;
	MemoryContextRegisterResetCallback(cxt, &st->cb);
	clear_records(NULL);
	ac_tok_init(&st->tok, (const unsigned char *) buf, (size_t) len, true);
	PG_RETURN_POINTER(st);
}

Datum
annot_cjk_pinyin_prs_gettoken(PG_FUNCTION_ARGS)
{
	AcPinParseState *st = (AcPinParseState *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	ac_token	tok;

	CHECK_FOR_INTERRUPTS();
	clear_records(NULL);
	if (!ac_tok_next(&st->tok, &tok))
	{
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
	else if (tok.type == AC_TOK_HAN || is_word(tok.type))
	{
		ac_token	next;
		bool		adjacent;
		bool		blanks;
		bool		followed = next_indexed(st, &next, &adjacent, &blanks);
		const char *p = followed ? (const char *) st->tok.buf + next.start : NULL;

		ac_pin_word.token = *t;
		ac_pin_word.len = *tlen;
		if (tok.type == AC_TOK_HAN)
		{
			/* a Han character ending a CJK run: the word after it */
			if (followed && is_word(next.type))
			{
				ac_pin_word.han_next_word = p;
				ac_pin_word.han_next_word_len = (int) next.len;
			}
		}
		else
		{
			ac_pin_word.preceded = st->seen_indexed;
			ac_pin_word.followed = followed;
			if (followed && next.type == AC_TOK_HAN && adjacent)
				ac_utf8_decode((const unsigned char *) p, next.len, &ac_pin_word.next_cp);
			else if (followed && is_word(next.type) && blanks && !adjacent)
			{
				ac_pin_word.next_word = p;
				ac_pin_word.next_word_len = (int) next.len;
			}
		}
	}
	if (is_indexed(tok.type))
		st->seen_indexed = true;
	PG_RETURN_INT32((int32) tok.type);
}

Datum
annot_cjk_pinyin_prs_end(PG_FUNCTION_ARGS)
{
	AcPinParseState *st = (AcPinParseState *) PG_GETARG_POINTER(0);

	/* deleting the context runs clear_records */
	MemoryContextDelete(st->cxt);
	PG_RETURN_VOID();
}

/*-------------------------------------------------------------------------
 * ac_words.c
 *	  The annot_cjk_words text search parser: dictionary words from ICU's
 *	  word break iterator (src/seg/), for word statistics such as ts_stat.
 *
 * Clean first, segment second: annotations would break ICU's ideographic
 * runs ("教(jiao)育" -> 教 / 育), so start() builds the cleaned text and a
 * map from cleaned to raw byte offsets, ICU segments the cleaned text, and
 * each segment is returned as the raw bytes it covers.  Annotation markup
 * thus stays inside the word it follows ("教育(jiaoyu)"), every raw byte is
 * returned exactly once, and the dictionary (option clean = true) drops the
 * markup from the lexeme.  Leading markup is an annot token.
 *
 * ICU objects are malloc'd: they are closed in end and, if an error
 * interrupts the parse, by a reset callback of the parse's memory context.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "ac_annot.h"
#include "ac_search.h"
#include "ac_seg.h"
#include "ac_tok.h"
#include "ac_utf8.h"

PG_FUNCTION_INFO_V1(annot_cjk_words_start);
PG_FUNCTION_INFO_V1(annot_cjk_words_gettoken);
PG_FUNCTION_INFO_V1(annot_cjk_words_end);
PG_FUNCTION_INFO_V1(annot_cjk_words_lextype);
PG_FUNCTION_INFO_V1(annot_cjk_icu_version);

typedef struct AcWordsState
{
	MemoryContext cxt;
	MemoryContextCallback cb;
	const char *raw;
	int			rawlen;
	char	   *clean;
	int			cleanlen;
	uint32	   *map;			/* raw offset of each cleaned byte, and of
								 * the end (map[cleanlen] = rawlen) */
	ac_seg	   *seg;
	int			rpos;			/* next raw byte to return */
	int			pend_end;		/* current segment: raw [rpos, pend_end) */
	int			pend_type;
} AcWordsState;

static void
close_seg(void *arg)
{
	AcWordsState *st = (AcWordsState *) arg;

	ac_seg_close(st->seg);
	st->seg = NULL;
}

Datum
annot_cjk_words_start(PG_FUNCTION_ARGS)
{
	char	   *buf = (char *) PG_GETARG_POINTER(0);
	int			len = PG_GETARG_INT32(1);
	MemoryContext cxt;
	AcWordsState *st;
	ac_scanner	sc;
	ac_span		sp;
	const char *err = NULL;
	int			c = 0;

	ac_require_utf8("annot_cjk_words parser");
	if (len < 0)
		len = 0;
	if ((Size) len + 1 > MaxAllocHugeSize / sizeof(uint32))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text is too long for the annot_cjk_words parser"),
				 errdetail("The text is %d bytes long.", len)));

	cxt = AllocSetContextCreate(CurrentMemoryContext, "annot_cjk_words parse",
								ALLOCSET_DEFAULT_SIZES);
	st = MemoryContextAllocZero(cxt, sizeof(AcWordsState));
	st->cxt = cxt;
	st->raw = buf;
	st->rawlen = len;
	st->clean = MemoryContextAllocHuge(cxt, (Size) len + 1);
	st->map = MemoryContextAllocHuge(cxt, ((Size) len + 1) * sizeof(uint32));

	ac_scan_init(&sc, (const unsigned char *) buf, (size_t) len);
	while (ac_scan_next(&sc, &sp))
	{
		size_t		i;

		CHECK_FOR_INTERRUPTS();
		if (sp.kind != AC_SPAN_TEXT)
			continue;
		memcpy(st->clean + c, buf + sp.start, sp.len);
		for (i = 0; i < sp.len; i++)
			st->map[c + i] = (uint32) (sp.start + i);
		c += (int) sp.len;
	}
	st->cleanlen = c;
	st->map[c] = (uint32) len;

	/* register the cleanup before ICU allocates anything */
	st->cb.func = close_seg;
	st->cb.arg = st;
	MemoryContextRegisterResetCallback(cxt, &st->cb);
	st->seg = ac_seg_open(st->clean, st->cleanlen, &err);
	if (st->seg == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not open ICU word break iterator for locale \"zh\": %s",
						err ? err : "unknown error")));
	/* leading annotation markup, before the first text byte */
	st->pend_end = (int) st->map[0];
	st->pend_type = AC_TOK_ANNOT;
	PG_RETURN_POINTER(st);
}

static int
segment_type(AcWordsState *st, ac_seg_kind kind, int start)
{
	uint32_t	cp;

	switch (kind)
	{
		case AC_SEG_IDEO:
			return AC_TOK_HAN;
		case AC_SEG_KANA:
			return AC_TOK_KANA;
		case AC_SEG_LETTER:
			return AC_TOK_WORD;
		case AC_SEG_NUMBER:
			return AC_TOK_NUMBER;
		default:
			ac_utf8_decode((const unsigned char *) st->raw + start,
						   st->rawlen - start, &cp);
			return ac_uclass_of(cp) == AC_CLS_BLANK ? AC_TOK_BLANK : AC_TOK_PUNCT;
	}
}

Datum
annot_cjk_words_gettoken(PG_FUNCTION_ARGS)
{
	AcWordsState *st = (AcWordsState *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	int			len;

	CHECK_FOR_INTERRUPTS();
	/* this parser never gives the annot_cjk dictionary a bigram */
	ac_cjk_next.token = NULL;

	while (st->rpos >= st->pend_end)
	{
		ac_seg_kind kind;
		int32_t		end;

		if (st->rpos >= st->rawlen || st->seg == NULL)
		{
			*t = NULL;
			*tlen = 0;
			PG_RETURN_INT32(0);
		}
		end = ac_seg_next(st->seg, &kind);
		if (end < 0 || end > st->cleanlen)
		{
			/* cannot happen: ICU's last boundary is the end of the text */
			st->pend_end = st->rawlen;
			st->pend_type = AC_TOK_PUNCT;
		}
		else
		{
			st->pend_end = (int) st->map[end];
			st->pend_type = segment_type(st, kind, st->rpos);
		}
	}

	/* cut segments longer than a token may be, on a character boundary */
	len = st->pend_end - st->rpos;
	if (len > AC_TOK_MAXLEN)
	{
		len = AC_TOK_MAXLEN;
		while (len > 1 && (((unsigned char) st->raw[st->rpos + len]) & 0xC0) == 0x80)
			len--;
	}
	*t = (char *) st->raw + st->rpos;
	*tlen = len;
	st->rpos += len;
	PG_RETURN_INT32(st->pend_type);
}

Datum
annot_cjk_words_end(PG_FUNCTION_ARGS)
{
	AcWordsState *st = (AcWordsState *) PG_GETARG_POINTER(0);

	/* deleting the context runs close_seg */
	MemoryContextDelete(st->cxt);
	PG_RETURN_VOID();
}

static const AcLexType words_lextypes[] =
{
	{AC_TOK_WORD, "word", "Word of letters, Hangul included (ICU word break)"},
	{AC_TOK_BLANK, "blank", "Space symbols"},
	{AC_TOK_HAN, "cjk", "Han word from ICU's dictionary segmentation"},
	{AC_TOK_KANA, "kana", "Kana word (ICU word break)"},
	{AC_TOK_NUMBER, "number", "Number (ICU word break)"},
	{AC_TOK_PUNCT, "punct", "Punctuation, symbols, emoji (not indexed)"},
	{AC_TOK_ANNOT, "annot", "Reading annotation markup before the first word (not indexed)"},
};

Datum
annot_cjk_words_lextype(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(ac_lexdescr(words_lextypes, lengthof(words_lextypes)));
}

/* The ICU version segmentation comes from: reindex when it changes. */
Datum
annot_cjk_icu_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(ac_seg_icu_version()));
}

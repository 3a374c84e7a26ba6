/*-------------------------------------------------------------------------
 * ac_search.h
 *	  What the annot_cjk parser tells the annot_cjk dictionary.
 *
 * A dictionary only sees (token, length), yet the lexemes of a CJK
 * character include the bigram with the character that follows it in the
 * cleaned text.  The parser's gettoken records, for the CJK token it has
 * just returned, the token pointer, its length and the next CJK code point;
 * the dictionary uses that code point only when it is called with exactly
 * that pointer and length.  parsetext() and hlparsetext() call the
 * dictionary right after gettoken for each token (no multi-token dictionary
 * in the chain), so to_tsvector, the *_tsquery functions and ts_headline
 * get bigrams, and the result is a pure function of the text.  Any other
 * call (ts_lexize, ts_debug, which copies tokens first) gets the unigram
 * only and never reads past the token it was given.
 *
 * The record is cleared on every non-CJK token, in the parser's end and by
 * a reset callback of the parse's memory context (end is not called after
 * an error).
 *-------------------------------------------------------------------------
 */
#ifndef AC_SEARCH_H
#define AC_SEARCH_H

#include "postgres.h"

#include "tsearch/ts_public.h"

typedef struct AcCjkNext
{
	const char *token;			/* NULL: no record */
	int			len;
	uint32		next_cp;		/* next CJK code point, not yet folded */
} AcCjkNext;

extern AcCjkNext ac_cjk_next;

/* One token type of a parser: its permanent id, alias and description. */
typedef struct AcLexType
{
	int			id;
	const char *alias;
	const char *descr;
} AcLexType;

/*
 * Is (lexize, dictData) an annot_cjk_template dictionary with exactly these
 * options?  annot_cjk_tsvector() uses it to know that its direct build
 * still equals to_tsvector('annot_cjk').
 */
extern bool ac_dict_options_are(PGFunction lexize, const void *dict_data,
								bool parts, bool clean);

/* The palloc'd, zero-terminated LexDescr array a lextype callback returns. */
extern LexDescr *ac_lexdescr(const AcLexType *types, int n);

#endif							/* AC_SEARCH_H */

/*-------------------------------------------------------------------------
 * ac_tok.h
 *	  The search tokenizer behind the annot_cjk text search parser.
 *
 * The tokenizer cuts a byte buffer into tokens that cover every input byte
 * exactly once, in order, each at most AC_TOK_MAXLEN bytes long (PostgreSQL
 * drops tokens of 2047 bytes or more, from vectors and headlines alike).
 *
 *	 - each CJK character (Han ideograph, kana, Hangul syllable) is a token
 *	   of its own; following variation selectors and combining voicing marks
 *	   stay with it;
 *	 - letters, digits and combining marks form word, number and
 *	   letters-and-digits tokens; e-mail addresses, URLs and host names are
 *	   kept whole;
 *	 - whitespace runs are blank tokens, other characters (punctuation,
 *	   symbols, emoji, invalid bytes) punct tokens;
 *	 - annotation markup found by the annotation scanner (ac_annot.h) is
 *	   returned as annot tokens, and is invisible to everything else: the
 *	   tokens of a raw annotated text and of its cleaned text are the same
 *	   apart from the annot tokens.
 *
 * For a CJK token the tokenizer also reports the next character of the
 * cleaned text when it is a CJK character too (the second half of the
 * overlapping bigram that starts here), skipping annotations.
 *
 * The token type numbers are PostgreSQL token ids: a permanent contract
 * (configurations store them), never renumber.
 *-------------------------------------------------------------------------
 */
#ifndef AC_TOK_H
#define AC_TOK_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "ac_annot.h"
#include "ac_uclass.h"

/*
 * Token ids.  1-3 are the content-word ids of PostgreSQL's default parser,
 * 12 its blank id: prsd_headline treats them the same way.  5, 13, 15, 16
 * and 17 are avoided (prsd_headline skips or replaces them); new kinds are
 * numbered from 24.
 */
typedef enum ac_tok_type
{
	AC_TOK_END = 0,
	AC_TOK_WORD = 1,			/* letters (any alphabetic script) */
	AC_TOK_NUMWORD = 3,			/* letters and digits */
	AC_TOK_BLANK = 12,			/* whitespace */
	AC_TOK_HAN = 24,			/* one Han ideograph */
	AC_TOK_KANA = 25,			/* one kana (or Bopomofo) character */
	AC_TOK_HANGUL = 26,			/* one Hangul syllable or jamo */
	AC_TOK_NUMBER = 27,			/* digits */
	AC_TOK_EMAIL = 28,			/* e-mail address */
	AC_TOK_URL = 29,			/* URL or host name */
	AC_TOK_PUNCT = 30,			/* punctuation, symbols, emoji, invalid bytes */
	AC_TOK_ANNOT = 31			/* reading annotation markup */
} ac_tok_type;

#define AC_TOK_MAXID 31

/* Longest token in bytes (PostgreSQL's MAXSTRLEN is 2047, exclusive). */
#define AC_TOK_MAXLEN 2046

/* Most spans skipped when looking past annotations for the next CJK char. */
#define AC_TOK_MAX_SKIP 64

typedef struct ac_token
{
	ac_tok_type type;
	size_t		start;			/* byte offset in the buffer */
	size_t		len;			/* 1 .. AC_TOK_MAXLEN */

	/*
	 * CJK tokens only: the next character of the cleaned text if it is CJK
	 * and belongs to the same run (no blank, punctuation or other character
	 * in between; annotations do not count), else 0.
	 */
	uint32_t	next_cp;
} ac_token;


static inline bool
ac_tok_is_cjk(ac_tok_type t)
{
	return t == AC_TOK_HAN || t == AC_TOK_KANA || t == AC_TOK_HANGUL;
}

/*
 * Tokenizer state: a plain struct, no allocation.  Fields are private to
 * ac_tok.c.
 */
typedef struct ac_tokenizer
{
	const unsigned char *buf;
	size_t		len;
	bool		annotations;	/* run the annotation scanner */
	ac_scanner	sc;
	size_t		pos;			/* next byte to return */
	size_t		region_end;		/* end of the current span */
	bool		region_annot;	/* current span is annotation markup */
	bool		have_ahead;		/* "ahead" holds the span after the region */
	bool		scan_done;		/* the scanner returned its last span */
	ac_span		ahead;
} ac_tokenizer;

/*
 * Start tokenizing buf[0 .. len).  With annotations false the annotation
 * scanner is not run (the whole buffer is text).
 */
void		ac_tok_init(ac_tokenizer *t, const unsigned char *buf, size_t len,
						bool annotations);

/* Next token; false at the end.  Bounded work per call. */
bool		ac_tok_next(ac_tokenizer *t, ac_token *tok);

#endif							/* AC_TOK_H */

/*-------------------------------------------------------------------------
 * ac_lexeme.h
 *	  The lexemes annot_cjk indexes for one token: search folding, the
 *	  bigram of a CJK character, the parts of an e-mail address or URL.
 *
 * One home for the rule shared by the annot_cjk dictionary (ts_lexize path,
 * src/pg/ac_dict.c) and the direct tsvector builder (src/pg/ac_tsvector.c):
 * both must produce exactly the same lexemes, or stored vectors and queries
 * disagree.
 *
 * Folding is per code point with ac_fold_search (NFKC case folding, then
 * Traditional -> Simplified); ASCII is only lower-cased; a kana followed by
 * a combining voicing mark is composed ("ｶﾞ" -> "ガ").  No lexeme is longer
 * than AC_TOK_MAXLEN bytes (what a tsvector can store).
 *-------------------------------------------------------------------------
 */
#ifndef AC_LEXEME_H
#define AC_LEXEME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ac_fold.h"
#include "ac_tok.h"

/* Most separate parts emitted for one token with parts = true. */
#define AC_LEX_MAXPARTS 16
/* The token itself, its bigram or parts: at most this many lexemes. */
#define AC_LEX_MAX (AC_LEX_MAXPARTS + 2)

/*
 * Size of a fold buffer: AC_TOK_MAXLEN bytes, a terminator, and room for one
 * more folded code point, so folding writes first and checks the length
 * after.  Any lexeme in it can also be read 8 bytes at a time.
 */
#define AC_LEX_BUFSIZE (AC_TOK_MAXLEN + 1 + 4 * AC_FOLD_MAXCPS)

typedef struct ac_lexemes
{
	int			count;
	uint16_t	off[AC_LEX_MAX];	/* lexeme i is buf[off[i] .. off[i] + len[i]) */
	uint16_t	len[AC_LEX_MAX];
	char		buf[AC_LEX_BUFSIZE];
} ac_lexemes;

/*
 * Fold a whole token into out (AC_LEX_BUFSIZE bytes); returns the length,
 * 0 if the token folds to nothing (then it is not a word).  Truncates at a
 * character boundary rather than exceed AC_TOK_MAXLEN.
 */
int			ac_lex_fold(const unsigned char *s, size_t len, char *out);

/*
 * The lexemes of one token, in the order the dictionary returns them,
 * without duplicates: the folded token; then, if next_cp is not 0, the
 * bigram (folded token + folded next_cp); else, if parts, each run of
 * letters and digits of the folded token that is not the whole token.
 * Returns the count, 0 if the token folds to nothing.
 */
int			ac_lex_token(const unsigned char *s, size_t len, uint32_t next_cp,
						 bool parts, ac_lexemes *out);

/*
 * The sort key of lexeme s[0 .. len): its first 8 bytes, the first most
 * significant, zero-padded.  Lexemes contain no zero byte, so comparing keys
 * as unsigned numbers orders lexemes as tsvector does (bytes, then the
 * shorter first) up to their first 8 bytes.  annot_cjk_tsvector sorts on it.
 */
static inline uint64_t
ac_lex_sort_key(const char *s, size_t len)
{
	uint64_t	key = 0;
	size_t		n = len < 8 ? len : 8;
	size_t		i;

	for (i = 0; i < n; i++)
		key |= (uint64_t) (unsigned char) s[i] << (56 - 8 * i);
	return key;
}

/*
 * The GIN key of a lexeme, or of a prefix when prefix is set (annot_cjk_ops,
 * src/pg/ac_gin.c): 64 bits that stand for exactly that lexeme (or exactly
 * the lexemes starting with that prefix) when *exact is set; otherwise the
 * key is shared with other lexemes and the index rechecks the row.
 *
 * - Most lexemes: ac_lex_sort_key, exact up to 7 bytes (a CJK unigram or
 *   bigram, most words); a prefix is exact up to 8 bytes.
 * - Lexemes starting with a pinyin marker ('~' syllables, '^' initials,
 *   src/pg/ac_dict_pinyin.c), which no other lexeme starts with: the marker
 *   byte, then 5 bits per character of "^a-z~" for up to 11 characters, so
 *   a syllable pair such as "~zhong~guo" (10 bytes) is still exact.  A
 *   lexeme that does not fit (longer, or another character) sets the
 *   lowest bit, so its key never equals an exact one.
 *
 * Both encodings keep byte order, and the keys of all lexemes starting with
 * a prefix form one range (ac_lex_gin_prefix_mask).
 */
uint64_t	ac_lex_gin_key(const char *s, size_t len, bool prefix, bool *exact);

/*
 * The bits that the key of a prefix fixes: a lexeme starts with the prefix
 * only if (its key & mask) == (prefix key & mask), and if the prefix's key
 * is exact, always then.
 */
uint64_t	ac_lex_gin_prefix_mask(uint64_t prefix_key);

/*
 * How many CJK characters (Han, kana or Hangul code points) lexeme
 * s[0 .. len) is made of, when it is one or two of them and nothing else;
 * otherwise 0.  *first_len: the bytes of the first character.  annot_cjk_ops
 * uses it to let a bigram stand for its two unigrams (src/pg/ac_gin.c).
 */
int			ac_lex_cjk_chars(const char *s, size_t len, size_t *first_len);

#endif							/* AC_LEXEME_H */

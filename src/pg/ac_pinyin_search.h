/*-------------------------------------------------------------------------
 * ac_pinyin_search.h
 *	  What the annot_cjk_pinyin parser tells the annot_cjk_pinyin dictionary.
 *
 * The dictionary gives a Latin word one position per syllable when
 * another indexed token follows it in the same parse (so a phrase such as
 * "zhiye教育" lines up with 职业教育), and all its readings at one position
 * when it is the last one (so "xian" can be both 先 and 西安).  Only the
 * parser knows what follows: for each word or numword token it returns, it
 * records the token pointer, its length and whether an indexed token comes
 * later (and which, when it is a Han character or a word right after),
 * exactly as ac_search.h records the next CJK character (the same
 * rules: used only for that pointer and length, cleared on every other
 * token, in end and by the parse context's reset callback).  For a Han
 * character it records the word that follows it, if the next indexed
 * token is one: "职ye" asks for 职 with the syllable pair ~zhi~ye (or 职
 * with the word "ye"), which a document's 职 has when 业 or the word "ye"
 * follows it.
 *-------------------------------------------------------------------------
 */
#ifndef AC_PINYIN_SEARCH_H
#define AC_PINYIN_SEARCH_H

#include "postgres.h"

typedef struct AcPinWord
{
	const char *token;			/* NULL: no record */
	int			len;
	bool		followed;		/* an indexed token comes later */
	bool		preceded;		/* an indexed token came before */
	uint32		next_cp;		/* Han character right after the word (no
								 * blank or punctuation between), or 0 */
	const char *next_word;		/* the next token when it is a word or
								 * numword after blanks only, or NULL */
	int			next_word_len;
	const char *han_next_word;	/* for a Han token: the next indexed token
								 * when it is a word or numword, or NULL */
	int			han_next_word_len;
} AcPinWord;

extern AcPinWord ac_pin_word;

#endif							/* AC_PINYIN_SEARCH_H */

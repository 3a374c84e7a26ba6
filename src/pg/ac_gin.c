/*-------------------------------------------------------------------------
 * ac_gin.c
 *	  annot_cjk_ops: a GIN operator class for tsvector @@ tsquery whose keys
 *	  are 64-bit integers instead of text.
 *
 * Building a GIN index spends most of its time in the build accumulator, a
 * red-black tree of every distinct key, compared through the operator
 * class's comparison function.  The default tsvector_ops keeps each lexeme
 * as a text datum, so every comparison detoasts and memcmps two pointers
 * into scattered memory; annot_cjk indexes about 1,100 distinct lexemes per
 * article (a unigram and a bigram per CJK character), so that tree is what
 * a build costs.  Here a key is a 64-bit integer standing for the lexeme,
 * an int8 passed by value: a comparison is one integer compare.
 *
 * The key (ac_lex_gin_key, src/core/ac_lexeme.c) is exact for a CJK
 * unigram or bigram of 3-byte characters, words of up to 7 bytes and
 * annot_cjk_pinyin's syllable lexemes of up to 11 letters; a longer lexeme
 * shares its key with others that begin alike, so an operand with such a
 * key makes the match lossy: the consistent function answers "maybe" and
 * the heap tuple is rechecked with the real tsvector, as it already is for
 * phrase operators and weights.  Results always equal tsvector_ops'.
 *
 * Prefix operands ('教':*) are partial matches: the keys of all lexemes
 * starting with a prefix form one range of integers.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "access/gin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"

#include "ac_lexeme.h"

PG_FUNCTION_INFO_V1(annot_cjk_gin_compare);
PG_FUNCTION_INFO_V1(annot_cjk_gin_compare_prefix);
PG_FUNCTION_INFO_V1(annot_cjk_gin_extract_tsvector);
PG_FUNCTION_INFO_V1(annot_cjk_gin_extract_tsquery);
PG_FUNCTION_INFO_V1(annot_cjk_gin_consistent);
PG_FUNCTION_INFO_V1(annot_cjk_gin_triconsistent);

static inline Datum
key_datum(const char *lexeme, int len, bool prefix, bool *exact)
{
	return Int64GetDatum((int64) ac_lex_gin_key(lexeme, len, prefix, exact));
}

/* Keys are compared as unsigned numbers: the order of the lexemes' bytes. */
Datum
annot_cjk_gin_compare(PG_FUNCTION_ARGS)
{
	uint64		a = (uint64) PG_GETARG_INT64(0);
	uint64		b = (uint64) PG_GETARG_INT64(1);

	PG_RETURN_INT32((a > b) - (a < b));
}

/*
 * Does index key "key" stand for a lexeme starting with the prefix whose key
 * is "prefix"?  The scan starts at the first key >= prefix, and the keys of
 * the lexemes with that prefix form one range, so the first key outside it
 * ends the scan (return 1).
 */
Datum
annot_cjk_gin_compare_prefix(PG_FUNCTION_ARGS)
{
	uint64		prefix = (uint64) PG_GETARG_INT64(0);
	uint64		key = (uint64) PG_GETARG_INT64(1);
	uint64		mask = ac_lex_gin_prefix_mask(prefix);

	PG_RETURN_INT32((key & mask) == (prefix & mask) ? 0 : 1);
}

/*
 * The keys of a tsvector.  Its lexemes are sorted, so the keys come out in
 * nondecreasing order (GIN sorts and deduplicates them, cheaply when
 * already sorted).
 */
Datum
annot_cjk_gin_extract_tsvector(PG_FUNCTION_ARGS)
{
	TSVector	vector = PG_GETARG_TSVECTOR(0);
	int32	   *nentries = (int32 *) PG_GETARG_POINTER(1);
	Datum	   *entries = NULL;
	WordEntry  *we = ARRPTR(vector);
	bool		exact;
	int			i;

	*nentries = vector->size;
	if (vector->size > 0)
	{
		entries = palloc(sizeof(Datum) * vector->size);
		for (i = 0; i < vector->size; i++)
			entries[i] = key_datum(STRPTR(vector) + we[i].pos, we[i].len, false, &exact);
	}
	PG_FREE_IF_COPY(vector, 0);
	PG_RETURN_POINTER(entries);
}

/*
 * What the consistent functions need to know of the query's keys: which key
 * stands for each operand (by query item number), and whether it is exact.
 * Every key's extra data points to this one struct, as tsvector_ops shares
 * its operand map.
 */
typedef struct QueryKeys
{
	int		   *item_key;		/* query item number -> key number */
	bool	   *exact;			/* key number -> the key is the lexeme's own */
} QueryKeys;

/*
 * The keys of a tsquery: one per operand, in item order.  A query that needs
 * no positive match ('!a') scans the whole index.
 */
Datum
annot_cjk_gin_extract_tsquery(PG_FUNCTION_ARGS)
{
	TSQuery		query = PG_GETARG_TSQUERY(0);
	int32	   *nentries = (int32 *) PG_GETARG_POINTER(1);
	bool	  **partialmatch = (bool **) PG_GETARG_POINTER(3);
	Pointer   **extra_data = (Pointer **) PG_GETARG_POINTER(4);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	QueryItem  *item = GETQUERY(query);
	Datum	   *entries;
	QueryKeys  *keys;
	int			nkeys = 0;
	int			i;

	*nentries = 0;
	if (query->size == 0)
		PG_RETURN_POINTER(NULL);	/* matches nothing */

	*searchMode = tsquery_requires_match(item) ? GIN_SEARCH_MODE_DEFAULT
		: GIN_SEARCH_MODE_ALL;
	for (i = 0; i < query->size; i++)
		if (item[i].type == QI_VAL)
			nkeys++;

	entries = palloc(sizeof(Datum) * nkeys);
	*partialmatch = palloc(sizeof(bool) * nkeys);
	*extra_data = palloc(sizeof(Pointer) * nkeys);
	keys = palloc(sizeof(QueryKeys));
	keys->item_key = palloc0(sizeof(int) * query->size);
	keys->exact = palloc(sizeof(bool) * nkeys);
	nkeys = 0;
	for (i = 0; i < query->size; i++)
	{
		QueryOperand *val = &item[i].qoperand;

		if (item[i].type != QI_VAL)
			continue;
		entries[nkeys] = key_datum(GETOPERAND(query) + val->distance, val->length,
								   val->prefix, &keys->exact[nkeys]);
		(*partialmatch)[nkeys] = val->prefix;
		(*extra_data)[nkeys] = (Pointer) keys;
		keys->item_key[i] = nkeys;
		nkeys++;
	}
	*nentries = nkeys;
	PG_RETURN_POINTER(entries);
}

typedef struct GinCheck
{
	QueryItem  *first_item;
	GinTernaryValue *check;		/* per key: present in the indexed value? */
	QueryKeys  *keys;
} GinCheck;

/*
 * Is operand val in the indexed value?  "Maybe" when the key cannot tell:
 * the key is shared with other lexemes, the operand has a weight, or the
 * caller needs positions (phrase operators).  Then the heap tuple is
 * rechecked.
 */
static TSTernaryValue
check_operand(void *arg, QueryOperand *val, ExecPhraseData *data)
{
	GinCheck   *gc = (GinCheck *) arg;
	int			k = gc->keys->item_key[(QueryItem *) val - gc->first_item];
	GinTernaryValue present = gc->check[k];

	if (present == GIN_TRUE && (!gc->keys->exact[k] || val->weight != 0 || data != NULL))
		return TS_MAYBE;
	/* GinTernaryValue and TSTernaryValue use the same values */
	return (TSTernaryValue) present;
}

static TSTernaryValue
execute(GinTernaryValue *check, TSQuery query, Pointer *extra_data)
{
	GinCheck	gc;

	if (query->size == 0)
		return TS_NO;
	gc.first_item = GETQUERY(query);
	gc.check = check;
	gc.keys = (QueryKeys *) extra_data[0];
	return TS_execute_ternary(GETQUERY(query), &gc, TS_EXEC_PHRASE_NO_POS,
							  check_operand);
}

Datum
annot_cjk_gin_consistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	TSQuery		query = PG_GETARG_TSQUERY(2);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	TSTernaryValue res = execute(check, query, extra_data);

	*recheck = (res == TS_MAYBE);
	PG_RETURN_BOOL(res != TS_NO);
}

Datum
annot_cjk_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	TSQuery		query = PG_GETARG_TSQUERY(2);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);

	switch (execute(check, query, extra_data))
	{
		case TS_NO:
			PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
		case TS_YES:
			PG_RETURN_GIN_TERNARY_VALUE(GIN_TRUE);
		default:
			PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
	}
}

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
 *
 * A CJK bigram stands for its two characters.  plainto_tsquery('职业教育')
 * is 职 & 职业 & 业 & 业教 & 教 & 教育 & 育, and the unigrams are the most
 * frequent keys of the index: scanning them is most of the query's cost,
 * yet an annot_cjk vector that has 职业 has 职 and 业.  So a unigram that a
 * required bigram of the query contains gets no key of its own: it is
 * present where the bigram is, in every vector that keeps that rule.  The
 * index marks each vector that breaks it (a two-character CJK lexeme
 * without one of its characters: another configuration's words, a rare
 * fold) with a key no lexeme has, and there the unigram is "maybe", so the
 * row is rechecked.  Results stay those of tsvector_ops for any tsvector.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "access/gin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"

#include "ac_gin_query.h"
#include "ac_lexeme.h"

PG_FUNCTION_INFO_V1(annot_cjk_gin_compare);
PG_FUNCTION_INFO_V1(annot_cjk_gin_compare_prefix);
PG_FUNCTION_INFO_V1(annot_cjk_gin_extract_tsvector);
PG_FUNCTION_INFO_V1(annot_cjk_gin_extract_tsquery);
PG_FUNCTION_INFO_V1(annot_cjk_gin_consistent);
PG_FUNCTION_INFO_V1(annot_cjk_gin_triconsistent);

/*
 * The key of a vector with an open pair: no lexeme has it (a lexeme has no
 * zero byte, so a key with a zero first byte is 0, the empty lexeme's).
 */
#define OPEN_PAIRS_KEY INT64CONST(1)

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

/* Has the vector the lexeme s[0 .. len)?  (Binary search, tsvector order.) */
static bool
has_lexeme(TSVector vector, char *s, int len)
{
	WordEntry  *we = ARRPTR(vector);
	int			lo = 0;
	int			hi = vector->size;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;
		int			c = tsCompareString(STRPTR(vector) + we[mid].pos, we[mid].len,
										s, len, false);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/*
 * Has every lexeme of two CJK characters both characters as lexemes too?
 * The first one, if present, is the last one-character lexeme before the
 * pair in sort order (everything between them starts with it).
 */
static bool
pairs_closed(TSVector vector)
{
	WordEntry  *we = ARRPTR(vector);
	char	   *last_char = NULL;	/* last one-character CJK lexeme */
	int			last_len = 0;
	int			i;

	for (i = 0; i < vector->size; i++)
	{
		char	   *lex = STRPTR(vector) + we[i].pos;
		size_t		first = 0;

		switch (ac_lex_cjk_chars(lex, we[i].len, &first))
		{
			case 1:
				last_char = lex;
				last_len = we[i].len;
				break;
			case 2:
				if (last_char == NULL || last_len != (int) first ||
					memcmp(last_char, lex, first) != 0 ||
					!has_lexeme(vector, lex + first, we[i].len - (int) first))
					return false;
				break;
		}
	}
	return true;
}

/*
 * The keys of a tsvector, and the open-pairs key if it breaks the pair
 * rule.  Its lexemes are sorted, so the keys come out in nondecreasing
 * order (GIN sorts and deduplicates them, cheaply when already sorted).
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
		entries = palloc(sizeof(Datum) * (vector->size + 1));
		for (i = 0; i < vector->size; i++)
			entries[i] = key_datum(STRPTR(vector) + we[i].pos, we[i].len, false, &exact);
		if (!pairs_closed(vector))
			entries[(*nentries)++] = Int64GetDatum(OPEN_PAIRS_KEY);
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
	int		   *item_key;		/* query item number -> key number (an
								 * implied unigram: its bigram's key) */
	bool	   *implied;		/* query item number -> an implied unigram */
	bool	   *dont_care;		/* query item number -> no key, "maybe" */
	bool	   *exact;			/* key number -> the key is the lexeme's own */
	int			open_key;		/* key number of OPEN_PAIRS_KEY, or -1 */
} QueryKeys;

/*
 * The keys of a tsquery: one per operand, in item order, except those
 * ac_gin_plan_query finds need none (then, for implied unigrams, the
 * open-pairs key comes last).  A query that needs no positive match ('!a')
 * scans the whole index.
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
	AcGinPlan	plan;
	bool		any_implied = false;
	int			nkeys = 0;
	int			i;

	*nentries = 0;
	if (query->size == 0)
		PG_RETURN_POINTER(NULL);	/* matches nothing */

	*searchMode = tsquery_requires_match(item) ? GIN_SEARCH_MODE_DEFAULT
		: GIN_SEARCH_MODE_ALL;
	ac_gin_plan_query(query, &plan);
	for (i = 0; i < query->size; i++)
		if (item[i].type == QI_VAL)
			nkeys++;
	nkeys++;					/* room for the open-pairs key */

	entries = palloc(sizeof(Datum) * nkeys);
	*partialmatch = palloc(sizeof(bool) * nkeys);
	*extra_data = palloc(sizeof(Pointer) * nkeys);
	keys = palloc(sizeof(QueryKeys));
	keys->item_key = palloc0(sizeof(int) * query->size);
	keys->implied = palloc0(sizeof(bool) * query->size);
	keys->dont_care = plan.dont_care;
	keys->exact = palloc(sizeof(bool) * nkeys);
	keys->open_key = -1;
	nkeys = 0;
	for (i = 0; i < query->size; i++)
	{
		QueryOperand *val = &item[i].qoperand;

		if (item[i].type != QI_VAL || plan.implied_by[i] >= 0 || plan.dont_care[i])
			continue;
		entries[nkeys] = key_datum(GETOPERAND(query) + val->distance, val->length,
								   val->prefix, &keys->exact[nkeys]);
		(*partialmatch)[nkeys] = val->prefix;
		(*extra_data)[nkeys] = (Pointer) keys;
		keys->item_key[i] = nkeys;
		nkeys++;
	}
	for (i = 0; i < query->size; i++)
		if (plan.implied_by[i] >= 0)
		{
			keys->item_key[i] = keys->item_key[plan.implied_by[i]];
			keys->implied[i] = any_implied = true;
		}
	if (any_implied)
	{
		entries[nkeys] = Int64GetDatum(OPEN_PAIRS_KEY);
		(*partialmatch)[nkeys] = false;
		(*extra_data)[nkeys] = (Pointer) keys;
		keys->exact[nkeys] = true;
		keys->open_key = nkeys++;
	}
	pfree(plan.implied_by);
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
 * the key is shared with other lexemes, the operand has a weight, the
 * caller needs positions (phrase operators), or an implied unigram's
 * bigram is absent or its vector open.  Then the heap tuple is rechecked.
 */
static TSTernaryValue
check_operand(void *arg, QueryOperand *val, ExecPhraseData *data)
{
	GinCheck   *gc = (GinCheck *) arg;
	int			i = (QueryItem *) val - gc->first_item;
	int			k = gc->keys->item_key[i];
	GinTernaryValue present;

	if (gc->keys->dont_care[i])
		return TS_MAYBE;		/* no key: it cannot change the answer */
	present = gc->check[k];

	/* an implied unigram: present where its bigram is, in a closed vector */
	if (gc->keys->implied[i])
		present = (present == GIN_TRUE &&
				   gc->check[gc->keys->open_key] == GIN_FALSE) ? GIN_TRUE : GIN_MAYBE;

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

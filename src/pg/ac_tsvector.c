/*-------------------------------------------------------------------------
 * ac_tsvector.c
 *	  annot_cjk_tsvector(text): to_tsvector('annot_cjk', text), built
 *	  directly.
 *
 * to_tsvector() hands every (lexeme, position) pair to make_tsvector(),
 * which sorts them all with a comparison function call per step.  annot_cjk
 * indexes every CJK character (its unigram and bigram), so that sort of
 * about two pairs per character is most of the cost: to_tsvector('annot_cjk')
 * runs at a fraction of to_tsvector('simple') on Chinese text.  Here the
 * same tokens (ac_tok) and lexemes (ac_lexeme) are collected in a hash table
 * in text order, positions are kept as make_tsvector keeps them, and only
 * the distinct lexemes are sorted, on an inline 8-byte key.
 *
 * The result is byte-for-byte the value to_tsvector('annot_cjk', text)
 * returns while the configuration is as installed: the parser, each token
 * type's dictionary, and the dictionaries' options.  That is checked on
 * every call against the configuration cache (which follows ALTER TEXT
 * SEARCH ...); if anything differs, the function calls to_tsvector itself.
 * The regression test "tsvector" and bench/bench_search.py compare the two.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "catalog/namespace.h"
#include "common/hashfn.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "ac_lexeme.h"
#include "ac_search.h"
#include "ac_tok.h"

PG_FUNCTION_INFO_V1(annot_cjk_tsvector);

/*
 * Distinct lexemes of one document.  A lexeme's bytes live in "pool"; "key"
 * is its ac_lex_sort_key (comparing keys orders lexemes as tsCompareString does,
 * up to their first 8 bytes).
 */
typedef struct LexEntry
{
	uint64		key;
	uint32		off;			/* in pool */
	uint16		len;
	uint16		npos;			/* positions kept (at most MAXNUMPOS - 1) */
	uint16		lastpos;		/* last position kept */
	uint32		first;			/* index of its first position in the result */
} LexEntry;

/* A kept position, in text order: which lexeme, where. */
typedef struct LexOcc
{
	uint32		entry;
	uint16		pos;
} LexOcc;

typedef struct LexSet
{
	LexEntry   *entries;
	int			nentries;
	int			maxentries;
	int32	   *slots;			/* hash table of entry indexes, -1 = free */
	int			nslots;			/* a power of two */
	char	   *pool;
	Size		poollen;
	Size		poolmax;
	LexOcc	   *occ;
	int			nocc;
	int			maxocc;
} LexSet;

static inline uint32
lex_hash(uint64 key, const char *s, int len)
{
	uint64		h = key ^ ((uint64) len << 56);

	if (len > 8)
		h ^= hash_bytes((const unsigned char *) s + 8, len - 8);
	h *= UINT64CONST(0x9E3779B97F4A7C15);
	return (uint32) (h >> 32);
}

/*
 * A lower bound of the bytes make_tsvector would need for lexemes and
 * positions; past MAXSTRPOS the value cannot be stored.  Checked while
 * collecting, so memory stays bounded whatever the input size.
 */
static void
lexset_check_size(LexSet *set)
{
	Size		need = set->poollen + 2 * (Size) set->nentries + 2 * (Size) set->nocc;

	if (need > MAXSTRPOS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("string is too long for tsvector (at least %zu bytes, max %d bytes)",
						need, MAXSTRPOS)));
}

static void
lexset_init(LexSet *set, Size textlen)
{
	/* about one distinct lexeme per 4 bytes of Chinese text, capped */
	int			n = 64;

	while (n < 1 << 16 && (Size) n < textlen / 2)
		n <<= 1;
	set->nslots = n;
	set->slots = palloc(sizeof(int32) * n);
	memset(set->slots, 0xFF, sizeof(int32) * n);
	set->maxentries = n / 2;
	set->entries = palloc(sizeof(LexEntry) * set->maxentries);
	set->nentries = 0;
	set->poolmax = (Size) n * 4;
	set->pool = palloc(set->poolmax);
	set->poollen = 0;
	set->maxocc = n;
	set->occ = palloc(sizeof(LexOcc) * set->maxocc);
	set->nocc = 0;
}

static void
lexset_grow_slots(LexSet *set)
{
	int			n = set->nslots * 2;
	int32	   *slots = palloc(sizeof(int32) * n);
	int			i;

	memset(slots, 0xFF, sizeof(int32) * n);
	for (i = 0; i < set->nentries; i++)
	{
		LexEntry   *e = &set->entries[i];
		uint32		h = lex_hash(e->key, set->pool + e->off, e->len) & (n - 1);

		while (slots[h] >= 0)
			h = (h + 1) & (n - 1);
		slots[h] = i;
	}
	pfree(set->slots);
	set->slots = slots;
	set->nslots = n;
	set->maxentries = n / 2;
	set->entries = repalloc(set->entries, sizeof(LexEntry) * set->maxentries);
}

/* The entry of lexeme s[0 .. len), created if new. */
static int
lexset_lookup(LexSet *set, const char *s, int len)
{
	uint64		key = ac_lex_sort_key(s, len);
	uint32		h = lex_hash(key, s, len) & (set->nslots - 1);
	LexEntry   *e;

	for (;;)
	{
		int32		i = set->slots[h];

		if (i < 0)
			break;
		e = &set->entries[i];
		if (e->key == key && e->len == len &&
			(len <= 8 || memcmp(set->pool + e->off + 8, s + 8, len - 8) == 0))
			return i;
		h = (h + 1) & (set->nslots - 1);
	}

	if (set->nentries >= set->maxentries)
	{
		lexset_grow_slots(set);
		return lexset_lookup(set, s, len);
	}
	if (set->poollen + len > set->poolmax)
	{
		set->poolmax = Max(set->poolmax * 2, set->poollen + len);
		set->pool = repalloc(set->pool, set->poolmax);
	}
	memcpy(set->pool + set->poollen, s, len);
	e = &set->entries[set->nentries];
	e->key = key;
	e->off = (uint32) set->poollen;
	e->len = (uint16) len;
	e->npos = 0;
	e->lastpos = 0;
	set->poollen += len;
	set->slots[h] = set->nentries;
	return set->nentries++;
}

/*
 * Record lexeme s at position pos (already LIMITPOS'd), keeping what
 * make_tsvector's uniqueWORD keeps: positions in increasing order, no
 * repeats, at most MAXNUMPOS - 1 of them, none after MAXENTRYPOS - 1.
 * Positions arrive in nondecreasing order, so the first ones kept are the
 * ones uniqueWORD keeps after its sort.
 */
static void
lexset_add(LexSet *set, const char *s, int len, uint16 pos)
{
	int			i = lexset_lookup(set, s, len);
	LexEntry   *e = &set->entries[i];

	if (e->npos > 0 &&
		(e->npos >= MAXNUMPOS - 1 || e->lastpos == MAXENTRYPOS - 1 || e->lastpos == pos))
		return;
	if (set->nocc >= set->maxocc)
	{
		set->maxocc *= 2;
		set->occ = repalloc(set->occ, sizeof(LexOcc) * set->maxocc);
	}
	set->occ[set->nocc].entry = (uint32) i;
	set->occ[set->nocc].pos = pos;
	set->nocc++;
	e->npos++;
	e->lastpos = pos;
	if ((set->nocc & 1023) == 0)
		lexset_check_size(set);
}

/*
 * The distinct lexemes, to be put in tsvector order (tsCompareString: bytes,
 * then the shorter first).  The key decides unless both lexemes share their
 * first 8 bytes, which only lexemes of 8 bytes or more can.
 */
typedef struct LexRef
{
	uint64		key;
	uint32		entry;
} LexRef;

static inline int
lexref_cmp(const LexRef *a, const LexRef *b, const LexSet *set)
{
	const LexEntry *ea,
			   *eb;
	int			c;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	ea = &set->entries[a->entry];
	eb = &set->entries[b->entry];
	c = memcmp(set->pool + ea->off + 8, set->pool + eb->off + 8,
			   Min(ea->len, eb->len) - 8);
	if (c != 0)
		return c;
	return (ea->len > eb->len) - (ea->len < eb->len);
}

/*
 * Sort refs in tsvector order: an LSD radix sort on the key, one pass per
 * key byte that is not the same in every key (CJK lexemes share most of
 * their lead bytes), then equal-key runs (lexemes longer than 8 bytes with
 * the same first 8) put in order by insertion.  About three times faster
 * than a comparison sort on a document's thousand-odd lexemes.
 */
static void
sort_lexrefs(LexRef *refs, int n, const LexSet *set)
{
	LexRef	   *src = refs;
	LexRef	   *dst;
	int			shift;
	int			i;

	if (n < 2)
		return;
	dst = palloc(sizeof(LexRef) * n);
	for (shift = 0; shift < 64; shift += 8)
	{
		int			count[256];
		int			sum = 0;
		LexRef	   *t;

		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(src[i].key >> shift) & 0xFF]++;
		if (count[(src[0].key >> shift) & 0xFF] == n)
			continue;			/* this byte is the same in every key */
		for (i = 0; i < 256; i++)
		{
			int			c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[(src[i].key >> shift) & 0xFF]++] = src[i];
		t = src;
		src = dst;
		dst = t;
	}
	if (src != refs)
	{
		memcpy(refs, src, sizeof(LexRef) * n);
		dst = src;
	}
	pfree(dst);

	for (i = 1; i < n; i++)
	{
		int			j = i;

		while (j > 0 && refs[j - 1].key == refs[j].key &&
			   lexref_cmp(&refs[j - 1], &refs[j], set) > 0)
		{
			LexRef		t = refs[j];

			refs[j] = refs[j - 1];
			refs[j - 1] = t;
			j--;
		}
	}
}

static TSVector
lexset_to_tsvector(LexSet *set)
{
	LexRef	   *refs;
	uint16	   *positions;
	Size		lenstr = 0;
	Size		totallen;
	TSVector	out;
	WordEntry  *we;
	char	   *str;
	uint32		next = 0;
	int			i;

	/* positions grouped by lexeme, in text order within each */
	for (i = 0; i < set->nentries; i++)
	{
		set->entries[i].first = next;
		next += set->entries[i].npos;
		set->entries[i].npos = 0;
	}
	positions = palloc(sizeof(uint16) * Max(set->nocc, 1));
	for (i = 0; i < set->nocc; i++)
	{
		LexEntry   *e = &set->entries[set->occ[i].entry];

		positions[e->first + e->npos++] = set->occ[i].pos;
	}

	refs = palloc(sizeof(LexRef) * Max(set->nentries, 1));
	for (i = 0; i < set->nentries; i++)
	{
		refs[i].key = set->entries[i].key;
		refs[i].entry = (uint32) i;
		lenstr += set->entries[i].len;
		lenstr = SHORTALIGN(lenstr);
		lenstr += sizeof(uint16) + set->entries[i].npos * sizeof(WordEntryPos);
	}
	sort_lexrefs(refs, set->nentries, set);

	/* the same check and message as make_tsvector */
	if (lenstr > MAXSTRPOS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("string is too long for tsvector (%zu bytes, max %d bytes)",
						lenstr, MAXSTRPOS)));

	totallen = CALCDATASIZE(set->nentries, lenstr);
	out = (TSVector) palloc0(totallen);
	SET_VARSIZE(out, totallen);
	out->size = set->nentries;
	we = ARRPTR(out);
	str = STRPTR(out);
	lenstr = 0;
	for (i = 0; i < set->nentries; i++, we++)
	{
		LexEntry   *e = &set->entries[refs[i].entry];
		WordEntryPos *wp;
		int			j;

		we->len = e->len;
		we->pos = lenstr;
		we->haspos = 1;
		memcpy(str + lenstr, set->pool + e->off, e->len);
		lenstr = SHORTALIGN(lenstr + e->len);
		*(uint16 *) (str + lenstr) = e->npos;
		wp = POSDATAPTR(out, we);
		for (j = 0; j < e->npos; j++)
		{
			WEP_SETWEIGHT(wp[j], 0);
			WEP_SETPOS(wp[j], positions[e->first + j]);
		}
		lenstr += sizeof(uint16) + e->npos * sizeof(WordEntryPos);
	}
	pfree(refs);
	pfree(positions);
	return out;
}

static void
lexset_free(LexSet *set)
{
	pfree(set->entries);
	pfree(set->slots);
	pfree(set->pool);
	pfree(set->occ);
}

/*
 * The catalog objects the fast path stands for, found once per call site in
 * the function's own schema (not through search_path).
 */
typedef struct AcTsvCache
{
	Oid			cfg;
	Oid			prs;
	Oid			dict;
	Oid			parts_dict;
} AcTsvCache;

static List *
qualified(const char *nsp, const char *name)
{
	return list_make2(makeString(pstrdup(nsp)), makeString(pstrdup(name)));
}

static AcTsvCache *
tsv_cache(FunctionCallInfo fcinfo)
{
	AcTsvCache *c = (AcTsvCache *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		char	   *nsp = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));

		if (nsp == NULL)
			elog(ERROR, "annot_cjk_tsvector: schema of function %u not found",
				 fcinfo->flinfo->fn_oid);
		c = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(AcTsvCache));
		c->cfg = get_ts_config_oid(qualified(nsp, "annot_cjk"), false);
		c->prs = get_ts_parser_oid(qualified(nsp, "annot_cjk"), false);
		c->dict = get_ts_dict_oid(qualified(nsp, "annot_cjk_dict"), false);
		c->parts_dict = get_ts_dict_oid(qualified(nsp, "annot_cjk_parts_dict"), false);
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/*
 * The dictionary the installed annot_cjk configuration maps token type t
 * to (sql/parts/40_search.sql): the parts dictionary for e-mails and URLs,
 * annot_cjk_dict for words, numbers and CJK, none for the rest.
 */
typedef enum MappedDict
{
	MAPPED_NONE,
	MAPPED_DICT,
	MAPPED_PARTS_DICT
} MappedDict;

static MappedDict
installed_mapping(int t)
{
	if (t == AC_TOK_EMAIL || t == AC_TOK_URL)
		return MAPPED_PARTS_DICT;
	if (t == AC_TOK_WORD || t == AC_TOK_NUMWORD || t == AC_TOK_NUMBER ||
		ac_tok_is_cjk((ac_tok_type) t))
		return MAPPED_DICT;
	return MAPPED_NONE;
}

/* Is dictionary oid one of ours, with exactly these options? */
static bool
dict_is(Oid oid, bool parts)
{
	TSDictionaryCacheEntry *d = lookup_ts_dictionary_cache(oid);

	return ac_dict_options_are(d->lexize.fn_addr, d->dictData, parts, false);
}

/* Does the annot_cjk configuration still map tokens as installed? */
static bool
config_as_installed(const AcTsvCache *c)
{
	TSConfigCacheEntry *cfg = lookup_ts_config_cache(c->cfg);
	int			t;

	if (cfg->prsId != c->prs)
		return false;
	for (t = 0; t < cfg->lenmap; t++)
	{
		const ListDictionary *m = &cfg->map[t];
		MappedDict	want = installed_mapping(t);
		bool		parts = (want == MAPPED_PARTS_DICT);

		if (want == MAPPED_NONE)
		{
			if (m->len != 0)
				return false;
		}
		else if (m->len != 1 || m->dictIds[0] != (parts ? c->parts_dict : c->dict) ||
				 !dict_is(m->dictIds[0], parts))
			return false;
	}
	return cfg->lenmap > AC_TOK_URL;
}

static TSVector
build_tsvector(const unsigned char *buf, Size len)
{
	ac_tokenizer tok;
	ac_token	t;
	ac_lexemes	lx;
	LexSet		set;
	TSVector	out;
	int32		pos = 0;

	lexset_init(&set, len);
	ac_tok_init(&tok, buf, len, true);
	while (ac_tok_next(&tok, &t))
	{
		MappedDict	dict = installed_mapping(t.type);
		int			i;

		CHECK_FOR_INTERRUPTS();
		if (dict == MAPPED_NONE)
			continue;			/* not mapped: no lexeme, no position */
		if (ac_lex_token(buf + t.start, t.len, t.next_cp,
						 dict == MAPPED_PARTS_DICT, &lx) == 0)
			continue;			/* folds to nothing: not recognized */
		if (pos < MAXENTRYPOS)
			pos++;
		for (i = 0; i < lx.count; i++)
			lexset_add(&set, lx.buf + lx.off[i], lx.len[i], (uint16) LIMITPOS(pos));
	}
	out = lexset_to_tsvector(&set);
	lexset_free(&set);			/* callers may run many per memory context */
	return out;
}

/*
 * annot_cjk_tsvector(text) RETURNS tsvector: the annot_cjk document vector.
 */
Datum
annot_cjk_tsvector(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	AcTsvCache *c;

	ac_require_utf8("annot_cjk_tsvector()");
	c = tsv_cache(fcinfo);
	if (!config_as_installed(c))
		PG_RETURN_DATUM(DirectFunctionCall2(to_tsvector_byid,
											ObjectIdGetDatum(c->cfg),
											PointerGetDatum(in)));
	PG_RETURN_POINTER(build_tsvector((const unsigned char *) VARDATA_ANY(in),
									 VARSIZE_ANY_EXHDR(in)));
}

/*-------------------------------------------------------------------------
 * ac_dict_pinyin.c
 *	  The annot_cjk_pinyin_template text search template: the lexemes of
 *	  annot_cjk plus pinyin, so Chinese text is found by typed pinyin.
 *
 * Lexemes (marked so that no word of any text can produce them; the
 * markers are ASCII characters that never start a word, number, e-mail or
 * URL lexeme of annot_cjk):
 *
 *	 ~zhi		a toneless syllable (one for each reading of the character)
 *	 ~zhi~ye	a syllable and a syllable of the next character
 *	 ^zy		first letters of a character and of the next character
 *	 =ye		a Latin word that reads as pinyin (see add_han_before_word)
 *
 * Han character at position p (document and query alike): the annot_cjk
 * lexemes (annot_cjk_dict_lexize, so characters match exactly as with
 * annot_cjk), then every syllable of every reading, the syllable pairs and
 * the initial pairs with the next character.  In a query these only
 * restate what the characters say, so they go in a second variant that
 * repeats the character lexemes: (chars) | (chars & pinyin) is (chars).
 * Except when the next indexed token is a Latin word that reads as
 * pinyin: then a query asks for the character with a syllable pair with
 * the word, or with the word's mark (add_han_before_word), which makes
 * "职ye" selective without losing what annot_cjk finds.
 *
 * Latin word (word or numword token): the annot_cjk lexeme (English still
 * matches English) and, when the word reads as pinyin (ac_pinyin_query.h):
 *
 *	 - its mark "=word" at each of its positions;
 *	 - chained: one position per syllable, for the splits with the fewest
 *	   syllables, each position ORing the word itself and the splits'
 *	   syllable pairs (the last one a single syllable, or the pair with
 *	   the Han character right after the word: "zhiye教育" lines up with
 *	   职业教育).  Used when another indexed token follows in the same
 *	   parse.  A followed
 *	   one-syllable word pairs with the first syllables of the next word
 *	   when only blanks separate them: "zhi ye" is typed for 职业.  A
 *	   followed word that does not split but may be initials takes one
 *	   position per letter (initial pairs, the last one "~z" as a prefix,
 *	   or the pair with the next Han character);
 *	 - otherwise one position, one variant per reading: the word itself |
 *	   each split (its syllable pairs and last syllable ANDed) | the
 *	   initials (their pairs ANDed).  "xian" is 先 or 西安.  No position
 *	   past the first is asked for, so the 256-positions cap of a frequent
 *	   syllable cannot hide a match.
 *
 * A pair implies the syllable after it, so the one-position form asks
 * for no more than a document has.  The word itself at every position of
 * a chain means an AND query finds a document whose copy of the word took
 * the other form.
 *
 * Document and query run the same function, so a word in a document has
 * whatever a query for it asks.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "commands/defrem.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_utils.h"
#include "catalog/namespace.h"
#include "miscadmin.h"
#include "nodes/value.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/fmgrprotos.h"

#include "ac_pinyin_query.h"
#include "ac_pinyin_search.h"
#include "ac_readings.h"
#include "ac_search.h"
#include "ac_utf8.h"

PG_FUNCTION_INFO_V1(annot_cjk_pinyin_dict_init);
PG_FUNCTION_INFO_V1(annot_cjk_pinyin_dict_lexize);

/* The annot_cjk template, called for the character lexemes. */
extern Datum annot_cjk_dict_init(PG_FUNCTION_ARGS);
extern Datum annot_cjk_dict_lexize(PG_FUNCTION_ARGS);

/* Most syllable pairs (and initial pairs) indexed between two characters. */
#define AC_PIN_MAXPAIRS 16

#define AC_PIN_SYL '~'
#define AC_PIN_INI '^'
#define AC_PIN_WORD '='			/* a Latin word that reads as pinyin */

typedef struct AcPinDict
{
	void	   *base;			/* annot_cjk_dict_init's data */
} AcPinDict;

/* A growing lexeme array. */
typedef struct LexOut
{
	TSLexeme   *res;
	int			n;
	int			cap;
} LexOut;

static void
lex_add(LexOut *o, const char *s, int len, uint16 nvariant, uint16 flags)
{
	if (o->n + 1 >= o->cap)
	{
		o->cap *= 2;
		o->res = repalloc(o->res, sizeof(TSLexeme) * o->cap);
	}
	o->res[o->n].lexeme = pnstrdup(s, len);
	o->res[o->n].nvariant = nvariant;
	o->res[o->n].flags = flags;
	o->n++;
	o->res[o->n].lexeme = NULL;
}

/* Was (s, len) already added since index from? */
static bool
lex_seen(const LexOut *o, int from, const char *s, int len)
{
	int			i;

	for (i = from; i < o->n; i++)
		if ((int) strlen(o->res[i].lexeme) == len &&
			memcmp(o->res[i].lexeme, s, len) == 0)
			return true;
	return false;
}

/* "~a" or "~a~b" into buf; returns the length. */
static int
syl_lexeme(char *buf, int a, int b)
{
	int			n = 0;
	const char *s = ac_syllable_name(a);

	buf[n++] = AC_PIN_SYL;
	memcpy(buf + n, s, strlen(s));
	n += strlen(s);
	if (b >= 0)
	{
		s = ac_syllable_name(b);
		buf[n++] = AC_PIN_SYL;
		memcpy(buf + n, s, strlen(s));
		n += strlen(s);
	}
	return n;
}

Datum
annot_cjk_pinyin_dict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	AcPinDict  *d;

	ac_require_utf8("annot_cjk_pinyin dictionary");
	if (options != NIL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized annot_cjk_pinyin dictionary parameter: \"%s\"",
						((DefElem *) linitial(options))->defname),
				 errhint("The annot_cjk_pinyin template takes no parameters.")));
	d = palloc0(sizeof(AcPinDict));
	d->base = DatumGetPointer(DirectFunctionCall1(annot_cjk_dict_init,
												  PointerGetDatum(NIL)));
	PG_RETURN_POINTER(d);
}

/* Copy the annot_cjk lexemes as one variant. */
static void
add_base(LexOut *o, const TSLexeme *base, uint16 nvariant)
{
	const TSLexeme *b;

	for (b = base; b && b->lexeme; b++)
		lex_add(o, b->lexeme, strlen(b->lexeme), nvariant, 0);
}

/* Free a dictionary's lexeme array and its strings. */
static void
free_lexemes(TSLexeme *res)
{
	TSLexeme   *b;

	for (b = res; b && b->lexeme; b++)
		pfree(b->lexeme);
	if (res)
		pfree(res);
}

/*
 * Each lexeme of base with the word marker before it ("=ye"): a document
 * has it where a Latin word that reads as pinyin stands.
 */
static void
add_word_marks(LexOut *o, const TSLexeme *base, uint16 nvariant)
{
	const TSLexeme *b;
	char	   *buf;

	for (b = base; b && b->lexeme; b++)
	{
		int			len = strlen(b->lexeme);

		buf = palloc(len + 1);
		buf[0] = AC_PIN_WORD;
		memcpy(buf + 1, b->lexeme, len);
		lex_add(o, buf, len + 1, nvariant, 0);
		pfree(buf);
	}
}

/* Pinyin lexemes of Han character cp, followed by next_cp (0: none). */
static void
add_han(LexOut *o, uint32 cp, uint32 next_cp, uint16 nvariant)
{
	int			syl[AC_PQ_MAXCHARSYL];
	int			nsyl[AC_PQ_MAXCHARSYL];
	int			ns = ac_pq_char_syllables(cp, syl, AC_PQ_MAXCHARSYL);
	int			nn = 0;
	int			from = o->n;
	int			pairs = 0;
	int			i;
	int			j;
	char		buf[2 * AC_SYLLABLE_MAXBYTES + 3];

	if (ns == 0)
		return;
	for (i = 0; i < ns; i++)
		lex_add(o, buf, syl_lexeme(buf, syl[i], -1), nvariant, 0);
	if (next_cp != 0)
		nn = ac_pq_char_syllables(next_cp, nsyl, AC_PQ_MAXCHARSYL);
	for (i = 0; i < ns && pairs < AC_PIN_MAXPAIRS; i++)
		for (j = 0; j < nn && pairs < AC_PIN_MAXPAIRS; j++, pairs++)
			lex_add(o, buf, syl_lexeme(buf, syl[i], nsyl[j]), nvariant, 0);
	from = o->n;				/* initial pairs repeat: compare among them */
	for (i = 0; i < ns; i++)
		for (j = 0; j < nn; j++)
		{
			buf[0] = AC_PIN_INI;
			buf[1] = ac_pq_initial(syl[i]);
			buf[2] = ac_pq_initial(nsyl[j]);
			if (!lex_seen(o, from, buf, 3))
				lex_add(o, buf, 3, nvariant, 0);
		}
}

/*
 * The distinct first syllables of the splits of w with the fewest
 * syllables (the ones its chain of positions uses), into first
 * (AC_PQ_MAXSPLITS long); returns the count, 0 when w does not split.
 */
static int
next_word_first_syllables(const ac_pq_word *w, int *first)
{
	ac_pq_split *sp = palloc(sizeof(ac_pq_split) * AC_PQ_MAXSPLITS);
	int			nsp = ac_pq_splits(w, sp, AC_PQ_MAXSPLITS);
	int			n = 0;
	int			i;
	int			j;

	for (i = 0; i < nsp && sp[i].k == sp[0].k; i++)
	{
		for (j = 0; j < n && first[j] != sp[i].syl[0]; j++)
			;
		if (j == n)
			first[n++] = sp[i].syl[0];
	}
	pfree(sp);
	return n;
}

/* "^zy": the initial of syllable syl and letter next; returns the length. */
static int
initial_pair(char *buf, int syl, char next)
{
	buf[0] = AC_PIN_INI;
	buf[1] = ac_pq_initial(syl);
	buf[2] = next;
	return 3;
}

/*
 * Lexemes of Han character cp when the next indexed token is the Latin
 * word w, which reads as pinyin.  One variant per pair of a syllable of
 * the character with the word's first syllable (of each split its chain
 * of positions uses) or, for initials, with its first letter: the
 * character lexemes and the pair.  One more variant: the character
 * lexemes and the word's mark ("=ye", which a document has at the word,
 * add_word).  So the query "职ye" asks for
 * 职 & (~zhi~ye | =ye) at the position of 职, which is selective.  A
 * document's 职 has ~zhi~ye when 业 follows it, or the word "ye" does (this
 * function), so in a phrase the characters-and-words reading of annot_cjk
 * still matches; in an AND query (plainto "职 ye") the mark matches the
 * word anywhere.  The pinyin reading needs the character and the syllable
 * next to each other, as "zhiye" does.
 */
static bool
add_han_before_word(LexOut *o, AcPinDict *d, const TSLexeme *base, uint32 cp,
					const ac_pq_word *w, Datum substate)
{
	int			syl[AC_PQ_MAXCHARSYL];
	int			ns = ac_pq_char_syllables(cp, syl, AC_PQ_MAXCHARSYL);
	int			first[AC_PQ_MAXSPLITS]; /* the word's first syllables */
	int			nf = next_word_first_syllables(w, first);
	bool		ini = nf == 0 && ac_pq_initials_ok(w, 0);
	int			npairs = ns * (ini ? 1 : nf);
	char	  (*pair)[2 * AC_SYLLABLE_MAXBYTES + 3];
	int		   *pair_len;
	uint16		var = 1;
	TSLexeme   *word;
	int			from;
	int			k;
	int			i;
	int			m;
	char		buf[2 * AC_SYLLABLE_MAXBYTES + 3];

	if (ns == 0 || npairs == 0)
		return false;			/* nothing to pair: the usual lexemes */

	/* the pairs: a syllable with the word's first, or initial with letter */
	pair = palloc(sizeof(*pair) * npairs);
	pair_len = palloc(sizeof(int) * npairs);
	for (k = 0, i = 0; i < ns; i++)
		for (m = 0; m < (ini ? 1 : nf); m++, k++)
			pair_len[k] = ini ? initial_pair(pair[k], syl[i], w->letters[0])
				: syl_lexeme(pair[k], syl[i], first[m]);

	/*
	 * A variant per pair: the characters and the pair, nothing else (a
	 * frequent syllable such as ~yi reaches the 256-positions cap in long
	 * documents, and a phrase needs the position).  Right after the first,
	 * the same with the rest of what a document indexes here (syllables,
	 * initial pairs): it implies the first, so it changes no query, and
	 * annot_cjk_ops scans none of its extra lexemes (ac_gin_query.h).
	 */
	for (k = 0; k < npairs; k++)
	{
		add_base(o, base, var);
		lex_add(o, pair[k], pair_len[k], var++, 0);
		if (k > 0)
			continue;
		add_base(o, base, var);
		lex_add(o, pair[0], pair_len[0], var, 0);
		from = o->n;
		for (i = 0; i < ns; i++)
		{
			lex_add(o, buf, syl_lexeme(buf, syl[i], -1), var, 0);
			for (m = 0; m < nf; m++)
			{
				int			len = initial_pair(buf, syl[i], ac_pq_initial(first[m]));

				if (!lex_seen(o, from, buf, len))
					lex_add(o, buf, len, var, 0);
			}
		}
		var++;
	}
	pfree(pair);
	pfree(pair_len);

	/* the characters and the word's mark, for its reading as a word */
	add_base(o, base, var);
	word = (TSLexeme *) DatumGetPointer(DirectFunctionCall4(annot_cjk_dict_lexize,
															PointerGetDatum(d->base),
															PointerGetDatum(ac_pin_word.han_next_word),
															Int32GetDatum(ac_pin_word.han_next_word_len),
															substate));
	add_word_marks(o, word, var);
	free_lexemes(word);
	return true;
}

/*
 * The lexeme of syllable j of split sp: the pair starting there, or the
 * syllable alone for the last one.
 */
static int
split_lexeme(char *buf, const ac_pq_split *sp, int j)
{
	return syl_lexeme(buf, sp->syl[j], j + 1 < sp->k ? sp->syl[j + 1] : -1);
}

/* Lexeme of initial j of w: the pair starting there, or "~x" (a prefix). */
static int
initial_lexeme(char *buf, const ac_pq_word *w, int j, uint16 *flags)
{
	if (j + 1 < w->n)
	{
		buf[0] = AC_PIN_INI;
		buf[1] = w->letters[j];
		buf[2] = w->letters[j + 1];
		*flags = 0;
		return 3;
	}
	buf[0] = AC_PIN_SYL;
	buf[1] = w->letters[j];
	*flags = TSL_PREFIX;
	return 2;
}

/*
 * Lexemes of a Latin word: its annot_cjk lexemes (base) and its pinyin.
 * Followed: one position per syllable (or initial), the word itself at
 * each of them too, so an AND query finds the word wherever it stands.
 * Last: one position, one variant per reading.
 */
/*
 * The syllables that may follow a word: those of the Han character right
 * after it, or the first syllables of the next word (blanks between).
 * Returns the count (0: none known).
 */
static int
next_syllables(const AcPinWord *rec, int *syl, int max)
{
	ac_pq_word	v;
	ac_pq_split *sp;
	int			nsp;
	int			n = 0;
	int			i;
	int			j;

	if (rec == NULL)
		return 0;
	if (rec->next_cp != 0)
		return ac_pq_char_syllables(rec->next_cp, syl, max);
	if (rec->next_word == NULL ||
		!ac_pq_normalize(rec->next_word, rec->next_word_len, &v))
		return 0;
	sp = palloc(sizeof(ac_pq_split) * AC_PQ_MAXSPLITS);
	nsp = ac_pq_splits(&v, sp, AC_PQ_MAXSPLITS);
	for (i = 0; i < nsp && n < max; i++)
	{
		for (j = 0; j < n; j++)
			if (syl[j] == sp[i].syl[0])
				break;
		if (j == n)
			syl[n++] = sp[i].syl[0];
	}
	pfree(sp);
	return n;
}

/*
 * Lexemes of a Latin word: its annot_cjk lexemes (base) and its pinyin.
 * rec: what the parser saw after it (NULL: nothing known, as for
 * ts_lexize).  Followed: one position per syllable (or initial), the word
 * itself at each of them too, so an AND query finds the word wherever it
 * stands; the last position pairs with what follows when that is a Han
 * character, or, for a one-syllable word, the next word ("zhi ye" is typed
 * for 职业).  Last: one position, one variant per reading.
 */
static void
add_word(LexOut *o, const TSLexeme *base, const ac_pq_word *w,
		 const AcPinWord *rec)
{
	bool		followed = rec != NULL && rec->followed;
	bool		preceded = rec != NULL && rec->preceded;
	ac_pq_split *sp = palloc(sizeof(ac_pq_split) * AC_PQ_MAXSPLITS);
	int			nsp = w ? ac_pq_splits(w, sp, AC_PQ_MAXSPLITS) : 0;
	bool		ini = w ? ac_pq_initials_ok(w, nsp) : false;
	char		buf[2 * AC_SYLLABLE_MAXBYTES + 3];
	int			nxt[AC_PQ_MAXCHARSYL];
	int			nn = 0;
	uint16		var = 1;
	uint16		flags;
	int			npos = 1;
	bool		chain = false;
	int			i;
	int			j;
	int			m;

	/*
	 * One position per syllable when another token comes before or after
	 * in the same parse: in a phrase every position must line up, and
	 * tokens sharing a position in a phrase must share it in the document
	 * too (an AND of pairs at one position never matches there).  A word
	 * alone takes one position: nothing to line up, and no position past
	 * its first is asked for, so the 256-positions cap of a frequent
	 * syllable ("~shi") cannot hide a match.
	 */
	if ((followed || preceded) && (nsp > 0 || ini))
	{
		chain = true;
		npos = nsp > 0 ? sp[0].k : w->n;
		if (followed && (rec->next_cp != 0 || (nsp > 0 && sp[0].k == 1)))
			nn = next_syllables(rec, nxt, AC_PQ_MAXCHARSYL);
	}
	for (j = 0; j < npos; j++)
	{
		int			from = o->n;
		const TSLexeme *b;

		for (b = base; b->lexeme; b++)
			lex_add(o, b->lexeme, strlen(b->lexeme), var,
					(j > 0 && o->n == from) ? TSL_ADDPOS : 0);
		if (nsp > 0 || ini)		/* with the word: see add_han_before_word */
			add_word_marks(o, base, var);
		if (chain && nsp > 0)
		{
			for (i = 0; i < nsp && sp[i].k == npos; i++)
			{
				int			len;

				for (m = 0; m < (j + 1 == npos && nn > 0 ? nn : 1); m++)
				{
					if (j + 1 == npos && nn > 0)
						len = syl_lexeme(buf, sp[i].syl[j], nxt[m]);
					else
						len = split_lexeme(buf, &sp[i], j);
					if (!lex_seen(o, from, buf, len))
						lex_add(o, buf, len, ++var,
								(j > 0 && o->n == from) ? TSL_ADDPOS : 0);
				}
			}
		}
		else if (chain)
		{
			int			len = initial_lexeme(buf, w, j, &flags);

			if (j + 1 == npos && nn > 0)
			{
				for (m = 0; m < nn; m++)
				{
					buf[0] = AC_PIN_INI;
					buf[1] = w->letters[j];
					buf[2] = ac_pq_initial(nxt[m]);
					if (!lex_seen(o, from, buf, 3))
						lex_add(o, buf, 3, ++var,
								(j > 0 && o->n == from) ? TSL_ADDPOS : 0);
				}
			}
			else
				lex_add(o, buf, len, ++var,
						flags | ((j > 0 && o->n == from) ? TSL_ADDPOS : 0));
		}
	}
	if (!chain)
	{
		/* each split: its syllable pairs ANDed, or its one syllable */
		for (i = 0; i < nsp; i++)
		{
			var++;
			for (j = 0; j < sp[i].k - 1 || j == 0; j++)
				lex_add(o, buf, syl_lexeme(buf, sp[i].syl[j],
										   sp[i].k > 1 ? sp[i].syl[j + 1] : -1),
						var, 0);
		}
		/* initials: their pairs, ANDed */
		if (ini)
		{
			var++;
			for (j = 0; j + 1 < w->n; j++)
			{
				int			len = initial_lexeme(buf, w, j, &flags);

				lex_add(o, buf, len, var, flags);
			}
		}
	}
	pfree(sp);
}

Datum
annot_cjk_pinyin_dict_lexize(PG_FUNCTION_ARGS)
{
	AcPinDict  *d = (AcPinDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	bool		cjk_recorded = (ac_cjk_next.token != NULL &&
								ac_cjk_next.token == in && ac_cjk_next.len == len);
	bool		word_recorded = (ac_pin_word.token != NULL &&
								 ac_pin_word.token == in && ac_pin_word.len == len);
	uint32		next_cp = cjk_recorded ? ac_cjk_next.next_cp : 0;
	TSLexeme   *base;
	LexOut		o;
	uint32		cp;
	ac_pq_word	w;

	/* the annot_cjk lexemes first (the base reads the same CJK record) */
	base = (TSLexeme *) DatumGetPointer(DirectFunctionCall4(annot_cjk_dict_lexize,
															PointerGetDatum(d->base),
															PointerGetDatum(in),
															Int32GetDatum(len),
															PG_GETARG_DATUM(3)));
	if (base == NULL || len <= 0)
		PG_RETURN_POINTER(base);

	o.cap = 32;
	o.n = 0;
	o.res = palloc(sizeof(TSLexeme) * o.cap);
	o.res[0].lexeme = NULL;

	ac_utf8_decode((const unsigned char *) in, len, &cp);
	if (ac_is_han(cp) && word_recorded && ac_pin_word.han_next_word != NULL &&
		ac_pq_normalize(ac_pin_word.han_next_word, ac_pin_word.han_next_word_len, &w) &&
		add_han_before_word(&o, d, base, cp, &w, PG_GETARG_DATUM(3)))
		;						/* done */
	else if (ac_is_han(cp))
	{
		add_base(&o, base, 1);
		add_base(&o, base, 2);
		add_han(&o, cp, next_cp, 2);
	}
	else
	{
		bool		pinyin = ac_pq_normalize(in, len, &w);

		add_word(&o, base, pinyin ? &w : NULL,
				 word_recorded ? &ac_pin_word : NULL);
	}
	/* the base array and its strings belong to us now */
	free_lexemes(base);
	PG_RETURN_POINTER(o.res);
}

/* ---- annot_pinyin_tsquery(text) ---- */

PG_FUNCTION_INFO_V1(annot_pinyin_tsquery);

/* A character that may end or start a typed Latin (pinyin) syllable. */
static bool
latin_like(uint32 cp, bool digits)
{
	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ||
			(digits && cp >= '0' && cp <= '9');
	if (cp == AC_UTF8_INVALID)
		return false;
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
		(cp >= 0x300 && cp <= 0x36F && digits) ||
		(cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A) ||
		(digits && cp >= 0xFF10 && cp <= 0xFF19) ||
		(cp >= 0x1E00 && cp <= 0x1EFF);
}

static bool
blank_cp(uint32 cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		cp == 0xA0 || cp == 0x3000;
}

/* End of the run of Latin-like characters starting at p. */
static int
latin_run_end(const char *s, int len, int p)
{
	while (p < len)
	{
		uint32		cp;
		int			step = ac_utf8_decode((const unsigned char *) s + p, len - p, &cp);

		if (!latin_like(cp, true))
			break;
		p += step;
	}
	return p;
}

/* Does s[start, end) read as pinyin syllables? */
static bool
splits_as_pinyin(const char *s, int start, int end)
{
	ac_pq_word	w;
	ac_pq_split *sp;
	int			n;

	if (!ac_pq_normalize(s + start, end - start, &w))
		return false;
	sp = palloc(sizeof(ac_pq_split) * AC_PQ_MAXSPLITS);
	n = ac_pq_splits(&w, sp, 1);
	pfree(sp);
	return n > 0;
}

/*
 * The text with each blank run between two words that read as pinyin
 * replaced by a tone digit: "zhi ye" is typed for one word of two
 * characters, and "zhi5ye" keeps the syllable boundary ("xi an" stays
 * 西安, not 先) while giving the dictionary the whole word, hence the
 * syllable pairs.  A word that is not pinyin ("daily") keeps its blanks.
 */
static text *
join_pinyin_words(const char *s, int len)
{
	text	   *out = (text *) palloc(VARHDRSZ + len + 1);
	char	   *o = VARDATA(out);
	int			n = 0;
	int			p = 0;
	int			prev_start = -1;	/* last Latin run, if it ended at p */
	int			prev_end = -1;

	while (p < len)
	{
		uint32		cp;
		int			step = ac_utf8_decode((const unsigned char *) s + p, len - p, &cp);

		CHECK_FOR_INTERRUPTS();
		if (latin_like(cp, false))
		{
			int			end = latin_run_end(s, len, p);

			memcpy(o + n, s + p, end - p);
			n += end - p;
			prev_start = p;
			prev_end = end;
			p = end;
			continue;
		}
		if (blank_cp(cp) && prev_end == p)
		{
			int			q = p;
			uint32		next = 0;

			while (q < len)
			{
				int			st = ac_utf8_decode((const unsigned char *) s + q, len - q, &next);

				if (!blank_cp(next))
					break;
				q += st;
			}
			if (q < len && latin_like(next, false) &&
				splits_as_pinyin(s, prev_start, prev_end) &&
				splits_as_pinyin(s, q, latin_run_end(s, len, q)))
			{
				/* q > p: the blank run is at least as long as the digit */
				if (!(s[prev_end - 1] >= '0' && s[prev_end - 1] <= '5'))
					o[n++] = '5';
				p = q;
				continue;
			}
		}
		memcpy(o + n, s + p, step);
		n += step;
		p += step;
	}
	SET_VARSIZE(out, VARHDRSZ + n);
	return out;
}

Datum
annot_pinyin_tsquery(PG_FUNCTION_ARGS)
{
	text	   *q = PG_GETARG_TEXT_PP(0);
	Oid		   *cfg = (Oid *) fcinfo->flinfo->fn_extra;

	ac_require_utf8("annot_pinyin_tsquery()");
	if (cfg == NULL)
	{
		/* the configuration in this function's own schema */
		Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
		char	   *nspname = get_namespace_name(nsp);

		cfg = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(Oid));
		*cfg = get_ts_config_oid(list_make2(makeString(nspname),
											makeString(pstrdup("annot_cjk_pinyin"))),
								 false);
		fcinfo->flinfo->fn_extra = cfg;
	}
	PG_RETURN_DATUM(DirectFunctionCall2(phraseto_tsquery_byid,
										ObjectIdGetDatum(*cfg),
										PointerGetDatum(join_pinyin_words(VARDATA_ANY(q),
																		 VARSIZE_ANY_EXHDR(q)))));
}

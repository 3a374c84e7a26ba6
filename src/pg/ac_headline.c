/*-------------------------------------------------------------------------
 * ac_headline.c
 *	  The headline function of the annot_cjk parsers.
 *
 * Wraps the default parser's prsd_headline:
 *	 - ShortWord defaults to 0: prsd_headline compares byte lengths, and at
 *	   its default of 3 every CJK character would be a "short word", never a
 *	   fragment end;
 *	 - punctuation and annotation tokens are shown to prsd_headline as
 *	   blanks (id 12), so they neither count in MaxWords nor end fragments;
 *	 - a token matching only annot_cjk_pinyin's word marks ("=ye") is not
 *	   highlighted;
 *	 - adjacent highlighted tokens are merged into one highlight
 *	   ("<b>网络</b>", not "<b>网</b><b>络</b>"), annotations between them
 *	   included ("<b>網(wang)絡</b>").
 * The text of every token is output unchanged, so with HighlightAll and
 * empty StartSel/StopSel the headline is the source text.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "nodes/makefuncs.h"
#include "nodes/value.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "utils/fmgrprotos.h"

#include "ac_tok.h"

PG_FUNCTION_INFO_V1(annot_cjk_prs_headline);

#define HL_BLANK 12				/* the default parser's blank id */

static List *
with_default_shortword(List *opts)
{
	ListCell   *l;

	foreach(l, opts)
	{
		DefElem    *def = (DefElem *) lfirst(l);

		if (pg_strcasecmp(def->defname, "ShortWord") == 0)
			return opts;
	}
	return lappend(list_copy(opts),
				   makeDefElem(pstrdup("ShortWord"),
							   (Node *) makeString(pstrdup("0")), -1));
}

static bool
mergeable(const HeadlineWordEntry *w)
{
	return w->in && w->selected && !w->skip && !w->replace && !w->repeated;
}

/* An annotation shown in the headline, not highlighted itself. */
static bool
bridge(const HeadlineWordEntry *w)
{
	return w->in && !w->selected && !w->skip && !w->replace && !w->repeated &&
		w->type == AC_TOK_ANNOT;
}

/*
 * Merge each run of consecutive highlighted tokens into its first token,
 * annotations between two highlighted tokens included.
 */
static void
merge_highlights(HeadlineParsedText *prs)
{
	int			i = 0;

	while (i < prs->curwords)
	{
		HeadlineWordEntry *first = &prs->words[i];
		int			total;
		int			pending = 0;	/* bytes of annotations not yet taken */
		int			last = i;
		int			j;

		if (!mergeable(first))
		{
			i++;
			continue;
		}
		total = first->len;
		for (j = i + 1; j < prs->curwords; j++)
		{
			HeadlineWordEntry *w = &prs->words[j];

			if (w->repeated)
				continue;		/* extra copy holding a query item */
			if (total + pending + (int) w->len > PG_UINT16_MAX)
				break;
			if (bridge(w))
			{
				pending += w->len;
				continue;
			}
			if (!mergeable(w))
				break;
			total += pending + w->len;
			pending = 0;
			last = j;
		}
		if (last > i)
		{
			char	   *word = palloc(total);
			int			off = 0;
			int			k;

			for (k = i; k <= last; k++)
			{
				HeadlineWordEntry *w = &prs->words[k];

				if (w->repeated)
					continue;
				memcpy(word + off, w->word, w->len);
				off += w->len;
				if (k > i)
				{
					w->skip = 1;
					w->selected = 0;
				}
			}
			first->word = word;
			first->len = total;
		}
		i = last + 1;
	}
}

/* Is the query operand a word mark of annot_cjk_pinyin ("=ye")? */
static bool
is_word_mark(TSQuery query, const QueryOperand *item)
{
	return item->length > 0 && GETOPERAND(query)[item->distance] == '=';
}

/*
 * annot_cjk_pinyin gives a Han character followed by a Latin word that
 * reads as pinyin the word's mark too, a search aid that is not the
 * character's text: a token whose every matching operand is a mark is not
 * highlighted.  (Its copies holding further operands follow it.)
 */
static void
unselect_mark_only(HeadlineParsedText *prs, TSQuery query)
{
	int			i = 0;

	while (i < prs->curwords)
	{
		int			end = i + 1;
		bool		marks_only = prs->words[i].item != NULL &&
			is_word_mark(query, prs->words[i].item);
		int			k;

		for (; end < prs->curwords && prs->words[end].repeated; end++)
			if (prs->words[end].item && !is_word_mark(query, prs->words[end].item))
				marks_only = false;
		if (marks_only)
			for (k = i; k < end; k++)
				prs->words[k].selected = 0;
		i = end;
	}
}

Datum
annot_cjk_prs_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	List	   *opts = (List *) PG_GETARG_POINTER(1);
	uint8	   *types;
	int			i;

	types = palloc(Max(prs->curwords, 1));
	for (i = 0; i < prs->curwords; i++)
	{
		types[i] = prs->words[i].type;
		/*
		 * Extra copies of a token (one per further matching query operand:
		 * a CJK character matches its unigram and its bigram) would count
		 * as words in MaxWords/MinWords: make them non-words too.
		 */
		if (types[i] == AC_TOK_PUNCT || types[i] == AC_TOK_ANNOT ||
			prs->words[i].repeated)
			prs->words[i].type = HL_BLANK;
	}
	DirectFunctionCall3(prsd_headline, PointerGetDatum(prs),
						PointerGetDatum(with_default_shortword(opts)),
						PG_GETARG_DATUM(2));
	for (i = 0; i < prs->curwords; i++)
		prs->words[i].type = types[i];
	pfree(types);
	unselect_mark_only(prs, PG_GETARG_TSQUERY(2));
	merge_highlights(prs);
	PG_RETURN_POINTER(prs);
}

/*-------------------------------------------------------------------------
 * ac_gin_query.h
 *	  Which operands of a tsquery annot_cjk_ops must scan.
 *
 * A GIN scan reads the posting list of every key the query extracts, and
 * the most frequent lists cost the most.  Some operands cannot change the
 * answer or are answered by another operand's key; ac_gin_plan_query
 * finds them (the reasoning is in ac_gin_query.c):
 *
 *	 - dont_care: an operand of an OR branch that a sibling conjunction
 *	   absorbs: in annot_cjk_pinyin's (教 & 教育) | (教 & 教育 & ~jiao & ...),
 *	   the syllables;
 *	 - implied_by: a CJK unigram that a CJK bigram every match needs
 *	   contains: in 职 & 职业 & 业, the unigrams are answered from 职业.
 *-------------------------------------------------------------------------
 */
#ifndef AC_GIN_QUERY_H
#define AC_GIN_QUERY_H

#include "postgres.h"

#include "tsearch/ts_type.h"

typedef struct AcGinPlan
{
	int		   *implied_by;		/* item -> the bigram item whose key answers
								 * for it, or -1 */
	bool	   *dont_care;		/* item -> needs no key ("maybe" is exact
								 * enough) */
} AcGinPlan;

/* Plan query (arrays of query->size, palloc'd in the current context). */
extern void ac_gin_plan_query(TSQuery query, AcGinPlan *plan);

#endif							/* AC_GIN_QUERY_H */

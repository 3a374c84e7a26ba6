/*-------------------------------------------------------------------------
 * ac_gin_query.c
 *	  Which operands of a tsquery annot_cjk_ops must scan (ac_gin_query.h).
 *
 * Operands are compared by identity: the same lexeme, prefix flag and
 * weights.  For each node of the query tree, req is the set of operands
 * every match of that node has: a value is itself, AND and phrase the union
 * of their children's, OR the intersection, NOT nothing.  Two facts follow,
 * by induction on the tree, for the ternary evaluation GIN's consistent
 * functions make:
 *
 *	 (1) if an operand of req(node) is false, the node is false, whatever
 *		 "maybe" any other operand says;
 *	 (2) in L | R where L is a conjunction (AND of values) whose operands
 *		 are all in req(R), R implies L, so L | R is L: R's operands that
 *		 are not L's may answer "maybe" (no key).  When L is true, so is the
 *		 OR; when false, one of L's operands is false, R has it, and R is
 *		 false by (1); when L is "maybe", so is the OR (a recheck).
 *
 * A one-character CJK operand in req(root) that a two-character operand
 * of req(root) contains is answered from the bigram's key (ac_gin.c): if
 * the bigram is absent the query is false by (1), whatever the unigram
 * says.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"

#include "ac_gin_query.h"
#include "ac_lexeme.h"

/* Most distinct operands, and items, analysed; a larger query scans every
 * operand (the analysis is quadratic in them). */
#define MAX_OPERANDS 512
#define MAX_ITEMS 4096

typedef struct Analysis
{
	TSQuery		query;
	QueryItem  *item;
	int			nops;			/* distinct operands */
	int			words;			/* uint64 words per operand set */
	int		   *op;				/* item -> operand id (values only) */
	uint64	   *req;			/* item -> its node's req set */
	AcGinPlan  *plan;
} Analysis;

static inline uint64 *
set_of(Analysis *a, int i)
{
	return a->req + (size_t) i * a->words;
}

static inline bool
set_has(const uint64 *set, int id)
{
	return (set[id / 64] >> (id % 64)) & 1;
}

static bool
same_operand(TSQuery query, const QueryOperand *x, const QueryOperand *y)
{
	return x->length == y->length && x->prefix == y->prefix && x->weight == y->weight &&
		memcmp(GETOPERAND(query) + x->distance, GETOPERAND(query) + y->distance,
			   x->length) == 0;
}

/* Operand ids, deduplicated; false if there are too many. */
static bool
number_operands(Analysis *a)
{
	int		   *first = palloc(sizeof(int) * MAX_OPERANDS);	/* id -> an item */
	int			i;

	a->nops = 0;
	for (i = 0; i < a->query->size; i++)
	{
		int			id;

		if (a->item[i].type != QI_VAL)
			continue;
		for (id = 0; id < a->nops; id++)
			if (same_operand(a->query, &a->item[first[id]].qoperand, &a->item[i].qoperand))
				break;
		if (id == a->nops)
		{
			if (a->nops == MAX_OPERANDS)
				return false;
			first[a->nops++] = i;
		}
		a->op[i] = id;
	}
	pfree(first);
	return true;
}

/* req of node i and of everything below it. */
static void
compute_req(Analysis *a, int i)
{
	uint64	   *r = set_of(a, i);
	int			w;

	check_stack_depth();
	if (a->item[i].type == QI_VAL)
	{
		r[a->op[i] / 64] |= UINT64CONST(1) << (a->op[i] % 64);
		return;
	}
	compute_req(a, i + 1);
	if (a->item[i].qoperator.oper == OP_NOT)
		return;					/* nothing required */
	compute_req(a, i + a->item[i].qoperator.left);
	for (w = 0; w < a->words; w++)
	{
		uint64		right = set_of(a, i + 1)[w];
		uint64		left = set_of(a, i + a->item[i].qoperator.left)[w];

		r[w] = a->item[i].qoperator.oper == OP_OR ? (left & right) : (left | right);
	}
}

/* Is node i an AND of values (or one value)? */
static bool
is_conjunction(Analysis *a, int i)
{
	check_stack_depth();
	if (a->item[i].type == QI_VAL)
		return true;
	return a->item[i].qoperator.oper == OP_AND &&
		is_conjunction(a, i + 1) &&
		is_conjunction(a, i + a->item[i].qoperator.left);
}

static bool
is_subset(Analysis *a, int sub, int super)
{
	int			w;

	for (w = 0; w < a->words; w++)
		if ((set_of(a, sub)[w] & ~set_of(a, super)[w]) != 0)
			return false;
	return true;
}

/* The values below node i whose operand is not in set keep: no key. */
static void
mark_dont_care(Analysis *a, int i, const uint64 *keep)
{
	check_stack_depth();
	if (a->item[i].type == QI_VAL)
	{
		if (!set_has(keep, a->op[i]))
			a->plan->dont_care[i] = true;
		return;
	}
	mark_dont_care(a, i + 1, keep);
	if (a->item[i].qoperator.oper != OP_NOT)
		mark_dont_care(a, i + a->item[i].qoperator.left, keep);
}

/* Find the OR branches that a sibling conjunction absorbs, fact (2). */
static void
absorb(Analysis *a, int i)
{
	int			right;
	int			left;

	check_stack_depth();
	if (a->item[i].type == QI_VAL)
		return;
	right = i + 1;
	left = i + a->item[i].qoperator.left;
	if (a->item[i].qoperator.oper == OP_OR)
	{
		if (is_conjunction(a, left) && is_subset(a, left, right))
		{
			mark_dont_care(a, right, set_of(a, left));
			return;
		}
		if (is_conjunction(a, right) && is_subset(a, right, left))
		{
			mark_dont_care(a, left, set_of(a, right));
			return;
		}
	}
	absorb(a, right);
	if (a->item[i].qoperator.oper != OP_NOT)
		absorb(a, left);
}

/*
 * How many CJK characters item i stands for when it may take part in an
 * implication: 1 or 2 for a scanned, required, non-prefix operand of one
 * or two CJK characters (a pair also needs an exact key: a shared key
 * cannot vouch for a lexeme); else 0.  *first: bytes of the first.
 */
static int
implication_role(Analysis *a, int i, size_t *first)
{
	QueryOperand *x = &a->item[i].qoperand;
	char	   *lex = GETOPERAND(a->query) + x->distance;
	bool		exact;
	int			n;

	if (a->item[i].type != QI_VAL || a->plan->dont_care[i] ||
		!set_has(set_of(a, 0), a->op[i]) || x->prefix)
		return 0;
	n = ac_lex_cjk_chars(lex, x->length, first);
	if (n == 2)
		(void) ac_lex_gin_key(lex, x->length, false, &exact);
	return n == 2 && !exact ? 0 : n;
}

/* Does pair item j (first: bytes of its first character) contain item i? */
static bool
pair_contains(Analysis *a, int j, size_t first, int i)
{
	char	   *ops = GETOPERAND(a->query);
	QueryOperand *p = &a->item[j].qoperand;
	QueryOperand *x = &a->item[i].qoperand;

	return (first == x->length &&
			memcmp(ops + p->distance, ops + x->distance, first) == 0) ||
		(p->length - first == x->length &&
		 memcmp(ops + p->distance + first, ops + x->distance, x->length) == 0);
}

void
ac_gin_plan_query(TSQuery query, AcGinPlan *plan)
{
	Analysis	a;
	int		   *role;			/* item -> implication_role */
	size_t	   *first;			/* item -> bytes of its first character */
	int			i;
	int			j;

	plan->implied_by = palloc(sizeof(int) * query->size);
	plan->dont_care = palloc0(sizeof(bool) * query->size);
	for (i = 0; i < query->size; i++)
		plan->implied_by[i] = -1;
	if (query->size == 0 || query->size > MAX_ITEMS)
		return;
	a.query = query;
	a.item = GETQUERY(query);
	a.plan = plan;
	a.op = palloc(sizeof(int) * query->size);
	if (!number_operands(&a))
		return;					/* a huge query: every operand scanned */
	a.words = (a.nops + 63) / 64;
	a.req = palloc0(sizeof(uint64) * a.words * query->size);
	compute_req(&a, 0);
	absorb(&a, 0);

	/* a required unigram is answered by a required bigram containing it */
	role = palloc(sizeof(int) * query->size);
	first = palloc(sizeof(size_t) * query->size);
	for (i = 0; i < query->size; i++)
		role[i] = implication_role(&a, i, &first[i]);
	for (i = 0; i < query->size; i++)
	{
		CHECK_FOR_INTERRUPTS();
		for (j = 0; role[i] == 1 && j < query->size; j++)
			if (role[j] == 2 && pair_contains(&a, j, first[j], i))
			{
				plan->implied_by[i] = j;
				break;
			}
	}
	pfree(role);
	pfree(first);
	pfree(a.op);
	pfree(a.req);
}

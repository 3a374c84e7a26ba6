/*-------------------------------------------------------------------------
 * ac_sql_clean.c
 *	  SQL functions annot_clean(text) and annot_extract(text).
 *
 * Both walk the input with the core annotation scanner (src/core/ac_annot.h),
 * which cuts it into TEXT spans (kept) and ANNOT spans (dropped) and does
 * bounded work per step, so we can check for interrupts between steps.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "ac_annot.h"
#include "ac_readings.h"

PG_FUNCTION_INFO_V1(annot_clean);
PG_FUNCTION_INFO_V1(annot_extract);

/* A span the scanner returned must lie inside the buffer it was given. */
static inline void
ac_check_span(const ac_scanner *sc, const ac_span *span)
{
	if (span->start > sc->len || span->len > sc->len - span->start)
		elog(ERROR, "annotation scanner returned a span outside its input");
}

const unsigned char *
ac_clean_text(const unsigned char *buf, Size len, ac_annot_fn on_annot,
			  void *arg, Size *outlen)
{
	unsigned char *out = NULL;
	Size		n = 0;
	ac_scanner	sc;
	ac_span		span;

	ac_scan_init(&sc, buf, len);
	if (on_annot == NULL)
		ac_scan_no_positions(&sc);	/* nobody reads clean_pos */
	while (ac_scan_next(&sc, &span))
	{
		/* a flag test: cheap enough for every (bounded) step */
		CHECK_FOR_INTERRUPTS();
		ac_check_span(&sc, &span);
		if (span.kind == AC_SPAN_TEXT)
		{
			if (out != NULL)
			{
				memcpy(out + n, buf + span.start, span.len);
				n += span.len;
			}
		}
		else if (out == NULL)
		{
			/* first annotation: every byte before it is text */
			out = (unsigned char *) palloc(VARHDRSZ + len) + VARHDRSZ;
			memcpy(out, buf, span.start);
			n = span.start;
		}
		if (span.annot != NULL && on_annot != NULL)
			on_annot(span.annot, arg);
	}
	*outlen = out != NULL ? n : len;
	return out != NULL ? out : buf;
}

/*
 * annot_clean(text) returns text
 *
 * The input without its reading annotations.  The result is never longer
 * than the input; text without annotations is returned as is, no copy.
 */
Datum
annot_clean(PG_FUNCTION_ARGS)
{
	text	   *src;
	const unsigned char *buf;
	const unsigned char *out;
	Size		outlen;
	text	   *dst;

	ac_require_utf8("annot_clean");
	src = PG_GETARG_TEXT_PP(0);
	buf = (const unsigned char *) VARDATA_ANY(src);
	out = ac_clean_text(buf, VARSIZE_ANY_EXHDR(src), NULL, NULL, &outlen);
	if (out == buf)
		PG_RETURN_TEXT_P(src);
	/* the cleaned bytes follow VARHDRSZ spare bytes: make them a text */
	dst = (text *) (out - VARHDRSZ);
	SET_VARSIZE(dst, VARHDRSZ + outlen);
	PG_RETURN_TEXT_P(dst);
}

/* The reading of one annotation: lower case, one space between syllables. */
static text *
ac_reading_text(const ac_annot *annot)
{
	ac_pinyin_style style = annot->toned ? AC_STYLE_TONE : AC_STYLE_PLAIN;
	text	   *t;
	char	   *p;
	int			i;

	t = ac_text_alloc((Size) annot->nsyl * (AC_SYLLABLE_MAXBYTES + 1),
					  "annot_extract");
	p = VARDATA(t);
	for (i = 0; i < annot->nsyl; i++)
	{
		if (i > 0)
			*p++ = ' ';
		p += ac_reading_format(annot->reading[i], style, p);
	}
	SET_VARSIZE(t, VARHDRSZ + (p - VARDATA(t)));
	return t;
}

/* One result row (pos, base, reading) of annot_extract. */
static Datum
ac_extract_row(FuncCallContext *funcctx, const ac_scanner *sc,
			   const ac_annot *annot)
{
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (annot->nsyl < 1 || annot->nsyl > AC_ANNOT_MAXSYL ||
		annot->base_start > sc->len ||
		annot->base_len > sc->len - annot->base_start)
		elog(ERROR, "annotation scanner returned an invalid annotation");
	/* a 1 GB text has fewer characters than PG_INT32_MAX */
	if (annot->clean_pos >= (size_t) PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("annotation position out of range for type integer")));

	values[0] = Int32GetDatum((int32) annot->clean_pos + 1);
	if (annot->base_contiguous)
		values[1] = PointerGetDatum(cstring_to_text_with_len((const char *) sc->buf + annot->base_start,
															 (int) annot->base_len));
	else
	{
		/* an earlier annotation sits between the characters: "中(zhong)文(zhongwen)" */
		unsigned char base[AC_ANNOT_BASE_MAXBYTES];
		size_t		blen = ac_annot_base_text(annot, base);

		values[1] = PointerGetDatum(cstring_to_text_with_len((const char *) base, (int) blen));
	}
	values[2] = PointerGetDatum(ac_reading_text(annot));
	return HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls));
}

/*
 * annot_extract(text) returns table (pos integer, base text, reading text)
 *
 * One row per annotation, in text order; pos is the 1-based character
 * position of base in annot_clean(text).  Value-per-call: the scanner state
 * lives across calls and each call scans only up to the next annotation,
 * so rows stream without materializing them.
 */
Datum
annot_extract(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	ac_scanner *sc;
	ac_span		span;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcontext;
		TupleDesc	tupdesc;
		text	   *src;

		ac_require_utf8("annot_extract");
		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);

		/* detoasted once, into memory that lasts for all the calls */
		src = PG_GETARG_TEXT_PP(0);
		sc = (ac_scanner *) palloc(sizeof(ac_scanner));
		ac_scan_init(sc, (const unsigned char *) VARDATA_ANY(src),
					 VARSIZE_ANY_EXHDR(src));
		funcctx->user_fctx = sc;

		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	sc = (ac_scanner *) funcctx->user_fctx;
	while (ac_scan_next(sc, &span))
	{
		CHECK_FOR_INTERRUPTS();
		ac_check_span(sc, &span);
		if (span.annot != NULL)
			SRF_RETURN_NEXT(funcctx, ac_extract_row(funcctx, sc, span.annot));
	}
	SRF_RETURN_DONE(funcctx);
}

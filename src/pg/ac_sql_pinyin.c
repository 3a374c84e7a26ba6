/*-------------------------------------------------------------------------
 * ac_sql_pinyin.c
 *	  SQL functions annot_pinyin(text, text) and annot_pinyin_array(text, text).
 *
 * Both clean the input with the annotation scanner, keeping the readings
 * the annotations give (they win over the dictionary), then feed the
 * cleaned text to the core converter (src/core/ac_pinyin.h) in bounded
 * pieces, checking for interrupts between pieces.
 *
 * annot_pinyin's output rule: tokens joined by single spaces, where a token
 * is one Han character's syllable, or a maximal run of other characters
 * that are not white space, kept as they are (so "用Python写" gives
 * "yòng Python xiě" and "银行。" gives "yín háng 。").  White space in the
 * input only separates tokens: it is never copied and never doubled.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "ac_annot.h"
#include "ac_pinyin.h"
#include "ac_readings.h"
#include "ac_utf8.h"

PG_FUNCTION_INFO_V1(annot_pinyin);
PG_FUNCTION_INFO_V1(annot_pinyin_array);

/* One annotated character: its position in the cleaned text, its reading. */
typedef struct given_reading
{
	Size		pos;
	ac_reading	reading;
} given_reading;

/* The cleaned input and the readings its annotations gave. */
typedef struct cleaned
{
	const unsigned char *buf;
	Size		len;
	given_reading *given;
	Size		ngiven;
	Size		cap;			/* allocated entries of given */
} cleaned;

/* Receives every code point of the cleaned text with its reading (0: none). */
typedef void (*emit_fn) (void *state, uint32_t cp, const unsigned char *bytes,
						 int nbytes, ac_reading reading);

static ac_pinyin_style
parse_style(text *style, const char *funcname)
{
	ac_pinyin_style result;

	if (!ac_pinyin_style_parse(VARDATA_ANY(style), VARSIZE_ANY_EXHDR(style), &result))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid pinyin style \"%s\"", text_to_cstring(style)),
				 errdetail("Valid styles are: %s.", AC_PINYIN_STYLE_NAMES),
				 errhint("Call %s(text, 'tone'), for example.", funcname)));
	return result;
}

/* Collect the readings of one annotation into the cleaned struct. */
static void
collect_readings(const ac_annot *annot, void *arg)
{
	cleaned    *c = (cleaned *) arg;
	int			k;

	for (k = 0; k < annot->nsyl && k < AC_ANNOT_MAXSYL; k++)
	{
		if (c->ngiven == c->cap)
		{
			c->cap = c->cap == 0 ? 64 : c->cap * 2;
			if (c->cap > MaxAllocSize / sizeof(given_reading))
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("too many annotations")));
			c->given = c->given == NULL
				? palloc(c->cap * sizeof(given_reading))
				: repalloc(c->given, c->cap * sizeof(given_reading));
		}
		c->given[c->ngiven].pos = annot->clean_pos + k;
		c->given[c->ngiven].reading = annot->reading[k];
		c->ngiven++;
	}
}

/*
 * Clean src with the annotation scanner, keeping the readings its
 * annotations give.  Without any annotation the cleaned text is src itself
 * (no copy).
 */
static void
clean_input(text *src, cleaned *c)
{
	c->given = NULL;
	c->ngiven = 0;
	c->cap = 0;
	c->buf = ac_clean_text((const unsigned char *) VARDATA_ANY(src),
						   VARSIZE_ANY_EXHDR(src), collect_readings, c, &c->len);
}

static bool
is_han_cp(uint32_t cp)
{
	return cp != AC_UTF8_INVALID && ac_is_han(cp);
}

/*
 * Convert the cleaned text piece by piece (at most AC_PINYIN_MAXRUN code
 * points, cut after a non-Han character where possible so that phrases
 * keep their context) and pass each code point to emit.
 */
static void
convert(const cleaned *c, emit_fn emit, void *state)
{
	uint32_t	cps[AC_PINYIN_MAXRUN];
	uint32_t	offs[AC_PINYIN_MAXRUN + 1];
	ac_reading	given[AC_PINYIN_MAXRUN];
	ac_reading	out[AC_PINYIN_MAXRUN];
	Size		pos = 0;		/* byte offset of the piece */
	Size		cpno = 0;		/* code point index of the piece */
	Size		gi = 0;			/* next annotation */

	while (pos < c->len)
	{
		size_t		n = 0;
		size_t		take;
		size_t		k;
		Size		p = pos;

		CHECK_FOR_INTERRUPTS();
		while (n < AC_PINYIN_MAXRUN && p < c->len)
		{
			offs[n] = (uint32_t) (p - pos);
			p += ac_utf8_decode(c->buf + p, c->len - p, &cps[n]);
			n++;
		}
		offs[n] = (uint32_t) (p - pos);
		take = n;
		if (p < c->len)
		{
			/* cut after the last non-Han character of the piece, if any */
			for (k = n; k > n / 2; k--)
				if (!is_han_cp(cps[k - 1]))
				{
					take = k;
					break;
				}
		}
		for (k = 0; k < take; k++)
			given[k] = 0;
		while (gi < c->ngiven && c->given[gi].pos < cpno + take)
		{
			if (c->given[gi].pos >= cpno)
				given[c->given[gi].pos - cpno] = c->given[gi].reading;
			gi++;
		}
		for (k = 0; k < take; k++)
			if (cps[k] == AC_UTF8_INVALID)
				cps[k] = 0xFFFD;	/* never Han; bytes are copied below */
		ac_pinyin_run(cps, take, c->ngiven > 0 ? given : NULL, out);
		for (k = 0; k < take; k++)
			emit(state, cps[k], c->buf + pos + offs[k], (int) (offs[k + 1] - offs[k]), out[k]);
		pos += offs[take];
		cpno += take;
	}
}

/* ---- annot_pinyin: text ---- */

typedef struct text_sink
{
	char	   *buf;			/* VARHDRSZ bytes of header, then the text */
	Size		len;			/* bytes of text so far */
	Size		cap;			/* bytes of text the buffer holds */
	bool		in_other;		/* inside a run of non-Han, non-space text */
	ac_pinyin_style style;
} text_sink;

static void
sink_reserve(text_sink *s, Size more)
{
	Size		need;

	if (more > MaxAllocSize - VARHDRSZ - s->len)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("pinyin result is too long"),
				 errdetail("The result would exceed the maximum size of a text value (%zu bytes).",
						   (Size) (MaxAllocSize - VARHDRSZ)),
				 errhint("Convert the text in smaller pieces.")));
	need = s->len + more;
	if (need <= s->cap)
		return;
	while (s->cap < need)
		s->cap = s->cap > (MaxAllocSize - VARHDRSZ) / 2 ? MaxAllocSize - VARHDRSZ : s->cap * 2;
	s->buf = repalloc(s->buf, VARHDRSZ + s->cap);
}

static bool
is_space_cp(uint32_t cp)
{
	return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 ||
		cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
		cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static void
emit_text(void *state, uint32_t cp, const unsigned char *bytes, int nbytes, ac_reading r)
{
	text_sink  *s = (text_sink *) state;
	char	   *dst;

	if (r != 0)
	{
		sink_reserve(s, 1 + AC_SYLLABLE_MAXBYTES);
		dst = s->buf + VARHDRSZ;
		if (s->len > 0)
			dst[s->len++] = ' ';
		s->len += ac_reading_format(r, s->style, dst + s->len);
		s->in_other = false;
	}
	else if (is_space_cp(cp))
		s->in_other = false;
	else
	{
		sink_reserve(s, 1 + (Size) nbytes);
		dst = s->buf + VARHDRSZ;
		if (!s->in_other && s->len > 0)
			dst[s->len++] = ' ';
		memcpy(dst + s->len, bytes, nbytes);
		s->len += nbytes;
		s->in_other = true;
	}
}

/*
 * annot_pinyin(input text, style text) returns text
 */
Datum
annot_pinyin(PG_FUNCTION_ARGS)
{
	text	   *src;
	cleaned		c;
	text_sink	s;

	ac_require_utf8("annot_pinyin");
	src = PG_GETARG_TEXT_PP(0);
	s.style = parse_style(PG_GETARG_TEXT_PP(1), "annot_pinyin");
	clean_input(src, &c);

	/* syllables run about twice as long as the characters they read */
	s.cap = c.len < (MaxAllocSize - VARHDRSZ) / 2 ? c.len * 2 + 16 : MaxAllocSize - VARHDRSZ;
	s.buf = palloc(VARHDRSZ + s.cap);
	s.len = 0;
	s.in_other = false;
	convert(&c, emit_text, &s);
	SET_VARSIZE(s.buf, VARHDRSZ + s.len);
	PG_RETURN_TEXT_P((text *) s.buf);
}

/* ---- annot_pinyin_array: text[] ---- */

typedef struct array_sink
{
	Datum	   *elems;
	bool	   *nulls;
	Size		n;
	Datum	   *cache;			/* one text per distinct reading */
	Size		ncache;
	ac_pinyin_style style;
} array_sink;

static void
emit_array(void *state, uint32_t cp, const unsigned char *bytes, int nbytes, ac_reading r)
{
	array_sink *s = (array_sink *) state;

	(void) cp;
	(void) bytes;
	(void) nbytes;
	if (r == 0)
	{
		s->elems[s->n] = (Datum) 0;
		s->nulls[s->n] = true;
	}
	else if (r >= s->ncache)
	{
		/* cannot happen: readings have a known syllable; no caching then */
		char		syl[AC_SYLLABLE_MAXBYTES];
		size_t		len = ac_reading_format(r, s->style, syl);

		s->elems[s->n] = PointerGetDatum(cstring_to_text_with_len(syl, (int) len));
		s->nulls[s->n] = false;
	}
	else
	{
		if (s->cache[r] == (Datum) 0)
		{
			char		syl[AC_SYLLABLE_MAXBYTES];
			size_t		len = ac_reading_format(r, s->style, syl);

			s->cache[r] = PointerGetDatum(cstring_to_text_with_len(syl, (int) len));
		}
		s->elems[s->n] = s->cache[r];
		s->nulls[s->n] = false;
	}
	s->n++;
}

/*
 * annot_pinyin_array(input text, style text) returns text[]
 *
 * Exactly one element per character of annot_clean(input).
 */
Datum
annot_pinyin_array(PG_FUNCTION_ARGS)
{
	text	   *src;
	cleaned		c;
	array_sink	s;
	Size		nchars;
	int			dims[1];
	int			lbs[1] = {1};

	ac_require_utf8("annot_pinyin_array");
	src = PG_GETARG_TEXT_PP(0);
	s.style = parse_style(PG_GETARG_TEXT_PP(1), "annot_pinyin_array");
	clean_input(src, &c);

	nchars = ac_utf8_count(c.buf, c.len);
	if (nchars == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	/* each element takes at least a 4-byte aligned header and a Datum here */
	if (nchars > MaxArraySize || nchars > MaxAllocSize / sizeof(Datum))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("pinyin array would have too many elements"),
				 errdetail("The text has %zu characters; an array holds at most %zu elements.",
						   nchars, (Size) MaxArraySize),
				 errhint("Convert the text in smaller pieces.")));
	s.elems = palloc(nchars * sizeof(Datum));
	s.nulls = palloc(nchars * sizeof(bool));
	/* every reading of a known syllable: (syllable << 3 | tone) < ncache */
	s.ncache = (Size) ac_syllable_count() << 3;
	s.cache = palloc0(s.ncache * sizeof(Datum));
	s.n = 0;
	convert(&c, emit_array, &s);
	Assert(s.n == nchars);
	dims[0] = (int) s.n;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(s.elems, s.nulls, 1, dims, lbs,
											 TEXTOID, -1, false, TYPALIGN_INT));
}

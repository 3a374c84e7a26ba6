/*-------------------------------------------------------------------------
 * fuzz_scan.c
 *	  libFuzzer harness: the annotation scanner and cleaner (ac_annot.h).
 *
 * Invariants:
 *	 - spans cover every input byte exactly once, in order, each non-empty,
 *	   of a known kind;
 *	 - the TEXT spans concatenated are exactly ac_clean()'s output;
 *	 - the cleaner never grows the text and is idempotent:
 *	   clean(clean(x)) == clean(x);
 *	 - valid UTF-8 in gives valid UTF-8 out;
 *	 - a copy of the scanner taken midway (look-ahead) continues with the
 *	   same spans;
 *	 - every annotation reports 1..AC_ANNOT_MAXSYL Han characters that sit
 *	   at clean_pos in the cleaned text (what annot_extract's pos promises),
 *	   each with a reading it really has, and a reading text that parses
 *	   back syllable by syllable.
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"
#include "ac_annot.h"

typedef struct span_log
{
	size_t		n;
	size_t		cap;
	ac_span    *v;
} span_log;

static void
log_add(span_log *l, const ac_span *s)
{
	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = realloc(l->v, l->cap * sizeof(ac_span));
		if (l->v == NULL)
			abort();
	}
	l->v[l->n] = *s;
	l->v[l->n].annot = NULL;	/* only valid until the next call */
	l->n++;
}

/* The annotation's characters sit at code point clean_pos of the clean text. */
static void
check_annot(const ac_annot *a, const uint32_t *clean_cps, size_t nclean)
{
	unsigned char base[AC_ANNOT_BASE_MAXBYTES];
	char	   *reading = malloc(AC_ANNOT_READING_MAXBYTES);
	size_t		blen;
	size_t		rlen;
	size_t		p;
	int			k;

	FUZZ_REQUIRE(a->nsyl >= 1 && a->nsyl <= AC_ANNOT_MAXSYL, "syllable count");
	FUZZ_REQUIRE(a->clean_pos + (size_t) a->nsyl <= nclean, "clean_pos inside the clean text");
	for (k = 0; k < a->nsyl; k++)
	{
		int			syl = AC_READING_SYL(a->reading[k]);

		FUZZ_REQUIRE(ac_is_han(a->base_cp[k]), "annotated character is Han");
		FUZZ_REQUIRE(clean_cps[a->clean_pos + k] == a->base_cp[k],
					 "annotated character sits at clean_pos + k");
		FUZZ_REQUIRE(syl < ac_syllable_count() && ac_has_syllable(a->base_cp[k], syl),
					 "the reading is a reading of its character");
		FUZZ_REQUIRE(AC_READING_TONE(a->reading[k]) <= AC_TONE_NEUTRAL, "tone range");
	}
	blen = ac_annot_base_text(a, base);
	FUZZ_REQUIRE(blen <= AC_ANNOT_BASE_MAXBYTES && ac_utf8_valid(base, blen),
				 "base text is valid UTF-8");
	if (a->base_contiguous)
		FUZZ_REQUIRE(a->base_len == blen, "contiguous base length");

	rlen = ac_annot_reading_text(a, reading);
	FUZZ_REQUIRE(rlen <= AC_ANNOT_READING_MAXBYTES, "reading text length");
	FUZZ_REQUIRE(ac_utf8_valid((const unsigned char *) reading, rlen), "reading text UTF-8");
	/* syllables separated by single spaces, each parsing back */
	p = 0;
	for (k = 0; k < a->nsyl; k++)
	{
		size_t		e = p;
		ac_reading	back;

		while (e < rlen && reading[e] != ' ')
			e++;
		FUZZ_REQUIRE(e > p, "non-empty syllable in the reading text");
		FUZZ_REQUIRE(ac_reading_parse(reading + p, e - p, &back), "reading text parses");
		FUZZ_REQUIRE(AC_READING_SYL(back) == AC_READING_SYL(a->reading[k]),
					 "reading text has the annotation's syllables");
		p = e + 1;
	}
	FUZZ_REQUIRE(p == rlen + 1, "no extra syllables in the reading text");
	free(reading);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf = fuzz_copy(data, size);
	unsigned char *clean = malloc(size + 1);
	unsigned char *clean2 = malloc(size + 1);
	unsigned char *joined = malloc(size + 1);
	uint32_t   *cps = malloc((size + 1) * sizeof(uint32_t));
	size_t		clen;
	size_t		clen2;
	size_t		jlen = 0;
	size_t		ncps;
	size_t		pos = 0;
	size_t		i;
	int			valid = ac_utf8_valid(buf, size);
	span_log	first = {0, 0, NULL};
	span_log	second = {0, 0, NULL};
	ac_scanner	sc;
	ac_scanner	copy;
	ac_span		span;
	size_t		copy_at = size > 0 ? data[0] % 8 : 0;
	int			copied = 0;

	clen = ac_clean(buf, size, clean);
	FUZZ_REQUIRE(clen <= size, "the cleaner never grows the text");
	if (valid)
		FUZZ_REQUIRE(ac_utf8_valid(clean, clen), "valid UTF-8 stays valid");
	ncps = fuzz_decode(clean, clen, cps, size + 1);

	ac_scan_init(&sc, buf, size);
	while (ac_scan_next(&sc, &span))
	{
		FUZZ_REQUIRE(span.kind == AC_SPAN_TEXT || span.kind == AC_SPAN_ANNOT, "span kind");
		FUZZ_REQUIRE(span.start == pos, "spans are contiguous and in order");
		FUZZ_REQUIRE(span.len > 0 && span.len <= size - pos, "span length");
		if (span.kind == AC_SPAN_TEXT)
		{
			memcpy(joined + jlen, buf + span.start, span.len);
			jlen += span.len;
		}
		if (span.annot != NULL)
			check_annot(span.annot, cps, ncps);
		pos += span.len;
		log_add(&first, &span);
		if (first.n == copy_at)
		{
			copy = sc;
			copied = 1;
		}
	}
	FUZZ_REQUIRE(pos == size, "spans cover the whole input");
	FUZZ_REQUIRE(!ac_scan_next(&sc, &span), "the scanner stays at its end");
	FUZZ_REQUIRE(jlen == clen && memcmp(joined, clean, clen) == 0,
				 "TEXT spans make the cleaned text");

	/* a copied scanner continues exactly like the original */
	if (copied)
	{
		while (ac_scan_next(&copy, &span))
			log_add(&second, &span);
		FUZZ_REQUIRE(copy_at + second.n == first.n, "copy gives as many spans");
		for (i = 0; i < second.n; i++)
		{
			const ac_span *a = &first.v[copy_at + i];
			const ac_span *b = &second.v[i];

			FUZZ_REQUIRE(a->kind == b->kind && a->start == b->start && a->len == b->len,
						 "copy gives the same spans");
		}
	}

	clen2 = ac_clean(clean, clen, clean2);
	if (!(clen2 == clen && memcmp(clean, clean2, clen) == 0))
		fprintf(stderr, "clean(x)        = \"%.*s\"\nclean(clean(x)) = \"%.*s\"\n",
				(int) clen, clean, (int) clen2, clean2);
	FUZZ_REQUIRE(clen2 == clen && memcmp(clean, clean2, clen) == 0,
				 "the cleaner is idempotent");

	free(first.v);
	free(second.v);
	free(cps);
	free(joined);
	free(clean2);
	free(clean);
	free(buf);
	return 0;
}

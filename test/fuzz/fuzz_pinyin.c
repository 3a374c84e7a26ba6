/*-------------------------------------------------------------------------
 * fuzz_pinyin.c
 *	  libFuzzer harness: the pinyin converter (ac_pinyin.h), fed the way
 *	  annot_pinyin feeds it: the input is cleaned by the annotation scanner,
 *	  the annotations' readings are given, and the cleaned text is
 *	  converted in pieces of at most AC_PINYIN_MAXRUN code points.
 *
 * Invariants:
 *	 - exactly the code points that have readings get one (coverage), and
 *	   it is one of that character's own readings, with a tone 1..5;
 *	 - an annotation's reading wins: with a tone it is returned as given,
 *	   without one its syllable is kept;
 *	 - the result is deterministic (a second run gives the same readings);
 *	 - every reading formats in every style to valid UTF-8 that parses back;
 *	 - ac_pinyin_style_parse() accepts exactly the four style names.
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"
#include "ac_annot.h"
#include "ac_pinyin.h"

static void
check_piece(const uint32_t *cps, size_t n, const ac_reading *given)
{
	ac_reading *out = malloc((n + 1) * sizeof(ac_reading));
	ac_reading *again = malloc((n + 1) * sizeof(ac_reading));
	size_t		i;

	ac_pinyin_run(cps, n, given, out);
	ac_pinyin_run(cps, n, given, again);
	FUZZ_REQUIRE(n == 0 || memcmp(out, again, n * sizeof(ac_reading)) == 0,
				 "deterministic");
	for (i = 0; i < n; i++)
	{
		const ac_reading *rs;
		int			nr = cps[i] == AC_UTF8_INVALID ? 0 : ac_readings_of(cps[i], &rs);
		ac_reading	r = out[i];

		if (nr == 0)
		{
			FUZZ_REQUIRE(r == 0, "no reading for a character that has none");
			continue;
		}
		FUZZ_REQUIRE(r != 0, "every character with readings gets one");
		FUZZ_REQUIRE(AC_READING_TONE(r) >= 1 && AC_READING_TONE(r) <= AC_TONE_NEUTRAL,
					 "tone 1..5");
		if (given != NULL && given[i] != 0)
		{
			FUZZ_REQUIRE(AC_READING_SYL(r) == AC_READING_SYL(given[i]),
						 "an annotation's syllable wins");
			if (AC_READING_TONE(given[i]) != 0)
				FUZZ_REQUIRE(r == given[i], "an annotation's toned reading wins");
		}
		else
		{
			if (!ac_has_syllable(cps[i], AC_READING_SYL(r)))
				fprintf(stderr, "U+%04X read as %s, not one of its readings\n",
						cps[i], ac_syllable_name(AC_READING_SYL(r)));
			FUZZ_REQUIRE(ac_has_syllable(cps[i], AC_READING_SYL(r)),
						 "the reading is one of the character's own");
		}
		{
			static const ac_pinyin_style styles[] = {
				AC_STYLE_TONE, AC_STYLE_NUMBER, AC_STYLE_PLAIN, AC_STYLE_FIRST
			};
			char		buf[AC_SYLLABLE_MAXBYTES];
			size_t		s;

			for (s = 0; s < 4; s++)
			{
				size_t		len = ac_reading_format(r, styles[s], buf);
				ac_reading	back;

				FUZZ_REQUIRE(len > 0 && ac_utf8_valid((unsigned char *) buf, len),
							 "formatted reading is valid UTF-8");
				if (styles[s] != AC_STYLE_FIRST)
					FUZZ_REQUIRE(ac_reading_parse(buf, len, &back) &&
								 AC_READING_SYL(back) == AC_READING_SYL(r),
								 "formatted reading parses back");
			}
		}
	}
	free(again);
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf = fuzz_copy(data, size);
	unsigned char *clean = malloc(size + 1);
	uint32_t   *cps = malloc((size + 1) * sizeof(uint32_t));
	ac_reading *given = calloc(size + 1, sizeof(ac_reading));
	size_t		clen = 0;
	size_t		ncps;
	size_t		ngiven = 0;
	size_t		p;
	ac_scanner	sc;
	ac_span		span;
	ac_pinyin_style style;

	/* clean, keeping the annotations' readings by clean position */
	ac_scan_init(&sc, buf, size);
	while (ac_scan_next(&sc, &span))
	{
		if (span.kind == AC_SPAN_TEXT)
		{
			memcpy(clean + clen, buf + span.start, span.len);
			clen += span.len;
		}
		if (span.annot != NULL)
		{
			int			k;

			for (k = 0; k < span.annot->nsyl; k++)
			{
				size_t		at = span.annot->clean_pos + (size_t) k;

				FUZZ_REQUIRE(at <= size, "annotation position in range");
				given[at] = span.annot->reading[k];
				ngiven++;
			}
		}
	}
	ncps = fuzz_decode(clean, clen, cps, size + 1);
	for (p = 0; p < ncps; p += AC_PINYIN_MAXRUN)
	{
		size_t		n = ncps - p < AC_PINYIN_MAXRUN ? ncps - p : AC_PINYIN_MAXRUN;

		check_piece(cps + p, n, ngiven > 0 ? given + p : NULL);
	}

	/* style names */
	if (ac_pinyin_style_parse((const char *) buf, size, &style))
		FUZZ_REQUIRE((size == 4 && memcmp(buf, "tone", 4) == 0) ||
					 (size == 6 && memcmp(buf, "number", 6) == 0) ||
					 (size == 5 && memcmp(buf, "plain", 5) == 0) ||
					 (size == 5 && memcmp(buf, "first", 5) == 0),
					 "only the four style names parse");

	free(given);
	free(cps);
	free(clean);
	free(buf);
	return 0;
}

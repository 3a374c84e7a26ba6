/*-------------------------------------------------------------------------
 * fuzz_readings.c
 *	  libFuzzer harness: syllable lookup, reading parsing and formatting,
 *	  readings of characters (src/core/ac_readings.h).
 *
 * Invariants:
 *	 - ac_syllable_lookup() finds exactly the syllable names;
 *	 - a parsed reading is a valid syllable and tone, and formatting it in
 *	   every style gives valid UTF-8 of at most AC_SYLLABLE_MAXBYTES bytes
 *	   that parses back to the same syllable (and the same tone, in the
 *	   styles that carry it);
 *	 - every reading of every character is valid and formats back the same
 *	   way; ac_has_syllable() agrees with ac_readings_of().
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"
#include "ac_readings.h"

/* Format r in every style and parse it back. */
static void
check_roundtrip(ac_reading r)
{
	static const ac_pinyin_style styles[] = {
		AC_STYLE_TONE, AC_STYLE_NUMBER, AC_STYLE_PLAIN, AC_STYLE_FIRST
	};
	int			syl = AC_READING_SYL(r);
	int			tone = AC_READING_TONE(r);
	const char *name = ac_syllable_name(syl);
	/* exactly AC_SYLLABLE_MAXBYTES on the heap: ASan catches an overrun */
	char	   *out = malloc(AC_SYLLABLE_MAXBYTES);
	size_t		i;

	for (i = 0; i < sizeof(styles) / sizeof(styles[0]); i++)
	{
		size_t		n = ac_reading_format(r, styles[i], out);
		ac_reading back;

		FUZZ_REQUIRE(n > 0 && n <= AC_SYLLABLE_MAXBYTES, "formatted length");
		FUZZ_REQUIRE(ac_utf8_valid((const unsigned char *) out, n), "formatted UTF-8");
		if (styles[i] == AC_STYLE_FIRST)
		{
			FUZZ_REQUIRE(n == 1 && out[0] == name[0], "first letter");
			continue;
		}
		FUZZ_REQUIRE(ac_reading_parse(out, n, &back), "formatted reading parses back");
		FUZZ_REQUIRE(AC_READING_SYL(back) == syl, "same syllable back");
		if (styles[i] == AC_STYLE_NUMBER)
			FUZZ_REQUIRE(AC_READING_TONE(back) == tone, "same tone back (number)");
		else if (styles[i] == AC_STYLE_TONE)
			FUZZ_REQUIRE(AC_READING_TONE(back) == (tone >= 1 && tone <= 4 ? tone : 0),
						 "same tone back (tone marks; neutral is unmarked)");
		else
			FUZZ_REQUIRE(AC_READING_TONE(back) == 0, "no tone back (plain)");
	}
	free(out);
}

/*
 * Once, before fuzzing: every syllable with every tone, and every reading
 * of every code point, round-trip (a fraction of a second).
 */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int			syl;
	int			tone;
	uint32_t	cp;

	(void) argc;
	(void) argv;
	for (syl = 0; syl < ac_syllable_count(); syl++)
	{
		const char *name = ac_syllable_name(syl);

		FUZZ_REQUIRE(ac_syllable_lookup(name, strlen(name)) == syl, "names look up");
		for (tone = 0; tone <= AC_TONE_NEUTRAL; tone++)
			check_roundtrip(AC_READING(syl, tone));
	}
	for (cp = 0; cp <= 0x10FFFF; cp++)
	{
		const ac_reading *rs;
		int			n = ac_readings_of(cp, &rs);
		int			i;

		for (i = 0; i < n; i++)
			FUZZ_REQUIRE(ac_has_syllable(cp, AC_READING_SYL(rs[i])),
						 "ac_has_syllable agrees with ac_readings_of");
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf = fuzz_copy(data, size);
	int			nsyl = ac_syllable_count();
	ac_reading	r;
	int			syl;
	size_t		p;

	/* the whole input as one written syllable */
	if (ac_reading_parse((const char *) buf, size, &r))
	{
		FUZZ_REQUIRE(AC_READING_SYL(r) < nsyl, "parsed syllable id");
		FUZZ_REQUIRE(AC_READING_TONE(r) <= AC_TONE_NEUTRAL, "parsed tone");
		check_roundtrip(r);
	}

	/* the whole input as a syllable name */
	syl = ac_syllable_lookup((const char *) buf, size);
	FUZZ_REQUIRE(syl >= -1 && syl < nsyl, "lookup result range");
	if (syl >= 0)
	{
		const char *name = ac_syllable_name(syl);

		FUZZ_REQUIRE(strlen(name) == size && memcmp(name, buf, size) == 0,
					 "lookup finds exactly the name");
	}

	/* pairs of bytes as (syllable, tone) */
	for (p = 0; p + 1 < size && p < 64; p += 2)
		check_roundtrip(AC_READING((buf[p] | (buf[p + 1] & 1) << 8) % nsyl,
								   (buf[p + 1] >> 1) % 6));

	/* the readings of every character of the input */
	for (p = 0; p < size;)
	{
		uint32_t	cp;
		const ac_reading *rs;
		int			n;
		int			i;

		p += (size_t) ac_utf8_decode(buf + p, size - p, &cp);
		if (cp == AC_UTF8_INVALID)
			continue;
		n = ac_readings_of(cp, &rs);
		FUZZ_REQUIRE(n >= 0 && n <= 16, "reading count");
		for (i = 0; i < n; i++)
		{
			FUZZ_REQUIRE(AC_READING_SYL(rs[i]) < nsyl, "character reading syllable");
			FUZZ_REQUIRE(AC_READING_TONE(rs[i]) >= 1 &&
						 AC_READING_TONE(rs[i]) <= AC_TONE_NEUTRAL,
						 "character reading tone");
			FUZZ_REQUIRE(ac_has_syllable(cp, AC_READING_SYL(rs[i])),
						 "ac_has_syllable agrees with ac_readings_of");
			check_roundtrip(rs[i]);
		}
		if (n == 0)
			for (i = 0; i < nsyl; i += 37)
				FUZZ_REQUIRE(!ac_has_syllable(cp, i), "no syllable without readings");
	}
	free(buf);
	return 0;
}

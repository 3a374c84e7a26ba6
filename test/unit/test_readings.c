/*
 * test_readings.c: syllables, readings of characters, formatting, parsing.
 */
#include "ac_readings.h"
#include "ac_test.h"

/* Does cp have exactly this reading ("xing2") among its readings? */
static int
has_reading(uint32_t cp, const char *numbered)
{
	const ac_reading *r;
	int			n = ac_readings_of(cp, &r);
	int			i;
	char		buf[AC_SYLLABLE_MAXBYTES];

	for (i = 0; i < n; i++)
	{
		size_t		len = ac_reading_format(r[i], AC_STYLE_NUMBER, buf);

		if (len == strlen(numbered) && memcmp(buf, numbered, len) == 0)
			return 1;
	}
	return 0;
}

static size_t
first_reading(uint32_t cp, char *buf)
{
	const ac_reading *r;

	if (ac_readings_of(cp, &r) == 0)
		return 0;
	return ac_reading_format(r[0], AC_STYLE_NUMBER, buf);
}

static size_t
fmt(const char *syl, int tone, ac_pinyin_style style, char *buf)
{
	int			id = ac_syllable_lookup(syl, strlen(syl));

	if (id < 0)
		return 0;
	return ac_reading_format(AC_READING(id, tone), style, buf);
}

static void
test_heteronyms(void)
{
	char		buf[AC_SYLLABLE_MAXBYTES];
	size_t		len;

	AC_CHECK(has_reading(0x884C, "xing2") && has_reading(0x884C, "hang2"));	/* 行 */
	AC_CHECK(has_reading(0x9577, "chang2") && has_reading(0x9577, "zhang3"));	/* 長 */
	AC_CHECK(has_reading(0x957F, "chang2") && has_reading(0x957F, "zhang3"));	/* 长 */
	AC_CHECK(has_reading(0x91CD, "zhong4") && has_reading(0x91CD, "chong2"));	/* 重 */
	AC_CHECK(has_reading(0x6A02, "le4") && has_reading(0x6A02, "yue4"));	/* 樂 */
	AC_CHECK(has_reading(0x9084, "hai2") && has_reading(0x9084, "huan2"));	/* 還 */
	AC_CHECK(has_reading(0x6703, "hui4") && has_reading(0x6703, "kuai4"));	/* 會 */
	AC_CHECK(has_reading(0x4E86, "le5") && has_reading(0x4E86, "liao3"));	/* 了 */
	AC_CHECK(has_reading(0x90FD, "dou1") && has_reading(0x90FD, "du1"));	/* 都 */
	AC_CHECK(has_reading(0x5F97, "de2") && has_reading(0x5F97, "dei3"));	/* 得 */
	AC_CHECK(has_reading(0x7684, "de5") && has_reading(0x7684, "di4"));	/* 的 */
	/* the default reading comes first */
	len = first_reading(0x4E2D, buf);	/* 中 */
	AC_CHECK_STR(buf, len, "zhong1");
	len = first_reading(0x7684, buf);	/* 的 */
	AC_CHECK_STR(buf, len, "de5");
	len = first_reading(0x884C, buf);	/* 行 */
	AC_CHECK_STR(buf, len, "xing2");
	len = first_reading(0x3007, buf);	/* 〇 */
	AC_CHECK_STR(buf, len, "ling2");
	len = first_reading(0x5417, buf);	/* 吗 */
	AC_CHECK_STR(buf, len, "ma5");
	/* syllabic nasals and ê */
	AC_CHECK(has_reading(0x55EF, "ng2") && has_reading(0x55EF, "n4"));	/* 嗯 */
	AC_CHECK(has_reading(0x5463, "m2"));	/* 呣 */
	AC_CHECK(has_reading(0x6B38, "ea2") && has_reading(0x6B38, "ai1"));	/* 欸 */
	AC_CHECK(has_reading(0x7EFF, "lv4") && has_reading(0x7565, "lve4"));	/* 绿 略 */
}

static void
test_coverage(void)
{
	uint32_t	cp;
	int			total = 0;
	int			not_han = 0;
	int			bad = 0;
	int			most = 0;
	uint32_t	most_cp = 0;
	int			nsyl = ac_syllable_count();

	for (cp = 0; cp <= 0x10FFFF; cp++)
	{
		const ac_reading *r;
		int			n = ac_readings_of(cp, &r);
		int			i;

		if (n == 0)
			continue;
		total++;
		if (!ac_is_han(cp))
			not_han++;
		if (n > most)
		{
			most = n;
			most_cp = cp;
		}
		for (i = 0; i < n; i++)
		{
			int			tone = AC_READING_TONE(r[i]);

			if (AC_READING_SYL(r[i]) >= nsyl || tone < 1 || tone > 5)
				bad++;
			if (!ac_has_syllable(cp, AC_READING_SYL(r[i])))
				bad++;
		}
	}
	printf("readings: %d code points with readings, %d syllables, at most %d readings (U+%04X)\n",
		   total, nsyl, most, (unsigned) most_cp);
	AC_CHECK(total == ac_readings_coverage());
	AC_CHECK(total > 42000);
	AC_CHECK(not_han == 0);
	AC_CHECK(bad == 0);
	{
		const ac_reading *r;

		AC_CHECK(ac_readings_of(0xFFFFFFFFu, &r) == 0 && ac_readings_of(0x110000, &r) == 0);
		AC_CHECK(ac_readings_of(0x41, &r) == 0);
	}
}

static void
test_traditional_and_extensions(void)
{
	AC_CHECK(has_reading(0x570B, "guo2"));	/* 國 */
	AC_CHECK(has_reading(0x8077, "zhi2"));	/* 職 */
	AC_CHECK(has_reading(0x696D, "ye4"));	/* 業 */
	AC_CHECK(has_reading(0x9AD4, "ti3"));	/* 體 */
	AC_CHECK(has_reading(0x9EBC, "me5"));	/* 麼 */
	AC_CHECK(has_reading(0x20000, "he1"));	/* 𠀀 Ext B */
	AC_CHECK(has_reading(0x31350, "qi2"));	/* Ext H */
	AC_CHECK(has_reading(0x30EDD, "biang2"));	/* Ext G */
	AC_CHECK(has_reading(0x3400, "qiu1"));	/* Ext A */
	AC_CHECK(has_reading(0xF900, "qi3"));	/* compatibility 豈 -> U+8C48 */
	AC_CHECK(has_reading(0x2F800, "li4"));	/* compatibility supplement -> 丽 */
	AC_CHECK(has_reading(0xFA18, "li3"));	/* compatibility with own reading */
	AC_CHECK(!ac_has_syllable(0x884C, ac_syllable_lookup("zhong", 5)));
	AC_CHECK(ac_has_syllable(0x884C, ac_syllable_lookup("hang", 4)));
	AC_CHECK(!ac_has_syllable('a', 0));
	AC_CHECK(!ac_has_syllable(0x110000, 0));
	/* ac_is_han */
	AC_CHECK(ac_is_han(0x4E00) && ac_is_han(0x9FFF) && ac_is_han(0x3007));
	AC_CHECK(ac_is_han(0x3400) && ac_is_han(0x20000) && ac_is_han(0x323AF));
	AC_CHECK(ac_is_han(0xF900) && ac_is_han(0x2F800) && ac_is_han(0x2EBE0));
	AC_CHECK(!ac_is_han('a') && !ac_is_han(0x3006) && !ac_is_han(0x3041));
	AC_CHECK(!ac_is_han(0xAC00) && !ac_is_han(0x4DC0) && !ac_is_han(0x2A6E0));
	AC_CHECK(!ac_is_han(0x3000) && !ac_is_han(0xFF10) && !ac_is_han(0x110000));
}

static void
test_lookup(void)
{
	int			i;
	int			sorted = 1;

	AC_CHECK(ac_syllable_lookup("he", 2) >= 0);
	AC_CHECK(ac_syllable_lookup("a", 1) == 0);
	AC_CHECK(ac_syllable_lookup("zhuang", 6) >= 0);
	AC_CHECK(ac_syllable_lookup("lv", 2) >= 0);
	AC_CHECK(ac_syllable_lookup("nve", 3) >= 0);
	AC_CHECK(ac_syllable_lookup("ea", 2) >= 0);
	AC_CHECK(ac_syllable_lookup("hng", 3) >= 0);
	AC_CHECK(ac_syllable_lookup("m", 1) >= 0);
	AC_CHECK(ac_syllable_lookup("rcep", 4) < 0);
	AC_CHECK(ac_syllable_lookup("nc", 2) < 0);
	AC_CHECK(ac_syllable_lookup("naive", 5) < 0);
	AC_CHECK(ac_syllable_lookup("", 0) < 0);
	AC_CHECK(ac_syllable_lookup("He", 2) < 0);
	AC_CHECK(ac_syllable_lookup("zhuangzhuang", 12) < 0);
	AC_CHECK(ac_syllable_lookup("he\0", 3) < 0);
	AC_CHECK(ac_syllable_lookup("hex", 2) == ac_syllable_lookup("he", 2));
	AC_CHECK(ac_syllable_lookup("zuo", 3) == ac_syllable_count() - 1);
	for (i = 0; i < ac_syllable_count(); i++)
	{
		const char *name = ac_syllable_name(i);

		if (ac_syllable_lookup(name, strlen(name)) != i)
			sorted = 0;
		if (i > 0 && strcmp(ac_syllable_name(i - 1), name) >= 0)
			sorted = 0;
	}
	AC_CHECK(sorted);
	AC_CHECK(strcmp(ac_syllable_name(-1), "") == 0);
	AC_CHECK(strcmp(ac_syllable_name(100000), "") == 0);
}

static void
test_format(void)
{
	char		buf[AC_SYLLABLE_MAXBYTES];
	size_t		len;

	len = fmt("zhong", 1, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "zhōng");
	len = fmt("zhuang", 1, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "zhuāng");
	len = fmt("guo", 2, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "guó");
	len = fmt("gou", 3, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "gǒu");
	len = fmt("liu", 2, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "liú");
	len = fmt("gui", 4, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "guì");
	len = fmt("xue", 2, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "xué");
	len = fmt("lv", 4, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "lǜ");
	len = fmt("lv", 1, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "lǖ");
	len = fmt("nv", 3, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "nǚ");
	len = fmt("lve", 4, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "lüè");
	len = fmt("lv", 5, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "lü");
	len = fmt("lv", 0, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "lü");
	len = fmt("de", 5, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "de");
	len = fmt("jiao", 0, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "jiao");
	len = fmt("ea", 1, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ê̄");
	len = fmt("ea", 2, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ế");
	len = fmt("ea", 3, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ê̌");
	len = fmt("ea", 4, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ề");
	len = fmt("ea", 5, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ê");
	len = fmt("m", 2, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ḿ");
	len = fmt("m", 4, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "m̀");
	len = fmt("n", 2, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ń");
	len = fmt("ng", 3, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ňg");
	len = fmt("ng", 4, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ǹg");
	len = fmt("hm", 1, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "hm̄");
	len = fmt("hng", 2, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "hńg");
	len = fmt("er", 2, AC_STYLE_TONE, buf); AC_CHECK_STR(buf, len, "ér");

	len = fmt("zhong", 1, AC_STYLE_NUMBER, buf); AC_CHECK_STR(buf, len, "zhong1");
	len = fmt("lv", 4, AC_STYLE_NUMBER, buf); AC_CHECK_STR(buf, len, "lv4");
	len = fmt("de", 5, AC_STYLE_NUMBER, buf); AC_CHECK_STR(buf, len, "de5");
	len = fmt("jiao", 0, AC_STYLE_NUMBER, buf); AC_CHECK_STR(buf, len, "jiao");
	len = fmt("ea", 2, AC_STYLE_NUMBER, buf); AC_CHECK_STR(buf, len, "ea2");
	len = fmt("zhong", 1, AC_STYLE_PLAIN, buf); AC_CHECK_STR(buf, len, "zhong");
	len = fmt("lv", 4, AC_STYLE_PLAIN, buf); AC_CHECK_STR(buf, len, "lv");
	len = fmt("zhong", 1, AC_STYLE_FIRST, buf); AC_CHECK_STR(buf, len, "z");
	len = fmt("chang", 2, AC_STYLE_FIRST, buf); AC_CHECK_STR(buf, len, "c");
	len = fmt("shi", 4, AC_STYLE_FIRST, buf); AC_CHECK_STR(buf, len, "s");
	len = fmt("a", 1, AC_STYLE_FIRST, buf); AC_CHECK_STR(buf, len, "a");
	/* an out-of-range syllable writes nothing */
	AC_CHECK(ac_reading_format(AC_READING(8000, 1), AC_STYLE_TONE, buf) == 0);
}

static int
parses_as(const char *s, const char *numbered)
{
	ac_reading	r;
	char		buf[AC_SYLLABLE_MAXBYTES];
	size_t		len;

	if (!ac_reading_parse(s, strlen(s), &r))
		return numbered == NULL;
	if (numbered == NULL)
		return 0;
	len = ac_reading_format(r, AC_STYLE_NUMBER, buf);
	return len == strlen(numbered) && memcmp(buf, numbered, len) == 0;
}

static void
test_parse(void)
{
	int			syl;
	int			tone;
	int			roundtrip_bad = 0;

	AC_CHECK(parses_as("guó", "guo2"));
	AC_CHECK(parses_as("guo\xcc\x81", "guo2"));	/* combining acute */
	AC_CHECK(parses_as("guo2", "guo2"));
	AC_CHECK(parses_as("jiao", "jiao"));		/* tone not given */
	AC_CHECK(parses_as("Zhōng", "zhong1"));
	AC_CHECK(parses_as("lǜ", "lv4"));
	AC_CHECK(parses_as("lu:4", "lv4"));
	AC_CHECK(parses_as("lü", "lv"));
	AC_CHECK(parses_as("lu\xcc\x88\xcc\x80", "lv4"));	/* u + diaeresis + grave */
	AC_CHECK(parses_as("nüè", "nve4"));
	AC_CHECK(parses_as("de0", "de5"));
	AC_CHECK(parses_as("de5", "de5"));
	AC_CHECK(parses_as("ê", "ea"));
	AC_CHECK(parses_as("ế", "ea2"));
	AC_CHECK(parses_as("ê̄", "ea1"));
	AC_CHECK(parses_as("ḿ", "m2"));
	AC_CHECK(parses_as("ńg", "ng2"));
	AC_CHECK(parses_as("hm", "hm"));
	AC_CHECK(parses_as("ɡuó", "guo2"));	/* script g */
	AC_CHECK(parses_as("hɑo3", "hao3"));	/* Latin alpha */
	AC_CHECK(parses_as("rcep", NULL));
	AC_CHECK(parses_as("naive", NULL));
	AC_CHECK(parses_as("guó2", NULL));		/* two tones */
	AC_CHECK(parses_as("gǔó", NULL));
	AC_CHECK(parses_as("guo6", NULL));
	AC_CHECK(parses_as("2", NULL));
	AC_CHECK(parses_as("", NULL));
	AC_CHECK(parses_as("gu o", NULL));
	AC_CHECK(parses_as("ge^", NULL));
	AC_CHECK(parses_as("\xff\xfe", NULL));
	AC_CHECK(parses_as("国", NULL));
	/* every syllable in every tone survives format + parse, in both styles */
	for (syl = 0; syl < ac_syllable_count(); syl++)
	{
		for (tone = 0; tone <= 5; tone++)
		{
			ac_reading	r = AC_READING(syl, tone);
			ac_reading	back;
			char		buf[AC_SYLLABLE_MAXBYTES];
			size_t		len;

			len = ac_reading_format(r, AC_STYLE_TONE, buf);
			if (tone != 5 && (!ac_reading_parse(buf, len, &back) || back != r))
				roundtrip_bad++;
			len = ac_reading_format(r, AC_STYLE_NUMBER, buf);
			if (len > AC_SYLLABLE_MAXBYTES || !ac_reading_parse(buf, len, &back) || back != r)
				roundtrip_bad++;
		}
	}
	AC_CHECK(roundtrip_bad == 0);
}

int
main(void)
{
	test_heteronyms();
	test_coverage();
	test_traditional_and_extensions();
	test_lookup();
	test_format();
	test_parse();
	return ac_test_report("readings");
}

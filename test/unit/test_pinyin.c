/*
 * test_pinyin.c: unit tests of the context reading converter (ac_pinyin).
 */
#include <stdint.h>
#include <string.h>

#include "ac_test.h"
#include "ac_pinyin.h"
#include "ac_readings.h"
#include "ac_utf8.h"
#include "gen/ac_phrase_data.h"

#define MAXCP 4096

static uint32_t cps[MAXCP];
static ac_reading given[MAXCP];
static ac_reading out[MAXCP];

static size_t
decode(const char *s)
{
	size_t		len = strlen(s),
				pos = 0,
				n = 0;

	while (pos < len && n < MAXCP)
		pos += ac_utf8_decode((const unsigned char *) s + pos, len - pos, &cps[n++]);
	return n;
}

/* Readings of s in style, Han only, space-separated, into buf. */
static const char *
readings(const char *s, const ac_reading *g, ac_pinyin_style style)
{
	static char buf[MAXCP * (AC_SYLLABLE_MAXBYTES + 1)];
	size_t		n = decode(s),
				i,
				len = 0;

	ac_pinyin_run(cps, n, g, out);
	for (i = 0; i < n; i++)
	{
		if (out[i] == 0)
			continue;
		if (len > 0)
			buf[len++] = ' ';
		len += ac_reading_format(out[i], style, buf + len);
	}
	buf[len] = '\0';
	return buf;
}

#define CHECK_READ(text, want) \
	do { const char *got_ = readings((text), NULL, AC_STYLE_NUMBER); \
		AC_CHECK_STR(got_, strlen(got_), (want)); } while (0)

static ac_reading
parse(const char *s)
{
	ac_reading	r = 0;

	AC_CHECK(ac_reading_parse(s, strlen(s), &r));
	return r;
}

static void
test_tables(void)
{
	int			i;

	/* table readings use ac_readings' syllable ids */
	AC_CHECK(ac_pp_nsyl == ac_syllable_count());
	for (i = 0; i < ac_pp_nsyl && i < ac_syllable_count(); i++)
		if (strcmp(ac_pp_syl[i], ac_syllable_name(i)) != 0)
			AC_CHECK(!"syllable tables differ");
}

static void
test_heteronyms(void)
{
	CHECK_READ("银行", "yin2 hang2");
	CHECK_READ("銀行", "yin2 hang2");
	CHECK_READ("重庆", "chong2 qing4");
	CHECK_READ("重慶", "chong2 qing4");
	CHECK_READ("音乐", "yin1 yue4");
	CHECK_READ("音樂", "yin1 yue4");
	CHECK_READ("会计", "kuai4 ji4");
	CHECK_READ("會計", "kuai4 ji4");
	CHECK_READ("校长", "xiao4 zhang3");
	CHECK_READ("校長", "xiao4 zhang3");
	CHECK_READ("长大", "zhang3 da4");
	CHECK_READ("長大", "zhang3 da4");
	CHECK_READ("行走", "xing2 zou3");
	CHECK_READ("我们去银行。", "wo3 men5 qu4 yin2 hang2");
	CHECK_READ("他长得很高", "ta1 zhang3 de5 hen3 gao1");
	CHECK_READ("吃了饭", "chi1 le5 fan4");
	CHECK_READ("银行业", "yin2 hang2 ye4");
}

static void
test_styles(void)
{
	const char *got;
	ac_pinyin_style st;

	got = readings("汉语绿", NULL, AC_STYLE_TONE);
	AC_CHECK_STR(got, strlen(got), "hàn yǔ lǜ");
	got = readings("汉语绿", NULL, AC_STYLE_PLAIN);
	AC_CHECK_STR(got, strlen(got), "han yu lv");
	got = readings("中国", NULL, AC_STYLE_FIRST);
	AC_CHECK_STR(got, strlen(got), "z g");
	AC_CHECK(ac_pinyin_style_parse("tone", 4, &st) && st == AC_STYLE_TONE);
	AC_CHECK(ac_pinyin_style_parse("number", 6, &st) && st == AC_STYLE_NUMBER);
	AC_CHECK(ac_pinyin_style_parse("plain", 5, &st) && st == AC_STYLE_PLAIN);
	AC_CHECK(ac_pinyin_style_parse("first", 5, &st) && st == AC_STYLE_FIRST);
	AC_CHECK(!ac_pinyin_style_parse("Tone", 4, &st));
	AC_CHECK(!ac_pinyin_style_parse("ton", 3, &st));
	AC_CHECK(!ac_pinyin_style_parse("", 0, &st));
}

static void
test_annotations(void)
{
	const char *got;

	/* a toned annotation wins, and keeps phrases that contradict it out */
	memset(given, 0, sizeof(given));
	given[1] = parse("xing2");
	got = readings("银行", given, AC_STYLE_NUMBER);
	AC_CHECK_STR(got, strlen(got), "yin2 xing2");
	/* a toneless one takes its tone from the character's readings */
	memset(given, 0, sizeof(given));
	given[0] = parse("chang");
	AC_CHECK(AC_READING_TONE(given[0]) == 0);
	got = readings("长大", given, AC_STYLE_NUMBER);
	AC_CHECK_STR(got, strlen(got), "chang2 da4");
	/* ... or from the context when the syllables agree */
	memset(given, 0, sizeof(given));
	given[1] = parse("hang");
	got = readings("银行", given, AC_STYLE_NUMBER);
	AC_CHECK_STR(got, strlen(got), "yin2 hang2");
	/* a syllable the character does not have: kept, neutral tone */
	memset(given, 0, sizeof(given));
	given[0] = parse("ma");
	got = readings("我", given, AC_STYLE_NUMBER);
	AC_CHECK_STR(got, strlen(got), "ma5");
}

static void
test_non_han(void)
{
	size_t		n = decode("a1，カ한 \xef\xbf\xbd");
	size_t		i;
	uint32_t	odd[] = {0, 0x10FFFF, 0xFFFFFFFFu, 0xD800, 0x3007};

	ac_pinyin_run(cps, n, NULL, out);
	for (i = 0; i < n; i++)
		AC_CHECK(out[i] == 0);
	ac_pinyin_run(odd, 5, NULL, out);
	AC_CHECK(out[0] == 0 && out[1] == 0 && out[2] == 0 && out[3] == 0);
	AC_CHECK(out[4] != 0);		/* 〇 líng */
	ac_pinyin_run(cps, 0, NULL, out);	/* empty: no access */
}

static void
test_long_runs(void)
{
	size_t		i,
				n = MAXCP;
	bool		all = true;

	/* longer than AC_PINYIN_MAXRUN: cut into pieces, every character read */
	for (i = 0; i < n; i++)
		cps[i] = (i % 3 == 2) ? 0x884C : 0x94F6;	/* 银银行... */
	ac_pinyin_run(cps, n, NULL, out);
	for (i = 0; i < n; i++)
		all = all && out[i] != 0;
	AC_CHECK(all);
}

static void
test_coverage(void)
{
	uint32_t	cp;
	long		missing = 0,
				with = 0;

	/* every Han code point with a reading in ac_readings gets one */
	for (cp = 0; cp <= 0x323AF; cp++)
	{
		const ac_reading *rs;
		ac_reading	r;

		if (!ac_is_han(cp))
			continue;
		ac_pinyin_run(&cp, 1, NULL, &r);
		if (r != 0)
			with++;
		else if (ac_readings_of(cp, &rs) > 0)
			missing++;
	}
	AC_CHECK(missing == 0);
	AC_CHECK(with >= 40000);
}

int
main(void)
{
	test_tables();
	test_heteronyms();
	test_styles();
	test_annotations();
	test_non_han();
	test_long_runs();
	test_coverage();
	return ac_test_report("pinyin");
}

/*
 * Unit tests of ac_pinyin_query: normalization, splits, initials, the
 * syllables of characters.
 */
#include "ac_test.h"

#include "ac_pinyin_query.h"
#include "ac_readings.h"

/* The splits of s as "zhi ye|zhi y e", for comparison. */
static const char *
splits_of(const char *s)
{
	static char buf[2048];
	ac_pq_word	w;
	ac_pq_split sp[AC_PQ_MAXSPLITS];
	int			n;
	int			i;
	int			j;
	size_t		len = 0;

	buf[0] = '\0';
	if (!ac_pq_normalize(s, strlen(s), &w))
		return "!";
	n = ac_pq_splits(&w, sp, AC_PQ_MAXSPLITS);
	for (i = 0; i < n; i++)
	{
		if (i > 0)
			buf[len++] = '|';
		for (j = 0; j < sp[i].k; j++)
		{
			const char *name = ac_syllable_name(sp[i].syl[j]);

			if (j > 0)
				buf[len++] = ' ';
			memcpy(buf + len, name, strlen(name));
			len += strlen(name);
		}
	}
	buf[len] = '\0';
	return buf;
}

static bool
initials(const char *s)
{
	ac_pq_word	w;
	ac_pq_split sp[AC_PQ_MAXSPLITS];

	if (!ac_pq_normalize(s, strlen(s), &w))
		return false;
	return ac_pq_initials_ok(&w, ac_pq_splits(&w, sp, AC_PQ_MAXSPLITS));
}

#define CHECK_SPLITS(in, want) \
	do { const char *g_ = splits_of(in); AC_CHECK_STR(g_, strlen(g_), want); } while (0)

int
main(void)
{
	ac_pq_word	w;
	int			syl[AC_PQ_MAXCHARSYL];
	int			n;
	int			i;
	bool		found;

	/* joined, toneless */
	CHECK_SPLITS("zhiye", "zhi ye");
	CHECK_SPLITS("xian", "xian|xi an");
	CHECK_SPLITS("fangan", "fang an|fan gan");
	CHECK_SPLITS("jiaoyu", "jiao yu|jia o yu|ji ao yu|ji a o yu");
	CHECK_SPLITS("ZhiYe", "zhi ye");
	CHECK_SPLITS("ｚｈｉｙｅ", "zhi ye");
	/* tones: marks, combining marks, digits (a digit ends a syllable) */
	CHECK_SPLITS("zhíyè", "zhi ye");
	CHECK_SPLITS("zhi\xcc\x81ye\xcc\x80", "zhi ye");
	CHECK_SPLITS("zhi2ye4", "zhi ye");
	CHECK_SPLITS("xi1an1", "xi an");
	CHECK_SPLITS("xian1", "xian|xi an");
	CHECK_SPLITS("lǜ", "lv");
	CHECK_SPLITS("lv4", "lv");
	CHECK_SPLITS("nu\xcc\x88", "nv");
	/* not pinyin, or no split */
	CHECK_SPLITS("zy", "");
	CHECK_SPLITS("hello", "");
	CHECK_SPLITS("2ye", "!");
	CHECK_SPLITS("zhi22", "!");
	CHECK_SPLITS("zhi7", "!");
	CHECK_SPLITS("caf\xc3\xa9", "");	/* café: é is e, "cafe" has no split */
	CHECK_SPLITS("привет", "!");
	CHECK_SPLITS("", "!");
	/* no syllabic nasal: "fang" is not "fa ng", "an" is not "a n" */
	CHECK_SPLITS("fang", "fang");
	CHECK_SPLITS("an", "an");
	CHECK_SPLITS("n", "");
	/* long input: not pinyin beyond AC_PQ_MAXLETTERS letters */
	CHECK_SPLITS("zhongzhongzhongzhongzhongzhongzhongzhong", "zhong zhong zhong zhong zhong zhong zhong zhong");
	CHECK_SPLITS("zhongzhongzhongzhongzhongzhongzhongzhongz", "!");
	/* many splits: capped, fewest syllables first */
	{
		ac_pq_split sp[AC_PQ_MAXSPLITS];

		AC_CHECK(ac_pq_normalize("aoaoaoaoaoaoaoaoaoao", 20, &w));
		n = ac_pq_splits(&w, sp, AC_PQ_MAXSPLITS);
		AC_CHECK(n == AC_PQ_MAXSPLITS);
		for (i = 1; i < n; i++)
			AC_CHECK(sp[i - 1].k <= sp[i].k);
		AC_CHECK(sp[0].k == 10);
	}

	/* initials */
	AC_CHECK(initials("zy"));
	AC_CHECK(initials("zgr"));
	AC_CHECK(initials("aq"));
	AC_CHECK(initials("de"));		/* also the syllable de: <= 4 letters */
	AC_CHECK(initials("bjdx"));
	AC_CHECK(initials("zhrmghg"));	/* 7 letters, no split */
	AC_CHECK(!initials("z"));
	AC_CHECK(!initials("jiao"));	/* i is never an initial */
	AC_CHECK(!initials("zhengfa"));	/* 7 letters that split */
	AC_CHECK(!initials("zy2"));
	AC_CHECK(!initials("bbbbbbbbb"));
	AC_CHECK(!initials("hello"));	/* 5 letters with vowels */
	AC_CHECK(initials("hell"));		/* 4 letters: may be initials */

	/* syllables of characters: all readings, Traditional too */
	n = ac_pq_char_syllables(0x884C, syl, AC_PQ_MAXCHARSYL);	/* 行 */
	found = false;
	for (i = 0; i < n; i++)
		found |= strcmp(ac_syllable_name(syl[i]), "hang") == 0;
	AC_CHECK(found);
	found = false;
	for (i = 0; i < n; i++)
		found |= strcmp(ac_syllable_name(syl[i]), "xing") == 0;
	AC_CHECK(found);
	n = ac_pq_char_syllables(0x8077, syl, AC_PQ_MAXCHARSYL);	/* 職 */
	AC_CHECK(n >= 1 && strcmp(ac_syllable_name(syl[0]), "zhi") == 0);
	AC_CHECK(ac_pq_initial(syl[0]) == 'z');
	AC_CHECK(ac_pq_char_syllables(0x41, syl, AC_PQ_MAXCHARSYL) == 0);

	return ac_test_report("pinyin_query");
}

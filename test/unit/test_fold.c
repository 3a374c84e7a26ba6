/*
 * test_fold.c: Traditional -> Simplified, NFKC_Casefold, search folding.
 */
#include "ac_fold.h"
#include "ac_test.h"

/* Fold cp for search and compare with the expected code points. */
static int
search_is(uint32_t cp, int n, const uint32_t *want)
{
	uint32_t	out[AC_FOLD_MAXCPS];
	int			got = ac_fold_search(cp, out);
	int			i;

	if (got != n)
		return 0;
	for (i = 0; i < n; i++)
	{
		if (out[i] != want[i])
			return 0;
	}
	return 1;
}

static int
search_is1(uint32_t cp, uint32_t want)
{
	return search_is(cp, 1, &want);
}

static void
test_t2s(void)
{
	AC_CHECK(ac_fold_t2s(0x8077) == 0x804C);	/* 職 -> 职 */
	AC_CHECK(ac_fold_t2s(0x696D) == 0x4E1A);	/* 業 -> 业 */
	AC_CHECK(ac_fold_t2s(0x570B) == 0x56FD);	/* 國 -> 国 */
	AC_CHECK(ac_fold_t2s(0x9AD4) == 0x4F53);	/* 體 -> 体 */
	AC_CHECK(ac_fold_t2s(0x9577) == 0x957F);	/* 長 -> 长 */
	AC_CHECK(ac_fold_t2s(0x6703) == 0x4F1A);	/* 會 -> 会 */
	AC_CHECK(ac_fold_t2s(0x5011) == 0x4EEC);	/* 們 -> 们 */
	AC_CHECK(ac_fold_t2s(0x8AAA) == 0x8BF4);	/* 說 -> 说 */
	AC_CHECK(ac_fold_t2s(0x9EBC) == 0x4E48);	/* 麼 -> 么 */
	AC_CHECK(ac_fold_t2s(0x6A02) == 0x4E50);	/* 樂 -> 乐 */
	AC_CHECK(ac_fold_t2s(0x8ECA) == 0x8F66);	/* 車 -> 车 */
	/* simplified and shared characters are unchanged */
	AC_CHECK(ac_fold_t2s(0x804C) == 0x804C);	/* 职 */
	AC_CHECK(ac_fold_t2s(0x4E1A) == 0x4E1A);	/* 业 */
	AC_CHECK(ac_fold_t2s(0x56FD) == 0x56FD);	/* 国 */
	AC_CHECK(ac_fold_t2s(0x4F53) == 0x4F53);	/* 体 */
	AC_CHECK(ac_fold_t2s(0x4E2D) == 0x4E2D);	/* 中 */
	AC_CHECK(ac_fold_t2s(0x7684) == 0x7684);	/* 的 */
	AC_CHECK(ac_fold_t2s(0x4EBA) == 0x4EBA);	/* 人 */
	/* not Han */
	AC_CHECK(ac_fold_t2s('A') == 'A');
	AC_CHECK(ac_fold_t2s(0x3042) == 0x3042);
	AC_CHECK(ac_fold_t2s(0xAC00) == 0xAC00);
	AC_CHECK(ac_fold_t2s(0x10FFFF) == 0x10FFFF);
	AC_CHECK(ac_fold_t2s(0xFFFFFFFFu) == 0xFFFFFFFFu);
}

static void
test_nfkc_cf(void)
{
	static const uint32_t iv[] = {'i', 'v'};
	static const uint32_t ss[] = {'s', 's'};
	static const uint32_t fi[] = {'f', 'i'};
	static const uint32_t i_dot[] = {'i', 0x0307};
	static const uint32_t kabushiki[] = {'(', 0x682A, ')'};
	static const uint32_t heisei[] = {0x5E73, 0x6210};
	uint32_t	out[AC_FOLD_MAXCPS];

	AC_CHECK(search_is1(0xFF27, 'g') && search_is1(0xFF24, 'd') && search_is1(0xFF30, 'p'));	/* ＧＤＰ */
	AC_CHECK(search_is1(0xFF47, 'g'));	/* ｇ */
	AC_CHECK(search_is1(0xFF10, '0'));	/* ０ */
	AC_CHECK(search_is1(0x3000, ' '));	/* ideographic space */
	AC_CHECK(search_is1('G', 'g') && search_is1('g', 'g') && search_is1('0', '0'));
	AC_CHECK(search_is1(0xFF76, 0x30AB));	/* ｶ -> カ */
	AC_CHECK(search_is1(0xFF9E, 0x3099));	/* ﾞ -> combining voiced mark */
	AC_CHECK(search_is1(0x00C9, 0x00E9));	/* É -> é */
	AC_CHECK(search_is1(0x03A3, 0x03C3) && search_is1(0x03C2, 0x03C3));	/* Σ ς -> σ */
	AC_CHECK(search_is(0x2163, 2, iv));	/* Ⅳ */
	AC_CHECK(search_is(0x00DF, 2, ss));	/* ß */
	AC_CHECK(search_is(0xFB01, 2, fi));	/* ﬁ */
	AC_CHECK(search_is(0x0130, 2, i_dot));	/* İ */
	AC_CHECK(search_is(0x3231, 3, kabushiki));	/* ㈱ */
	AC_CHECK(search_is(0x337B, 2, heisei));	/* ㍻ */
	AC_CHECK(ac_fold_search(0x00AD, out) == 0);	/* soft hyphen */
	AC_CHECK(ac_fold_search(0x200D, out) == 0);	/* zero width joiner */
	AC_CHECK(ac_fold_search(0xFE0F, out) == 0);	/* variation selector */
	AC_CHECK(ac_fold_search(0xFDFA, out) == AC_FOLD_MAXCPS);	/* the longest */
	AC_CHECK(search_is1(0xF900, 0x5C82));	/* compat 豈 -> 豈 -> 岂 */
	AC_CHECK(search_is1(0x2F800, 0x4E3D));	/* compatibility supplement */
	AC_CHECK(search_is1(0xF902, 0x8F66));	/* compat 車 -> 車 -> 车 */
	AC_CHECK(search_is1(0x2FA7, 0x957F));	/* Kangxi radical 長 -> 長 -> 长 */
	AC_CHECK(search_is1(0x8077, 0x804C));	/* 職 -> 职 */
	AC_CHECK(search_is1(0x56FD, 0x56FD));	/* 国 */
	AC_CHECK(search_is1(0x20000, 0x20000));
	/* NFKC_CF alone keeps Traditional characters */
	AC_CHECK(ac_fold_nfkc_cf(0x570B, out) == 1 && out[0] == 0x570B);
	AC_CHECK(ac_fold_nfkc_cf(0xFF21, out) == 1 && out[0] == 'a');
	AC_CHECK(ac_fold_nfkc_cf(0xF900, out) == 1 && out[0] == 0x8C48);
	AC_CHECK(ac_fold_nfkc_cf(0x110000, out) == 1 && out[0] == 0x110000);
}

/* fold(fold(c)) == fold(c) for every code point, code point by code point. */
static void
test_idempotent(void)
{
	uint32_t	cp;
	int			bad_search = 0;
	int			bad_nfkc = 0;
	int			bad_t2s = 0;
	int			changed = 0;
	int			t2s_changed = 0;

	for (cp = 0; cp <= 0x10FFFF; cp++)
	{
		uint32_t	out[AC_FOLD_MAXCPS];
		uint32_t	again[AC_FOLD_MAXCPS];
		int			n = ac_fold_search(cp, out);
		int			i;

		if (n != 1 || out[0] != cp)
			changed++;
		for (i = 0; i < n; i++)
		{
			if (ac_fold_search(out[i], again) != 1 || again[0] != out[i])
				bad_search++;
		}
		n = ac_fold_nfkc_cf(cp, out);
		for (i = 0; i < n; i++)
		{
			if (ac_fold_nfkc_cf(out[i], again) != 1 || again[0] != out[i])
				bad_nfkc++;
		}
		if (ac_fold_t2s(cp) != cp)
			t2s_changed++;
		if (ac_fold_t2s(ac_fold_t2s(cp)) != ac_fold_t2s(cp))
			bad_t2s++;
	}
	printf("fold: %d code points change under search folding, %d under T->S\n",
		   changed, t2s_changed);
	AC_CHECK(bad_search == 0);
	AC_CHECK(bad_nfkc == 0);
	AC_CHECK(bad_t2s == 0);
	AC_CHECK(t2s_changed > 2500);
}

int
main(void)
{
	test_t2s();
	test_nfkc_cf();
	test_idempotent();
	return ac_test_report("fold");
}

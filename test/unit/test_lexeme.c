/*
 * test_lexeme.c
 *	  Unit tests of the annot_cjk lexemes of one token (src/core/ac_lexeme.c).
 */
#include <string.h>

#include "ac_lexeme.h"
#include "ac_test.h"
#include "ac_utf8.h"

/* The lexemes of s joined by "|". */
static const char *
lexemes(const char *s, uint32_t next_cp, bool parts)
{
	static char out[8192];
	ac_lexemes	lx;
	int			n = ac_lex_token((const unsigned char *) s, strlen(s), next_cp, parts, &lx);
	size_t		o = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		if (i > 0)
			out[o++] = '|';
		memcpy(out + o, lx.buf + lx.off[i], lx.len[i]);
		o += lx.len[i];
	}
	out[o] = '\0';
	return out;
}

#define CHECK_LEX(got, want) \
	do { \
		const char *g_ = (got); \
		AC_CHECK_STR(g_, strlen(g_), (want)); \
	} while (0)

static void
test_folding(void)
{
	CHECK_LEX(lexemes("GDP", 0, false), "gdp");
	CHECK_LEX(lexemes("ＧＤＰ", 0, false), "gdp");		/* NFKC, case */
	CHECK_LEX(lexemes("職", 0, false), "职");			/* T -> S */
	CHECK_LEX(lexemes("ｶﾞ", 0, false), "ガ");			/* voicing composed */
	CHECK_LEX(lexemes("ﾃｽﾄ", 0, false), "テスト");
	CHECK_LEX(lexemes("Straße", 0, false), "strasse");
	CHECK_LEX(lexemes("\xC2\xAD", 0, false), "");		/* soft hyphen: nothing */
}

static void
test_bigram(void)
{
	CHECK_LEX(lexemes("職", 0x696D, false), "职|职业");	/* 職 + 業 */
	CHECK_LEX(lexemes("教", 0x80B2, true), "教|教育");		/* bigram wins over parts */
	CHECK_LEX(lexemes("ｶﾞ", 0xFF77, false), "ガ|ガキ");	/* half-width ｶﾞ + ｷ */
	CHECK_LEX(lexemes("a", 'a', false), "a|aa");
}

static void
test_parts(void)
{
	CHECK_LEX(lexemes("Zhang.San@Example.com", 0, true),
			  "zhang.san@example.com|zhang|san|example|com");
	CHECK_LEX(lexemes("a.a@b", 0, true), "a.a@b|a|b");	/* no repeats */
	CHECK_LEX(lexemes("abc", 0, true), "abc");			/* whole token: no part */
	CHECK_LEX(lexemes("Zhang.San@Example.com", 0, false), "zhang.san@example.com");
}

/* A token of 700 Han characters: folded to at most AC_TOK_MAXLEN bytes, whole characters. */
static void
test_limits(void)
{
	static char big[4 * 1024];
	char		out[AC_LEX_BUFSIZE];
	ac_lexemes	lx;
	int			i,
				n;

	for (i = 0; i < 700; i++)
		memcpy(big + 3 * i, "\xE6\xBC\xA2", 3);		/* 漢 -> 汉 */
	big[3 * 700] = '\0';
	n = ac_lex_fold((const unsigned char *) big, strlen(big), out);
	AC_CHECK(n <= AC_TOK_MAXLEN && n % 3 == 0 && n == 2046);
	AC_CHECK(ac_utf8_valid((const unsigned char *) out, n));
	/* a full unigram gets no bigram: it would not fit */
	AC_CHECK(ac_lex_token((const unsigned char *) big, strlen(big), 0x5B57, false, &lx) == 1);
	AC_CHECK(lx.len[0] == 2046);
	/* 0xFDFA folds to 18 code points: appended only if all fit */
	n = ac_lex_token((const unsigned char *) big, 3 * 600, 0xFDFA, false, &lx);
	AC_CHECK(n == 2 && lx.len[1] > lx.len[0] && lx.len[1] <= AC_TOK_MAXLEN);
}

int
main(void)
{
	test_folding();
	test_bigram();
	test_parts();
	test_limits();
	return ac_test_report("lexeme");
}

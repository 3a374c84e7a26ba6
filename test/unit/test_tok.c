/*
 * test_tok.c
 *	  Unit tests of the search tokenizer (src/core/ac_tok.c).
 */
#include <stdlib.h>

#include "ac_test.h"
#include "ac_tok.h"

#define MAXT 4096

static int	ntok;
static ac_token toks[MAXT];

/* Tokenize s; check coverage (every byte once, in order) and sizes. */
static void
tokenize(const char *s, size_t len, bool annotations)
{
	ac_tokenizer t;
	ac_token	tok;
	size_t		pos = 0;
	bool		ok = true;

	ntok = 0;
	ac_tok_init(&t, (const unsigned char *) s, len, annotations);
	while (ac_tok_next(&t, &tok))
	{
		if (tok.start != pos || tok.len == 0 || tok.len > AC_TOK_MAXLEN ||
			tok.type <= 0 || tok.type > AC_TOK_MAXID)
			ok = false;
		pos = tok.start + tok.len;
		if (ntok < MAXT)
			toks[ntok++] = tok;
	}
	AC_CHECK(ok);
	AC_CHECK(pos == len);
}

static void
tok_s(const char *s)
{
	tokenize(s, strlen(s), true);
}

#define CHECK_TOK(i, s, want_type, want_text) \
	do { \
		AC_CHECK((i) < ntok && toks[i].type == (want_type)); \
		if ((i) < ntok) \
			AC_CHECK_STR((s) + toks[i].start, toks[i].len, want_text); \
	} while (0)

int
main(void)
{
	const char *s;
	char	   *big;
	size_t		i;

	/* mixed scripts */
	s = "中文GDP 5G网络2024年, ｇｄｐ";
	tok_s(s);
	CHECK_TOK(0, s, AC_TOK_HAN, "中");
	AC_CHECK(toks[0].next_cp == 0x6587);	/* 文 */
	CHECK_TOK(1, s, AC_TOK_HAN, "文");
	AC_CHECK(toks[1].next_cp == 0);	/* followed by Latin */
	CHECK_TOK(2, s, AC_TOK_WORD, "GDP");
	CHECK_TOK(3, s, AC_TOK_BLANK, " ");
	CHECK_TOK(4, s, AC_TOK_NUMWORD, "5G");
	CHECK_TOK(5, s, AC_TOK_HAN, "网");
	CHECK_TOK(6, s, AC_TOK_HAN, "络");
	CHECK_TOK(7, s, AC_TOK_NUMBER, "2024");
	CHECK_TOK(8, s, AC_TOK_HAN, "年");
	CHECK_TOK(9, s, AC_TOK_PUNCT, ",");
	CHECK_TOK(11, s, AC_TOK_WORD, "ｇｄｐ");

	/* kana, Hangul, emoji, a variation selector stays with its Han */
	s = "カタカナ한국어😀😀葛\xef\xb8\x80城";
	tok_s(s);
	CHECK_TOK(0, s, AC_TOK_KANA, "カ");
	AC_CHECK(toks[3].next_cp == 0xD55C);	/* ナ -> 한 : same CJK run */
	CHECK_TOK(4, s, AC_TOK_HANGUL, "한");
	CHECK_TOK(7, s, AC_TOK_PUNCT, "😀😀");
	CHECK_TOK(8, s, AC_TOK_HAN, "葛\xef\xb8\x80");
	AC_CHECK(toks[8].next_cp == 0x57CE);

	/* annotations are their own tokens and invisible to bigrams */
	s = "教(jiao)育 國（guó）家";
	tok_s(s);
	CHECK_TOK(0, s, AC_TOK_HAN, "教");
	AC_CHECK(toks[0].next_cp == 0x80B2);	/* 育 */
	CHECK_TOK(1, s, AC_TOK_ANNOT, "(jiao)");
	CHECK_TOK(2, s, AC_TOK_HAN, "育");
	AC_CHECK(toks[2].next_cp == 0);
	CHECK_TOK(4, s, AC_TOK_HAN, "國");
	CHECK_TOK(5, s, AC_TOK_ANNOT, "（guó）");
	AC_CHECK(toks[4].next_cp == 0x5BB6);

	/* without the scanner, parentheses are punctuation */
	s = "教(jiao)育";
	tokenize(s, strlen(s), false);
	CHECK_TOK(1, s, AC_TOK_PUNCT, "(");
	CHECK_TOK(2, s, AC_TOK_WORD, "jiao");

	/* e-mail, URL, host */
	s = "写信给 Zhang.San@Example.com 或看 https://www.example.org/a?b=1. 和 debian.org";
	tok_s(s);
	CHECK_TOK(4, s, AC_TOK_EMAIL, "Zhang.San@Example.com");
	CHECK_TOK(9, s, AC_TOK_URL, "https://www.example.org/a?b=1");
	CHECK_TOK(10, s, AC_TOK_PUNCT, ".");
	CHECK_TOK(14, s, AC_TOK_URL, "debian.org");
	s = "3.14 A.1 e.g.";
	tok_s(s);
	CHECK_TOK(0, s, AC_TOK_NUMBER, "3");
	CHECK_TOK(4, s, AC_TOK_WORD, "A");

	/* long runs are cut below 2047 bytes, every byte still covered */
	big = malloc(10000);
	memset(big, ' ', 5000);
	memcpy(big + 5000, "甲", 3);
	memset(big + 5003, 'x', 4997);
	tokenize(big, 10000, true);
	for (i = 0; i < (size_t) ntok; i++)
		AC_CHECK(toks[i].len <= AC_TOK_MAXLEN);
	AC_CHECK(toks[0].type == AC_TOK_BLANK);
	for (i = 0; i < 3000; i++)
		memcpy(big + 3 * i, "乙", 3);
	tokenize(big, 9000, true);
	AC_CHECK(ntok == 3000);
	AC_CHECK(toks[0].next_cp == 0x4E59);
	AC_CHECK(toks[2999].next_cp == 0);

	/* arbitrary bytes: every byte covered, no overrun */
	for (i = 0; i < 10000; i++)
		big[i] = (char) (i * 7919 % 251);
	tokenize(big, 10000, true);
	tokenize(big, 1, true);
	tokenize("\xe4\xb8", 2, true);	/* truncated sequence */
	CHECK_TOK(0, "\xe4\xb8", AC_TOK_PUNCT, "\xe4\xb8");
	tokenize("", 0, true);
	AC_CHECK(ntok == 0);
	free(big);

	return ac_test_report("tok");
}

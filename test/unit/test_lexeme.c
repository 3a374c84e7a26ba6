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

/* The order of lexemes in a tsvector: bytes, then the shorter first. */
static int
tsvector_order(const char *a, const char *b)
{
	size_t		la = strlen(a),
				lb = strlen(b);
	int			c = memcmp(a, b, la < lb ? la : lb);

	if (c != 0)
		return c < 0 ? -1 : 1;
	return (la > lb) - (la < lb);
}

static int
cmp_u64(uint64_t a, uint64_t b)
{
	return (a > b) - (a < b);
}

static uint64_t
gin_key(const char *s, bool *exact)
{
	return ac_lex_gin_key(s, strlen(s), false, exact);
}

static void
test_sort_key(void)
{
	static const char *const lex[] = {
		"a", "ab", "abc", "abcdefg", "abcdefh", "b", "\x7f", "职", "职业", "业",
		"\xC3\xA9", "\xF0\xA0\x80\x80\xF0\xA0\x80\x81", "zzzzzzz", "\xFF"
	};
	size_t		n = sizeof(lex) / sizeof(lex[0]);
	size_t		i,
				j;

	AC_CHECK(ac_lex_sort_key("a", 1) == UINT64_C(0x6100000000000000));
	AC_CHECK(ac_lex_sort_key("abcdefgh", 8) == UINT64_C(0x6162636465666768));
	AC_CHECK(ac_lex_sort_key("abcdefghij", 10) == ac_lex_sort_key("abcdefgh", 8));
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			AC_CHECK(cmp_u64(ac_lex_sort_key(lex[i], strlen(lex[i])),
							 ac_lex_sort_key(lex[j], strlen(lex[j]))) == tsvector_order(lex[i], lex[j]));
}

/*
 * GIN keys: exact keys are distinct and in tsvector order; a key that is not
 * exact never equals an exact one; the keys of the lexemes with a prefix are
 * those the prefix mask accepts.
 */
static void
test_gin_key(void)
{
	static const char *const lex[] = {
		"a", "ab", "abcdefg", "职", "职业", "\xF0\xA0\x80\x80\xF0\xA0\x80\x81", "abcdefgh",
		"abcdefghij", "~", "~zhi", "~zhi~ye", "~zhong~guo", "~zhuang~zhua", "~zhuang~zhuang",
		"~zh", "~zhu", "^zy", "^z", "~^", "~a^", "~ab1", "~ab", "~aba", "^", "~zhi2", "~Zhi"
	};
	size_t		n = sizeof(lex) / sizeof(lex[0]);
	size_t		i,
				j;
	bool		ei,
				ej;

	/* which keys are exact */
	AC_CHECK(gin_key("职业", &ei) != 0 && ei);			/* 6 bytes */
	AC_CHECK(gin_key("abcdefg", &ei) != 0 && ei);
	AC_CHECK(gin_key("abcdefgh", &ei) != 0 && !ei);		/* shared with abcdefghij */
	AC_CHECK(gin_key("~zhong~guo", &ei) != 0 && ei);		/* 10 bytes, packed */
	AC_CHECK(gin_key("~zhuang~zhua", &ei) != 0 && ei);	/* 11 packed characters */
	AC_CHECK(gin_key("~zhuang~zhuang", &ei) != 0 && !ei);
	AC_CHECK(gin_key("~ab1", &ei) != 0 && !ei);			/* not pinyin letters */
	AC_CHECK(gin_key("~ab1", &ei) != gin_key("~ab", &ej) && ej);

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
		{
			uint64_t	ki = gin_key(lex[i], &ei),
						kj = gin_key(lex[j], &ej);

			if (ei && ej)
				AC_CHECK(cmp_u64(ki, kj) == tsvector_order(lex[i], lex[j]));
			if (ei != ej)
				AC_CHECK(ki != kj);
			/* prefix lex[i] of lex[j]: the mask accepts lex[j]'s key */
			if (strncmp(lex[j], lex[i], strlen(lex[i])) == 0)
			{
				bool		pe;
				uint64_t	p = ac_lex_gin_key(lex[i], strlen(lex[i]), true, &pe);
				uint64_t	m = ac_lex_gin_prefix_mask(p);

				AC_CHECK((kj & m) == (p & m));
				AC_CHECK(kj >= p);		/* the scan starts at the prefix key */
			}
			else
			{
				bool		pe;
				uint64_t	p = ac_lex_gin_key(lex[i], strlen(lex[i]), true, &pe);
				uint64_t	m = ac_lex_gin_prefix_mask(p);

				/* an exact prefix key rejects every other lexeme with an exact key */
				if (pe && ej)
					AC_CHECK((kj & m) != (p & m));
			}
		}
	AC_CHECK(ac_lex_gin_prefix_mask(0) == 0);			/* empty prefix: all */
}

/* One or two CJK characters, nothing else: what annot_cjk_ops may imply. */
static void
test_cjk_chars(void)
{
	size_t		f = 0;

	AC_CHECK(ac_lex_cjk_chars("职", strlen("职"), &f) == 1 && f == 3);
	AC_CHECK(ac_lex_cjk_chars("职业", strlen("职业"), &f) == 2 && f == 3);
	AC_CHECK(ac_lex_cjk_chars("カ가", strlen("カ가"), &f) == 2 && f == 3);
	AC_CHECK(ac_lex_cjk_chars("\xF0\xA0\x80\x80\xF0\xA0\x80\x81", 8, &f) == 2 && f == 4);	/* U+20000 U+20001 */
	AC_CHECK(ac_lex_cjk_chars("职业教", strlen("职业教"), &f) == 0);	/* three */
	AC_CHECK(ac_lex_cjk_chars("职a", strlen("职a"), &f) == 0);
	AC_CHECK(ac_lex_cjk_chars("a职", strlen("a职"), &f) == 0);
	AC_CHECK(ac_lex_cjk_chars("ab", 2, &f) == 0);
	AC_CHECK(ac_lex_cjk_chars("", 0, &f) == 0);
	AC_CHECK(ac_lex_cjk_chars("职\xE4", 4, &f) == 0);	/* truncated second character */
	AC_CHECK(ac_lex_cjk_chars("\xE8\x81", 2, &f) == 0);	/* truncated first */
	AC_CHECK(ac_lex_cjk_chars("~zhi", 4, &f) == 0);
}

int
main(void)
{
	test_cjk_chars();
	test_sort_key();
	test_gin_key();
	test_folding();
	test_bigram();
	test_parts();
	test_limits();
	return ac_test_report("lexeme");
}

/*
 * test_fuzz_findings.c
 *	  Regression tests of the fuzz findings (test/fuzz/RESULTS.md).
 *
 * Finding 1 (fuzz_tok): a combining mark or variation selector right after
 * an annotation.  Fixed in the scanner (5e31cd8).
 *
 * "教(jiao)" + U+0302 cleans to "教" + U+0302, where the mark now sits on
 * 教 (in the source it sat on ")").  The tokenizer keeps a mark with the
 * CJK character before it, so the cleaned text gives one token "教̂" while
 * the raw text gives "教", annot "(jiao)", and a separate token for the
 * mark: to_tsvector('annot_cjk', raw) <> to_tsvector('annot_cjk',
 * annot_clean(raw)).  The same with a variation selector (U+FE00) or the
 * half-width voicing mark U+FF9F after the annotation.
 *
 * The fix: a bracket group followed by a combining mark or variation
 * selector is not an annotation (removing it would move the mark onto
 * another character, i.e. change the text).
 */
#include "ac_test.h"
#include "ac_annot.h"
#include "ac_tok.h"

static size_t
count_tokens(const unsigned char *s, size_t len)
{
	ac_tokenizer t;
	ac_token	tok;
	size_t		n = 0;

	ac_tok_init(&t, s, len, true);
	while (ac_tok_next(&t, &tok))
		if (tok.type != AC_TOK_ANNOT)
			n++;
	return n;
}

static void
check(const char *raw)
{
	unsigned char clean[256];
	size_t		len = strlen(raw);
	size_t		clen = ac_clean((const unsigned char *) raw, len, clean);

	/* the annotation is kept (or else the tokens agree) */
	AC_CHECK(clen == len ||
			 count_tokens((const unsigned char *) raw, len) == count_tokens(clean, clen));
}

int
main(void)
{
	check("\xe6\x95\x99(jiao)\xcc\x82");		/* 教(jiao) U+0302 */
	check("\xe7\xbe\xa4(qun)\xef\xb8\x80");		/* 群(qun) U+FE00 */
	check("\xe5\x9c\x8b(gu\xc3\xb3)\xef\xb8\x80");	/* 國(guó) U+FE00 */
	check("\xe6\xa0\xb7(Y\xc3\xa0ng)\xef\xbe\x9f");	/* 样(Yàng) U+FF9F */
	return ac_test_report("fuzz_findings");
}

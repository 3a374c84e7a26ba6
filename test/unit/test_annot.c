/*-------------------------------------------------------------------------
 * test_annot.c
 *	  Unit tests of the annotation scanner and cleaner (src/core/ac_annot).
 *
 * Every case is also checked for the scanner's invariants: spans cover the
 * input exactly once in order, the TEXT spans concatenate to ac_clean()'s
 * output, the output is never longer, cleaning is idempotent, and a copy of
 * the scanner taken mid-way produces the same rest.
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ac_test.h"
#include "ac_annot.h"

#define MAXBUF 65536

static unsigned char out1[MAXBUF];
static unsigned char out2[MAXBUF];

/* Walk the spans and check the invariants; returns false on a violation. */
static bool
spans_ok(const unsigned char *s, size_t len, const unsigned char *cleaned,
		 size_t clen, size_t *groups, size_t *records)
{
	ac_scanner	sc;
	ac_scanner	copy;
	ac_span		span;
	size_t		next = 0;
	size_t		textlen = 0;
	size_t		nspans = 0;
	bool		ok = true;

	*groups = *records = 0;
	ac_scan_init(&sc, s, len);
	while (ac_scan_next(&sc, &span))
	{
		if (span.start != next || span.len == 0 ||
			(span.kind != AC_SPAN_TEXT && span.kind != AC_SPAN_ANNOT))
			ok = false;
		if (span.kind == AC_SPAN_TEXT)
		{
			if (textlen + span.len > clen ||
				memcmp(cleaned + textlen, s + span.start, span.len) != 0)
				ok = false;
			textlen += span.len;
		}
		else
		{
			size_t		i;

			for (i = 0; i < span.len; i++)
				if (s[span.start + i] == '(' ||
					(i + 2 < span.len && s[span.start + i] == 0xEF &&
					 s[span.start + i + 1] == 0xBC && s[span.start + i + 2] == 0x88))
					(*groups)++;
		}
		if (span.annot)
			(*records)++;
		next = span.start + span.len;
		if (++nspans == 2)
			copy = sc;
	}
	if (next != len || textlen != clen)
		ok = false;

	/* the copy must produce the same remaining spans */
	if (nspans >= 2)
	{
		size_t		n = 2;

		ac_scan_init(&sc, s, len);
		while (n-- > 0)
			ac_scan_next(&sc, &span);
		while (ac_scan_next(&copy, &span))
		{
			ac_span		s2;

			if (!ac_scan_next(&sc, &s2) || s2.start != span.start ||
				s2.len != span.len || s2.kind != span.kind)
			{
				ok = false;
				break;
			}
		}
	}
	return ok;
}

/* Clean s, check the invariants, compare with want (NULL = unchanged). */
static void
check_clean_n(const char *in, size_t len, const char *want, size_t wantlen,
			  const char *file, int line)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		n1 = ac_clean(s, len, out1);
	size_t		n2 = ac_clean(out1, n1, out2);
	size_t		groups;
	size_t		records;

	if (n1 == wantlen && memcmp(out1, want, wantlen) == 0)
		ac_test_passed++;
	else
	{
		ac_test_failed++;
		fprintf(stderr, "%s:%d: clean(\"%.*s\") = \"%.*s\", want \"%.*s\"\n",
				file, line, (int) len, in, (int) n1, out1, (int) wantlen, want);
	}
	if (n1 <= len && n2 == n1 && memcmp(out1, out2, n1) == 0)
		ac_test_passed++;
	else
	{
		ac_test_failed++;
		fprintf(stderr, "%s:%d: not idempotent on \"%.*s\": \"%.*s\" then \"%.*s\"\n",
				file, line, (int) len, in, (int) n1, out1, (int) n2, out2);
	}
	if (spans_ok(s, len, out1, n1, &groups, &records))
		ac_test_passed++;
	else
	{
		ac_test_failed++;
		fprintf(stderr, "%s:%d: span invariant broken on \"%.*s\"\n",
				file, line, (int) len, in);
	}
}

#define CLEAN(in, want) check_clean_n((in), strlen(in), (want), strlen(want), __FILE__, __LINE__)
#define KEEP(in) CLEAN((in), (in))
#define CLEAN_BYTES(in, want) \
	check_clean_n((in), sizeof(in) - 1, (want), sizeof(want) - 1, __FILE__, __LINE__)

/*
 * The annotations of in, as annot_extract shows them:
 * "pos:base:reading" joined by "|", pos 1-based.
 */
static void
check_extract_f(const char *in, const char *want, const char *file, int line)
{
	const unsigned char *s = (const unsigned char *) in;
	ac_scanner	sc;
	ac_span		span;
	char		got[4096];
	size_t		n = 0;

	ac_scan_init(&sc, s, strlen(in));
	while (ac_scan_next(&sc, &span))
	{
		unsigned char base[AC_ANNOT_BASE_MAXBYTES];
		char		reading[AC_ANNOT_READING_MAXBYTES];
		size_t		bl;
		size_t		rl;

		if (!span.annot)
			continue;
		bl = ac_annot_base_text(span.annot, base);
		rl = ac_annot_reading_text(span.annot, reading);
		n += (size_t) snprintf(got + n, sizeof(got) - n, "%s%zu:%.*s:%.*s",
							   n ? "|" : "", span.annot->clean_pos + 1,
							   (int) bl, base, (int) rl, reading);
	}
	if (strlen(want) == n && memcmp(got, want, n) == 0)
		ac_test_passed++;
	else
	{
		ac_test_failed++;
		fprintf(stderr, "%s:%d: extract(\"%s\") = \"%.*s\", want \"%s\"\n",
				file, line, in, (int) n, got, want);
	}
}

#define EXTRACT(in, want) check_extract_f((in), (want), __FILE__, __LINE__)

static void
test_remove(void)
{
	/* 1. toneless, repeated */
	CLEAN("教(jiao)育", "教育");
	CLEAN("職(zhi)(zhi)(zhi)業", "職業");
	CLEAN("職(zhi)(zhi)(zhi)(zhi)(zhi)(zhi)(zhi)(zhi)(zhi)業(ye)(ye)", "職業");
	/* 2. tone marks, Traditional, inside Japanese */
	CLEAN("會(huì)議", "會議");
	CLEAN("國(guó)家", "國家");
	CLEAN("東京で會(huì)議(yì)があります", "東京で會議があります");
	CLEAN("長(zhǎng)期", "長期");
	/* 3. digits and ü */
	CLEAN("學(xue2)", "學");
	CLEAN("女(nv3)", "女");
	CLEAN("綠(lu:4)", "綠");
	CLEAN("旅(lǚ)", "旅");
	CLEAN("旅(lü3)女(nü)", "旅女");
	CLEAN("麼(me5)麼(me0)", "麼麼");
	CLEAN("略(lue4)略(lve4)", "略略");
	CLEAN("國(guo\xcc\x81)", "國");	/* combining acute */
	CLEAN("綠(lu\xcc\x88\xcc\x80)", "綠");	/* u + diaeresis + grave */
	/* 4. full-width brackets, stray spaces */
	CLEAN("教（jiào）", "教");
	CLEAN("花( huā)", "花");
	CLEAN("花( huā )開", "花開");
	CLEAN("花（huā)", "花");
	CLEAN("花（\xe3\x80\x80huā\xc2\xa0）", "花");	/* ideographic, no-break space */
	/* 5. word level, spaced, joined, apostrophes, proper names */
	CLEAN("徘徊(pái huái)", "徘徊");
	CLEAN("中文(zhōngwén)", "中文");
	CLEAN("怎么样(zěnmeyàng)", "怎么样");
	CLEAN("西安(xī'ān)", "西安");
	CLEAN("西安(xi’an)", "西安");
	CLEAN("北京(Běijīng)", "北京");
	CLEAN("在北京(Bei3jing1)工作", "在北京工作");
	CLEAN("中華人民共和國(zhōng huá rén mín gòng hé guó)", "中華人民共和國");
	/* 6. ruby */
	CLEAN("<ruby>漢<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>", "漢");
	CLEAN("<ruby>漢字<rt>hàn zì</rt></ruby>。", "漢字。");
	CLEAN("<ruby><rb>漢</rb><rt>hàn</rt></ruby>", "漢");
	CLEAN("<ruby>漢<rt>hàn</rt>字<rt>zì</rt></ruby>", "漢字");
	CLEAN("<ruby><rb>漢</rb><rb>字</rb><rtc><rt>hàn</rt><rt>zì</rt></rtc></ruby>", "漢字");
	CLEAN("<RUBY>漢<RT>han4</RT></RUBY>", "漢");
	CLEAN("<ruby class=\"py\">漢<rt>hàn</ruby>", "漢");
	CLEAN("<ruby>漢<rp>（</rp><rt>hàn</rt><rp>）</rp></ruby>(han)", "漢");
	/* zhuyin (an extra): unmarked = tone 1, ˙ = neutral */
	CLEAN("中(ㄓㄨㄥ)國(ㄍㄨㄛˊ)", "中國");
	CLEAN("中文(ㄓㄨㄥ ㄨㄣˊ)中文(ㄓㄨㄥㄨㄣˊ)", "中文中文");
	CLEAN("的(˙ㄉㄜ)學(ㄒㄩㄝˊ)女(ㄋㄩˇ)月(ㄩㄝˋ)窘(ㄐㄩㄥˇ)", "的學女月窘");
	CLEAN("一(ㄧ)兒(ㄦˊ)是(ㄕˋ)綠（ㄌㄩˋ）", "一兒是綠");
	CLEAN("<ruby>漢<rt>ㄏㄢˋ</rt></ruby>", "漢");
	/* 7. nested in a real parenthetical */
	CLEAN("專業(群(qun))", "專業(群)");
	CLEAN("（見附件(jian)）", "（見附件）");
	/* readings decided against the cleaned text */
	CLEAN("國(guo)(guó)", "國");
	CLEAN("中(zhong)文(wen)(zhongwen)", "中文");
	/* 4-byte characters (Extension B) */
	CLEAN("𠀀(hē)𪚥(zhé)", "𠀀𪚥");
	/* text made only of annotations */
	CLEAN("中(zhong)", "中");
}

static void
test_keep(void)
{
	KEEP("(一)（二）");
	KEEP("第一章(一)總則");
	KEEP("某縣(區)政府");
	KEEP("張某（化名）說");
	KEEP("他(he)說");
	KEEP("自由貿易協定(RCEP)生效");
	KEEP("那(NA)");				/* all caps: never a reading */
	KEEP("電腦(Nc)很好(VH)");
	KEEP("xterm(1)");
	KEEP("於(2022)年");
	KEEP("面積(mm2)");
	KEEP("天真(naive)");
	/* capitalised and toneless: the romanised spelling of a name */
	KEEP("記者張海峰（Zhang Haifeng）說");
	KEEP("城市海法（Haifa）");
	KEEP("北京(Beijing)");
	KEEP("中文(ZhongWen)");
	KEEP("洗衣店(コインランドリー)");
	KEEP("中(guo)");				/* does not fit */
	KEEP("中國(zhong)");
	KEEP("中國(guo zhong)");
	KEEP("中 (zhong)");				/* not right after the character */
	KEEP("中(zhong guo)");			/* more syllables than characters */
	KEEP("(zhong)(guo)");
	KEEP("中(ㄍㄨㄛˊ)");			/* zhuyin that does not fit */
	KEEP("甲(ㄅ)乙(ㄆ)");			/* zhuyin list markers */
	KEEP("中(ㄓㄨㄥzhong)");
	KEEP("中(ˊㄓㄨㄥ)");
	KEEP("中(zhong-)");
	KEEP("中('zhong)");
	KEEP("中文(zhong''wen)");
	CLEAN("中文(zhong-wen)", "中文");
	KEEP("中(zho ng)");
	KEEP("中(zhōng1)");			/* a mark and a digit */
	KEEP("中(zhong7)");
	KEEP("中(1zhong)");
	KEEP("<ruby>漢<rt>zì</rt></ruby>");	/* wrong reading */
	KEEP("<ruby>漢字<rt>hàn</rt></ruby>");	/* too few syllables */
	KEEP("<ruby>漢<rt>hàn</rt>");	/* unterminated */
	KEEP("<ruby>漢<span>x</span><rt>hàn</rt></ruby>");
	/* a bracket inside the base keeps the whole element (idempotence) */
	KEEP("<ruby>漢(han)<rt>hàn</rt></ruby>");
}

static void
test_bad_input(void)
{
	KEEP("");
	KEEP("(");
	KEEP(")");
	KEEP("（");
	KEEP("中(");
	KEEP("中(zhong");
	KEEP("中（zhong");
	KEEP("中((zhong");
	CLEAN("中((zhong)", "中((zhong)");
	CLEAN("中(zhong))", "中)");
	CLEAN("((中(zhong)))", "((中))");
	KEEP("<");
	KEEP("<ruby>");
	KEEP("<ruby>中");
	/* the inner element is a whole ruby element; the outer one has no <rt> */
	CLEAN("<ruby><ruby>中<rt>zhong</rt></ruby></ruby>", "<ruby>中</ruby>");
	KEEP("\xEF");
	KEEP("\xEF\xBC");
	KEEP("中\xEF\xBC");
	/* invalid UTF-8 stays byte for byte */
	CLEAN_BYTES("\xff中(zhong)\xfe", "\xff中\xfe");
	CLEAN_BYTES("中(zhong)\x80\x80", "中\x80\x80");
	CLEAN_BYTES("\xe4\xb8(zhong)", "\xe4\xb8(zhong)");	/* truncated 中 */
	CLEAN_BYTES("\xe4\xb8\xad\xad(zhong)", "\xe4\xb8\xad\xad(zhong)");
	CLEAN_BYTES("中(zh\xffong)", "中(zh\xffong)");
	CLEAN_BYTES("中(zhong\xef\xbc)", "中(zhong\xef\xbc)");
	CLEAN_BYTES("a\0中(zhong)\0b", "a\0中\0b");
}

static void
test_extract(void)
{
	EXTRACT("職(zhi)(zhi)(zhi)業", "1:職:zhi");
	EXTRACT("教(jiao)育工(gong)作", "1:教:jiao|3:工:gong");
	EXTRACT("學(xue2)女(nv3)綠(lu:4)旅(lǚ)", "1:學:xué|2:女:nǚ|3:綠:lǜ|4:旅:lǚ");
	EXTRACT("我愛北京(Běijīng)", "3:北京:běi jīng");
	EXTRACT("怎么样(zěnmeyàng)", "1:怎么样:zěn me yàng");
	EXTRACT("國(guo)(guó)", "1:國:guo|1:國:guó");
	EXTRACT("中(zhong)文(wen)(zhongwen)", "1:中:zhong|2:文:wen|1:中文:zhong wen");
	EXTRACT("<ruby>漢<rt>hàn</rt>字<rt>zì</rt></ruby>", "1:漢:hàn|2:字:zì");
	EXTRACT("a<ruby>漢字<rp>(</rp><rt>hàn zì</rt><rp>)</rp></ruby>", "2:漢字:hàn zì");
	EXTRACT("\xf0\xa0\x80\x80(he1)x", "1:\xf0\xa0\x80\x80:hē");
	EXTRACT("(一)中(Zhōng)", "4:中:zhōng");
	EXTRACT("中文(ㄓㄨㄥ ㄨㄣˊ)的(˙ㄉㄜ)", "1:中文:zhōng wén|3:的:de");
}

/* The seed article: 1,227 bracket groups go, (一) (群) (區) stay. */
static void
test_seed(void)
{
	static unsigned char buf[1 << 20];
	static unsigned char cleaned[1 << 20];
	FILE	   *f = fopen("test/data/seed_annotated_article.txt", "rb");
	size_t		len;
	size_t		clen;
	size_t		groups;
	size_t		records;

	AC_CHECK(f != NULL);
	if (f == NULL)
		return;
	len = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	clen = ac_clean(buf, len, cleaned);
	AC_CHECK(spans_ok(buf, len, cleaned, clen, &groups, &records));
	AC_CHECK(groups == 1227);
	cleaned[clen] = '\0';
	AC_CHECK(strstr((char *) cleaned, "(一)") != NULL);
	AC_CHECK(strstr((char *) cleaned, "(群)") != NULL);
	AC_CHECK(strstr((char *) cleaned, "(區)") != NULL);
	AC_CHECK(ac_clean(cleaned, clen, out1) == clen && memcmp(out1, cleaned, clen) == 0);
}

/*
 * Random texts built from fragments that interact: Han characters,
 * brackets, pinyin, ruby tags, invalid bytes.  Only the invariants are
 * checked (coverage, length, idempotence, copies).
 */
static void
test_random(void)
{
	static const char *const frag[] = {
		"中", "國", "文", "漢", "字", "職", "(", ")", "（", "）", "zhong", "guo",
		"zhōng", "wen", "han4", " ", "'", "(zhong)", "(guo)", "(zhi)", "<ruby>",
		"</ruby>", "<rt>", "</rt>", "<rp>(</rp>", "<rb>", "</rb>", "hàn", "\xff",
		"\x80", "\xe4\xb8", "a", "1", "(zhong guo)", "(han)", "<", "\xef\xbc",
		"𠀀", "(hē)", "<rtc>", "</rtc>", "RCEP", "zi", "ㄓㄨㄥ", "ˊ", "˙", "(ㄏㄢˋ)"
	};
	unsigned int seed = 12345;
	int			iter;
	int			bad = 0;

	for (iter = 0; iter < 20000; iter++)
	{
		char		in[512];
		size_t		n = 0;
		int			nfrag;
		int			i;
		size_t		n1;
		size_t		n2;
		size_t		groups;
		size_t		records;

		seed = seed * 1103515245u + 12345u;
		nfrag = 1 + (int) ((seed >> 16) % 24);
		for (i = 0; i < nfrag; i++)
		{
			const char *fr;

			seed = seed * 1103515245u + 12345u;
			fr = frag[(seed >> 16) % (sizeof(frag) / sizeof(frag[0]))];
			memcpy(in + n, fr, strlen(fr));
			n += strlen(fr);
		}
		n1 = ac_clean((unsigned char *) in, n, out1);
		n2 = ac_clean(out1, n1, out2);
		if (n1 > n || n2 != n1 || memcmp(out1, out2, n1) != 0 ||
			!spans_ok((unsigned char *) in, n, out1, n1, &groups, &records))
		{
			if (bad++ < 5)
				fprintf(stderr, "random case fails: \"%.*s\" -> \"%.*s\" -> \"%.*s\"\n",
						(int) n, in, (int) n1, out1, (int) n2, out2);
		}
	}
	AC_CHECK(bad == 0);
}

/* Long inputs: many spans, bounded chunks, long runs of repeats. */
static void
test_long(void)
{
	size_t		cap = 1 << 20;
	unsigned char *in = malloc(cap);
	unsigned char *out = malloc(cap);
	size_t		n = 0;
	size_t		groups;
	size_t		records;
	size_t		clen;

	memcpy(in, "職", 3);
	n = 3;
	while (n + 5 <= 200000)
	{
		memcpy(in + n, "(zhi)", 5);
		n += 5;
	}
	while (n + 3 <= 400000)
	{
		memcpy(in + n, "業", 3);
		n += 3;
	}
	clen = ac_clean(in, n, out);
	AC_CHECK(spans_ok(in, n, out, clen, &groups, &records));
	AC_CHECK(groups == (200000 - 3) / 5);
	AC_CHECK(records == 1);
	AC_CHECK(clen == n - groups * 5);
	free(in);
	free(out);
}

/*
 * A combining mark or variation selector right after markup would move onto
 * the annotated character if the markup went: such markup stays (fuzz
 * finding 1: the raw and cleaned texts then tokenize alike).
 */
static void
test_mark_after_annotation(void)
{
	CLEAN("教(jiao)\xcc\x82育", "教(jiao)\xcc\x82育");	/* U+0302 */
	CLEAN("教(jiao)(jiao)\xef\xb8\x80", "教(jiao)(jiao)\xef\xb8\x80");	/* U+FE00 */
	CLEAN("中文(zhong wen)\xef\xbe\x9f", "中文(zhong wen)\xef\xbe\x9f");	/* U+FF9F */
	CLEAN("<ruby>漢<rt>hàn</rt></ruby>\xcc\x81", "<ruby>漢<rt>hàn</rt></ruby>\xcc\x81");
	/* a mark elsewhere changes nothing */
	CLEAN("教(jiao)育\xcc\x82", "教育\xcc\x82");
	CLEAN("教(jiao) \xcc\x82", "教 \xcc\x82");
}

int
main(void)
{
	test_remove();
	test_keep();
	test_bad_input();
	test_extract();
	test_seed();
	test_random();
	test_long();
	test_mark_after_annotation();
	return ac_test_report("annot");
}

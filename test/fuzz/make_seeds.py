#!/usr/bin/env python3
"""Write the seed corpora of the fuzz harnesses (test/fuzz/corpus/<name>/).

All text here is our own (never the news corpus).  Run from anywhere;
rewrites the seed files named s_*, leaves inputs libFuzzer added alone.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SYLLABLES = [
    "zhong", "zhōng", "zhong1", "ZHONG", "Zhōng", "lü", "lv4", "lu:4", "lǜ", "nü3",
    "nve4", "ê", "ế", "ea", "ḿ", "m2", "n", "ng", "hng", "hm", "er", "r", "de5",
    "a0", "zhuāng", "shuang4", "guó", "guo\u0301", "ɡuó", "xiong2", "yu:", "üe",
    "", "x", "zzz", "zhuangg", "5", "guo22", "lü\u0308",
]

FOLD = [
    "職業教育與职业教育", "ＧＤＰ　ｇｄｐ ＡＢＣ", "ﾊﾝｶｸｶﾀｶﾅ ｶﾞｷﾞ", "Straße İstanbul ǅ ﬁ",
    "㍿ ㌔ ① ⅻ ㊤", "\U00020000\U0002A700\U00031350 𠀀", "😀👍🏽 ‍ ️",
    "ÅÅ e\u0301 한국어 ㄱㅏ", "繁體中文：臺灣、澳門、乾隆", "\u00ad\u200b\ufeff x",
]

ANNOTATED = [
    "教(jiao)育是一件長(zhǎng)期的事。",
    "職(zhi)(zhi)(zhi)業學校",
    "國(guó)家與會(huì)議",
    "學(xue2)生、女(nv3)兒、綠(lu:4)色、旅(lǚ)行",
    "教（jiào）室裡的花( huā)",
    "徘徊(pái huái)在中文(zhōngwén)課上，怎么样(zěnmeyàng)？",
    "北京(Běijīng)和上海(Shànghǎi)",
    "<ruby>漢<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>字",
    "<ruby><rb>漢</rb><rt>hàn</rt></ruby><ruby>字<rt>zì</rt></ruby>",
    "專業(群(qun))的學生",
    "(一)總則（二）細則",
    "本縣(區)的居民（化名）說",
    "他(he)說了一句話",
    "簽署(RCEP)協定，名詞(Nc)動詞(VH)",
    "xterm(1) 在2022年(2022)量了(mm2)",
    "單詞(naive)和(コインランドリー)",
    "中(zhong)文(zhongwen)",
    "长(chang)(zhang)大",
    "((((教(jiao)",
    "教(jiao",
    ")(jiao)教",
    "（jiào）",
    "教(jiào)(jiào)(jiao)(jiāo)",
    "｜漢字《かんじ》を読む",
    "\U00020000(ha)\U0002A6D6(xx)",
    "教(ji\xe0o)育".encode("latin-1", "replace").decode("latin-1"),
    "用Python写代码 email@example.com https://example.org/path?q=中文 host.example.com",
    "银行行长重庆音乐会计校长长大行走",
    "還有得著了都和為調數",
    "카타카나カタカナ한국어😀😀葛\ufe00城",
    "12345 3.14 ５Ｇ网络 2024年",
    "教(jiao)育" * 40,
]

BINARY = [
    b"\xff\xfe\xfd(jiao)",
    b"\xe6\x95\x99(jiao)\xe8\x82",
    b"\xe6\x95(jiao)",
    b"\xed\xa0\x80\xed\xb0\x80",
    b"\xf4\x90\x80\x80 \xc0\xaf",
    b"\x00\x00(\x00)",
]


def write(name, items):
    d = os.path.join(HERE, "corpus", name)
    os.makedirs(d, exist_ok=True)
    for i, item in enumerate(items):
        data = item if isinstance(item, bytes) else item.encode("utf-8")
        with open(os.path.join(d, "s_%03d" % i), "wb") as f:
            f.write(data)


# libFuzzer dictionary of the text harnesses: markup, brackets, Han
# characters with the readings they take, tone letters.
DICT = [
    "(", ")", "\uff08", "\uff09", "<ruby>", "</ruby>", "<rt>", "</rt>", "<rp>", "</rp>",
    "<rb>", "</rb>", "\uff5c", "\u300a", "\u300b", " ", "'", "-", ":",
    "\u6559", "jiao", "\u80b2", "yu", "\u8077", "zhi", "\u570b", "gu\u00f3", "\u884c", "xing", "hang",
    "\u9577", "zh\u01ceng", "chang", "\u5973", "nv3", "\u7da0", "lu:4", "l\u01dc",
    "\u4e2d", "zhong", "\u6587", "wen", "\u5317\u4eac", "B\u011bij\u012bng",
    "\u0101", "\u00e1", "\u01ce", "\u00e0", "\u0113", "\u00e9", "\u011b", "\u00e8",
    "\u012b", "\u00ed", "\u01d0", "\u00ec", "\u014d", "\u00f3", "\u01d2", "\u00f2",
    "\u016b", "\u00fa", "\u01d4", "\u00f9", "\u00fc", "\u0301", "1", "2", "3", "4", "5",
    "\u3042", "\u30ab", "\ud55c", "\U00020000", "\ufe00", "http://", "@", ".com",
]


def write_dict():
    with open(os.path.join(HERE, "annot.dict"), "w") as f:
        f.write("# written by make_seeds.py: tokens for the text harnesses\n")
        for tok in DICT:
            esc = "".join("\\x%02X" % b if (b < 0x20 or b >= 0x7F or b in (0x22, 0x5C)) else chr(b)
                          for b in tok.encode("utf-8"))
            f.write('"%s"\n' % esc)


def main():
    write_dict()
    demo = []
    ddir = os.path.join(HERE, "..", "data", "demo")
    if os.path.isdir(ddir):
        for fn in sorted(os.listdir(ddir)):
            with open(os.path.join(ddir, fn), "rb") as f:
                demo.append(f.read())
    text = ANNOTATED + BINARY + demo
    write("readings", SYLLABLES + ["中行长重", "\U0002A700"])
    write("fold", FOLD + BINARY)
    write("scan", text)
    write("pinyin", text + ["tone", "number", "plain", "first"])
    write("tok", text + FOLD)


if __name__ == "__main__":
    main()

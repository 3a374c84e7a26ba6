--
-- extract: annot_extract() rows: 1-based position of the base in the
-- cleaned text, the annotated characters, the reading (lower case, one
-- space between syllables, tone marks when the source had tones or digits).
--
SELECT * FROM annot_extract('教(jiao)育');
SELECT * FROM annot_extract('本市社(she)区(qu)图(tu)书(shu)馆');

-- identical repeats are one annotation
SELECT * FROM annot_extract('職(zhi)(zhi)(zhi)業教(jiao)(jiao)育');

-- tone marks kept; tone digits become marks; ü spellings
SELECT * FROM annot_extract('國(guó)家會(huì)議');
SELECT * FROM annot_extract('學(xue2)生');
SELECT * FROM annot_extract('綠(lu:4)色和女(nv3)兒去旅（lǚ）行');

-- word-level readings, spaced or joined; capitalised names come out lower case
SELECT * FROM annot_extract('徘徊(pái huái)');
SELECT * FROM annot_extract('說中文(zhōngwén)');
SELECT * FROM annot_extract('北京(Běijīng)');

-- ruby markup, and an annotation inside a real parenthetical
SELECT * FROM annot_extract('<ruby>漢<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>字');
SELECT * FROM annot_extract('專業(群(qun))');

-- positions count characters of the cleaned text, 4-byte ones included
SELECT * FROM annot_extract(E'\U00020000\U0002A6D6教(jiao)育');

-- nothing to extract
SELECT count(*) FROM annot_extract('沒有注音的句子(一)(RCEP)(2022)');
SELECT count(*) FROM annot_extract('');
SELECT count(*) FROM annot_extract(NULL);

-- rows come in text order and each base sits at pos in annot_clean()
WITH t (body) AS (
	VALUES ('今年的交流會(huì)議在臺(tái)北舉行，兩地學(xue2)生用中文(zhōngwén)交談。'
			|| '<ruby>語<rt>yǔ</rt></ruby>言和專業(群(qun))，職(zhi)(zhi)業。')
)
SELECT e.*, substr(annot_clean(t.body), e.pos, length(e.base)) = e.base AS at_pos
FROM t, annot_extract(t.body) WITH ORDINALITY AS e (pos, base, reading, n)
ORDER BY e.n;

-- many rows, streamed
SELECT count(*), min(pos), max(pos)
FROM annot_extract(repeat('教(jiao)育', 50000));

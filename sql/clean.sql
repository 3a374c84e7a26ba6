--
-- clean: annot_clean() on every kind of annotation the issue lists, and on
-- everything it must leave byte-identical.  Each row says what it wants;
-- ok is false when the result differs.
--
CREATE TEMP TABLE clean_case (id serial, topic text, input text, want text);

-- annotations that must go
INSERT INTO clean_case (topic, input, want) VALUES
('1 toneless',        '教(jiao)育',                 '教育'),
('1 toneless',        '职(zhi)业教(jiao)育',        '职业教育'),
('1 repeats',         '職(zhi)(zhi)(zhi)業',        '職業'),
('1 repeats',         '力(li)(li)(li)(li)量',       '力量'),
('2 tone marks',      '會(huì)議',                   '會議'),
('2 tone marks',      '國(guó)家',                   '國家'),
('2 in Japanese',     '中國(guó)の首都',            '中國の首都'),
('2 wrong in context','長(zhǎng)期',                 '長期'),
('3 tone digits',     '學(xue2)生',                  '學生'),
('3 u: and digit',    '綠(lu:4)色',                 '綠色'),
('3 v and digit',     '女(nv3)兒',                  '女兒'),
('3 u umlaut',        '旅(lǚ)行',                   '旅行'),
('4 full-width',      '教（jiào）室',               '教室'),
('4 inner spaces',    '花( huā)園',                 '花園'),
('4 inner spaces',    '花( huā )園',                '花園'),
('5 spaced word',     '徘徊(pái huái)',             '徘徊'),
('5 joined word',     '中文(zhōngwén)',             '中文'),
('5 joined word',     '怎么样(zěnmeyàng)',          '怎么样'),
('5 proper name',     '他在北京(Běijīng)工作',      '他在北京工作'),
('6 ruby with rp',    '<ruby>漢<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>字', '漢字'),
('6 ruby without rp', '<ruby>漢<rt>hàn</rt></ruby>字',                      '漢字'),
('6 ruby with rb',    '<ruby><rb>漢</rb><rt>hàn</rt></ruby>字',             '漢字'),
('7 nested',          '專業(群(qun))',               '專業(群)'),
('spacing kept',      E'教(jiao)育 　\t工(gong)作\n',  E'教育 　\t工作\n');

-- text that must come back byte-identical
INSERT INTO clean_case (topic, input, want)
SELECT topic, input, input FROM (VALUES
('keep list marker',  '(一)開放時間'),
('keep list marker',  '（二）借書'),
('keep parenthetical','五個縣(區)'),
('keep parenthetical','小明（化名）'),
('keep latin word',   '他(he)說'),
('keep caps tag',     '協定(RCEP)生效'),
('keep caps tag',     '名詞(Nc)'),
('keep caps tag',     '狀態動詞(VH)'),
('keep number',       'xterm(1)'),
('keep number',       '經費(2022)'),
('keep unit',         '面積(mm2)'),
('keep gloss',        '天真(naive)'),
('keep gloss',        '自助洗衣店(コインランドリー)'),
('keep wrong reading','教(xue)室'),
('keep too many syl', '教(jiao yu shi)'),
('keep no base',      '(jiao)教'),
('keep unbalanced',   '教(jiao'),
('keep unbalanced',   '教jiao)育'),
('keep nested only',  '教((jiao))'),
('keep empty',        '教()育'),
('keep only brackets',')(（）'),
('keep other planes', E'\U0001F600(a)\U00020000\U0010FFFD'),
('keep decomposed',   E'cafe\u0301(fei)'),
('keep empty string', '')) AS v (topic, input);

SELECT id, topic, input, annot_clean(input) AS got, annot_clean(input) = want AS ok
FROM clean_case ORDER BY id;

-- the result is never longer than the input, and cleaning is idempotent
SELECT count(*) AS cases,
       count(*) FILTER (WHERE octet_length(annot_clean(input)) <= octet_length(input)) AS not_longer,
       count(*) FILTER (WHERE annot_clean(annot_clean(input)) = annot_clean(input)) AS idempotent
FROM clean_case;

-- STRICT: NULL in, NULL out
SELECT annot_clean(NULL) IS NULL AS null_is_null;

-- long input: 100,000 annotations, cleaned exactly
SELECT octet_length(annot_clean(repeat('教(jiao)育', 100000))) AS bytes,
       annot_clean(repeat('教(jiao)育', 100000)) = repeat('教育', 100000) AS ok;

-- text made only of (would-be) annotations
SELECT annot_clean(repeat('(jiao)', 10000)) = repeat('(jiao)', 10000) AS ok;

-- a generated column
CREATE TEMP TABLE clean_article (
	body text,
	body_clean text GENERATED ALWAYS AS (annot_clean(body)) STORED
);
INSERT INTO clean_article (body) VALUES ('本市社(she)区(qu)图(tu)书(shu)馆');
SELECT body_clean FROM clean_article;

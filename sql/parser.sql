--
-- parser: the annot_cjk token stream
--
SET client_min_messages = warning;

-- token types: ids are a permanent contract
SELECT * FROM pg_catalog.ts_token_type('annot_cjk');

-- mixed Han, Latin, digits, full-width, kana, Hangul, emoji, annotations
SELECT t.tokid, a.alias, t.token
FROM pg_catalog.ts_parse('annot_cjk',
       '职业教育Work 5G网络2024年，ＧＤＰ增长３％ カタカナ ﾃｽﾄ 한국어 😀👍 教(jiao)育 國（guó）家 a.b@example.cn https://example.org/x?y=1.') AS t
JOIN pg_catalog.ts_token_type('annot_cjk') AS a ON a.tokid = t.tokid;

-- ts_debug: the annotation and punctuation are not mapped; ts_debug copies
-- tokens before calling the dictionary, so it shows unigrams only
SELECT alias, token, dictionaries, lexemes
FROM pg_catalog.ts_debug('annot_cjk', '國(guó)家 ＧＤＰ, Zhang@Example.COM');

-- every byte is covered exactly once, in order, on hard inputs
CREATE TEMP TABLE hard(id int, t text);
INSERT INTO hard VALUES
  (1, ''),
  (2, ' '),
  (3, repeat(' ', 3000) || '甲' || repeat(' ', 2500)),
  (4, '(' || ')' || '（' || '）' || '(jiao' || '教(' || '育)'),
  (5, '𠀀𠀁𪚥 ' || '𡘙(x)'),
  (6, '😀‍👩‍💻 🇨🇳 ️'),
  (7, 'Ａｂｃ１２３ａｂｃ ﾊﾝｶｸ ｶﾞ'),
  (8, repeat('x', 5000) || repeat('中', 1000) || repeat('5', 3000)),
  (9, E'tab\there\nnew line\r\n' || chr(12288) || '全角空格'),
  (10, '葛︀城 e' || chr(769) || 'cole'),
  (11, '<ruby>漢<rt>kan</rt></ruby>字 職(zhi)(zhi)業'),
  (12, repeat('教(jiao)', 300));
SELECT cfg, id,
       pg_catalog.string_agg(token, '' ORDER BY ord) IS NOT DISTINCT FROM nullif(t, '') AS covered,
       pg_catalog.max(pg_catalog.octet_length(token)) < 2047 AS short,
       pg_catalog.min(tokid) > 0 AS typed
FROM hard CROSS JOIN (VALUES ('annot_cjk'), ('annot_cjk_words')) AS c(cfg)
LEFT JOIN LATERAL pg_catalog.ts_parse(cfg, t) WITH ORDINALITY AS p(tokid, token, ord) ON true
GROUP BY cfg, id, t ORDER BY cfg, id;

-- lexemes: unigram and bigram per CJK character, bigrams stop at non-CJK
-- characters and skip annotations; Latin and numbers whole, folded
SELECT pg_catalog.to_tsvector('annot_cjk', '职业教育，工作 教(jiao)育 ＧＤＰ GDP gdp 5G网络');
SELECT pg_catalog.to_tsvector('annot_cjk', 'カタカナ ｶﾀｶﾅ 한국어');
SELECT pg_catalog.to_tsvector('annot_cjk', 'mail zhang.san@example.com, see www.example.org/a/b or debian.org');

-- ts_lexize never sees the parser's record: unigram only, deterministic
SELECT pg_catalog.ts_lexize('annot_cjk_dict', '教'),
       pg_catalog.ts_lexize('annot_cjk_dict', '職業'),
       pg_catalog.ts_lexize('annot_cjk_dict', 'ＧＤＰ'),
       pg_catalog.ts_lexize('annot_cjk_parts_dict', 'A.B@Example.cn');
-- a token folding to a lexeme longer than 2046 bytes is cut, not corrupted
SELECT pg_catalog.length(pg_catalog.ts_lexize('annot_cjk_dict', repeat(U&'\FDFA', 600))::text) < 2100 AS capped;

-- the lexemes are the same on the raw and on the cleaned text
SELECT r, pg_catalog.to_tsvector('annot_cjk', r) = pg_catalog.to_tsvector('annot_cjk', annot_clean(r)) AS raw_equals_clean
FROM (VALUES ('職(zhi)(zhi)業教(jiao)育 <ruby>漢<rt>hàn</rt></ruby>字'),
             ('國（guó）家(jia)的教育工(gong)作(zuo)'),
             ('中文(zhōngwén)課程，5G網(wang)絡'),
             ('教(jiao)')) AS v(r);
SELECT pg_catalog.to_tsvector('annot_cjk', '職(zhi)(zhi)業教(jiao)育 <ruby>漢<rt>hàn</rt></ruby>字');

-- a different dictionary API user (no parser record) gets unigrams
SELECT pg_catalog.to_tsvector('annot_cjk', '教育') <> pg_catalog.to_tsvector('simple', '教育') AS differs;

-- unknown dictionary options are rejected
CREATE TEXT SEARCH DICTIONARY bad_dict (TEMPLATE = annot_cjk_template, foo = 1);

-- annot_cjk_words: ICU words on the cleaned text; annotations stay inside
-- the word they follow and leave its lexeme
SELECT * FROM pg_catalog.ts_token_type('annot_cjk_words');
SELECT tokid, token FROM pg_catalog.ts_parse('annot_cjk_words', '(x)教(jiao)育 Hello 2024');
SELECT pg_catalog.to_tsvector('annot_cjk_words', r) = pg_catalog.to_tsvector('annot_cjk_words', annot_clean(r)) AS raw_equals_clean
FROM (VALUES ('職(zhi)(zhi)業教(jiao)育工(gong)作'), ('國（guó）家(jia)的教育')) AS v(r);
SELECT word, ndoc FROM pg_catalog.ts_stat($$SELECT pg_catalog.to_tsvector('annot_cjk_words', t) FROM (VALUES ('Hello world'), ('hello 2024')) v(t)$$)
ORDER BY ndoc DESC, word;
SELECT annot_cjk_icu_version() ~ '^[0-9]+[.]' AS icu_version;

-- Demo step 20: readings.  annot_pinyin cleans first; where the article
-- carries an annotation that reading wins, elsewhere the reading comes from
-- phrases and rules in context (Simplified or Traditional alike).
\echo
\echo '=== Heteronyms read in context (Simplified and Traditional)'
SELECT s AS text, annot_pinyin(s) AS tone, annot_pinyin(s, 'number') AS number
FROM (VALUES ('银行行长'), ('銀行行長'), ('重庆的音乐会'), ('他们一起长大，后来都当了校长。'),
             ('會計說還得再算一遍')) AS t(s);

\echo
\echo '=== The four styles'
SELECT style, annot_pinyin('用Python写中文', style) AS reading
FROM unnest(ARRAY['tone', 'number', 'plain', 'first']) AS style;

\echo
\echo '=== Annotated input: the annotation''s reading wins (長(chang) kept its syllable, tone from the dictionary)'
SELECT annot_pinyin('他長(chang)大了') AS annotated, annot_pinyin('他長大了') AS from_context;

\echo
\echo '=== annot_pinyin_array: one element per character of annot_clean(body), NULL for non-Han'
SELECT annot_pinyin_array('職(zhi)業教育，2023年', 'number') AS readings;

\echo
\echo '=== The sample articles: first 120 characters of their reading'
SELECT id, left(annot_pinyin(body), 120) || ' ...' AS reading
FROM article ORDER BY id;

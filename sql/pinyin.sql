--
-- pinyin: annot_pinyin() and annot_pinyin_array(): heteronyms read in
-- context (Simplified and Traditional alike), the four styles, annotations
-- winning over the dictionary, non-Han text, the array's shape, errors.
-- Our own sentences only.
--
CREATE TEMP TABLE pinyin_case (id serial, topic text, input text, style text, want text);

INSERT INTO pinyin_case (topic, input, style, want) VALUES
-- heteronyms in words, Simplified and Traditional
('word',        '银行',       'tone', 'yín háng'),
('word',        '銀行',       'tone', 'yín háng'),
('word',        '重庆',       'tone', 'chóng qìng'),
('word',        '重慶',       'tone', 'chóng qìng'),
('word',        '音乐',       'tone', 'yīn yuè'),
('word',        '音樂',       'tone', 'yīn yuè'),
('word',        '会计',       'tone', 'kuài jì'),
('word',        '會計',       'tone', 'kuài jì'),
('word',        '校长',       'tone', 'xiào zhǎng'),
('word',        '校長',       'tone', 'xiào zhǎng'),
('word',        '长大',       'tone', 'zhǎng dà'),
('word',        '長大',       'tone', 'zhǎng dà'),
('word',        '行走',       'tone', 'xíng zǒu'),
-- heteronyms in sentences
('sentence',    '我在银行工作了三年。',       'tone', 'wǒ zài yín háng gōng zuò le sān nián 。'),
('sentence',    '他們一起長大，後來都當了校長。', 'tone', 'tā men yì qǐ zhǎng dà ， hòu lái dōu dāng le xiào zhǎng 。'),
('sentence',    '重要的事情说三遍',           'tone', 'zhòng yào de shì qíng shuō sān biàn'),
-- styles
('style',       '汉语绿色',   'tone',   'hàn yǔ lǜ sè'),
('style',       '汉语绿色',   'number', 'han4 yu3 lv4 se4'),
('style',       '汉语绿色',   'plain',  'han yu lv se'),
('style',       '汉语绿色',   'first',  'h y l s'),
('style',       '好的',       'number', 'hao3 de5'),
('style',       '好的',       'tone',   'hǎo de'),
-- annotations win over the dictionary (and phrases that contradict them)
('annotation',  '银行(xing2)',    'number', 'yin2 xing2'),
('annotation',  '銀行(xíng)',     'tone',   'yín xíng'),
('annotation',  '长(chang)大',    'number', 'chang2 da4'),
('annotation',  '行(hang)业',     'number', 'hang2 ye4'),
('annotation',  '好了(liao)',     'number', 'hao3 liao3'),
('annotation',  '睡着(zhao)了',   'tone',   'shuì zháo le'),
-- non-Han text: kept, set apart by one space; white space only separates
('non-Han',     '用Python写代码', 'tone',   'yòng Python xiě dài mǎ'),
('non-Han',     '2024年,共3次',   'number', '2024 nian2 , gong4 3 ci4'),
('non-Han',     '  中   文  ',    'plain',  'zhong wen'),
('non-Han',     E'中\t\n文',      'plain',  'zhong wen'),
('non-Han',     'カタカナと漢字', 'plain',  'カタカナと han zi'),
('non-Han',     'hello, world',   'tone',   'hello, world'),
('non-Han',     '',               'tone',   ''),
('non-Han',     '〇',             'number', 'ling2');

SELECT id, topic, input, style, annot_pinyin(input, style) AS got,
       annot_pinyin(input, style) = want AS ok
FROM pinyin_case ORDER BY id;

-- the default style is tone
SELECT annot_pinyin('汉字') AS default_style;

-- annot_pinyin_array: one element per character of annot_clean(input)
SELECT input, annot_pinyin_array(input, style) AS arr,
       pg_catalog.cardinality(annot_pinyin_array(input, style))
         = pg_catalog.char_length(annot_clean(input)) AS same_length
FROM (VALUES ('银行', 'tone'), ('長大了a', 'number'), ('銀行(xíng)。', 'tone'),
             ('用Python写', 'first'), ('', 'tone'), (' ', 'plain')) AS v(input, style);

SELECT count(*) AS rows,
       count(*) FILTER (WHERE pg_catalog.cardinality(annot_pinyin_array(input, style))
                              = pg_catalog.char_length(annot_clean(input))) AS same_length
FROM pinyin_case;

-- NULL for every character that is not Han
SELECT annot_pinyin_array('a中 1') AS arr;

-- strict
SELECT annot_pinyin(NULL) IS NULL AS null_in, annot_pinyin('中', NULL) IS NULL AS null_style,
       annot_pinyin_array(NULL) IS NULL AS null_arr;

-- long input: cut into bounded pieces, every character still read
SELECT pg_catalog.length(annot_pinyin(pg_catalog.repeat('银行行长', 5000), 'number'))
         = 5000 * pg_catalog.length('yin2 hang2 hang2 zhang3 ') - 1 AS long_ok,
       pg_catalog.cardinality(annot_pinyin_array(pg_catalog.repeat('银行行长', 5000))) AS long_arr;

-- errors: an unknown style lists the valid ones
\set VERBOSITY default
SELECT annot_pinyin('中文', 'Tone');
SELECT annot_pinyin_array('中文', 'pinyin');
SELECT annot_pinyin('中文', '');

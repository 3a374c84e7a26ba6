--
-- headline: exact source text, merged highlights, CJK fragments
--
SET client_min_messages = warning;

-- round trip: with HighlightAll and empty selectors the headline is the text
CREATE TEMP TABLE hl(id int, d text);
INSERT INTO hl VALUES
  (1, '计算机 网络 教育'),
  (2, '甲' || repeat(' ', 3000) || '网络'),
  (3, '(' || '网络' || ')' || '（' || '）' || '['),
  (4, '𠀀网𠀁络 🇨🇳😀‍👩‍💻 网络'),
  (5, 'Network 网络 ﾈｯﾄ 네트워크 5G网络 e' || chr(769)),
  (6, '網(wang)絡(luo)教(jiao)育 <ruby>網<rt>wang</rt></ruby>絡'),
  (7, repeat('网络', 2000)),
  (8, E'\n\t网\r\n络  '),
  (9, repeat('x', 3000) || '网络' || repeat('。', 1000));
SELECT id, pg_catalog.ts_headline('annot_cjk', d, pg_catalog.to_tsquery('annot_cjk', '网络'),
                       'HighlightAll=true, StartSel="", StopSel=""') = d AS round_trip
FROM hl ORDER BY id;

-- adjacent matches are one highlight; annotations stay in the text
SELECT pg_catalog.ts_headline('annot_cjk', '计算机 網絡 教育，计算机网络', pg_catalog.to_tsquery('annot_cjk', '网络'));
SELECT pg_catalog.ts_headline('annot_cjk', '網(wang)絡(luo)教育', pg_catalog.plainto_tsquery('annot_cjk', '网络'), 'HighlightAll=true');
SELECT pg_catalog.ts_headline('annot_cjk', 'GDP增长 gdp', pg_catalog.to_tsquery('annot_cjk', 'gdp'));

-- fragments on CJK text: ShortWord defaults to 0, so a fragment may end on
-- any character; MaxWords/MinWords count characters
SELECT pg_catalog.ts_headline('annot_cjk', '我们的教育工作很好，大家都知道的事情，教育是根本。',
                   pg_catalog.to_tsquery('annot_cjk', '教育'), 'MaxWords=6, MinWords=3');
SELECT pg_catalog.ts_headline('annot_cjk', '我们的教育工作很好，大家都知道的事情，教育是根本。',
                   pg_catalog.to_tsquery('annot_cjk', '教育'), 'MaxWords=6, MinWords=3, ShortWord=3');
SELECT pg_catalog.ts_headline('annot_cjk', '前言。我们的教育工作很好，大家都知道的事情，后来的教育是根本。结语。',
                   pg_catalog.to_tsquery('annot_cjk', '教育'), 'MaxFragments=2, MaxWords=5, MinWords=2, FragmentDelimiter=" … "');

-- options prsd_headline rejects are still rejected
SELECT pg_catalog.ts_headline('annot_cjk', '网络', pg_catalog.to_tsquery('annot_cjk', '网络'), 'Foo=1');

--
-- pinyin_search: the annot_cjk_pinyin configuration finds Chinese text by
-- pinyin (joined, spaced, tone marks, tone digits, initials, mixed with
-- characters), Traditional and annotated text included, and by its
-- characters exactly as annot_cjk does.  Our own sentences only.
--
SET client_min_messages = warning;

-- the lexemes of a character: annot_cjk's, then ~syllable, ~pair, ^initials
SELECT pg_catalog.to_tsvector('annot_cjk_pinyin', '职业');
SELECT pg_catalog.to_tsvector('annot_cjk_pinyin', '銀行');
-- a Latin word at the end: itself | each reading at one position;
-- followed by more: one position per syllable
SELECT pg_catalog.to_tsquery('annot_cjk_pinyin', 'xian');
SELECT pg_catalog.to_tsquery('annot_cjk_pinyin', 'zy');
SELECT pg_catalog.to_tsquery('annot_cjk_pinyin', 'zhiye教育');
SELECT pg_catalog.phraseto_tsquery('annot_cjk_pinyin', 'zhi ye');
SELECT pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', 'zhi ye');
SELECT annot_pinyin_tsquery('zhi ye jiao yu'), annot_pinyin_tsquery('xi an'),
       annot_pinyin_tsquery('China Daily');
-- without the parser's record (ts_lexize): the word at one position
SELECT pg_catalog.ts_lexize('annot_cjk_pinyin_dict', 'xian');
SELECT pg_catalog.ts_lexize('annot_cjk_pinyin_dict', 'hello');

CREATE TABLE pydocs (id int PRIMARY KEY, raw text NOT NULL,
                     tsv tsvector GENERATED ALWAYS AS (pg_catalog.to_tsvector('annot_cjk_pinyin', raw)) STORED);
INSERT INTO pydocs VALUES
 (1, '我们的职业教育办得很好。'),
 (2, '我們的職業教育辦得很好。'),               -- Traditional
 (3, '她在职(zhi)业(ye)学校学习。'),            -- annotated
 (4, '教(jiào)育(yù)工作者开会。'),             -- annotated, tone marks
 (5, '西安的城墙很古老。'),
 (6, '他先到了车站。'),
 (7, '这个方案很合理。'),
 (8, '大家对他很反感。'),
 (9, '银行行长来了。'),
 (10, '重庆的火锅很辣。'),
 (11, '音樂會明天開始。'),
 (12, 'The China Daily printed it.'),
 (13, '知道他也来了。'),
 (14, 'zhiye is a pinyin word in Latin text.'),
 (15, '北京和上海都是大城市。');
CREATE INDEX pydocs_tsv ON pydocs USING gin (tsv);
ANALYZE pydocs;

CREATE FUNCTION pg_temp.ids(query tsquery) RETURNS int[] LANGUAGE sql AS
$$ SELECT coalesce(pg_catalog.array_agg(id ORDER BY id), '{}') FROM pydocs WHERE tsv @@ query $$;

CREATE TEMP TABLE q (n serial, q text);
INSERT INTO q (q) VALUES
 ('zhiye'), ('ZhiYe'), ('zhíyè'), ('zhi2ye4'), ('zhi ye'), ('zhi2 ye4'), ('zhí yè'),
 ('zy'), ('zyjy'), ('zhiye教育'), ('职业jiaoyu'), ('zhiye jiaoyu'), ('zy教育'),
 ('jiaoyu'), ('jiao yu'), ('jygz'), ('xian'), ('xi''an'), ('xi an'),
 ('fangan'), ('yinhang'), ('yinxing'), ('hangzhang'), ('chongqing'), ('zhongqing'),
 ('yinyue'), ('yinle'), ('china'), ('china daily'), ('beijing shanghai'),
 ('职业'), ('職業教育'), ('教育'), ('ｚｈｉｙｅ');

-- results of every form, sequential scan
SET enable_indexscan = off; SET enable_bitmapscan = off;
CREATE TEMP TABLE seq AS
SELECT n, q, f, pg_temp.ids(query) AS ids
FROM q, LATERAL (VALUES
   ('to', pg_catalog.to_tsquery('annot_cjk_pinyin', pg_catalog.replace(q, ' ', '<->'))),
   ('plain', pg_catalog.plainto_tsquery('annot_cjk_pinyin', q)),
   ('phrase', pg_catalog.phraseto_tsquery('annot_cjk_pinyin', q)),
   ('web', pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', q)),
   ('helper', annot_pinyin_tsquery(q))) AS v(f, query);
SELECT q, pg_catalog.string_agg(f || ' ' || ids::text, '  ' ORDER BY f) AS results
FROM seq GROUP BY n, q ORDER BY n;

-- the GIN index gives the same results for every query and form
SET enable_seqscan = off; SET enable_indexscan = on; SET enable_bitmapscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM pydocs WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk_pinyin', 'zhiye');
SELECT q, f FROM seq s
WHERE s.ids <> pg_temp.ids(CASE s.f
   WHEN 'to' THEN pg_catalog.to_tsquery('annot_cjk_pinyin', pg_catalog.replace(s.q, ' ', '<->'))
   WHEN 'plain' THEN pg_catalog.plainto_tsquery('annot_cjk_pinyin', s.q)
   WHEN 'phrase' THEN pg_catalog.phraseto_tsquery('annot_cjk_pinyin', s.q)
   WHEN 'web' THEN pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', s.q)
   ELSE annot_pinyin_tsquery(s.q) END);
RESET enable_seqscan; RESET enable_indexscan; RESET enable_bitmapscan;

-- characters: exactly the annot_cjk results, for every form
SELECT q, f FROM (
  SELECT q, f,
   (SELECT coalesce(pg_catalog.array_agg(id ORDER BY id), '{}') FROM pydocs
     WHERE pg_catalog.to_tsvector('annot_cjk', raw) @@ qc) AS a,
   (SELECT coalesce(pg_catalog.array_agg(id ORDER BY id), '{}') FROM pydocs
     WHERE tsv @@ qp) AS b
  FROM (VALUES ('职业'), ('職業教育'), ('教育 工作'), ('银行行长'), ('音乐'), ('西'), ('China'),
               ('daily'), ('很好'), ('他也')) AS v(q),
  LATERAL (VALUES
   ('to', pg_catalog.to_tsquery('annot_cjk', pg_catalog.replace(q, ' ', '&')),
          pg_catalog.to_tsquery('annot_cjk_pinyin', pg_catalog.replace(q, ' ', '&'))),
   ('plain', pg_catalog.plainto_tsquery('annot_cjk', q), pg_catalog.plainto_tsquery('annot_cjk_pinyin', q)),
   ('phrase', pg_catalog.phraseto_tsquery('annot_cjk', q), pg_catalog.phraseto_tsquery('annot_cjk_pinyin', q)),
   ('web', pg_catalog.websearch_to_tsquery('annot_cjk', q), pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', q))
  ) AS f(f, qc, qp)) s
WHERE a <> b;

-- raw annotated text indexes as its cleaned text
SELECT id FROM pydocs
WHERE pg_catalog.to_tsvector('annot_cjk_pinyin', raw) <> pg_catalog.to_tsvector('annot_cjk_pinyin', annot_clean(raw));

-- headlines: the characters a pinyin query matched, source text intact
SELECT pg_catalog.ts_headline('annot_cjk_pinyin', raw, pg_catalog.to_tsquery('annot_cjk_pinyin', 'zhiye'))
FROM pydocs WHERE id IN (1, 3) ORDER BY id;
SELECT pg_catalog.ts_headline('annot_cjk_pinyin', raw, annot_pinyin_tsquery('xi an'))
FROM pydocs WHERE id = 5;
SELECT id FROM pydocs
WHERE pg_catalog.ts_headline('annot_cjk_pinyin', raw, pg_catalog.to_tsquery('annot_cjk_pinyin', 'jiaoyu'),
                              'HighlightAll=true, StartSel="", StopSel=""') <> raw;

-- a character before a Latin word that reads as pinyin: the query asks for
-- the character with the syllable pair, or with the word's mark ("=ye"), at
-- its position, which makes it selective.  Every annot_cjk match of the same
-- text is still found (cjk => glued, cjk_plain => plain); the pinyin reading
-- needs the character and the syllable side by side, as "zhiye" does
SELECT pg_catalog.to_tsquery('annot_cjk_pinyin', '职ye');
SELECT d,
       pg_catalog.to_tsvector('annot_cjk_pinyin', d) @@ pg_catalog.to_tsquery('annot_cjk_pinyin', '职ye') AS glued,
       pg_catalog.to_tsvector('annot_cjk', d) @@ pg_catalog.to_tsquery('annot_cjk', '职ye') AS cjk,
       pg_catalog.to_tsvector('annot_cjk_pinyin', d) @@ pg_catalog.plainto_tsquery('annot_cjk_pinyin', '职 ye') AS plain,
       pg_catalog.to_tsvector('annot_cjk', d) @@ pg_catalog.plainto_tsquery('annot_cjk', '职 ye') AS cjk_plain,
       pg_catalog.to_tsvector('annot_cjk_pinyin', d) @@ pg_catalog.to_tsquery('annot_cjk_pinyin', '職ye') AS trad
FROM (VALUES ('职业教育'), ('我的职ye'), ('职 YE'), ('职，ye'), ('ye的职位'),
             ('职位也'), ('职，业'), ('職業')) v(d);
-- the same for every document of the table, through the index too
SELECT q, pg_catalog.array_agg(id ORDER BY id) AS ids FROM pydocs,
  (VALUES ('教yu'), ('银hang'), ('行zhang'), ('很gu'), ('知dao'), ('到le')) v(q)
WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk_pinyin', pg_catalog.replace(q, ' ', '<->'))
GROUP BY q ORDER BY q;
SET enable_seqscan = off;
SELECT q, pg_catalog.array_agg(id ORDER BY id) AS ids FROM pydocs,
  (VALUES ('教yu'), ('银hang'), ('行zhang'), ('很gu'), ('知dao'), ('到le')) v(q)
WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk_pinyin', pg_catalog.replace(q, ' ', '<->'))
GROUP BY q ORDER BY q;
RESET enable_seqscan;
-- a mark is a search aid: the character before the word is not highlighted
SELECT pg_catalog.ts_headline('annot_cjk_pinyin', '中国AI发展很快，AI好', q)
FROM (VALUES (pg_catalog.to_tsquery('annot_cjk_pinyin', 'ai')),
             (pg_catalog.to_tsquery('annot_cjk_pinyin', '国ai')),
             (pg_catalog.plainto_tsquery('annot_cjk_pinyin', '快 ai'))) v(q);

-- random mixes of characters, pinyin, English, digits, blanks, punctuation
-- and annotations: a text matches its own query in every form, and
-- whatever annot_cjk matches annot_cjk_pinyin matches too
SELECT pg_catalog.setseed(0.42);
CREATE TEMP TABLE mix AS
SELECT i, (SELECT pg_catalog.string_agg((ARRAY['职','业','教','育','中','国','银','行','西','安','ye','ai',
             'zhi','mate','GDP','xian','zy',' ','，','2024','Ｚhi','ài','a','xi''an','(zhi)','長'])
             [1 + pg_catalog.floor(pg_catalog.random() * 26)::int], '')
           FROM pg_catalog.generate_series(1, 1 + i % 12) g WHERE g > 0 * i) AS t
FROM pg_catalog.generate_series(1, 3000) i;
SELECT pg_catalog.count(*) AS texts,
  pg_catalog.count(*) FILTER (WHERE pg_catalog.plainto_tsquery('annot_cjk_pinyin', t) <> ''
    AND NOT pg_catalog.to_tsvector('annot_cjk_pinyin', t) @@ pg_catalog.plainto_tsquery('annot_cjk_pinyin', t)) AS plain_misses_itself,
  pg_catalog.count(*) FILTER (WHERE pg_catalog.phraseto_tsquery('annot_cjk_pinyin', t) <> ''
    AND NOT pg_catalog.to_tsvector('annot_cjk_pinyin', t) @@ pg_catalog.phraseto_tsquery('annot_cjk_pinyin', t)) AS phrase_misses_itself,
  pg_catalog.count(*) FILTER (WHERE pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', t) <> ''
    AND NOT pg_catalog.to_tsvector('annot_cjk_pinyin', t) @@ pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', t)) AS web_misses_itself
FROM mix;
SELECT pg_catalog.count(*) FILTER (WHERE pg_catalog.to_tsvector('annot_cjk', a.t) @@ pg_catalog.phraseto_tsquery('annot_cjk', b.t)) > 500 AS enough_phrase_matches,
  pg_catalog.count(*) FILTER (WHERE pg_catalog.to_tsvector('annot_cjk', a.t) @@ pg_catalog.phraseto_tsquery('annot_cjk', b.t)
    AND NOT pg_catalog.to_tsvector('annot_cjk_pinyin', a.t) @@ pg_catalog.phraseto_tsquery('annot_cjk_pinyin', b.t)) AS phrase_lost,
  pg_catalog.count(*) FILTER (WHERE pg_catalog.to_tsvector('annot_cjk', a.t) @@ pg_catalog.plainto_tsquery('annot_cjk', b.t)
    AND NOT pg_catalog.to_tsvector('annot_cjk_pinyin', a.t) @@ pg_catalog.plainto_tsquery('annot_cjk_pinyin', b.t)) AS plain_lost
FROM (SELECT * FROM mix WHERE i <= 300) a, (SELECT * FROM mix WHERE i % 25 = 0 AND i % 12 < 3) b;

-- hard input: empty, blanks, digits, a very long Latin word, many splits
SELECT pg_catalog.to_tsvector('annot_cjk_pinyin', ''), pg_catalog.to_tsquery('annot_cjk_pinyin', '');
SELECT pg_catalog.plainto_tsquery('annot_cjk_pinyin', '   '), pg_catalog.plainto_tsquery('annot_cjk_pinyin', '2024');
SELECT pg_catalog.length(pg_catalog.to_tsvector('annot_cjk_pinyin', pg_catalog.repeat('zhong', 1000)));
SELECT pg_catalog.length(pg_catalog.to_tsvector('annot_cjk_pinyin', pg_catalog.repeat('ao', 20) || '教育'));
SELECT pg_catalog.numnode(pg_catalog.to_tsquery('annot_cjk_pinyin', pg_catalog.repeat('ao', 20)));
SELECT pg_catalog.to_tsquery('annot_cjk_pinyin', 'mp3'), pg_catalog.to_tsquery('annot_cjk_pinyin', 'zhi9');
SELECT annot_pinyin_tsquery(''), annot_pinyin_tsquery(' zhi   ye ');

-- the template takes no option
CREATE TEXT SEARCH DICTIONARY pydict_bad (TEMPLATE = annot_cjk_pinyin_template, parts = true);

DROP TABLE pydocs;

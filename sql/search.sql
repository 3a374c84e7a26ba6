--
-- search: annot_cjk matching is a pure function of the text
--
SET client_min_messages = warning;

CREATE TEMP TABLE docs(id int PRIMARY KEY, body text);
INSERT INTO docs VALUES
  (1, '我们的职业教育工作很好，大家都知道。'),
  (2, '職業教育與網絡課程：國家計畫'),
  (3, '教育是根本, 工作是手段'),
  (4, '他在5G 网络公司工作，GDP增长３％'),
  (5, '职(zhi)业(ye)教(jiao)育的问题'),
  (6, 'ＧＤＰ与gdp, カタカナとﾃｽﾄ, 한국어 공부'),
  (7, '教书育人'),
  (8, '<ruby>網<rt>wang</rt></ruby>絡安全 mail: Zhang.San@Example.com');

-- the query forms, with and without spaces
CREATE TEMP TABLE queries(q text);
INSERT INTO queries VALUES ('教育'), ('教 育'), ('职业教育'), ('职业 教育'), ('職業教育'),
  ('教'), ('育'), ('网络'), ('網絡'), ('gdp'), ('ＧＤＰ'), ('5G网络'), ('5g 网络'),
  ('教育工作'), ('工作 教育'), ('ﾃｽﾄ'), ('テスト'), ('한국'), ('zhang'), ('zhang.san@example.com');

SELECT q,
  (SELECT pg_catalog.array_agg(id ORDER BY id) FROM docs WHERE pg_catalog.to_tsvector('annot_cjk', body) @@ pg_catalog.to_tsquery('annot_cjk', pg_catalog.replace(q, ' ', '&'))) AS to_q,
  (SELECT pg_catalog.array_agg(id ORDER BY id) FROM docs WHERE pg_catalog.to_tsvector('annot_cjk', body) @@ pg_catalog.plainto_tsquery('annot_cjk', q)) AS plain,
  (SELECT pg_catalog.array_agg(id ORDER BY id) FROM docs WHERE pg_catalog.to_tsvector('annot_cjk', body) @@ pg_catalog.phraseto_tsquery('annot_cjk', q)) AS phrase,
  (SELECT pg_catalog.array_agg(id ORDER BY id) FROM docs WHERE pg_catalog.to_tsvector('annot_cjk', body) @@ pg_catalog.websearch_to_tsquery('annot_cjk', q)) AS web
FROM queries ORDER BY q;

-- the queries themselves
SELECT pg_catalog.to_tsquery('annot_cjk', '教育'),
       pg_catalog.to_tsquery('annot_cjk', '教'),
       pg_catalog.plainto_tsquery('annot_cjk', '職業 教育'),
       pg_catalog.phraseto_tsquery('annot_cjk', '教育 工作');
SELECT pg_catalog.websearch_to_tsquery('annot_cjk', '"教育 工作" -网络 or gdp');
SELECT pg_catalog.to_tsquery('annot_cjk', '教育:*');

-- phrase semantics: 教书育人 has 教 and 育 but not next to each other
SELECT pg_catalog.to_tsvector('annot_cjk', '教书育人') @@ pg_catalog.to_tsquery('annot_cjk', '教育') AS not_a_phrase,
       pg_catalog.to_tsvector('annot_cjk', '教书育人') @@ pg_catalog.to_tsquery('annot_cjk', '教 <2> 育') AS distance_two;

-- annotations inside a phrase do not break it
SELECT pg_catalog.to_tsvector('annot_cjk', '教(jiao)育') @@ pg_catalog.phraseto_tsquery('annot_cjk', '教育') AS annotated_phrase;

-- Simplified and Traditional find each other, full-width finds ASCII
SELECT pg_catalog.to_tsvector('annot_cjk', '職業教育') @@ pg_catalog.to_tsquery('annot_cjk', '职业教育') AS t2s,
       pg_catalog.to_tsvector('annot_cjk', '职业教育') @@ pg_catalog.to_tsquery('annot_cjk', '職業教育') AS s2t,
       pg_catalog.to_tsvector('annot_cjk', 'GDP') @@ pg_catalog.to_tsquery('annot_cjk', 'ＧＤＰ') AS fullwidth;

-- long documents: positions clamp at 16383; the AND form still finds a
-- match past the clamp, the phrase form does not (see README)
SELECT pg_catalog.to_tsvector('annot_cjk', repeat('甲', 20000) || '教育') @@ pg_catalog.plainto_tsquery('annot_cjk', '教育') AS and_found,
       pg_catalog.to_tsvector('annot_cjk', repeat('甲', 20000) || '教育') @@ pg_catalog.phraseto_tsquery('annot_cjk', '教育') AS phrase_found;

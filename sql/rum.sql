--
-- rum: the optional RUM index (extension rum, Debian postgresql-<major>-rum)
-- over annot_cjk and annot_cjk_pinyin vectors finds exactly what a
-- sequential scan finds, for every query form, and serves the ranked page
-- (ORDER BY tsv <=> q) from the index.  Run only where rum is installed
-- (see REGRESS in the Makefile); annot_clean does not depend on it.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS rum;

CREATE TABLE rum_articles (
    id   int PRIMARY KEY,
    raw  text NOT NULL,
    tsv  tsvector GENERATED ALWAYS AS (annot_cjk_tsvector(raw)) STORED,
    ptsv tsvector GENERATED ALWAYS AS (pg_catalog.to_tsvector('annot_cjk_pinyin', raw)) STORED
);
-- every combination of three parts: Simplified, Traditional, annotated,
-- Latin, full-width, kana and Hangul, so each query below has matches and
-- non-matches, some phrases straddle two parts
INSERT INTO rum_articles (id, raw)
SELECT i, pg_catalog.concat_ws('',
         (ARRAY['职业','教育','職業','網絡','国家','GDP','5G','ＧＤＰ','ニュース','뉴스'])[1 + i % 10],
         (ARRAY['教(jiao)育','，','發展','网络','经济','增长',' ','学校','职(zhi)业','。'])[1 + (i / 10) % 10],
         (ARRAY['工作','安全','职业','教育','问题','國家','公司','技术','研究','iPhone'])[1 + (i / 100) % 10],
         CASE WHEN i % 7 = 0 THEN '很好' ELSE '一般' END)
FROM pg_catalog.generate_series(1, 1000) AS i;
CREATE INDEX rum_articles_tsv ON rum_articles USING rum (tsv rum_tsvector_ops);
CREATE INDEX rum_articles_ptsv ON rum_articles USING rum (ptsv rum_tsvector_ops);
ANALYZE rum_articles;

CREATE TEMP TABLE rum_q (cfg regconfig, f text, q text);
INSERT INTO rum_q VALUES
  ('annot_cjk', 'to', '教'), ('annot_cjk', 'to', '教育'), ('annot_cjk', 'to', '职业教育'),
  ('annot_cjk', 'to', '網絡 & !经济'), ('annot_cjk', 'to', '教育 | 研究'), ('annot_cjk', 'to', '教:*'),
  ('annot_cjk', 'plain', '职业 教育'), ('annot_cjk', 'plain', 'gdp增长'), ('annot_cjk', 'plain', 'ＧＤＰ'),
  ('annot_cjk', 'phrase', '教育发展'), ('annot_cjk', 'phrase', '5g网络'), ('annot_cjk', 'phrase', '育工'),
  ('annot_cjk', 'phrase', 'ニュース'), ('annot_cjk', 'phrase', '뉴스经济'), ('annot_cjk', 'web', '"职业教育" -很好'),
  ('annot_cjk', 'web', 'iphone 国家'),
  ('annot_cjk_pinyin', 'to', 'zhiye'), ('annot_cjk_pinyin', 'to', 'jiaoyu'), ('annot_cjk_pinyin', 'to', 'zy'),
  ('annot_cjk_pinyin', 'to', 'zhiye教育'), ('annot_cjk_pinyin', 'plain', 'zhi ye'),
  ('annot_cjk_pinyin', 'phrase', 'wang luo'), ('annot_cjk_pinyin', 'to', '职ye');

CREATE FUNCTION pg_temp.rum_query(cfg regconfig, f text, q text) RETURNS tsquery LANGUAGE sql AS $$
  SELECT CASE f WHEN 'to' THEN pg_catalog.to_tsquery(cfg, q)
                WHEN 'plain' THEN pg_catalog.plainto_tsquery(cfg, q)
                WHEN 'phrase' THEN pg_catalog.phraseto_tsquery(cfg, q)
                ELSE pg_catalog.websearch_to_tsquery(cfg, q) END $$;
CREATE FUNCTION pg_temp.rum_ids(cfg regconfig, query tsquery) RETURNS int[] LANGUAGE sql AS $$
  SELECT coalesce(pg_catalog.array_agg(id ORDER BY id), '{}') FROM rum_articles
  WHERE CASE WHEN cfg = 'annot_cjk'::regconfig THEN tsv @@ query ELSE ptsv @@ query END $$;

-- sequential scans first
SET enable_indexscan = off; SET enable_bitmapscan = off;
CREATE TEMP TABLE rum_seq AS
SELECT cfg, f, q, pg_temp.rum_ids(cfg, pg_temp.rum_query(cfg, f, q)) AS ids FROM rum_q;
-- then the index, through a bitmap scan and through a plain index scan
-- (the one ORDER BY tsv <=> q uses)
SET enable_seqscan = off; SET enable_bitmapscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM rum_articles WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk', '教育');
CREATE TEMP TABLE rum_bitmap AS
SELECT cfg, f, q, pg_temp.rum_ids(cfg, pg_temp.rum_query(cfg, f, q)) AS ids FROM rum_q;
SET enable_bitmapscan = off; SET enable_indexscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM rum_articles WHERE ptsv @@ pg_catalog.to_tsquery('annot_cjk_pinyin', 'zhiye');
SELECT s.cfg, s.f, s.q, pg_catalog.cardinality(s.ids) AS n, s.ids = b.ids AS same_bitmap_scan,
       s.ids = pg_temp.rum_ids(s.cfg, pg_temp.rum_query(s.cfg, s.f, s.q)) AS same_index_scan
FROM rum_seq s JOIN rum_bitmap b USING (cfg, f, q) ORDER BY 1, 2, 3;

-- the ranked page comes from the index: no sort, no recheck of the rows
EXPLAIN (COSTS OFF)
SELECT id FROM rum_articles, pg_catalog.plainto_tsquery('annot_cjk', '职业教育') AS q
WHERE tsv @@ q ORDER BY tsv <=> q LIMIT 10;
SELECT pg_catalog.count(*) AS page, pg_catalog.bool_and(tsv @@ q) AS all_match
FROM (SELECT tsv, q FROM rum_articles, pg_catalog.plainto_tsquery('annot_cjk', '职业教育') AS q
      WHERE tsv @@ q ORDER BY tsv <=> q LIMIT 10) AS page;
RESET enable_seqscan; RESET enable_bitmapscan;

DROP TABLE rum_articles;
DROP EXTENSION rum;

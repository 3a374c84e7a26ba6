--
-- index: GIN results equal sequential-scan results for every query form;
-- the README recipe
--
SET client_min_messages = warning;

-- the README recipe (annot_clean() cleans the raw text; annot_cjk_tsvector()
-- is to_tsvector('annot_cjk', ...) built faster)
CREATE TABLE articles (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raw     text NOT NULL,
    body    text GENERATED ALWAYS AS (annot_clean(raw)) STORED,
    tsv     tsvector GENERATED ALWAYS AS (annot_cjk_tsvector(raw)) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv annot_cjk_ops);

INSERT INTO articles (raw)
SELECT pg_catalog.concat_ws('',
         (ARRAY['职业','教育','工作','網絡','国家','计划','学生','老师','GDP','5G'])[1 + i % 10],
         (ARRAY['教(jiao)育','，','發展','网络','经济','增长',' ','学校','课程','。'])[1 + (i / 10) % 10],
         (ARRAY['工作','安全','职业','教育','问题','國家','公司','技术','研究','方法'])[1 + (i / 100) % 10],
         CASE WHEN i % 7 = 0 THEN '很好' ELSE '一般' END)
FROM pg_catalog.generate_series(1, 2000) AS i;
ANALYZE articles;
SELECT pg_catalog.count(*) FILTER (WHERE tsv <> pg_catalog.to_tsvector('annot_cjk', raw)) AS differ_from_to_tsvector
FROM articles;

CREATE TEMP TABLE q(q text);
INSERT INTO q VALUES ('教育'), ('教'), ('网络'), ('網絡'), ('职业教育'), ('教育 工作'), ('gdp增长'), ('5g网络'), ('很好'), ('国家计划');

CREATE FUNCTION pg_temp.ids(query tsquery) RETURNS int[] LANGUAGE sql AS
$$ SELECT coalesce(pg_catalog.array_agg(id::int ORDER BY id), '{}') FROM articles WHERE tsv @@ query $$;

CREATE TEMP TABLE seq (q text, f text, ids int[]);
-- (run with sequential scans only)
SET enable_indexscan = off; SET enable_bitmapscan = off;
INSERT INTO seq
SELECT q, f, pg_temp.ids(query)
FROM q, LATERAL (VALUES ('to', pg_catalog.to_tsquery('annot_cjk', pg_catalog.replace(q, ' ', '&'))),
                        ('plain', pg_catalog.plainto_tsquery('annot_cjk', q)),
                        ('phrase', pg_catalog.phraseto_tsquery('annot_cjk', q)),
                        ('web', pg_catalog.websearch_to_tsquery('annot_cjk', q))) AS v(f, query);
SET enable_seqscan = off; SET enable_indexscan = on; SET enable_bitmapscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk', '教育');
SELECT s.q, s.f, pg_catalog.cardinality(s.ids) AS n, s.ids = pg_temp.ids(
         CASE s.f WHEN 'to' THEN pg_catalog.to_tsquery('annot_cjk', pg_catalog.replace(s.q, ' ', '&'))
                  WHEN 'plain' THEN pg_catalog.plainto_tsquery('annot_cjk', s.q)
                  WHEN 'phrase' THEN pg_catalog.phraseto_tsquery('annot_cjk', s.q)
                  ELSE pg_catalog.websearch_to_tsquery('annot_cjk', s.q) END) AS same
FROM seq s ORDER BY s.q, s.f;
RESET enable_seqscan;

-- the index finds exactly what LIKE finds on the cleaned text
SELECT q.q, (SELECT pg_catalog.count(*) FROM articles WHERE tsv @@ pg_catalog.phraseto_tsquery('annot_cjk', q.q)) AS fts,
       (SELECT pg_catalog.count(*) FROM articles WHERE body LIKE '%' || q.q || '%') AS "like"
FROM (VALUES ('教育'), ('职业'), ('很好'), ('学校')) AS q(q) ORDER BY 1;

-- the exact recipe for any length: AND form, substring recheck on the
-- folded cleaned text (README "Long documents")
SELECT q.q, (SELECT pg_catalog.count(*) FROM articles
             WHERE tsv @@ pg_catalog.plainto_tsquery('annot_cjk', q.q)
               AND pg_catalog.strpos(annot_cjk_fold(body), annot_cjk_fold(q.q)) > 0) AS recipe,
       (SELECT pg_catalog.count(*) FROM articles WHERE annot_cjk_fold(body) LIKE '%' || annot_cjk_fold(q.q) || '%') AS "like"
FROM (VALUES ('教育工作'), ('職業教育'), ('网络安全'), ('很好')) AS q(q) ORDER BY 1;

-- ranked query with highlighted snippets
SELECT id, pg_catalog.ts_rank_cd(tsv, query) AS rank,
       pg_catalog.ts_headline('annot_cjk', raw, query, 'MaxWords=8, MinWords=2') AS snippet
FROM articles, pg_catalog.websearch_to_tsquery('annot_cjk', '职业教育') AS query
WHERE tsv @@ query
ORDER BY rank DESC, id
LIMIT 3;

DROP TABLE articles;

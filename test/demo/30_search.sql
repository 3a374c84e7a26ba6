-- Demo step 30: search.  The raw annotated text is indexed directly with
-- the annot_cjk configuration (annotations are skipped by the parser), and
-- queried with the standard tsquery functions through a GIN index.
ALTER TABLE article ADD COLUMN tsv tsvector
	GENERATED ALWAYS AS (to_tsvector('annot_cjk', body)) STORED;
CREATE INDEX article_tsv ON article USING gin (tsv annot_cjk_ops);   -- the operator class of 1.2: builds faster, same results

\echo
\echo '=== How annot_cjk sees a text: one position per character, plus the bigram it starts'
SELECT to_tsvector('annot_cjk', '職(zhi)業教育') AS raw_annotated,
       to_tsvector('annot_cjk', '职业教育') AS simplified;
SELECT to_tsquery('annot_cjk', '教育') AS to_tsquery,
       plainto_tsquery('annot_cjk', '职业 教育') AS plainto_tsquery;

\echo
\echo '=== Queries over the articles (Simplified query on Traditional text, one character, annotated text)'
SELECT q AS query, count(*) FILTER (WHERE tsv @@ websearch_to_tsquery('annot_cjk', q)) AS articles,
       string_agg(id::text, ',' ORDER BY id) FILTER (WHERE tsv @@ websearch_to_tsquery('annot_cjk', q)) AS ids
FROM article, (VALUES ('职业教育'), ('會議'), ('馆'), ('"工作会议"'), ('教育 -图书')) AS t(q)
GROUP BY q ORDER BY q;

\echo
\echo '=== Ranked results with highlighted snippets (the raw text, annotations shown as written)'
SELECT id, round(ts_rank_cd(tsv, q)::numeric, 3) AS rank,
       ts_headline('annot_cjk', body, q, 'MaxWords=20, MinWords=8, StartSel=[, StopSel=]') AS snippet
FROM article, websearch_to_tsquery('annot_cjk', '职业教育') AS q
WHERE tsv @@ q
ORDER BY rank DESC, id;

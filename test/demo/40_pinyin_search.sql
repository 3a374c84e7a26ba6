-- Demo step 40: search by pinyin.  The same articles indexed with
-- annot_cjk_pinyin are found by characters, by pinyin typed joined, spaced,
-- with tones or digits, by initials, and by mixes of pinyin and characters.
ALTER TABLE article ADD COLUMN tsv_pinyin tsvector
	GENERATED ALWAYS AS (to_tsvector('annot_cjk_pinyin', body)) STORED;
CREATE INDEX article_tsv_pinyin ON article USING gin (tsv_pinyin annot_cjk_ops);

\echo
\echo '=== What annot_cjk_pinyin adds for 職業 (syllables ~, syllable pairs ~x~y, initials ^xy)'
SELECT to_tsvector('annot_cjk_pinyin', '職業') AS tsvector;

\echo
\echo '=== Queries typed in Latin letters'
SELECT q AS query, fn,
       string_agg(id::text, ',' ORDER BY id) AS articles
FROM (VALUES ('zhiye', 'to_tsquery'), ('zhíyè', 'to_tsquery'), ('zhi2ye4', 'to_tsquery'),
             ('zy', 'to_tsquery'), ('zhiye教育', 'plainto_tsquery'), ('职业jiaoyu', 'plainto_tsquery'),
             ('hui yi', 'annot_pinyin_tsquery'), ('tushuguan', 'websearch_to_tsquery')) AS t(q, fn)
LEFT JOIN article ON tsv_pinyin @@ CASE fn
		WHEN 'to_tsquery' THEN to_tsquery('annot_cjk_pinyin', q)
		WHEN 'plainto_tsquery' THEN plainto_tsquery('annot_cjk_pinyin', q)
		WHEN 'websearch_to_tsquery' THEN websearch_to_tsquery('annot_cjk_pinyin', q)
		ELSE annot_pinyin_tsquery(q) END
GROUP BY q, fn ORDER BY fn, q;

\echo
\echo '=== Highlighted where the pinyin query matched'
SELECT id, ts_headline('annot_cjk_pinyin', body, q, 'MaxWords=16, MinWords=6, StartSel=[, StopSel=]') AS snippet
FROM article, plainto_tsquery('annot_cjk_pinyin', 'zhiye jiaoyu') AS q
WHERE tsv_pinyin @@ q ORDER BY id;

--
-- parallel: every function of the extension is marked the way it behaves,
-- and gives the same results in parallel workers as in the leader
-- (force_parallel_mode on PostgreSQL 15, debug_parallel_query on 16+).
--
SET client_min_messages = warning;

-- Every function is PARALLEL SAFE and STRICT, and every SQL-callable one
-- (no internal argument) IMMUTABLE.  Listed: the exceptions, each of which
-- must be deliberate (annot_cjk_icu_version is STABLE: it reports the ICU
-- library loaded now, which a package upgrade may change).
SELECT p.oid::pg_catalog.regprocedure AS function, p.provolatile AS volatile,
       p.proisstrict AS strict, p.proparallel AS parallel
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
     AND d.objid = p.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'annot_clean')
  AND (p.proparallel <> 's' OR NOT p.proisstrict OR
       (p.provolatile <> 'i' AND NOT 'internal'::pg_catalog.regtype = ANY (p.proargtypes::pg_catalog.regtype[])))
ORDER BY 1::text;

-- how many functions that covers
SELECT count(*) > 10 AS many_functions
FROM pg_catalog.pg_depend d
WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'annot_clean');

-- A table of our own sentences (a regular table: temporary tables are
-- invisible to parallel workers, so a query on one would not go parallel).
CREATE TABLE par_texts (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO par_texts
SELECT i, pg_catalog.concat_ws('',
         (ARRAY['教(jiao)育','職(zhi)(zhi)業','國(guó)家','長(zhǎng)期','<ruby>漢<rt>hàn</rt></ruby>字',
                '银行','重庆','音乐会','(一)總則','他(he)說','ＧＤＰ','カタカナ','한국어','😀'])[1 + i % 14],
         (ARRAY['工作會議','，','發展(fazhan)','網絡','Python','2024年','學(xue2)校','。'])[1 + (i / 14) % 8],
         (ARRAY['还没有还书','行长','长大','徘徊(pái huái)','中文(zhōngwén)','　'])[1 + (i / 112) % 6])
FROM pg_catalog.generate_series(1, 1000) AS i;
ANALYZE par_texts;

-- serial results first
SET max_parallel_workers_per_gather = 0;
CREATE TABLE par_serial AS
SELECT id,
       annot_clean(body) AS clean,
       annot_pinyin(body) AS pinyin,
       annot_pinyin(body, 'number') AS pinyin_number,
       annot_pinyin_array(body, 'plain') AS pinyin_array,
       annot_cjk_fold(body) AS fold,
       (SELECT pg_catalog.array_agg(e::text) FROM annot_extract(body) e) AS extract,
       to_tsvector('annot_cjk', body) AS tsv,
       to_tsvector('annot_cjk_words', body) AS tsv_words,
       ts_headline('annot_cjk', body, plainto_tsquery('annot_cjk', '教育')) AS headline
FROM par_texts;

-- then everything again in parallel workers
RESET max_parallel_workers_per_gather;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
DO $$
BEGIN
	IF pg_catalog.current_setting('server_version_num')::int >= 160000 THEN
		EXECUTE 'SET debug_parallel_query = on';
	ELSE
		EXECUTE 'SET force_parallel_mode = on';
	END IF;
END
$$;

-- the plan really runs the functions in workers
EXPLAIN (COSTS OFF)
SELECT count(*) FROM par_texts WHERE annot_clean(body) <> body;

-- rows whose parallel result differs from the serial one: none
SELECT count(*) AS rows, count(*) FILTER (WHERE
         s.clean IS DISTINCT FROM annot_clean(t.body) OR
         s.pinyin IS DISTINCT FROM annot_pinyin(t.body) OR
         s.pinyin_number IS DISTINCT FROM annot_pinyin(t.body, 'number') OR
         s.pinyin_array IS DISTINCT FROM annot_pinyin_array(t.body, 'plain') OR
         s.fold IS DISTINCT FROM annot_cjk_fold(t.body) OR
         s.extract IS DISTINCT FROM (SELECT pg_catalog.array_agg(e::text) FROM annot_extract(t.body) e) OR
         s.tsv IS DISTINCT FROM to_tsvector('annot_cjk', t.body) OR
         s.tsv IS DISTINCT FROM annot_cjk_tsvector(t.body) OR
         s.tsv_words IS DISTINCT FROM to_tsvector('annot_cjk_words', t.body) OR
         s.headline IS DISTINCT FROM ts_headline('annot_cjk', t.body, plainto_tsquery('annot_cjk', '教育'))
       ) AS differing
FROM par_texts t JOIN par_serial s USING (id);

-- a parallel aggregate over the functions (partial results in each worker)
SELECT count(*) AS annotated, sum(pg_catalog.length(annot_clean(body))) AS clean_chars
FROM par_texts WHERE annot_clean(body) <> body;
SELECT sum(pg_catalog.length(clean)) FILTER (WHERE clean <> t.body) AS serial_clean_chars
FROM par_serial s JOIN par_texts t USING (id);

-- search in workers: the same rows as the serial search
SELECT q, (SELECT count(*) FROM par_texts WHERE to_tsvector('annot_cjk', body) @@ plainto_tsquery('annot_cjk', q)) AS parallel,
          (SELECT count(*) FROM par_serial WHERE tsv @@ plainto_tsquery('annot_cjk', q)) AS serial
FROM (VALUES ('教育'), ('教'), ('职业'), ('国家'), ('gdp'), ('行长'), ('한국어')) AS v(q)
ORDER BY q;

RESET ALL;
DROP TABLE par_serial;
DROP TABLE par_texts;

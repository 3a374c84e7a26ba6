--
-- gin: the annot_cjk_ops operator class answers tsvector @@ tsquery exactly
-- as a sequential scan and as the default tsvector_ops do, for every query
-- form: characters, phrases, prefixes, negation, weights, lexemes of 8
-- bytes or more (whose 64-bit keys are shared, so they are rechecked), and
-- unigrams that a bigram of the query stands for (on vectors that keep the
-- rule and vectors that break it), and OR branches that a sibling absorbs.
--
SET client_min_messages = warning;

-- the ids of table tbl's rows that match q, through a sequential scan
-- ('seq') or through tbl's GIN index ('index')
CREATE FUNCTION pg_temp.ids(tbl regclass, q tsquery, scan text) RETURNS int[]
LANGUAGE plpgsql AS $$
DECLARE
    query text := pg_catalog.format('SELECT pg_catalog.array_agg(id ORDER BY id) FROM %s WHERE tsv @@ $1', tbl);
    plan text := '';
    line text;
    found int[];
BEGIN
    PERFORM pg_catalog.set_config('enable_seqscan', (scan = 'seq')::text, true);
    PERFORM pg_catalog.set_config('enable_bitmapscan', (scan = 'index')::text, true);
    PERFORM pg_catalog.set_config('enable_indexscan', (scan = 'index')::text, true);
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query USING q LOOP
        plan := plan || line;
    END LOOP;
    IF (pg_catalog.strpos(plan, 'Index Scan') > 0) <> (scan = 'index') THEN
        RAISE EXCEPTION 'not a % scan: %', scan, plan;
    END IF;
    EXECUTE query INTO found USING q;
    RETURN found;
END $$;
-- for each query of table queries: the ids a sequential scan, the
-- annot_cjk_ops index of table ops and the tsvector_ops index of table dflt
-- (a copy of ops) find
CREATE FUNCTION pg_temp.by_scan(ops regclass, dflt regclass, queries regclass)
RETURNS TABLE (q text, seq int[], annot_cjk_ops int[], tsvector_ops int[])
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
        'SELECT DISTINCT q::text, pg_temp.ids(%1$L, q, ''seq''), pg_temp.ids(%1$L, q, ''index''), '
        'pg_temp.ids(%2$L, q, ''index'') FROM %3$s', ops, dflt, queries);
END $$;

CREATE TEMP TABLE gin_src(id int PRIMARY KEY, body text);
INSERT INTO gin_src VALUES
  (1, '我们的职业教育工作很好，大家都知道。'),
  (2, '職業教育與網絡課程：國家計畫'),
  (3, '他在5G 网络公司工作，GDP增长３％'),
  (4, '职(zhi)业(ye)教(jiao)育的问题, 職(zhi)(zhi)業'),
  (5, 'ＧＤＰ与gdp, カタカナとﾃｽﾄ, 한국어 공부'),
  (6, '<ruby>網<rt>wang</rt></ruby>絡安全 mail: Zhang.San@Example.com, https://www.example.com/a/b?c=1'),
  (7, ''),
  (8, 'international internationalization internet intern interns'),
  (9, 'nationalist nationals national nation abcdefgh'),
  (10, 'government governments governor nationality abcdefghi 𠀀𠀁 𠀀 教育部'),
  (11, repeat('教育', 300) || '结束'),
  (12, repeat('甲乙', 9000) || '教育'),
  (13, '教书育人 教 育 育教'),
  (14, '经济 中国经济 中国的经济');
-- random strings over a small alphabet of every token class
SELECT pg_catalog.setseed(0.17);
INSERT INTO gin_src
SELECT 100 + g, (SELECT string_agg(substr('教育職業(zhi)ab1 ，。カﾃﾞ한@.:/x-中国经济internationa', 1 + (random() * 40)::int, 1), '')
                 FROM generate_series(1, 1 + (random() * 200)::int) WHERE g > 0)
FROM generate_series(1, 200) g;

-- the same rows twice: one table per operator class
CREATE TEMP TABLE gin_ops AS
SELECT id, pg_catalog.setweight(annot_cjk_tsvector(body), (CASE WHEN id % 3 = 0 THEN 'A' ELSE 'D' END)::"char") AS tsv
FROM gin_src;
-- vectors where a two-character lexeme lacks a character as a lexeme (not
-- annot_cjk's, which always has both): the index marks them, and there a
-- query's unigram is never taken from its bigram
INSERT INTO gin_ops VALUES
  (60, '职业'), (61, '职业 业'), (62, '职 职业'), (63, '职 职业 业'), (64, 'カタ タ'),
  (65, '𠀀𠀁 𠀀 𠀁'), (66, '职业:1A 职:1 业:2'), (67, '职业 职 业 教育 育'), (68, '业职 职 业');
CREATE TEMP TABLE gin_default AS SELECT * FROM gin_ops;
CREATE INDEX gin_ops_tsv ON gin_ops USING gin (tsv annot_cjk_ops);
CREATE INDEX gin_default_tsv ON gin_default USING gin (tsv);
ANALYZE gin_ops;
ANALYZE gin_default;

CREATE TEMP TABLE gin_queries(q tsquery);
-- every query form on words, phrases and mixed text
INSERT INTO gin_queries
SELECT f.q FROM
  (VALUES ('教'), ('教育'), ('职业教育'), ('職業'), ('中国经济'), ('经济 中国'), ('gdp'), ('5g 网络'),
          ('international'), ('internationalization'), ('nationality'), ('abcdefgh'), ('abcdefghi'),
          ('government'), ('𠀀𠀁'), ('𠀀'), ('한국'), ('カタカナ'), ('テスト'), ('example.com'),
          ('zhang.san@example.com'), ('甲乙教育'), ('结束'), ('教 育'), ('网络安全'), ('不存在的词')) AS w(w),
  LATERAL (VALUES (pg_catalog.to_tsquery('annot_cjk', pg_catalog.replace(w, ' ', '&'))),
                  (pg_catalog.plainto_tsquery('annot_cjk', w)),
                  (pg_catalog.phraseto_tsquery('annot_cjk', w)),
                  (pg_catalog.websearch_to_tsquery('annot_cjk', w))) AS f(q);
-- operators, prefixes, weights, negation, the empty query
INSERT INTO gin_queries VALUES
  ('教:*'), ('intern:*'), ('internat:*'), ('internati:*'), ('internationalization:*'), ('nationa:*'),
  ('national:*'), ('abcdefgh:*'), ('a:*'), ('gov:* & !government'), ('!教'), ('!教 | gdp'),
  ('教:A'), ('教:D & 育'), ('international:A'), ('教 <2> 育'), ('教 <-> 育'), ('育 <-> 教'),
  ('(中 & 中国) <-> 国'), ('!(经 <-> 济)'), ('nationalist | nationals'), ('nation & !national:*'),
  ('教育 & !教育部'), ('𠀀:*'), (''),
  ('职 & 职业'), ('职业 & 业'), ('职 & 职业 & 业'), ('(职 & 职业) <-> 业'), ('职 & 职业 & !业'),
  ('职 | 职业'), ('职 & (职业 | 教育)'), ('カ & カタ & タ'), ('𠀀 & 𠀀𠀁 & 𠀁'), ('职:A & 职业'),
  ('职 & 职业:A'), ('育 & 教育 & 职'), ('!(职 & 职业)'), ('职 & 业职'), ('职:* & 职业'),
  ('职 & 职业 | 职 & 职业 & 教'), ('(职 & 职业 | 职 & 职业 & 教) <-> 业'), ('!(职 | 职 & 教)'),
  ('(教 & 教育 | 教) & 育'), ('(职 <-> 教) | 职'), ('职:A | 职 & 教'), ('(职 | 职业 & 教) & 教育'),
  ('(教 | 教 & !育) & 教育'), ('(gdp | gdp & 增长) & !增长');

-- each table is searched through its index
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM gin_ops WHERE tsv @@ 'internationalization'::tsquery;
EXPLAIN (COSTS OFF) SELECT id FROM gin_default WHERE tsv @@ 'internationalization'::tsquery;
RESET enable_seqscan;

CREATE TEMP TABLE by_scan AS SELECT * FROM pg_temp.by_scan('gin_ops', 'gin_default', 'gin_queries');
-- no query where the three disagree, and they found something
SELECT * FROM by_scan WHERE seq IS DISTINCT FROM annot_cjk_ops OR seq IS DISTINCT FROM tsvector_ops;
SELECT count(*) AS distinct_queries, count(seq) AS matching, sum(pg_catalog.cardinality(seq)) AS matches FROM by_scan;
-- a few by hand: keys shared by lexemes of 8 bytes and more are told apart by the recheck
SELECT q, annot_cjk_ops FROM by_scan
WHERE q IN ('''abcdefgh''', '''abcdefghi''', '''nationality''', '''national'':*',
            '''internationalization''', '''internati'':*', '''abcdefgh'':*')
ORDER BY q;

-- annot_cjk_pinyin vectors: syllable lexemes ('~zhi~ye', '^zy') have keys
-- of their own (5 bits a letter), exact up to 11 letters
CREATE TEMP TABLE gin_py_ops AS
SELECT id, pg_catalog.to_tsvector('annot_cjk_pinyin', body) AS tsv FROM gin_src WHERE id < 100;
INSERT INTO gin_py_ops VALUES
  (50, pg_catalog.to_tsvector('annot_cjk_pinyin', '装装 双双 中国 重庆 银行 西安 先 ê 欸')),
  (51, '~zhuang~shuang ~ab ~aba ^zy ~zhi~ye'::tsvector),
  (52, '~zhuang~shuangx ~ab1'::tsvector);
CREATE TEMP TABLE gin_py_default AS SELECT * FROM gin_py_ops;
CREATE INDEX gin_py_ops_tsv ON gin_py_ops USING gin (tsv annot_cjk_ops);
CREATE INDEX gin_py_default_tsv ON gin_py_default USING gin (tsv);
CREATE TEMP TABLE gin_py_queries(q tsquery);
INSERT INTO gin_py_queries
SELECT f.q FROM
  (VALUES ('zhiye'), ('zhi ye'), ('zy'), ('zhíyè'), ('zhi2ye4'), ('zhiye教育'), ('职业jiaoyu'), ('zhongguo'),
          ('chongqing'), ('zhongqing'), ('yinhang'), ('xian'), ('xi an'), ('zhuangzhuang'), ('shuangshuang'),
          ('wangluo'), ('guojia'), ('jiaoyu'), ('gdp'), ('教育')) AS w(w),
  LATERAL (VALUES (pg_catalog.to_tsquery('annot_cjk_pinyin', pg_catalog.replace(w, ' ', '&'))),
                  (pg_catalog.plainto_tsquery('annot_cjk_pinyin', w)),
                  (pg_catalog.phraseto_tsquery('annot_cjk_pinyin', w)),
                  (pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', w)),
                  (annot_pinyin_tsquery(w))) AS f(q);
INSERT INTO gin_py_queries VALUES
  ('~zhuang~shuang'), ('~zhuang~shua:*'), ('~zhuang~shuangx'), ('~zh:*'), ('~:*'), ('^:*'), ('~ab'),
  ('~ab1'), ('~ab:*'), ('~ab1:*'), ('^zy'), ('~zhi~ye & !~ab'), ('!~zhi');
CREATE TEMP TABLE py_scan AS SELECT * FROM pg_temp.by_scan('gin_py_ops', 'gin_py_default', 'gin_py_queries');
SELECT * FROM py_scan WHERE seq IS DISTINCT FROM annot_cjk_ops OR seq IS DISTINCT FROM tsvector_ops;
SELECT count(*) AS distinct_queries, count(seq) AS matching, sum(pg_catalog.cardinality(seq)) AS matches FROM py_scan;
SELECT q, annot_cjk_ops FROM py_scan
WHERE q IN ('''~zhuang~shuang''', '''~zhuang~shuangx''', '''~ab''', '''~ab1''', '''~ab'':*', '''~ab1'':*',
            '''~zhuang~shua'':*')
ORDER BY q;

-- keys compare as unsigned numbers: the order of the lexemes' bytes
SELECT annot_cjk_gin_compare(-1, 1) AS minus_one_is_largest,
       annot_cjk_gin_compare(1, 1) AS equal,
       annot_cjk_gin_compare(0, -9223372036854775808) AS zero_is_smallest;

-- the index follows inserts, updates and deletes
INSERT INTO gin_ops VALUES (1000, annot_cjk_tsvector('新的职业教育'));
UPDATE gin_ops SET tsv = annot_cjk_tsvector('职业') WHERE id = 1;
DELETE FROM gin_ops WHERE id = 2;
SET enable_seqscan = off;
SELECT pg_catalog.array_agg(id ORDER BY id) AS found
FROM gin_ops WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk', '职业教育');
RESET enable_seqscan;

-- the operator class and its support functions
SELECT opcname, opcdefault, t.typname AS indexed, k.typname AS key_type
FROM pg_catalog.pg_opclass c
JOIN pg_catalog.pg_type t ON t.oid = c.opcintype
JOIN pg_catalog.pg_type k ON k.oid = c.opckeytype
WHERE opcname = 'annot_cjk_ops';
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel
FROM pg_catalog.pg_proc p WHERE p.proname LIKE 'annot\_cjk\_gin\_%' ORDER BY 1;

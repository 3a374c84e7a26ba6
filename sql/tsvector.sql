--
-- tsvector: annot_cjk_tsvector(text) equals to_tsvector('annot_cjk', text)
-- byte for byte, on the hard cases of the search tests and on the limits
-- make_tsvector applies; it falls back to to_tsvector when the annot_cjk
-- configuration no longer is as installed.
--
SET client_min_messages = warning;

CREATE TEMP TABLE tsv_cases(id int PRIMARY KEY, body text);
INSERT INTO tsv_cases VALUES
  (1, '我们的职业教育工作很好，大家都知道。'),
  (2, '職業教育與網絡課程：國家計畫'),
  (3, '他在5G 网络公司工作，GDP增长３％'),
  (4, '职(zhi)业(ye)教(jiao)育的问题, 職(zhi)(zhi)業'),
  (5, 'ＧＤＰ与gdp, カタカナとﾃｽﾄ, ｶﾞｷﾞｸﾞ, 한국어 공부'),
  (6, '<ruby>網<rt>wang</rt></ruby>絡安全 mail: Zhang.San@Example.com, https://www.example.com/a/b?c=1'),
  (7, ''),
  (8, '，。！？ ... ---   '),
  (9, 'soft­hyphen, e' || chr(769) || 'te, 葛' || chr(917760) || '城, 👍🏽 emoji 😀教育'),
  (10, repeat('x', 3000) || ' 教育 ' || repeat('ab1', 700)),
  (11, repeat('教育', 300) || '结束'),                 -- 256-position cap
  (12, repeat('甲乙', 9000) || '教育'),                -- positions clamp at 16383
  (13, repeat('甲 ', 17000) || '乙'),                  -- clamp with one-letter tokens
  (14, 'Ab12 3.14 1,000 x@y.z a.b.c café ΑΒΓ Кириллица ١٢٣ ࠀ'),
  (15, repeat('漢', 700) || repeat('字', 700));       -- one CJK run of 1400

SELECT id, octet_length(body) AS bytes,
       pg_catalog.length(annot_cjk_tsvector(body)) AS lexemes,
       annot_cjk_tsvector(body)::text = pg_catalog.to_tsvector('annot_cjk', body)::text AS same_text,
       annot_cjk_tsvector(body) = pg_catalog.to_tsvector('annot_cjk', body) AS same_value
FROM tsv_cases ORDER BY id;

-- what one looks like
SELECT annot_cjk_tsvector('職(zhi)業教育 GDP');

-- random strings over a small alphabet of every token class
SELECT pg_catalog.setseed(0.42);
SELECT count(*) AS random_cases,
       count(*) FILTER (WHERE annot_cjk_tsvector(s)::text <> pg_catalog.to_tsvector('annot_cjk', s)::text) AS different
FROM (SELECT (SELECT string_agg(substr('教育職業(zhi)ab1 ，。カﾃﾞ한@.:/x-é' || chr(769), 1 + (random() * 30)::int, 1), '')
              FROM generate_series(1, 1 + (random() * 400)::int) WHERE g > 0) AS s
      FROM generate_series(1, 300) g) r;

-- found by the same queries
SELECT id FROM tsv_cases WHERE annot_cjk_tsvector(body) @@ pg_catalog.to_tsquery('annot_cjk', '教育') ORDER BY id;

-- resolved in its own schema, whatever search_path says
SET search_path = pg_catalog;
SELECT public.annot_cjk_tsvector('教育') = to_tsvector('public.annot_cjk', '教育') AS own_schema;
RESET search_path;

-- an altered configuration: the function follows it through to_tsvector
-- (here: Han characters through the simple dictionary, no bigrams)
ALTER TEXT SEARCH CONFIGURATION annot_cjk ALTER MAPPING FOR cjk REPLACE annot_cjk_dict WITH simple;
SELECT annot_cjk_tsvector(body)::text = pg_catalog.to_tsvector('annot_cjk', body)::text AS same_altered,
       annot_cjk_tsvector(body)
FROM tsv_cases WHERE id = 4;
ALTER TEXT SEARCH CONFIGURATION annot_cjk ALTER MAPPING FOR cjk REPLACE simple WITH annot_cjk_dict;
-- a dictionary option changed, then restored
ALTER TEXT SEARCH DICTIONARY annot_cjk_parts_dict (parts = false);
SELECT annot_cjk_tsvector(body)::text = pg_catalog.to_tsvector('annot_cjk', body)::text AS same_without_parts,
       pg_catalog.length(annot_cjk_tsvector(body)) AS lexemes
FROM tsv_cases WHERE id = 6;
ALTER TEXT SEARCH DICTIONARY annot_cjk_parts_dict (parts = true);
SELECT id FROM tsv_cases
WHERE annot_cjk_tsvector(body)::text <> pg_catalog.to_tsvector('annot_cjk', body)::text;

-- marked like to_tsvector(regconfig, text): immutable, strict, parallel safe
SELECT provolatile, proisstrict, proparallel,
       procost = (SELECT procost FROM pg_catalog.pg_proc
                  WHERE oid = 'pg_catalog.to_tsvector(regconfig, text)'::pg_catalog.regprocedure) AS cost_of_to_tsvector
FROM pg_catalog.pg_proc WHERE oid = 'annot_cjk_tsvector(text)'::pg_catalog.regprocedure;
SELECT annot_cjk_tsvector(NULL) IS NULL AS strict;

--
-- seed: a real annotated article (test/data/seed_annotated_article.txt,
-- 1,227 annotations) cleaned exactly.  The expected text
-- (seed_annotated_article.clean.txt) is the article with every "(pinyin)" group
-- deleted and nothing else touched; its (一) (二) (區) (群) stay.
--
\set seed `cat test/data/seed_annotated_article.txt`
\set seed_clean `cat test/data/seed_annotated_article.clean.txt`

CREATE TEMP TABLE seed AS
SELECT :'seed'::text AS body, :'seed_clean'::text AS want;

SELECT length(body) AS chars, octet_length(body) AS bytes,
       length(want) AS clean_chars, octet_length(want) AS clean_bytes
FROM seed;

-- cleaned exactly, byte for byte
SELECT annot_clean(body) = want AS exact FROM seed;

-- 1,227 bracket groups removed; the real parentheticals kept
SELECT (length(body) - length(replace(body, '(', '')))
     - (length(c) - length(replace(c, '(', ''))) AS groups_removed,
       strpos(c, '(一)') > 0 AS kept_1, strpos(c, '(二)') > 0 AS kept_2,
       strpos(c, '(區)') > 0 AS kept_qu, strpos(c, '(群)') > 0 AS kept_qun,
       strpos(c, '(巴州區第四中') > 0 AS kept_bazhou
FROM (SELECT body, annot_clean(body) AS c FROM seed) s;

-- annot_extract: one row per annotation (identical repeats are one row),
-- in text order, each base found at pos in the cleaned text
SELECT count(*) AS rows,
       count(*) FILTER (WHERE substr(c, e.pos, length(e.base)) = e.base) AS at_pos,
       bool_and(e.reading ~ '^[a-z]+( [a-z]+)*$') AS lower_toneless,
       count(DISTINCT e.pos) AS distinct_pos
FROM (SELECT body, annot_clean(body) AS c FROM seed) s, annot_extract(s.body) e;

SELECT bool_and(pos > prev) AS in_text_order
FROM (SELECT e.pos, lag(e.pos, 1, 0) OVER (ORDER BY e.n) AS prev
      FROM seed, annot_extract(seed.body) WITH ORDINALITY AS e (pos, base, reading, n)) x;

-- the first rows
SELECT e.* FROM seed, annot_extract(seed.body) e LIMIT 8;

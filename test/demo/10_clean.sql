-- Demo step 10: cleaning.  Loads the sample articles of test/data/demo/
-- and the real annotated seed article (first line: title; the rest: body) into a table whose clean text is a
-- generated column, then shows before/after and the extracted readings.
\pset null '(null)'
CREATE EXTENSION annot_clean;

CREATE TABLE article (
	id      serial PRIMARY KEY,
	file    text NOT NULL,
	title   text NOT NULL,
	body    text NOT NULL,
	clean   text GENERATED ALWAYS AS (annot_clean(body)) STORED
);

-- every line of every sample file, as "file:line number:text"
CREATE TEMP TABLE demo_line (raw text);
\copy demo_line FROM PROGRAM 'grep -n "" test/data/demo/*.txt test/data/seed_annotated_article.txt' WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
INSERT INTO article (file, title, body)
SELECT file, max(line) FILTER (WHERE n = 1),
       coalesce(string_agg(line, E'\n' ORDER BY n) FILTER (WHERE n > 1), '')
FROM (SELECT m[1] AS file, m[2]::int AS n, coalesce(m[3], '') AS line
      FROM demo_line, regexp_match(coalesce(raw, ''), '^([^:]*):([0-9]+):(.*)$') AS m) l
GROUP BY file ORDER BY file;

\echo
\echo '=== The articles: body as loaded; after = the generated column clean = annot_clean(body)'
\pset format unaligned
\pset tuples_only on
-- long articles are cut at 400 characters here
SELECT pg_catalog.format(E'\n--- %s. %s  (%s)\nbefore:\n%s\nafter:\n%s',
                         id, title, file,
                         left(body, 400) || CASE WHEN length(body) > 400 THEN ' [...]' ELSE '' END,
                         left(clean, 400) || CASE WHEN length(clean) > 400 THEN ' [...]' ELSE '' END)
FROM article ORDER BY id;
\pset format aligned
\pset tuples_only off

\echo
\echo '=== What changed: characters before/after and annotations found'
SELECT id, title, length(body) AS chars_before, length(clean) AS chars_after,
       (SELECT count(*) FROM annot_extract(body)) AS annotations
FROM article ORDER BY id;

\echo
\echo '=== annot_extract(body): pos = position of base in the clean text (first 20 rows per article)'
SELECT id, pos, base, reading, base_at_pos
FROM (SELECT a.id, e.*, substr(a.clean, e.pos, length(e.base)) = e.base AS base_at_pos
      FROM article a, annot_extract(a.body) WITH ORDINALITY AS e (pos, base, reading, n)) x
WHERE n <= 20
ORDER BY id, pos;

\echo '=== every extracted base sits at its pos in the clean text'
SELECT count(*) AS rows,
       count(*) FILTER (WHERE substr(a.clean, e.pos, length(e.base)) = e.base) AS base_at_pos
FROM article a, annot_extract(a.body) e;

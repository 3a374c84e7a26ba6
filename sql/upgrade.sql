--
-- upgrade: a database created with 1.0, upgraded with ALTER EXTENSION
-- UPDATE (1.0 -> 1.1 -> 1.2 -> 1.3), ends with exactly the objects of a fresh
-- install of the current version, and the tsvectors and index it stored
-- under 1.0 stay valid (no rebuild needed).
-- Runs last: it drops and re-creates the extension.
--
SET client_min_messages = warning;

-- every object of the installed extension, with what matters of it
CREATE TEMP VIEW ext_objects AS
SELECT pg_catalog.pg_describe_object(d.classid, d.objid, 0) AS object,
       pg_catalog.obj_description(d.objid, d.classid::pg_catalog.regclass::pg_catalog.name) AS comment,
       (SELECT p.provolatile::text || p.proisstrict::text || p.proparallel::text || p.procost::text || p.prosrc
        FROM pg_catalog.pg_proc p WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = d.objid) AS props
FROM pg_catalog.pg_depend d
WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'annot_clean')
  AND d.deptype = 'e';
-- as a fresh install of the current version has them
CREATE TEMP TABLE fresh AS SELECT * FROM ext_objects;

SELECT pg_catalog.array_agg(version ORDER BY version) AS versions
FROM pg_catalog.pg_available_extension_versions WHERE name = 'annot_clean';
SELECT source, target, path FROM pg_catalog.pg_extension_update_paths('annot_clean')
WHERE path IS NOT NULL ORDER BY 1, 2;

DROP EXTENSION annot_clean CASCADE;
CREATE EXTENSION annot_clean VERSION '1.0';
SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'annot_clean';

-- data stored under 1.0
CREATE TABLE up_docs (id int PRIMARY KEY, body text,
  clean text GENERATED ALWAYS AS (annot_clean(body)) STORED,
  tsv tsvector GENERATED ALWAYS AS (pg_catalog.to_tsvector('annot_cjk', body)) STORED);
INSERT INTO up_docs(id, body) VALUES
  (1, '职(zhi)业(ye)教(jiao)育的问题'), (2, '職業教育與網絡課程'), (3, 'GDP增长 Zhang.San@Example.com'),
  (4, '教书育人'), (5, repeat('教育', 300));
CREATE INDEX up_docs_tsv ON up_docs USING gin (tsv);
CREATE TEMP TABLE before AS
SELECT id, clean, tsv::text AS tsv, annot_pinyin(body) AS pinyin FROM up_docs;

ALTER EXTENSION annot_clean UPDATE;
SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'annot_clean';

-- the same objects as a fresh install: none missing, none extra
SELECT 'missing after upgrade' AS problem, * FROM (SELECT * FROM fresh EXCEPT SELECT * FROM ext_objects) m
UNION ALL
SELECT 'extra after upgrade', * FROM (SELECT * FROM ext_objects EXCEPT SELECT * FROM fresh) e
ORDER BY 1, 2;
SELECT count(*) AS objects_compared FROM fresh;

-- what 1.0 stored is what the current version computes; the 1.0 index
-- answers as before
SELECT b.id,
       b.clean = annot_clean(d.body) AS same_clean,
       b.tsv = pg_catalog.to_tsvector('annot_cjk', d.body)::text AS same_tsvector,
       b.tsv = annot_cjk_tsvector(d.body)::text AS same_new_builder,
       b.pinyin = annot_pinyin(d.body) AS same_pinyin
FROM before b JOIN up_docs d USING (id) ORDER BY b.id;
SET enable_seqscan = off;
SELECT pg_catalog.array_agg(id ORDER BY id) AS index_scan
FROM up_docs WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk', '职业教育');
RESET enable_seqscan;
SELECT pg_catalog.array_agg(id ORDER BY id) AS seq_scan
FROM up_docs WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk', '职业教育');
-- the 1.2 operator class indexes the stored vectors as they are
DROP INDEX up_docs_tsv;
CREATE INDEX up_docs_tsv_ops ON up_docs USING gin (tsv annot_cjk_ops);
SET enable_seqscan = off;
SELECT pg_catalog.array_agg(id ORDER BY id) AS annot_cjk_ops_scan
FROM up_docs WHERE tsv @@ pg_catalog.to_tsquery('annot_cjk', '职业教育');
RESET enable_seqscan;

DROP TABLE up_docs;

--
-- init: install the extension (the later tests rely on it) and list what
-- it creates.
--
CREATE EXTENSION annot_clean;

SELECT extname, extversion, extrelocatable
FROM pg_catalog.pg_extension WHERE extname = 'annot_clean';

-- every object of the extension carries a COMMENT (like \dx+ annot_clean,
-- listing only the objects that lack one: none)
SELECT pg_catalog.pg_describe_object(d.classid, d.objid, 0) AS uncommented
FROM pg_catalog.pg_depend d
WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'annot_clean')
  AND d.deptype = 'e'
  AND pg_catalog.obj_description(d.objid, d.classid::pg_catalog.regclass::pg_catalog.name) IS NULL
ORDER BY 1;

-- the objects of the cleaning capability (the others list theirs in their
-- own tests, so adding a capability does not change this file)
SELECT pg_catalog.pg_describe_object(classid, objid, 0) AS object
FROM pg_catalog.pg_depend
WHERE refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  AND refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'annot_clean')
  AND deptype = 'e'
  AND pg_catalog.pg_describe_object(classid, objid, 0) ~ '^function annot_(clean|extract)\('
ORDER BY 1;

-- the cleaning functions: immutable, strict, parallel safe, C, commented
SELECT p.oid::pg_catalog.regprocedure AS function, p.provolatile AS volatile,
       p.proisstrict AS strict, p.proparallel AS parallel, l.lanname AS language,
       p.proretset AS set, pg_catalog.obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE p.proname IN ('annot_clean', 'annot_extract')
ORDER BY 1::text;

SELECT pg_catalog.pg_get_function_result('annot_extract(text)'::pg_catalog.regprocedure);

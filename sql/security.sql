--
-- security: the install script uses plain CREATE FUNCTION, so a function
-- of the same name planted in the target schema beforehand makes CREATE
-- EXTENSION fail instead of being silently adopted or replaced.  Runs in a
-- database of its own, since the extension is already installed here.
--
\set SHOW_CONTEXT never
CREATE DATABASE annot_security TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
\c annot_security
CREATE SCHEMA target;
CREATE FUNCTION target.annot_clean(text) RETURNS text
	LANGUAGE sql IMMUTABLE AS $$ SELECT 'planted'::text $$;

CREATE EXTENSION annot_clean SCHEMA target;
SELECT :'LAST_ERROR_SQLSTATE' AS sqlstate;
-- nothing was installed, the planted function is untouched and owned by no extension
SELECT count(*) AS extensions FROM pg_extension WHERE extname = 'annot_clean';
SELECT target.annot_clean('教(jiao)育');
SELECT count(*) AS extension_members
FROM pg_depend WHERE objid = 'target.annot_clean(text)'::regprocedure AND deptype = 'e';

-- once it is gone, the extension installs into that schema
DROP FUNCTION target.annot_clean(text);
CREATE EXTENSION annot_clean SCHEMA target;
SELECT target.annot_clean('教(jiao)育');

\c contrib_regression
DROP DATABASE annot_security;

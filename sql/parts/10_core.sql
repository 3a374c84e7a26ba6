
-- ---- 10_core: cleaning (annot_clean, annot_extract) ----

-- The functions work on UTF-8 bytes: refuse other database encodings now,
-- with a hint, rather than failing at every call later.  This script must
-- stay ASCII (the Makefile checks): it is read in the database encoding,
-- and a non-ASCII byte would fail in EUC_CN before this check could run.
DO $annot_clean_check$
BEGIN
	IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
		RAISE EXCEPTION 'annot_clean requires a UTF8 database'
			USING ERRCODE = 'feature_not_supported',
				DETAIL = pg_catalog.format('The encoding of database %I is %s.',
					pg_catalog.current_database(), pg_catalog.getdatabaseencoding()),
				HINT = 'Create the extension in a database created with ENCODING ''UTF8'', for example CREATE DATABASE articles TEMPLATE template0 ENCODING ''UTF8''.';
	END IF;
END
$annot_clean_check$;

CREATE FUNCTION annot_clean(text)
RETURNS text
AS 'MODULE_PATHNAME', 'annot_clean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION annot_clean(text) IS
'the text without its inline reading annotations (pinyin in brackets after Han characters, ruby markup); every other byte unchanged';

CREATE FUNCTION annot_extract(text)
RETURNS TABLE (pos integer, base text, reading text)
AS 'MODULE_PATHNAME', 'annot_extract'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 20;

COMMENT ON FUNCTION annot_extract(text) IS
'one row per reading annotation, in text order: 1-based character position of the annotated characters in annot_clean(text), the characters, their reading';

--
-- encoding: the extension works on UTF-8 only.  In a database of another
-- encoding, CREATE EXTENSION fails with a hint, and so does every call of
-- the functions when they are reached some other way (here: declared by
-- hand from the library).
--
\set SHOW_CONTEXT never
CREATE DATABASE annot_enc_sql_ascii TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE annot_enc_latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE annot_enc_euc_cn TEMPLATE template0 ENCODING 'EUC_CN' LC_COLLATE 'C' LC_CTYPE 'C';

\c annot_enc_sql_ascii
CREATE EXTENSION annot_clean;
SELECT :'LAST_ERROR_SQLSTATE' AS sqlstate;

\c annot_enc_latin1
CREATE EXTENSION annot_clean;
SELECT :'LAST_ERROR_SQLSTATE' AS sqlstate;

\c annot_enc_euc_cn
CREATE EXTENSION annot_clean;
SELECT :'LAST_ERROR_SQLSTATE' AS sqlstate;
SELECT count(*) AS extensions FROM pg_extension WHERE extname = 'annot_clean';

-- call time: the functions check the encoding themselves
CREATE FUNCTION annot_clean(text) RETURNS text
	AS '$libdir/annot_clean', 'annot_clean' LANGUAGE C IMMUTABLE STRICT;
CREATE FUNCTION annot_extract(text) RETURNS TABLE (pos integer, base text, reading text)
	AS '$libdir/annot_clean', 'annot_extract' LANGUAGE C IMMUTABLE STRICT;
SELECT annot_clean('abc');
SELECT :'LAST_ERROR_SQLSTATE' AS sqlstate;
SELECT * FROM annot_extract('abc');
SELECT :'LAST_ERROR_SQLSTATE' AS sqlstate;
CREATE FUNCTION annot_cjk_tsvector(text) RETURNS tsvector
	AS '$libdir/annot_clean', 'annot_cjk_tsvector' LANGUAGE C IMMUTABLE STRICT;
SELECT annot_cjk_tsvector('abc');
SELECT :'LAST_ERROR_SQLSTATE' AS sqlstate;

\c annot_enc_latin1
CREATE FUNCTION annot_clean(text) RETURNS text
	AS '$libdir/annot_clean', 'annot_clean' LANGUAGE C IMMUTABLE STRICT;
SELECT annot_clean('abc');

\c contrib_regression
DROP DATABASE annot_enc_sql_ascii;
DROP DATABASE annot_enc_latin1;
DROP DATABASE annot_enc_euc_cn;
-- and in this UTF8 database it works
SELECT annot_clean('教(jiao)育');

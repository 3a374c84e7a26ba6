/* annot_clean 1.2 install script as released: frozen, never edit it (changes go in sql/parts/ and an upgrade script in sql/upgrade/) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION annot_clean" to load this file. \quit

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

-- ---- 30_pinyin: readings of Chinese text (annot_pinyin, annot_pinyin_array) ----

CREATE FUNCTION annot_pinyin(input text, style text DEFAULT 'tone')
RETURNS text
AS 'MODULE_PATHNAME', 'annot_pinyin'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION annot_pinyin(text, text) IS
'the reading of the text after annot_clean: one pinyin syllable per Han character, read in context (annotations win), other text kept, tokens separated by single spaces; style tone, number, plain or first';

CREATE FUNCTION annot_pinyin_array(input text, style text DEFAULT 'tone')
RETURNS text[]
AS 'MODULE_PATHNAME', 'annot_pinyin_array'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION annot_pinyin_array(text, text) IS
'one element per character of annot_clean(input): the pinyin syllable of a Han character read in context (annotations win), NULL for any other character; style tone, number, plain or first';

-- ---------------------------------------------------------------------
-- Full-text search: parser, template, dictionaries, configurations
-- ---------------------------------------------------------------------

CREATE FUNCTION annot_cjk_prs_start(internal, int4)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_prs_gettoken(internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_prs_end(internal)
RETURNS void
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_prs_lextype(internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_prs_headline(internal, internal, tsquery)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

COMMENT ON FUNCTION annot_cjk_prs_start(internal, int4) IS 'annot_cjk text search parser: start';
COMMENT ON FUNCTION annot_cjk_prs_gettoken(internal, internal, internal) IS 'annot_cjk text search parser: next token';
COMMENT ON FUNCTION annot_cjk_prs_end(internal) IS 'annot_cjk text search parser: end';
COMMENT ON FUNCTION annot_cjk_prs_lextype(internal) IS 'annot_cjk text search parser: token types';
COMMENT ON FUNCTION annot_cjk_prs_headline(internal, internal, tsquery) IS 'annot_cjk text search parsers: headline (prsd_headline with CJK defaults, merged highlights)';

CREATE TEXT SEARCH PARSER annot_cjk (
	START = annot_cjk_prs_start,
	GETTOKEN = annot_cjk_prs_gettoken,
	END = annot_cjk_prs_end,
	LEXTYPES = annot_cjk_prs_lextype,
	HEADLINE = annot_cjk_prs_headline
);
COMMENT ON TEXT SEARCH PARSER annot_cjk IS 'CJK characters one per token, words, numbers, e-mails, URLs; reading annotations skipped';

CREATE FUNCTION annot_cjk_dict_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_dict_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

COMMENT ON FUNCTION annot_cjk_dict_init(internal) IS 'annot_cjk_template: init';
COMMENT ON FUNCTION annot_cjk_dict_lexize(internal, internal, internal, internal) IS 'annot_cjk_template: lexize';

CREATE TEXT SEARCH TEMPLATE annot_cjk_template (
	INIT = annot_cjk_dict_init,
	LEXIZE = annot_cjk_dict_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE annot_cjk_template IS 'NFKC case folding and Traditional-to-Simplified folding; CJK bigrams from the annot_cjk parser';

CREATE TEXT SEARCH DICTIONARY annot_cjk_dict (
	TEMPLATE = annot_cjk_template
);
COMMENT ON TEXT SEARCH DICTIONARY annot_cjk_dict IS 'Folded words; a CJK character and the bigram it starts';

CREATE TEXT SEARCH DICTIONARY annot_cjk_parts_dict (
	TEMPLATE = annot_cjk_template,
	parts = true
);
COMMENT ON TEXT SEARCH DICTIONARY annot_cjk_parts_dict IS 'Folded e-mail address or URL, plus each word in it';

CREATE TEXT SEARCH CONFIGURATION annot_cjk (
	PARSER = annot_cjk
);
ALTER TEXT SEARCH CONFIGURATION annot_cjk
	ADD MAPPING FOR word, numword, cjk, kana, hangul, number
	WITH annot_cjk_dict;
ALTER TEXT SEARCH CONFIGURATION annot_cjk
	ADD MAPPING FOR email, url
	WITH annot_cjk_parts_dict;
COMMENT ON TEXT SEARCH CONFIGURATION annot_cjk IS 'CJK search: every character, with bigrams; Simplified/Traditional, full-width and case folded; annotations skipped';

CREATE FUNCTION annot_cjk_fold(text)
RETURNS text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_fold(text) IS 'Search folding of every character as annot_cjk applies it (NFKC case folding, Traditional to Simplified), for exact substring rechecks';

-- annot_cjk_words: ICU dictionary words, for word statistics (ts_stat)

CREATE FUNCTION annot_cjk_words_start(internal, int4)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_words_gettoken(internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_words_end(internal)
RETURNS void
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_words_lextype(internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

COMMENT ON FUNCTION annot_cjk_words_start(internal, int4) IS 'annot_cjk_words text search parser: start';
COMMENT ON FUNCTION annot_cjk_words_gettoken(internal, internal, internal) IS 'annot_cjk_words text search parser: next token';
COMMENT ON FUNCTION annot_cjk_words_end(internal) IS 'annot_cjk_words text search parser: end';
COMMENT ON FUNCTION annot_cjk_words_lextype(internal) IS 'annot_cjk_words text search parser: token types';

CREATE TEXT SEARCH PARSER annot_cjk_words (
	START = annot_cjk_words_start,
	GETTOKEN = annot_cjk_words_gettoken,
	END = annot_cjk_words_end,
	LEXTYPES = annot_cjk_words_lextype,
	HEADLINE = annot_cjk_prs_headline
);
COMMENT ON TEXT SEARCH PARSER annot_cjk_words IS 'Words from ICU''s word break iterator (locale zh) on the cleaned text; annotations kept inside the word they follow';

CREATE TEXT SEARCH DICTIONARY annot_cjk_words_dict (
	TEMPLATE = annot_cjk_template,
	clean = true
);
COMMENT ON TEXT SEARCH DICTIONARY annot_cjk_words_dict IS 'Folded words with annotation markup removed';

CREATE TEXT SEARCH CONFIGURATION annot_cjk_words (
	PARSER = annot_cjk_words
);
ALTER TEXT SEARCH CONFIGURATION annot_cjk_words
	ADD MAPPING FOR word, cjk, kana, number
	WITH annot_cjk_words_dict;
COMMENT ON TEXT SEARCH CONFIGURATION annot_cjk_words IS 'ICU dictionary words for word statistics (ts_stat); not for search: segmentation depends on context and on the ICU version';

CREATE FUNCTION annot_cjk_icu_version()
RETURNS text
AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_icu_version() IS 'ICU version behind annot_cjk_words segmentation (rebuild its tsvectors when it changes)';

-- annot_cjk_tsvector: the annot_cjk document vector, built directly (1.1)

CREATE FUNCTION annot_cjk_tsvector(text)
RETURNS tsvector
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_tsvector(text) IS 'Equals to_tsvector(''annot_cjk'', text), built about 3 times faster (falls back to to_tsvector if the annot_cjk configuration was altered)';

-- Planner cost of annot_cjk_tsvector (1.2): the 100 of to_tsvector(regconfig,
-- text), which it stands for, so plans that compute it (a sequential scan,
-- CREATE TABLE AS) get the parallel workers to_tsvector would get.

ALTER FUNCTION annot_cjk_tsvector(text) COST 100;

-- annot_cjk_ops: a GIN operator class for tsvector @@ tsquery with 64-bit
-- keys (1.2).  Same results as the default tsvector_ops; builds faster.

CREATE FUNCTION annot_cjk_gin_compare(int8, int8)
RETURNS int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_gin_compare(int8, int8) IS 'GIN support of annot_cjk_ops: compares two lexeme keys as unsigned numbers';

CREATE FUNCTION annot_cjk_gin_compare_prefix(int8, int8, int2, internal)
RETURNS int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_gin_compare_prefix(int8, int8, int2, internal) IS 'GIN support of annot_cjk_ops: does a lexeme key start with a prefix key';

CREATE FUNCTION annot_cjk_gin_extract_tsvector(tsvector, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_gin_extract_tsvector(tsvector, internal, internal) IS 'GIN support of annot_cjk_ops: the lexeme keys of a tsvector';

CREATE FUNCTION annot_cjk_gin_extract_tsquery(tsquery, internal, int2, internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_gin_extract_tsquery(tsquery, internal, int2, internal, internal, internal, internal) IS 'GIN support of annot_cjk_ops: the lexeme keys of a tsquery';

CREATE FUNCTION annot_cjk_gin_consistent(internal, int2, tsquery, int4, internal, internal, internal, internal)
RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_gin_consistent(internal, int2, tsquery, int4, internal, internal, internal, internal) IS 'GIN support of annot_cjk_ops: can a row with these keys match the tsquery';

CREATE FUNCTION annot_cjk_gin_triconsistent(internal, int2, tsquery, int4, internal, internal, internal)
RETURNS "char"
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_gin_triconsistent(internal, int2, tsquery, int4, internal, internal, internal) IS 'GIN support of annot_cjk_ops: can a row with these keys match the tsquery (ternary)';

CREATE OPERATOR CLASS annot_cjk_ops
FOR TYPE tsvector USING gin AS
	OPERATOR 1 pg_catalog.@@ (tsvector, tsquery),
	FUNCTION 1 annot_cjk_gin_compare(int8, int8),
	FUNCTION 2 annot_cjk_gin_extract_tsvector(tsvector, internal, internal),
	FUNCTION 3 annot_cjk_gin_extract_tsquery(tsquery, internal, int2, internal, internal, internal, internal),
	FUNCTION 4 annot_cjk_gin_consistent(internal, int2, tsquery, int4, internal, internal, internal, internal),
	FUNCTION 5 annot_cjk_gin_compare_prefix(int8, int8, int2, internal),
	FUNCTION 6 annot_cjk_gin_triconsistent(internal, int2, tsquery, int4, internal, internal, internal),
	STORAGE int8;
COMMENT ON OPERATOR FAMILY annot_cjk_ops USING gin IS 'The family of annot_cjk_ops';
COMMENT ON OPERATOR CLASS annot_cjk_ops USING gin IS 'GIN index of tsvector @@ tsquery on 64-bit lexeme keys: the results of tsvector_ops, built faster (recommended for annot_cjk vectors)';

-- ---------------------------------------------------------------------
-- Pinyin search: configuration annot_cjk_pinyin
-- ---------------------------------------------------------------------

CREATE FUNCTION annot_cjk_pinyin_prs_start(internal, int4)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_pinyin_prs_gettoken(internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_pinyin_prs_end(internal)
RETURNS void
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

COMMENT ON FUNCTION annot_cjk_pinyin_prs_start(internal, int4) IS 'annot_cjk_pinyin text search parser: start';
COMMENT ON FUNCTION annot_cjk_pinyin_prs_gettoken(internal, internal, internal) IS 'annot_cjk_pinyin text search parser: next token';
COMMENT ON FUNCTION annot_cjk_pinyin_prs_end(internal) IS 'annot_cjk_pinyin text search parser: end';

CREATE TEXT SEARCH PARSER annot_cjk_pinyin (
	START = annot_cjk_pinyin_prs_start,
	GETTOKEN = annot_cjk_pinyin_prs_gettoken,
	END = annot_cjk_pinyin_prs_end,
	LEXTYPES = annot_cjk_prs_lextype,
	HEADLINE = annot_cjk_prs_headline
);
COMMENT ON TEXT SEARCH PARSER annot_cjk_pinyin IS 'The annot_cjk tokens; also tells the pinyin dictionary whether a Latin word is followed by another indexed token';

CREATE FUNCTION annot_cjk_pinyin_dict_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION annot_cjk_pinyin_dict_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C STRICT PARALLEL SAFE;

COMMENT ON FUNCTION annot_cjk_pinyin_dict_init(internal) IS 'annot_cjk_pinyin_template: init';
COMMENT ON FUNCTION annot_cjk_pinyin_dict_lexize(internal, internal, internal, internal) IS 'annot_cjk_pinyin_template: lexize';

CREATE TEXT SEARCH TEMPLATE annot_cjk_pinyin_template (
	INIT = annot_cjk_pinyin_dict_init,
	LEXIZE = annot_cjk_pinyin_dict_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE annot_cjk_pinyin_template IS 'annot_cjk lexemes plus pinyin: syllables, syllable pairs and initial pairs of Han characters; typed pinyin, joined or not, toned or not, or initials';

CREATE TEXT SEARCH DICTIONARY annot_cjk_pinyin_dict (
	TEMPLATE = annot_cjk_pinyin_template
);
COMMENT ON TEXT SEARCH DICTIONARY annot_cjk_pinyin_dict IS 'Han characters with their readings (~syllable, ~syllable~syllable, ^initials); Latin words as themselves and as pinyin';

CREATE TEXT SEARCH CONFIGURATION annot_cjk_pinyin (
	PARSER = annot_cjk_pinyin
);
ALTER TEXT SEARCH CONFIGURATION annot_cjk_pinyin
	ADD MAPPING FOR word, numword, cjk
	WITH annot_cjk_pinyin_dict;
ALTER TEXT SEARCH CONFIGURATION annot_cjk_pinyin
	ADD MAPPING FOR kana, hangul, number
	WITH annot_cjk_dict;
ALTER TEXT SEARCH CONFIGURATION annot_cjk_pinyin
	ADD MAPPING FOR email, url
	WITH annot_cjk_parts_dict;
COMMENT ON TEXT SEARCH CONFIGURATION annot_cjk_pinyin IS 'annot_cjk, and Chinese found by pinyin: joined or spaced, tone marks or digits, initials, mixed with characters';

CREATE FUNCTION annot_pinyin_tsquery(text)
RETURNS tsquery
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_pinyin_tsquery(text) IS 'Phrase query in annot_cjk_pinyin with the blanks between Latin words removed ("zhi ye" is one word of two characters)';

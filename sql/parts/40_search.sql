
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

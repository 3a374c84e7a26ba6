
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

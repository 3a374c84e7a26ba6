
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


-- annot_cjk_tsvector: the annot_cjk document vector, built directly (1.1)

CREATE FUNCTION annot_cjk_tsvector(text)
RETURNS tsvector
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION annot_cjk_tsvector(text) IS 'Equals to_tsvector(''annot_cjk'', text), built about 3 times faster (falls back to to_tsvector if the annot_cjk configuration was altered)';

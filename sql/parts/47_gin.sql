
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

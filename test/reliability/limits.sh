#!/bin/bash
# test/reliability/limits.sh: inputs close to the 1 GB varlena limit and
# results that would pass it.  Each case must either return the exact
# expected result (never a truncated one) or fail with SQLSTATE 54000
# (program_limit_exceeded); the server must never crash, and the session
# must stay usable.
#
#   test/reliability/limits.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
rel_setup

MAXTEXT=1073741819			# MaxAllocSize - VARHDRSZ: the longest text value
fail=0

# run NAME EXPECT SQL: EXPECT is "=<value>" (the query's one result) or
# "error <SQLSTATE>" or "value-or-error <SQLSTATE>" (core PostgreSQL limits
# that may or may not be reached before ours).
run() {
	local name=$1 expect=$2 sql=$3 out verdict=ok got
	out=$(psql -X -qAt -d rel -v VERBOSITY=verbose 2>&1 <<SQL
\\set VERBOSITY verbose
\\timing on
$sql;
\\timing off
SELECT 'usable:' || (annot_clean('教(jiao)育') = '教育');
SQL
) || true
	got=$(printf '%s\n' "$out" | grep -vE '^(Time:|usable:|LOCATION:|DETAIL:|HINT:)' | head -1)
	case $expect in
		=*) [ "$got" = "${expect#=}" ] || verdict=FAILED ;;
		error\ *) printf '%s' "$got" | grep -q "ERROR:  ${expect#error }:" || verdict=FAILED ;;
	esac
	printf '%s\n' "$out" | grep -q '^usable:true$' || verdict=FAILED
	if grep -qE 'terminated by signal|server process .* was terminated' "$AC_PGDIR/server.log"; then
		verdict=FAILED
	fi
	[ "$verdict" = ok ] || fail=1
	rel_result limits "$name: $(printf '%s' "$got" | cut -c1-160) ($(printf '%s\n' "$out" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1 ms/p' | head -1)): $verdict"
}

# Exact lengths of results that fit.  '教(jiao)育' (12 bytes) cleans to '教育'
# (6 bytes); the most copies that fit in one text value:
N=$((MAXTEXT / 12))
run "annot_clean on $((N * 12)) bytes (just under 1 GB)" "=$((N * 6))" \
	"SELECT octet_length(annot_clean(repeat('教(jiao)育', $N)))"

# '中' reads zhōng (6 bytes): 100 M characters give 700 M - 1 bytes of pinyin.
run "annot_pinyin: 300 MB in, 700 MB out" "=699999999" \
	"SELECT octet_length(annot_pinyin(repeat('中', 100000000)))"

# Results past the limit: 'zhong1 ' is 7 bytes per 3-byte character.
N=$((MAXTEXT / 3))
run "annot_pinyin number style on $((N * 3)) bytes of Han (result ~2.5 GB)" "error 54000" \
	"SELECT octet_length(annot_pinyin(repeat('中', $N), 'number'))"
run "annot_pinyin on 600 MB of Han (result ~1.4 GB)" "error 54000" \
	"SELECT octet_length(annot_pinyin(repeat('中', 200000000)))"
run "annot_pinyin_array on 600 MB of Han (200 M elements)" "error 54000" \
	"SELECT cardinality(annot_pinyin_array(repeat('中', 200000000)))"
# '㍿' (3 bytes) folds to 株式会社 (12 bytes): 300 MB in, 1.2 GB out.
run "annot_cjk_fold growing 300 MB past 1 GB" "error 54000" \
	"SELECT octet_length(annot_cjk_fold(repeat('㍿', 100000000)))"
run "annot_cjk_fold on just under 1 GB of ASCII" "=$MAXTEXT" \
	"SELECT octet_length(annot_cjk_fold(repeat('a', $MAXTEXT)))"
# annot_extract: one row per annotation, 5 M rows.
run "annot_extract on 60 MB (5 M annotations)" "=5000000" \
	"SELECT count(*) FROM annot_extract(repeat('教(jiao)育', 5000000))"
# to_tsvector: PostgreSQL's own limits (1 MB of lexemes, parser word array)
# come first; the error must be clean.
run "to_tsvector annot_cjk on 300 MB" "error 54000" \
	"SELECT length(to_tsvector('annot_cjk', repeat('中文搜索', 25000000)))"
run "to_tsvector annot_cjk_words on 300 MB" "error 54000" \
	"SELECT length(to_tsvector('annot_cjk_words', repeat('中文搜索', 25000000)))"
# annot_cjk_tsvector keeps no per-token array: 300 MB of four characters is
# 8 lexemes at capped positions; 3 M random Han characters exceed the 1 MB
# a tsvector holds, found while collecting.
run "annot_cjk_tsvector on 300 MB" "=8" \
	"SELECT length(annot_cjk_tsvector(repeat('中文搜索', 25000000)))"
run "annot_cjk_tsvector past the tsvector size" "error 54000" \
	"SELECT length(annot_cjk_tsvector(string_agg(chr(19968 + (random() * 20000)::int), ''))) FROM generate_series(1, 3000000)"

exit $fail

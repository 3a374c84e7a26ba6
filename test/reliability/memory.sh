#!/bin/bash
# test/reliability/memory.sh: one backend calls every SQL function of the
# extension CALLS times (default 1,000,000) on varied input; its resident
# memory (/proc/<pid>/status) must stay flat: growth under 5 MB from the end
# of the warm-up pass to the end.  Also runs the error paths (invalid style,
# in a subtransaction each) ERRCALLS times.
#
#   test/reliability/memory.sh [CALLS [ERRCALLS]]
#
# Prints the RSS and the palloc total (pg_backend_memory_contexts) after the
# warm-up and after each step, and one line
#   reliability memory: ... RssAnon+RssFile +N kB (limit 5120 kB) ...: ok|FAILED
set -euo pipefail
CALLS=${1:-1000000}
ERRCALLS=${2:-100000}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
rel_setup
rel_sql -f "$REL_DIR/texts.sql" >/dev/null

RSS_LOG=$AC_PGDIR/rss.log
export RSS_LOG REL_DIR
: >"$RSS_LOG"

# The steps: name and expression.  Together they call every SQL-callable
# function of the extension: the SQL functions, and the parsers' start,
# gettoken, end, lextype and headline and the dictionaries' lexize through
# the text search functions of the three configurations.  Row variables: t
# (a text), q (a query), p (its pinyin, 'jiao yu'), style (a pinyin style),
# cfg (one of our configurations).
STEPS=(
	"annot_clean" "annot_clean(t)"
	"annot_extract" "(SELECT count(*) FROM annot_extract(t))"
	"annot_pinyin" "annot_pinyin(t, style)"
	"annot_pinyin_array" "annot_pinyin_array(t, style)"
	"annot_cjk_fold" "annot_cjk_fold(t)"
	"to_tsvector annot_cjk" "to_tsvector('annot_cjk', t)"
	"annot_cjk_tsvector" "annot_cjk_tsvector(t)"
	"to_tsvector annot_cjk_words" "to_tsvector('annot_cjk_words', t)"
	"to_tsvector annot_cjk_pinyin" "to_tsvector('annot_cjk_pinyin', t)"
	"tsquery (4 forms) annot_cjk" "(to_tsquery('annot_cjk', quote_literal(q)), plainto_tsquery('annot_cjk', q), phraseto_tsquery('annot_cjk', q), websearch_to_tsquery('annot_cjk', q))"
	"annot_pinyin_tsquery" "(annot_pinyin_tsquery(q), annot_pinyin_tsquery(p))"
	"ts_headline annot_cjk" "ts_headline('annot_cjk', t, plainto_tsquery('annot_cjk', q))"
	"ts_headline annot_cjk_pinyin" "ts_headline('annot_cjk_pinyin', t, annot_pinyin_tsquery(p))"
	"ts_debug (3 configs)" "(SELECT count(*) FROM ts_debug(cfg, t))"
	"annot_cjk_icu_version" "annot_cjk_icu_version()"
)

# One step: a query that calls the expression :calls times (count(r), not
# count(*): the planner drops a subquery output nobody reads) on varied input
# (the texts in turn, each with the call number appended), then, unless the
# name is empty, a snapshot of the backend's memory.
#
# The rows come from generate_series in a target list (ProjectSet, one value
# per call), not from generate_series in FROM: a FunctionScan first stores
# all :calls rows in a tuplestore, 4 MB (work_mem) of statement memory before
# it spills to a temporary file.  That memory is freed at the end of the
# statement, but glibc may keep the heap pages (its mmap and trim thresholds
# adapt to the blocks freed before), and the previous version of this script
# measured up to 4.8 MB of RssAnon after whichever step moved them: the same
# with ts_debug('simple') and core's default parser, and none of it with
# MALLOC_MMAP_THRESHOLD_ fixed (test/RESULTS.md, "Memory flatness").
step() {
	local name=$1 expr=$2
	cat <<SQL
SELECT count(r) AS n FROM (
	SELECT $expr AS r
	FROM (SELECT array_agg(body ORDER BY id) AS b, count(*) AS nb FROM rel_texts) a,
		(SELECT array_agg(q ORDER BY id) AS qs, array_agg(annot_pinyin(q, 'plain') ORDER BY id) AS ps,
			count(*) AS nq FROM rel_queries) qq,
		(SELECT pg_catalog.generate_series(1, :calls) AS g) gs,
		LATERAL (SELECT a.b[1 + gs.g % a.nb] || gs.g AS t, qq.qs[1 + gs.g % qq.nq] AS q,
			qq.ps[1 + gs.g % qq.nq] AS p,
			(ARRAY['tone','number','plain','first'])[1 + gs.g % 4] AS style,
			(ARRAY['annot_cjk','annot_cjk_words','annot_cjk_pinyin']::pg_catalog.regconfig[])[1 + gs.g % 3] AS cfg) v
) s \gset
SQL
	[ -z "$name" ] || snapshot "$name"
}

snapshot() {
	cat <<SQL
SELECT (pg_catalog.sum(total_bytes) / 1024)::int8 AS ctx FROM pg_catalog.pg_backend_memory_contexts \gset
\\setenv CTX :ctx
\\! $REL_DIR/rss.sh '$1'
SQL
}

# The error paths: each call fails inside its own subtransaction.
errors() {
	cat <<SQL
DO \$\$
DECLARE i int;
BEGIN
	FOR i IN 1 .. $1 LOOP
		BEGIN
			PERFORM annot_pinyin('中文' || i, 'bogus');
		EXCEPTION WHEN invalid_parameter_value THEN NULL;
		END;
		BEGIN
			PERFORM to_tsvector('annot_cjk_words', repeat('中文', i % 50)), annot_pinyin_array('x', 'nope');
		EXCEPTION WHEN invalid_parameter_value THEN NULL;
		END;
	END LOOP;
END
\$\$;
SQL
}

{
	echo "SELECT pg_backend_pid() AS pid \\gset"
	echo "\\setenv BPID :pid"
	# warm-up: every step and the error paths 2,000 times, so that every
	# code path, cache and table has been touched once
	echo "\\set calls 2000"
	for ((i = 0; i < ${#STEPS[@]}; i += 2)); do
		step "" "${STEPS[i + 1]}"
	done
	errors 200
	snapshot "warm-up (every step x2000)"
	echo "\\set calls $CALLS"
	for ((i = 0; i < ${#STEPS[@]}; i += 2)); do
		step "${STEPS[i]}" "${STEPS[i + 1]}"
	done
	errors "$ERRCALLS"
	snapshot "error paths x$ERRCALLS"
} >"$AC_PGDIR/memory.sql"

ac_log "calling every function $CALLS times in one backend (nice 19)"
start=$(date +%s)
# renice the backend once it exists: psql runs the script, the backend pid is
# the one whose application_name is ours
PGAPPNAME=rel_memory psql -X -v ON_ERROR_STOP=1 -qAt -d rel -f "$AC_PGDIR/memory.sql" >/dev/null &
psql_pid=$!
for _ in $(seq 50); do
	bpid=$(rel_sql -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'rel_memory'" || true)
	[ -n "$bpid" ] && break
	sleep 0.2
done
[ -n "$bpid" ] && renice -n 19 -p "$bpid" >/dev/null
wait "$psql_pid"
secs=$(($(date +%s) - start))

printf '%-34s %8s %8s %8s %8s %8s\n' step VmRSS RssAnon RssFile RssShmem palloc
cat "$RSS_LOG"
echo "(kB; palloc: total of pg_backend_memory_contexts)"
# Shared memory (RssShmem: shared buffers, lock tables) grows as the backend
# touches more of it and is not the backend's own; the backend's own memory
# is RssAnon (heap, palloc) + RssFile (mapped library and table pages).
# Columns: name..., VmRSS, RssAnon, RssFile, RssShmem, palloc (the name has
# blanks, so count from the end).
read -r w_own w_rss < <(awk 'NR == 1 {print $(NF-3) + $(NF-2), $(NF-4)}' "$RSS_LOG")
read -r m_own m_rss < <(awk 'NR > 1 {o = $(NF-3) + $(NF-2); if (o > m) m = o; if ($(NF-4) > r) r = $(NF-4)} END {print m, r}' "$RSS_LOG")
d_own=$((m_own - w_own))
d_rss=$((m_rss - w_rss))
verdict=ok
[ "$d_own" -lt 5120 ] || verdict=FAILED
rel_result memory "$CALLS calls per step, $ERRCALLS error calls, in ${secs} s; peak growth over the warm-up: RssAnon+RssFile +$d_own kB (limit 5120 kB), VmRSS incl. shared memory +$d_rss kB: $verdict"
[ "$verdict" = ok ]

#!/bin/bash
# test/reliability/memory.sh: one backend calls every SQL function of the
# extension CALLS times (default 1,000,000) on varied input; its resident
# memory (/proc/<pid>/status) must stay flat: growth under 5 MB from the end
# of a warm-up pass to the end.  Also runs the error paths (invalid style,
# in a subtransaction each) ERRCALLS times.
#
#   test/reliability/memory.sh [CALLS [ERRCALLS]]
#
# Prints the RSS after each function and one line
#   reliability memory: VmRSS +N kB, RssAnon +M kB (limit 5120 kB): ok|FAILED
set -euo pipefail
CALLS=${1:-1000000}
ERRCALLS=${2:-100000}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
rel_setup
rel_sql -f "$REL_DIR/texts.sql" >/dev/null

RSS_LOG=$AC_PGDIR/rss.log
export RSS_LOG REL_DIR
: >"$RSS_LOG"

# Each step: a query that calls one function CALLS times (count(r), not
# count(*): the planner drops a subquery output nobody reads) on varied input
# (the texts in turn, each with the call number appended), then a snapshot
# of the backend's memory.
step() {
	local name=$1 expr=$2
	cat <<SQL
SELECT count(r) AS n FROM (
	SELECT $expr AS r
	FROM (SELECT array_agg(body ORDER BY id) AS b, count(*) AS nb FROM rel_texts) a,
		(SELECT array_agg(q ORDER BY id) AS qs, count(*) AS nq FROM rel_queries) qq,
		pg_catalog.generate_series(1, :calls) g,
		LATERAL (SELECT a.b[1 + g % a.nb] || g AS t, qq.qs[1 + g % qq.nq] AS q,
			(ARRAY['tone','number','plain','first'])[1 + g % 4] AS style) v
) s \gset
\\! $REL_DIR/rss.sh '$name'
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
	echo "\\set calls 2000"
	# warm-up: touch every code path and table once
	for pass in warm; do
		step "warm-up clean" "annot_clean(t)"
		errors 200
		step "warm-up everything" "(annot_pinyin(t, style), annot_pinyin_array(t, style), annot_cjk_fold(t), to_tsvector('annot_cjk', t), to_tsvector('annot_cjk_words', t), ts_headline('annot_cjk', t, plainto_tsquery('annot_cjk', q)), (SELECT count(*) FROM annot_extract(t)))"
	done
	echo "\\set calls $CALLS"
	step "annot_clean" "annot_clean(t)"
	step "annot_extract" "(SELECT count(*) FROM annot_extract(t))"
	step "annot_pinyin" "annot_pinyin(t, style)"
	step "annot_pinyin_array" "annot_pinyin_array(t, style)"
	step "annot_cjk_fold" "annot_cjk_fold(t)"
	step "to_tsvector annot_cjk" "to_tsvector('annot_cjk', t)"
	step "to_tsvector annot_cjk_words" "to_tsvector('annot_cjk_words', t)"
	step "tsquery (4 forms) annot_cjk" "(to_tsquery('annot_cjk', quote_literal(q)), plainto_tsquery('annot_cjk', q), phraseto_tsquery('annot_cjk', q), websearch_to_tsquery('annot_cjk', q))"
	step "ts_headline annot_cjk" "ts_headline('annot_cjk', t, plainto_tsquery('annot_cjk', q))"
	step "ts_debug annot_cjk_words" "(SELECT count(*) FROM ts_debug('annot_cjk_words', t))"
	step "annot_cjk_icu_version" "annot_cjk_icu_version()"
	errors "$ERRCALLS"
	step "error paths x$ERRCALLS" "1"
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

echo "step                                  VmRSS  RssAnon  RssFile RssShmem (kB)"
cat "$RSS_LOG"
# Shared memory (RssShmem: shared buffers, lock tables) grows as the backend
# touches more of it and is not the backend's own; the backend's own memory
# is RssAnon (heap, palloc) + RssFile (mapped library and table pages).
own() { awk -v step="$1" '$0 ~ step {print $(NF-2) + $(NF-1)}' "$RSS_LOG" | tail -1; }
w_own=$(own '^warm-up everything')
read -r m_own m_rss < <(awk 'NR>2 {o=$(NF-2)+$(NF-1); if (o>m) m=o; if ($(NF-3)>r) r=$(NF-3)} END {print m, r}' "$RSS_LOG")
w_rss=$(awk '/^warm-up everything/ {print $(NF-3)}' "$RSS_LOG")
d_own=$((m_own - w_own))
d_rss=$((m_rss - w_rss))
verdict=ok
[ "$d_own" -lt 5120 ] || verdict=FAILED
rel_result memory "$CALLS calls per function, $ERRCALLS error calls, in ${secs} s; peak growth over the warm-up: RssAnon+RssFile +$d_own kB (limit 5120 kB), VmRSS incl. shared memory +$d_rss kB: $verdict"
[ "$verdict" = ok ]

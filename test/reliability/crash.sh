#!/bin/bash
# test/reliability/crash.sh: kill -9 a backend in the middle of a GIN build
# and in the middle of inserts; after the automatic crash restart, the table
# and its indexes must agree.
#
#   1. CREATE INDEX ... USING gin (to_tsvector('annot_cjk', raw)) on ROWS
#      rows (default 20000), killed while pg_stat_progress_create_index says
#      it is building; after recovery the index must not exist (its creation
#      rolled back) and building it again must give index results equal to
#      sequential-scan results.
#   2. pgbench inserts into a table with generated cleaned text and tsvector
#      and a GIN index (4 clients); one backend is killed mid-run; after
#      recovery: every committed row is there (a log row written by the
#      same transaction agrees), generated columns equal a fresh computation,
#      GIN and btree index results equal sequential scans, amcheck is clean.
#   3. The extension keeps nothing outside core structures: no shared
#      memory of its own, no background worker, nothing to recover.
#
#   test/reliability/crash.sh [ROWS]
set -euo pipefail
ROWS=${1:-20000}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
rel_setup
rel_sql -f "$REL_DIR/texts.sql" >/dev/null
rel_sql -c "CREATE EXTENSION amcheck" >/dev/null
fail=0

wait_ready() {
	local i
	for i in $(seq 3000); do		# recovery can take minutes on a busy machine
		psql -X -qAt -d rel -c "SELECT 1" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	ac_die "the server did not come back after the crash"
}

# index vs seqscan: rows of queries (3 forms x rel_queries) that differ
compare() {
	local table=$1 expr=${2//\'/\'\'}	# quoted for a string literal
	rel_sql <<SQL
CREATE TEMP TABLE r (idx bigint[], seq bigint[]);
DO \$\$
DECLARE rec record; f text; qs tsquery; a bigint[]; b bigint[];
BEGIN
	FOR rec IN SELECT q FROM rel_queries LOOP
		FOREACH f IN ARRAY ARRAY['plainto_tsquery', 'phraseto_tsquery', 'websearch_to_tsquery'] LOOP
			EXECUTE format('SELECT %s(''annot_cjk'', %L)', f, rec.q) INTO qs;
			SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = on; SET LOCAL enable_bitmapscan = on;
			EXECUTE 'SELECT coalesce(array_agg(id ORDER BY id), ''{}'') FROM $table WHERE $expr @@ \$1' INTO a USING qs;
			SET LOCAL enable_seqscan = on; SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off;
			EXECUTE 'SELECT coalesce(array_agg(id ORDER BY id), ''{}'') FROM $table WHERE $expr @@ \$1' INTO b USING qs;
			INSERT INTO r VALUES (a, b);
		END LOOP;
	END LOOP;
END
\$\$;
SELECT count(*) FILTER (WHERE idx <> seq) || ' of ' || count(*) || ' queries differ (' ||
       sum(cardinality(seq)) || ' matching rows)' FROM r;
SQL
}

# ---- 1. kill -9 during a GIN build ----
rel_sql >/dev/null <<SQL
CREATE TABLE docs (id bigint PRIMARY KEY, raw text NOT NULL);
INSERT INTO docs
SELECT g, string_agg(t.body, ' ' ORDER BY (t.id * g) % 26)
FROM generate_series(1, $ROWS) g, rel_texts t
WHERE t.id % (1 + g % 5) = 0
GROUP BY g;
VACUUM ANALYZE docs;
SQL
ac_log "GIN build over $ROWS rows, to be killed while building"
PGAPPNAME=rel_build psql -X -qAt -d rel -c "SET maintenance_work_mem = '64MB'" \
	-c "CREATE INDEX docs_gin ON docs USING gin (to_tsvector('annot_cjk', raw))" \
	>"$AC_PGDIR/build.out" 2>&1 &
build=$!
pid=
for i in $(seq 3000); do
	pid=$(rel_sql -c "SELECT p.pid FROM pg_stat_progress_create_index p JOIN pg_stat_activity a USING (pid)
		WHERE a.application_name = 'rel_build' AND p.phase LIKE 'building index%'" 2>/dev/null || true)
	[ -n "$pid" ] && break
	sleep 0.05
done
[ -n "$pid" ] || ac_die "the GIN build was never seen building"
sleep 1
phase=$(rel_sql -c "SELECT phase || ', ' || tuples_done || ' tuples done' FROM pg_stat_progress_create_index WHERE pid = $pid" || true)
kill -9 "$pid"
wait "$build" || true
wait_ready
exists=$(rel_sql -c "SELECT count(*) FROM pg_class WHERE relname = 'docs_gin'")
t0=$(date +%s.%N)
rel_sql -c "CREATE INDEX docs_gin ON docs USING gin (to_tsvector('annot_cjk', raw))"
t1=$(date +%s.%N)
cmp1=$(compare docs "to_tsvector('annot_cjk', raw)")
heap1=$(rel_sql -c "SELECT count(*) FROM verify_heapam('docs')")
rel_sql -c "SELECT bt_index_check('docs_pkey', true)" >/dev/null
v=ok
{ [ "$exists" -eq 0 ] && [ "${cmp1%% *}" -eq 0 ] && [ "$heap1" -eq 0 ]; } || { v=FAILED; fail=1; }
rel_result crash "GIN build killed ($phase): index after recovery: $exists (rolled back); rebuilt in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s; index vs seqscan: $cmp1; heap problems $heap1; btree ok: $v"

# ---- 2. kill -9 during inserts ----
rel_sql >/dev/null <<'SQL'
CREATE TABLE articles (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	raw		text NOT NULL,
	body	text GENERATED ALWAYS AS (annot_clean(raw)) STORED,
	tsv		tsvector GENERATED ALWAYS AS (to_tsvector('annot_cjk', raw)) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv);
CREATE TABLE inserted (article bigint);
SQL
cat >"$AC_PGDIR/insert.sql" <<'SQL'
\set a random(1, 25)
\set k random(1, 6)
WITH new AS (
	INSERT INTO articles (raw)
	SELECT string_agg(body, ' ' ORDER BY id) || ' #' || :client_id FROM rel_texts
	WHERE id % :k = :a % :k OR id = :a
	RETURNING id)
INSERT INTO inserted SELECT id FROM new;
SQL
ac_log "inserts by 4 clients, one backend to be killed"
PGAPPNAME=rel_insert pgbench -n -d rel -c 4 -j 1 -T 60 -f "$AC_PGDIR/insert.sql" >"$AC_PGDIR/pgbench.out" 2>&1 &
bench=$!
sleep 5
before=$(rel_sql -c "SELECT count(*) FROM inserted")
pid=$(rel_sql -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'rel_insert' AND state = 'active' LIMIT 1")
[ -n "$pid" ] || pid=$(rel_sql -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'rel_insert' LIMIT 1")
kill -9 "$pid"
wait "$bench" || true
wait_ready
read -r rows logged bad < <(rel_sql -F ' ' -c "
SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM inserted),
       (SELECT count(*) FROM articles WHERE body IS DISTINCT FROM annot_clean(raw)
                                         OR tsv IS DISTINCT FROM to_tsvector('annot_cjk', raw))")
orphans=$(rel_sql -c "SELECT count(*) FROM inserted i FULL JOIN articles a ON a.id = i.article WHERE a.id IS NULL OR i.article IS NULL")
cmp2=$(compare articles tsv)
heap2=$(rel_sql -c "SELECT (SELECT count(*) FROM verify_heapam('articles')) + (SELECT count(*) FROM verify_heapam('inserted'))")
rel_sql -c "SELECT bt_index_check('articles_pkey', true)" >/dev/null
v=ok
{ [ "$rows" -eq "$logged" ] && [ "$orphans" -eq 0 ] && [ "$bad" -eq 0 ] && [ "${cmp2%% *}" -eq 0 ] &&
	[ "$heap2" -eq 0 ] && [ "$rows" -ge "$before" ]; } || { v=FAILED; fail=1; }
rel_result crash "inserts killed after $before committed rows: $rows rows, $logged log rows, $orphans unmatched, $bad wrong generated columns; GIN vs seqscan: $cmp2; heap problems $heap2; btree ok: $v"

# ---- 3. nothing outside core structures ----
shm=$(rel_sql -c "SELECT count(*) FROM pg_shmem_allocations WHERE name ILIKE '%annot%'")
bgw=$(rel_sql -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type NOT IN ('client backend', 'autovacuum launcher', 'logical replication launcher', 'background writer', 'checkpointer', 'walwriter', 'autovacuum worker', 'startup', 'archiver', 'walsender', 'walreceiver')")
crashes=$(grep -c 'was terminated by signal 9' "$AC_PGDIR/server.log" || true)
recoveries=$(grep -c 'all server processes terminated; reinitializing' "$AC_PGDIR/server.log" || true)
v=ok
{ [ "$shm" -eq 0 ] && [ "$bgw" -eq 0 ] && [ "$crashes" -eq 2 ] && [ "$recoveries" -eq 2 ]; } || { v=FAILED; fail=1; }
rel_result crash "server log: $crashes backends killed by signal 9, $recoveries crash restarts; shared memory segments of the extension: $shm; other processes: $bgw: $v"
exit $fail

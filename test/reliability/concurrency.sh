#!/bin/bash
# test/reliability/concurrency.sh: CLIENTS pgbench clients (default 8) for
# SECONDS (default 300) insert annotated articles into a table whose cleaned
# text and tsvector are generated columns with a GIN index (fastupdate on,
# so the pending list is merged under load too), while searching it.
# Afterwards: zero failed transactions, every inserted row present, the
# generated columns equal to a fresh computation, GIN index results equal to
# sequential-scan results for every query, amcheck clean.
#
#   test/reliability/concurrency.sh [SECONDS [CLIENTS]]
set -euo pipefail
SECS=${1:-300}
CLIENTS=${2:-8}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
rel_setup
rel_sql -f "$REL_DIR/texts.sql" >/dev/null
rel_sql >/dev/null <<'SQL'
CREATE EXTENSION amcheck;
CREATE TABLE articles (
	id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client	int NOT NULL,
	raw		text NOT NULL,
	body	text GENERATED ALWAYS AS (annot_clean(raw)) STORED,
	tsv		tsvector GENERATED ALWAYS AS (to_tsvector('annot_cjk', raw)) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv);
-- one row per insert transaction, written by the same transaction: the
-- count pgbench reports must match both tables
CREATE TABLE inserted (client int, n bigint);
SQL

W=$AC_PGDIR/work
mkdir -p "$W"
# An article: 1..6 of our sentences, shuffled by the random numbers.
cat >"$W/insert.sql" <<'SQL'
\set a random(1, 25)
\set b random(1, 25)
\set k random(1, 6)
INSERT INTO articles (client, raw)
SELECT :client_id, string_agg(body, ' ' ORDER BY (id * :b) % 26) || ' #' || :client_id || '-' || :a
FROM rel_texts WHERE id % :k = :a % :k OR id = :a;
INSERT INTO inserted VALUES (:client_id, 1);
SQL
cat >"$W/search.sql" <<'SQL'
\set q random(1, 15)
SELECT count(*) FROM articles a, rel_queries r
WHERE r.id = :q AND a.tsv @@ plainto_tsquery('annot_cjk', r.q);
SELECT a.id, ts_headline('annot_cjk', a.body, phraseto_tsquery('annot_cjk', r.q))
FROM articles a, rel_queries r
WHERE r.id = :q AND a.tsv @@ phraseto_tsquery('annot_cjk', r.q)
ORDER BY ts_rank_cd(a.tsv, phraseto_tsquery('annot_cjk', r.q)) DESC LIMIT 5;
SQL

ac_log "pgbench: $CLIENTS clients, $SECS s, inserts and searches"
rc=0
pgbench -n -d rel -c "$CLIENTS" -j 2 -T "$SECS" -f "$W/insert.sql@1" -f "$W/search.sql@1" \
	>"$W/pgbench.out" 2>&1 || rc=$?
cat "$W/pgbench.out"
tx=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' "$W/pgbench.out")
failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$W/pgbench.out")
# per-script counts: "SQL script 1: .../insert.sql" then " - N transactions"
ins=$(awk '/^SQL script 1:/ {s=1} s && /^ - [0-9]+ transactions/ {print $2; exit}' "$W/pgbench.out")

rel_sql -c "VACUUM ANALYZE articles" >/dev/null
read -r rows logged bad_body bad_tsv < <(rel_sql -F ' ' -c "
SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM inserted),
       (SELECT count(*) FROM articles WHERE body IS DISTINCT FROM annot_clean(raw)),
       (SELECT count(*) FROM articles WHERE tsv IS DISTINCT FROM to_tsvector('annot_cjk', raw))")
# index vs sequential scan, for every query in three query forms
mismatch=$(rel_sql <<'SQL'
CREATE TEMP TABLE r (q text, form text, idx bigint[], seq bigint[]);
DO $$
DECLARE rec record; f text; qs tsquery; a bigint[]; b bigint[];
BEGIN
	FOR rec IN SELECT q FROM rel_queries LOOP
		FOREACH f IN ARRAY ARRAY['plainto_tsquery', 'phraseto_tsquery', 'websearch_to_tsquery'] LOOP
			EXECUTE format('SELECT %s(''annot_cjk'', %L)', f, rec.q) INTO qs;
			SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = on; SET LOCAL enable_bitmapscan = on;
			SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO a FROM articles WHERE tsv @@ qs;
			SET LOCAL enable_seqscan = on; SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off;
			SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO b FROM articles WHERE tsv @@ qs;
			INSERT INTO r VALUES (rec.q, f, a, b);
		END LOOP;
	END LOOP;
END
$$;
SELECT count(*) FILTER (WHERE idx <> seq) || ' of ' || count(*) || ' (' ||
       sum(cardinality(seq)) || ' matching rows in all)' FROM r;
SQL
)
amcheck=$(rel_sql -c "SELECT count(*) FROM verify_heapam('articles')" \
	-c "SELECT bt_index_check('articles_pkey', true)" 2>&1 | tr '\n' ' ')

verdict=ok
[ "$rc" -eq 0 ] && [ "${failed:-0}" -eq 0 ] && [ "$rows" -eq "$logged" ] &&
	[ "$rows" -eq "${ins:-0}" ] && [ "$bad_body" -eq 0 ] && [ "$bad_tsv" -eq 0 ] &&
	[ "${mismatch%% *}" -eq 0 ] && [ "$amcheck" = "0  " ] || verdict=FAILED
rel_result concurrency "$CLIENTS clients, $SECS s: $tx transactions (${ins:-?} inserts), ${failed:-0} failed, pgbench exit $rc; rows $rows = inserts $ins = logged $logged; generated columns wrong: $bad_body body, $bad_tsv tsv; index vs seqscan differ: $mismatch; amcheck heap problems + btree: '$amcheck': $verdict"
[ "$verdict" = ok ]

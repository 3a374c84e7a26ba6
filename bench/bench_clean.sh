#!/bin/bash
# bench/bench_clean.sh <corpus_dir>: speed of annot_clean against the regexp
# users write today and against length(body), on the same rows in one run.
#
# Rows: the first $BENCH_ROWS (default 2000) articles of every
# <corpus_dir>/zh_*.jsonl.gz (JSON lines: id, source, title, body).
#   news   the articles as they are (ordinary news, almost no annotations)
#   dense  the same articles with "(reading)" injected after every Han
#          character (bench/inject_readings.c, the core's reading table)
# For each set, $BENCH_REPS (default 5) interleaved repetitions of
#   SELECT count(f(body)) FROM set
# with f = length, annot_clean, the regexp; medians and ratios are printed.
# Bodies are stored uncompressed (STORAGE EXTERNAL), so reading them costs
# as little as possible and the ratios to length(body) are not flattered by
# decompression.  Parallel query is off: one core per query.
#
# Uses its own throwaway cluster and loads the freshly built library from
# that cluster's directory: nothing is installed, no lock is needed.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

CORPUS=${1:?usage: bench/bench_clean.sh <corpus_dir>}
CORPUS=$(cd "$CORPUS" && pwd)
ROWS=${BENCH_ROWS:-2000}
REPS=${BENCH_REPS:-5}
ls "$CORPUS"/zh_*.jsonl.gz >/dev/null 2>&1 || ac_die "no zh_*.jsonl.gz in $CORPUS"

ac_install_deps
ac_build
ac_cluster_start
cd "$AC_ROOT"

# the injection filter, built from the core alone
INJECT=$AC_PGDIR/inject_readings
cc -std=c99 -O2 -Isrc/core -o "$INJECT" bench/inject_readings.c \
	$(ls src/core/*.c src/core/gen/*.c)

# the library and install script, loaded from the cluster's directory
cp annot_clean.so "$AC_PGDIR/annot_clean.so"
chmod 755 "$AC_PGDIR"
[ "$(id -u)" -eq 0 ] && chown "$AC_PG_OWNER" "$AC_PGDIR/annot_clean.so"
sed -e "s|MODULE_PATHNAME|$AC_PGDIR/annot_clean|g" -e '/^\\echo/d' \
	sql/annot_clean--1.0.sql >"$AC_PGDIR/install.sql"

NEWS=$AC_PGDIR/news.jsonl
for f in "$CORPUS"/zh_*.jsonl.gz; do
	zcat "$f" | head -n "$ROWS" || true
done >"$NEWS"
"$INJECT" <"$NEWS" >"$AC_PGDIR/dense.jsonl"

ac_log "loading $(wc -l <"$NEWS") articles"
P="psql -X -q -v ON_ERROR_STOP=1 -P pager=off"
$P -f "$AC_PGDIR/install.sql"
$P <<SQL
SET client_min_messages = warning;
CREATE TABLE raw (set text, n serial, line text);
\\copy raw (line) FROM '$NEWS' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')
UPDATE raw SET set = 'news' WHERE set IS NULL;
\\copy raw (line) FROM '$AC_PGDIR/dense.jsonl' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')
UPDATE raw SET set = 'dense' WHERE set IS NULL;
CREATE TABLE news (id int, body text);
CREATE TABLE dense (id int, body text);
ALTER TABLE news ALTER body SET STORAGE EXTERNAL;
ALTER TABLE dense ALTER body SET STORAGE EXTERNAL;
INSERT INTO news SELECT row_number() OVER (ORDER BY n), line::jsonb ->> 'body' FROM raw WHERE set = 'news';
INSERT INTO dense SELECT row_number() OVER (ORDER BY n), line::jsonb ->> 'body' FROM raw WHERE set = 'dense';
DROP TABLE raw;
VACUUM ANALYZE news;
VACUUM ANALYZE dense;
SQL

ac_log "measuring ($REPS repetitions)"
$P <<SQL
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE TEMP TABLE timing (set text, f text, rep int, ms float8);
DO \$\$
DECLARE
	fns text[] := ARRAY['length(body)', 'annot_clean(body)',
		'regexp_replace(body, ''([\\u4e00-\\u9fff])(\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\))+'', ''\\1'', ''g'')'];
	s text; f text; r int; t0 timestamptz;
BEGIN
	FOREACH s IN ARRAY ARRAY['news', 'dense'] LOOP
		-- warm-up: read every page once, load the library
		EXECUTE format('SELECT count(length(body)), count(annot_clean(body)) FROM %I', s);
		FOR r IN 1..$REPS LOOP
			FOREACH f IN ARRAY fns LOOP
				t0 := clock_timestamp();
				EXECUTE format('SELECT count(%s) FROM %I', f, s);
				INSERT INTO timing VALUES (s, split_part(f, '(', 1), r,
					1000 * extract(epoch FROM clock_timestamp() - t0));
			END LOOP;
		END LOOP;
	END LOOP;
END
\$\$;

\\echo
\\echo 'annot_clean speed, median of $REPS runs (ms); one core, no parallel query'
WITH size AS (
	SELECT 'news' AS set, count(*) AS rows, sum(octet_length(body)) AS bytes,
	       (SELECT count(*) FROM news, annot_extract(body)) AS annotations FROM news
	UNION ALL
	SELECT 'dense', count(*), sum(octet_length(body)),
	       (SELECT count(*) FROM dense, annot_extract(body)) FROM dense
), med AS (
	SELECT set, f, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
	FROM timing GROUP BY set, f
), m AS (
	SELECT set,
	       max(ms) FILTER (WHERE f = 'length') AS len_ms,
	       max(ms) FILTER (WHERE f = 'annot_clean') AS clean_ms,
	       max(ms) FILTER (WHERE f = 'regexp_replace') AS re_ms
	FROM med GROUP BY set
)
SELECT s.set, s.rows, round(s.bytes / 1e6, 1) AS mb, s.annotations,
       round(len_ms::numeric, 1) AS "length ms", round(clean_ms::numeric, 1) AS "annot_clean ms",
       round(re_ms::numeric, 1) AS "regexp ms",
       round((clean_ms / len_ms)::numeric, 2) AS "clean/length",
       round((re_ms / clean_ms)::numeric, 1) AS "regexp/clean",
       round((s.bytes / 1e6 / (clean_ms / 1000))::numeric) AS "clean MB/s"
FROM size s JOIN m USING (set) ORDER BY s.set DESC;

\\echo 'targets: regexp/clean >= 20 on dense; clean/length <= 4 on news'
\\echo
\\echo 'sanity: dense rows that annot_clean turns back into the original article'
SELECT count(*) AS rows, count(*) FILTER (WHERE annot_clean(d.body) = n.body) AS identical
FROM dense d JOIN news n USING (id);
SQL

#!/bin/bash
# test/reliability/cancel.sh: every function stops on a 500 MB value when
# asked, and the backend stays usable.
#
# For each function, in one session:
#   1. SET statement_timeout = '100ms' and call it on a 500 MB value built in
#      the same statement: the statement must end within 1 s;
#   2. without a timeout, call it again and cancel it from another session
#      (pg_cancel_backend, the same interrupt as statement_timeout) once the
#      value is built and the function has been running for 0.5 s: the
#      statement must end within 1 s of the cancel (this shows the function
#      itself checks for interrupts, not only the code building the value);
#   3. a small call in the same session must give the right answer.
#
#   test/reliability/cancel.sh [MB]        (default 500)
set -euo pipefail
MB=${1:-500}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
rel_setup

# About 1 MB of annotated text, repeated MB times.
UNIT='教(jiao)育工作會議，'				# 27 bytes
INNER=$((1048576 / 27))
VALUE="repeat(repeat('$UNIT', $INNER), $MB)"

FUNCS=(
	"length(annot_clean(v))"
	"length(annot_pinyin(v))"
	"cardinality(annot_pinyin_array(v, 'number'))"
	"(SELECT count(*) FROM annot_extract(v))"
	"length(annot_cjk_fold(v))"
	"length(to_tsvector('annot_cjk', v))"
	"length(to_tsvector('annot_cjk_words', v))"
)

ms() { sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p'; }

# Building the value alone, for the cancel delay.
build_ms=$(rel_sql -c '\timing on' -c "SELECT octet_length($VALUE)" | ms | tail -1)
ac_log "building the ${MB} MB value takes $build_ms ms"

fail=0
for f in "${FUNCS[@]}"; do
	out=$AC_PGDIR/cancel.out
	PGAPPNAME=rel_cancel psql -X -qAt -d rel >"$out" 2>&1 <<SQL &
SET statement_timeout = '100ms';
\\timing on
SELECT $f FROM (SELECT $VALUE AS v) s;
\\timing off
RESET statement_timeout;
\\timing on
SELECT /*v2*/ $f FROM (SELECT $VALUE AS v) s;
\\timing off
SELECT annot_clean('教(jiao)育') = '教育' AND annot_pinyin('银行') = 'yín háng' AS usable;
SQL
	sess=$!
	# Wait for the second statement, let it run build + 500 ms, cancel it.
	cancel=$(rel_sql <<SQL
DO \$\$
DECLARE started timestamptz; p int; tries int := 0;
BEGIN
	LOOP
		PERFORM pg_stat_clear_snapshot();	-- else the view stays as it was
		SELECT query_start, pid INTO started, p FROM pg_stat_activity
		WHERE application_name = 'rel_cancel' AND state = 'active' AND query LIKE '%/*v2*/%';
		EXIT WHEN FOUND;
		tries := tries + 1;
		IF tries > 6000 THEN
			RAISE EXCEPTION 'the statement to cancel never started';
		END IF;
		PERFORM pg_sleep(0.01);
	END LOOP;
	PERFORM pg_sleep(greatest(0, ($build_ms + 500) / 1000.0 - extract(epoch FROM clock_timestamp() - started)));
	PERFORM set_config('rel.cancel_after_ms', (extract(epoch FROM clock_timestamp() - started) * 1000)::int::text, false);
	PERFORM pg_cancel_backend(p);
END
\$\$;
SELECT current_setting('rel.cancel_after_ms');
SQL
)
	wait "$sess" || true
	t1=$(ms <"$out" | sed -n 1p)
	t2=$(ms <"$out" | sed -n 2p)
	e1=$(grep -c 'canceling statement due to statement timeout' "$out" || true)
	e2=$(grep -c 'canceling statement due to user request' "$out" || true)
	usable=$(tail -1 "$out")
	lat=$(awk -v a="$t2" -v c="$cancel" 'BEGIN {printf "%d", a - c}')
	verdict=ok
	if [ "$e1" -ne 1 ] || [ "${t1%.*}" -gt 1000 ] || [ "$e2" -ne 1 ] || [ "$lat" -gt 1000 ] || [ "$usable" != t ]; then
		verdict=FAILED
		fail=1
		cat "$out"
	fi
	rel_result cancel "$f on ${MB} MB: timeout 100ms -> ended after ${t1} ms; cancel at ${cancel} ms (value built in ~${build_ms} ms) -> ended ${lat} ms later; backend usable: $usable: $verdict"
done
exit $fail

#!/bin/bash
# test/reliability/cancel.sh: every function stops on a 500 MB value when
# asked, and the backend stays usable.
#
# For each function, in one session:
#   1. SET statement_timeout = '100ms' and call it on a 500 MB value built in
#      the same statement: the statement must end within 1 s;
#   2. without a timeout, call it again and cancel it from another session
#      (pg_cancel_backend, the same interrupt as statement_timeout) once the
#      value is built (the backend's RssAnon has grown by the value's size)
#      and the function has been running for 0.5 s: the statement must end
#      within 1 s of the cancel (this shows the function itself checks for
#      interrupts, not only the code building the value);
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
# The count is volatile on purpose: a constant expression would be folded
# and copied (one uninterruptible 500 MB memcpy per copy) by the planner,
# and the cancel could land there instead of in the function.
VALUE="repeat(repeat('$UNIT', $INNER), $MB + (random() * 0)::int)"

FUNCS=(
	"length(annot_clean(v))"
	"length(annot_pinyin(v))"
	"cardinality(annot_pinyin_array(v, 'number'))"
	"(SELECT count(*) FROM annot_extract(v))"
	"length(annot_cjk_fold(v))"
	"length(to_tsvector('annot_cjk', v))"
	"length(annot_cjk_tsvector(v))"
	"length(to_tsvector('annot_cjk_words', v))"
)

ms() { sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p'; }

anon_kb() { sed -nE 's/^RssAnon:[[:space:]]+([0-9]+).*/\1/p' "/proc/$1/status" 2>/dev/null; }

# Wait for the marked statement, then for its value to be built (RssAnon up
# by MB), 0.5 s more, cancel it; print the cancel time (epoch seconds).
cancel_when_built() {
	local mb=$1 sess=$2 pid= base now i
	for i in $(seq 3000); do
		pid=$(rel_sql -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'rel_cancel' AND state = 'active' AND query LIKE '%/*v2*/%'")
		[ -n "$pid" ] && break
		sleep 0.02
	done
	[ -n "$pid" ] || return 1
	base=$(anon_kb "$pid")
	for i in $(seq 30000); do
		now=$(anon_kb "$pid")
		[ -n "$now" ] && kill -0 "$sess" 2>/dev/null || return 1
		[ $((now - base)) -lt $((mb * 1024 * 98 / 100)) ] || break
		sleep 0.02
	done
	sleep 0.5
	# the server's clock, read right at the cancel
	rel_sql -c "SELECT extract(epoch FROM clock_timestamp()) FROM pg_cancel_backend($pid)"
}

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
SELECT 'end:' || extract(epoch FROM clock_timestamp());
SELECT annot_clean('教(jiao)育') = '教育' AND annot_pinyin('银行') = 'yín háng' AS usable;
SQL
	sess=$!
	cancel_at=$(cancel_when_built "$MB" "$sess") || true
	wait "$sess" || true
	t1=$(ms <"$out" | sed -n 1p)
	t2=$(ms <"$out" | sed -n 2p)
	e1=$(grep -c 'canceling statement due to statement timeout' "$out" || true)
	e2=$(grep -c 'canceling statement due to user request' "$out" || true)
	usable=$(tail -1 "$out")
	end_at=$(sed -nE 's/^end:([0-9.]+)$/\1/p' "$out")
	lat=$(awk -v e="${end_at:-0}" -v c="${cancel_at:-0}" 'BEGIN {printf "%d", (e - c) * 1000}')
	[ -n "$cancel_at" ] || lat=99999
	verdict=ok
	if [ "$e1" -ne 1 ] || [ "${t1%.*}" -gt 1000 ] || [ "$e2" -ne 1 ] || [ "$lat" -gt 1000 ] || [ "$usable" != t ]; then
		verdict=FAILED
		fail=1
		cat "$out"
	fi
	rel_result cancel "$f on ${MB} MB: timeout 100ms -> ended after ${t1} ms; cancelled 0.5 s after the value was built (~${build_ms} ms alone) -> ended after ${t2} ms, ${lat} ms after the cancel; backend usable: $usable: $verdict"
done
exit $fail

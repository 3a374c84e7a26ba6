#!/bin/bash
# test/reliability/valgrind.sh (make valgrindcheck): the pg_regress suite
# against a server running under valgrind memcheck.
#
# The throwaway cluster of scripts/lib.sh is started, stopped, and started
# again as "valgrind postgres ..." with the library preloaded (backends are
# forked, so valgrind follows them; --trace-children covers anything
# exec'd).  Parallel workers are on: the parallel test runs the functions in
# them.  One log per process in
# $VG_OUT (default /tmp/annot_clean_valgrind).  Prints the regression summary
# and one line
#   valgrind: N processes, E errors in all, F in annot_clean code: ok|FAILED
# where an error counts as ours when annot_clean.so is in its stack.
# Debian's server is not built with USE_VALGRIND, so palloc chunks are not
# tracked one by one: this finds invalid reads/writes outside malloc'd
# blocks, use of uninitialised memory and invalid frees, not overruns
# inside a memory context block (the ASan fuzz harnesses cover the core).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
VG_OUT=${VG_OUT:-/tmp/annot_clean_valgrind}

ac_install_deps valgrind
ac_build || ac_die "build failed"
ac_lock					# held until the init test has run CREATE EXTENSION
ac_install || ac_die "make install failed"
ac_cluster_start
ac_as_owner "$PG_BINDIR/pg_ctl" -D "$AC_PGDIR/data" -m fast -w stop >/dev/null

rm -rf "$VG_OUT"
mkdir -p "$VG_OUT"
cp "$REL_DIR/valgrind.supp" "$VG_OUT/"
chown -R "$AC_PG_OWNER" "$VG_OUT" 2>/dev/null || true
ac_log "starting the server under valgrind (logs in $VG_OUT)"
ac_as_owner nice -n 10 valgrind --quiet --trace-children=yes --track-origins=yes \
	--read-var-info=no --num-callers=30 --error-limit=no --leak-check=no \
	--suppressions="$VG_OUT/valgrind.supp" --log-file="$VG_OUT/%p.log" \
	"$PG_BINDIR/postgres" -D "$AC_PGDIR/data" -p "$PGPORT" -k "$AC_PGDIR" \
	-c listen_addresses='' -c fsync=off -c jit=off -c max_connections=20 \
	-c shared_preload_libraries=annot_clean >"$AC_PGDIR/server.log" 2>&1 &
vg=$!
for i in $(seq 600); do
	psql -X -qAt -d postgres -c "SELECT 1" >/dev/null 2>&1 && break
	kill -0 "$vg" 2>/dev/null || { cat "$VG_OUT"/*.log; ac_die "the server under valgrind did not start"; }
	sleep 0.5
done

rc=0
ac_make installcheck >"$VG_OUT/installcheck.out" 2>&1 &
check=$!
# Every backend runs the preloaded library; once CREATE EXTENSION (test
# init) has read the install script, let the others install again.  (The
# security test creates the extension once more, in a database of its own.)
while kill -0 "$check" 2>/dev/null && ! grep -qE '^(test | {5})init ' "$VG_OUT/installcheck.out"; do
	sleep 1
done
flock -u 9
wait "$check" || rc=$?
grep -E '^(test | {5})|tests (passed|failed)' "$VG_OUT/installcheck.out" || cat "$VG_OUT/installcheck.out"
ac_as_owner "$PG_BINDIR/pg_ctl" -D "$AC_PGDIR/data" -m fast -w -t 300 stop >/dev/null || true

procs=$(ls "$VG_OUT"/*.log | wc -l)
errors=0
ours=0
for f in "$VG_OUT"/*.log; do
	# with --quiet a log holds only error reports, each starting "==pid== <what>"
	# and ending at a blank "==pid== " line
	n=$(grep -cE '^==[0-9]+== (Invalid|Conditional|Use of uninitialised|Syscall param|Mismatched|Source and destination)' "$f" || true)
	errors=$((errors + n))
	if [ "$n" -gt 0 ]; then
		m=$(awk '/^==[0-9]+== (Invalid|Conditional|Use of uninitialised|Syscall param|Mismatched|Source and destination)/ {inerr=1; hit=0}
			inerr && /annot_clean\.so|src\/(core|pg|seg)\// {hit=1}
			inerr && /^==[0-9]+== $/ {if (hit) c++; inerr=0}
			END {if (inerr && hit) c++; print c + 0}' "$f")
		ours=$((ours + m))
	fi
done
verdict=ok
{ [ "$ours" -eq 0 ] && [ "$rc" -eq 0 ]; } || verdict=FAILED
echo "valgrind: $procs processes, $errors errors in all, $ours in annot_clean code; installcheck exit $rc: $verdict"
[ "$verdict" = ok ]

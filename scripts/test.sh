#!/bin/bash
# scripts/test.sh: every test, on a fresh Debian 12 machine as root.
#
# Installs what is missing (apt-get), builds, runs the C unit tests
# (make unitcheck), a short fuzz run when harnesses exist (make fuzzcheck),
# then installs the extension and runs the pg_regress suite
# (make installcheck) against a throwaway cluster.  Every unit check and
# every regression test counts; the last line is "N passed, N failed" and
# the exit status is non-zero on any failure.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PASSED=0
FAILED=0
AC_OUT=$(mktemp /tmp/annot_clean_test.XXXXXX)
AC_TMP+=("$AC_OUT")

summary() {
	ac_log "done in ${SECONDS}s"
	printf '%d passed, %d failed\n' "$PASSED" "$FAILED"
	[ "$FAILED" -eq 0 ]
}

# Run a make target, showing its output.  Adds up its summary lines
# "<prefix> X: N passed, M failed"; a target that prints none counts as one
# check, and one that fails without reporting a failed check counts one more.
run_counted() {
	local prefix=$1 target=$2 rc=0 n=0 f_before=$FAILED p f
	ac_make -j"$AC_MAKE_JOBS" "$target" >"$AC_OUT" 2>&1 || rc=$?
	cat "$AC_OUT"
	while read -r p f; do
		PASSED=$((PASSED + p))
		FAILED=$((FAILED + f))
		n=$((n + 1))
	done < <(sed -nE "s/^$prefix [^:]+: ([0-9]+) passed, ([0-9]+) failed\$/\\1 \\2/p" "$AC_OUT")
	if [ "$rc" -ne 0 ] && [ "$FAILED" -eq "$f_before" ]; then
		FAILED=$((FAILED + 1))
		echo "make $target failed (exit $rc)"
	elif [ "$rc" -eq 0 ] && [ "$n" -eq 0 ]; then
		PASSED=$((PASSED + 1))
	fi
}

# Run a step that later steps need; on failure show its output, count it
# and stop with the summary line.
run_required() {
	local what=$1
	shift
	"$@" 2>"$AC_OUT" && return 0
	cat "$AC_OUT"
	echo "$what failed"
	FAILED=$((FAILED + 1))
	summary
	exit 1
}

ac_install_deps
# The optional RUM index (README "Ranked pages"): annot_clean does not need
# it, the rum regression test does; without it that test is left out.
(ac_apt_install "postgresql-$(ac_server_major)-rum") ||
	ac_log "postgresql-$(ac_server_major)-rum not installable: the rum test is skipped"
run_required build ac_build

# Symbols carry ICU's major version: a library built against another ICU
# than the server's would load a second ICU into the backend.
ac_log "same ICU as the server"
server_icu=$(ldd "$PG_BINDIR/postgres" | awk '/libicuuc/ {print $3}')
our_icu=$(ldd "$AC_ROOT/annot_clean.so" | awk '/libicuuc/ {print $3}')
if [ -n "$our_icu" ] && [ "$server_icu" = "$our_icu" ]; then
	echo "icu: postgres and annot_clean.so both use $our_icu"
	PASSED=$((PASSED + 1))
else
	echo "icu: postgres uses '${server_icu}', annot_clean.so uses '${our_icu}'"
	FAILED=$((FAILED + 1))
fi

ac_log "C unit tests (make unitcheck)"
run_counted unit unitcheck

if ac_make -n fuzzcheck >/dev/null 2>&1; then
	ac_log "fuzz smoke run (make fuzzcheck)"
	run_counted fuzz fuzzcheck
else
	ac_log "no fuzz harnesses yet (no fuzzcheck target): skipped"
fi

ac_log "unit and fuzz done at ${SECONDS}s"
ac_lock
ac_log "install lock taken at ${SECONDS}s"
run_required "make install" ac_install
ac_cluster_start

ac_log "pg_regress suite (make installcheck)"
rc=0
ac_make installcheck >"$AC_OUT" 2>&1 || rc=$?
cat "$AC_OUT"
# PostgreSQL 15: "test name ... ok|FAILED"; 16+: TAP "ok N - name" / "not ok N - name".
ok=$(grep -cE '^(test | {5})[^ ]+ +\.\.\. ok|^ok [0-9]+ ' "$AC_OUT" || true)
bad=$(grep -cE '^(test | {5})[^ ]+ +\.\.\. FAILED|^not ok [0-9]+ ' "$AC_OUT" || true)
PASSED=$((PASSED + ok))
FAILED=$((FAILED + bad))
if [ "$rc" -ne 0 ]; then
	if [ "$bad" -eq 0 ]; then
		FAILED=$((FAILED + 1))
		echo "make installcheck failed (exit $rc)"
	fi
	if [ -f "$AC_ROOT/regression.diffs" ]; then
		echo "---- regression.diffs"
		cat "$AC_ROOT/regression.diffs"
	fi
fi
ac_cluster_stop
summary

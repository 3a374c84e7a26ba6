# test/reliability/common.sh: setup shared by the scripts in test/reliability/
# (source it).  Builds on scripts/lib.sh (the project's cluster helpers):
#
# rel_setup [apt packages...]
#     install what is missing, build, take the install lock, make install,
#     start a throwaway cluster (scripts/lib.sh) with the library in
#     shared_preload_libraries, create the database "rel" with the extension,
#     then release the lock.  Every backend is forked from the postmaster and
#     so runs the library that was installed under the lock, even if someone
#     reinstalls the extension while a long script runs.
# rel_sql SQL...      psql -X -v ON_ERROR_STOP=1 -qAt in database rel
# rel_result NAME TEXT  print "reliability NAME: TEXT" (also appended to
#                      $REL_LOG when set)

REL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$REL_DIR/../../scripts/lib.sh"

export PGDATABASE=rel

rel_sql() {
	psql -X -v ON_ERROR_STOP=1 -qAt -d rel "$@"
}

rel_result() {
	local name=$1
	shift
	echo "reliability $name: $*"
	[ -z "${REL_LOG:-}" ] || echo "reliability $name: $*" >>"$REL_LOG"
}

rel_setup() {
	ac_install_deps "$@"
	ac_build || ac_die "build failed"
	ac_lock
	ac_install || ac_die "make install failed"
	ac_cluster_start
	psql -X -q -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'annot_clean'" \
		-c "ALTER SYSTEM SET jit = off" >/dev/null
	ac_as_owner "$PG_BINDIR/pg_ctl" -D "$AC_PGDIR/data" -l "$AC_PGDIR/server.log" -w -t 60 restart >/dev/null ||
		{ cat "$AC_PGDIR/server.log" >&2; ac_die "restart with the preloaded library failed"; }
	psql -X -q -d postgres -c "CREATE DATABASE rel TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'" >/dev/null
	rel_sql -c "CREATE EXTENSION annot_clean" >/dev/null
	# The library is mapped in the postmaster and the catalog is made: let
	# the others install.
	flock -u 9
	ac_log "cluster ready (PGHOST=$PGHOST PGPORT=$PGPORT), install lock released"
}

# Resident set size (kB) of a process, from /proc/<pid>/status.
rel_rss_kb() {
	sed -nE 's/^VmRSS:[[:space:]]+([0-9]+) kB/\1/p' "/proc/$1/status"
}

# scripts/lib.sh: shared by scripts/demo.sh and scripts/test.sh (source it).
#
# ac_install_deps   apt-get whatever is missing (Debian 12, as root), sets PG_CONFIG
# ac_build          make (PGXS) with the server's pg_config
# ac_lock           take the machine-wide install lock (held until the script exits)
# ac_install        make install
# ac_cluster_start  initdb + start a throwaway cluster in a temp dir, private port
#                   and socket dir; exports PGHOST PGPORT PGUSER PGDATABASE; the
#                   cluster is stopped and removed on exit (trap), also on failure
#
# Sourcing it also sets an EXIT trap that stops the cluster and removes the
# files listed in AC_TMP.  Environment knobs: AC_PGPORT (cluster port, default
# random), AC_LOCK (lock file), AC_MAKE_JOBS.  Used by scripts/ and bench/.
#
# Nothing here depends on a server that happens to be running or on files
# outside the repository.

AC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
AC_LOCK=${AC_LOCK:-/tmp/annot_clean_install.lock}
AC_MAKE_JOBS=${AC_MAKE_JOBS:-$(nproc 2>/dev/null || echo 2)}
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 LANG=C.UTF-8

ac_log() { printf '==> %s\n' "$*" >&2; }

# Everything a script leaves behind is removed on exit, also on failure or
# Ctrl-C: the throwaway cluster (ac_cluster_stop) and the files in AC_TMP.
AC_TMP=()
ac_on_exit() {
	ac_cluster_stop
	[ ${#AC_TMP[@]} -eq 0 ] || rm -rf "${AC_TMP[@]}"
}
trap ac_on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
ac_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Run a command as root: directly, or through sudo when we are not root.
ac_as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo -n "$@" || ac_die "need root to run: $*"
	else
		ac_die "need root to run: $* (run this script as root)"
	fi
}

ac_pkg_installed() {
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

AC_APT_UPDATED=0
ac_apt_install() {
	local missing=() p
	for p in "$@"; do
		ac_pkg_installed "$p" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	command -v apt-get >/dev/null 2>&1 ||
		ac_die "missing packages ${missing[*]} and no apt-get: install them by hand"
	if [ "$AC_APT_UPDATED" -eq 0 ]; then
		ac_log "apt-get update"
		ac_as_root apt-get update -q >/dev/null
		AC_APT_UPDATED=1
	fi
	ac_log "apt-get install ${missing[*]}"
	ac_as_root apt-get install -y -q --no-install-recommends \
		-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
		"${missing[@]}" >/dev/null
}

# Newest PostgreSQL major whose server is installed (Debian layout), or empty.
ac_server_major() {
	local d best=
	for d in /usr/lib/postgresql/*/bin/postgres; do
		[ -x "$d" ] || continue
		d=${d#/usr/lib/postgresql/}; d=${d%%/*}
		if [ -z "$best" ] || [ "$d" -gt "$best" ]; then best=$d; fi
	done
	printf '%s' "$best"
}

# Install what is missing; set PG_CONFIG and PG_BINDIR for the server's major.
ac_install_deps() {
	local extra=("$@") major
	# The server first: its major decides which server-dev package we need.
	if [ -z "$(ac_server_major)" ]; then
		ac_apt_install postgresql
	fi
	major=$(ac_server_major)
	[ -n "$major" ] || ac_die "no PostgreSQL server found after installing postgresql"
	# clang-14 + libclang-rt-14-dev: PGXS bitcode (the server is built with LLVM)
	# and the libFuzzer/ASan runtime for the fuzz smoke run.
	ac_apt_install "postgresql-server-dev-$major" libicu-dev build-essential \
		pkg-config clang-14 libclang-rt-14-dev util-linux ${extra[@]+"${extra[@]}"}
	PG_CONFIG=/usr/lib/postgresql/$major/bin/pg_config
	[ -x "$PG_CONFIG" ] || PG_CONFIG=$(command -v pg_config) ||
		ac_die "pg_config not found"
	PG_BINDIR=$("$PG_CONFIG" --bindir)
	export PG_CONFIG PG_BINDIR
	ac_log "PostgreSQL $("$PG_CONFIG" --version | sed 's/^PostgreSQL //'), ICU $(pkg-config --modversion icu-uc)"
}

ac_make() {
	make -C "$AC_ROOT" --no-print-directory PG_CONFIG="$PG_CONFIG" "$@"
}

ac_build() {
	ac_log "building"
	ac_make -j"$AC_MAKE_JOBS" >/dev/null
}

# The machine-wide lock: make install and everything that runs SQL against the
# installed library.  Held on fd 9 until the script exits.
ac_lock() {
	exec 9>>"$AC_LOCK"
	if ! flock -n 9; then
		ac_log "waiting for $AC_LOCK"
		flock 9
	fi
}

ac_install() {
	ac_log "installing the extension"
	ac_as_root make -C "$AC_ROOT" --no-print-directory PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# ---- throwaway cluster ----

AC_PGDIR=
AC_PG_OWNER=

# Run a server program as the cluster owner (postgres when we are root).
ac_as_owner() {
	# From /tmp: the owner may not be allowed into the current directory.
	if [ "$(id -u)" -eq 0 ]; then
		(cd /tmp && runuser -u "$AC_PG_OWNER" -- "$@")
	else
		"$@"
	fi
}

ac_cluster_stop() {
	[ -n "$AC_PGDIR" ] || return 0
	if [ -f "$AC_PGDIR/data/postmaster.pid" ]; then
		ac_as_owner "$PG_BINDIR/pg_ctl" -D "$AC_PGDIR/data" -m fast -w stop >/dev/null 2>&1 ||
			ac_as_owner "$PG_BINDIR/pg_ctl" -D "$AC_PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$AC_PGDIR"
	AC_PGDIR=
}

ac_cluster_start() {
	local port=${AC_PGPORT:-$((20000 + RANDOM % 20000))}
	if [ "$(id -u)" -eq 0 ]; then
		AC_PG_OWNER=postgres
		id postgres >/dev/null 2>&1 || ac_die "no postgres OS user (is postgresql installed?)"
	else
		AC_PG_OWNER=$(id -un)
	fi
	# /tmp, not the repository: the repository may live under /root, which
	# the postgres user cannot enter.
	AC_PGDIR=$(mktemp -d /tmp/annot_clean_pg.XXXXXX)
	chmod 700 "$AC_PGDIR"
	[ "$(id -u)" -eq 0 ] && chown "$AC_PG_OWNER" "$AC_PGDIR"
	ac_log "starting a throwaway cluster in $AC_PGDIR (port $port)"
	ac_as_owner "$PG_BINDIR/initdb" -D "$AC_PGDIR/data" -U postgres --auth=trust \
		-E UTF8 --locale=C.UTF-8 >"$AC_PGDIR/initdb.log" 2>&1 ||
		{ cat "$AC_PGDIR/initdb.log" >&2; ac_die "initdb failed"; }
	# No TCP at all: the socket lives in our private directory, so the port
	# number cannot clash with another server's socket.
	if ! ac_as_owner "$PG_BINDIR/pg_ctl" -D "$AC_PGDIR/data" -l "$AC_PGDIR/server.log" -w -t 60 \
		-o "-p $port -k $AC_PGDIR -c listen_addresses='' -c fsync=off -c max_connections=20" \
		start >/dev/null; then
		cat "$AC_PGDIR/server.log" >&2
		ac_die "the throwaway cluster did not start"
	fi
	export PGHOST=$AC_PGDIR PGPORT=$port PGUSER=postgres PGDATABASE=postgres
	unset PGSERVICE PGSERVICEFILE PGPASSWORD PGOPTIONS PGSSLMODE PGHOSTADDR
}

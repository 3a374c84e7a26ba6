#!/bin/bash
# test/reliability/versions.sh: compile the glue (src/pg, src/seg) against
# the server headers of other PostgreSQL majors, with the warning flags of
# the real build (-Wall -Wextra -Werror ...).  The headers come from
# Debian's own archive (postgresql-server-dev-N of the Debian release that
# ships N: 13 in bullseye, 15 in bookworm, 17 in trixie, 18 in sid), fetched
# with apt-get download into a temporary directory and unpacked there:
# nothing is installed.  14 and 16 were never in a Debian release.
#
#   test/reliability/versions.sh [MAJOR...]      (default: 13 17 18)
#
# Prints one line per major and
#   reliability versions: N passed, M failed
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [ $# -gt 0 ]; then MAJORS=("$@"); else MAJORS=(13 17 18); fi
WORK=$(mktemp -d /tmp/ac_versions.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
chmod 755 "$WORK"

suite_of() {
	case $1 in
		13) echo bullseye ;;
		15) echo bookworm ;;
		17) echo trixie ;;
		18) echo sid ;;
		*) echo "" ;;
	esac
}

: >"$WORK/sources.list"
for v in "${MAJORS[@]}"; do
	s=$(suite_of "$v")
	[ -n "$s" ] && echo "deb http://deb.debian.org/debian $s main" >>"$WORK/sources.list"
done
APT=(-o Dir::Etc::sourcelist="$WORK/sources.list" -o Dir::Etc::sourceparts=-
	-o Dir::State::Lists="$WORK/lists" -o Dir::Cache="$WORK/cache"
	-o Debug::NoLocking=1 -o APT::Sandbox::User=root)
mkdir -p "$WORK/lists/partial" "$WORK/cache/archives/partial"
apt-get update -q "${APT[@]}" >"$WORK/update.log" 2>&1 ||
	{ echo "versions: apt-get update failed (see below)"; tail -3 "$WORK/update.log"; }

CFLAGS=(-std=gnu99 -O2 -Wall -Wextra -Werror -Wno-unused-parameter -Wmissing-prototypes
	-Wpointer-arith -Wdeclaration-after-statement -Werror=vla -Wendif-labels
	-Wmissing-format-attribute -Wimplicit-fallthrough=3 -Wcast-function-type
	-Wformat-security -fno-strict-aliasing -fwrapv -fPIC -D_GNU_SOURCE
	-Isrc/core -Isrc/seg)
passed=0
failed=0
for v in "${MAJORS[@]}"; do
	d="$WORK/pg$v"
	mkdir -p "$d"
	if ! (cd "$d" && apt-get download -q "${APT[@]}" "postgresql-server-dev-$v" >"$d/download.log" 2>&1) ||
		! dpkg -x "$d"/postgresql-server-dev-"$v"_*.deb "$d/root"; then
		echo "versions: PostgreSQL $v: headers not available from Debian's archive"
		failed=$((failed + 1))
		continue
	fi
	inc=$(echo "$d"/root/usr/include/postgresql/"$v"/server)
	bad=0
	for f in src/pg/*.c src/seg/*.c; do
		if ! gcc "${CFLAGS[@]}" -I"$inc" -c -o "$d/$(basename "$f").o" "$f" 2>"$d/err.txt"; then
			echo "versions: PostgreSQL $v: $f does not compile:"
			head -20 "$d/err.txt"
			bad=1
		fi
	done
	ver=$(sed -nE 's/^#define PG_VERSION "([^"]*)".*/\1/p' "$inc/pg_config.h")
	if [ $bad -eq 0 ]; then
		echo "versions: PostgreSQL $ver: every glue file compiles without a warning"
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
done
echo "reliability versions: $passed passed, $failed failed"
[ $failed -eq 0 ]

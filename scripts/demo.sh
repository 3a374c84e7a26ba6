#!/bin/bash
# scripts/demo.sh: the annot_clean demo, on a fresh Debian 12 machine as root.
#
# Installs what is missing (apt-get), builds and installs the extension,
# starts a throwaway cluster (temp dir, private port and socket), then runs
# every test/demo/*.sql in name order through psql against database
# annot_demo, and stops the cluster.  To add a step, add a numbered file
# to test/demo/ (it sees the tables the earlier steps made).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ac_install_deps
ac_build
ac_lock
ac_install
ac_cluster_start
cd "$AC_ROOT"	# the steps \copy from test/data/ relative to the repository

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE annot_demo' >/dev/null
for step in test/demo/*.sql; do
	printf '\n######## %s\n' "$step"
	psql -X -q -v ON_ERROR_STOP=1 -P pager=off -d annot_demo -f "$step"
done
printf '\ndemo finished\n'

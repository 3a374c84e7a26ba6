#!/bin/bash
# test/reliability/trusted.sh: the extension as a non-superuser.
#
#   1. with the control file as shipped (trusted = true): a database owner
#      who is not a superuser creates the extension, the objects belong to
#      the bootstrap superuser, the user can use every function, generated
#      columns and GIN indexes (tsvector_ops and annot_cjk_ops);
#   2. that user cannot replace an extension function;
#   3. a dictionary planted by that user under an extension object's name
#      makes CREATE EXTENSION fail instead of being adopted.
#
#   test/reliability/trusted.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ac_install_deps
ac_build || ac_die "build failed"
ac_lock						# held throughout: the install must not change under us
ac_install || ac_die "make install failed"
ac_cluster_start
control=$("$PG_CONFIG" --sharedir)/extension/annot_clean.control
trap ac_cluster_stop EXIT

psql -X -q -d postgres >/dev/null <<'SQL'
CREATE ROLE app LOGIN;
CREATE DATABASE appdb OWNER app TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8';
CREATE DATABASE appdb2 OWNER app TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8';
SQL
as_app() { psql -X -qAt -U app "$@" 2>&1; }
fail=0

shipped=$(grep -E '^trusted' "$control" || echo "trusted unset")
out=$(as_app -d appdb -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION annot_clean;
SELECT 'owner of extension: ' || extowner::regrole FROM pg_extension WHERE extname = 'annot_clean';
SELECT 'owners of its functions: ' || string_agg(DISTINCT proowner::regrole::text, ',') FROM pg_proc WHERE proname LIKE 'annot%';
CREATE TABLE a (raw text, body text GENERATED ALWAYS AS (annot_clean(raw)) STORED,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('annot_cjk', raw)) STORED);
CREATE INDEX ON a USING gin (tsv);
CREATE INDEX ON a USING gin (tsv annot_cjk_ops);
INSERT INTO a (raw) VALUES ('教(jiao)育工作'), ('銀行(yínháng)行長');
SELECT 'use: ' || string_agg(body || '|' || annot_pinyin(raw) || '|' || (tsv @@ plainto_tsquery('annot_cjk', '银行'))::text, '; ') FROM a;
SQL
) || true
echo "$out"
echo "$out" | grep -q '^use: 教育工作|' || fail=1
replace=$(as_app -d appdb -c "CREATE OR REPLACE FUNCTION annot_clean(text) RETURNS text LANGUAGE sql AS 'SELECT \$1'" || true)
echo "$replace" | grep -q 'must be owner' || fail=1
rel_result trusted "control file as shipped ($shipped), non-superuser database owner: $(echo "$out" | grep -E '^(owner|use|ERROR)' | tr '\n' ' ')"
rel_result trusted "non-superuser replacing an extension function: $(echo "$replace" | head -1)"

planted=$(as_app -d appdb2 <<'SQL'
CREATE TEXT SEARCH DICTIONARY annot_cjk_dict (TEMPLATE = pg_catalog.simple);
CREATE EXTENSION annot_clean;
SELECT 'extensions: ' || count(*) FROM pg_extension WHERE extname = 'annot_clean';
SQL
)
echo "$planted" | grep -q '^extensions: 0' || fail=1
rel_result trusted "planted dictionary annot_cjk_dict: $(echo "$planted" | grep -E 'ERROR|extensions' | tr '\n' ' ')"
[ "$fail" -eq 0 ] && rel_result trusted "ok" || rel_result trusted "FAILED"
exit $fail

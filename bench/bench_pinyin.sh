#!/bin/bash
# bench/bench_pinyin.sh CORPUS_DIR [ROWS]
#
# Speed of annot_pinyin(body) against icu_transform(body, 'Han-Latin')
# (icu_ext) on the same rows, in one backend of the server that the libpq
# environment points at (PGHOST, PGPORT, PGUSER, PGDATABASE; the database
# must have annot_clean installed or installable, and icu_ext available).
#
# Loads the first ROWS (default 300) articles of CORPUS_DIR/zh_hans.odd.jsonl.gz
# and of zh_hant.odd.jsonl.gz into a temporary table, then times each query
# RUNS times (default 5, ICU 3: it is slow) and prints the median wall time,
# the backend's mean CPU time per run (from /proc: what to read when the
# machine is loaded), Han characters per CPU second and the ratios.  Nothing from the corpus is kept.
set -euo pipefail
CORPUS=${1:?usage: bench_pinyin.sh CORPUS_DIR [ROWS]}
ROWS=${2:-300}
RUNS=${RUNS:-5}
ICU_RUNS=${ICU_RUNS:-3}
export LC_ALL=C.UTF-8

# annot_pinyin from the extension, unless the database already has one
psql -X -q -v ON_ERROR_STOP=1 >/dev/null <<'EOF'
SELECT pg_catalog.to_regproc('annot_pinyin') IS NULL AS need_ext \gset
\if :need_ext
CREATE EXTENSION annot_clean;
\endif
CREATE EXTENSION IF NOT EXISTS icu_ext;
EOF

for script in hans hant; do
	python3 - "$CORPUS/zh_$script.odd.jsonl.gz" "$ROWS" >"/tmp/bench_pinyin_$$.$script.csv" <<'EOF'
import csv, gzip, json, sys
w = csv.writer(sys.stdout)
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= int(sys.argv[2]):
            break
        w.writerow([json.loads(line)["body"]])
EOF
done
trap 'rm -f /tmp/bench_pinyin_$$.*.csv' EXIT

python3 - "$RUNS" "$ICU_RUNS" "/tmp/bench_pinyin_$$" <<'EOF'
import os, re, statistics, subprocess, sys
runs, icu_runs, base = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]

TICK = os.sysconf("SC_CLK_TCK")


def timed(sql, n):
    """(median wall ms, mean backend CPU ms) of sql over n runs in one
    backend.  CPU time (from /proc) is what to read on a loaded machine."""
    script = ("\\timing on\nSELECT pg_catalog.pg_backend_pid() AS pid \\gset\n\\setenv BPID :pid\n"
              "\\! awk '{print \"CPU\", $14 + $15}' /proc/$BPID/stat\n"
              + "".join(sql + ";\n" for _ in range(n))
              + "\\! awk '{print \"CPU\", $14 + $15}' /proc/$BPID/stat\n")
    res = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"], input=setup + script,
                         capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit("psql failed: " + res.stderr)
    out = res.stdout
    ms = [float(x) for x in re.findall(r"^Time: ([0-9.]+) ms", out, re.M)]
    cpu = [int(x) for x in re.findall(r"^CPU ([0-9]+)", out, re.M)]
    return statistics.median(ms[-n:]), (cpu[-1] - cpu[0]) * 1000.0 / TICK / n

for script in ("hans", "hant"):
    setup = ("CREATE TEMP TABLE b(body text);\n\\copy b FROM '%s.%s.csv' CSV\n" % (base, script))
    han = subprocess.run(["psql", "-X", "-q", "-At"], input=setup +
                         "SELECT count(*), sum(length(body)), sum(length(regexp_replace(body, "
                         "'[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]', '', 'g'))) FROM b;\n",
                         capture_output=True, text=True, check=True).stdout.split()[-1].split("|")
    rows, chars, hanchars = int(han[0]), int(han[1]), int(han[2])
    t_scan = timed("SELECT sum(length(body)) FROM b", runs)
    t_ours = timed("SELECT sum(length(annot_pinyin(body))) FROM b", runs)
    t_arr = timed("SELECT sum(cardinality(annot_pinyin_array(body))) FROM b", runs)
    t_icu = timed("SELECT sum(length(icu_transform(body, 'Han-Latin'))) FROM b", icu_runs)
    print("zh_%s: %d rows, %d characters, %d Han; load average %.1f"
          % (script, rows, chars, hanchars, os.getloadavg()[0]))
    print("  %-23s %10s %10s %22s" % ("", "wall ms", "CPU ms", "M Han chars/s (CPU)"))
    for name, (wall, cpu) in (("scan only", t_scan), ("annot_pinyin", t_ours),
                              ("annot_pinyin_array", t_arr), ("icu_transform Han-Latin", t_icu)):
        rate = hanchars / cpu / 1000.0 if cpu > 0 else float("inf")
        print("  %-23s %10.1f %10.1f %22.2f" % (name, wall, cpu, rate))
    print("  annot_pinyin vs icu_transform: %.0fx faster by wall time, %.0fx by CPU time"
          % (t_icu[0] / t_ours[0], t_icu[1] / max(t_ours[1], 1e-9)))
EOF

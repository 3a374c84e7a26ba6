#!/usr/bin/env python3
"""bench_search.py: recall, precision, latency, size and build figures of
the annot_cjk configuration on a corpus of JSON-lines articles.

usage: bench/bench_search.py CORPUS_DIR [--scale N] [--per-cat N] [--seed S] [--reuse]
       [--builds N] [--mwm SIZE] [--no-queries] [--query-opclass OPS] [--compression C]
       (psql connection from the usual PG* environment variables; the
       annot_clean extension must be installed in that database)

Loads every *.jsonl.gz file of CORPUS_DIR ("body" field) N times into a
scratch table, then prints:
  - throughput of to_tsvector('annot_cjk') and of annot_cjk_tsvector()
    against to_tsvector('simple') on the same rows, in one run (median of 3
    alternating passes), and whether annot_cjk_tsvector() equals
    to_tsvector('annot_cjk') on every distinct article;
  - GIN build time over stored tsvectors: simple (tsvector_ops) against
    annot_cjk with the default tsvector_ops and with annot_cjk_ops, and
    GIN sizes against the text size;
  - how many articles hit the 16383-position clamp or the 256-positions
    per lexeme cap;
  - recall and precision against substring search (strpos) on annot_cjk_fold(annot_clean(
    body)) (cleaned, NFKC-case-folded, Simplified text) for queries sampled
    from the corpus by a fixed-seed generator: one character, two
    characters, three or four characters, two words, phrases, mixed
    Latin/Han; for mixed queries also against a word-boundary truth (a
    word index does not find "gdp" inside "xgdp");
  - GIN query latency (server-side execution time, enable_seqscan off,
    through the annot_cjk_ops index unless --query-opclass says otherwise):
    median and 95th percentile per category and overall, fetching every
    matching id, and for the recipe also the first page (LIMIT 10), that
    one also with the planner free to choose a sequential scan.
Throughput and builds run in one backend without parallel workers, so
every side gets the same conditions.
Nothing from the corpus is written outside the database and /tmp.
"""
import argparse
import csv
import glob
import gzip
import json
import os
import random
import re
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import psql  # noqa: E402

CJK = re.compile(r'[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]')
CJK_RUN = re.compile(r'[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]+')
MIXED = re.compile(r'(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*)([\u4e00-\u9fff]{2})|([\u4e00-\u9fff]{2})([A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9])')


def cpu_seconds(err):
    """User + system CPU seconds of the last statement whose usage the
    server reported (log_executor_stats / log_statement_stats), or None."""
    used = re.findall(r'!\s+([0-9.]+) s user, ([0-9.]+) s system', err)
    return float(used[-1][0]) + float(used[-1][1]) if used else None


def exec_ms(out):
    return [float(m) for m in re.findall(r'Execution Time: ([0-9.]+) ms', out)]


def lit(s):
    return "'" + s.replace("'", "''") + "'"


def read_corpus(corpus):
    rows = []
    for f in sorted(glob.glob(os.path.join(corpus, '*.jsonl.gz'))):
        with gzip.open(f, 'rt', encoding='utf-8') as fh:
            for line in fh:
                b = json.loads(line).get('body') or ''
                if b:
                    rows.append(b.replace('\x00', ''))
    return rows


def load(corpus, scale):
    rows = read_corpus(corpus)
    fd, path = tempfile.mkstemp(prefix='bench_search_', suffix='.csv', dir='/tmp')
    with os.fdopen(fd, 'w', newline='', encoding='utf-8') as out:
        w = csv.writer(out)
        for k in range(scale):
            for i, b in enumerate(rows):
                w.writerow([k * len(rows) + i + 1, b])
    os.chmod(path, 0o644)
    psql("""
DROP TABLE IF EXISTS bench_doc, bench_tsv, bench_fold;
CREATE TABLE bench_doc (id int PRIMARY KEY, body text NOT NULL);
\\copy bench_doc FROM '%s' WITH (FORMAT csv)
ANALYZE bench_doc;
""" % path)
    os.unlink(path)
    return rows


def sample_queries(rows, per_cat, seed):
    rnd = random.Random(seed)
    cats = {c: [] for c in ('one', 'two', 'three_four', 'multi', 'phrase', 'mixed')}
    tries = 0
    while any(len(v) < per_cat for v in cats.values()) and tries < 200000:
        tries += 1
        body = rows[rnd.randrange(len(rows))]
        runs = [m.group(0) for m in CJK_RUN.finditer(body)]
        runs = [r for r in runs if len(r) >= 2]
        if runs:
            r = runs[rnd.randrange(len(runs))]
            if len(cats['one']) < per_cat:
                cats['one'].append(r[rnd.randrange(len(r))])
            i = rnd.randrange(len(r) - 1)
            if len(cats['two']) < per_cat:
                cats['two'].append(r[i:i + 2])
            n = rnd.choice((3, 4))
            if len(r) >= n and len(cats['three_four']) < per_cat:
                i = rnd.randrange(len(r) - n + 1)
                cats['three_four'].append(r[i:i + n])
            n = rnd.randrange(5, 9)
            if len(r) >= n and len(cats['phrase']) < per_cat:
                i = rnd.randrange(len(r) - n + 1)
                cats['phrase'].append(r[i:i + n])
            if len(runs) >= 2 and len(cats['multi']) < per_cat:
                a, b = rnd.sample(runs, 2)
                i, j = rnd.randrange(len(a) - 1), rnd.randrange(len(b) - 1)
                cats['multi'].append(a[i:i + 2] + ' ' + b[j:j + 2])
        if len(cats['mixed']) < per_cat:
            ms = list(MIXED.finditer(body))
            if ms:
                m = ms[rnd.randrange(len(ms))]
                cats['mixed'].append(m.group(0))
    return cats


def tsquery_of(cat, q):
    if cat == 'multi':
        return "pg_catalog.websearch_to_tsquery('annot_cjk', %s)" % lit(q)
    if cat in ('phrase', 'mixed'):
        return "pg_catalog.phraseto_tsquery('annot_cjk', %s)" % lit(q)
    return "pg_catalog.to_tsquery('annot_cjk', %s)" % lit(q)


def contains(col, q):
    """Substring test on folded text: strpos is several times faster than
    LIKE '%q%' on multibyte text, with the same answer."""
    return "pg_catalog.strpos(%s, annot_cjk_fold(%s)) > 0" % (col, lit(q))


def word_boundary(col, w):
    """The substring test of contains(), plus: a word that starts (ends)
    with a Latin letter or digit must not follow (precede) one, as the
    parser finds whole Latin words ("gdp" in "gdp增长", not in "xgdp")."""
    pat = re.escape(w.lower())
    if re.match(r'[a-z0-9]', w.lower()):
        pat = '(^|[^a-z0-9])' + pat
    if re.search(r'[a-z0-9]$', w.lower()):
        pat = pat + '([^a-z0-9]|$)'
    return "%s AND %s ~ annot_cjk_fold(%s)" % (contains(col, w), col, lit(pat))


def truth_of(cat, q, boundary=False):
    if cat == 'multi':
        return ' AND '.join(contains('fbody', w) for w in q.split())
    if boundary:
        return word_boundary('fbody', q)
    return contains('fbody', q)


def recipe_of(cat, q):
    """plainto_tsquery (AND: no position check, so long documents are
    found), with an exact recheck unless every word is one or two CJK
    characters: the substring, on word boundaries where a word has Latin
    letters or digits at an edge."""
    words = q.split()
    base = ("SELECT t.id FROM bench_tsv t WHERE t.tsv @@ pg_catalog.plainto_tsquery('annot_cjk', %s)" % lit(q))
    if all(len(w) <= 2 and CJK.fullmatch(w[0]) and CJK.fullmatch(w[-1]) for w in words):
        return base
    conds = ' AND '.join(word_boundary('f.fbody', w) if re.search(r'^[A-Za-z0-9]|[A-Za-z0-9]$', w)
                         else contains('f.fbody', w) for w in words)
    return base.replace('FROM bench_tsv t', 'FROM bench_tsv t JOIN bench_fold f USING (id)') + ' AND ' + conds


def pct(xs, p):
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1)))))
    return xs[k]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus')
    ap.add_argument('--scale', type=int, default=1)
    ap.add_argument('--per-cat', type=int, default=40)
    ap.add_argument('--seed', type=int, default=20261129)
    ap.add_argument('--reuse', action='store_true',
                    help='keep the tables of a previous run (skip loading and throughput)')
    ap.add_argument('--builds', type=int, default=1, help='GIN build rounds (0: keep the indexes)')
    ap.add_argument('--mwm', default='64MB', help='maintenance_work_mem for the GIN builds (default: PostgreSQL\'s)')
    ap.add_argument('--no-queries', action='store_true', help='stop after the builds and sizes')
    ap.add_argument('--query-opclass', default='annot_cjk_ops', choices=('annot_cjk_ops', 'tsvector_ops'),
                    help='the annot_cjk index the queries use')
    ap.add_argument('--compression', default='pglz', choices=('pglz', 'lz4'),
                    help='TOAST compression of the stored annot_cjk tsvectors and folded texts')
    a = ap.parse_args()

    rows = read_corpus(a.corpus) if a.reuse else load(a.corpus, a.scale)
    info = psql("SELECT count(*), sum(octet_length(body)) FROM bench_doc;").split('|')
    ndoc, nbytes = int(info[0]), int(info[1])
    print('corpus: %d articles (%d x %d), %.1f MB of text' % (ndoc, a.scale, len(rows), nbytes / 1e6))

    # throughput, same rows, same run, alternating: wall time of the query,
    # and the backend's own CPU time (log_executor_stats, superuser only),
    # which other jobs on a busy machine disturb less
    walls = {'simple': [], 'annot_cjk': [], 'builder': []}
    cpus = {'simple': [], 'annot_cjk': [], 'builder': []}
    exprs = (('simple', "pg_catalog.to_tsvector('simple', body)"), ('annot_cjk', "pg_catalog.to_tsvector('annot_cjk', body)"),
             ('builder', "annot_cjk_tsvector(body)"))
    su = psql("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user;").strip() == 't'
    for _ in range(0 if a.reuse else 3):
        for name, expr in exprs:
            out, err = psql("SET max_parallel_workers_per_gather = 0;\n%s"
                            "EXPLAIN (ANALYZE, TIMING OFF) SELECT sum(pg_catalog.length(%s)) FROM bench_doc;"
                            % ("SET log_executor_stats = on;\nSET client_min_messages = log;\n" if su else '', expr),
                            stderr=True)
            walls[name].extend(exec_ms(out))
            cpu = cpu_seconds(err)
            if cpu is not None:
                cpus[name].append(cpu)
    if not a.reuse:
        w = {k: statistics.median(v) for k, v in walls.items()}
        print('to_tsvector throughput: simple %.1f MB/s, annot_cjk %.1f MB/s (ratio %.2f), annot_cjk_tsvector() '
              '%.1f MB/s (ratio %.2f) (median of 3 alternating passes, one backend, no parallel workers)'
              % (nbytes / 1e3 / w['simple'], nbytes / 1e3 / w['annot_cjk'], w['simple'] / w['annot_cjk'],
                 nbytes / 1e3 / w['builder'], w['simple'] / w['builder']))
        if cpus['simple']:
            c = {k: statistics.median(v) for k, v in cpus.items()}
            print('  by backend CPU time: simple %.1f s, annot_cjk %.1f s (ratio %.2f), annot_cjk_tsvector() %.1f s '
                  '(ratio %.2f)' % (c['simple'], c['annot_cjk'], c['simple'] / c['annot_cjk'], c['builder'],
                                    c['simple'] / c['builder']))
        diff = psql("SELECT count(*), count(*) FILTER (WHERE annot_cjk_tsvector(body)::text <> "
                    "pg_catalog.to_tsvector('annot_cjk', body)::text) FROM bench_doc WHERE id <= %d;" % len(rows))
        print('annot_cjk_tsvector() = to_tsvector(\'annot_cjk\'): %s distinct articles compared, %s differ'
              % tuple(diff.strip().split('|')))
        # where the time goes: the annot_cjk parser with nothing mapped
        # (tokenizing only), and with one lexeme per character (simple)
        psql("""
DROP TEXT SEARCH CONFIGURATION IF EXISTS bench_nomap; DROP TEXT SEARCH CONFIGURATION IF EXISTS bench_uni;
CREATE TEXT SEARCH CONFIGURATION bench_nomap (PARSER = annot_cjk);
CREATE TEXT SEARCH CONFIGURATION bench_uni (PARSER = annot_cjk);
ALTER TEXT SEARCH CONFIGURATION bench_uni ADD MAPPING FOR word, numword, cjk, kana, hangul, number WITH simple;
""")
        fl = {}
        for cfg in ('simple', 'bench_nomap', 'bench_uni', 'annot_cjk'):
            out = psql("SET max_parallel_workers_per_gather = 0;\n"
                       "EXPLAIN (ANALYZE, TIMING OFF) SELECT sum(pg_catalog.length(pg_catalog.to_tsvector('%s', body))) FROM bench_doc;" % cfg)
            fl[cfg] = exec_ms(out)[0]
        print('  one pass each: simple %.0f ms, annot_cjk parser alone (nothing mapped) %.0f ms, '
              'one lexeme per character (simple dictionary) %.0f ms, annot_cjk %.0f ms'
              % (fl['simple'], fl['bench_nomap'], fl['bench_uni'], fl['annot_cjk']))

    # stored tsvectors, GIN builds, sizes
    if not a.reuse:
        psql("""
CREATE TABLE bench_tsv (id int PRIMARY KEY, tsv tsvector COMPRESSION %(c)s, stsv tsvector);
INSERT INTO bench_tsv SELECT id, annot_cjk_tsvector(body), pg_catalog.to_tsvector('simple', body) FROM bench_doc;
CREATE TABLE bench_fold (id int PRIMARY KEY, fbody text COMPRESSION %(c)s);
INSERT INTO bench_fold SELECT id, annot_cjk_fold(annot_clean(body)) FROM bench_doc;
VACUUM ANALYZE bench_tsv; VACUUM ANALYZE bench_fold;
""" % {'c': a.compression})
    # one build of each index per round, in turn: simple, annot_cjk with the
    # default operator class, annot_cjk with annot_cjk_ops
    builds = (('bench_stsv_gin', 'stsv', ''), ('bench_tsv_gin', 'tsv', ''),
              ('bench_tsv_gin8', 'tsv', ' annot_cjk_ops'))
    took = {name: [] for name, _, _ in builds}
    cpu = {name: [] for name, _, _ in builds}
    for _ in range(a.builds):
        for name, col, opclass in builds:
            out, err = psql("SET maintenance_work_mem = '%s';\nSET max_parallel_maintenance_workers = 0;\n"
                            "DROP INDEX IF EXISTS %s;\n%s\\timing on\nCREATE INDEX %s ON bench_tsv USING gin (%s%s);\n"
                            % (a.mwm, name, "SET log_statement_stats = on;\nSET client_min_messages = log;\n" if su else '',
                               name, col, opclass), stderr=True)
            took[name].append(float(re.findall(r'Time: ([0-9.]+) ms', out)[-1]))
            used = cpu_seconds(err)
            if used is not None:
                cpu[name].append(used)
    if a.builds:
        for what, t in (('wall', took), ('backend CPU', cpu)):
            if not all(t.values()):
                continue
            m = {name: statistics.median(v) / (1e3 if what == 'wall' else 1) for name, v in t.items()}
            print('GIN build over stored tsvectors, %s time (maintenance_work_mem %s, median of %d): simple %.1f s; '
                  'annot_cjk tsvector_ops %.1f s (ratio %.2f), annot_cjk_ops %.1f s (ratio %.2f)'
                  % (what, a.mwm, a.builds, m['bench_stsv_gin'], m['bench_tsv_gin'],
                     m['bench_tsv_gin'] / m['bench_stsv_gin'], m['bench_tsv_gin8'], m['bench_tsv_gin8'] / m['bench_stsv_gin']))
    # (an index the last run dropped, with --reuse --builds 0, counts 0)
    sz = psql("SELECT coalesce(pg_relation_size(to_regclass('bench_tsv_gin8')), 0), "
              "coalesce(pg_relation_size(to_regclass('bench_tsv_gin')), 0), "
              "coalesce(pg_relation_size(to_regclass('bench_stsv_gin')), 0), "
              "(SELECT sum(pg_column_size(tsv)) FROM bench_tsv);").strip().split('|')
    print('GIN size: annot_cjk_ops %.1f MB = %.2f x text; annot_cjk tsvector_ops %.1f MB = %.2f x text; simple %.1f MB; '
          'stored annot_cjk tsvectors %.1f MB'
          % (int(sz[0]) / 1e6, int(sz[0]) / nbytes, int(sz[1]) / 1e6, int(sz[1]) / nbytes, int(sz[2]) / 1e6,
             int(sz[3]) / 1e6))
    # the queries use one annot_cjk index; the other is dropped
    psql("DROP INDEX IF EXISTS %s;" % ('bench_tsv_gin' if a.query_opclass == 'annot_cjk_ops' else 'bench_tsv_gin8'))
    print('queries use the annot_cjk index with %s' % a.query_opclass)
    lim = psql("""
SELECT count(*) FILTER (WHERE clamp), count(*) FILTER (WHERE cap) FROM (
  SELECT id, bool_or(16383 = ANY (u.positions)) AS clamp, bool_or(cardinality(u.positions) >= 255) AS cap
  FROM bench_tsv, LATERAL pg_catalog.unnest(tsv) AS u GROUP BY id) s;""").strip().split('|')
    print('limits: %s articles reach position 16383 (clamped), %s have a lexeme at the cap of 255 positions (of %d)'
          % (lim[0], lim[1], ndoc))

    if a.no_queries:
        return

    # recall / precision / latency
    cats = sample_queries(rows, a.per_cat, a.seed)
    allq = [(c, q) for c in cats for q in cats[c]]
    sql = []
    for c, q in allq:
        sql.append("WITH f AS (SELECT id FROM bench_tsv WHERE tsv @@ %s), r AS (%s), t AS (SELECT id FROM bench_fold WHERE %s) "
                   "SELECT (SELECT count(*) FROM f), (SELECT count(*) FROM t), (SELECT count(*) FROM f JOIN t USING (id)), "
                   "(SELECT count(*) FROM r), (SELECT count(*) FROM r JOIN t USING (id))"
                   "%s;" % (tsquery_of(c, q), recipe_of(c, q), truth_of(c, q),
                            (", (SELECT count(*) FROM bench_fold WHERE %s), (SELECT count(*) FROM f JOIN bench_fold b USING (id) WHERE %s)"
                             ", (SELECT count(*) FROM r JOIN bench_fold b USING (id) WHERE %s)"
                             % (truth_of(c, q, True), truth_of(c, q, True).replace('fbody', 'b.fbody'),
                                truth_of(c, q, True).replace('fbody', 'b.fbody'))) if c == 'mixed' else ''))
    res = [list(map(int, l.split('|'))) for l in psql('\n'.join(sql)).strip().split('\n')]
    lat_sql = ["SET enable_seqscan = off;"]
    for _ in range(2):
        for c, q in allq:
            lat_sql.append("EXPLAIN (ANALYZE, TIMING OFF) SELECT id FROM bench_tsv WHERE tsv @@ %s;" % tsquery_of(c, q))
            lat_sql.append("EXPLAIN (ANALYZE, TIMING OFF) %s;" % recipe_of(c, q))
            lat_sql.append("EXPLAIN (ANALYZE, TIMING OFF) %s LIMIT 10;" % recipe_of(c, q))
    # the first page again, with the planner free to choose a sequential
    # scan (it does for a word in most articles: the first ten rows are found
    # before a bitmap of every match could be built)
    lat_sql.append("RESET enable_seqscan;")
    for _ in range(2):
        lat_sql.extend("EXPLAIN (ANALYZE, TIMING OFF) %s LIMIT 10;" % recipe_of(c, q) for c, q in allq)
    lat_all = exec_ms(psql('\n'.join(lat_sql)))
    n = len(allq)
    lat_idx, lat_free = lat_all[3 * n:6 * n], lat_all[7 * n:]   # second rounds: warm cache
    lat, lat_r, lat_p = lat_idx[0::3], lat_idx[1::3], lat_idx[2::3]
    print('queries: %d per category, seed %d; truth = substring (strpos) of annot_cjk_fold(annot_clean(body))' % (a.per_cat, a.seed))
    print('query forms: "tsquery" = to_tsquery (one, two, three_four), websearch_to_tsquery (multi), phraseto_tsquery')
    print('  (phrase, mixed); "recipe" = plainto_tsquery, plus a strpos recheck on the folded text unless every word is')
    print('  one or two CJK characters (a bigram lexeme is exact)')
    print('%-11s %7s %9s | %8s %9s %8s %8s | %8s %9s %8s %8s' % ('category', 'matches', 'queries', 'recall', 'precision',
          'med ms', 'p95 ms', 'recall', 'precision', 'med ms', 'p95 ms'))
    print('%-11s %7s %9s | %-35s | %-35s' % ('', '', '', '          tsquery form', '          recipe'))
    tot = [0, 0, 0, 0, 0]
    for c in cats:
        idx = [i for i, (cc, _) in enumerate(allq) if cc == c]
        f, t, tp, r, rtp = [sum(res[i][k] for i in idx) for k in range(5)]
        tot = [x + y for x, y in zip(tot, (f, t, tp, r, rtp))]
        ls = [lat[i] for i in idx]
        lr = [lat_r[i] for i in idx]
        print('%-11s %7d %9d | %8.4f %9.4f %8.3f %8.3f | %8.4f %9.4f %8.3f %8.3f'
              % (c, t, len(idx), tp / t if t else 1.0, tp / f if f else 1.0, statistics.median(ls), pct(ls, 95),
                 rtp / t if t else 1.0, rtp / r if r else 1.0, statistics.median(lr), pct(lr, 95)))
        if c == 'mixed':
            bt = sum(res[i][5] for i in idx)
            btp = sum(res[i][6] for i in idx)
            brtp = sum(res[i][7] for i in idx)
            print('%-11s %7d %9s | %8.4f %9.4f %17s | %8.4f %9.4f   (word-boundary truth)'
                  % ('', bt, '', btp / bt if bt else 1.0, btp / f if f else 1.0, '',
                     brtp / bt if bt else 1.0, brtp / r if r else 1.0))
        miss = [(allq[i][1], res[i][1] - res[i][2]) for i in idx if res[i][2] < res[i][1]]
        if miss:
            print('            tsquery form missed (query, documents): %s' % miss[:5])
        extra = [(allq[i][1], res[i][0] - res[i][2]) for i in idx if res[i][2] < res[i][0]]
        if extra:
            print('            tsquery form extra (query, documents): %s' % extra[:5])
    print('%-11s %7d %9d | %8.4f %9.4f %8.3f %8.3f | %8.4f %9.4f %8.3f %8.3f'
          % ('all', tot[1], len(allq), tot[2] / tot[1], tot[2] / tot[0], statistics.median(lat), pct(lat, 95),
             tot[4] / tot[1], tot[4] / tot[3], statistics.median(lat_r), pct(lat_r, 95)))
    def by_category(ms):
        per = ', '.join('%s %.3f / %.3f' % (c, statistics.median(v), pct(v, 95))
                        for c in cats for v in [[ms[i] for i, (cc, _) in enumerate(allq) if cc == c]])
        return '%s; all %.3f / %.3f' % (per, statistics.median(ms), pct(ms, 95))
    print('recipe, first page (LIMIT 10): median / p95 ms per category: %s' % by_category(lat_p))
    print('recipe, first page, the planner free (enable_seqscan on): median / p95 ms per category: %s'
          % by_category(lat_free))
    slow = sorted(range(len(allq)), key=lambda i: -lat_p[i])[:8]
    print('slowest first pages (GIN): %s' % ', '.join('%s %s %.1f ms' % (allq[i][0], allq[i][1], lat_p[i]) for i in slow))


if __name__ == '__main__':
    main()

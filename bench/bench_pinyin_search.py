#!/usr/bin/env python3
"""bench_pinyin_search.py: recall, extra hits, latency, index size and build
time of the annot_cjk_pinyin configuration on the news corpus.

usage: bench/bench_pinyin_search.py CORPUS_DIR [--hans N] [--hant N] [--scale K]
           [--words N] [--seed S] [--lock PATH] [--opclass OPS] [--forms A,B]
           [--reuse [--requery]]
       (psql connection from the usual PG* environment variables; the
       annot_clean extension must be installed in that database)

Loads the first N articles of zh_hans.odd.jsonl.gz and of
zh_hant.odd.jsonl.gz ("body") into a scratch table (K copies of them with
--scale K, to reach a 100k-article table from the shared corpus), then:
  - prepare (holding --lock, the shared install lock, since it calls the
    extension's C functions): to_tsvector('annot_cjk') and
    to_tsvector('annot_cjk_pinyin') of every row, timed; the cleaned,
    folded text for the truth (words from ts_stat are folded already); a fixed-seed sample of --words distinct
    2-4 character words from ts_stat over annot_cjk_words (ICU words,
    article frequency >= 2); for each word its pinyin from
    annot_pinyin(word, 'plain' / 'tone' / 'number' / 'first') and the
    tsqueries of every form below, stored as tsquery values;
  - measure (no lock needed): GIN builds over the stored tsvectors, sizes,
    and for each query form: recall against fbody LIKE '%word%' (every
    article containing the word must be found), the extra articles
    returned (homophones), and GIN latency (EXPLAIN ANALYZE execution
    time, enable_seqscan off, second of two rounds) fetching every
    matching id and fetching the first page (LIMIT 10).
Nothing from the corpus is written outside the database and /tmp.
"""
import argparse
import csv
import fcntl
import gzip
import json
import os
import re
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import psql  # noqa: E402

# form -> SQL expression of the tsquery, from columns of bench_pw
FORMS = [
    ('han (annot_cjk)', "pg_catalog.to_tsquery('annot_cjk', word)", 'tsv_c'),
    ('han', "pg_catalog.to_tsquery('annot_cjk_pinyin', word)", 'tsv_p'),
    ('joined to_tsquery', "pg_catalog.to_tsquery('annot_cjk_pinyin', joined)", 'tsv_p'),
    ('joined toned', "pg_catalog.to_tsquery('annot_cjk_pinyin', toned)", 'tsv_p'),
    ('joined digits', "pg_catalog.to_tsquery('annot_cjk_pinyin', numbered)", 'tsv_p'),
    ('joined websearch', "pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', joined)", 'tsv_p'),
    ('spaced phraseto', "pg_catalog.phraseto_tsquery('annot_cjk_pinyin', spaced)", 'tsv_p'),
    ('spaced plainto', "pg_catalog.plainto_tsquery('annot_cjk_pinyin', spaced)", 'tsv_p'),
    ('spaced websearch', "pg_catalog.websearch_to_tsquery('annot_cjk_pinyin', spaced)", 'tsv_p'),
    ('spaced annot_pinyin_tsquery', "annot_pinyin_tsquery(spaced)", 'tsv_p'),
    ('initials', "pg_catalog.to_tsquery('annot_cjk_pinyin', initials)", 'tsv_p'),
    ('mixed pinyin+han', "pg_catalog.to_tsquery('annot_cjk_pinyin', mixed1)", 'tsv_p'),
    ('mixed han+pinyin', "pg_catalog.to_tsquery('annot_cjk_pinyin', mixed2)", 'tsv_p'),
]


def timed(sql):
    out = psql('\\timing on\n' + sql)
    return float(re.findall(r'Time: ([0-9.]+) ms', out)[-1]) / 1e3


def load(corpus, nhans, nhant, scale):
    bodies = []
    for name, limit in (('zh_hans.odd.jsonl.gz', nhans), ('zh_hant.odd.jsonl.gz', nhant)):
        k = 0
        with gzip.open(os.path.join(corpus, name), 'rt', encoding='utf-8') as fh:
            for line in fh:
                if k >= limit:
                    break
                b = (json.loads(line).get('body') or '').replace('\x00', '')
                if b:
                    bodies.append(b)
                    k += 1
    fd, path = tempfile.mkstemp(prefix='bench_pinsearch_', suffix='.csv', dir='/tmp')
    n = 0
    with os.fdopen(fd, 'w', newline='', encoding='utf-8') as out:
        w = csv.writer(out)
        for _ in range(scale):
            for b in bodies:
                n += 1
                w.writerow([n, b])
    os.chmod(path, 0o644)
    psql("""
DROP TABLE IF EXISTS bench_pdoc, bench_ptsv, bench_pw, bench_pq;
CREATE TABLE bench_pdoc (id int PRIMARY KEY, body text NOT NULL);
\\copy bench_pdoc FROM '%s' WITH (FORMAT csv)
ANALYZE bench_pdoc;
""" % path)
    os.unlink(path)
    return n


def prepare(nwords, seed):
    t_c = timed("CREATE TABLE bench_ptsv AS SELECT id, pg_catalog.to_tsvector('annot_cjk', body) AS tsv_c FROM bench_pdoc;")
    t_p = timed("CREATE TABLE bench_ptsv_p AS SELECT id, pg_catalog.to_tsvector('annot_cjk_pinyin', body) AS tsv_p FROM bench_pdoc;")
    psql("""
ALTER TABLE bench_ptsv ADD COLUMN tsv_p tsvector, ADD COLUMN fbody text;
UPDATE bench_ptsv t SET tsv_p = p.tsv_p FROM bench_ptsv_p p WHERE p.id = t.id;
UPDATE bench_ptsv t SET fbody = annot_cjk_fold(annot_clean(d.body)) FROM bench_pdoc d WHERE d.id = t.id;
DROP TABLE bench_ptsv_p;
ALTER TABLE bench_ptsv ADD PRIMARY KEY (id);
VACUUM ANALYZE bench_ptsv;
CREATE TABLE bench_pw AS
  SELECT word FROM pg_catalog.ts_stat(
    'SELECT pg_catalog.to_tsvector(''annot_cjk_words'', body) FROM bench_pdoc WHERE id %% 4 = 0')
  WHERE word ~ '^[\\u4e00-\\u9fff]{2,4}$' AND ndoc >= 2
  ORDER BY md5(word || '%s') LIMIT %d;
ALTER TABLE bench_pw
  ADD COLUMN spaced text, ADD COLUMN joined text, ADD COLUMN toned text,
  ADD COLUMN numbered text, ADD COLUMN initials text,
  ADD COLUMN mixed1 text, ADD COLUMN mixed2 text;
UPDATE bench_pw SET spaced = annot_pinyin(word, 'plain'),
  joined = replace(annot_pinyin(word, 'plain'), ' ', ''),
  toned = replace(annot_pinyin(word, 'tone'), ' ', ''),
  numbered = replace(annot_pinyin(word, 'number'), ' ', ''),
  initials = replace(annot_pinyin(word, 'first'), ' ', '');
-- mixed: the first character as pinyin, the rest as characters; and back
UPDATE bench_pw SET
  mixed1 = split_part(spaced, ' ', 1) || substr(word, 2),
  mixed2 = substr(word, 1, length(word) - 1) ||
           split_part(spaced, ' ', length(word));
""" % (seed, nwords))
    make_queries()
    return t_c, t_p


def make_queries():
    """The tsquery of every form for every word, by the installed library."""
    sel = ', '.join("(%s)::text" % expr for _, expr, _ in FORMS)
    psql("DROP TABLE IF EXISTS bench_pq;\n"
         "CREATE TABLE bench_pq AS SELECT word, ARRAY[%s] AS q FROM bench_pw;" % sel)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus')
    ap.add_argument('--hans', type=int, default=8000)
    ap.add_argument('--hant', type=int, default=4000)
    ap.add_argument('--scale', type=int, default=1, help='copies of the loaded articles')
    ap.add_argument('--words', type=int, default=250)
    ap.add_argument('--seed', default='pinsearch1')
    ap.add_argument('--lock', default='/tmp/annot_clean_install.lock')
    ap.add_argument('--reuse', action='store_true', help='keep the tables of the last run')
    ap.add_argument('--requery', action='store_true',
                    help='with --reuse: make the queries again with the installed library (the stored '
                    'vectors stay; for changes to the query side only)')
    ap.add_argument('--opclass', default='annot_cjk_ops', choices=('annot_cjk_ops', 'tsvector_ops'),
                    help='GIN operator class of both indexes')
    ap.add_argument('--forms', default='', help='measure only the query forms whose name contains one of these '
                    'comma-separated strings (default: all)')
    a = ap.parse_args()

    if not a.reuse:
        ndoc = load(a.corpus, a.hans, a.hant, a.scale)
        with open(a.lock, 'a') as lk:
            fcntl.flock(lk, fcntl.LOCK_EX)
            t_c, t_p = prepare(a.words, a.seed)
        print('articles: %d (%d x (zh_hans up to %d + zh_hant up to %d)); to_tsvector: annot_cjk %.1f s, '
              'annot_cjk_pinyin %.1f s (%.2f x)' % (ndoc, a.scale, a.hans, a.hant, t_c, t_p, t_p / t_c))
    elif a.requery:
        with open(a.lock, 'a') as lk:
            fcntl.flock(lk, fcntl.LOCK_EX)
            make_queries()
    ndoc = int(psql('SELECT count(*) FROM bench_ptsv;'))
    nbytes = int(psql('SELECT sum(octet_length(body)) FROM bench_pdoc;'))

    builds = {}
    for col in ('tsv_c', 'tsv_p'):
        ts = []
        for _ in range(1):
            ts.append(timed("SET maintenance_work_mem = '256MB';\nDROP INDEX IF EXISTS bench_ptsv_%s;\n"
                            "CREATE INDEX bench_ptsv_%s ON bench_ptsv USING gin (%s %s);"
                            % (col, col, col, a.opclass)))
        builds[col] = statistics.median(ts)
    sz = psql("SELECT pg_relation_size('bench_ptsv_tsv_c'), pg_relation_size('bench_ptsv_tsv_p'), "
              "sum(pg_column_size(tsv_c)), sum(pg_column_size(tsv_p)) FROM bench_ptsv;").strip().split('|')
    sz = [int(x) for x in sz]
    print('text %.1f MB; GIN annot_cjk %.1f MB, annot_cjk_pinyin %.1f MB (%.2f x); stored tsvectors %.1f MB vs %.1f MB (%.2f x)'
          % (nbytes / 1e6, sz[0] / 1e6, sz[1] / 1e6, sz[1] / sz[0], sz[2] / 1e6, sz[3] / 1e6, sz[3] / sz[2]))
    print('GIN build over stored tsvectors (%s): annot_cjk %.2f s, annot_cjk_pinyin %.2f s (%.2f x)'
          % (a.opclass, builds['tsv_c'], builds['tsv_p'], builds['tsv_p'] / builds['tsv_c']))
    lim = psql("""
SELECT count(*) FILTER (WHERE clamp), count(*) FILTER (WHERE cap) FROM (
  SELECT id, bool_or(16383 = ANY (u.positions)) AS clamp, bool_or(cardinality(u.positions) >= 255) AS cap
  FROM bench_ptsv, LATERAL pg_catalog.unnest(tsv_p) AS u GROUP BY id) s;""").strip().split('|')
    print('limits (annot_cjk_pinyin): %s articles reach position 16383, %s have a lexeme at the 255-position cap'
          % (lim[0], lim[1]))

    words = [l.split('\x02') for l in psql("SELECT word, array_to_string(q, chr(1)) FROM bench_pq ORDER BY word;",
                                           '-F', '\x02').strip().split('\n')]
    nlen = {}
    for w, _ in words:
        nlen[len(w)] = nlen.get(len(w), 0) + 1
    print('words: %d (%s)' % (len(words), ', '.join('%d chars: %d' % (k, nlen[k]) for k in sorted(nlen))))
    truth = {}
    sql = []
    for w, _ in words:
        sql.append("SELECT count(*) FROM bench_ptsv WHERE fbody LIKE '%%' || %s || '%%';" % lit(w))
    for (w, _), n in zip(words, psql('\n'.join(sql)).split()):
        truth[w] = int(n)

    print('%-28s %8s %8s %9s %9s %8s %8s %8s %8s' % ('form', 'recall', 'missed', 'found/tr', 'med ratio', 'med ms',
                                                    'p95 ms', 'LIMIT 10', 'p95'))
    for fi, (name, _, col) in enumerate(FORMS):
        if a.forms and not any(f in name for f in a.forms.split(',')):
            continue
        sql = []
        lat_sql = ["SET enable_seqscan = off;"]
        for w, qs in words:
            q = qs.split('\x01')[fi]
            sql.append("WITH f AS (SELECT id, fbody FROM bench_ptsv WHERE %s @@ %s::tsquery) "
                       "SELECT count(*), count(*) FILTER (WHERE fbody LIKE '%%' || %s || '%%') FROM f;"
                       % (col, lit(q), lit(w)))
        for _ in range(2):
            for w, qs in words:
                q = qs.split('\x01')[fi]
                lat_sql.append("EXPLAIN (ANALYZE, TIMING OFF) SELECT id FROM bench_ptsv WHERE %s @@ %s::tsquery;"
                               % (col, lit(q)))
                lat_sql.append("EXPLAIN (ANALYZE, TIMING OFF) SELECT id FROM bench_ptsv WHERE %s @@ %s::tsquery LIMIT 10;"
                               % (col, lit(q)))
        res = [list(map(int, l.split('|'))) for l in psql('\n'.join(sql)).strip().split('\n')]
        lat_all = [float(m) for m in re.findall(r'Execution Time: ([0-9.]+) ms', psql('\n'.join(lat_sql)))]
        lat_all = lat_all[2 * len(words):]		# second round: warm cache
        lat, lat_page = lat_all[0::2], lat_all[1::2]
        tot_t = sum(truth[w] for w, _ in words)
        tot_hit = sum(r[1] for r in res)
        tot_f = sum(r[0] for r in res)
        missed = [w for (w, _), r in zip(words, res) if r[1] < truth[w]]
        ratios = [r[0] / truth[w] for (w, _), r in zip(words, res) if truth[w] > 0]
        print('%-28s %8.4f %8d %9.2f %9.2f %8.2f %8.2f %8.2f %8.2f'
              % (name, tot_hit / tot_t if tot_t else 1.0, len(missed), tot_f / tot_t if tot_t else 0,
                 statistics.median(ratios) if ratios else 0, statistics.median(lat), pct(lat, 0.95),
                 statistics.median(lat_page), pct(lat_page, 0.95)))
        if missed:
            print('    missed words (%d): first %s' % (len(missed), ' '.join(missed[:8])))


def lit(s):
    return "'" + s.replace("'", "''") + "'"


if __name__ == '__main__':
    main()

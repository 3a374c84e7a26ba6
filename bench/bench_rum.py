#!/usr/bin/env python3
"""bench_rum.py: ranked search with the optional RUM index against the GIN
recipe, on the tables bench_search.py leaves behind.

usage: bench/bench_rum.py CORPUS_DIR [--per-cat N] [--seed S] [--rebuild] [--drop]
       (psql connection from the usual PG* environment variables; run
       bench_search.py on that database first; needs the rum extension,
       Debian package postgresql-<major>-rum)

Builds a RUM index (rum_tsvector_ops) on bench_tsv.tsv next to the
annot_cjk_ops GIN index bench_search.py built (--rebuild builds it again,
--drop removes it at the end), then, for queries sampled exactly as
bench_search.py samples them (same seed, same categories), in the AND form
(plainto_tsquery) and in the tsquery form (to_tsquery / websearch /
phraseto, the phrase-checking forms):
  - the README's ranked first page through GIN: WHERE tsv @@ q ORDER BY
    ts_rank_cd(tsv, q) DESC LIMIT 10 (server execution time, warm);
  - the same page through RUM: ORDER BY tsv <=> q LIMIT 10, RUM's own
    rank, computed from the positions stored in the index;
  - whether RUM's page is right: its ten distances, recomputed from the
    stored vectors, against the ten smallest distances over every match
    (a sort without the index); a page counts as right when both lists are
    equal, so ties cannot make it wrong;
  - every matching id through each index alone (no ranking; both must give
    the same ids), and build time
    and size of the RUM index against the GIN index and the text.
Each index is measured alone: the other one is dropped inside a transaction
that is rolled back.
"""
import argparse
import os
import re
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import psql  # noqa: E402
from bench_search import exec_ms, lit, pct, read_corpus, sample_queries, tsquery_of  # noqa: E402

GIN = 'bench_tsv_gin8'
RUM = 'bench_tsv_rum'
CATS = ('one', 'two', 'three_four', 'multi', 'phrase')


def form_of(form, cat, q):
    if form == 'and':
        return "pg_catalog.plainto_tsquery('annot_cjk', %s)" % lit(q)
    return tsquery_of(cat, q)


def without_index(drop, statements):
    """Run the statements in one transaction in which index `drop` does not
    exist (dropped, then rolled back), sequential scans off; psql's output."""
    return psql('\n'.join(["BEGIN;", "DROP INDEX %s;" % drop, "SET LOCAL enable_seqscan = off;",
                           *statements, "ROLLBACK;"]))


def timed(sql_per_query, drop, rounds=2):
    """Server execution time of each statement without index `drop` (last
    round: warm cache)."""
    out = without_index(drop, ["EXPLAIN (ANALYZE, TIMING OFF) %s;" % s for _ in range(rounds) for s in sql_per_query])
    return exec_ms(out)[-len(sql_per_query):]


def lists(sql_per_query, drop):
    """The first column of each statement's rows without index `drop`, as one
    string per statement (values rounded to six digits)."""
    out = without_index(drop, ["SELECT 'r:' || coalesce(string_agg(round(v::numeric, 6)::text, ',' ORDER BY n), '') "
                               "FROM (SELECT row_number() OVER () AS n, v FROM (%s) s(v)) r;" % s
                               for s in sql_per_query])
    return [l for l in out.split('\n') if l.startswith('r:')]


def build_rum(rebuild):
    exists = psql("SELECT to_regclass('%s') IS NOT NULL;" % RUM).strip() == 't'
    if exists and not rebuild:
        print('RUM index: kept from an earlier run (--rebuild builds it again)')
        return
    out = psql("SET maintenance_work_mem = '64MB';\nDROP INDEX IF EXISTS %s;\n\\timing on\n"
               "CREATE INDEX %s ON bench_tsv USING rum (tsv rum_tsvector_ops);\n" % (RUM, RUM))
    print('RUM build (maintenance_work_mem 64MB): %.1f s' % (float(re.findall(r'Time: ([0-9.]+) ms', out)[-1]) / 1e3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus')
    ap.add_argument('--per-cat', type=int, default=20)
    ap.add_argument('--seed', type=int, default=20261129)
    ap.add_argument('--rebuild', action='store_true', help='build the RUM index even if it exists')
    ap.add_argument('--drop', action='store_true', help='drop the RUM index at the end')
    a = ap.parse_args()

    if psql("SELECT to_regclass('%s') IS NULL;" % GIN).strip() == 't':
        sys.exit('no %s index: run bench_search.py on this database first' % GIN)
    psql("CREATE EXTENSION IF NOT EXISTS rum;")
    build_rum(a.rebuild)
    sz = psql("SELECT pg_relation_size('%s'), pg_relation_size('%s'), (SELECT sum(octet_length(body)) FROM bench_doc), "
              "(SELECT count(*) FROM bench_doc);" % (RUM, GIN)).strip().split('|')
    rum_b, gin_b, text_b, ndoc = map(int, sz)
    print('corpus: %d articles, %.1f MB of text; RUM index %.1f MB = %.2f x text = %.2f x the annot_cjk_ops index (%.1f MB)'
          % (ndoc, text_b / 1e6, rum_b / 1e6, rum_b / text_b, rum_b / gin_b, gin_b / 1e6))

    cats = sample_queries(read_corpus(a.corpus), a.per_cat, a.seed)
    allq = [(c, q) for c in CATS for q in cats[c]]
    print('queries: %d per category (%s), seed %d; median / p95 ms, server execution time, warm'
          % (a.per_cat, ', '.join(CATS), a.seed))
    for form in ('and', 'tsquery'):
        qs = [form_of(form, c, q) for c, q in allq]
        where = ["FROM bench_tsv, %s AS q WHERE tsv @@ q" % t for t in qs]
        gin_rank = timed(["SELECT id %s ORDER BY ts_rank_cd(tsv, q) DESC LIMIT 10" % w for w in where], RUM)
        gin_all = timed(["SELECT id %s" % w for w in where], RUM)
        rum_rank = timed(["SELECT id %s ORDER BY tsv <=> q LIMIT 10" % w for w in where], GIN)
        rum_all = timed(["SELECT id %s" % w for w in where], GIN)
        got = lists(["SELECT tsv <=> q %s ORDER BY tsv <=> q LIMIT 10" % w for w in where], GIN)
        want = lists(["SELECT tsv <=> q %s ORDER BY 1 LIMIT 10" % w for w in where], RUM)
        ids_rum = lists(["SELECT id %s ORDER BY id" % w for w in where], GIN)
        ids_gin = lists(["SELECT id %s ORDER BY id" % w for w in where], RUM)
        print('form %s (%s)' % (form, 'plainto_tsquery' if form == 'and' else 'to_tsquery / websearch / phraseto'))
        print('  %-11s | %-17s %-17s | %-17s %-17s | %s' % ('category', 'GIN ranked page', 'RUM ranked page',
                                                          'GIN all ids', 'RUM all ids', 'RUM pages right, same ids'))
        for c in CATS + ('all',):
            idx = [i for i, (cc, _) in enumerate(allq) if c in ('all', cc)]

            def mp(xs):
                v = [xs[i] for i in idx]
                return '%7.2f / %7.2f' % (statistics.median(v), pct(v, 95))
            right = sum(got[i] == want[i] for i in idx)
            same = sum(ids_rum[i] == ids_gin[i] for i in idx)
            print('  %-11s | %s %s | %s %s | %d of %d, %d of %d' % (c, mp(gin_rank), mp(rum_rank), mp(gin_all),
                                                                  mp(rum_all), right, len(idx), same, len(idx)))
        wrong = [(allq[i][1], got[i][:40], want[i][:40]) for i in range(len(allq)) if got[i] != want[i]]
        for q, g, w in wrong[:3]:
            print('    wrong page for %s: RUM gave %s..., the ten best are %s...' % (q, g, w))
    if a.drop:
        psql("DROP INDEX %s;" % RUM)


if __name__ == '__main__':
    main()

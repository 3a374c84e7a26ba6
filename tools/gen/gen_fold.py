#!/usr/bin/env python3
"""Generate src/core/gen/ac_fold_data.[ch]: per-code-point search folding.

  T2S      Traditional -> Simplified of each Han code point taken alone:
           ICU 72 "Hant-Hans" (tools/gen/dump_t2s.c), complemented by Unihan
           kSimplifiedVariant where ICU leaves a Traditional-only character
           unchanged (the variant is one code point other than itself) and
           the variant is in the BMP.  The ~3400 variants in Ext B and later
           are analogical simplifications encoded since 2015 that fonts and
           input methods lack, so simplified text keeps the traditional form
           (and e.g. Japanese 働 must stay 働 for word segmentation).
           Chains are resolved so that t2s(t2s(c)) == t2s(c).
  NFKC_CF  ICU unorm2_getNFKCCasefoldInstance() of every code point taken
           alone (tools/gen/dump_nfkc_cf.c); only changed code points stored.

Python 3 standard library; builds and runs the two small ICU dump programs
with cc and pkg-config unless --t2s/--nfkc give their output.

Table layout (both maps): stage1[cp >> SHIFT] names a block of stage2 whose
entry for cp is an offset into a pool of uint32 words; offset 0 means "cp
maps to itself".  At an offset, the first word is (count << 21) | first code
point, the remaining count - 1 words follow.

Usage: gen_fold.py [--unicode DIR] [--t2s FILE] [--nfkc FILE] [-o OUT]
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from unihan import code_points, unihan_fields  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..'))
MAXCPS = 18                      # AC_FOLD_MAXCPS in src/core/ac_fold.h


def run_dump(name, libs):
    """Build tools/gen/<name>.c against ICU and return its output lines."""
    flags = subprocess.run(['pkg-config', '--cflags', '--libs'] + libs, check=True,
                           capture_output=True, text=True).stdout.split()
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, name)
        subprocess.run(['cc', '-O2', '-o', exe, os.path.join(HERE, name + '.c')] + flags, check=True)
        return subprocess.run([exe], check=True, capture_output=True, text=True).stdout.splitlines()


def read_dump(lines):
    header = ''
    res = {}
    for line in lines:
        if line.startswith('#'):
            header = header or line[1:].strip()
            continue
        if not line.strip():
            continue
        cp, _, value = line.partition('\t')
        res[int(cp, 16)] = tuple(int(v, 16) for v in value.split())
    return header, res


def read_simplified_variants(path):
    values = unihan_fields(path, ['kSimplifiedVariant'])['kSimplifiedVariant']
    return {cp: code_points(v) for cp, v in values.items()}


def build_t2s(icu, variants):
    t2s = {}
    multi = 0
    for cp, res in icu.items():
        if len(res) == 1:
            t2s[cp] = res[0]
        else:
            multi += 1
    added = 0
    for cp, vs in variants.items():
        if cp not in t2s and len(vs) == 1 and vs[0] != cp and vs[0] <= 0xFFFF:
            t2s[cp] = vs[0]
            added += 1
    # Resolve chains (a -> b -> c gives a -> c); a cycle collapses to its
    # smallest member, which then maps to itself.
    resolved = {}
    cycles = 0
    for cp in sorted(t2s):
        seen = [cp]
        cur = t2s[cp]
        while cur in t2s and cur not in seen:
            seen.append(cur)
            cur = t2s[cur]
        if cur in seen:          # cycle
            cycles += 1
            cur = min(seen[seen.index(cur):])
        if cur != cp:
            resolved[cp] = cur
    chains = sum(1 for cp in resolved if resolved[cp] != t2s[cp])
    return resolved, dict(multi=multi, added=added, chains=chains, cycles=cycles)


def layout(values, shift):
    pool = [0]
    where = {}
    for cp in sorted(values):
        v = values[cp]
        if v not in where:
            where[v] = len(pool)
            pool.append((len(v) << 21) | (v[0] if v else 0))
            pool.extend(v[1:])
    assert len(pool) < 65536
    maxcp = max(values)
    bsize = 1 << shift
    blocks, block_id, stage1 = [], {}, []
    for b in range((maxcp >> shift) + 1):
        blk = tuple(where[values[c]] if c in values else 0
                    for c in range(b << shift, (b + 1) << shift))
        if blk not in block_id:
            block_id[blk] = len(blocks)
            blocks.append(blk)
        stage1.append(block_id[blk])
    assert len(blocks) < 65536
    size = 4 * len(pool) + 2 * bsize * len(blocks) + 2 * len(stage1)
    return dict(size=size, pool=pool, blocks=blocks, stage1=stage1, maxcp=maxcp, shift=shift)


def emit_map(w, h, prefix, macro, values):
    best = min((layout(values, s) for s in range(3, 10)), key=lambda t: t['size'])
    pool, blocks, stage1, shift = best['pool'], best['blocks'], best['stage1'], best['shift']
    w('/* %d code points, pool %d words, %d blocks of %d: %d bytes */'
      % (len(values), len(pool), len(blocks), 1 << shift, best['size']))
    w('const uint32_t %s_pool[%d] = {' % (prefix, len(pool)))
    for i in range(0, len(pool), 8):
        w('\t' + ' '.join('0x%07x,' % v for v in pool[i:i + 8]))
    w('};')
    w('')
    w('const uint16_t %s_stage2[%d] = {' % (prefix, len(blocks) << shift))
    for blk in blocks:
        for i in range(0, len(blk), 16):
            w('\t' + ' '.join('%d,' % v for v in blk[i:i + 16]))
    w('};')
    w('')
    w('const uint16_t %s_stage1[%d] = {' % (prefix, len(stage1)))
    for i in range(0, len(stage1), 16):
        w('\t' + ' '.join('%d,' % v for v in stage1[i:i + 16]))
    w('};')
    w('')
    h('#define %s_SHIFT %d' % (macro, shift))
    h('#define %s_MAXCP 0x%X' % (macro, best['maxcp']))
    h('extern const uint32_t %s_pool[%d];' % (prefix, len(pool)))
    h('extern const uint16_t %s_stage2[%d];' % (prefix, len(blocks) << shift))
    h('extern const uint16_t %s_stage1[%d];' % (prefix, len(stage1)))
    h('')
    return best['size']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--unicode', default='/usr/share/unicode')
    ap.add_argument('--t2s', help='output of dump_t2s (default: build and run it)')
    ap.add_argument('--nfkc', help='output of dump_nfkc_cf (default: build and run it)')
    ap.add_argument('-o', dest='out', default=os.path.join(TOP, 'src/core/gen/ac_fold_data.c'))
    args = ap.parse_args()

    t2s_lines = open(args.t2s).read().splitlines() if args.t2s else run_dump('dump_t2s', ['icu-i18n', 'icu-uc'])
    nfkc_lines = open(args.nfkc).read().splitlines() if args.nfkc else run_dump('dump_nfkc_cf', ['icu-uc'])
    t2s_src, icu_t2s = read_dump(t2s_lines)
    nfkc_src, nfkc = read_dump(nfkc_lines)
    variants = read_simplified_variants(os.path.join(args.unicode, 'Unihan_Variants.txt.bz2'))
    t2s, stats = build_t2s(icu_t2s, variants)
    assert max(len(v) for v in nfkc.values()) <= MAXCPS

    # The search fold must be idempotent code point by code point.
    def search(cp):
        return [t2s.get(c, c) for c in nfkc.get(cp, (cp,))]
    for cp in set(nfkc) | set(t2s):
        once = search(cp)
        twice = [c2 for c in once for c2 in search(c)]
        assert once == twice, 'fold not idempotent at U+%04X' % cp

    lines, hdr = [], []
    w, h = lines.append, hdr.append
    w('/*')
    w(' * ac_fold_data.c: GENERATED by tools/gen/gen_fold.py; do not edit.')
    w(' * T2S: %s, %d code points (%d from Unihan kSimplifiedVariant;' % (t2s_src, len(t2s), stats['added']))
    w(' *      %d chains resolved, %d cycles, %d multi-code-point ICU results ignored).'
      % (stats['chains'], stats['cycles'], stats['multi']))
    w(' * NFKC_CF: %s, %d code points changed.' % (nfkc_src, len(nfkc)))
    w(' * Licences: see NOTICE (Unicode, ICU).')
    w(' */')
    w('#include "ac_fold_data.h"')
    w('')
    h('/* ac_fold_data.h: GENERATED by tools/gen/gen_fold.py; do not edit. */')
    h('#ifndef AC_FOLD_DATA_H')
    h('#define AC_FOLD_DATA_H')
    h('')
    h('#include <stdint.h>')
    h('')
    h('#define AC_FOLD_T2S_COUNT %d' % len(t2s))
    h('#define AC_FOLD_NFKC_COUNT %d' % len(nfkc))
    h('')
    s1 = emit_map(w, h, 'ac_fold_t2s', 'AC_FOLD_T2S', {cp: (v,) for cp, v in t2s.items()})
    s2 = emit_map(w, h, 'ac_fold_nfkc', 'AC_FOLD_NFKC', nfkc)
    h('#endif')
    with open(args.out, 'w', encoding='ascii') as f:
        f.write('\n'.join(lines))
    with open(os.path.splitext(args.out)[0] + '.h', 'w', encoding='ascii') as f:
        f.write('\n'.join(hdr) + '\n')
    sys.stderr.write('%s: t2s %d code points (%d bytes), nfkc_cf %d code points (%d bytes); %s\n'
                     % (args.out, len(t2s), s1, len(nfkc), s2, stats))


if __name__ == '__main__':
    main()

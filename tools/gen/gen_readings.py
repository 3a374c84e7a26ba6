#!/usr/bin/env python3
"""Generate src/core/gen/ac_readings_data.c: syllables and the readings of
every Han character.  Python 3 standard library only.

Sources (see NOTICE):
  pinyin-data pinyin.txt           all readings per code point (MIT)
  pinyin-pro pinyinpro_chars.tsv   single-character default reading (MIT)
  Unihan_Readings.txt.bz2          kMandarin, kTGHZ2013, kXHC1983, kHanyuPinyin
  Unihan_IRGSources.txt.bz2        kCompatibilityVariant (compatibility
                                   ideographs without readings of their own)
  syllables.txt                    toneless syllables

Every character gets the union of its readings in all sources, tones kept,
the default first: pinyin-pro's default if any, else kMandarin's first, else
pinyin-data's first; the others follow in source order (pinyin-data,
kMandarin, kTGHZ2013, kXHC1983, kHanyuPinyin, pinyin-pro).

Spelling of toneless syllable names (ASCII): u-umlaut is "v" (lv, nve);
e-circumflex (ê, as in 欸) is "ea"; the syllabic nasals are m, n, ng, hm,
hng.  A reading is (syllable id << 3) | tone, tone 1..4, 5 = neutral.

Usage: gen_readings.py [--shared DIR] [--unicode DIR] [-o OUT]
"""
import argparse
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from unihan import code_points, unihan_fields  # noqa: E402

TONE_MARKS = {'\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4}


def parse_syllable(text):
    """'zhōng' -> ('zhong', 1); 'lǜ' -> ('lv', 4); 'de' -> ('de', 5);
    'lü3'/'de0' numbered forms also accepted (0 = neutral)."""
    s = unicodedata.normalize('NFD', text.strip().lower())
    tone = 5
    if s and s[-1] in '012345':
        tone = int(s[-1]) or 5
        s = s[:-1]
    out = []
    for ch in s:
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        elif ch == '\u0308':        # diaeresis: u -> v
            if not out or out[-1] != 'u':
                raise ValueError('stray diaeresis in %r' % text)
            out[-1] = 'v'
        elif ch == '\u0302':        # circumflex: only ê exists
            if not out or out[-1] != 'e':
                raise ValueError('stray circumflex in %r' % text)
            out[-1] = 'ê'
        elif 'a' <= ch <= 'z':
            out.append(ch)
        else:
            raise ValueError('bad character %r in %r' % (ch, text))
    name = ''.join(out)
    if name == 'ê':
        name = 'ea'
    if not name or 'ê' in name:
        raise ValueError('bad syllable %r' % text)
    return name, tone


HAN_RANGES = [(0x3007, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
              (0x20000, 0x2A6DF), (0x2A700, 0x2EE5F), (0x2F800, 0x2FA1F),
              (0x30000, 0x323AF)]


def is_han(cp):
    """Same ranges as ac_is_han(): private-use code points in pinyin-data
    (GB 18030 PUA) and anything else outside the Han blocks are dropped."""
    return any(lo <= cp <= hi for lo, hi in HAN_RANGES)


def read_pinyin_data(path):
    res = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            cp, readings = line.split(':', 1)
            cp = int(cp.strip()[2:], 16)
            res[cp] = [parse_syllable(r) for r in readings.strip().split(',') if r.strip()]
    return res


def read_pinyin_pro(path):
    res = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            ch, reading = line.split('\t')[:2]
            if len(ch) != 1:
                continue
            res[ord(ch)] = [parse_syllable(reading)]
    return res


def read_unihan(path, fields):
    res = {}
    for field, values in unihan_fields(path, fields).items():
        res[field] = {}
        for cp, value in values.items():
            readings = []
            for item in value.split():
                if ':' in item:            # "0442.080:háng" / "20811.060:háng,xìng"
                    item = item.split(':', 1)[1]
                for r in item.split(','):
                    if r:
                        readings.append(parse_syllable(r))
            res[field][cp] = readings
    return res


def read_compat_variants(path):
    values = unihan_fields(path, ['kCompatibilityVariant'])['kCompatibilityVariant']
    return {cp: code_points(v)[0] for cp, v in values.items()}


def build(args):
    shared = args.shared
    pdata = read_pinyin_data(os.path.join(shared, 'data/pinyin/pinyin-data/pinyin.txt'))
    ppro = read_pinyin_pro(os.path.join(shared, 'data/pinyin/pinyin-pro/pinyinpro_chars.tsv'))
    uni = read_unihan(os.path.join(args.unicode, 'Unihan_Readings.txt.bz2'),
                      ['kMandarin', 'kTGHZ2013', 'kXHC1983', 'kHanyuPinyin'])
    compat = read_compat_variants(os.path.join(args.unicode, 'Unihan_IRGSources.txt.bz2'))
    with open(os.path.join(shared, 'data/pinyin/syllables.txt'), encoding='ascii') as f:
        base_syllables = {l.strip() for l in f if l.strip() and not l.startswith('#')}

    sources = [pdata, uni['kMandarin'], uni['kTGHZ2013'], uni['kXHC1983'],
               uni['kHanyuPinyin'], ppro]
    cps = set()
    for s in sources:
        cps.update(s)
    dropped = sorted(cp for cp in cps if not is_han(cp))
    cps -= set(dropped)
    sys.stderr.write('dropped %d code points outside the Han blocks (e.g. %s)\n'
                     % (len(dropped), ' '.join('U+%04X' % c for c in dropped[:5])))
    chars = {}
    for cp in sorted(cps):
        if cp in ppro:
            first = ppro[cp][0]
        elif cp in uni['kMandarin']:
            first = uni['kMandarin'][cp][0]
        else:
            first = pdata[cp][0]
        seq = [first]
        for s in sources:
            for r in s.get(cp, ()):
                if r not in seq:
                    seq.append(r)
        chars[cp] = seq
    ncompat = 0
    for cp, target in sorted(compat.items()):
        if cp not in chars and target in chars:
            chars[cp] = list(chars[target])
            ncompat += 1

    syllables = set(base_syllables)
    for seq in chars.values():
        syllables.update(name for name, _ in seq)
    syllables = sorted(syllables)
    extra = sorted(set(syllables) - base_syllables)
    syl_id = {s: i for i, s in enumerate(syllables)}
    assert len(syllables) < (1 << 13)
    assert max(len(s) for s in syllables) <= 6

    packed = {cp: [(syl_id[n] << 3) | t for n, t in seq] for cp, seq in chars.items()}
    return syllables, extra, packed, ncompat


def layout(packed, shift):
    """Pool of deduplicated reading lists, each preceded by its count;
    stage2 blocks of 1 << shift pool offsets; stage1 indexed by cp >> shift."""
    pool = [0]                   # offset 0: the empty list
    where = {(): 0}
    for cp in sorted(packed):
        key = tuple(packed[cp])
        if key not in where:
            where[key] = len(pool)
            pool.append(len(key))
            pool.extend(key)
    assert len(pool) < 65536
    maxcp = max(packed)
    nblocks1 = (maxcp >> shift) + 1
    bsize = 1 << shift
    blocks = []
    block_id = {}
    stage1 = []
    for b in range(nblocks1):
        blk = tuple(where[tuple(packed.get((b << shift) + i, ()))] for i in range(bsize))
        if blk not in block_id:
            block_id[blk] = len(blocks)
            blocks.append(blk)
        stage1.append(block_id[blk])
    size = 2 * len(pool) + 2 * bsize * len(blocks) + (2 if len(blocks) < 65536 else 4) * len(stage1)
    return size, pool, blocks, stage1, maxcp


def emit(out, syllables, extra, packed, ncompat):
    best = min((layout(packed, s) + (s,) for s in range(4, 10)), key=lambda t: t[0])
    size, pool, blocks, stage1, maxcp, shift = best
    assert len(blocks) < 65536
    lines = []
    w = lines.append
    w('/*')
    w(' * ac_readings_data.c: GENERATED by tools/gen/gen_readings.py; do not edit.')
    w(' * Sources: pinyin-data, pinyin-pro, Unihan 15 (see NOTICE).')
    w(' * %d syllables (not in syllables.txt: %s), %d characters with readings'
      % (len(syllables), ' '.join(extra) or 'none', len(packed)))
    w(' * (%d compatibility ideographs via kCompatibilityVariant), %d readings,'
      % (ncompat, sum(len(v) for v in packed.values())))
    w(' * pool %d entries, %d blocks of %d, about %d bytes of tables.'
      % (len(pool), len(blocks), 1 << shift, size))
    w(' */')
    w('#include "ac_readings_data.h"')
    w('')
    w('const int ac_syllable_count_data = %d;' % len(syllables))
    w('const int ac_han_with_readings_count = %d;' % len(packed))
    w('')
    w('const char ac_syllable_names[%d][8] = {' % len(syllables))
    for i in range(0, len(syllables), 8):
        w('\t' + ' '.join('"%s",' % s for s in syllables[i:i + 8]))
    w('};')
    w('')
    w('/* Names packed big-endian into integers, for a branch-light binary search. */')
    w('const uint64_t ac_syllable_keys[%d] = {' % len(syllables))
    for i in range(0, len(syllables), 4):
        keys = []
        for s in syllables[i:i + 4]:
            k = 0
            for j in range(8):
                k = (k << 8) | (ord(s[j]) if j < len(s) else 0)
            keys.append('UINT64_C(0x%016x),' % k)
        w('\t' + ' '.join(keys))
    w('};')
    w('')
    w('const uint16_t ac_readings_pool[%d] = {' % len(pool))
    for i in range(0, len(pool), 12):
        w('\t' + ' '.join('%d,' % v for v in pool[i:i + 12]))
    w('};')
    w('')
    w('const uint16_t ac_readings_stage2[%d] = {' % (len(blocks) << shift))
    for blk in blocks:
        for i in range(0, len(blk), 16):
            w('\t' + ' '.join('%d,' % v for v in blk[i:i + 16]))
    w('};')
    w('')
    w('const uint16_t ac_readings_stage1[%d] = {' % len(stage1))
    for i in range(0, len(stage1), 16):
        w('\t' + ' '.join('%d,' % v for v in stage1[i:i + 16]))
    w('};')
    w('')
    hdr = []
    h = hdr.append
    h('/* ac_readings_data.h: GENERATED by tools/gen/gen_readings.py; do not edit. */')
    h('#ifndef AC_READINGS_DATA_H')
    h('#define AC_READINGS_DATA_H')
    h('')
    h('#include <stdint.h>')
    h('')
    h('#define AC_SYLLABLE_COUNT %d' % len(syllables))
    h('#define AC_READINGS_SHIFT %d' % shift)
    h('#define AC_READINGS_MAXCP 0x%X' % maxcp)
    h('#define AC_READINGS_STAGE1_LEN %d' % len(stage1))
    h('')
    h('extern const int ac_syllable_count_data;')
    h('extern const int ac_han_with_readings_count;')
    h('extern const char ac_syllable_names[AC_SYLLABLE_COUNT][8];')
    h('extern const uint64_t ac_syllable_keys[AC_SYLLABLE_COUNT];')
    h('extern const uint16_t ac_readings_pool[];')
    h('extern const uint16_t ac_readings_stage2[];')
    h('extern const uint16_t ac_readings_stage1[AC_READINGS_STAGE1_LEN];')
    h('')
    h('#endif')
    with open(out, 'w', encoding='ascii') as f:
        f.write('\n'.join(lines))
    with open(os.path.splitext(out)[0] + '.h', 'w', encoding='ascii') as f:
        f.write('\n'.join(hdr) + '\n')
    sys.stderr.write('%s: %d syllables, %d characters, pool %d, %d blocks of %d, ~%d bytes\n'
                     % (out, len(syllables), len(packed), len(pool), len(blocks), 1 << shift, size))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    top = os.path.normpath(os.path.join(here, '..', '..'))
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.path.join(top, '..', 'shared'))
    ap.add_argument('--unicode', default='/usr/share/unicode')
    ap.add_argument('-o', dest='out', default=os.path.join(top, 'src/core/gen/ac_readings_data.c'))
    args = ap.parse_args()
    syllables, extra, packed, ncompat = build(args)
    emit(args.out, syllables, extra, packed, ncompat)


if __name__ == '__main__':
    main()

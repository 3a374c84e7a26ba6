#!/usr/bin/env python3
"""Generate src/core/gen/ac_phrase_data.c: the context tables of the pinyin
converter (src/core/ac_pinyin.c).

Inputs (MIT, see NOTICE), from the shared data folder:
  pinyin-data/pinyin.txt            readings of every character (order = frequency)
  pinyin-pro/pinyinpro_chars.tsv    pinyin-pro's default reading per character
  pinyin-pro/pinyinpro_phrases.tsv  pinyin-pro's phrases (win over the next one)
  phrase-pinyin-data/pinyin.txt     ~47k phrases
  syllables.txt                     the toneless syllables; ids are those of
                                    ac_readings (src/core/gen/ac_readings_data.c)

Traditional characters are folded to Simplified per code point with ICU's
Hant-Hans transliterator (the `uconv` tool from icu-devtools), the same fold
the run-time uses (ac_fold_t2s), so a phrase is stored once, under its
Simplified key, and Traditional text finds it.

Tables written:
  ac_pp_syl[]            syllable names, index = the syllable id used below
  ac_pp_def_cp/rd[]      the default reading of each polyphonic character
                         (pinyin-pro's default, else pinyin-data's first)
  ac_pp_first_cp/idx[]   first character of phrases -> range of phrases
  ac_pp_off[]            phrase k = pool[off[k] .. off[k+1])
  ac_pp_cp[], ac_pp_rd[] the phrase pool: characters and their readings

A reading is (syllable id << 3) | tone, tone 1..4 or 5 = neutral, the same
packing as ac_readings.h.  A phrase is kept only when it carries evidence:
its reading differs from the defaults, or it contains a polyphonic
character and so can shield that character from a wrong phrase that
overlaps it (see ac_pinyin.c).  Phrases are sorted by code points, shorter
first, so the run-time narrows a range character by character.

Usage: gen_phrases.py DATA_DIR OUT_C
"""
import os
import subprocess
import sys
import unicodedata

TONED = {}
for base, marks in (("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"),
                    ("u", "ūúǔù"), ("v", "ǖǘǚǜ")):
    for t, ch in enumerate(marks, 1):
        TONED[ch] = (base, t)
TONED["ḿ"] = ("m", 2)
TONED["ń"] = ("n", 2)
TONED["ň"] = ("n", 3)
TONED["ǹ"] = ("n", 4)

MAX_PHRASE = 8


def parse_syllable(s, sylid):
    """'zhōng' -> (id, 1); 'de' -> (id, 5); digits 'de0'/'zhong1' too."""
    s = unicodedata.normalize("NFC", s.strip().lower())
    tone = 5
    if s and s[-1].isdigit():
        tone = int(s[-1]) or 5
        s = s[:-1]
    out = []
    for ch in s:
        if ch in TONED:
            b, t = TONED[ch]
            out.append(b)
            tone = t
        elif ch == "ü":
            out.append("v")
        elif ch in "\u0304\u0301\u030c\u0300":  # combining marks on m/n/ê
            tone = "\u0304\u0301\u030c\u0300".index(ch) + 1
        elif ch == "ê":
            out.append("ea")
        else:
            out.append(ch)
    name = "".join(out)
    if name not in sylid or not 1 <= tone <= 5:
        return None
    return (sylid[name] << 3) | tone


def syllable_table(data):
    """The syllable ids of ac_readings (src/core/gen/ac_readings_data.c:
    syllables.txt plus the few extra ones its data needs, sorted), so that
    table readings need no translation at run time."""
    import re
    gen = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/core/gen/ac_readings_data.c")
    if os.path.exists(gen):
        text = open(gen, encoding="utf-8").read()
        body = text[text.index("ac_syllable_names["):]
        body = body[body.index("{") + 1:body.index("};")]
        return re.findall(r'"([a-z]+)"', body)
    return [l.strip() for l in open(os.path.join(data, "syllables.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("#")]


def t2s_map(chars):
    """Per-code-point Traditional -> Simplified with ICU (uconv)."""
    chars = sorted(chars)
    res = subprocess.run(["uconv", "-x", "Hant-Hans"], input="\n".join(chars) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    m = {}
    for a, b in zip(chars, res):
        if len(b) == 1 and b != a:
            m[a] = b
    return m


def main():
    data, out_c = sys.argv[1], sys.argv[2]
    syls = syllable_table(data)
    sylid = {s: i for i, s in enumerate(syls)}

    # readings of every character (pinyin-data), most frequent first
    readings = {}
    for line in open(os.path.join(data, "pinyin-data/pinyin.txt"), encoding="utf-8"):
        if not line.startswith("U+"):
            continue
        cp = int(line[2:line.index(":")], 16)
        rs = [parse_syllable(x, sylid) for x in line.split(":", 1)[1].split("#")[0].split(",")]
        rs = [r for r in rs if r is not None]
        if rs:
            readings[chr(cp)] = rs

    defaults = {c: rs[0] for c, rs in readings.items()}
    for line in open(os.path.join(data, "pinyin-pro/pinyinpro_chars.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 2 and len(f[0]) == 1:
            r = parse_syllable(f[1], sylid)
            if r is not None:
                defaults[f[0]] = r

    # most frequent readings measured on the tuning half of the heteronym
    # set (tools/gen/tune_defaults.py), where they are a clear majority
    tuned = os.environ.get("AC_TUNED_FILE") or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "tuned_defaults.tsv")
    if os.environ.get("AC_PINLU"):
        import bz2
        for line in bz2.open("/usr/share/unicode/Unihan_Readings.txt.bz2", "rt", encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) == 3 and f[1] == "kHanyuPinlu":
                c = chr(int(f[0][2:], 16))
                best = max(f[2].split(), key=lambda x: int(x[x.index("(") + 1:-1]))
                r = parse_syllable(best[:best.index("(")], sylid)
                if r is not None and c in readings:
                    defaults[c] = r
    if os.path.exists(tuned) and os.environ.get("AC_NO_TUNED") is None:
        for line in open(tuned, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(f) < 2:
                continue
            r = parse_syllable(f[1], sylid)
            if r is not None and f[0] in readings and any(x >> 3 == r >> 3 for x in readings[f[0]]):
                defaults[f[0]] = r

    phrases_raw = []   # (word, [readings]) in priority order
    for line in open(os.path.join(data, "pinyin-pro/pinyinpro_phrases.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 2:
            phrases_raw.append((f[0], f[1].split()))
    for line in open(os.path.join(data, "phrase-pinyin-data/pinyin.txt"), encoding="utf-8"):
        if line.startswith("#") or ":" not in line:
            continue
        w, p = line.split(":", 1)
        phrases_raw.append((w.strip(), p.split()))

    allchars = set(defaults) | {c for w, _ in phrases_raw for c in w}
    t2s = t2s_map(allchars)

    # A Traditional character's default is its Simplified form's default
    # unless that reading is not one of its own readings.
    def fold(c):
        return t2s.get(c, c)

    polyphonic = {c for c, rs in readings.items() if len({r >> 3 for r in rs}) > 1 or len(rs) > 1}

    phrases = {}
    for w, ps in phrases_raw:
        if not 2 <= len(w) <= MAX_PHRASE or len(ps) != len(w):
            continue
        if any(ord(c) > 0xFFFF or c not in readings and fold(c) not in readings for c in w):
            continue
        rs = [parse_syllable(p, sylid) for p in ps]
        if None in rs:
            continue
        key = "".join(fold(c) for c in w)
        if key in phrases:
            continue  # an earlier source (or the Simplified spelling) wins
        phrases[key] = rs

    def default_of(c):
        return defaults.get(c, readings.get(c, [0])[0])

    # A phrase whose reading agrees with the defaults still matters when it
    # overlaps a phrase that disagrees: it can win the segmentation and so
    # keep that phrase's readings out (行业 in 银行业 keeps 银行 from
    # claiming...; 长大 in 校长大会).  Keep those, drop the rest.
    differing = {k for k, rs in phrases.items()
                 if any(default_of(c) != r for c, r in zip(k, rs))}
    prefixes = {k[:j] for k in differing for j in range(1, len(k))}
    suffixes = {k[j:] for k in differing for j in range(1, len(k))}
    kept = {}
    for key, rs in phrases.items():
        overlaps = any(key[j:] in prefixes or key[:j] in suffixes for j in range(1, len(key)))
        if key in differing or overlaps:
            kept[key] = rs

    # defaults stored for polyphonic characters and wherever pinyin-pro
    # disagrees with pinyin-data's first reading
    defs = {}
    for c, r in defaults.items():
        if c in polyphonic or (c in readings and readings[c][0] != r) or c not in readings:
            defs[c] = r

    keys = sorted(kept, key=lambda k: [ord(c) for c in k])
    first_cp, first_idx = [], []
    pool_cp, pool_rd, off = [], [], []
    for i, k in enumerate(keys):
        if not first_cp or first_cp[-1] != ord(k[0]):
            first_cp.append(ord(k[0]))
            first_idx.append(i)
        off.append(len(pool_cp))
        pool_cp.extend(ord(c) for c in k)
        pool_rd.extend(kept[k])
    off.append(len(pool_cp))
    first_idx.append(len(keys))
    dcp = sorted(defs, key=ord)

    def arr(ctype, name, vals, fmt="%d", per=12):
        lines = []
        for i in range(0, len(vals), per):
            lines.append("\t" + ", ".join(fmt % v for v in vals[i:i + per]) + ",")
        return "const %s %s[%d] = {\n%s\n};\n" % (ctype, name, len(vals), "\n".join(lines))

    # Both per-character tables are indexed directly: stage1[cp >> 8] picks
    # a block of 256 entries (block 0 is all zeros), so a lookup is two loads.
    # Only the Basic Multilingual Plane has entries (phrases are BMP only;
    # characters beyond it keep the default of ac_readings).
    first_of = {c: i + 1 for i, c in enumerate(first_cp)}
    def_of = {ord(c): defs[c] for c in dcp if ord(c) <= 0xFFFF}
    blocks = [[0] * 512]
    stage1 = [0] * 256
    for hi in range(256):
        blk = []
        for lo in range(256):
            cp = (hi << 8) | lo
            blk.append(def_of.get(cp, 0))
        for lo in range(256):
            cp = (hi << 8) | lo
            blk.append(first_of.get(cp, 0))
        if any(blk):
            stage1[hi] = len(blocks)
            blocks.append(blk)
    assert len(blocks) < 256 and len(first_cp) < 65535

    with open(out_c, "w", encoding="utf-8") as f:
        f.write("/* Generated by tools/gen/gen_phrases.py; do not edit.\n"
                " * Data: pinyin-data, phrase-pinyin-data, pinyin-pro (MIT), tuned defaults\n"
                " * from the heteronym set's tuning half (Apache-2.0); see NOTICE. */\n")
        f.write("#include \"ac_phrase_data.h\"\n\n")
        f.write("const int ac_pp_nsyl = %d;\n" % len(syls))
        f.write("const char *const ac_pp_syl[%d] = {\n%s\n};\n" % (
            len(syls), "\n".join("\t\"%s\"," % s for s in syls)))
        f.write(arr("uint8_t", "ac_pp_stage1", stage1))
        f.write("/* per block: 256 default readings (0 = ac_readings' default), then\n"
                " * 256 phrase-start indexes + 1 into ac_pp_first_idx (0 = none) */\n")
        f.write("const uint16_t ac_pp_blocks[%d][512] = {\n" % len(blocks))
        for b in blocks:
            f.write("{\n" + "\n".join("\t" + ", ".join(str(v) for v in b[i:i + 16]) + ","
                                     for i in range(0, 512, 16)) + "\n},\n")
        f.write("};\n")
        f.write(arr("uint32_t", "ac_pp_first_idx", first_idx))
        f.write(arr("uint32_t", "ac_pp_off", off))
        f.write(arr("uint16_t", "ac_pp_c2", [ord(k[1]) for k in keys], "0x%X"))
        f.write(arr("uint16_t", "ac_pp_cp", pool_cp, "0x%X"))
        f.write(arr("uint16_t", "ac_pp_rd", pool_rd))
    size = 256 + len(blocks) * 1024 + 4 * len(first_idx) + 4 * len(off) + 4 * len(pool_cp) + 2 * len(keys)
    print("syllables %d, defaults %d, phrases %d of %d (pool %d chars), %d blocks, ~%d KB rodata"
          % (len(syls), len(def_of), len(keys), len(phrases), len(pool_cp), len(blocks), size // 1024))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Heteronym accuracy of the pinyin core, against ICU Han-Latin.

Usage: bench/pinyin_accuracy.py [CPP_DIR] [--errors]

CPP_DIR holds dev.sent (one polyphone per sentence, marked "▁X▁") and dev.lb
(its reading, "le5"); default ../shared/data/pinyin/cpp.  The set is split
by line number: even lines (0, 2, ...) are the TUNING half, odd lines the
HELD-OUT half.  Tune only on the tuning half; report the held-out half.
--errors lists the tuning half's errors (never the held-out half's).

Traditional: the same sentences converted with ICU Hans-Hant (uconv, from
icu-devtools).  Baseline: ICU Han-Latin (uconv) on the same sentences.
Coverage: every Han code point of Unicode 15 that has any reading in the
data gets one from the core.

The C driver (bench/pinyin_accuracy.c) is built against the core sources;
set CC or EXTRA_SRC (more .c files to link) if needed.
"""
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKS = {}
for base, marks in (("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"),
                    ("u", "ūúǔù"), ("v", "ǖǘǚǜ")):
    for t, ch in enumerate(marks, 1):
        MARKS[ch] = (base, t)


def numbered(syl):
    """'lǜ' -> 'lv4', 'le' -> 'le5'."""
    syl = unicodedata.normalize("NFC", syl.strip().lower())
    tone, out = 5, []
    for ch in syl:
        if ch in MARKS:
            out.append(MARKS[ch][0])
            tone = MARKS[ch][1]
        elif ch == "ü":
            out.append("v")
        elif ch.isalpha():
            out.append(ch)
    return "".join(out) + str(tone)


def uconv(translit, lines):
    return subprocess.run(["uconv", "-x", translit], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, check=True).stdout.split("\n")[:len(lines)]


def build_driver(tmp):
    core = sorted(os.path.join(ROOT, "src/core", f) for f in os.listdir(os.path.join(ROOT, "src/core"))
                  if f.endswith(".c"))
    gen = sorted(os.path.join(ROOT, "src/core/gen", f) for f in os.listdir(os.path.join(ROOT, "src/core/gen"))
                 if f.endswith(".c"))
    exe = os.path.join(tmp, "pinyin_accuracy")
    cmd = [os.environ.get("CC", "cc"), "-std=c99", "-O2", "-I" + os.path.join(ROOT, "src/core"), "-o", exe,
           os.path.join(ROOT, "bench/pinyin_accuracy.c")] + core + gen + os.environ.get("EXTRA_SRC", "").split()
    subprocess.run(cmd, check=True)
    return exe


def score(got, labels, idx):
    tone = sum(1 for i in idx if got[i] == labels[i])
    plain = sum(1 for i in idx if got[i][:-1] == labels[i][:-1])
    return 100.0 * tone / len(idx), 100.0 * plain / len(idx)


def icu_readings(sents):
    out = []
    for line in uconv("Han-Latin", sents):
        parts = line.split("\u2581")
        out.append(numbered(parts[1]) if len(parts) >= 3 else "-")
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    cpp = args[0] if args else os.path.join(ROOT, "../shared/data/pinyin/cpp")
    sents = [l.rstrip("\n") for l in open(os.path.join(cpp, "dev.sent"), encoding="utf-8")]
    # the set writes ü as "u:" ("nu:e4"); the core's number style writes "v"
    labels = [l.strip().replace("u:", "v") for l in open(os.path.join(cpp, "dev.lb"), encoding="utf-8")]
    assert len(sents) == len(labels)
    tune = [i for i in range(len(sents)) if i % 2 == 0]
    held = [i for i in range(len(sents)) if i % 2 == 1]
    every = list(range(len(sents)))
    for a in sys.argv:
        if a.startswith("--cv="):  # cross-validation inside the tuning half
            m, r = map(int, a[5:].split(":"))
            assert m % 2 == 0 and r % 2 == 0
            held = [i for i in range(len(sents)) if i % m == r]
    hant = uconv("Hans-Hant", sents)

    with tempfile.TemporaryDirectory() as tmp:
        exe = build_driver(tmp)

        def run(lines):
            return subprocess.run([exe], input="\n".join(lines) + "\n", capture_output=True,
                                  text=True, check=True).stdout.split("\n")[:len(lines)]

        src_s = run(sents)
        got_s = [x.split()[0] for x in src_s]
        got_t = [x.split()[0] for x in run(hant)]
        cov = subprocess.run([exe, "-c"], capture_output=True, text=True, check=True).stdout.split("\n")
    icu_s = icu_readings(sents)
    icu_t = icu_readings(hant)

    print("pinyin accuracy: %d sentences (%d tuning = even lines, %d held-out = odd lines)"
          % (len(sents), len(tune), len(held)))
    print("%-34s %10s %10s" % ("", "tones", "no tones"))
    for name, got in (("annot_pinyin Simplified", got_s), ("annot_pinyin Traditional", got_t),
                      ("ICU Han-Latin Simplified", icu_s), ("ICU Han-Latin Traditional", icu_t)):
        for part, idx in (("held-out", held), ("tuning", tune), ("all", every)):
            t, p = score(got, labels, idx)
            print("%-34s %9.2f%% %9.2f%%" % (name + ", " + part, t, p))
    missing = [l for l in cov if l.startswith("MISSING")]
    summary = [l for l in cov if l.startswith("han ")]
    print("coverage: %s; Han code points with a reading in the data but none from the core: %d"
          % (summary[0] if summary else "?", len(missing)))
    bysrc = {}
    for i in held:
        k = src_s[i].split()[-1]
        ok, tot = bysrc.get(k, (0, 0))
        bysrc[k] = (ok + (got_s[i] == labels[i]), tot + 1)
    print("held-out Simplified by evidence: " + ", ".join(
        "%s %d/%d" % (k, ok, tot) for k, (ok, tot) in sorted(bysrc.items())))
    if "--errors" in sys.argv:
        for i in tune:
            if got_s[i] != labels[i]:
                print("ERR %s want %s got %s  %s" % (sents[i].split("\u2581")[1], labels[i], src_s[i], sents[i]))
    if "--sources" in sys.argv:  # for tools/gen/tune_defaults.py: tuning half only
        for i in tune:
            print("SRC %d %s" % (i, src_s[i].split()[-1]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Accuracy of the annotation cleaner on real news.

usage: bench/clean_accuracy.py CORPUS_DIR [--seed N] [--rate R] [--no-bench]

CORPUS_DIR holds *.jsonl.gz files, one JSON object per line with a "body".
The script compiles bench/clean_driver.c against the pure-C core (no
PostgreSQL needed) and reports:

 (a) false positives: every article of every file is cleaned; each article
     that changes is counted and every dropped snippet is printed with some
     context, so a human can judge it;
 (b) recall on injected annotations: into the Traditional articles
     (zh_hant*), annotations of form 1 (toneless: 教(jiao)), form 2 (tone
     marks: 國(guó)) and form 5 (word level, spaced or joined:
     中文(zhōng wén), 中文(zhongwen)) are inserted after random characters,
     using a random reading of each character from the core's own reading
     table, in ASCII or full-width brackets; the article is cleaned and
     compared with the original;
 (c) throughput of the C cleaner against a UTF-8 character count (the cost
     of length(body)) on ordinary and on annotation-dense text.
"""
import argparse
import glob
import gzip
import json
import os
import random
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build_driver(tmp):
    exe = os.path.join(tmp, "clean_driver")
    srcs = sorted(glob.glob(os.path.join(ROOT, "src/core/*.c")) +
                  glob.glob(os.path.join(ROOT, "src/core/gen/*.c")))
    subprocess.run([os.environ.get("CC", "cc"), "-O2", "-std=c99",
                    "-I" + os.path.join(ROOT, "src/core"), "-o", exe,
                    os.path.join(ROOT, "bench/clean_driver.c")] + srcs, check=True)
    return exe


def frames(bodies):
    return b"".join(struct.pack("<I", len(b)) + b for b in bodies)


def run(exe, args, bodies=()):
    r = subprocess.run([exe] + args, input=frames(bodies), stdout=subprocess.PIPE,
                       check=True)
    return r.stdout


def clean_all(exe, bodies):
    out = run(exe, ["clean"], bodies)
    res, i = [], 0
    while i < len(out):
        (n,) = struct.unpack_from("<I", out, i)
        res.append(out[i + 4:i + 4 + n])
        i += 4 + n
    return res


def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                body = json.loads(line).get("body") or ""
                yield body.encode("utf-8")


def snippet(b, start, length, ctx=24):
    pre = b[max(0, start - ctx):start].decode("utf-8", "replace")
    mid = b[start:start + length].decode("utf-8", "replace")
    post = b[start + length:start + length + ctx].decode("utf-8", "replace")
    return (pre + "[" + mid + "]" + post).replace("\n", "⏎")


def false_positives(exe, files):
    print("== (a) articles changed by cleaning (every dropped span shown as [..]) ==")
    total_art = total_changed = 0
    for path in files:
        bodies = list(load(path))
        lines = run(exe, ["spans"], bodies).decode().split("\n")
        changed = 0
        for body, line in zip(bodies, lines):
            spans = [tuple(map(int, s.split("+"))) for s in line.split()]
            if not spans:
                continue
            changed += 1
            for start, length in spans:
                print("  %s: %s" % (os.path.basename(path), snippet(body, start, length)))
        total_art += len(bodies)
        total_changed += changed
        print("%s: %d articles, %d changed" % (os.path.basename(path), len(bodies), changed))
    print("all files: %d articles, %d changed" % (total_art, total_changed))


def load_readings(exe):
    table = {}
    for line in run(exe, ["readings"]).decode("utf-8").splitlines():
        cp, rs = line.split("\t")
        table[chr(int(cp, 16))] = [tuple(r.split(",")) for r in rs.split(";")]
    return table


def inject(text, table, rng, rate, counts):
    """Insert annotations after random characters; returns the new text."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c not in table or rng.random() >= rate:
            out.append(c)
            i += 1
            continue
        form = rng.choice(("1", "2", "5s", "5j"))
        op, cl = ("(", ")") if rng.random() < 0.7 else ("\uff08", "\uff09")
        if form in ("1", "2"):
            tone, plain = rng.choice(table[c])
            out.append(c + op + (plain if form == "1" else tone) + cl)
            counts[form] += 1
            i += 1
            continue
        length = rng.randint(2, 4)
        word = text[i:i + length]
        if len(word) < 2 or any(ch not in table for ch in word):
            out.append(c)
            i += 1
            continue
        toned = rng.random() < 0.5
        syl = [rng.choice(table[ch])[0 if toned else 1] for ch in word]
        out.append(word + op + (" " if form == "5s" else "").join(syl) + cl)
        counts[form] += 1
        i += len(word)
    return "".join(out)


def recall(exe, files, table, seed, rate):
    print("== (b) injected annotations (forms 1, 2, 5) in Traditional articles ==")
    rng = random.Random(seed)
    for path in files:
        bodies = list(load(path))
        texts = [b.decode("utf-8") for b in bodies]
        counts = {"1": 0, "2": 0, "5s": 0, "5j": 0}
        injected = [inject(t, table, rng, rate, counts).encode("utf-8") for t in texts]
        cleaned = clean_all(exe, injected)
        orig_clean = clean_all(exe, bodies)
        same = 0
        shown = 0
        for k, (orig, got) in enumerate(zip(bodies, cleaned)):
            if got == orig:
                same += 1
            elif shown < 10:
                shown += 1
                j = next((x for x in range(min(len(orig), len(got))) if orig[x] != got[x]),
                         min(len(orig), len(got)))
                print("  differs: original %r / cleaned %r" % (
                    orig[max(0, j - 30):j + 30].decode("utf-8", "replace"),
                    got[max(0, j - 30):j + 30].decode("utf-8", "replace")))
        orig_changed = sum(1 for b, c in zip(bodies, orig_clean) if b != c)
        print("%s: %d articles, injected %d annotations (form 1: %d, form 2: %d, "
              "form 5 spaced: %d, joined: %d); %d/%d articles byte-identical after "
              "cleaning (%.3f%%); %d originals change on their own" % (
                  os.path.basename(path), len(bodies), sum(counts.values()),
                  counts["1"], counts["2"], counts["5s"], counts["5j"], same,
                  len(bodies), 100.0 * same / max(1, len(bodies)), orig_changed))
        return injected


def throughput(exe, files, dense):
    print("== (c) throughput of the C cleaner (no PostgreSQL) ==")
    for path in files:
        out = run(exe, ["bench", "3"], list(load(path))).decode().strip()
        print("%s: %s" % (os.path.basename(path), out))
    if dense:
        out = run(exe, ["bench", "3"], dense).decode().strip()
        print("annotation-dense (injected zh_hant): %s" % out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rate", type=float, default=0.08,
                    help="chance of an annotation after each annotatable character")
    ap.add_argument("--no-bench", action="store_true")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.corpus_dir, "*.jsonl.gz")))
    if not files:
        sys.exit("no *.jsonl.gz in %s" % args.corpus_dir)
    with tempfile.TemporaryDirectory() as tmp:
        exe = build_driver(tmp)
        false_positives(exe, files)
        table = load_readings(exe)
        hant = [f for f in files if os.path.basename(f).startswith("zh_hant")]
        dense = recall(exe, hant, table, args.seed, args.rate) if hant else None
        if not args.no_bench:
            throughput(exe, files, dense)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scores banmian's structure detection on the shared dev corpus and fails below the bar.

  check_corpus.py --banmian build/banmian --corpus ../shared/corpus/dev --score ../shared/tools/score.py

Converts every corpus page (the original bytes, any encoding) to structure JSON with
`banmian convert`, scores the lot with score.py, and fails (exit 1) when macro F1 < 0.97,
exact-article F1 < 0.90, any field with gold items has F1 < 0.9, conservation reports a
missing or extra character, or the seed page hunan-daily-page is not exactly right.
"""
import argparse, glob, json, os, subprocess, sys, tempfile

MIN_MACRO, MIN_EXACT, MIN_FIELD = 0.97, 0.90, 0.9
SEED = "hunan-daily-page"


def score(args, *extra):
    out = subprocess.run([sys.executable, args.score, *extra, "--json"], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--banmian", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--score", required=True)
    args = ap.parse_args()
    pages = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if not pages:
        print(f"no pages in {args.corpus}")
        return 1
    failures = []
    with tempfile.TemporaryDirectory(prefix="banmian-corpus-") as out:
        for page in pages:
            stem = os.path.basename(page)[:-len(".txt")]
            r = subprocess.run([args.banmian, "convert", page, "-o",
                                os.path.join(out, stem + ".json")], capture_output=True, text=True)
            if r.returncode != 0:
                failures.append(f"{stem}: banmian convert failed ({r.returncode}): "
                                f"{r.stderr.strip()}")
        res = score(args, "--gold-dir", args.corpus, "--pred-dir", out)
        seed_gold = os.path.join(args.corpus, SEED + ".gold.json")
        seed = None
        if os.path.exists(seed_gold):
            seed = score(args, seed_gold, os.path.join(out, SEED + ".json"),
                         "--text", os.path.join(args.corpus, SEED + ".txt"))
    print(f"{'field':14} {'gold':>5} {'pred':>5} {'F1':>6}")
    for row in res["fields"]:
        print(f"{row['field']:14} {row['gold']:5} {row['pred']:5} {row['f1']:6.3f}")
        if row["gold"] and row["f1"] < MIN_FIELD:
            failures.append(f"field {row['field']}: F1 {row['f1']:.3f} < {MIN_FIELD}")
    macro, exact = res["macro_f1"], res["exact_article"]["f1"]
    print(f"macro_f1={macro:.4f} exact_article_f1={exact:.4f}")
    if macro < MIN_MACRO:
        failures.append(f"macro F1 {macro:.4f} < {MIN_MACRO}")
    if exact < MIN_EXACT:
        failures.append(f"exact-article F1 {exact:.4f} < {MIN_EXACT}")
    cons = res.get("conservation")
    if cons is None:
        failures.append("no conservation figure (page texts missing?)")
    else:
        print(f"conservation: {cons['chars']} in, {cons['missing']} missing, {cons['extra']} extra")
        if cons["missing"] or cons["extra"]:
            failures.append(f"conservation: {cons['missing']} missing, {cons['extra']} extra")
    if seed is None:
        failures.append(f"seed page {SEED} not in the corpus")
    else:
        f1 = seed["exact_article"]["f1"]
        print(f"{SEED}: exact_article_f1={f1:.4f}")
        if f1 < 1.0:
            failures.append(f"{SEED}: exact-article F1 {f1:.4f} < 1.0")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

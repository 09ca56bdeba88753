#!/usr/bin/env python3
"""Re-typesets the gold pages of the dev corpus in every layout and scores the detector on them.

  relayout.py --banmian build/banmian --corpus ../shared/corpus/dev --score ../shared/tools/score.py
              [--keep DIR] [--min-macro 0.95]

The dev pages each come in one layout; the detector is judged on unseen pages in all three.
This test prints each gold page again from its gold JSON as a blank-line page, an indented
page and a hard-wrapped page (widths 20, 24 and 28), with deterministic column breaks in the
middle of sentences (a caption may fall into a break), and scores the detector on the result
against the same gold. Fails when the macro F1 of any layout falls below --min-macro.
"""
import argparse, glob, json, os, random, subprocess, sys, tempfile

DASH = "——"


def credit_line(bylines):
    out, role = [], None
    for b in bylines:
        r = b.get("role")
        if r != role and r == "reporter":
            out.append("本报记者")
        elif r != role and r == "correspondent":
            out.append("本报通讯员")
        role = r
        out.append(b["name"])
    return " ".join(out)


def elements(gold, rng):
    """The page as (kind, text) items in reading order."""
    items = []
    for a in gold["articles"]:
        if items:
            items.append(("gap", ""))
        if a.get("kicker"):
            items.append(("head", a["kicker"]))
        items.append(("head", a["headline"]))
        if a.get("subtitle"):
            items.append(("head", DASH + a["subtitle"]))
        bylines = a.get("bylines") or []
        trailing = bool(bylines) and not a.get("dateline") and rng.random() < 0.5
        if bylines and not a.get("dateline") and not trailing:
            items.append(("head", credit_line(bylines)))
        first = True
        blocks = a.get("blocks") or []
        for k, b in enumerate(blocks):
            if b["type"] == "paragraph":
                text = b["text"]
                if first and a.get("dateline"):
                    credit = ""
                    if bylines:
                        credit = " （记者 " + "、".join(x["name"] for x in bylines) + "）"
                    text = a["dateline"] + credit + " " + text
                last = all(x["type"] != "paragraph" for x in blocks[k + 1:])
                if last and trailing:
                    text += "（" + " ".join(x["name"] for x in bylines) + "）"
                items.append(("para", text))
                first = False
            elif b["type"] == "intertitle":
                items.append(("head", b["text"]))
            else:
                cap = b["caption"] + (" " + b["credit"] + " 摄" if b.get("credit") else "")
                items.append(("caption", cap))
    for it in gold.get("page_items") or []:
        items.append(("furniture", it["text"]))
    return items


def column_break(items, rng):
    """Splits some long paragraphs mid-sentence; sometimes a caption falls into the break."""
    out = []
    for kind, text in items:
        if kind == "para" and len(text) > 60 and rng.random() < 0.3:
            cut = rng.randrange(20, len(text) - 20)
            while cut < len(text) - 5 and text[cut - 1] in "。！？；”：—…":
                cut += 1
            out.append(("para", text[:cut]))
            out.append(("cont", text[cut:]))
        else:
            out.append((kind, text))
    return out


def render(items, layout, width):
    lines = []
    for kind, text in items:
        if kind == "gap":
            if layout != "blank":
                lines.append("")
        elif layout == "blank":
            lines += [text, ""]
        elif layout == "indent":
            if kind == "cont":
                lines += ["", text]
            else:
                lines.append(("\u3000\u3000" if kind == "para" else "") + text)
        else:
            if kind in ("para", "cont"):
                body = ("\u3000\u3000" if kind == "para" else "") + text
                if kind == "cont":
                    lines.append("")
                for i in range(0, len(body), width):
                    lines.append(body[i:i + width])
            else:
                lines.append(text)
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--banmian", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--score", required=True)
    ap.add_argument("--keep")
    ap.add_argument("--min-macro", type=float, default=0.95)
    args = ap.parse_args()
    golds = sorted(glob.glob(os.path.join(args.corpus, "*.gold.json")))
    variants = [("blank", 0), ("indent", 0), ("wrapped", 20), ("wrapped", 24), ("wrapped", 28)]
    failures = []
    for layout, width in variants:
        name = layout + (str(width) if width else "")
        with tempfile.TemporaryDirectory(prefix="banmian-relayout-") as tmp:
            work = args.keep and os.path.join(args.keep, name) or tmp
            os.makedirs(work, exist_ok=True)
            for g in golds:
                stem = os.path.basename(g)[:-len(".gold.json")]
                gold = json.load(open(g, encoding="utf-8"))
                rng = random.Random(stem + name)
                items = column_break(elements(gold, rng), rng)
                with open(os.path.join(work, stem + ".txt"), "w", encoding="utf-8") as f:
                    f.write(render(items, layout, width))
                with open(os.path.join(work, stem + ".gold.json"), "w", encoding="utf-8") as f:
                    json.dump(gold, f, ensure_ascii=False)
                subprocess.run([args.banmian, "convert", os.path.join(work, stem + ".txt"), "-o",
                                os.path.join(work, stem + ".json")], check=True)
            res = json.loads(subprocess.run(
                [sys.executable, args.score, "--gold-dir", work, "--pred-dir", work, "--json"],
                check=True, capture_output=True, text=True).stdout)
        macro, exact = res["macro_f1"], res["exact_article"]["f1"]
        weak = ", ".join(f"{r['field']} {r['f1']:.2f}" for r in res["fields"]
                         if r["gold"] and r["f1"] < 0.95)
        print(f"{name:10} macro_f1={macro:.4f} exact_article_f1={exact:.4f} {weak}")
        if macro < args.min_macro:
            failures.append(f"{name}: macro F1 {macro:.4f} < {args.min_macro}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

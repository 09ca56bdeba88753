#!/usr/bin/env python3
"""The structure JSON schema rejects what the spec forbids (so a passing check means something).

Usage: schema_negative_test.py VALIDATE_JSON_PY SCHEMA GOLD_JSON
Each case takes a real gold document, breaks one rule, and expects validate_json.py to fail
with a message about that spot; the unbroken document must pass.
"""
import copy
import json
import os
import subprocess
import sys
import tempfile


def validate(validator, schema, document):
    """Runs validate_json.py on document; returns (exit status, stderr)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
        name = f.name
    try:
        run = subprocess.run([sys.executable, validator, schema, name], capture_output=True,
                             text=True)
        return run.returncode, run.stderr
    finally:
        os.unlink(name)


def first_article_with(doc, key):
    return next(a for a in doc["articles"] if a.get(key))


def cases():
    """(name, function that breaks a document in place, text expected in the message)."""
    yield "wrong version", lambda d: d.update(version=2), "1 was expected"
    yield "no articles key", lambda d: d.pop("articles"), "'articles' is a required property"
    yield "headline missing", lambda d: d["articles"][0].pop("headline"), "'headline'"
    yield "headline empty", lambda d: d["articles"][0].update(headline=""), "does not match"
    yield ("headline with U+3000 indent",
           lambda d: d["articles"][0].update(headline="\u3000" + d["articles"][0]["headline"]),
           "does not match")
    yield ("paragraph with a newline",
           lambda d: d["articles"][0]["blocks"][0].update(text="一\n二"), "does not match")
    yield ("unknown byline role",
           lambda d: first_article_with(d, "bylines")["bylines"][0].update(role="writer"),
           "is not one of")
    yield ("unknown block type",
           lambda d: d["articles"][0]["blocks"][0].update(type="table"), "is not one of")
    yield ("figure without caption",
           lambda d: d["articles"][0]["blocks"].append({"type": "figure", "credit": None}),
           "'caption' is a required property")
    yield ("unknown page item type",
           lambda d: d.setdefault("page_items", []).append({"type": "weather", "text": "晴"}),
           "is not one of")
    yield ("kicker neither text nor null",
           lambda d: d["articles"][0].update(kicker=3), "is not valid under any")
    yield ("text not in NFC",
           lambda d: d["articles"][0].update(headline="Cafe\u0301"), "not in Unicode NFC")


def main(argv):
    validator, schema, gold = argv[1:4]
    with open(gold, encoding="utf-8") as f:
        original = json.load(f)
    status, err = validate(validator, schema, original)
    failures = []
    if status != 0:
        failures.append(f"the unbroken gold file fails: {err}")
    # Extra fields (line spans, ids) are allowed by the spec.
    extra = copy.deepcopy(original)
    extra["articles"][0]["lines"] = [1, 3]
    extra["articles"][0]["confidence"] = 0.9
    status, err = validate(validator, schema, extra)
    if status != 0:
        failures.append(f"extra fields are rejected: {err}")
    for name, breaker, expected in cases():
        doc = copy.deepcopy(original)
        breaker(doc)
        status, err = validate(validator, schema, doc)
        if status != 1 or expected not in err:
            failures.append(f"{name}: exit {status}, message {err!r}")
        else:
            print(f"rejected as expected: {name}")
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

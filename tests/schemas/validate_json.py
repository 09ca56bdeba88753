#!/usr/bin/env python3
"""Validates structure JSON files against schemas/structure-json.schema.json.

Usage: validate_json.py SCHEMA FILE...   (FILE may be - for standard input)
Beyond the schema it checks what JSON Schema cannot say: every string is Unicode NFC
(structure-json.md, "Text is Unicode NFC"). Exit status 0 if every file is valid, 1 if not.
"""
import json
import sys
import unicodedata

import jsonschema


def strings(node, path="$"):
    """Yields (path, string) for every string value in node."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from strings(value, f"{path}[{i}]")


def problems(validator, document):
    """Every schema error and every non-NFC string of document, as readable lines."""
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "$" + "".join(f"[{p!r}]" for p in error.absolute_path)
        yield f"{where}: {error.message}"
    for path, text in strings(document):
        if not unicodedata.is_normalized("NFC", text):
            yield f"{path}: not in Unicode NFC: {text!r}"


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = 0
    for name in argv[2:]:
        try:
            if name == "-":
                document = json.load(sys.stdin)
            else:
                with open(name, encoding="utf-8") as f:
                    document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{name}: cannot read JSON: {e}", file=sys.stderr)
            failed += 1
            continue
        found = list(problems(validator, document))
        for line in found:
            print(f"{name}: {line}", file=sys.stderr)
        failed += bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

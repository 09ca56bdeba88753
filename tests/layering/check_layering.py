#!/usr/bin/env python3
"""Fails if a converter stage includes a header of a later stage, or the model a heavy library.

Usage: check_layering.py CONVERTER_DIR      check the real tree
       check_layering.py --self-test        prove the checker catches violations

Stage order (converter/CMakeLists.txt, shared/notes/architecture.md):
  core < model < decode < segment < classify < assemble < writers = readers < pandoc
       < pipeline < cli
writers and readers are peers: neither is later than the other. converter/model must not
include libxml2, ICU, Boost or nlohmann-json (the model is standard library only).
"""
import re
import sys
import tempfile
from pathlib import Path

RANK = {"core": 0, "model": 1, "decode": 2, "segment": 3, "classify": 4, "assemble": 5,
        "writers": 6, "readers": 6, "pandoc": 7, "pipeline": 8, "cli": 9}
MODEL_FORBIDDEN = ("libxml/", "unicode/", "boost/", "nlohmann/")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def violations(converter: Path):
    """Yields 'file:line: problem' for every include that breaks the layering."""
    for stage_dir in sorted(p for p in converter.iterdir() if p.is_dir()):
        stage = stage_dir.name
        if stage not in RANK:
            yield f"{stage_dir}: unknown stage '{stage}' (add it to the order in {__file__})"
            continue
        for source in sorted(stage_dir.rglob("*")):
            if source.suffix not in (".hpp", ".cpp", ".h", ".cc", ".ipp"):
                continue
            text = source.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                bracket, header = match.groups()
                target = header.split("/", 1)[0]
                if bracket == '"' and "/" in header and target in RANK:
                    if RANK[target] > RANK[stage]:
                        yield (f"{source}:{number}: stage '{stage}' includes \"{header}\" of the "
                               f"later stage '{target}'")
                if stage == "model" and header.startswith(MODEL_FORBIDDEN):
                    yield (f"{source}:{number}: the model includes {header}; it must use the "
                           f"standard library only")


def self_test():
    """The checker finds planted violations and accepts a clean tree."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = {
            "core/error.hpp": '#include <string>\n',
            "model/page.hpp": '#include "core/error.hpp"\n',
            "decode/decode.cpp": '#include "model/page.hpp"\n#include <unicode/ucnv.h>\n',
            "readers/json.cpp": '#include "writers/options.hpp"\n',
            "cli/main.cpp": '#include "pipeline/convert.hpp"\n',
        }
        for name, text in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        clean = list(violations(root))
        if clean:
            print("self-test: a clean tree was reported:", clean, file=sys.stderr)
            return 1
        (root / "model/page.hpp").write_text('#include <nlohmann/json.hpp>\n')
        (root / "segment").mkdir()
        (root / "segment/lines.cpp").write_text('#  include "writers/json_writer.hpp"\n')
        (root / "core/error.hpp").write_text('#include "cli/commands.hpp"\n')
        found = list(violations(root))
        expected = ["model includes nlohmann/json.hpp", "'segment' includes \"writers/",
                    "'core' includes \"cli/"]
        missing = [e for e in expected if not any(e in f for f in found)]
        if missing or len(found) != 3:
            print("self-test: expected", expected, "found", found, file=sys.stderr)
            return 1
    print("self-test: planted violations found, clean tree accepted")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    found = list(violations(Path(argv[1])))
    for problem in found:
        print(problem, file=sys.stderr)
    if not found:
        print("layering: every include points to the same or an earlier stage")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Page metadata through the command line: txt -> JSON with options -> NewsML/JATS without.

CTest runs one TestCase class per test (see CMakeLists.txt) with these environment variables:
  BANMIAN_BIN        the banmian executable
  BANMIAN_EXAMPLE    examples/hunan-daily-page.txt
  BANMIAN_SCHEMA     schemas/structure-json.schema.json
  BANMIAN_VALIDATOR  tests/schemas/validate_json.py
"""
import json
import os
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from banmian_process import TempDirTest as ProcessTest, run_banmian  # noqa: E402
EXAMPLE = Path(os.environ.get("BANMIAN_EXAMPLE", "examples/hunan-daily-page.txt"))
SCHEMA = os.environ.get("BANMIAN_SCHEMA", "schemas/structure-json.schema.json")
VALIDATOR = os.environ.get("BANMIAN_VALIDATOR", "tests/schemas/validate_json.py")

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
META = ["--publication", "湖南日报", "--date", "2024-11-25", "--page", "05"]
EXPECTED = {"publication": "湖南日报", "date": "2024-11-25", "page": "05"}


def run(*args):
    """Runs banmian; returns (exit status, stderr text)."""
    done = run_banmian(*args, timeout=120)
    return done.returncode, done.stderr


def newsml_meta(path):
    """publication, date, page and language of the page (packageItem) of a NewsML-G2 file."""
    package = ET.parse(path).getroot().find(f"{NAR}itemSet/{NAR}packageItem")
    meta = package.find(f"{NAR}contentMeta")
    found = {"language": meta.find(f"{NAR}language").get("tag")}
    created = meta.find(f"{NAR}contentCreated")
    if created is not None:
        found["date"] = created.text
    source = meta.find(f"{NAR}infoSource[@role='bmmeta:publication']/{NAR}name")
    if source is not None:
        found["publication"] = source.text
    page = meta.find(f"{NAR}contentMetaExtProperty[@rel='bmmeta:page']")
    if page is not None:
        found["page"] = page.get("value")
    return found


def jats_meta(path):
    """publication, date, page and language of a JATS file (journal-title, pub-date, fpage)."""
    root = ET.parse(path).getroot()
    found = {"language": root.get("{http://www.w3.org/XML/1998/namespace}lang")}
    title = root.find("front/journal-meta/journal-title-group/journal-title")
    if title is not None:
        found["publication"] = title.text
    date = root.find("front/article-meta/pub-date")
    if date is not None:
        found["date"] = date.get("iso-8601-date")
    fpage = root.find("front/article-meta/fpage")
    if fpage is not None:
        found["page"] = fpage.text
    return found


class TempDirTest(ProcessTest):

    def convert(self, source, target, *options):
        """Runs banmian convert and requires success; returns the output path."""
        out = self.dir / target
        status, err = run("convert", source, "-o", out, *options)
        self.assertEqual(status, 0, err)
        return out

    def page_json(self, *options):
        """The example page as structure JSON made with the given options."""
        return self.convert(EXAMPLE, "page.json", *options)


class RoundTrip(TempDirTest):
    """txt -> JSON with options, then JSON -> XML with none: the metadata survives."""

    def test_json_holds_meta_and_is_schema_valid(self):
        path = self.page_json(*META)
        doc = json.loads(path.read_text(encoding="utf-8"))
        self.assertEqual(doc["meta"], EXPECTED)
        self.assertEqual(doc["source"], "hunan-daily-page.txt")
        done = subprocess.run([sys.executable, VALIDATOR, SCHEMA, str(path)],
                              capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)

    def test_json_to_newsml_keeps_meta(self):
        newsml = self.convert(self.page_json(*META), "page.newsml.xml")
        found = newsml_meta(newsml)
        for key, value in EXPECTED.items():
            self.assertEqual(found.get(key), value, key)

    def test_json_to_jats_keeps_meta(self):
        jats = self.convert(self.page_json(*META), "page.jats.xml")
        found = jats_meta(jats)
        for key, value in EXPECTED.items():
            self.assertEqual(found.get(key), value, key)

    def test_edited_json_keeps_meta(self):
        # The user's workflow: fix a headline in the JSON, then convert it again.
        path = self.page_json(*META)
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["articles"][0]["headline"] = "改过的标题"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        again = json.loads(self.convert(path, "again.json").read_text(encoding="utf-8"))
        self.assertEqual(again["meta"], EXPECTED)
        self.assertEqual(again["articles"][0]["headline"], "改过的标题")

    def test_lang_survives_json(self):
        path = self.page_json("--lang", "zh-TW")
        self.assertEqual(json.loads(path.read_text(encoding="utf-8"))["meta"],
                         {"language": "zh-TW"})
        self.assertEqual(newsml_meta(self.convert(path, "page.newsml.xml"))["language"], "zh-TW")
        self.assertEqual(jats_meta(self.convert(path, "page.jats.xml"))["language"], "zh-TW")

    def test_no_options_no_meta(self):
        doc = json.loads(self.page_json().read_text(encoding="utf-8"))
        self.assertNotIn("meta", doc)


class Precedence(TempDirTest):
    """Options on the command line win over what the input (JSON, NewsML, JATS) carries."""

    def inputs(self):
        """The example page with META as JSON, NewsML-G2 and JATS."""
        return [self.convert(EXAMPLE, "in" + ext, *META)
                for ext in (".json", ".newsml.xml", ".jats.xml")]

    def test_options_override_each_input_format(self):
        for source in self.inputs():
            with self.subTest(source=source.name):
                out = self.convert(source, "out.json", "--date", "2025-01-02", "--page", "A3",
                                   "--lang", "zh-CN")
                meta = json.loads(out.read_text(encoding="utf-8"))["meta"]
                self.assertEqual(meta, {"publication": "湖南日报", "date": "2025-01-02",
                                        "page": "A3", "language": "zh-CN"})

    def test_without_options_input_meta_stays(self):
        for source in self.inputs():
            with self.subTest(source=source.name):
                meta = json.loads(self.convert(source, "out.json").read_text("utf-8"))["meta"]
                for key, value in EXPECTED.items():
                    self.assertEqual(meta[key], value, key)

    def test_override_reaches_newsml(self):
        newsml = self.convert(self.page_json(*META), "page.newsml.xml",
                              "--publication", "人民日报")
        found = newsml_meta(newsml)
        self.assertEqual(found["publication"], "人民日报")
        self.assertEqual(found["date"], "2024-11-25")
        self.assertEqual(found["page"], "05")


class Malformed(TempDirTest):
    """A wrong "meta": exit 1, a message naming the file and the field, no output file."""

    CASES = [
        ('"湖南日报"', "meta: must be an object"),
        ('{"date": "2024-11-5"}', "meta.date: must be an ISO 8601 date"),
        ('{"date": "25/11/2024"}', "meta.date: must be an ISO 8601 date"),
        ('{"page": 5}', "meta.page: must be a string"),
        ('{"publication": {"name": "湖南日报"}}', "meta.publication: must be a string"),
        ('{"language": ["zh-CN"]}', "meta.language: must be a string"),
    ]

    def test_each_malformed_meta(self):
        base = json.loads(self.page_json().read_text(encoding="utf-8"))
        for meta, message in self.CASES:
            with self.subTest(meta=meta):
                base["meta"] = json.loads(meta)
                edited = self.dir / "edited.json"
                edited.write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
                for target in ("edited.newsml.xml", "edited.jats.xml", "out.json"):
                    status, err = run("convert", edited, "-o", self.dir / target)
                    self.assertEqual(status, 1, err)
                    self.assertIn("edited.json", err)
                    self.assertIn(message, err)
                    self.assertFalse((self.dir / target).exists(), target)
                    self.assertEqual(sorted(p.name for p in self.dir.iterdir()),
                                     ["edited.json", "page.json"])

    def test_schema_rejects_bad_date(self):
        doc = json.loads(self.page_json(*META).read_text(encoding="utf-8"))
        doc["meta"]["date"] = "2024-13-01"
        bad = self.dir / "bad.json"
        bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run([sys.executable, VALIDATOR, SCHEMA, str(bad)],
                              capture_output=True, text=True)
        self.assertEqual(done.returncode, 1, done.stdout + done.stderr)


if __name__ == "__main__":
    group = sys.argv[1] if len(sys.argv) > 1 else None
    suite = (unittest.defaultTestLoader.loadTestsFromTestCase(globals()[group]) if group
             else unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if result.wasSuccessful() else 1)

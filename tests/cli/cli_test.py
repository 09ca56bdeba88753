#!/usr/bin/env python3
"""Runs build/banmian as a process: exit codes, messages, atomic output, stdin/stdout, help.

CTest runs one TestCase class per test (see CMakeLists.txt) with these environment variables:
  BANMIAN_BIN        the banmian executable
  BANMIAN_SCHEMA     schemas/structure-json.schema.json
  BANMIAN_VALIDATOR  tests/schemas/validate_json.py
  BANMIAN_CORPUS     ../shared/corpus/dev
"""
import json
import os
import subprocess
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from banmian_process import BIN, TempDirTest as ProcessTest, run_banmian  # noqa: E402
SCHEMA = os.environ.get("BANMIAN_SCHEMA", "schemas/structure-json.schema.json")
VALIDATOR = os.environ.get("BANMIAN_VALIDATOR", "tests/schemas/validate_json.py")
CORPUS = Path(os.environ.get("BANMIAN_CORPUS", "../shared/corpus/dev"))

# Text written for these tests (not from the corpus).
PAGE = "经济运行总体平稳\n本报北京7月10日电 记者从国家统计局获悉，今年上半年经济运行总体平稳。\n"
REPLACE_HINT = "; --encoding-errors=replace decodes such bytes as U+FFFD)"


run = run_banmian


def validate(json_path):
    """Exit status and messages of the schema validator on one file."""
    done = subprocess.run([sys.executable, VALIDATOR, SCHEMA, str(json_path)],
                          capture_output=True, text=True)
    return done.returncode, done.stderr


class TempDirTest(ProcessTest):
    def assert_only_files(self, *names):
        """The directory holds exactly these files: no temporaries, no partial outputs."""
        self.assertEqual(sorted(p.name for p in self.dir.iterdir()), sorted(names))


class HelpAndVersion(unittest.TestCase):
    def test_version(self):
        done = run("--version")
        self.assertEqual(done.returncode, 0)
        self.assertRegex(done.stdout.decode(), r"^banmian \d+\.\d+\.\d+\n$")

    def test_help_documents_exit_codes(self):
        for args in (["--help"], ["convert", "--help"], ["analyze", "--help"]):
            with self.subTest(args=args):
                done = run(*args)
                self.assertEqual(done.returncode, 0)
                out = done.stdout.decode()
                self.assertIn("Exit status: 0 success; 1 the conversion or validation failed", out)
                self.assertIn("2 usage error", out)

    def test_convert_help_lists_options(self):
        out = run("convert", "--help").stdout.decode()
        for option in ("-o,--output", "--to", "--encoding", "--encoding-errors"):
            self.assertIn(option, out)


class UsageErrors(TempDirTest):
    """Exit 2 for a wrong command line, before any file is read or written."""

    def test_no_subcommand(self):
        self.assertEqual(run().returncode, 2)

    def test_unknown_option(self):
        done = run("convert", "a.txt", "-o", "a.json", "--frobnicate")
        self.assertEqual(done.returncode, 2)
        self.assertIn("--frobnicate", done.stderr)

    def test_missing_output(self):
        done = run("convert", "a.txt")
        self.assertEqual(done.returncode, 2)
        self.assertIn("--output is required", done.stderr)

    def test_unknown_encoding(self):
        page = self.write("page.txt", PAGE)
        done = run("convert", str(page), "-o", str(self.dir / "page.json"), "--encoding", "klingon")
        self.assertEqual(done.returncode, 2)
        self.assertIn("--encoding: unknown encoding 'klingon'", done.stderr)
        self.assert_only_files("page.txt")

    def test_bad_encoding_errors_value(self):
        done = run("convert", "a.txt", "-o", "a.json", "--encoding-errors", "ignore")
        self.assertEqual(done.returncode, 2)
        self.assertIn("--encoding-errors", done.stderr)


class BadInput(TempDirTest):
    """Exit 1, a message naming file, line and byte, and no output written or changed."""

    def convert_fails(self, data, *extra, existing=None):
        page = self.write("page.txt", data)
        out = self.dir / "page.json"
        if existing is not None:
            out.write_bytes(existing)
        done = run("convert", str(page), "-o", str(out), *extra)
        self.assertEqual(done.returncode, 1, done.stderr)
        if existing is None:
            self.assert_only_files("page.txt")
        else:
            self.assertEqual(out.read_bytes(), existing)
            self.assert_only_files("page.txt", "page.json")
        return page, done.stderr

    def test_invalid_utf8_declared(self):
        data = PAGE.encode() + "第三行".encode() + b"\xff\n"
        page, err = self.convert_fails(data, "--encoding", "utf-8")
        self.assertEqual(err, f"banmian: {page}:3: byte {len(PAGE.encode()) + 9}: invalid UTF-8 "
                              f"byte sequence FF (UTF-8 is the encoding given with --encoding"
                              f"{REPLACE_HINT}\n")

    def test_invalid_utf8_detected(self):
        data = PAGE.encode() * 3 + b"\xe4\xb8(\n"
        page, err = self.convert_fails(data)
        self.assertEqual(err, f"banmian: {page}:7: byte {len(PAGE.encode()) * 3}: invalid UTF-8 "
                              f"byte sequence E4 B8 (UTF-8 is the encoding detected; if that is "
                              f"wrong, name the right one with --encoding{REPLACE_HINT}\n")

    def test_existing_output_is_untouched(self):
        self.convert_fails(PAGE.encode() + b"\xff", "--encoding", "utf-8",
                           existing=b"previous output\n")

    def test_invalid_gb18030_declared(self):
        data = PAGE.encode("gb18030") + b"\xb0 \n"
        page, err = self.convert_fails(data, "--encoding", "gb18030")
        self.assertTrue(err.startswith(f"banmian: {page}:3: byte {len(PAGE.encode('gb18030'))}: "
                                       "invalid GB18030 byte sequence B0 "), err)

    def test_binary_file(self):
        page, err = self.convert_fails(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
        # Line 3: "\r\n" and "\n" end lines 1 and 2 before the NUL at byte 8.
        self.assertEqual(err, f"banmian: {page}:3: byte 8: this is binary data (a NUL byte), "
                              "not the text of a page; if it is UTF-16 or UTF-32 text, name the "
                              "encoding with --encoding\n")

    def test_missing_input(self):
        missing = self.dir / "missing.txt"
        done = run("convert", str(missing), "-o", str(self.dir / "out.json"))
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stderr, f"banmian: {missing}: cannot open: No such file or directory\n")
        self.assert_only_files()

    def test_analyze_reports_the_same_error(self):
        page = self.write("page.txt", PAGE.encode() + b"\xff")
        done = run("analyze", str(page), "--encoding", "utf-8")
        self.assertEqual(done.returncode, 1)
        self.assertIn(f"{page}:3: byte {len(PAGE.encode())}: invalid UTF-8", done.stderr)

    def test_replace_opts_into_replacement_characters(self):
        page = self.write("page.txt", PAGE.encode() + "坏".encode() + b"\xff" + "字\n".encode())
        out = self.dir / "page.json"
        done = run("convert", str(page), "-o", str(out), "--encoding-errors=replace")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("\ufffd", out.read_text(encoding="utf-8"))
        self.assertEqual(validate(out), (0, ""))


class StdinStdout(TempDirTest):
    def test_stdin_to_stdout(self):
        done = run("convert", "-", "-o", "-", "--to", "json", stdin=PAGE.encode("gb18030"))
        self.assertEqual(done.returncode, 0, done.stderr)
        doc = json.loads(done.stdout.decode("utf-8"))
        self.assertEqual(doc["source"], "stdin")
        self.assertIn("经济运行总体平稳", done.stdout.decode("utf-8"))  # CJK not escaped
        out = self.write("stdout.json", done.stdout)
        self.assertEqual(validate(out), (0, ""))

    def test_stdout_needs_a_format(self):
        done = run("convert", "-", "-o", "-", stdin=PAGE.encode())
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stderr,
                         "banmian: cannot tell the output format from '-'; name it with --to\n")

    def test_stdin_to_file(self):
        out = self.dir / "page.json"
        done = run("convert", "-", "-o", str(out), "--to", "json", stdin=PAGE.encode())
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout, b"")
        self.assertEqual(validate(out), (0, ""))

    def test_stdin_error_names_stdin(self):
        done = run("convert", "-", "-o", "-", "--to", "json", "--encoding", "utf-8",
                   stdin=b"ab\xff")
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stdout, b"")
        self.assertTrue(done.stderr.startswith("banmian: <stdin>:1: byte 2: invalid UTF-8"),
                        done.stderr)

    def test_empty_input_is_an_empty_page(self):
        page = self.write("empty.txt", b"")
        out = self.dir / "empty.json"
        done = run("convert", str(page), "-o", str(out))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(json.loads(out.read_text(encoding="utf-8"))["articles"], [])
        self.assertEqual(validate(out), (0, ""))


class InputByContent(TempDirTest):
    """An input whose extension names no format (page.xml, no extension, stdin) is read by its
    content: NewsML-G2 and JATS by their root element, structure JSON by its opening brace."""

    def convert_to(self, fmt):
        page = self.write("page.txt", PAGE.encode())
        out = self.dir / ("page." + fmt + ".xml")
        done = run("convert", str(page), "-o", str(out), "--publication", "人民日报")
        self.assertEqual(done.returncode, 0, done.stderr)
        direct = run("convert", str(page), "-o", "-", "--to", "json")
        return out, json.loads(direct.stdout.decode("utf-8"))

    def test_xml_named_plainly_is_read_by_its_root(self):
        for fmt in ("newsml", "jats"):
            out, direct = self.convert_to(fmt)
            for name in ("page.xml", "page"):
                renamed = self.write(name, out.read_bytes())
                done = run("convert", str(renamed), "-o", "-", "--to", "json")
                self.assertEqual(done.returncode, 0, done.stderr)
                back = json.loads(done.stdout.decode("utf-8"))
                self.assertEqual(back["articles"][0]["headline"],
                                 direct["articles"][0]["headline"], (fmt, name))
                self.assertEqual(len(back["articles"]), len(direct["articles"]), (fmt, name))

    def test_xml_on_stdin(self):
        out, direct = self.convert_to("newsml")
        done = run("convert", "-", "-o", "-", "--to", "json", stdin=out.read_bytes())
        self.assertEqual(done.returncode, 0, done.stderr)
        back = json.loads(done.stdout.decode("utf-8"))
        self.assertEqual([a["headline"] for a in back["articles"]],
                         [a["headline"] for a in direct["articles"]])

    def test_json_without_extension(self):
        page = self.write("page.txt", PAGE.encode())
        direct = run("convert", str(page), "-o", "-", "--to", "json")
        renamed = self.write("structure", direct.stdout)
        done = run("convert", str(renamed), "-o", "-", "--to", "json")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(json.loads(done.stdout)["articles"], json.loads(direct.stdout)["articles"])

    def test_other_xml_is_refused_and_writes_nothing(self):
        other = self.write("other.xml", b'<?xml version="1.0"?>\n<rss version="2.0"/>\n')
        out = self.dir / "other.json"
        done = run("convert", str(other), "-o", str(out))
        self.assertEqual(done.returncode, 1)
        self.assertIn("other.xml:1: an XML document whose root element is <rss>", done.stderr)
        self.assertIn("--from txt", done.stderr)
        self.assertFalse(out.exists())
        forced = run("convert", str(other), "-o", str(out), "--from", "txt")
        self.assertEqual(forced.returncode, 0, forced.stderr)

    def test_text_opening_with_a_bracket_stays_text(self):
        page = self.write("page", ("<图片新闻>\n" + PAGE).encode())
        done = run("convert", str(page), "-o", "-", "--to", "json")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("经济运行总体平稳", done.stdout.decode("utf-8"))


class Validate(TempDirTest):
    """banmian validate as a user runs it: from any directory, and with schemas missing."""

    def test_finds_the_schemas_from_any_directory(self):
        page = self.write("page.txt", PAGE.encode())
        out = self.dir / "page.newsml.xml"
        self.assertEqual(run("convert", str(page), "-o", str(out)).returncode, 0)
        env = {k: v for k, v in os.environ.items()
               if k not in ("BANMIAN_SCHEMAS", "XML_CATALOG_FILES")}
        done = subprocess.run([BIN, "validate", "page.newsml.xml"], cwd=self.dir, env=env,
                              capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("page.newsml.xml: valid, NewsML-G2 2.35", done.stdout)

    def test_missing_schemas_say_where_to_get_them(self):
        page = self.write("page.txt", PAGE.encode())
        out = self.dir / "page.jats.xml"
        self.assertEqual(run("convert", str(page), "-o", str(out)).returncode, 0)
        empty = self.dir / "empty"
        empty.mkdir()
        done = subprocess.run([BIN, "validate", str(out)], cwd=self.dir, capture_output=True,
                              text=True, env=dict(os.environ, BANMIAN_SCHEMAS=str(empty)))
        self.assertEqual(done.returncode, 1)
        self.assertIn("BANMIAN_SCHEMAS=" + str(empty), done.stderr)
        self.assertIn("@jats4r/dtds", done.stderr)
        self.assertIn("https://github.com/iptc/newsml-g2", done.stderr)


class Corpus(TempDirTest):
    """Every dev page converts to structure JSON that is valid against our schema."""

    def test_every_dev_page(self):
        pages = sorted(CORPUS.glob("*.txt"))
        self.assertGreaterEqual(len(pages), 9)
        for page in pages:
            with self.subTest(page=page.name):
                out = self.dir / (page.stem + ".json")
                done = run("convert", str(page), "-o", str(out))
                self.assertEqual(done.returncode, 0, done.stderr)
                self.assertEqual(validate(out), (0, ""))
                doc = json.loads(out.read_text(encoding="utf-8"))
                self.assertEqual(doc["source"], page.name)
                self.assertGreater(len(doc["articles"]), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)

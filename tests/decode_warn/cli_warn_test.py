#!/usr/bin/env python3
"""banmian run as a process: decoding warnings on stderr, exit status 0, output written.

Environment (set by CMakeLists.txt):
  BANMIAN_BIN     the banmian executable
  BANMIAN_CORPUS  ../shared/corpus/dev
"""
import json
import os
import re
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
from banmian_process import TempDirTest as ProcessTest, run_banmian  # noqa: E402
CORPUS = Path(os.environ.get("BANMIAN_CORPUS", "../shared/corpus/dev"))

# Written for these tests (not from the corpus): a headline and two paragraphs.
PAGE = ("经济运行总体平稳\n"
        "本报北京7月10日电 国家统计局今天发布数据，上半年经济运行总体平稳，主要指标好于预期。\n"
        "专家认为，下半年经济发展仍面临不少困难，需要进一步扩大内需，推动高质量发展。\n")
# The same in traditional characters, as a Big5 page would have it.
PAGE_TW = ("經濟運行總體平穩\n"
           "本報北京7月10日電 國家統計局今天發布數據，上半年經濟運行總體平穩，主要指標好於預期。\n"
           "專家認為，下半年經濟發展仍面臨不少困難，需要進一步擴大內需，推動高質量發展。\n")
COUNTS = r"\((\d+) common Chinese characters as {right}, (\d+) as {forced}\)"


run = run_banmian


class Warnings(ProcessTest):
    def convert(self, page, *extra):
        """Converts page to JSON; returns (exit status, stderr, output path)."""
        out = self.dir / (page.stem + ".json")
        done = run("convert", str(page), "-o", str(out), *extra)
        return done.returncode, done.stderr, out

    def assert_reads_like(self, line, prefix, right, forced, suffix):
        """line is prefix + the counts sentence + suffix, the right count > 2 x the forced."""
        pattern = (re.escape(prefix) + COUNTS.format(right=right, forced=forced) +
                   re.escape(suffix))
        match = re.fullmatch(pattern, line)
        self.assertIsNotNone(match, line)
        self.assertGreater(int(match.group(1)), 2 * int(match.group(2)))

    def test_gb18030_forced_as_big5_warns_and_converts(self):
        page = self.write("gb.txt", PAGE.encode("gb18030"))
        status, err, out = self.convert(page, "--encoding", "big5")
        self.assertEqual(status, 0, err)
        self.assert_reads_like(err, f"banmian: warning: {page}: decoded as Big5 as asked, but "
                               "the text reads like GB18030 ", "GB18030", "Big5",
                               "; check --encoding\n")
        self.assertTrue(json.loads(out.read_text(encoding="utf-8"))["articles"])

    def test_big5_forced_as_gbk_warns(self):
        page = self.write("tw.txt", PAGE_TW.encode("big5"))
        status, err, _ = self.convert(page, "--encoding", "gbk")
        self.assertEqual(status, 0, err)
        self.assert_reads_like(err, f"banmian: warning: {page}: decoded as GB18030 as asked, "
                               "but the text reads like Big5 ", "Big5", "GB18030",
                               "; check --encoding\n")

    def test_invalid_bytes_under_a_wrong_encoding_name_the_right_one(self):
        # 龘 is FD 93 in GB18030; 93 is no Big5 trail byte, so decoding as Big5 fails there.
        data = (PAGE + "龘\n").encode("gb18030")
        page = self.write("gb.txt", data)
        status, err, out = self.convert(page, "--encoding", "big5")
        self.assertEqual(status, 1)
        self.assert_reads_like(err, f"banmian: {page}:4: byte {len(data) - 3}: invalid Big5 "
                               "byte sequence FD 93 (Big5 is the encoding given with "
                               "--encoding, but the text reads like GB18030 ", "GB18030",
                               "Big5", "; check --encoding)\n")
        self.assertFalse(out.exists())

    def test_replaced_bytes_are_counted(self):
        data = PAGE.encode() + b"ab\xff" + "坏字".encode() + b"\xfe\n"
        page = self.write("bad.txt", data)
        status, err, out = self.convert(page, "--encoding-errors=replace")
        self.assertEqual(status, 0, err)
        self.assertEqual(err, f"banmian: warning: {page}:4: byte {len(PAGE.encode()) + 2}: "
                              "replaced 2 invalid UTF-8 byte sequences with U+FFFD; the first "
                              "(FF) is here\n")
        self.assertIn("\ufffd", out.read_text(encoding="utf-8"))

    def test_one_replaced_sequence(self):
        data = PAGE.encode("gb18030") + b"\xb0 \n"
        page = self.write("gb.txt", data)
        status, err, _ = self.convert(page, "--encoding", "gb18030", "--encoding-errors",
                                      "replace")
        self.assertEqual(status, 0, err)
        self.assertEqual(err, f"banmian: warning: {page}:4: byte {len(PAGE.encode('gb18030'))}: "
                              "replaced 1 invalid GB18030 byte sequence (B0) with U+FFFD\n")

    def test_analyze_warns_too(self):
        page = self.write("gb.txt", PAGE.encode("gb18030"))
        done = run("analyze", str(page), "--encoding", "big5")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertTrue(done.stderr.startswith(f"banmian: warning: {page}: decoded as Big5 as "
                                               "asked, but the text reads like GB18030 ("),
                        done.stderr)

    def test_right_or_detected_encodings_do_not_warn(self):
        cases = [("utf8.txt", PAGE.encode(), ["--encoding", "utf-8"]),
                 ("gb.txt", PAGE.encode("gb18030"), ["--encoding", "gb18030"]),
                 ("gb2.txt", PAGE.encode("gb18030"), []),
                 ("gb3.txt", PAGE.encode("gb18030"), ["--encoding-errors=replace"]),
                 ("u16.txt", PAGE.encode("utf-16"), ["--encoding", "utf-16"]),
                 ("short.txt", "人民日报\n".encode("gb18030"), ["--encoding", "big5"])]
        for name, data, extra in cases:
            with self.subTest(name=name, extra=extra):
                status, err, _ = self.convert(self.write(name, data), *extra)
                self.assertEqual((status, err), (0, ""))

    def test_dev_pages_with_their_manifest_encoding_do_not_warn(self):
        manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
        labels = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "gb18030": "gb18030", "big5": "big5"}
        for entry in manifest["pages"]:
            with self.subTest(page=entry["name"]):
                status, err, _ = self.convert(CORPUS / entry["name"], "--encoding",
                                              labels[entry["encoding"]])
                self.assertEqual((status, err), (0, ""))


if __name__ == "__main__":
    unittest.main(verbosity=2)

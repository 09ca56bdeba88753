// Line endings become LF, text becomes NFC, white space (U+3000 included) stays as data.
#include <gtest/gtest.h>

#include <string>

#include "decode/decode.hpp"
#include "encode_with_icu.hpp"

namespace banmian::decode {
namespace {

DecodedText detect(const std::string& bytes) { return decode_text(bytes, {}, "page.txt"); }

TEST(LineEnds, LfStaysLf) {
    const DecodedText d = detect("一\n二\n");
    EXPECT_EQ(d.text, "一\n二\n");
    EXPECT_EQ(d.newline, "LF");
}

TEST(LineEnds, CrlfBecomesLf) {
    const DecodedText d = detect("一\r\n二\r\n");
    EXPECT_EQ(d.text, "一\n二\n");
    EXPECT_EQ(d.newline, "CRLF");
}

TEST(LineEnds, CrBecomesLf) {
    const DecodedText d = detect("一\r二\r");
    EXPECT_EQ(d.text, "一\n二\n");
    EXPECT_EQ(d.newline, "CR");
}

TEST(LineEnds, MixedEndingsAllBecomeLf) {
    const DecodedText d = detect("一\r\n二\r三\n\r\n");
    EXPECT_EQ(d.text, "一\n二\n三\n\n");
    EXPECT_EQ(d.newline, "mixed");
}

TEST(LineEnds, NoLineEnd) {
    const DecodedText d = detect("一行");
    EXPECT_EQ(d.text, "一行");
    EXPECT_EQ(d.newline, "none");
}

TEST(LineEnds, CrlfInUtf16AndGb18030) {
    const std::string text = "第一行\r\n第二行\r\n";
    EXPECT_EQ(detect("\xFF\xFE" + testing::encode(text, "UTF-16LE")).text, "第一行\n第二行\n");
    const DecodedText gb = detect(testing::encode(text, "gb18030"));
    EXPECT_EQ(gb.encoding, "GB18030");
    EXPECT_EQ(gb.text, "第一行\n第二行\n");
    EXPECT_EQ(gb.newline, "CRLF");
}

TEST(Nfc, CombiningSequencesAreComposed) {
    // e + U+0301 COMBINING ACUTE -> U+00E9.
    EXPECT_EQ(detect("Cafe\xCC\x81").text, "Caf\xC3\xA9");
}

TEST(Nfc, CjkCompatibilityIdeographsBecomeUnified) {
    // U+F900 豈 has the canonical decomposition U+8C48 豈, so NFC changes it.
    EXPECT_EQ(detect("\xEF\xA4\x80").text, "\xE8\xB1\x88");
}

TEST(Nfc, AppliesAfterDecodingLegacyEncodings) {
    // Big5 has no combining marks, but NFC must still run on every path: a UTF-16 input with
    // a decomposed Hangul syllable (U+1100 U+1161 -> U+AC00) checks the wide path.
    EXPECT_EQ(detect("\xFF\xFE" + testing::encode("\u1100\u1161\n", "UTF-16LE")).text, "\uAC00\n");
}

TEST(WhiteSpace, KeptAsData) {
    // Ideographic space indents, NBSP, tabs, trailing blanks: segmentation decides, not decode.
    const std::string text = "\u3000\u3000正文\u3000\n\u00A0a\tb  \n \n";
    EXPECT_EQ(detect(text).text, text);
    EXPECT_EQ(detect(testing::encode(text, "gb18030")).text, text);
}

TEST(Bom, MidTextFeffIsKept) {
    // Only a leading U+FEFF is a byte order mark.
    const DecodedText d = detect(
        "a\xEF\xBB\xBF"
        "b");
    EXPECT_FALSE(d.had_bom);
    EXPECT_EQ(d.text,
              "a\xEF\xBB\xBF"
              "b");
}

TEST(Bom, Gb18030Bom) {
    // GB18030 encodes U+FEFF as 84 31 95 33.
    const DecodedText d = detect("\x84\x31\x95\x33" + testing::encode("中文", "gb18030"));
    EXPECT_EQ(d.encoding, "GB18030");
    EXPECT_TRUE(d.had_bom);
    EXPECT_EQ(d.text, "中文");
}

}  // namespace
}  // namespace banmian::decode

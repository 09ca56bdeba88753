// Each supported encoding is detected (or honoured when named) and decoded to the same text.
#include <gtest/gtest.h>

#include <string>

#include "decode/decode.hpp"
#include "encode_with_icu.hpp"

namespace banmian::decode {
namespace {

using testing::encode;

// Sample text written for these tests (not taken from the corpus): a dateline, full-width
// punctuation, an ideographic space indent, digits and Latin letters.
const std::string kSimplified =
    "本报北京7月10日电 记者从国家统计局获悉，今年上半年全国经济运行总体平稳。\n"
    "\u3000\u3000专家表示，下一步要继续推动高质量发展，进一步扩大内需（GDP增长5.5%）。\n";
const std::string kTraditional =
    "本報臺北3月13日電 記者從有關部門獲悉，今年全省經濟發展穩中向好。\n"
    "\u3000\u3000專家表示，民眾生活水準持續提高，「這是大家努力的結果」。\n";

DecodedText detect(const std::string& bytes) { return decode_text(bytes, {}, "page.txt"); }

DecodedText declared(const std::string& bytes, const std::string& encoding) {
    DecodeOptions options;
    options.encoding = encoding;
    return decode_text(bytes, options, "page.txt");
}

TEST(Encodings, Utf8WithoutBom) {
    const DecodedText d = detect(kSimplified);
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_FALSE(d.had_bom);
    EXPECT_EQ(d.text, kSimplified);
}

TEST(Encodings, Utf8WithBomDropsTheMark) {
    const DecodedText d = detect("\xEF\xBB\xBF" + kSimplified);
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_TRUE(d.had_bom);
    EXPECT_EQ(d.text, kSimplified);
}

TEST(Encodings, Utf8BomAlsoDroppedWhenUtf8IsDeclared) {
    const DecodedText d = declared(
        "\xEF\xBB\xBF"
        "abc",
        "utf-8");
    EXPECT_TRUE(d.had_bom);
    EXPECT_EQ(d.text, "abc");
}

TEST(Encodings, Utf16LittleEndianWithBom) {
    const DecodedText d = detect("\xFF\xFE" + encode(kSimplified, "UTF-16LE"));
    EXPECT_EQ(d.encoding, "UTF-16LE");
    EXPECT_TRUE(d.had_bom);
    EXPECT_EQ(d.text, kSimplified);
}

TEST(Encodings, Utf16BigEndianWithBom) {
    const DecodedText d = detect("\xFE\xFF" + encode(kTraditional, "UTF-16BE"));
    EXPECT_EQ(d.encoding, "UTF-16BE");
    EXPECT_TRUE(d.had_bom);
    EXPECT_EQ(d.text, kTraditional);
}

TEST(Encodings, Utf16LiteralBytesWithBom) {
    // "中a\n" written out by hand: U+4E2D, U+0061, U+000A.
    EXPECT_EQ(detect(std::string("\xFF\xFE\x2D\x4E\x61\x00\x0A\x00", 8)).text, "中a\n");
    EXPECT_EQ(detect(std::string("\xFE\xFF\x4E\x2D\x00\x61\x00\x0A", 8)).text, "中a\n");
}

TEST(Encodings, Utf16WithoutBomFoundByItsNulBytes) {
    const DecodedText le = detect(encode(kSimplified, "UTF-16LE"));
    EXPECT_EQ(le.encoding, "UTF-16LE");
    EXPECT_FALSE(le.had_bom);
    EXPECT_EQ(le.text, kSimplified);
    const DecodedText be = detect(encode(kTraditional, "UTF-16BE"));
    EXPECT_EQ(be.encoding, "UTF-16BE");
    EXPECT_EQ(be.text, kTraditional);
}

TEST(Encodings, Utf16WithoutBomSurvivesZeroLowBytesInHan) {
    // U+4E00 一 and U+5E00 帀 put a zero byte on the "wrong" side; ASCII still decides.
    const std::string text = "一二三\n一帀\nline 3\n";
    EXPECT_EQ(detect(encode(text, "UTF-16LE")).encoding, "UTF-16LE");
    EXPECT_EQ(detect(encode(text, "UTF-16BE")).encoding, "UTF-16BE");
}

TEST(Encodings, BareUtf16LabelFollowsTheBom) {
    EXPECT_EQ(declared("\xFE\xFF" + encode("中文\n", "UTF-16BE"), "utf-16").text, "中文\n");
    EXPECT_EQ(declared(encode("中文\n", "UTF-16LE"), "UTF-16").encoding, "UTF-16LE");
}

TEST(Encodings, Utf32WithBom) {
    const DecodedText d = detect(std::string("\xFF\xFE\x00\x00", 4) + encode("版面\n", "UTF-32LE"));
    EXPECT_EQ(d.encoding, "UTF-32LE");
    EXPECT_EQ(d.text, "版面\n");
}

TEST(Encodings, Gb18030Detected) {
    const DecodedText d = detect(encode(kSimplified, "gb18030"));
    EXPECT_EQ(d.encoding, "GB18030");
    EXPECT_EQ(d.text, kSimplified);
}

TEST(Encodings, Gb18030FourByteSequences) {
    // U+20BB7 𠮷 and U+00C0 À need GB18030's four-byte form (neither is in GBK).
    const std::string text = "吉祥的𠮷，À la carte\n";
    const std::string bytes = encode(text, "gb18030");
    ASSERT_NE(bytes.find("\x95\x34\xB2\x35"), std::string::npos);  // 𠮷 as GB18030 bytes
    ASSERT_NE(bytes.find("\x81\x30\x86\x38"), std::string::npos);  // À
    EXPECT_EQ(declared(bytes, "gb18030").text, text);
    EXPECT_EQ(detect(bytes).text, text);
}

TEST(Encodings, GbkAndGb2312LabelsDecodeAsGb18030) {
    // WHATWG: gbk and gb2312 labels use the GB18030 decoder, a superset of both.
    const std::string bytes = encode(kSimplified, "windows-936-2000");
    EXPECT_EQ(declared(bytes, "GBK").text, kSimplified);
    EXPECT_EQ(declared(bytes, "gb2312").text, kSimplified);
    EXPECT_EQ(declared(bytes, "gb2312").encoding, "GB18030");
    // Literal GB2312 bytes of 中文: D6 D0 CE C4.
    EXPECT_EQ(declared("\xD6\xD0\xCE\xC4", "gb2312").text, "中文");
}

TEST(Encodings, Big5Detected) {
    const DecodedText d = detect(encode(kTraditional, "ibm-1373_P100-2002"));
    EXPECT_EQ(d.encoding, "Big5");
    EXPECT_EQ(d.text, kTraditional);
}

TEST(Encodings, Big5LiteralBytes) {
    // 中文 in Big5: A4 A4 A4 E5.
    EXPECT_EQ(declared("\xA4\xA4\xA4\xE5", "big5").text, "中文");
}

TEST(Encodings, ShortTextsStillTellGbFromBig5) {
    // Both byte strings are valid in both encodings; only common Han characters decide.
    EXPECT_EQ(detect(encode("新闻报道\n", "gb18030")).encoding, "GB18030");
    EXPECT_EQ(detect(encode("新聞報導\n", "ibm-1373_P100-2002")).encoding, "Big5");
    EXPECT_EQ(detect(encode("人民日报", "gb18030")).encoding, "GB18030");
    EXPECT_EQ(detect(encode("人民日報", "ibm-1373_P100-2002")).encoding, "Big5");
}

TEST(Encodings, DeclaredEncodingOverridesDetection) {
    // GB18030 bytes that Big5 also accepts: --encoding big5 must win, giving other characters.
    const std::string bytes = encode("经济发展", "gb18030");
    EXPECT_EQ(detect(bytes).text, "经济发展");
    DecodeOptions options;
    options.encoding = "big5";
    options.on_invalid = OnInvalid::Replace;
    const DecodedText d = decode_text(bytes, options, "page.txt");
    EXPECT_EQ(d.encoding, "Big5");
    EXPECT_NE(d.text, "经济发展");
}

TEST(Encodings, OtherIcuEncodingsCanBeNamed) {
    EXPECT_EQ(declared("caf\xE9\n", "iso-8859-1").text, "café\n");
    EXPECT_EQ(declared(encode("日本語\n", "Shift_JIS"), "shift_jis").text, "日本語\n");
}

TEST(Encodings, KnownEncodingNames) {
    for (const char* name : {"utf-8", "UTF-8", "utf-16le", "utf-16be", "gb18030", "GBK", "gb2312",
                             "big5", "Big5", "shift_jis"}) {
        EXPECT_TRUE(is_known_encoding(name)) << name;
    }
    EXPECT_FALSE(is_known_encoding("no-such-encoding"));
    EXPECT_FALSE(is_known_encoding(""));
}

TEST(Encodings, EmptyInputIsAnEmptyPage) {
    const DecodedText d = detect("");
    EXPECT_EQ(d.text, "");
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_EQ(d.newline, "none");
    EXPECT_EQ(declared("", "big5").text, "");
    EXPECT_EQ(declared("", "utf-16le").text, "");
}

TEST(Encodings, BomOnlyIsAnEmptyPage) {
    const DecodedText d = detect("\xEF\xBB\xBF");
    EXPECT_TRUE(d.had_bom);
    EXPECT_EQ(d.text, "");
}

}  // namespace
}  // namespace banmian::decode

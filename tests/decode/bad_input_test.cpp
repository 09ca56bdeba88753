// Every bad input gives banmian::Error with the exact message, file, line and byte offset.
#include <gtest/gtest.h>

#include <string>

#include "core/error.hpp"
#include "decode/decode.hpp"
#include "encode_with_icu.hpp"

namespace banmian::decode {
namespace {

// The error decode_text throws for bytes (detection unless encoding is given).
Error error_for(const std::string& bytes, const std::string& encoding = "",
                const std::string& file = "page.txt") {
    DecodeOptions options;
    options.encoding = encoding;
    try {
        decode_text(bytes, options, file);
    } catch (const Error& e) {
        return e;
    }
    ADD_FAILURE() << "no error for the input";
    return Error("no error");
}

DecodedText replaced(const std::string& bytes, const std::string& encoding = "") {
    DecodeOptions options;
    options.encoding = encoding;
    options.on_invalid = OnInvalid::Replace;
    return decode_text(bytes, options, "page.txt");
}

const std::string kDeclaredHint = "; --encoding-errors=replace decodes such bytes as U+FFFD)";

TEST(BadInput, InvalidUtf8WhenDeclared) {
    const std::string bytes = "第一行\n第二\xFF行\n";
    const Error e = error_for(bytes, "utf-8");
    EXPECT_EQ(std::string(e.what()),
              "page.txt:2: byte 16: invalid UTF-8 byte sequence FF (UTF-8 is the encoding given "
              "with --encoding" +
                  kDeclaredHint);
    EXPECT_EQ(e.where().file, "page.txt");
    EXPECT_EQ(e.where().line, 2u);
    EXPECT_EQ(e.where().byte_offset, bytes.find('\xFF'));
}

TEST(BadInput, InvalidUtf8WhenDetected) {
    // A UTF-8 page with one broken byte: UTF-8 has the fewest invalid sequences, so it is
    // reported as UTF-8 with the offset of the bad byte.
    const std::string good =
        "本报北京7月10日电 记者从国家统计局获悉，今年上半年全国经济运行总体平稳。\n"
        "专家表示，下一步要继续推动高质量发展，进一步扩大内需。\n";
    const std::string bytes = good + "第三行\xC3(\n";
    const Error e = error_for(bytes);
    EXPECT_EQ(std::string(e.what()),
              "page.txt:3: byte " + std::to_string(good.size() + 9) +
                  ": invalid UTF-8 byte sequence C3 (UTF-8 is the encoding detected; if that is "
                  "wrong, name the right one with --encoding" +
                  kDeclaredHint);
}

TEST(BadInput, InvalidUtf8AfterBom) {
    const Error e = error_for(
        "\xEF\xBB\xBF"
        "ab\r\ncd\xE4\xB8\n");  // E4 at offset 9
    EXPECT_EQ(std::string(e.what()),
              "page.txt:2: byte 9: invalid UTF-8 byte sequence E4 B8 (UTF-8 is the encoding its "
              "byte order mark announces" +
                  kDeclaredHint);
}

TEST(BadInput, Utf8SurrogatesAndOverlongFormsAreInvalid) {
    EXPECT_EQ(error_for("a\xED\xA0\x80", "utf-8").where().byte_offset, 1u);
    EXPECT_EQ(error_for("ab\xC0\xAF", "utf-8").where().byte_offset, 2u);
}

TEST(BadInput, StrayLatin1ByteInAsciiIsReportedAsUtf8) {
    // Every candidate finds one invalid sequence and no Han character: UTF-8 wins the tie.
    const Error e = error_for("menu: caf\xE9 au lait\n");
    EXPECT_EQ(std::string(e.what()),
              "page.txt:1: byte 9: invalid UTF-8 byte sequence E9 (UTF-8 is the encoding "
              "detected; if that is wrong, name the right one with --encoding" +
                  kDeclaredHint);
}

TEST(BadInput, CorruptGb18030PageIsStillGb18030) {
    // One broken byte in a GB18030 page: GB18030 has one invalid sequence, UTF-8 dozens.
    const std::string good = testing::encode(
        "本报北京7月10日电 记者从国家统计局获悉，今年上半年全国经济运行总体平稳。\n", "gb18030");
    const Error e = error_for(good + "\xFF" + good);
    EXPECT_EQ(e.where().byte_offset, good.size());
    EXPECT_NE(std::string(e.what()).find("invalid GB18030 byte sequence FF (GB18030 is the "
                                         "encoding detected"),
              std::string::npos);
}

TEST(BadInput, TruncatedSequenceAtTheEnd) {
    // 中 is E4 B8 AD; the last byte is missing.
    const Error e = error_for("abc\xE4\xB8", "utf-8");
    EXPECT_EQ(e.where().byte_offset, 3u);
    EXPECT_EQ(e.where().line, 1u);
}

TEST(BadInput, LineCountsCrAndCrlf) {
    EXPECT_EQ(error_for("a\rb\r\nc\n\xFF", "utf-8").where().line, 4u);
}

TEST(BadInput, InvalidGb18030WhenDeclared) {
    // B0 followed by a space: a lead byte without its trail byte. The space is kept.
    const std::string bytes = testing::encode("第一段\n二", "gb18030") + "\xB0 x";
    const Error e = error_for(bytes, "gb18030");
    EXPECT_EQ(std::string(e.what()),
              "page.txt:2: byte 9: invalid GB18030 byte sequence B0 (GB18030 is the encoding "
              "given with --encoding" +
                  kDeclaredHint);
    EXPECT_EQ(replaced(bytes, "gb18030").text, "第一段\n二\uFFFD x");
}

TEST(BadInput, InvalidBig5WhenDeclared) {
    // 0x80 is neither a Big5 lead byte nor ASCII (WHATWG Big5 decoder).
    const Error e = error_for("\xA4\xA4\x80\xA4\xE5", "big5");
    EXPECT_EQ(e.where().byte_offset, 2u);
    EXPECT_EQ(std::string(e.what()).substr(0, 55),
              "page.txt:1: byte 2: invalid Big5 byte sequence 80 (Big5");
}

TEST(BadInput, Big5LeadByteWithoutTrail) {
    // A4 then a space: the lead byte is invalid, the space is kept.
    EXPECT_EQ(error_for("\xA4\xA4\xA4 x", "big5").where().byte_offset, 2u);
    EXPECT_EQ(replaced("\xA4\xA4\xA4 x", "big5").text, "中\uFFFD x");
}

TEST(BadInput, InvalidUtf16WhenDeclared) {
    // An unpaired high surrogate D800 followed by 'a'.
    const Error e = error_for(std::string("\x61\x00\x00\xD8\x61\x00", 6), "utf-16le");
    EXPECT_EQ(e.where().byte_offset, 2u);
    EXPECT_NE(std::string(e.what()).find("invalid UTF-16LE byte sequence 00 D8"),
              std::string::npos);
}

TEST(BadInput, ReplaceGivesReplacementCharacters) {
    const DecodedText d = replaced(
        "a\xFF"
        "b\xFE"
        "c",
        "utf-8");
    EXPECT_EQ(d.text,
              "a\uFFFD"
              "b\uFFFD"
              "c");
    EXPECT_EQ(d.replaced, 2u);
    // Detected UTF-8 with a broken byte, in replace mode.
    const std::string good(200, 'x');
    const DecodedText detected = replaced(good + "\n中\xFF文\n");
    EXPECT_EQ(detected.encoding, "UTF-8");
    EXPECT_EQ(detected.text, good + "\n中\uFFFD文\n");
}

TEST(BadInput, UnknownEncodingName) {
    EXPECT_EQ(std::string(error_for("abc", "klingon-8").what()),
              "unknown encoding 'klingon-8' (known names include utf-8, utf-16le, utf-16be, "
              "gb18030, gbk, gb2312 and big5, and any encoding ICU knows)");
}

TEST(BadInput, NulByteIsBinary) {
    const Error e = error_for(std::string("PK\x03\x04\x14\x00\x00\x00", 8), "", "page.zip");
    EXPECT_EQ(std::string(e.what()),
              "page.zip:1: byte 5: this is binary data (a NUL byte), not the text of a page; if "
              "it is UTF-16 or UTF-32 text, name the encoding with --encoding");
}

TEST(BadInput, NulByteIsBinaryEvenWhenUtf8IsDeclared) {
    EXPECT_EQ(error_for(std::string("ab\ncd\0", 6), "utf-8").where().byte_offset, 5u);
    EXPECT_EQ(error_for(std::string("ab\ncd\0", 6), "utf-8").where().line, 2u);
}

TEST(BadInput, PngHeaderIsBinary) {
    const Error e = error_for(std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16));
    EXPECT_EQ(e.where().byte_offset, 8u);
}

TEST(BadInput, ControlBytesAreBinary) {
    std::string bytes;
    for (int i = 0; i < 40; ++i) bytes += std::string("text\x01\x02\x03", 7);
    const Error e = error_for(bytes);
    EXPECT_EQ(std::string(e.what()),
              "page.txt:1: byte 4: this is binary data (control bytes), not the text of a page; "
              "if it is UTF-16 or UTF-32 text, name the encoding with --encoding");
}

TEST(BadInput, AFewControlBytesAreStillText) {
    // One stray BEL in a long page is text with a glitch, not a binary file.
    std::string bytes(400, 'a');
    bytes[100] = '\x07';
    EXPECT_EQ(decode_text(bytes, {}, "page.txt").text, bytes);
}

TEST(BadInput, NulCharacterInUtf16IsBinary) {
    const Error e =
        error_for(std::string("\xFF\xFE"
                              "a\x00\n\x00\x00\x00",
                              8));
    EXPECT_EQ(std::string(e.what()),
              "page.txt:2: this is binary data (a NUL character), not the text of a page");
}

TEST(BadInput, BytesThatAreNoTextAtAll) {
    // High bytes no candidate encoding can decode for the most part (C1 range in pairs).
    std::string bytes;
    for (int i = 0; i < 64; ++i) bytes += "\xFF\x80";
    const Error e = error_for(bytes);
    EXPECT_EQ(std::string(e.what()),
              "page.txt: this does not look like text in UTF-8, GB18030 or Big5 (128 invalid "
              "byte sequences); if it is text, name its encoding with --encoding");
}

}  // namespace
}  // namespace banmian::decode

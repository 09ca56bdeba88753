// decode_text's warnings (DecodedText::warnings and DecodeOptions::on_warning): a forced
// encoding that reads like another one, and bytes replaced under OnInvalid::Replace. Also the
// error for invalid bytes under a forced encoding that reads like another one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "decode/decode.hpp"
#include "warn_support.hpp"

namespace banmian::decode {
namespace {

using testing::decode_as;
using testing::encode;

const std::string kNews =
    "国家统计局今天发布数据，上半年经济运行总体平稳，主要指标好于预期。\n"
    "专家认为，下半年经济发展仍面临不少困难，需要进一步扩大内需，推动高质量发展。\n";

// True if text starts with prefix and ends with suffix.
bool starts_ends(const std::string& text, const std::string& prefix, const std::string& suffix) {
    return text.size() >= prefix.size() + suffix.size() && text.rfind(prefix, 0) == 0 &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The message of the banmian::Error decoding bytes as encoding throws ("" if none).
std::string error_text(const std::string& bytes, const std::string& encoding) {
    try {
        decode_as(bytes, encoding);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(ForcedEncodingWarning, Gb18030DecodedAsBig5) {
    std::vector<std::string> seen;
    const DecodedText d =
        decode_as(encode(kNews, testing::kGb18030), "big5", OnInvalid::Fail, &seen);
    EXPECT_EQ(d.encoding, "Big5");  // decoded as asked all the same
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_TRUE(starts_ends(d.warnings[0],
                            "page.txt: decoded as Big5 as asked, but the text reads like "
                            "GB18030 (",
                            " as Big5); check --encoding"))
        << d.warnings[0];
    EXPECT_NE(d.warnings[0].find(" common Chinese characters as GB18030, "), std::string::npos);
    EXPECT_EQ(seen, d.warnings);  // on_warning saw the same, once
}

TEST(ForcedEncodingWarning, Big5DecodedAsGb18030AndUtf8DecodedAsGb18030) {
    const std::string big5 = encode(testing::transliterate(kNews, "Hans-Hant"), testing::kBig5);
    const DecodedText d = decode_as(big5, "gbk");
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_NE(d.warnings[0].find("decoded as GB18030 as asked, but the text reads like Big5"),
              std::string::npos)
        << d.warnings[0];
    const DecodedText u = decode_as(kNews, "gb18030", OnInvalid::Replace);
    ASSERT_FALSE(u.warnings.empty());
    EXPECT_NE(u.warnings.back().find("but the text reads like UTF-8"), std::string::npos)
        << u.warnings.back();
}

TEST(ForcedEncodingWarning, DecodeOwnedWarnsToo) {
    // decode_owned frees the bytes early; the other encodings must be tried before that.
    DecodeOptions options;
    options.encoding = "big5";
    const DecodedText d = decode_owned(encode(kNews, testing::kGb18030), options, "page.txt");
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_NE(d.warnings[0].find("reads like GB18030"), std::string::npos);
}

TEST(ForcedEncodingWarning, NoneForRightOrDetectedEncodings) {
    const std::string gb = encode(kNews, testing::kGb18030);
    EXPECT_TRUE(decode_as(gb, "gb18030").warnings.empty());
    EXPECT_TRUE(decode_as(gb, "").warnings.empty());
    EXPECT_TRUE(decode_as(kNews, "utf-8").warnings.empty());
    EXPECT_TRUE(decode_as(kNews, "").warnings.empty());
    EXPECT_TRUE(decode_as(encode(kNews, "UTF-16BE"), "utf-16be").warnings.empty());
    EXPECT_TRUE(decode_as(std::string(300, 'a'), "big5").warnings.empty());  // ASCII
}

TEST(ForcedEncodingError, InvalidBytesNameTheEncodingTheTextReadsLike) {
    // 龘 is FD 93 in GB18030; 93 is no Big5 trail byte (40-7E, A1-FE), so Big5 fails there.
    const std::string gb = encode(kNews + "龘\n", testing::kGb18030);
    const std::string message = error_text(gb, "big5");
    EXPECT_TRUE(starts_ends(message,
                            "page.txt:3: byte " + std::to_string(gb.size() - 3) +
                                ": invalid Big5 byte sequence FD 93 (Big5 is the "
                                "encoding given with --encoding, but the text reads "
                                "like GB18030 (",
                            " as Big5); check --encoding)"))
        << message;
}

TEST(ForcedEncodingError, RightEncodingWithACorruptByteKeepsTheReplaceHint) {
    const std::string gb = encode(kNews, testing::kGb18030) + "\xFF\n";
    const std::string message = error_text(gb, "gb18030");
    EXPECT_TRUE(starts_ends(message,
                            "page.txt:3: byte " + std::to_string(gb.size() - 2) +
                                ": invalid GB18030 byte sequence FF (GB18030 is the "
                                "encoding given with --encoding",
                            "; --encoding-errors=replace decodes such bytes as U+FFFD)"))
        << message;
}

TEST(ReplacedWarning, CountsAndPointsAtTheFirst) {
    // Line 2, byte 12 (第一行\n is 10 bytes, then "ab"): FF; later FE on line 3.
    const std::string bytes =
        "第一行\nab\xFF"
        "cd\n\xFE\n";
    std::vector<std::string> seen;
    const DecodedText d = decode_as(bytes, "utf-8", OnInvalid::Replace, &seen);
    EXPECT_EQ(d.replaced, 2u);
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_EQ(d.warnings[0],
              "page.txt:2: byte 12: replaced 2 invalid UTF-8 byte sequences with U+FFFD; the "
              "first (FF) is here");
    EXPECT_EQ(seen, d.warnings);
}

TEST(ReplacedWarning, OneSequence) {
    const std::string gb = encode("第一行\n", testing::kGb18030) + "\xB0 x\n";
    const DecodedText d = decode_as(gb, "gb18030", OnInvalid::Replace);
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_EQ(d.warnings[0],
              "page.txt:2: byte 7: replaced 1 invalid GB18030 byte sequence (B0) with U+FFFD");
}

TEST(ReplacedWarning, NoneWithoutReplacement) {
    EXPECT_TRUE(decode_as(kNews, "", OnInvalid::Replace).warnings.empty());
    EXPECT_TRUE(
        decode_as(encode(kNews, testing::kGb18030), "", OnInvalid::Replace).warnings.empty());
}

TEST(ReplacedWarning, BothWarningsInOrder) {
    // GB18030 bytes forced as UTF-8 with replacement: the bytes replaced, then the encoding.
    const DecodedText d = decode_as(encode(kNews, testing::kGb18030), "utf-8", OnInvalid::Replace);
    ASSERT_EQ(d.warnings.size(), 2u);
    EXPECT_NE(d.warnings[0].find(": replaced "), std::string::npos) << d.warnings[0];
    EXPECT_NE(d.warnings[1].find("decoded as UTF-8 as asked, but the text reads like GB18030"),
              std::string::npos)
        << d.warnings[1];
}

}  // namespace
}  // namespace banmian::decode

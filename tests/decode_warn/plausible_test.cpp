// decode/plausible.hpp: how Chinese a decoding reads, and which encoding reads better than a
// forced one. Texts are written for these tests (not taken from the corpus).
#include "decode/plausible.hpp"

#include <gtest/gtest.h>

#include <string>

#include "decode/convert.hpp"
#include "warn_support.hpp"

namespace banmian::decode {
namespace {

using testing::encode;

// Two sentences of ordinary news Chinese (well over 20 frequent characters).
const std::string kNews =
    "国家统计局今天发布数据，上半年经济运行总体平稳，主要指标好于预期。\n"
    "专家认为，下半年经济发展仍面临不少困难，需要进一步扩大内需，推动高质量发展。\n";

// The UTF-16 of UTF-8 text.
std::u16string utf16(const std::string& text) {
    return convert_to_utf16(text, utf8_encoding(), true).text;
}

// The best other encoding for bytes decoded (replacing) with the ICU converter icu_name.
std::optional<BetterEncoding> better_for(const std::string& bytes, const char* icu_name) {
    const EncodingChoice forced{icu_name, icu_name};
    const Converted c = convert_to_utf16(bytes, forced, false);
    return better_encoding(bytes, forced, c.text, c.invalid_count);
}

TEST(ReadText, CountsWideAndFrequentCodePoints) {
    // ASCII, U+3000 and U+FFFD are not counted; 的 and ， are frequent, 龘 (U+9F98) and
    // 𠀀 (U+20000, a surrogate pair) are wide but rare.
    const Reading r = read_text(utf16("abc 123\u3000的，龘\uFFFD𠀀\n"));
    EXPECT_EQ(r.wide, 4u);
    EXPECT_EQ(r.frequent, 2u);
    EXPECT_EQ(r.invalid, 0u);
    EXPECT_EQ(frequent_percent(r), 50u);
    EXPECT_EQ(frequent_percent(read_text(u"plain ASCII")), 0u);
}

TEST(ReadsLikeChinese, NeedsTwentyFrequentCharacters) {
    EXPECT_FALSE(reads_like_chinese(Reading{19, 19, 0}));
    EXPECT_TRUE(reads_like_chinese(Reading{20, 20, 0}));
}

TEST(ReadsLikeChinese, NeedsSixtyPercentFrequent) {
    EXPECT_FALSE(reads_like_chinese(Reading{100, 59, 0}));
    EXPECT_TRUE(reads_like_chinese(Reading{100, 60, 0}));
}

TEST(ReadsLikeChinese, ToleratesOneInvalidSequencePerHundred) {
    EXPECT_TRUE(reads_like_chinese(Reading{100, 90, 1}));
    EXPECT_FALSE(reads_like_chinese(Reading{100, 90, 2}));
}

TEST(ReadsLikeChinese, EveryCorrectDecodingOfTheNewsText) {
    for (const char* icu_name : {"UTF-8", testing::kGb18030, "UTF-16LE"}) {
        SCOPED_TRACE(icu_name);
        const std::string bytes = encode(kNews, icu_name);
        const Converted c = convert_to_utf16(bytes, EncodingChoice{icu_name, icu_name}, true);
        EXPECT_TRUE(reads_like_chinese(read_text(c.text)));
    }
}

TEST(BetterEncoding, Gb18030ForcedAsBig5) {
    const auto better = better_for(encode(kNews, testing::kGb18030), testing::kBig5);
    ASSERT_TRUE(better.has_value());
    EXPECT_EQ(better->encoding.display_name, "GB18030");
    EXPECT_GT(better->better.frequent, 2 * better->forced.frequent);
}

TEST(BetterEncoding, Big5ForcedAsGb18030) {
    const std::string traditional = testing::transliterate(kNews, "Hans-Hant");
    const auto better = better_for(encode(traditional, testing::kBig5), testing::kGb18030);
    ASSERT_TRUE(better.has_value());
    EXPECT_EQ(better->encoding.display_name, "Big5");
}

TEST(BetterEncoding, Utf8ForcedAsLegacyEncodings) {
    for (const char* forced : {testing::kGb18030, testing::kBig5, "windows-1252", "UTF-16LE"}) {
        SCOPED_TRACE(forced);
        const auto better = better_for(kNews, forced);
        ASSERT_TRUE(better.has_value());
        EXPECT_EQ(better->encoding.display_name, "UTF-8");
    }
}

TEST(BetterEncoding, NoneForTheRightEncoding) {
    EXPECT_FALSE(better_for(kNews, "UTF-8"));
    EXPECT_FALSE(better_for(encode(kNews, testing::kGb18030), testing::kGb18030));
    const std::string traditional = testing::transliterate(kNews, "Hans-Hant");
    EXPECT_FALSE(better_for(encode(traditional, testing::kBig5), testing::kBig5));
    // Another name for (nearly) the same encoding reads the same: no warning.
    EXPECT_FALSE(better_for(encode(traditional, testing::kBig5), "windows-950"));
    EXPECT_FALSE(better_for(encode(kNews, testing::kGb18030), "windows-936"));
}

TEST(BetterEncoding, NoneForTextsOfOtherLanguagesInTheirEncodings) {
    // Text that is not Chinese reads unlike Chinese in every encoding; nothing reads better.
    const std::string japanese =
        "今日は天気がとても良いので、公園へ散歩に行きました。子供たちが楽しそうに遊んでいました。"
        "明日も晴れるといいですね。\n";
    EXPECT_FALSE(better_for(encode(japanese, "shift_jis"), "shift_jis"));
    EXPECT_FALSE(better_for(encode(japanese, "euc-jp"), "euc-jp"));
    const std::string korean =
        "오늘은 날씨가 매우 좋아서 공원에 산책을 갔습니다. 아이들이 즐겁게 놀고 있었습니다.\n";
    EXPECT_FALSE(better_for(encode(korean, "euc-kr"), "euc-kr"));
    const std::string french = "Café crème, déjà vu, naïve façade, « fin ».\n";
    EXPECT_FALSE(better_for(encode(french, "iso-8859-1"), "iso-8859-1"));
    const std::string french_1252 = "L’œuvre — déjà « vue » … fin.\n";
    EXPECT_FALSE(better_for(encode(french_1252, "windows-1252"), "windows-1252"));
}

TEST(BetterEncoding, NoneForShortTexts) {
    // 人民日报 and 经济发展 read clearly as GB18030, but four characters decide nothing.
    EXPECT_FALSE(better_for(encode("人民日报 经济发展\n", testing::kGb18030), testing::kBig5));
}

TEST(BetterEncoding, OnlyWhenTheForcedReadingHasLessThanHalfTheFrequentCharacters) {
    // The GB18030 reading of the bytes has n frequent characters. Forced readings that do not
    // read like Chinese (padded with a rare character) but keep half of them are not flagged:
    // such a file is more likely mixed than wrongly labelled.
    const std::string bytes = encode(kNews, testing::kGb18030);
    const std::size_t n = read_text(utf16(kNews)).frequent;
    const EncodingChoice forced = big5_encoding();
    const auto forced_text = [n](std::size_t frequent) {
        return std::u16string(frequent, u'的') + std::u16string(2 * n, u'龘');  // 龘
    };
    const std::u16string half = forced_text((n + 1) / 2);
    ASSERT_FALSE(reads_like_chinese(read_text(half)));
    EXPECT_FALSE(better_encoding(bytes, forced, half, 0));
    const auto better = better_encoding(bytes, forced, forced_text((n - 1) / 2), 0);
    ASSERT_TRUE(better.has_value());
    EXPECT_EQ(better->encoding.display_name, "GB18030");
    EXPECT_EQ(better->better.frequent, n);
}

}  // namespace
}  // namespace banmian::decode

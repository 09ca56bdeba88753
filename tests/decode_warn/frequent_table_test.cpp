// The traditional forms in decode/frequent_traditional.inc are what ICU's Hans-Hant
// transliterator makes of kMostFrequent today (regenerate with
// scripts/gen_frequent_traditional.py when this fails), and is_frequent_in_chinese holds
// exactly the simplified list, those forms and the punctuation.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <set>
#include <string>

#include "decode/frequent_chars.hpp"
#include "decode/frequent_lists.hpp"
#include "warn_support.hpp"

namespace banmian::decode {
namespace {

// The code points of UTF-8 text, by ICU.
std::set<char32_t> code_points(const std::string& text) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    std::set<char32_t> out;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        out.insert(static_cast<char32_t>(u.char32At(i)));
    }
    return out;
}

TEST(FrequentTable, MatchesIcuHansHant) {
    EXPECT_EQ(std::string(kMostFrequentTraditional),
              testing::transliterate(kMostFrequent, "Hans-Hant"))
        << "run python3 scripts/gen_frequent_traditional.py";
}

TEST(FrequentTable, SetIsTheListsAndNothingElse) {
    std::set<char32_t> expected = code_points(kMostFrequent);
    expected.merge(code_points(kMostFrequentTraditional));
    expected.merge(code_points(kPunctuation));
    ASSERT_GT(expected.size(), 1300u);  // ~1000 simplified, ~350 other traditional forms
    for (const char32_t cp : expected)
        EXPECT_TRUE(is_frequent_in_chinese(cp)) << static_cast<std::uint32_t>(cp);
    std::size_t members = 0;
    for (char32_t cp = 0; cp < 0x30000; ++cp) members += is_frequent_in_chinese(cp) ? 1 : 0;
    EXPECT_EQ(members, expected.size());
}

TEST(FrequentTable, TraditionalFormsOfCommonCharacters) {
    // 这 国 发 经 have traditional forms 這 國 發 經 that Big5 pages use.
    for (const char32_t cp : {U'這', U'國', U'發', U'經', U'这', U'国', U'发', U'经'}) {
        EXPECT_TRUE(is_frequent_in_chinese(cp)) << static_cast<std::uint32_t>(cp);
    }
}

}  // namespace
}  // namespace banmian::decode

#include "decode/plausible.hpp"

#include <initializer_list>

#include "decode/convert.hpp"
#include "decode/frequent_chars.hpp"

namespace banmian::decode {
namespace {

// Fewer frequent characters than this never decide anything: a title line, a few names in an
// otherwise ASCII file. About one sentence: a wrongly forced run of 30 characters from a dev
// page is flagged in 28 of 30 samples, a run of 20 in 4 of 30 (measured); whole pages have
// 1100 to 6000.
constexpr std::size_t kMinFrequent = 20;

// Correct Chinese: the top ~1000 characters and punctuation are 86-93% of the wide characters
// of every dev corpus page in UTF-8, GB18030, Big5 and UTF-16 (measured); wrong decodings of
// the same pages stay at or below 33% (windows-1252 turns UTF-8 bytes into “ ” … —).
constexpr std::size_t kChinesePercent = 60;

}  // namespace

Reading read_text(std::u16string_view text) {
    Reading r;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t cp = code_point_at(text, i);  // a lone surrogate is one wide character
        // U+3000 indents paragraphs of correct pages; U+FFFD marks bytes, not characters.
        if (cp < 0x2000 || cp == 0x3000 || cp == 0xFFFD) continue;
        ++r.wide;
        if (is_frequent_in_chinese(cp)) ++r.frequent;
    }
    return r;
}

std::size_t frequent_percent(const Reading& r) {
    return r.wide == 0 ? 0 : r.frequent * 100 / r.wide;
}

bool reads_like_chinese(const Reading& r) {
    // One invalid sequence per 100 wide characters is a corrupt byte, not a wrong encoding.
    return r.frequent >= kMinFrequent && frequent_percent(r) >= kChinesePercent &&
           r.invalid * 100 <= r.wide;
}

std::optional<BetterEncoding> better_encoding(std::string_view bytes, const EncodingChoice& forced,
                                              std::u16string_view forced_text,
                                              std::size_t forced_invalid) {
    Reading mine = read_text(forced_text);
    mine.invalid = forced_invalid;
    // The usual case, a right --encoding, costs no further decoding.
    if (reads_like_chinese(mine)) return std::nullopt;
    std::optional<BetterEncoding> best;
    for (const EncodingChoice& other : {utf8_encoding(), gb18030_encoding(), big5_encoding()}) {
        if (other.icu_name == forced.icu_name) continue;
        const Converted converted = convert_to_utf16(bytes, other, false);
        Reading theirs = read_text(converted.text);
        theirs.invalid = converted.invalid_count;
        // Wrong decodings of the dev pages keep at most a fifth of the frequent characters the
        // right one has; half leaves room for short texts and does not flag near-equal encodings
        // (windows-950 for Big5 reads the same).
        if (!reads_like_chinese(theirs) || mine.frequent * 2 >= theirs.frequent) continue;
        if (!best || theirs.frequent > best->better.frequent) {
            best = BetterEncoding{other, mine, theirs};
        }
    }
    return best;
}

}  // namespace banmian::decode

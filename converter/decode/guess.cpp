#include "decode/guess.hpp"

#include <array>

#include "decode/frequent_chars.hpp"

namespace banmian::decode {

std::size_t count_frequent_chars(std::u16string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t cp = code_point_at(text, i);
        if (cp >= 0x2000 && is_frequent_in_chinese(cp)) ++count;
    }
    return count;
}

Guess guess_encoding(std::string_view bytes) {
    Converted utf8 = convert_to_utf16(bytes, utf8_encoding(), true);
    if (!utf8.first_invalid) {
        const std::size_t frequent = count_frequent_chars(utf8.text);
        return Guess{utf8_encoding(), std::move(utf8), frequent};
    }
    // On a full tie the earlier candidate wins: UTF-8 (an ASCII page with one stray byte is
    // most likely UTF-8), then GB18030 (mainland pages are the common case), then Big5.
    const std::array<EncodingChoice, 3> candidates{utf8_encoding(), gb18030_encoding(),
                                                   big5_encoding()};
    Guess best;
    bool have_best = false;
    for (const auto& encoding : candidates) {
        Guess guess{encoding, convert_to_utf16(bytes, encoding, false), 0};
        guess.frequent = count_frequent_chars(guess.converted.text);
        const bool better = !have_best ||
                            guess.converted.invalid_count < best.converted.invalid_count ||
                            (guess.converted.invalid_count == best.converted.invalid_count &&
                             guess.frequent > best.frequent);
        if (better) {
            best = std::move(guess);
            have_best = true;
        }
    }
    return best;
}

}  // namespace banmian::decode

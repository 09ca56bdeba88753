#include "decode/guess.hpp"

#include <array>

#include "decode/common_han.hpp"

namespace banmian::decode {

std::size_t count_common_han(std::u16string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char32_t cp = text[i];
        // Combine a surrogate pair; a lone surrogate cannot be common Han anyway.
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
            text[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (text[i + 1] - 0xDC00);
            ++i;
        }
        if (cp >= 0x3400 && is_common_han(cp)) ++count;
    }
    return count;
}

Guess guess_encoding(std::string_view bytes) {
    Converted utf8 = convert_to_utf16(bytes, utf8_encoding(), true);
    if (!utf8.first_invalid) {
        const std::size_t common = count_common_han(utf8.text);
        return Guess{utf8_encoding(), std::move(utf8), common};
    }
    // GB18030 first so that it wins full ties: mainland pages are the common case.
    const std::array<EncodingChoice, 3> candidates{gb18030_encoding(), big5_encoding(),
                                                   utf8_encoding()};
    Guess best;
    bool have_best = false;
    for (const auto& encoding : candidates) {
        Guess guess{encoding, convert_to_utf16(bytes, encoding, false), 0};
        guess.common_han = count_common_han(guess.converted.text);
        const bool better =
            !have_best || guess.converted.invalid_count < best.converted.invalid_count ||
            (guess.converted.invalid_count == best.converted.invalid_count &&
             guess.common_han > best.common_han);
        if (better) {
            best = std::move(guess);
            have_best = true;
        }
    }
    return best;
}

}  // namespace banmian::decode

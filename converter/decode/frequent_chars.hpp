// The characters that make up most of any Chinese text: frequent Han characters (simplified
// and traditional) and full-width punctuation.
#pragma once

#include <cstddef>
#include <string_view>

namespace banmian::decode {

// The code point at text[i], a surrogate pair combined (then i steps onto its second half);
// a lone surrogate comes back as itself. For loops that advance i by one after each call.
inline char32_t code_point_at(std::u16string_view text, std::size_t& i) {
    const char32_t unit = text[i];
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
        ++i;
        return 0x10000 + ((unit - 0xD800) << 10) + (text[i] - 0xDC00);
    }
    return unit;
}

// True if cp is among the ~1000 most frequent characters of modern written Chinese (Jun Da's
// frequency list, simplified), the traditional form of one of them (ICU's Hans-Hant, computed
// once: frequent_lists.hpp), or common Chinese punctuation (，。、；：？！“”‘’「」『』（）《》…—·).
// Correctly decoded Chinese text is mostly made of these; text decoded with the wrong encoding
// (Big5 read as GB18030 or the reverse) hits them rarely.
bool is_frequent_in_chinese(char32_t cp);

}  // namespace banmian::decode

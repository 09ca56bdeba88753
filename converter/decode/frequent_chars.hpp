// The characters that make up most of any Chinese text: frequent Han characters (simplified
// and traditional) and full-width punctuation.
#pragma once

namespace banmian::decode {

// True if cp is among the ~1000 most frequent characters of modern written Chinese (Jun Da's
// frequency list, simplified), the traditional form of one of them (ICU's Hans-Hant, computed
// once: frequent_lists.hpp), or common Chinese punctuation (，。、；：？！“”‘’「」『』（）《》…—·).
// Correctly decoded Chinese text is mostly made of these; text decoded with the wrong encoding
// (Big5 read as GB18030 or the reverse) hits them rarely.
bool is_frequent_in_chinese(char32_t cp);

}  // namespace banmian::decode

// The most frequent Han characters of modern Chinese, in simplified and traditional forms.
#pragma once

namespace banmian::decode {

// True if cp is among the ~1000 most frequent characters of modern written Chinese (Jun Da's
// frequency list, simplified) or the traditional form of one of them (ICU's Hans-Hant).
// Correctly decoded Chinese text is mostly made of these; text decoded with the wrong
// encoding (Big5 read as GB18030 or the reverse) hits them rarely.
bool is_common_han(char32_t cp);

}  // namespace banmian::decode

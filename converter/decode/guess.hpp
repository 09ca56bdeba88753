// Which encoding unmarked bytes are in: UTF-8, GB18030 or Big5.
#pragma once

#include <cstddef>
#include <string_view>

#include "decode/convert.hpp"
#include "decode/encoding_names.hpp"

namespace banmian::decode {

struct Guess {
    EncodingChoice encoding;
    Converted converted;       // the bytes decoded with it, U+FFFD for invalid sequences
    std::size_t frequent = 0;  // code points that are frequent in Chinese (frequent_chars.hpp)
};

// Picks the encoding of bytes that carry no BOM and no NUL. Valid UTF-8 is UTF-8 (Chinese text
// in GB18030 or Big5 is practically never valid UTF-8). Otherwise the bytes are decoded as
// UTF-8, GB18030 and Big5 and the fewest invalid sequences win; on a tie, the decoding with
// more characters frequent in Chinese (frequent_chars.hpp), because GB18030 and Big5 both
// accept most double-byte text but only the right one yields ordinary words; then the order
// UTF-8, GB18030, Big5.
Guess guess_encoding(std::string_view bytes);

// Number of code points of text that are frequent in Chinese text (is_frequent_in_chinese).
std::size_t count_frequent_chars(std::u16string_view text);

}  // namespace banmian::decode

// Which encoding unmarked bytes are in: UTF-8, GB18030 or Big5.
#pragma once

#include <cstddef>
#include <string_view>

#include "decode/convert.hpp"
#include "decode/encoding_names.hpp"

namespace banmian::decode {

struct Guess {
    EncodingChoice encoding;
    Converted converted;      // the bytes decoded with it, U+FFFD for invalid sequences
    std::size_t common_han = 0;  // code points among the most frequent Han characters
};

// Picks the encoding of bytes that carry no BOM and no NUL. Valid UTF-8 is UTF-8 (Chinese text
// in GB18030 or Big5 is practically never valid UTF-8). Otherwise the bytes are decoded as
// GB18030, Big5 and UTF-8 and the fewest invalid sequences win; on a tie, the decoding with
// more of the most frequent Han characters (common_han.hpp), because GB18030 and Big5 both
// accept most double-byte text but only the right one yields ordinary words; then GB18030.
Guess guess_encoding(std::string_view bytes);

// Number of code points of text that are among the most frequent Han characters.
std::size_t count_common_han(std::u16string_view text);

}  // namespace banmian::decode

// Does text decoded with the encoding the user forced read like Chinese, or would one of the
// encodings detection knows (UTF-8, GB18030, Big5) read clearly better? (--encoding checks)
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "decode/encoding_names.hpp"

namespace banmian::decode {

// How much of a decoded text looks like Chinese.
struct Reading {
    std::size_t wide = 0;      // code points from U+2000 up, except U+3000 and U+FFFD
    std::size_t frequent = 0;  // ... of which frequent in Chinese (frequent_chars.hpp)
    std::size_t invalid = 0;   // invalid byte sequences the decoding met
};

// The Reading of text (UTF-16); invalid is left 0 for the caller to fill in.
Reading read_text(std::u16string_view text);

// Percent of r.wide that is frequent in Chinese (0 when r.wide is 0).
std::size_t frequent_percent(const Reading& r);

// True if r reads like Chinese text: at least 20 frequent characters, at least 60% of its wide
// characters, and at most one invalid sequence per 100 wide characters.
bool reads_like_chinese(const Reading& r);

struct BetterEncoding {
    EncodingChoice encoding;  // the encoding the bytes read like
    Reading forced;           // the text as decoded with the forced encoding
    Reading better;           // the text as decoded with encoding
};

// When forced_text (bytes decoded with the forced encoding, forced_invalid sequences replaced)
// does not read like Chinese while bytes decoded as UTF-8, GB18030 or Big5 (other than forced)
// do, with more than twice its frequent characters, the encoding with the most; nullopt
// otherwise, also for texts too short to judge (fewer than 20 frequent characters).
std::optional<BetterEncoding> better_encoding(std::string_view bytes, const EncodingChoice& forced,
                                              std::u16string_view forced_text,
                                              std::size_t forced_invalid);

}  // namespace banmian::decode

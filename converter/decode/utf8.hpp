// Well-formed UTF-8 (Unicode 15, table 3-7), checked without ICU: the fast path of decoding.
#pragma once

#include <string_view>

namespace banmian::decode {

// True if bytes are well-formed UTF-8 and hold no noncharacter (U+FDD0..U+FDEF, U+xFFFE,
// U+xFFFF). Such bytes decode with ICU's UTF-8 converter to exactly the same code points, so
// they may skip it; false sends the bytes to ICU, which then reports or replaces what is wrong.
bool is_plain_utf8(std::string_view bytes);

}  // namespace banmian::decode

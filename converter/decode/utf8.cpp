#include "decode/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace banmian::decode {
namespace {

// True if the 8 bytes at p are all ASCII.
bool all_ascii8(const unsigned char* p) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080ULL) == 0;
}

// True if b is a continuation byte (10xxxxxx).
bool is_tail(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

bool is_plain_utf8(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const unsigned char* const end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8 && all_ascii8(p)) {
            p += 8;
            continue;
        }
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        const std::ptrdiff_t left = end - p;
        if (b >= 0xC2 && b <= 0xDF) {  // U+0080..U+07FF
            if (left < 2 || !is_tail(p[1])) return false;
            p += 2;
        } else if (b >= 0xE0 && b <= 0xEF) {  // U+0800..U+FFFF
            if (left < 3 || !is_tail(p[1]) || !is_tail(p[2])) return false;
            if (b == 0xE0 && p[1] < 0xA0) return false;   // overlong
            if (b == 0xED && p[1] >= 0xA0) return false;  // surrogate
            // Noncharacters U+FDD0..U+FDEF, U+FFFE, U+FFFF: left to ICU (table 3-7 aside).
            if (b == 0xEF && ((p[1] == 0xB7 && p[2] >= 0x90 && p[2] <= 0xAF) ||
                              (p[1] == 0xBF && p[2] >= 0xBE))) {
                return false;
            }
            p += 3;
        } else if (b >= 0xF0 && b <= 0xF4) {  // U+10000..U+10FFFF
            if (left < 4 || !is_tail(p[1]) || !is_tail(p[2]) || !is_tail(p[3])) return false;
            if (b == 0xF0 && p[1] < 0x90) return false;   // overlong
            if (b == 0xF4 && p[1] >= 0x90) return false;  // above U+10FFFF
            // U+xFFFE and U+xFFFF of the supplementary planes: left to ICU.
            if ((p[1] & 0x0F) == 0x0F && p[2] == 0xBF && p[3] >= 0xBE) return false;
            p += 4;
        } else {
            return false;  // a stray continuation byte, C0, C1 or F5..FF
        }
    }
    return true;
}

}  // namespace banmian::decode

#include "decode/sniff.hpp"

#include <cstdint>
#include <cstring>

#include "decode/frequent_chars.hpp"

namespace banmian::decode {
namespace {

// Bytes below 0x20 (and DEL) that text files do not contain.
bool is_binary_control(unsigned char b) {
    if (b == 0x7F) return true;
    if (b >= 0x20) return false;
    switch (b) {
        case 0x09:  // tab
        case 0x0A:  // LF
        case 0x0B:  // VT
        case 0x0C:  // FF (page break between pages in some exports)
        case 0x0D:  // CR
        case 0x1A:  // SUB, the DOS end-of-file marker old editors append
        case 0x1B:  // ESC, terminal colour codes in captured output
            return false;
        default:
            return true;
    }
}

// True if one of the 8 bytes at p is below 0x20 or is 0x7F (bit tricks on one 64-bit word: a
// byte below 0x20 borrows in w - 0x20.., and 0x7F becomes 0 in w ^ 0x7F..).
bool has_control_byte(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::uint64_t w = 0;
    std::memcpy(&w, p, sizeof w);
    const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
    const std::uint64_t del = w ^ (kOnes * 0x7F);
    const std::uint64_t is_del = (del - kOnes) & ~del & kHigh;
    return (below_space | is_del) != 0;
}

// Printable ASCII or ASCII white space: what the zero-high-byte units of UTF-16 text hold.
bool is_ascii_text(unsigned char b) {
    return (b >= 0x20 && b < 0x7F) || b == '\t' || b == '\n' || b == '\r';
}

struct WideCounts {
    std::size_t zero_high = 0;   // units whose high byte is 0 (ASCII range)
    std::size_t ascii_text = 0;  // ... of which the low byte is an ASCII text character
    std::size_t frequent = 0;    // units frequent in Chinese (Han characters, punctuation)
};

// Counts, over the units read with the high byte at high_index, those in the ASCII range and
// those that are frequent in Chinese text.
WideCounts count_wide(std::string_view bytes, std::size_t high_index) {
    WideCounts counts;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const auto high = static_cast<unsigned char>(bytes[i + high_index]);
        const auto low = static_cast<unsigned char>(bytes[i + 1 - high_index]);
        if (high == 0) {
            ++counts.zero_high;
            if (is_ascii_text(low)) ++counts.ascii_text;
        } else if (high >= 0x20 && is_frequent_in_chinese(static_cast<char32_t>(high << 8 | low))) {
            ++counts.frequent;
        }
    }
    return counts;
}

// True if counts describe UTF-16 text in this byte order: some ASCII, 95% of the zero-high
// units text characters, and at least four times the ASCII plus frequent characters the other
// byte order finds. (Read the wrong way round, U+3000 and U+4E00 look like ASCII '0' and 'N',
// so ASCII alone cannot decide a Chinese page; its frequent characters can.)
bool looks_wide(const WideCounts& mine, const WideCounts& other) {
    return mine.ascii_text > 0 && mine.ascii_text * 20 >= mine.zero_high * 19 &&
           mine.ascii_text + mine.frequent >= 4 * (other.ascii_text + other.frequent);
}

}  // namespace

std::optional<std::size_t> first_nul_byte(std::string_view bytes) {
    const std::size_t at = bytes.find('\0');
    if (at == std::string_view::npos) return std::nullopt;
    return at;
}

std::optional<std::size_t> binary_control_bytes(std::string_view bytes) {
    std::size_t count = 0;
    std::optional<std::size_t> first;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        // Eight bytes at a time while none is below 0x20 or DEL (nearly all of a page).
        while (i + 8 <= bytes.size() && !has_control_byte(bytes.data() + i)) i += 8;
        if (i >= bytes.size()) break;
        if (!is_binary_control(static_cast<unsigned char>(bytes[i]))) continue;
        if (!first) first = i;
        ++count;
    }
    if (count * 50 > bytes.size()) return first;
    return std::nullopt;
}

std::optional<EncodingChoice> sniff_utf16_without_bom(std::string_view bytes) {
    if (bytes.size() < 2 || bytes.size() % 2 != 0) return std::nullopt;
    const WideCounts le = count_wide(bytes, 1);
    const WideCounts be = count_wide(bytes, 0);
    if (looks_wide(le, be)) return EncodingChoice{"UTF-16LE", "UTF-16LE"};
    if (looks_wide(be, le)) return EncodingChoice{"UTF-16BE", "UTF-16BE"};
    return std::nullopt;
}

bool is_wide_unicode(const EncodingChoice& encoding) {
    const std::string& name = encoding.display_name;
    return name.rfind("UTF-16", 0) == 0 || name.rfind("UTF-32", 0) == 0;
}

}  // namespace banmian::decode

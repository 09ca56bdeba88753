#include "decode/frequent_chars.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "decode/frequent_lists.hpp"

namespace banmian::decode {
namespace {

// Appends the code points of UTF-8 text (one of the literals of frequent_lists.hpp) to set.
void append_code_points(std::string_view text, std::vector<char32_t>& set) {
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        set.push_back(cp);
        i += length;
    }
}

// The set, sorted for binary search: the list, its traditional forms and the punctuation.
std::vector<char32_t> build_frequent_set() {
    std::vector<char32_t> set;
    append_code_points(kMostFrequent, set);
    append_code_points(kMostFrequentTraditional, set);
    append_code_points(kPunctuation, set);
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return set;
}

}  // namespace

bool is_frequent_in_chinese(char32_t cp) {
    static const std::vector<char32_t> set = build_frequent_set();
    return std::binary_search(set.begin(), set.end(), cp);
}

}  // namespace banmian::decode

#include "segment/chars.hpp"

#include <algorithm>
#include <cstdint>

#include "core/utf8.hpp"

namespace banmian::segment {

bool is_punct(char32_t c) {
    return is_sentence_end(c) || is_closer(c) || is_opener(c) || is_pause(c) || is_dash(c) ||
           c == U'·' || c == U'.' || c == U'~' || c == U'～' || c == U'/' || c == U'／';
}

bool is_cjk_like(char32_t c) { return utf8::is_cjk(c); }

int half_width(char32_t c) {
    if (c < 0x1100) return 1;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD) || c == U'—' || c == U'“' ||
        c == U'”' || c == U'‘' || c == U'’' || c == U'…' || c == U'·') {
        return 2;
    }
    return 1;
}

bool parallel_phrases(std::u32string_view t) {
    std::size_t shortest = SIZE_MAX, longest = 0, current = 0, parts = 0;
    const auto close = [&] {
        ++parts;
        shortest = std::min(shortest, current);
        longest = std::max(longest, current);
        current = 0;
    };
    for (char32_t c : t) {
        // 、 links the items of one list ("历史自信、文化自信…"): it does not end a phrase.
        if ((is_pause(c) && c != U'、') || c == U'；') {
            close();
        } else if (!is_space(c) && !is_opener(c) && !is_closer(c) && c != U'—') {
            ++current;
        }
    }
    close();
    // Real headings stay within 2x ("贝老，世界有你").
    return shortest >= 2 && 2 * longest <= (parts > 2 ? 3 : 4) * shortest;
}

std::size_t enumerator_length(std::u32string_view t) {
    static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";
    const auto numeral = [](char32_t c) {
        return kNumerals.find(c) != std::u32string_view::npos || (c >= U'0' && c <= U'9') ||
               (c >= U'０' && c <= U'９');
    };
    std::size_t i = 0;
    const bool bracketed = !t.empty() && (t[0] == U'（' || t[0] == U'(');
    if (bracketed) ++i;
    const std::size_t digits_from = i;
    while (i < t.size() && i - digits_from < 3 && numeral(t[i])) ++i;
    if (i == digits_from || i >= t.size()) return 0;
    if (bracketed) return (t[i] == U'）' || t[i] == U')') ? i + 1 : 0;
    const char32_t mark = t[i];
    if (mark == U'、' || mark == U'．' || (mark == U'.' && t[digits_from] <= U'9')) return i + 1;
    return 0;
}

bool starts_like_page_header(std::u32string_view text) {
    const std::size_t colon = text.substr(0, 10).find_first_of(U"：:");
    if (colon == std::u32string_view::npos || colon == 0 || colon > 8) return false;
    const std::u32string_view key = text.substr(0, colon);
    static constexpr std::u32string_view kKeys[] = {
        U"责编", U"責編", U"编辑", U"編輯", U"设计", U"設計", U"统筹", U"統籌",
        U"制图", U"製圖", U"校对", U"校對", U"监制", U"監製", U"美编", U"美編"};
    if (key.find(U"记者") != std::u32string_view::npos ||
        key.find(U"記者") != std::u32string_view::npos) {
        return false;
    }
    for (auto k : kKeys) {
        if (key.find(k) != std::u32string_view::npos) return true;
    }
    return false;
}

bool ends_with_function_word(std::u32string_view t) {
    if (t.empty()) return false;
    // Only particles that end no word either: 在 (现在), 向 (导向), 地 (基地), 得 (心得),
    // 与 (参与) … end ordinary words and so ordinary titles.
    static constexpr std::u32string_view kWords = U"的把被";
    return kWords.find(t.back()) != std::u32string_view::npos;
}

bool heading_like(std::u32string_view t) {
    t = trim(t);
    t = trim(t.substr(enumerator_length(t)));
    if (t.empty()) return false;
    std::size_t n = t.size();
    while (n > 0 && is_closer(t[n - 1])) --n;
    if (n == 0) return false;
    if (is_pause(t[n - 1]) || is_opener(t[n - 1]) || ends_with_function_word(t.substr(0, n))) {
        return false;
    }
    int pauses = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (is_sentence_end(t[i]) && !(i + 1 == n && t[i] == U'…')) return false;
        if (is_pause(t[i])) ++pauses;
    }
    return pauses == 0 || (pauses <= 2 && parallel_phrases(t.substr(0, n)));
}

std::u32string to_u32(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) out.push_back(next_cp(text, pos));
    return out;
}

std::string to_utf8(std::u32string_view text) {
    std::string out;
    out.resize(text.size() * 4);
    std::size_t n = 0;
    for (char32_t c : text) {
        if (c < 0x80) {
            out[n++] = static_cast<char>(c);
        } else if (c < 0x800) {
            out[n++] = static_cast<char>(0xC0 | (c >> 6));
            out[n++] = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[n++] = static_cast<char>(0xE0 | (c >> 12));
            out[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out[n++] = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out[n++] = static_cast<char>(0xF0 | (c >> 18));
            out[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out[n++] = static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    out.resize(n);
    return out;
}

std::u32string_view trim(std::u32string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    return text.substr(b, e - b);
}

}  // namespace banmian::segment

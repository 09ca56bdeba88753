#include "segment/chars.hpp"

#include <algorithm>
#include <cstdint>

#include "core/utf8.hpp"

namespace banmian::segment {

bool is_space(char32_t c) { return utf8::is_space(c) || c == 0xFEFF; }

bool is_han(char32_t c) { return utf8::is_han(c); }

bool is_sentence_end(char32_t c) {
    switch (c) {
        case U'。':
        case U'！':
        case U'？':
        case U'!':
        case U'?':
        case U'；':
        case U'…':
        case U'｡':
        case U'﹒':
        case U';':
            return true;
        default:
            return false;
    }
}

bool is_closer(char32_t c) {
    switch (c) {
        case U'”':
        case U'’':
        case U'」':
        case U'』':
        case U'）':
        case U')':
        case U'》':
        case U'】':
        case U'〕':
        case U'〉':
        case U'"':
        case U'\'':
        case U'］':
        case U']':
            return true;
        default:
            return false;
    }
}

bool is_opener(char32_t c) {
    switch (c) {
        case U'“':
        case U'‘':
        case U'「':
        case U'『':
        case U'（':
        case U'(':
        case U'《':
        case U'【':
        case U'〔':
        case U'〈':
        case U'［':
        case U'[':
            return true;
        default:
            return false;
    }
}

bool is_pause(char32_t c) {
    switch (c) {
        case U'，':
        case U'、':
        case U'：':
        case U',':
        case U':':
        case U'﹐':
        case U'﹑':
            return true;
        default:
            return false;
    }
}

bool is_dash(char32_t c) {
    return c == U'—' || c == U'－' || c == U'─' || c == U'━' || c == U'–' || c == U'-';
}

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
        if (is_pause(c) || c == U'；') {
            close();
        } else if (!is_space(c) && !is_opener(c) && !is_closer(c) && c != U'—') {
            ++current;
        }
    }
    close();
    return shortest >= 2 && longest <= (parts > 2 ? 2 : 3) * shortest;
}

bool ends_with_function_word(std::u32string_view t) {
    if (t.empty()) return false;
    static constexpr std::u32string_view kWords =
        U"的在和与及并而对为把被从向以于之其这那着地得或且即";
    return kWords.find(t.back()) != std::u32string_view::npos;
}

bool heading_like(std::u32string_view t) {
    t = trim(t);
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
    out.reserve(text.size() / 2 + 1);
    for (std::size_t pos = 0; pos < text.size();) out.push_back(utf8::next(text, pos));
    return out;
}

std::string to_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) utf8::append(out, c);
    return out;
}

std::u32string_view trim(std::u32string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    return text.substr(b, e - b);
}

}  // namespace banmian::segment

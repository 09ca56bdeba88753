#include "classify/features.hpp"

#include <algorithm>
#include <array>

#include "segment/chars.hpp"

namespace banmian::classify {
namespace {

using segment::is_closer;
using segment::is_sentence_end;

// Markers of running speech or interview text that headings do not carry.
bool has_speech_marker(std::u32string_view t) {
    static constexpr std::array<std::u32string_view, 14> kMarks = {
        U"说，",   U"表示，", U"指出，", U"强调，", U"认为，", U"介绍，", U"說，",
        U"表示：", U"指出：", U"强调：", U"說：",   U"说：",   U"強調，", U"認為，"};
    for (auto m : kMarks) {
        if (t.find(m) != std::u32string_view::npos) return true;
    }
    static constexpr std::array<std::u32string_view, 6> kLeads = {
        U"记者：", U"記者：", U"问：", U"答：", U"問：", U"主持人："};
    for (auto m : kLeads) {
        if (t.substr(0, m.size()) == m) return true;
    }
    return false;
}

bool pairs_up(std::u32string_view t) {
    int dq = 0, cq = 0, br = 0, bk = 0;
    for (char32_t c : t) {
        switch (c) {
            case U'“':
                ++dq;
                break;
            case U'”':
                --dq;
                break;
            case U'「':
                ++cq;
                break;
            case U'」':
                --cq;
                break;
            case U'（':
            case U'(':
                ++br;
                break;
            case U'）':
            case U')':
                --br;
                break;
            case U'《':
                ++bk;
                break;
            case U'》':
                --bk;
                break;
            default:
                break;
        }
    }
    return dq == 0 && cq == 0 && br == 0 && bk == 0;
}

}  // namespace

std::size_t visible_length(std::u32string_view text) {
    std::size_t n = 0;
    for (char32_t c : text) n += !segment::is_space(c);
    return n;
}

bool ends_sentence(std::u32string_view text) {
    std::size_t n = text.size();
    while (n > 0 && (is_closer(text[n - 1]) || segment::is_space(text[n - 1]))) --n;
    if (n == 0) return false;
    const char32_t c = text[n - 1];
    if (c == U'.') return n >= 2 && !(text[n - 2] >= U'0' && text[n - 2] <= U'9');
    return is_sentence_end(c) || c == U'—';
}

double median_block_length(const std::vector<segment::Block>& blocks) {
    std::vector<std::size_t> lengths;
    lengths.reserve(blocks.size());
    for (const auto& b : blocks) lengths.push_back(visible_length(b.text));
    if (lengths.empty()) return 1.0;
    auto mid = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
    std::nth_element(lengths.begin(), mid, lengths.end());
    return std::max<double>(1.0, static_cast<double>(*mid));
}

Features compute_features(const segment::Block& block, double median) {
    Features f;
    const std::u32string_view t = block.text;
    f.length = visible_length(t);
    for (char32_t c : t) f.han += segment::is_han(c);
    f.indented = block.indented;
    f.blank_before = block.blank_before;
    f.relative_length = static_cast<double>(f.length) / std::max(1.0, median);
    f.ends_sentence = ends_sentence(t);
    std::size_t n = t.size();
    while (n > 0 && is_closer(t[n - 1])) --n;
    if (n > 0) {
        const char32_t last = t[n - 1];
        f.ends_dash = last == U'—' || last == U'－';
        f.ends_pause = n == t.size() && (segment::is_pause(last) || segment::is_opener(last));
        f.ends_digit = (last >= U'0' && last <= U'9') || last == U'.' || last == U'．';
        f.ends_decimal_point =
            (last == U'.' || last == U'．') && n >= 2 && t[n - 2] >= U'0' && t[n - 2] <= U'9';
    }
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (is_sentence_end(t[i]) && t[i] != U'…') ++f.inner_sentence_ends;
        if (segment::is_pause(t[i])) ++f.pauses;
    }
    f.quotes_balanced = pairs_up(t);
    f.balanced_parts = f.pauses == 0 || segment::parallel_phrases(t.substr(0, n));
    f.ends_function_word = n == t.size() && segment::ends_with_function_word(t.substr(0, n));
    f.starts_dash = t.size() >= 2 && segment::is_dash(t[0]) && segment::is_dash(t[1]);
    f.speech = has_speech_marker(t);
    return f;
}

}  // namespace banmian::classify

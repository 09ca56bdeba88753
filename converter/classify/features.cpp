#include "classify/features.hpp"

#include <algorithm>
#include <array>

#include "core/utf8.hpp"
#include "segment/chars.hpp"

namespace banmian::classify {
namespace {

using segment::is_closer;
using segment::is_sentence_end;

// Markers of running speech or interview text that headings do not carry: a speech verb before
// ，or ：("…说，", "…表示：") or an interview lead ("记者：", "问："). One pass over the text.
bool has_speech_marker(std::u32string_view t) {
    static constexpr std::array<std::u32string_view, 12> kVerbs = {
        U"说",   U"說",   U"表示", U"指出", U"强调", U"強調",
        U"认为", U"認為", U"介绍", U"介紹", U"透露", U"坦言"};
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (t[i] != U'，' && t[i] != U'：') continue;
        const std::u32string_view before = t.substr(0, i);
        for (auto v : kVerbs) {
            if (before.size() >= v.size() && before.substr(before.size() - v.size()) == v) {
                return true;
            }
        }
    }
    static constexpr std::array<std::u32string_view, 6> kLeads = {
        U"记者：", U"記者：", U"问：", U"答：", U"問：", U"主持人："};
    for (auto m : kLeads) {
        if (t.substr(0, m.size()) == m) return true;
    }
    return false;
}

// True when text opens like a news paragraph: a time phrase ending at the first comma
// ("11月13日上午，", "当地时间7月4日，", "近日，", "今年以来，"); headings do not open so.
bool opens_with_time_lead(std::u32string_view t) {
    const std::size_t comma = t.substr(0, 12).find(U'，');
    if (comma == std::u32string_view::npos || comma == 0) return false;
    const std::u32string_view lead = t.substr(0, comma);
    static constexpr std::array<std::u32string_view, 12> kLeads = {
        U"近日", U"日前", U"近年来", U"今年以来", U"目前", U"当前",
        U"此前", U"据悉", U"据了解", U"据介绍",   U"近期", U"去年以来"};
    for (auto l : kLeads) {
        if (lead == l) return true;
    }
    for (std::size_t i = 1; i < lead.size(); ++i) {
        const bool unit = lead[i] == U'月' || lead[i] == U'日' || lead[i] == U'年';
        if (unit && ((lead[i - 1] >= U'0' && lead[i - 1] <= U'9') ||
                     (lead[i - 1] >= U'０' && lead[i - 1] <= U'９'))) {
            return true;
        }
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

Features compute_features(std::u32string_view t, const segment::Block& block, double median) {
    Features f;
    for (char32_t c : t) {
        f.length += !segment::is_space(c);
        f.han += segment::is_han(c);
    }
    f.indented = block.indented;
    f.blank_before = block.blank_before;
    f.relative_length = static_cast<double>(f.length) / std::max(1.0, median);
    f.ends_sentence = ends_sentence(t);
    std::size_t n = t.size();
    while (n > 0 && is_closer(t[n - 1])) --n;
    if (n > 0) {
        const char32_t last = t[n - 1];
        f.ends_dash = last == U'—' || last == U'－';
        f.ends_exclaim = last == U'！' || last == U'？' || last == U'!' || last == U'?';
        f.ends_pause = n == t.size() && (segment::is_pause(last) || segment::is_opener(last));
        f.ends_digit = (last >= U'0' && last <= U'9') || last == U'.' || last == U'．';
        f.ends_decimal_point =
            (last == U'.' || last == U'．') && n >= 2 && t[n - 2] >= U'0' && t[n - 2] <= U'9';
    }
    // A list number ("一、", "（二）") is not part of the phrase: count pauses after it.
    const std::size_t numbered = std::min(segment::enumerator_length(t), n);
    for (std::size_t i = numbered; i + 1 < n; ++i) {
        if (is_sentence_end(t[i]) && t[i] != U'…') ++f.inner_sentence_ends;
        if (segment::is_pause(t[i])) ++f.pauses;
    }
    f.starts_dash = t.size() >= 2 && segment::is_dash(t[0]) && segment::is_dash(t[1]);
    f.ends_function_word = n == t.size() && segment::ends_with_function_word(t.substr(0, n));
    // Heading-only features: no heading is longer than 60 characters or ends a sentence.
    if (f.length <= 80 && (!f.ends_sentence || f.ends_dash || f.ends_exclaim)) {
        f.quotes_balanced = pairs_up(t);
        f.balanced_parts =
            f.pauses == 0 || segment::parallel_phrases(t.substr(numbered, n - numbered));
        f.speech = has_speech_marker(t);
        f.time_lead = opens_with_time_lead(t);
    }
    return f;
}

}  // namespace banmian::classify

// Character classes of Chinese newspaper text, shared by segmentation and classification.
#pragma once

#include <string>
#include <string_view>

#include "core/utf8.hpp"

namespace banmian::segment {

// True for white space, U+3000, NBSP and the BOM.
inline bool is_space(char32_t c);

// True for Han ideographs (and U+3007 〇).
inline bool is_han(char32_t c);

// True for punctuation that ends a sentence: 。！？!?； and the ellipsis ….
inline bool is_sentence_end(char32_t c);

// True for closing quotes and brackets that may follow a sentence end: ” ’ 」 』 ） ) 》 】 〕.
inline bool is_closer(char32_t c);

// True for opening quotes and brackets: “ ‘ 「 『 （ ( 《 【 〔.
inline bool is_opener(char32_t c);

// True for punctuation inside a sentence: ，、： and their ASCII forms.
inline bool is_pause(char32_t c);

// True for any punctuation mark we know of (sentence ends, pauses, quotes, brackets, dashes).
bool is_punct(char32_t c);

// True for dashes used as 破折号 (— － ─ ━ and the ASCII hyphen-minus).
inline bool is_dash(char32_t c);

// True for characters that sit between CJK text without spaces (Han, kana, full-width forms,
// CJK punctuation); used to decide whether unwrapping lines needs a space.
bool is_cjk_like(char32_t c);

// Display width in half columns: 2 for wide (CJK, full-width) characters, 1 otherwise.
int half_width(char32_t c);

// True when text reads like a heading line rather than running text: no sentence end inside
// or at the end, at most two pauses between phrases of similar length, no pause or
// dangling particle (的, 在, 和 …) at the end.
bool heading_like(std::u32string_view text);

// True when the phrases between pauses (，：；, not 、 which links list items) are of similar
// length: each at least two characters, the longest at most twice the shortest (1.5 times for
// three or more).
bool parallel_phrases(std::u32string_view text);

// Length of a list number opening text ("一、", "（二）", "3.", "(4)"), 0 if none: numbered
// intertitles are headings whose pause belongs to the number, not the phrase.
std::size_t enumerator_length(std::u32string_view text);

// True when text ends with a particle, preposition or conjunction that ends no title.
bool ends_with_function_word(std::u32string_view text);

// utf8::next with the common cases (ASCII, three-byte CJK) inline: the hot loop of every scan.
inline char32_t next_cp(std::string_view s, std::size_t& pos) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    if ((b0 & 0xF0) == 0xE0 && pos + 2 < s.size()) {
        const auto b1 = static_cast<unsigned char>(s[pos + 1]);
        const auto b2 = static_cast<unsigned char>(s[pos + 2]);
        if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
            pos += 3;
            return (static_cast<char32_t>(b0 & 0x0F) << 12) |
                   (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
        }
    }
    return utf8::next(s, pos);
}

// True when text opens with a page-header key: a short label naming an editorial role and a
// colon (本版责编：, 版式设计：, 责任编辑：); structure-json.md page_items.
bool starts_like_page_header(std::u32string_view text);

// Decodes UTF-8 text into code points (invalid bytes become U+FFFD).
std::u32string to_u32(std::string_view text);

// Encodes code points as UTF-8.
std::string to_utf8(std::u32string_view text);

// text without leading and trailing white space.
std::u32string_view trim(std::u32string_view text);

// Inline definitions of the character predicates: they run on every character several times.
inline bool is_space(char32_t c) {
    if (c < 0x80) return c == U' ' || (c >= U'\t' && c <= U'\r');
    if (c >= 0x4E00 && c <= 0x9FFF) return false;  // the common case: a Han character
    return c == 0x3000 || c == 0xA0 || c == 0xFEFF || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F;
}

inline bool is_han(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3007 || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

inline bool is_sentence_end(char32_t c) {
    if (c >= 0x4E00 && c <= 0x9FFF) return false;
    return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'；' ||
           c == U'…' || c == U'｡' || c == U'﹒' || c == U';';
}

inline bool is_closer(char32_t c) {
    if (c >= 0x4E00 && c <= 0x9FFF) return false;
    return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == U')' ||
           c == U'》' || c == U'】' || c == U'〕' || c == U'〉' || c == U'"' || c == U'\'' ||
           c == U'］' || c == U']';
}

inline bool is_opener(char32_t c) {
    if (c >= 0x4E00 && c <= 0x9FFF) return false;
    return c == U'“' || c == U'‘' || c == U'「' || c == U'『' || c == U'（' || c == U'(' ||
           c == U'《' || c == U'【' || c == U'〔' || c == U'〈' || c == U'［' || c == U'[';
}

inline bool is_pause(char32_t c) {
    if (c >= 0x4E00 && c <= 0x9FFF) return false;
    return c == U'，' || c == U'、' || c == U'：' || c == U',' || c == U':' || c == U'﹐' ||
           c == U'﹑';
}

inline bool is_dash(char32_t c) {
    return c == U'—' || c == U'－' || c == U'─' || c == U'━' || c == U'–' || c == U'-';
}

}  // namespace banmian::segment

// Character classes of Chinese newspaper text, shared by segmentation and classification.
#pragma once

#include <string>
#include <string_view>

namespace banmian::segment {

// True for white space, U+3000, NBSP and the BOM.
bool is_space(char32_t c);

// True for Han ideographs (and U+3007 〇).
bool is_han(char32_t c);

// True for punctuation that ends a sentence: 。！？!?； and the ellipsis ….
bool is_sentence_end(char32_t c);

// True for closing quotes and brackets that may follow a sentence end: ” ’ 」 』 ） ) 》 】 〕.
bool is_closer(char32_t c);

// True for opening quotes and brackets: “ ‘ 「 『 （ ( 《 【 〔.
bool is_opener(char32_t c);

// True for punctuation inside a sentence: ，、： and their ASCII forms.
bool is_pause(char32_t c);

// True for any punctuation mark we know of (sentence ends, pauses, quotes, brackets, dashes).
bool is_punct(char32_t c);

// True for dashes used as 破折号 (— － ─ ━ and the ASCII hyphen-minus).
bool is_dash(char32_t c);

// True for characters that sit between CJK text without spaces (Han, kana, full-width forms,
// CJK punctuation); used to decide whether unwrapping lines needs a space.
bool is_cjk_like(char32_t c);

// Display width in half columns: 2 for wide (CJK, full-width) characters, 1 otherwise.
int half_width(char32_t c);

// True when text reads like a heading line rather than running text: no sentence end inside
// or at the end, at most two pauses between phrases of similar length, no pause or
// dangling particle (的, 在, 和 …) at the end.
bool heading_like(std::u32string_view text);

// True when the phrases between pauses (，、：；) are of similar length: each at least two
// characters, the longest at most three times the shortest (twice for three or more).
bool parallel_phrases(std::u32string_view text);

// True when text ends with a particle, preposition or conjunction that ends no title.
bool ends_with_function_word(std::u32string_view text);

// Decodes UTF-8 text into code points (invalid bytes become U+FFFD).
std::u32string to_u32(std::string_view text);

// Encodes code points as UTF-8.
std::string to_utf8(std::u32string_view text);

// text without leading and trailing white space.
std::u32string_view trim(std::u32string_view text);

}  // namespace banmian::segment

// Minimal UTF-8 helpers on already-valid UTF-8 (decode guarantees validity); no ICU needed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::utf8 {

// Decodes the code point starting at text[pos] and advances pos past it.
// Invalid bytes decode as U+FFFD one byte at a time, so the loop always ends.
char32_t next(std::string_view text, std::size_t& pos);

// Decodes the code point ending just before text[pos] and moves pos back to its start.
char32_t previous(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of cp to out.
void append(std::string& out, char32_t cp);

// The text as code points.
std::vector<char32_t> code_points(std::string_view text);

// Number of code points in text.
std::size_t length(std::string_view text);

// True for characters that count as white space in newspaper text, U+3000 and NBSP included.
bool is_space(char32_t cp);

// text without leading and trailing white space (is_space).
std::string_view trim(std::string_view text);

// True for Han ideographs (CJK Unified, Extensions A-G, Compatibility) and U+3007.
bool is_han(char32_t cp);

// True for characters that sit in CJK text without spaces around them: Han, kana, Hangul,
// full-width forms and CJK punctuation, plus the ambiguous “”‘’…—· used in Chinese.
bool is_cjk(char32_t cp);

}  // namespace banmian::utf8

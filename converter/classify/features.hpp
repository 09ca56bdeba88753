// Per-block features: what plain text tells about a block without looking at its neighbours.
#pragma once

#include <string>
#include <vector>

#include "segment/segment.hpp"

namespace banmian::classify {

struct Features {
    std::size_t length = 0;  // characters, white space excluded
    bool indented = false;   // first line indented (meaningful in indent/wrapped layouts)
    bool blank_before = false;
    bool ends_sentence = false;  // 。！？…； or —— at the end, closing quotes skipped
    bool ends_dash = false;
    bool ends_exclaim = false;  // ！ or ？ at the end (a headline may, an intertitle rarely) // ——
                                // at the end (a kicker, or a complete paragraph)
    bool ends_pause = false;  // ，、： or an opening bracket/quote at the end: mid-sentence
    bool ends_digit = false;
    bool ends_decimal_point = false;  // "…1." (the number goes on in the next column)
    std::size_t han =
        0;  // Han characters      // a digit or a decimal point at the end ("1." + "4万")
    int inner_sentence_ends = 0;      // 。！？； before the last character
    int pauses = 0;                   // ，、：
    bool balanced_parts = true;       // phrases between pauses of similar length (max <= 3 x min)
    bool ends_function_word = false;  // ends with 的 在 和 与 … that cannot end a title
    bool quotes_balanced = true;      // “” 「」 （） 《》 pair up
    bool starts_dash = false;         // ——subtitle
    bool speech = false;
    bool time_lead = false;  // opens with a time phrase and a comma ("11月13日上午，", "近日，") //
                             // "…说，", "…表示，", "记者：", "问：": running text
    bool rubric = false;  // a heading whose closing column rubric "（人民时评）" was split off
    double relative_length = 0.0;  // length / the page's median block length (last: no padding)
};

// Features of one block; median is the page's median block length (>= 1).
// text is the block's text, decoded and trimmed. The features that only matter for headings
// (speech marks, quote balance, phrase balance) are computed for short blocks only.
Features compute_features(std::u32string_view text, const segment::Block& block, double median);

// True when text (trimmed) ends a sentence, closing quotes and brackets skipped; —— counts.
bool ends_sentence(std::u32string_view text);

// Number of characters, white space excluded.
std::size_t visible_length(std::u32string_view text);

}  // namespace banmian::classify

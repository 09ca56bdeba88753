// Line endings: CRLF, CR and LF all become LF; which kind the input used is reported.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace banmian::decode {

struct NormalisedLines {
    std::string text;     // every CRLF and lone CR replaced by LF
    std::string newline;  // "LF", "CRLF", "CR", "mixed" (more than one kind) or "none"
};

// Turns CRLF and CR into LF in UTF-8 text (CR and LF never occur inside a UTF-8 sequence).
NormalisedLines normalise_line_ends(std::string_view text);

// Turns CRLF and CR into LF in UTF-8 text in place (no copy when there is no CR) and returns
// the kind of line ending the text used, named as in NormalisedLines::newline.
std::string normalise_line_ends_in_place(std::string& text);

// Number of line breaks in text, counting CRLF, CR and LF once each.
std::size_t count_line_breaks(std::u16string_view text);

}  // namespace banmian::decode

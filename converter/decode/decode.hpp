// Bytes from a newsroom (any encoding, any line ending) -> NFC UTF-8 text with "\n" line ends.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::decode {

enum class OnInvalid { Fail, Replace };

struct DecodeOptions {
    std::string encoding;  // empty: detect; else an ICU/WHATWG name ("gbk", "big5")
    OnInvalid on_invalid =
        OnInvalid::Fail;  // Replace substitutes U+FFFD (--encoding-errors=replace)
    // Called with each warning as it arises ("page.txt:3: byte 57: replaced ..."), for callers
    // that do not see the DecodedText (the pipeline's readers return a page). May be empty.
    std::function<void(const std::string&)> on_warning;
};

struct DecodedText {
    std::string text;      // UTF-8, NFC, BOM removed, every line ending turned into "\n"
    std::string encoding;  // the encoding used: "UTF-8", "UTF-16LE", "GB18030", "Big5", …
    bool had_bom = false;
    std::string newline;       // "LF", "CRLF", "CR", "mixed" or "none"
    std::size_t replaced = 0;  // invalid byte sequences turned into U+FFFD (OnInvalid::Replace)
    // Decoded, but the user should know: bytes replaced, a forced encoding that reads wrong.
    // Each names the file (and line and byte where there is one), as errors do.
    std::vector<std::string> warnings;
};

// Decodes a whole input: the encoding is options.encoding, else a BOM's, else detected (UTF-16
// by its NUL pattern, then UTF-8, GB18030 or Big5). The text comes out NFC with LF line ends;
// U+3000 and other white space are kept. Throws banmian::Error naming file_name, the line and
// the 0-based byte offset on invalid bytes (unless OnInvalid::Replace), on an unknown encoding
// name, or on binary data. Empty input gives empty text. Warns (DecodedText::warnings and
// options.on_warning) when bytes were replaced, and when the encoding given in options reads
// like mojibake while UTF-8, GB18030 or Big5 reads like Chinese (plausible.hpp).
DecodedText decode_text(std::string_view bytes, const DecodeOptions& options,
                        const std::string& file_name);

// decode_text for bytes the caller gives up: their storage becomes the text when they are plain
// UTF-8 (no second copy of a page in memory), else it is freed as soon as it has been decoded.
DecodedText decode_owned(std::string bytes, const DecodeOptions& options,
                         const std::string& file_name);

// True if label names an encoding decode_text accepts (WHATWG labels and ICU aliases).
bool is_known_encoding(std::string_view label);

}  // namespace banmian::decode

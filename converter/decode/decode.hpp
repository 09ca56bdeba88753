// Bytes from a newsroom (any encoding, any line ending) -> NFC UTF-8 text with "\n" line ends.
#pragma once

#include <string>
#include <string_view>

namespace banmian::decode {

enum class OnInvalid { Fail, Replace };

struct DecodeOptions {
    std::string encoding;                   // empty: detect; else an ICU/WHATWG name ("gbk", "big5")
    OnInvalid on_invalid = OnInvalid::Fail;  // Replace substitutes U+FFFD (--encoding-errors=replace)
};

struct DecodedText {
    std::string text;      // UTF-8, NFC, BOM removed, every line ending turned into "\n"
    std::string encoding;  // the encoding used: "UTF-8", "UTF-16LE", "GB18030", "Big5", …
    bool had_bom = false;
    std::string newline;   // "LF", "CRLF", "CR", "mixed" or "none"
};

// Decodes a whole input. Throws banmian::Error naming file_name and the byte offset on invalid
// bytes (unless OnInvalid::Replace), on an unknown encoding name, or on binary data.
DecodedText decode_text(std::string_view bytes, const DecodeOptions& options,
                        const std::string& file_name);

}  // namespace banmian::decode

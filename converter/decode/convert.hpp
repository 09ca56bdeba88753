// Bytes in a named encoding -> UTF-16 code units with ICU, finding every invalid byte sequence.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "decode/encoding_names.hpp"

namespace banmian::decode {

// The first byte sequence the encoding cannot decode.
struct InvalidSequence {
    std::size_t offset = 0;  // 0-based offset of its first byte in the input
    std::string bytes;       // the offending bytes as ICU reported them
    std::size_t line = 1;    // 1-based line it sits on (CRLF, CR and LF each end a line)
};

struct Converted {
    std::u16string text;  // decoded text; U+FFFD where bytes were invalid
    std::optional<InvalidSequence> first_invalid;
    std::size_t invalid_count = 0;  // invalid sequences seen (all of them unless stopped)
};

// Decodes bytes with the ICU converter encoding.icu_name. With stop_at_invalid the result ends
// just before the first invalid sequence; otherwise every invalid sequence becomes U+FFFD.
// Throws banmian::Error if ICU cannot open the converter.
Converted convert_to_utf16(std::string_view bytes, const EncodingChoice& encoding,
                           bool stop_at_invalid);

// "C3 28": bytes as space-separated upper-case hex, for messages.
std::string hex_bytes(std::string_view bytes);

}  // namespace banmian::decode

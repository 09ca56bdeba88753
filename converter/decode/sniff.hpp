// Cheap looks at raw bytes before decoding: binary data, and UTF-16 written without a BOM.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "decode/encoding_names.hpp"

namespace banmian::decode {

// Offset of the first NUL byte, or nullopt. Text in an ASCII-compatible encoding has none.
std::optional<std::size_t> first_nul_byte(std::string_view bytes);

// Offset of the first control byte that never occurs in text, if such bytes make up more than
// 2% of the input (binary data); nullopt for text. Tab, LF, VT, FF, CR, SUB (DOS end-of-file)
// and ESC (terminal colours) are allowed.
std::optional<std::size_t> binary_control_bytes(std::string_view bytes);

// UTF-16LE or UTF-16BE if bytes look like BOM-less UTF-16: even length, and the code units with
// a zero byte are (almost all) ASCII text characters on one byte order and clearly fewer on the
// other. nullopt otherwise. The caller still decodes strictly and checks the result.
std::optional<EncodingChoice> sniff_utf16_without_bom(std::string_view bytes);

// True if the encoding is UTF-16 or UTF-32, where NUL bytes are part of ordinary text.
bool is_wide_unicode(const EncodingChoice& encoding);

}  // namespace banmian::decode

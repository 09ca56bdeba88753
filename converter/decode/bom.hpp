// Byte order marks: which Unicode encoding a file announces at its start.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "decode/encoding_names.hpp"

namespace banmian::decode {

struct Bom {
    EncodingChoice encoding;
    std::size_t length;  // bytes of the mark itself
};

// The BOM at the start of bytes (UTF-8, UTF-16LE/BE, UTF-32LE/BE, GB18030), or nullopt.
std::optional<Bom> sniff_bom(std::string_view bytes);

}  // namespace banmian::decode

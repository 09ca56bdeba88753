// Encoding labels a user may give (--encoding) -> the ICU converter that decodes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace banmian::decode {

// How to decode one encoding: the ICU converter name and the name we report to users.
struct EncodingChoice {
    std::string icu_name;      // passed to ucnv_open ("gb18030", "windows-950-2000", "UTF-8")
    std::string display_name;  // shown in messages and DecodedText::encoding ("GB18030", "Big5")
};

// The choice for a user label (case-insensitive, WHATWG labels first, then any ICU alias),
// or nullopt if neither WHATWG nor ICU knows the label.
std::optional<EncodingChoice> encoding_for_label(std::string_view label);

// True for "utf-16" and "utf-32": labels without a byte order, which a BOM may then give.
bool label_leaves_byte_order_open(std::string_view label);

// The choices detection picks from, by display name.
EncodingChoice utf8_encoding();
EncodingChoice gb18030_encoding();
EncodingChoice big5_encoding();

}  // namespace banmian::decode

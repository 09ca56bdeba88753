// Unicode normalisation form C, the form structure JSON promises (structure-json.md, "Text").
#pragma once

#include <string>
#include <string_view>

namespace banmian::decode {

// text in NFC, as UTF-8. Throws banmian::Error if ICU's normaliser is unavailable.
std::string to_nfc_utf8(std::u16string_view text);

}  // namespace banmian::decode

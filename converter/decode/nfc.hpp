// Unicode normalisation form C, the form structure JSON promises (structure-json.md, "Text").
#pragma once

#include <string>
#include <string_view>

namespace banmian::decode {

// text in NFC, as UTF-8. Throws banmian::Error if ICU's normaliser is unavailable.
std::string to_nfc_utf8(std::u16string_view text);

// Puts well-formed UTF-8 text into NFC in place; text that already is (nearly every page) is
// left untouched without a copy. Throws banmian::Error if ICU's normaliser is unavailable.
void make_nfc_utf8(std::string& text);

}  // namespace banmian::decode

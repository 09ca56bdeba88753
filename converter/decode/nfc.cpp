#include "decode/nfc.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/error.hpp"

namespace banmian::decode {

std::string to_nfc_utf8(std::u16string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU cannot load NFC normalisation data: ") + u_errorName(status));
    }
    // Read-only alias: no copy unless normalisation changes something.
    const icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size()));
    std::string out;
    if (nfc->isNormalized(source, status) && U_SUCCESS(status)) {
        source.toUTF8String(out);
        return out;
    }
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalised = nfc->normalize(source, status);
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU failed to normalise text to NFC: ") + u_errorName(status));
    }
    normalised.toUTF8String(out);
    return out;
}

}  // namespace banmian::decode

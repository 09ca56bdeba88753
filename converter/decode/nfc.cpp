#include "decode/nfc.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>

#include "core/error.hpp"

namespace banmian::decode {
namespace {

// ICU's NFC normaliser; throws if its data is missing.
const icu::Normalizer2& nfc_instance() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || nfc == nullptr) {
        throw Error(std::string("ICU cannot load NFC normalisation data: ") + u_errorName(status));
    }
    return *nfc;
}

// BMP code points that leave any text NFC wherever they stand: NFC_Quick_Check = Yes and
// canonical combining class 0 (UAX #15, "Detecting Normalization Forms"). Built from ICU's own
// data once, so this is ICU's quick check, only without a call per character.
using SafeSet = std::bitset<0x10000>;

std::unique_ptr<SafeSet> build_safe_set() {
    auto set = std::make_unique<SafeSet>();
    for (UChar32 c = 0; c < 0x10000; ++c) {
        const bool yes = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
        if (yes && u_getCombiningClass(c) == 0) set->set(static_cast<std::size_t>(c));
    }
    return set;
}

// True if every code point of well-formed UTF-8 text is in the safe set (so text is NFC);
// false means "maybe not", for ICU to decide.
bool only_safe_code_points(std::string_view text) {
    static const std::unique_ptr<SafeSet> safe = build_safe_set();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* const end = p + text.size();
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char b = *p;
        std::size_t cp = 0;
        if (b < 0x80) {
            ++p;
            continue;
        }
        if (b < 0xE0) {  // two bytes: below U+0800
            cp = (std::size_t{b & 0x1Fu} << 6) | (p[1] & 0x3Fu);
            p += 2;
        } else if (b < 0xF0) {  // three bytes: the rest of the BMP (every Han character)
            cp = (std::size_t{b & 0x0Fu} << 12) | (std::size_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
            p += 3;
        } else {
            return false;  // supplementary planes: rare; ICU decides
        }
        if (!(*safe)[cp]) return false;
    }
    return true;
}

}  // namespace

std::string to_nfc_utf8(std::u16string_view text) {
    const icu::Normalizer2& nfc = nfc_instance();
    UErrorCode status = U_ZERO_ERROR;
    // Read-only alias: no copy unless normalisation changes something.
    const icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size()));
    std::string out;
    if (nfc.isNormalized(source, status) && U_SUCCESS(status)) {
        source.toUTF8String(out);
        return out;
    }
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalised = nfc.normalize(source, status);
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU failed to normalise text to NFC: ") + u_errorName(status));
    }
    normalised.toUTF8String(out);
    return out;
}

void make_nfc_utf8(std::string& text) {
    if (only_safe_code_points(text)) return;
    const icu::Normalizer2& nfc = nfc_instance();
    UErrorCode status = U_ZERO_ERROR;
    const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
    if (nfc.isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return;
    status = U_ZERO_ERROR;
    std::string out;
    out.reserve(text.size());
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
    nfc.normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU failed to normalise text to NFC: ") + u_errorName(status));
    }
    text.swap(out);
}

}  // namespace banmian::decode

// Test helper: UTF-8 text -> bytes in another encoding, produced by ICU's encoder.
#pragma once

#include <unicode/ucnv.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace banmian::decode::testing {

// text (UTF-8) encoded with the ICU converter icu_name; throws if a character has no mapping,
// so a test never silently feeds substitution bytes. With skip, such characters are left out
// instead (Big5 has no simplified-only characters).
inline std::string encode(std::string_view text, const char* icu_name, bool skip = false) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* from = ucnv_open(icu_name, &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("no converter ") + icu_name);
    ucnv_setFromUCallBack(from, skip ? UCNV_FROM_U_CALLBACK_SKIP : UCNV_FROM_U_CALLBACK_STOP,
                          nullptr, nullptr, nullptr, &status);
    UConverter* utf8 = ucnv_open("UTF-8", &status);
    std::string out(text.size() * 4 + 16, '\0');
    char* target = out.data();
    const char* source = text.data();
    ucnv_convertEx(from, utf8, &target, out.data() + out.size(), &source, text.data() + text.size(),
                   nullptr, nullptr, nullptr, nullptr, true, true, &status);
    ucnv_close(from);
    ucnv_close(utf8);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("cannot encode test text as ") + icu_name + ": " +
                                 u_errorName(status));
    }
    out.resize(static_cast<std::size_t>(target - out.data()));
    return out;
}

}  // namespace banmian::decode::testing

#include "decode/convert.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

#include "core/error.hpp"
#include "decode/line_ends.hpp"

namespace banmian::decode {
namespace {

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// Opens a converter that stops at the first invalid sequence, so we see each one.
ConverterPtr open_stopping_converter(const EncodingChoice& encoding) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(encoding.icu_name.c_str(), &status));
    if (U_FAILURE(status) || !converter) {
        throw Error("cannot open the ICU converter for " + encoding.display_name + ": " +
                    u_errorName(status));
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    if (U_FAILURE(status)) {
        throw Error("cannot set up the ICU converter for " + encoding.display_name + ": " +
                    u_errorName(status));
    }
    return converter;
}

// True for the errors ICU reports on bytes the encoding cannot decode.
bool is_invalid_input(UErrorCode status) {
    return status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND ||
           status == U_TRUNCATED_CHAR_FOUND || status == U_ILLEGAL_ESCAPE_SEQUENCE ||
           status == U_UNSUPPORTED_ESCAPE_SEQUENCE;
}

}  // namespace

std::string hex_bytes(std::string_view bytes) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (!out.empty()) out += ' ';
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0F];
    }
    return out;
}

Converted convert_to_utf16(std::string_view bytes, const EncodingChoice& encoding,
                           bool stop_at_invalid) {
    ConverterPtr converter = open_stopping_converter(encoding);
    Converted result;
    // One byte never yields more than one UTF-16 unit in the encodings we detect; the loop
    // below grows the buffer for any converter that does.
    result.text.resize(bytes.size() + 16);
    std::size_t written = 0;
    const char* source = bytes.data();
    const char* const source_end = bytes.data() + bytes.size();
    for (;;) {
        UErrorCode status = U_ZERO_ERROR;
        UChar* target = result.text.data() + written;
        UChar* const target_end = result.text.data() + result.text.size();
        ucnv_toUnicode(converter.get(), &target, target_end, &source, source_end, nullptr, true,
                       &status);
        written = static_cast<std::size_t>(target - result.text.data());
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            result.text.resize(result.text.size() * 2);
            continue;
        }
        if (U_SUCCESS(status)) break;
        if (!is_invalid_input(status)) {
            throw Error("ICU failed to decode " + encoding.display_name + ": " +
                        u_errorName(status));
        }
        // ICU has consumed the invalid bytes; they end where the source pointer now stands.
        char invalid[32];
        int8_t invalid_length = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
        if (U_FAILURE(ignored)) invalid_length = 0;
        const auto length = static_cast<std::size_t>(invalid_length);
        const auto consumed = static_cast<std::size_t>(source - bytes.data());
        ++result.invalid_count;
        if (!result.first_invalid) {
            InvalidSequence bad;
            bad.offset = consumed - length;
            bad.bytes.assign(invalid, length);
            bad.line = 1 + count_line_breaks(std::u16string_view(result.text.data(), written));
            result.first_invalid = std::move(bad);
        }
        if (stop_at_invalid) break;
        if (written == result.text.size()) result.text.resize(result.text.size() * 2);
        result.text[written++] = u'\uFFFD';
    }
    result.text.resize(written);
    // ICU's ibm-1373 (our Big5, encoding_names.cpp) maps 0xC255 to U+5F5E 彞; Big5 as
    // everyone else decodes it (Unicode's BIG5.TXT, Microsoft cp950, WHATWG, iconv) has U+5F5D
    // 彝 there (彝族). It is ibm-1373's only difference from cp950 over every double-byte code
    // and 0xC255 its only code for U+5F5E (tests/decode/big5_table_test.cpp), so the character
    // is put right here.
    if (encoding.icu_name == big5_encoding().icu_name) {
        std::replace(result.text.begin(), result.text.end(), u'\u5F5E', u'\u5F5D');
    }
    return result;
}

}  // namespace banmian::decode

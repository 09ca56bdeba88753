// Big5 decodes as everyone else decodes it: every double-byte code that Microsoft's cp950
// (ICU's windows-950-2000, the table iconv, Python and the WHATWG index agree with) defines
// comes out of banmian as that character, after NFC.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <vector>

#include "decode/decode.hpp"

namespace banmian::decode {
namespace {

struct CloseConverter {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

// The code decoded alone by ICU's windows-950-2000 and normalised to NFC, or "" if cp950
// leaves it undefined.
std::string cp950_nfc(UConverter* cp950, const std::string& code) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(cp950);
    UChar out[8];
    const int32_t n =
        ucnv_toUChars(cp950, out, 8, code.data(), static_cast<int32_t>(code.size()), &status);
    if (U_FAILURE(status) || n != 1) return "";
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::UnicodeString normal = nfc->normalize(icu::UnicodeString(out, n), status);
    std::string utf8;
    normal.toUTF8String(utf8);
    return U_SUCCESS(status) ? utf8 : "";
}

TEST(Big5Table, EveryDoubleByteCodeDecodesAsCp950) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, CloseConverter> cp950(ucnv_open("windows-950-2000", &status));
    ASSERT_TRUE(U_SUCCESS(status));
    ucnv_setToUCallBack(cp950.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::string page;
    std::vector<std::string> expected;
    for (int lead = 0xA1; lead <= 0xF9; ++lead) {  // standard Big5 and the ETEN rows
        for (int trail = 0x40; trail <= 0xFE; ++trail) {
            if (trail > 0x7E && trail < 0xA1) continue;
            const std::string code{static_cast<char>(lead), static_cast<char>(trail)};
            std::string want = cp950_nfc(cp950.get(), code);
            if (want.empty() || want == "\u3000") continue;  // undefined; white space
            page += "X" + code + "\n";  // X: no code run into the next by a stray lead byte
            expected.push_back("X" + want);
        }
    }
    ASSERT_GT(expected.size(), 13000u);  // Big5 has 13,053 hanzi alone
    DecodeOptions options;
    options.encoding = "big5";
    const DecodedText got = decode_text(page, options, "big5-table.txt");
    std::size_t line = 0, start = 0, mismatches = 0;
    for (std::size_t end; (end = got.text.find('\n', start)) != std::string::npos;
         start = end + 1) {
        ASSERT_LT(line, expected.size());
        const std::string text = got.text.substr(start, end - start);
        if (text != expected[line] && ++mismatches <= 10) {
            ADD_FAILURE() << "line " << line + 1 << ": got " << text << ", cp950 has "
                          << expected[line];
        }
        ++line;
    }
    EXPECT_EQ(line, expected.size());
    EXPECT_EQ(mismatches, 0u);
}

TEST(Big5Table, YiIsU5F5D) {
    // 0xC255 彝 (as in 彝族): ICU's ibm-1373 alone maps it to the variant U+5F5E 彞.
    DecodeOptions options;
    options.encoding = "big5";
    EXPECT_EQ(decode_text("\xC2\x55\xB1\xDA", options, "yi.txt").text, "\u5F5D\u65CF");
    EXPECT_EQ(decode_text("\xC2\x55\xB1\xDA\xA6\x50\xAD\x4D", {}, "yi.txt").text,
              "\u5F5D\u65CF\u540C\u80DE");
}

}  // namespace
}  // namespace banmian::decode

// decode_text skips ICU for plain UTF-8 (decode/utf8.hpp). These tests hold that fast path to
// the ICU path: the same text decoded from GB18030 (which ICU converts) must come out the same,
// and every byte string is_plain_utf8 accepts must be one ICU's UTF-8 converter accepts too.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <random>
#include <string>
#include <vector>

#include "decode/decode.hpp"
#include "decode/sniff.hpp"
#include "decode/utf8.hpp"

namespace banmian::decode {
namespace {

// text (UTF-8) in the encoding icu_name, by ICU; fails the test if a character has no mapping.
std::string encode(const std::string& text, const char* icu_name) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(text.size() * 4 + 16, '\0');
    const int32_t length =
        ucnv_convert(icu_name, "UTF-8", out.data(), static_cast<int32_t>(out.size()), text.data(),
                     static_cast<int32_t>(text.size()), &status);
    EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    out.resize(static_cast<std::size_t>(length));
    return out;
}

// True if ICU's UTF-8 converter decodes bytes without reporting an invalid sequence.
bool icu_accepts_utf8(const std::string& bytes) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* utf8 = ucnv_open("UTF-8", &status);
    ucnv_setToUCallBack(utf8, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::u16string out(bytes.size() + 4, u'\0');
    ucnv_toUChars(utf8, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                  static_cast<int32_t>(bytes.size()), &status);
    ucnv_close(utf8);
    return U_SUCCESS(status);
}

// Texts that exercise each step of the fast path: NFC (decomposed accents, CJK compatibility
// ideographs that NFC maps to unified ones, Hangul jamo), every line ending, U+FEFF inside the
// text, supplementary characters (plain and NFC-changing) and ASCII control characters.
const std::vector<std::string> kTexts = {
    "",
    "plain ASCII\nsecond line\n",
    "本报长沙11月25日讯\n\n　　湖南日报记者 王伟健\n",
    "Cafe\xCC\x81 and cafe\xCC\x81\r\n",                    // e + U+0301: NFC composes
    "\xEF\xA4\x80 compatibility ideograph\r",               // U+F900 -> U+8C48
    "\xE1\x84\x80\xE1\x85\xA1 jamo\r\nmixed\nends\r",       // U+1100 U+1161 -> U+AC00
    "a\xEF\xBB\xBFz zero width no-break space inside",      // U+FEFF kept inside the text
    "\xF0\xA0\x80\x80 supplementary Han \xF0\x9F\x93\xB0",  // U+20000, U+1F4F0
    "\xF0\xAF\xA0\x80 supplementary compatibility",         // U+2F800 -> U+4E3D
    "tab\tvt\x0B"
    "ff\x0C"
    "sub\x1A"
    "esc\x1B"
    "end",
    "a\xCC\x81\xCC\xA3 reordered marks\n",  // a + U+0301 + U+0323
    "\r\n\r\n\r",
};

TEST(DecodeFastPath, MatchesIcuPathOfTheSameText) {
    for (const std::string& text : kTexts) {
        SCOPED_TRACE(text);
        const DecodedText fast = decode_text(text, {}, "fast.txt");
        DecodeOptions gb;
        gb.encoding = "gb18030";
        const DecodedText icu = decode_text(encode(text, "gb18030"), gb, "icu.txt");
        EXPECT_EQ(fast.text, icu.text);
        EXPECT_EQ(fast.newline, icu.newline);
        EXPECT_EQ(fast.encoding, "UTF-8");
        EXPECT_FALSE(fast.had_bom);
    }
}

TEST(DecodeFastPath, BomIsRemovedOnceAsOnTheIcuPath) {
    for (const std::string& text : kTexts) {
        SCOPED_TRACE(text);
        const std::string with_bom = "\xEF\xBB\xBF" + text;
        const DecodedText fast = decode_text(with_bom, {}, "fast.txt");
        const DecodedText icu = decode_text(encode(with_bom, "UTF-16LE"), {}, "icu.txt");
        EXPECT_TRUE(fast.had_bom);
        EXPECT_EQ(fast.text, icu.text);
        EXPECT_EQ(fast.newline, icu.newline);
    }
}

TEST(DecodeFastPath, DeclaredUtf8TakesTheSamePath) {
    DecodeOptions options;
    options.encoding = "utf-8";
    for (const std::string& text : kTexts) {
        SCOPED_TRACE(text);
        EXPECT_EQ(decode_text(text, options, "a.txt").text, decode_text(text, {}, "b.txt").text);
    }
}

TEST(DecodeFastPath, DecodeOwnedGivesWhatDecodeTextGives) {
    for (const std::string& text : kTexts) {
        SCOPED_TRACE(text);
        // Plain UTF-8 with and without a BOM (reused storage), and GB18030 (ICU path).
        for (const std::string& bytes :
             {text, "\xEF\xBB\xBF" + text, encode(text + "，中文", "gb18030")}) {
            const DecodedText copied = decode_text(bytes, {}, "a.txt");
            const DecodedText owned = decode_owned(bytes, {}, "a.txt");
            EXPECT_EQ(owned.text, copied.text);
            EXPECT_EQ(owned.encoding, copied.encoding);
            EXPECT_EQ(owned.had_bom, copied.had_bom);
            EXPECT_EQ(owned.newline, copied.newline);
        }
    }
}

TEST(DecodeFastPath, AcceptsOnlyWhatIcuAccepts) {
    // Bytes biased towards UTF-8 structure: ASCII, continuation bytes and every lead byte,
    // including the edge leads E0, ED, EF, F0 and F4 and the invalid C0, C1, F5..FF.
    const std::vector<unsigned char> alphabet = {0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xB7,
                                                 0xBE, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE4,
                                                 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
    std::mt19937 random(20261127);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(1, 12);
    std::size_t accepted = 0;
    for (int round = 0; round < 200000; ++round) {
        std::string bytes;
        for (int i = length(random); i > 0; --i) bytes += static_cast<char>(alphabet[pick(random)]);
        if (!is_plain_utf8(bytes)) continue;
        ++accepted;
        ASSERT_TRUE(icu_accepts_utf8(bytes)) << "fast path accepted bytes ICU rejects";
    }
    EXPECT_GT(accepted, 1000u);  // the check above did run on many valid strings
}

TEST(DecodeFastPath, RejectsEachKindOfIllFormedSequence) {
    const std::vector<std::string> bad = {"\x80",
                                          "\xC0\xAF",
                                          "\xC1\xBF",
                                          "\xC2",
                                          "\xE0\x80\x80",
                                          "\xE0\x9F\xBF",
                                          "\xED\xA0\x80",
                                          "\xE4\xB8",
                                          "\xF0\x8F\xBF\xBF",
                                          "\xF4\x90\x80\x80",
                                          "\xF5\x80\x80\x80",
                                          "\xFF",
                                          "\xEF\xBF\xBE",
                                          "\xEF\xB7\x90",
                                          "\xF0\x9F\xBF\xBF"};  // last three: noncharacters
    for (const std::string& bytes : bad) {
        EXPECT_FALSE(is_plain_utf8("ok " + bytes + " ok")) << bytes;
    }
    EXPECT_TRUE(is_plain_utf8("\xEF\xBF\xBD \xF4\x8F\xBF\xBD \xE4\xB8\xAD"));
}

TEST(DecodeFastPath, ControlBytesFoundAtEveryOffset) {
    // binary_control_bytes skips eight bytes at a time; a control byte must be seen wherever it
    // falls in a word. 30 control bytes in 60 is above the 1-in-50 threshold.
    for (const char control : {'\x00', '\x01', '\x1F', '\x7F', '\x08'}) {
        for (std::size_t at = 0; at < 30; ++at) {
            std::string bytes(60, '\xE4');  // not valid text, but no control byte
            for (std::size_t k = at; k < at + 30; ++k) bytes[k] = control;
            const std::optional<std::size_t> first = binary_control_bytes(bytes);
            ASSERT_TRUE(first.has_value()) << at;
            EXPECT_EQ(*first, at);
        }
        std::string one(200, ' ');
        one[137] = control;  // one in 200: below the threshold, so not binary
        EXPECT_FALSE(binary_control_bytes(one).has_value());
    }
    // White space and DOS/terminal controls allowed by sniff.cpp are no control bytes.
    EXPECT_FALSE(binary_control_bytes(std::string(64, '\t') + std::string(64, '\x1B')));
    EXPECT_FALSE(binary_control_bytes(std::string("\x20\x7E\x80\xFF", 4)).has_value());
}

}  // namespace
}  // namespace banmian::decode

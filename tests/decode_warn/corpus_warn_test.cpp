// Over the dev corpus: every page (and short pieces of it) in UTF-8, GB18030, Big5 and UTF-16
// decodes with its right encoding forced and no warning; every page forced into a wrong one of
// UTF-8, GB18030 and Big5 is flagged, by a warning or in the error, naming the right encoding.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "decode/decode.hpp"
#include "warn_support.hpp"

namespace banmian::decode {
namespace {

using testing::decode_as;

// The length code points of UTF-8 text from code point at on (fewer at the end).
std::string slice(const std::string& text, std::size_t at, std::size_t length) {
    std::size_t begin = std::string::npos;
    std::size_t index = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // a trail byte
        if (index == at) begin = i;
        if (index == at + length) return text.substr(begin, i - begin);
        ++index;
    }
    return begin == std::string::npos ? std::string() : text.substr(begin);
}

struct Variant {
    std::string label;    // what --encoding would say
    std::string display;  // the name warnings use
    std::string bytes;
};

// text (UTF-8) in the four encodings; Big5 gets the traditional forms (Big5 has few simplified
// characters) and leaves out the characters it still lacks.
std::vector<Variant> variants_of(const std::string& text) {
    return {
        {"utf-8", "UTF-8", text},
        {"gb18030", "GB18030", testing::encode(text, testing::kGb18030)},
        {"big5", "Big5",
         testing::encode(testing::transliterate(text, "Hans-Hant"), testing::kBig5, true)},
        {"utf-16le", "UTF-16LE", testing::encode(text, "UTF-16LE")},
    };
}

// Short pieces of a page: its first 1, 2 and 3 non-empty lines, and runs of 10 to 100
// characters from three places, and a mostly English text with the page's first line in it.
std::vector<std::string> pieces_of(const std::string& text) {
    std::vector<std::string> pieces;
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size() && lines.size() < 3) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        if (!line.empty()) lines.push_back(line);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    std::string head;
    for (const auto& line : lines) pieces.push_back(head += line + "\n");
    for (const std::size_t length : {10, 20, 40, 100}) {
        for (const std::size_t at : {0, 500, 1500}) {
            const std::string run = slice(text, at, length);
            if (!run.empty()) pieces.push_back(run + "\n");
        }
    }
    std::string english;
    for (int i = 0; i < 20; ++i) english += "Report from the Beijing bureau, July 2023. ";
    pieces.push_back(english + "\n" + lines.front() + "\n" + english + "\n");
    return pieces;
}

TEST(CorpusWarnings, RightEncodingNeverWarns) {
    for (const auto& [name, text] : testing::corpus_texts()) {
        SCOPED_TRACE(name);
        for (const Variant& v : variants_of(text)) {
            SCOPED_TRACE(v.label);
            EXPECT_EQ(decode_as(v.bytes, v.label).warnings, std::vector<std::string>{});
        }
    }
}

TEST(CorpusWarnings, RightEncodingNeverWarnsOnShortPieces) {
    std::size_t checked = 0;
    for (const auto& [name, text] : testing::corpus_texts()) {
        for (const std::string& piece : pieces_of(text)) {
            SCOPED_TRACE(name + ": " + piece.substr(0, 60));
            for (const Variant& v : variants_of(piece)) {
                SCOPED_TRACE(v.label);
                EXPECT_EQ(decode_as(v.bytes, v.label).warnings, std::vector<std::string>{});
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 500u);
}

TEST(CorpusWarnings, WrongEncodingIsFlaggedWithTheRightOne) {
    for (const auto& [name, text] : testing::corpus_texts()) {
        SCOPED_TRACE(name);
        for (const Variant& v : variants_of(text)) {
            if (v.label == "utf-16le") continue;  // NUL bytes: refused as binary when forced
            for (const char* wrong : {"utf-8", "gb18030", "big5"}) {
                if (v.label == wrong) continue;
                SCOPED_TRACE(std::string(v.label) + " forced as " + wrong);
                const std::string flag = "the text reads like " + v.display + " (";
                // Replacing: decoded, with a warning.
                const DecodedText d = decode_as(v.bytes, wrong, OnInvalid::Replace);
                ASSERT_FALSE(d.warnings.empty());
                EXPECT_NE(d.warnings.back().find(flag), std::string::npos) << d.warnings.back();
                // Failing: a warning if the bytes happen to be valid, else in the error.
                try {
                    const DecodedText strict = decode_as(v.bytes, wrong);
                    ASSERT_EQ(strict.warnings.size(), 1u);
                    EXPECT_NE(strict.warnings[0].find(flag), std::string::npos);
                } catch (const Error& e) {
                    EXPECT_NE(std::string(e.what()).find(flag), std::string::npos) << e.what();
                }
            }
        }
    }
}

}  // namespace
}  // namespace banmian::decode

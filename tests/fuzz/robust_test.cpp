// Robustness of structure detection on random and pathological input: it never throws, never
// hangs (time stays linear), and keeps every letter and digit exactly once (score.py's
// conservation rule: only role words and dispatch marks such as 记者, 摄, 电 may be dropped).
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <random>
#include <string>

#include "assemble/detect.hpp"
#include "core/utf8.hpp"
#include "page_text.hpp"

namespace banmian::fuzztest {
namespace {

// The characters score.py lets a credit drop (role words and markers).
const std::u32string kMarkers = U"本报记者通讯员摄影图文编辑责编讯电据報記攝電編輯責訊員據圖";

bool counts(char32_t c) {
    return utf8::is_han(c) || (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') ||
           (c >= U'A' && c <= U'Z');
}

std::map<char32_t, long> letters(const std::string& text) {
    std::map<char32_t, long> out;
    for (char32_t c : utf8::code_points(text)) {
        if (counts(c)) ++out[c];
    }
    return out;
}

// Fails the test when page loses a non-marker letter of input or holds one twice.
void expect_conserved(const std::string& input, const model::Page& page) {
    const auto in = letters(input);
    const auto out = letters(page_text(page));
    for (const auto& [c, n] : in) {
        auto it = out.find(c);
        const long got = it == out.end() ? 0 : it->second;
        if (kMarkers.find(c) == std::u32string::npos) {
            EXPECT_EQ(got, n) << "letter U+" << std::hex << static_cast<unsigned>(c);
        } else {
            EXPECT_LE(got, n) << "marker U+" << std::hex << static_cast<unsigned>(c);
        }
    }
    for (const auto& [c, n] : out) {
        EXPECT_TRUE(in.count(c)) << "invented letter U+" << std::hex << static_cast<unsigned>(c);
    }
}

// A random page from pieces that trigger every rule: names, role words, datelines, brackets,
// dashes, captions, furniture, indents, blank lines.
std::string random_page(std::mt19937& rng, std::size_t pieces) {
    static const std::vector<std::string> kPieces = {"\n",
                                                     "\n\n",
                                                     "\u3000\u3000",
                                                     "  ",
                                                     " ",
                                                     "。",
                                                     "，",
                                                     "、",
                                                     "：",
                                                     "；",
                                                     "！",
                                                     "？",
                                                     "……",
                                                     "——",
                                                     "“",
                                                     "”",
                                                     "「",
                                                     "」",
                                                     "（",
                                                     "）",
                                                     "(",
                                                     ")",
                                                     "《",
                                                     "》",
                                                     "本报记者",
                                                     "记者",
                                                     "通讯员",
                                                     "摄",
                                                     "新华社北京3月12日电",
                                                     "本报讯",
                                                     "本版责编：",
                                                     "（下转第五版）",
                                                     "广告",
                                                     "图为",
                                                     "王伟健",
                                                     "陈  斌",
                                                     "李 刚",
                                                     "张",
                                                     "欧阳",
                                                     "核心阅读",
                                                     "1.",
                                                     "4万",
                                                     "2023",
                                                     "abc",
                                                     "发展",
                                                     "的",
                                                     "在",
                                                     "标题",
                                                     "主持",
                                                     "出席",
                                                     "强调",
                                                     "\t",
                                                     "\xef\xbf\xbd",
                                                     "湘潭天易经开区紧抓机遇",
                                                     "记者：",
                                                     "(袁勇杰 李日文)",
                                                     "（本报罗马7月24日电）"};
    std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
    std::string out;
    for (std::size_t i = 0; i < pieces; ++i) out += kPieces[pick(rng)];
    return out;
}

TEST(Robustness, RandomPagesKeepEveryLetter) {
    std::mt19937 rng(20231127);
    for (int round = 0; round < 400; ++round) {
        const std::string page = random_page(rng, 20 + static_cast<std::size_t>(round) * 3);
        model::Page out;
        ASSERT_NO_THROW(out = assemble::detect_structure(page, "random.txt")) << page;
        SCOPED_TRACE(page);
        expect_conserved(page, out);
    }
}

TEST(Robustness, InvalidUtf8AndControlBytesDoNotThrow) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 200; ++round) {
        std::string page;
        for (int i = 0; i < 300; ++i) page += static_cast<char>(byte(rng));
        EXPECT_NO_THROW(assemble::detect_structure(page, "bytes.txt"));
    }
}

// Seconds to detect the structure of text.
double seconds_for(const std::string& text) {
    const auto start = std::chrono::steady_clock::now();
    const model::Page page = assemble::detect_structure(text, "big.txt");
    (void)page;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

TEST(Robustness, PathologicalInputsStayFast) {
    const std::vector<std::pair<const char*, std::string>> cases = {
        {"one long line", repeat("发展", 300000)},
        {"blank lines", repeat("\n", 500000)},
        {"heading lines", repeat("标题\n\n", 100000)},
        {"open brackets", repeat("（", 200000)},
        {"close brackets", repeat("）", 200000)},
        {"dashes", repeat("——", 200000)},
        {"indents", repeat("\u3000\u3000\n", 100000)},
        {"names", repeat("王伟健 ", 100000)},
        {"open paragraphs", repeat("发展，\n\n", 100000)},
        {"wrapped", repeat("\u3000\u3000一二三四五六七八九十一二三四五六七八九十\n", 50000)},
    };
    for (const auto& [name, text] : cases) {
        EXPECT_LT(seconds_for(text), 5.0) << name;
    }
}

TEST(Robustness, EmptyAndBlankPagesAreEmpty) {
    EXPECT_TRUE(assemble::detect_structure("", "e.txt").articles.empty());
    EXPECT_TRUE(assemble::detect_structure("\n\n\u3000\n \t\n", "e.txt").articles.empty());
}

}  // namespace
}  // namespace banmian::fuzztest

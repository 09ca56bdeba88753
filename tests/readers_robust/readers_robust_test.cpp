// Damaged NewsML-G2, JATS and structure JSON never get past the readers as anything but a page
// or a banmian::Error naming the file (README "Encodings and bad input": a clear error, never a
// crash). Inputs: the golden files of the seed page, damaged deterministically.
#include <gtest/gtest.h>

#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <random>
#include <typeinfo>
#include <string>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "readers/jats_reader.hpp"
#include "readers/json_reader.hpp"
#include "readers/newsml_reader.hpp"

namespace banmian {
namespace {

namespace fs = std::filesystem;
using Reader = std::function<model::Page(std::string_view, const std::string&)>;

struct Format {
    const char* file;  // under the source tree
    Reader read;
};

const std::vector<Format>& formats() {
    static const std::vector<Format> all = {
        {"tests/golden/hunan-daily-page.newsml.xml", &readers::read_newsml},
        {"tests/golden/hunan-daily-page.jats.xml", &readers::read_jats},
        {"examples/hunan-daily-page.json", &readers::read_structure_json},
    };
    return all;
}

std::string original(const Format& f) {
    return read_file_bytes(fs::path(BANMIAN_SOURCE_DIR) / f.file);
}

// Reads bytes; fails the test on anything but a page or a banmian::Error naming the file.
void expect_page_or_error(const Format& f, const std::string& bytes, const std::string& what) {
    try {
        (void)f.read(bytes, "damaged");
    } catch (const Error& e) {
        EXPECT_EQ(e.where().file, "damaged") << what << ": " << e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << f.file << ", " << what << ": escaped as " << typeid(e).name() << ": "
                      << e.what();
    }
}

TEST(ReadersRobust, TheUndamagedFilesRead) {
    for (const auto& f : formats()) {
        EXPECT_FALSE(f.read(original(f), f.file).articles.empty()) << f.file;
    }
}

TEST(ReadersRobust, EveryCutOfTheFile) {
    // Truncated at 400 evenly spread places: an interrupted copy or download.
    for (const auto& f : formats()) {
        const std::string bytes = original(f);
        for (std::size_t k = 0; k < 400; ++k) {
            const std::size_t cut = bytes.size() * k / 400;
            expect_page_or_error(f, bytes.substr(0, cut), "cut at " + std::to_string(cut));
        }
    }
}

TEST(ReadersRobust, CorruptedBytes) {
    // 300 variants per format, each with 1-8 bytes replaced by random bytes (markup, quotes,
    // NUL, invalid UTF-8 all occur), from a fixed seed so a failure is reproducible.
    std::mt19937 random(20261127);
    for (const auto& f : formats()) {
        const std::string bytes = original(f);
        for (int variant = 0; variant < 300; ++variant) {
            std::string damaged = bytes;
            const int flips = 1 + static_cast<int>(random() % 8);
            for (int i = 0; i < flips; ++i) {
                damaged[random() % damaged.size()] = static_cast<char>(random() % 256);
            }
            expect_page_or_error(f, damaged, "variant " + std::to_string(variant));
        }
    }
}

TEST(ReadersRobust, MarkupRemovedOrRepeated) {
    // Whole lines dropped or doubled: a hand edit gone wrong (elements missing, repeated,
    // unbalanced).
    for (const auto& f : formats()) {
        const std::string bytes = original(f);
        std::vector<std::size_t> starts{0};
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            if (bytes[i] == '\n') starts.push_back(i + 1);
        }
        for (std::size_t line = 0; line + 1 < starts.size(); line += 3) {
            const std::size_t a = starts[line], b = starts[line + 1];
            expect_page_or_error(f, bytes.substr(0, a) + bytes.substr(b),
                                 "line " + std::to_string(line + 1) + " removed");
            expect_page_or_error(f, bytes.substr(0, b) + bytes.substr(a),
                                 "line " + std::to_string(line + 1) + " doubled");
        }
    }
}

TEST(ReadersRobust, NumberTooLargeIsABadInputError) {
    // Found by fuzz_readers: nlohmann throws out_of_range (no position) for a number past the
    // range of a double; it escaped as an internal error.
    try {
        (void)readers::read_structure_json("{\"version\": 1,\n \"x\": 2e400}", "big.json");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.where().file, "big.json");
        EXPECT_EQ(e.where().line, 2u);
        EXPECT_NE(std::string(e.what()).find("2e400 is too large"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace banmian

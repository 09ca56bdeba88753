// detect_structure_owned (frees the text before assembly) gives the same page as
// detect_structure on every dev corpus page.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "assemble/detect.hpp"
#include "decode/decode.hpp"
#include "writers/json_writer.hpp"

namespace banmian {
namespace {

TEST(OwnedText, SamePageAsTheViewPathOnDevPages) {
    int pages = 0;
    for (const auto& entry : std::filesystem::directory_iterator(BANMIAN_DEV_CORPUS)) {
        if (entry.path().extension() != ".txt") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buf;
        buf << in.rdbuf();
        decode::DecodedText decoded;
        try {
            decoded = decode::decode_owned(buf.str(), {}, entry.path().string());
        } catch (const std::exception&) {
            continue;  // pages the decoder rejects are covered elsewhere
        }
        const std::string name = entry.path().filename().string();
        const std::string viewed =
            writers::write_structure_json(assemble::detect_structure(decoded.text, name));
        const std::string owned =
            writers::write_structure_json(assemble::detect_structure_owned(decoded.text, name));
        EXPECT_EQ(viewed, owned) << name;
        ++pages;
    }
    EXPECT_GT(pages, 0);
}

}  // namespace
}  // namespace banmian

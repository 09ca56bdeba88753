// Every page of the shared dev corpus decodes with the encoding, BOM and line ends its
// manifest records (the Big5 page must come out Big5, the GB18030 pages GB18030).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "decode/decode.hpp"

namespace banmian::decode {
namespace {

const std::string kCorpus = std::string(BANMIAN_SHARED_DIR) + "/corpus/dev/";

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The manifest's Python codec names -> the names decode_text reports.
std::string reported_name(const std::string& manifest_encoding) {
    if (manifest_encoding == "utf-8" || manifest_encoding == "utf-8-sig") return "UTF-8";
    if (manifest_encoding == "gb18030") return "GB18030";
    if (manifest_encoding == "big5") return "Big5";
    return "unexpected manifest encoding " + manifest_encoding;
}

TEST(Corpus, EveryDevPageDecodesAsItsManifestSays) {
    const auto manifest = nlohmann::json::parse(read_all(kCorpus + "manifest.json"));
    ASSERT_GE(manifest.at("pages").size(), 9u);
    for (const auto& page : manifest.at("pages")) {
        const std::string name = page.at("name");
        SCOPED_TRACE(name);
        const DecodedText d = decode_text(read_all(kCorpus + name), {}, name);
        EXPECT_EQ(d.encoding, reported_name(page.at("encoding")));
        EXPECT_EQ(d.had_bom, page.at("bom").get<bool>());
        EXPECT_EQ(d.newline, page.at("newline").get<std::string>());
        EXPECT_EQ(d.text.find('\r'), std::string::npos);
        EXPECT_EQ(d.text.find("\xEF\xBF\xBD"), std::string::npos);  // no U+FFFD
    }
}

}  // namespace
}  // namespace banmian::decode

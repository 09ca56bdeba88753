// Genre on the dev corpus: the one article whose page text shows its form (rmrb-20170423-06,
// a question-and-answer interview under "…接受本报专访") gets it, by either piece of evidence
// alone; every other article stays unknown, since the column rubrics that named the opinion
// pieces (（和音）, （金台潮声）…) were dropped from these pages (manifest.json,
// column_labels_dropped).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "assemble/detect.hpp"
#include "assemble/genre.hpp"
#include "decode/decode.hpp"

namespace banmian {
namespace {

namespace fs = std::filesystem;
using model::Genre;

model::Page detect(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    const decode::DecodedText decoded = decode::decode_owned(buf.str(), {}, path.string());
    return assemble::detect_structure(decoded.text, path.filename().string());
}

const fs::path kDev = fs::path(BANMIAN_SHARED_DIR) / "corpus/dev";

TEST(GenreCorpus, OnlyTheInterviewOnTheDevPages) {
    // Hand-checked: page -> {article index -> genre}; every other article is unknown.
    const std::map<std::string, std::map<std::size_t, Genre>> expected = {
        {"rmrb-20170423-06.txt", {{1, Genre::Interview}}}};
    int pages = 0;
    for (const auto& entry : fs::directory_iterator(kDev)) {
        if (entry.path().extension() != ".txt") continue;
        const std::string name = entry.path().filename().string();
        const model::Page page = detect(entry.path());
        const auto it = expected.find(name);
        for (std::size_t i = 0; i < page.articles.size(); ++i) {
            std::optional<Genre> want;
            if (it != expected.end() && it->second.count(i)) want = it->second.at(i);
            EXPECT_EQ(page.articles[i].genre, want)
                << name << " article " << i + 1 << " " << page.articles[i].headline;
        }
        ++pages;
    }
    EXPECT_EQ(pages, 10);
}

TEST(GenreCorpus, InterviewByKickerAloneAndByQuestionsAlone) {
    const model::Page page = detect(kDev / "rmrb-20170423-06.txt");
    ASSERT_EQ(page.articles.size(), 2u);
    const model::Article& interview = page.articles[1];
    ASSERT_TRUE(interview.kicker.has_value());
    model::Article kicker_only = interview;
    std::erase_if(kicker_only.blocks, [](const model::Block& b) {
        const auto* p = std::get_if<model::Paragraph>(&b);
        return p != nullptr && p->text.starts_with("记者：");
    });
    ASSERT_LT(kicker_only.blocks.size(), interview.blocks.size()) << "the questions are there";
    EXPECT_EQ(assemble::detect_genre(kicker_only, {}), Genre::Interview);
    model::Article questions_only = interview;
    questions_only.kicker.reset();
    EXPECT_EQ(assemble::detect_genre(questions_only, {}), Genre::Interview);
    questions_only.blocks = kicker_only.blocks;
    EXPECT_EQ(assemble::detect_genre(questions_only, {}), std::nullopt);
}

}  // namespace
}  // namespace banmian

// Page metadata (publication, date, page, language) in structure JSON: the writer's optional
// "meta" object, the reader's checks, and the command line overriding what any reader found.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "model/iso_date.hpp"
#include "pipeline/convert.hpp"
#include "readers/json_reader.hpp"
#include "writers/jats_writer.hpp"
#include "writers/json_writer.hpp"
#include "writers/newsml_writer.hpp"

namespace banmian {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A one-article page (text written for this test) with the given metadata.
model::Page page_with(const model::PageMeta& meta) {
    model::Page page;
    page.meta = meta;
    model::Article a;
    a.headline = "易地搬迁搬出新愿景";
    a.dateline = "本报长沙11月25日讯";
    a.bylines = {{"袁勇杰", model::Role::Reporter, {}}};
    a.blocks.push_back(model::Paragraph{"新区建成后，居民陆续搬进新居。", {}});
    page.articles.push_back(a);
    return page;
}

model::PageMeta full_meta() { return {"page.txt", "湖南日报", "2024-11-25", "05", "zh-CN"}; }

// The structure JSON of page with the top-level "meta" replaced by meta_text (raw JSON).
std::string json_with_meta(const std::string& meta_text) {
    json doc = json::parse(writers::write_structure_json(page_with({})));
    doc["meta"] = json::parse(meta_text);
    return doc.dump(2);
}

TEST(IsoDate, AcceptsWhatDateOptionAccepts) {
    for (const char* ok : {"2023-07-11", "2024-02-29", "1949-10-01", "2024-12-31", "0001-01-01"}) {
        EXPECT_TRUE(model::is_iso_date(ok)) << ok;
    }
}

TEST(IsoDate, RejectsOtherForms) {
    for (const char* bad :
         {"", "2023-7-11", "2023-07-1", "23-07-11", "2023/07/11", "2023-13-01", "2023-00-10",
          "2023-07-00", "2023-07-32", "2023-07-11T00:00:00Z", " 2023-07-11", "2023-07-11 ",
          "２０２３-07-11", "2023年7月11日", "abcd-ef-gh"}) {
        EXPECT_FALSE(model::is_iso_date(bad)) << bad;
    }
}

TEST(MetaWriter, NoMetaObjectWhenNothingIsKnown) {
    model::PageMeta meta;
    meta.source = "page.txt";  // the source stays at the top level, never in "meta"
    const std::string out = writers::write_structure_json(page_with(meta));
    const json doc = json::parse(out);
    EXPECT_FALSE(doc.contains("meta"));
    EXPECT_EQ(out.find("\"meta\""), std::string::npos);
    EXPECT_EQ(doc.at("source"), "page.txt");
}

TEST(MetaWriter, OnlyKnownFieldsInFixedOrder) {
    model::PageMeta meta;
    meta.source = "page.txt";
    meta.publication = "人民日报";
    meta.page = "A3";
    const std::string out = writers::write_structure_json(page_with(meta));
    const json doc = json::parse(out);
    ASSERT_TRUE(doc.contains("meta"));
    EXPECT_EQ(doc["meta"], json({{"publication", "人民日报"}, {"page", "A3"}}));
    // After "source", before "articles"; keys in the order publication, date, page, language.
    EXPECT_LT(out.find("\"source\""), out.find("\"meta\""));
    EXPECT_LT(out.find("\"meta\""), out.find("\"articles\""));
    const std::string all = writers::write_structure_json(page_with(full_meta()));
    // The nested object is laid out as nlohmann's dump lays it out, like the rest of the file.
    EXPECT_EQ(nlohmann::ordered_json::parse(all).dump(2) + "\n", all);
    EXPECT_LT(all.find("\"publication\""), all.find("\"date\""));
    EXPECT_LT(all.find("\"date\""), all.find("\"page\""));
    EXPECT_LT(all.find("\"page\""), all.find("\"language\""));
}

TEST(MetaReader, RoundTripKeepsEveryField) {
    const std::string out = writers::write_structure_json(page_with(full_meta()));
    const model::Page back = readers::read_structure_json(out, "page.json");
    EXPECT_EQ(back.meta, full_meta());
    EXPECT_EQ(writers::write_structure_json(back), out);
}

TEST(MetaReader, JsonWithoutMetaStillReads) {
    const std::string out = writers::write_structure_json(page_with({"page.txt", "", "", "", ""}));
    const model::Page back = readers::read_structure_json(out, "page.json");
    EXPECT_EQ(back.meta, model::PageMeta({"page.txt", "", "", "", ""}));
    EXPECT_EQ(back.articles.size(), 1u);
}

TEST(MetaReader, NullAndUnknownFieldsAreLenient) {
    const model::Page back = readers::read_structure_json(
        json_with_meta(R"({"publication": null, "date": "2024-11-25", "edition": "海外版"})"),
        "page.json");
    EXPECT_EQ(back.meta.publication, "");
    EXPECT_EQ(back.meta.date, "2024-11-25");
    const model::Page null_meta = readers::read_structure_json(json_with_meta("null"), "p.json");
    EXPECT_EQ(null_meta.meta.date, "");
}

struct BadMeta {
    const char* meta;   // raw JSON for "meta"
    const char* where;  // the path the message must name
};

TEST(MetaReader, MalformedMetaNamesFileAndField) {
    const std::vector<BadMeta> cases = {
        {R"("湖南日报")", "meta: must be an object"},
        {R"([1, 2])", "meta: must be an object"},
        {R"({"date": "2024-11-5"})", "meta.date: must be an ISO 8601 date"},
        {R"({"date": "2024/11/25"})", "meta.date: must be an ISO 8601 date"},
        {R"({"date": 20241125})", "meta.date: must be a string"},
        {R"({"publication": ["湖南日报"]})", "meta.publication: must be a string"},
        {R"({"page": 5})", "meta.page: must be a string"},
        {R"({"language": true})", "meta.language: must be a string"},
    };
    for (const auto& c : cases) {
        try {
            readers::read_structure_json(json_with_meta(c.meta), "edited.json");
            ADD_FAILURE() << "no error for meta " << c.meta;
        } catch (const Error& e) {
            EXPECT_EQ(e.where().file, "edited.json") << c.meta;
            EXPECT_NE(std::string(e.what()).find(c.where), std::string::npos)
                << c.meta << " gave: " << e.what();
        }
    }
}

// Writes page in each readable format into a fresh folder; the paths, in the order
// json, newsml, jats.
class Precedence : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("banmian-meta-" +
                std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        const model::Page page = page_with(full_meta());
        writers::WriterOptions options;
        options.timestamp = 1700000000;
        write_file_atomically(dir_ / "page.json", writers::write_structure_json(page));
        write_file_atomically(dir_ / "page.newsml.xml", writers::write_newsml(page, options));
        write_file_atomically(dir_ / "page.jats.xml", writers::write_jats(page, options));
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::vector<fs::path> inputs() const {
        return {dir_ / "page.json", dir_ / "page.newsml.xml", dir_ / "page.jats.xml"};
    }

    fs::path dir_;
};

TEST_F(Precedence, InputMetaKeptWithoutOptions) {
    for (const auto& input : inputs()) {
        const model::Page page = pipeline::read_page(input, "", {}, {});
        EXPECT_EQ(page.meta, full_meta()) << input;
    }
}

TEST_F(Precedence, OptionsOverrideEveryReader) {
    const pipeline::MetaOverrides overrides{"人民日报", "2023-07-11", "", "zh-TW"};
    for (const auto& input : inputs()) {
        const model::Page page = pipeline::read_page(input, "", {}, overrides);
        EXPECT_EQ(page.meta.publication, "人民日报") << input;
        EXPECT_EQ(page.meta.date, "2023-07-11") << input;
        EXPECT_EQ(page.meta.page, "05") << input;  // not given: the input's value stays
        EXPECT_EQ(page.meta.language, "zh-TW") << input;
        EXPECT_EQ(page.meta.source, "page.txt") << input;
    }
}

}  // namespace
}  // namespace banmian

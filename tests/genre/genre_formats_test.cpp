// The genre in every format that carries it: structure JSON ("genre"), NewsML-G2 (<genre
// qcode="genre:…"/> in contentMeta) and JATS (IPTC subject in article-categories, article-type
// "editorial" for opinion). Outputs validate against the official schemas and read back to the
// same genre; unknown genres write nothing.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "pipeline/validate.hpp"
#include "readers/jats_reader.hpp"
#include "readers/json_reader.hpp"
#include "readers/newsml_reader.hpp"
#include "writers/jats_writer.hpp"
#include "writers/json_writer.hpp"
#include "writers/newsml_writer.hpp"

namespace banmian {
namespace {

using model::Genre;

// An opinion piece, an interview and a news story of unknown genre, with page metadata.
model::Page three_genres() {
    model::Page page;
    page.meta = {"genres.txt", "人民日报", "2017-04-23", "06", "zh-CN"};
    const std::vector<std::pair<std::string, std::optional<Genre>>> articles = {
        {"让好政策落地生根", Genre::Opinion},
        {"人民海军实现战略转型", Genre::Interview},
        {"山间小路变通途", std::nullopt}};
    for (const auto& [headline, genre] : articles) {
        model::Article a;
        a.headline = headline;
        a.blocks.push_back(model::Paragraph{"正文。", {}});
        a.genre = genre;
        page.articles.push_back(a);
    }
    page.articles[1].kicker = "海军军事学术研究所研究员张军社接受本报专访";
    return page;
}

writers::WriterOptions options() {
    writers::WriterOptions o;
    o.timestamp = 1700000000;
    return o;
}

pipeline::Validator& validator() {
    static pipeline::Validator v(
        pipeline::schemas_in(std::filesystem::path(BANMIAN_SHARED_DIR) / "schemas"));
    return v;
}

// The string values of the nodes an XPath selects (prefix n: NewsML-G2).
std::vector<std::string> xpath(const std::string& xml, const std::string& expr) {
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.xml", nullptr,
                      XML_PARSE_NONET),
        xmlFreeDoc);
    std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(
        xmlXPathNewContext(doc.get()), xmlXPathFreeContext);
    xmlXPathRegisterNs(ctx.get(), BAD_CAST "n", BAD_CAST "http://iptc.org/std/nar/2006-10-01/");
    std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> r(
        xmlXPathEvalExpression(BAD_CAST expr.c_str(), ctx.get()), xmlXPathFreeObject);
    std::vector<std::string> out;
    EXPECT_TRUE(r != nullptr) << expr;
    if (!r || r->nodesetval == nullptr) return out;
    for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
        const xmlNode* node = r->nodesetval->nodeTab[i];
        if (node->type == XML_ELEMENT_NODE && expr.ends_with("/*")) {
            out.emplace_back(reinterpret_cast<const char*>(node->name));  // element names
            continue;
        }
        xmlChar* s = xmlXPathCastNodeToString(r->nodesetval->nodeTab[i]);
        out.emplace_back(reinterpret_cast<const char*>(s));
        xmlFree(s);
    }
    return out;
}

std::vector<std::optional<Genre>> genres(const model::Page& page) {
    std::vector<std::optional<Genre>> out;
    for (const auto& a : page.articles) out.push_back(a.genre);
    return out;
}

// Replaces the first occurrence of from (which must occur) in text.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

TEST(GenreJson, ExtraFieldOnlyWhenKnown) {
    const model::Page page = three_genres();
    const std::string json = writers::write_structure_json(page);
    EXPECT_NE(json.find("\"genre\": \"opinion\""), std::string::npos);
    EXPECT_NE(json.find("\"genre\": \"interview\""), std::string::npos);
    std::size_t count = 0;
    for (auto at = json.find("\"genre\""); at != std::string::npos;
         at = json.find("\"genre\"", at + 1)) {
        ++count;
    }
    EXPECT_EQ(count, 2u) << "no field (and no null) for the article of unknown genre";
    const model::Page back = readers::read_structure_json(json, "g.json");
    EXPECT_EQ(genres(back), genres(page));
    EXPECT_EQ(writers::write_structure_json(back), json);
}

TEST(GenreJson, ReaderLenientWithOtherVocabulariesStrictWithTypes) {
    const std::string base = writers::write_structure_json(three_genres());
    const auto read = [](const std::string& json) {
        return readers::read_structure_json(json, "g.json").articles[0].genre;
    };
    EXPECT_EQ(read(replaced(base, "\"genre\": \"opinion\"", "\"genre\": \"news\"")), std::nullopt);
    EXPECT_EQ(read(replaced(base, "\"genre\": \"opinion\"", "\"genre\": null")), std::nullopt);
    EXPECT_THROW(read(replaced(base, "\"genre\": \"opinion\"", "\"genre\": 3")), Error);
}

TEST(GenreNewsml, GenreElementAfterLanguageValidAndReadBack) {
    const model::Page page = three_genres();
    const std::string xml = writers::write_newsml(page, options());
    const pipeline::Validation v = validator().validate(xml, "g.newsml.xml");
    EXPECT_TRUE(v.valid()) << (v.problems.empty() ? "" : v.problems[0].message);
    const std::string items = "/n:newsMessage/n:itemSet/n:newsItem";
    EXPECT_EQ(xpath(xml, items + "[1]/n:contentMeta/n:genre/@qcode"),
              std::vector<std::string>{"genre:Opinion"});
    EXPECT_EQ(xpath(xml, items + "[2]/n:contentMeta/n:genre/@qcode"),
              std::vector<std::string>{"genre:Interview"});
    EXPECT_TRUE(xpath(xml, items + "[3]/n:contentMeta/n:genre").empty());
    // IPTC's catalog declares the alias, so the item declares no genre scheme of its own.
    EXPECT_TRUE(xpath(xml, items + "[1]/n:catalog/n:scheme[@alias='genre']").empty());
    EXPECT_EQ(xpath(xml, items + "[1]/n:catalogRef/@href"),
              std::vector<std::string>{
                  "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"});
    const auto meta = xpath(xml, items + "[2]/n:contentMeta/*");
    const auto at = std::find(meta.begin(), meta.end(), "genre");
    ASSERT_NE(at, meta.end());
    EXPECT_EQ(*(at - 1), "language");
    EXPECT_EQ(*(at + 1), "headline");
    const model::Page back = readers::read_newsml(xml, "g.newsml.xml");
    EXPECT_EQ(genres(back), genres(page));
    EXPECT_EQ(writers::write_newsml(back, options()), xml);
}

TEST(GenreNewsml, ReaderTakesIptcSpellingsAndSkipsUnknownCodes) {
    const std::string xml = writers::write_newsml(three_genres(), options());
    const auto first = [](const std::string& x) {
        return readers::read_newsml(x, "g.newsml.xml").articles[0].genre;
    };
    // IPTC's own example writes genre:interview in lower case.
    EXPECT_EQ(first(replaced(xml, "genre:Opinion", "genre:interview")), Genre::Interview);
    EXPECT_EQ(first(replaced(xml, "<genre qcode=\"genre:Opinion\"/>",
                             "<genre qcode=\"genre:Current\"/><genre qcode=\"genre:Opinion\"/>")),
              Genre::Opinion);
    EXPECT_EQ(first(replaced(xml, "qcode=\"genre:Opinion\"",
                             "uri=\"http://cv.iptc.org/newscodes/genre/Opinion\"")),
              Genre::Opinion);
    EXPECT_EQ(first(replaced(xml, "genre:Opinion", "genre:Current")), std::nullopt);
}

TEST(GenreJats, SubjectAndArticleTypeValidAndReadBack) {
    const model::Page page = three_genres();
    const std::string xml = writers::write_jats(page, options());
    const pipeline::Validation v = validator().validate(xml, "g.jats.xml");
    EXPECT_TRUE(v.valid()) << (v.problems.empty() ? "" : v.problems[0].message);
    EXPECT_EQ(xpath(xml, "/article/sub-article/@article-type"),
              (std::vector<std::string>{"editorial", "news", "news"}));
    const std::string group =
        "/front-stub/article-categories/subj-group[@vocab-identifier="
        "'http://cv.iptc.org/newscodes/genre/']/subject/@vocab-term";
    EXPECT_EQ(xpath(xml, "/article/sub-article[1]" + group), std::vector<std::string>{"Opinion"});
    EXPECT_EQ(xpath(xml, "/article/sub-article[2]" + group), std::vector<std::string>{"Interview"});
    EXPECT_TRUE(xpath(xml, "/article/sub-article[3]/front-stub/article-categories").empty());
    // front-stub order: article-id, article-categories, title-group.
    EXPECT_EQ(xpath(xml, "/article/sub-article[2]/front-stub/*"),
              (std::vector<std::string>{"article-id", "article-categories", "title-group"}));
    const model::Page back = readers::read_jats(xml, "g.jats.xml");
    EXPECT_EQ(genres(back), genres(page));
    EXPECT_EQ(writers::write_jats(back, options()), xml);
}

TEST(GenreJats, ForeignEditorialWithoutAKnownGenreSubjectIsOpinion) {
    const std::string xml = writers::write_jats(three_genres(), options());
    // Another producer's interview marked only by article-type, and its editorial.
    std::string foreign = replaced(xml, "vocab-term=\"Interview\"", "vocab-term=\"Background\"");
    foreign = replaced(foreign, ">Interview</subject>", ">Background</subject>");
    foreign = replaced(foreign, "article-type=\"news\"", "article-type=\"editorial\"");
    const model::Page back = readers::read_jats(foreign, "g.jats.xml");
    EXPECT_EQ(back.articles[1].genre, Genre::Opinion);
    EXPECT_EQ(
        readers::read_jats(replaced(xml, "article-type=\"editorial\"", "article-type=\"news\""),
                           "g.jats.xml")
            .articles[0]
            .genre,
        Genre::Opinion)
        << "the subject alone is enough";
}

}  // namespace
}  // namespace banmian

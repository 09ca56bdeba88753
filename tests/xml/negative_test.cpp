// Bad input and invalid output are caught: file:line messages, non-zero exit, no XXE, and
// reproducible output.
#include <gtest/gtest.h>

#include <cstdlib>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "readers/jats_reader.hpp"
#include "readers/json_reader.hpp"
#include "readers/newsml_reader.hpp"
#include "writers/jats_writer.hpp"
#include "writers/newsml_writer.hpp"
#include "writers/xml_meta.hpp"
#include "xml_support.hpp"

namespace banmian::xmltest {
namespace {

const Case& hand_case() {
    for (const auto& c : all_cases()) {
        if (c.name.rfind("hand_", 0) == 0) return c;
    }
    throw std::runtime_error("no hand-built page");
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const auto pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    if (pos != std::string::npos) text.replace(pos, from.size(), to);
    return text;
}

// 1-based line of the first occurrence of needle.
std::size_t line_of(const std::string& text, const std::string& needle) {
    const auto pos = text.find(needle);
    return 1 + static_cast<std::size_t>(
                   std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
}

TEST(Negative, InvalidNitfInsideNewsmlIsReportedWithLine) {
    // hl2 before hl1 breaks the NITF hedline model; only the driver schema sees it.
    std::string xml = writers::write_newsml(hand_case().page, test_options());
    xml = replace_once(xml, "<hl1>", "<hl2>");
    xml = replace_once(xml, "</hl1>", "</hl2>");
    const auto path = temp_file("bad-hedline.newsml.xml", xml);
    const auto v = validator().validate(xml, path.string());
    ASSERT_FALSE(v.valid());
    EXPECT_EQ(v.problems.front().file, path.string());
    EXPECT_EQ(v.problems.front().line, line_of(xml, "<hedline>") + 1);
    EXPECT_NE(v.problems.front().message.find("hl2"), std::string::npos);
    EXPECT_FALSE(xmllint_newsml_valid(path)) << "xmllint must agree";

    std::string err;
    EXPECT_EQ(run(std::string(BANMIAN_BINARY) + " validate --schemas '" + schemas_dir().string() +
                      "' '" + path.string() + "'",
                  &err),
              1);
    EXPECT_NE(err.find(path.string() + ":" + std::to_string(v.problems.front().line) + ":"),
              std::string::npos)
        << err;
}

TEST(Negative, MissingItemClassIsReported) {
    std::string xml = writers::write_newsml(hand_case().page, test_options());
    xml = replace_once(xml, "<itemClass qcode=\"ninat:composite\"/>", "");
    const auto v = validator().validate(xml, "no-itemclass.newsml.xml");
    ASSERT_FALSE(v.valid());
    EXPECT_GT(v.problems.front().line, 0u);
}

TEST(Negative, InvalidJatsIsReportedWithLine) {
    std::string xml = writers::write_jats(hand_case().page, test_options());
    xml = replace_once(xml, "<article-title>", "<bogus-title>");
    xml = replace_once(xml, "</article-title>", "</bogus-title>");
    const auto path = temp_file("bad-title.jats.xml", xml);
    const auto v = validator().validate(xml, path.string());
    ASSERT_FALSE(v.valid());
    bool names_line = false;
    for (const auto& p : v.problems) names_line |= p.line == line_of(xml, "<bogus-title>");
    EXPECT_TRUE(names_line);
    EXPECT_FALSE(xmllint_jats_valid(path)) << "xmllint must agree";
    std::string err;
    EXPECT_EQ(run(std::string(BANMIAN_BINARY) + " validate --schemas '" + schemas_dir().string() +
                      "' '" + path.string() + "'",
                  &err),
              1);
    EXPECT_NE(err.find(path.string() + ":" + std::to_string(line_of(xml, "<bogus-title>")) + ":"),
              std::string::npos)
        << err;
}

TEST(Negative, MalformedXmlGivesFileAndLine) {
    const std::string xml = "<?xml version=\"1.0\"?>\n<article>\n<front>\n</article>\n";
    try {
        readers::read_jats(xml, "broken.jats.xml");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.where().file, "broken.jats.xml");
        EXPECT_EQ(e.where().line, 4u);
    }
    const auto path = temp_file("broken.newsml.xml", xml);
    std::string err;
    EXPECT_EQ(run(std::string(BANMIAN_BINARY) + " convert '" + path.string() + "' -o '" +
                      path.string() + ".json'",
                  &err),
              1);
    EXPECT_NE(err.find(path.string() + ":4:"), std::string::npos) << err;
    EXPECT_FALSE(std::filesystem::exists(path.string() + ".json")) << "no partial output";
}

TEST(Negative, ExternalEntitiesAreNeverRead) {
    const auto secret = temp_file("secret.txt", "TOP-SECRET-CONTENT");
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY e SYSTEM \"file://" +
        secret.string() +
        "\">]>\n<article><sub-article><front-stub><title-group><article-title>&e;"
        "</article-title></title-group></front-stub></sub-article></article>\n";
    try {
        const model::Page page = readers::read_jats(xml, "xxe.jats.xml");
        FAIL() << "an entity reference was accepted: " << page.articles.at(0).headline;
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()).find("TOP-SECRET"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("&e;"), std::string::npos) << e.what();
    }
    // The validator reads documents the same way.
    const auto v = validator().validate(xml, "xxe.jats.xml");
    EXPECT_FALSE(v.valid());
}

TEST(Negative, JsonErrorsNameLineAndPath) {
    try {
        readers::read_structure_json("{\n  \"version\": 1,\n  \"articles\": [\n    {,}\n  ]\n}\n",
                                     "bad.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.where().line, 4u) << e.what();
    }
    try {
        readers::read_structure_json(
            R"({"version":1,"articles":[{"headline":"h","blocks":[{"type":"poem","text":"x"}]}]})",
            "bad.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("articles[0].blocks[0].type"), std::string::npos)
            << e.what();
    }
    EXPECT_THROW(readers::read_structure_json(R"({"version":2,"articles":[]})", "v2.json"), Error);
}

TEST(Negative, MissingSchemasSayWhereToGetThem) {
    std::string err;
    EXPECT_EQ(run(std::string("BANMIAN_SCHEMAS= XML_CATALOG_FILES= ") + BANMIAN_BINARY +
                      " validate --schemas /nonexistent/schemas x.newsml.xml",
                  &err),
              1);
    EXPECT_NE(err.find("@jats4r/dtds"), std::string::npos) << err;
    EXPECT_NE(err.find("github.com/iptc/newsml-g2"), std::string::npos) << err;
}

// Schemas found without --schemas: through the project's catalog (build/schemas/catalog.xml,
// NewsML by URN, JATS by public identifier) and through the JATS-only catalog in
// ../shared/schemas, from a folder where ../shared/schemas does not exist.
TEST(SchemaDiscovery, XmlCatalogFilesFindBothSchemas) {
    const auto& page = hand_case().page;
    const auto newsml =
        temp_file("cat/page.newsml.xml", writers::write_newsml(page, test_options()));
    const auto jats = temp_file("cat/page.jats.xml", writers::write_jats(page, test_options()));
    for (const std::string& catalog :
         {std::string(BANMIAN_CATALOG_FILE),
          (schemas_dir() / "jats/archiving-1.4-dtd/catalog.xml").string()}) {
        std::string out;
        EXPECT_EQ(
            run("cd / && BANMIAN_SCHEMAS= XML_CATALOG_FILES='" + catalog + "' " + BANMIAN_BINARY +
                    " validate '" + newsml.string() + "' '" + jats.string() + "'",
                &out),
            0)
            << catalog << "\n"
            << out;
        EXPECT_NE(out.find("valid, NewsML-G2"), std::string::npos) << out;
        EXPECT_NE(out.find("valid, JATS"), std::string::npos) << out;
    }
    std::string out;
    EXPECT_EQ(run("cd / && BANMIAN_SCHEMAS='" + schemas_dir().string() + "' XML_CATALOG_FILES= " +
                      BANMIAN_BINARY + " validate '" + jats.string() + "'",
                  &out),
              0)
        << out;
}

TEST(Negative, TextXmlCannotCarryIsRefusedNotWritten) {
    model::Page page = hand_case().page;
    page.meta.source = "ctl.json";
    std::get<model::Paragraph>(page.articles.at(0).blocks.at(0)).text =
        "form\x0c"
        "feed";
    for (int format = 0; format < 2; ++format) {
        try {
            (void)(format == 0 ? writers::write_newsml(page, test_options())
                               : writers::write_jats(page, test_options()));
            FAIL() << "a form feed was written into XML";
        } catch (const Error& e) {
            EXPECT_EQ(e.where().file, "ctl.json");
            EXPECT_NE(std::string(e.what()).find("article 1 paragraph"), std::string::npos)
                << e.what();
        }
    }
    page.articles.at(0).headline = std::string("bad \xE4\xB8", 6);  // truncated UTF-8
    EXPECT_THROW(writers::write_newsml(page, test_options()), Error);
}

TEST(Reproducible, SameInputSameBytes) {
    const auto& page = hand_case().page;
    EXPECT_EQ(writers::write_newsml(page, test_options()),
              writers::write_newsml(page, test_options()));
    EXPECT_EQ(writers::write_jats(page, test_options()), writers::write_jats(page, test_options()));
}

TEST(Reproducible, DateOrSourceDateEpochFixTheClock) {
    model::Page page = hand_case().page;
    writers::WriterOptions options;  // no timestamp
    EXPECT_EQ(writers::creation_time(page.meta, options), "2025-11-26T00:00:00Z");
    page.meta.date.clear();
    ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    EXPECT_EQ(writers::creation_time(page.meta, options), "2023-11-14T22:13:20Z");
    EXPECT_EQ(writers::write_newsml(page, options), writers::write_newsml(page, options));
    ::unsetenv("SOURCE_DATE_EPOCH");
    EXPECT_EQ(writers::format_utc(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(writers::format_utc(951782400), "2000-02-29T00:00:00Z");
}

TEST(Reproducible, CliOutputIsByteIdentical) {
    const std::string in = "'" + (shared_dir() / "corpus/dev/rmrb-20230711-05.txt").string() + "'";
    for (const std::string ext : {".newsml.xml", ".jats.xml"}) {
        const auto a = temp_file("rep-a" + ext, "");
        const auto b = temp_file("rep-b" + ext, "");
        const std::string args = " --publication 人民日报 --date 2023-07-11 --page 05";
        ASSERT_EQ(
            run(std::string(BANMIAN_BINARY) + " convert " + in + " -o '" + a.string() + "'" + args),
            0);
        ASSERT_EQ(
            run(std::string(BANMIAN_BINARY) + " convert " + in + " -o '" + b.string() + "'" + args),
            0);
        EXPECT_EQ(read_file_bytes(a), read_file_bytes(b));
        if (ext == ".newsml.xml") {
            EXPECT_NE(read_file_bytes(a).find("<versionCreated>2023-07-11T00:00:00Z<"),
                      std::string::npos);
        }
    }
}

TEST(Ids, DeterministicFromPublicationDatePagePosition) {
    model::PageMeta meta;
    meta.publication = "人民日报 海外版";
    meta.date = "2023-07-11";
    meta.page = "05";
    writers::WriterOptions o;
    o.id_prefix = "urn:example";
    EXPECT_EQ(writers::page_guid(meta, o), "urn:example:人民日报海外版:2023-07-11:05");
    EXPECT_EQ(writers::article_guid(meta, o, 2),
              "urn:example:人民日报海外版:2023-07-11:05:article-3");
    model::PageMeta bare;
    bare.source = "hunan-daily-page.txt";
    EXPECT_EQ(writers::page_guid(bare, o), "urn:example:hunan-daily-page");
}

TEST(Readers, PrettyPrintedTextFromOtherToolsIsJoined) {
    const std::string xml =
        "<article><sub-article><front-stub><title-group><article-title>\n    城市新建\n    公园"
        "\n  </article-title></title-group></front-stub><body><p>Two  spaces\n   and a break"
        "</p></body></sub-article></article>";
    const model::Page page = readers::read_jats(xml, "pretty.jats.xml");
    ASSERT_EQ(page.articles.size(), 1u);
    EXPECT_EQ(page.articles[0].headline, "城市新建公园");
    EXPECT_EQ(std::get<model::Paragraph>(page.articles[0].blocks.at(0)).text,
              "Two  spaces and a break");
}

TEST(Readers, JatsPubDateFromPartsOrRefused) {
    const auto page_with = [](const std::string& pub_date) {
        return "<article><front><article-meta>" + pub_date +
               "</article-meta></front><sub-article><front-stub><title-group><article-title>"
               "标题</article-title></title-group></front-stub></sub-article></article>";
    };
    // Parts without leading zeros, as a person writes them, make a full ISO date.
    EXPECT_EQ(readers::read_jats(page_with("<pub-date><day>5</day><month>7</month>"
                                           "<year>2023</year></pub-date>"),
                                 "parts.jats.xml")
                  .meta.date,
              "2023-07-05");
    // A date without its day is refused where it stands, not passed on half-made.
    try {
        readers::read_jats(page_with("<pub-date>\n<month>7</month><year>2023</year></pub-date>"),
                           "partial.jats.xml");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.where().file, "partial.jats.xml");
        EXPECT_NE(std::string(e.what()).find("pub-date must be a full date"), std::string::npos)
            << e.what();
        EXPECT_NE(std::string(e.what()).find("\"2023-07-\""), std::string::npos) << e.what();
    }
}

TEST(Language, GuessedFromScriptWhenNotGiven) {
    model::Page page;
    page.articles.push_back({});
    page.articles[0].headline = "這是國際新聞";
    EXPECT_EQ(writers::language_tag(page), "zh-Hant");
    page.articles[0].headline = "这是国际新闻";
    EXPECT_EQ(writers::language_tag(page), "zh-Hans");
    page.articles[0].headline = "ABC";
    EXPECT_EQ(writers::language_tag(page), "zh");
    page.meta.language = "zh-TW";
    EXPECT_EQ(writers::language_tag(page), "zh-TW");
    EXPECT_EQ(writers::role_word(model::Role::Reporter, "zh-Hant"), "記者");
}

TEST(Dateline, SplitIntoOrganisationPlaceDate) {
    const auto p = writers::split_dateline("新华社北京3月12日电");
    EXPECT_EQ(p.prefix, "新华社");
    EXPECT_EQ(p.location, "北京");
    EXPECT_EQ(p.date, "3月12日");
    EXPECT_EQ(p.rest, "电");
    const auto q = writers::split_dateline("本报讯");
    EXPECT_EQ(q.prefix, "本报讯");
    EXPECT_TRUE(q.location.empty() && q.date.empty() && q.rest.empty());
}

}  // namespace
}  // namespace banmian::xmltest

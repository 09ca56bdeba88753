// Every page's NewsML-G2 and JATS output validates against the official schemas in-process,
// and xmllint (the README's commands) agrees.
#include <gtest/gtest.h>

#include "writers/jats_writer.hpp"
#include "writers/newsml_writer.hpp"
#include "xml_support.hpp"

namespace banmian::xmltest {
namespace {

class ValidOutput : public ::testing::TestWithParam<std::size_t> {
  protected:
    const Case& page_case() const { return all_cases()[GetParam()]; }
};

std::string problems_text(const pipeline::Validation& v) {
    std::string out;
    for (const auto& p : v.problems) out += pipeline::format_problem(p) + "\n";
    return out;
}

TEST_P(ValidOutput, NewsmlValidatesInProcessAndWithXmllint) {
    const Case& c = page_case();
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    const std::string xml = writers::write_newsml(c.page, test_options());
    const auto path = temp_file(c.name + ".newsml.xml", xml);
    const pipeline::Validation v = validator().validate(xml, path.string());
    EXPECT_TRUE(v.valid()) << problems_text(v);
    EXPECT_NE(v.schema.find("NewsML-G2"), std::string::npos);
    EXPECT_EQ(v.valid(), xmllint_newsml_valid(path)) << "libxml2 in-process and xmllint disagree";
}

TEST_P(ValidOutput, JatsValidatesInProcessAndWithXmllint) {
    const Case& c = page_case();
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    const std::string xml = writers::write_jats(c.page, test_options());
    const auto path = temp_file(c.name + ".jats.xml", xml);
    const pipeline::Validation v = validator().validate(xml, path.string());
    EXPECT_TRUE(v.valid()) << problems_text(v);
    EXPECT_NE(v.schema.find("JATS"), std::string::npos);
    EXPECT_EQ(v.valid(), xmllint_jats_valid(path)) << "libxml2 in-process and xmllint disagree";
}

TEST_P(ValidOutput, NoNamedEntitiesAndUtf8Declared) {
    const Case& c = page_case();
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    for (const std::string& xml : {writers::write_newsml(c.page, test_options()),
                                   writers::write_jats(c.page, test_options())}) {
        EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
        // Only the five XML escapes may appear as entity references.
        for (std::size_t pos = xml.find('&'); pos != std::string::npos;
             pos = xml.find('&', pos + 1)) {
            const std::string ref = xml.substr(pos, xml.find(';', pos) - pos + 1);
            EXPECT_TRUE(ref == "&amp;" || ref == "&lt;" || ref == "&gt;" || ref == "&quot;" ||
                        ref == "&apos;")
                << "named entity " << ref << " in " << c.name;
        }
    }
}

std::vector<std::size_t> indices() {
    std::vector<std::size_t> out(all_cases().size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    return out;
}

INSTANTIATE_TEST_SUITE_P(Pages, ValidOutput, ::testing::ValuesIn(indices()),
                         [](const ::testing::TestParamInfo<std::size_t>& param) {
                             return all_cases()[param.param].name;
                         });

TEST(ValidOutput, CoversEveryDevPageAndEveryField) {
    std::size_t text = 0, hand = 0;
    bool kicker = false, subtitle = false, dateline = false, credit = false, no_credit = false,
         intertitle = false;
    std::set<model::Role> roles;
    std::set<model::PageItemKind> kinds;
    for (const auto& c : all_cases()) {
        text += c.name.rfind("txt_", 0) == 0;
        hand += c.name.rfind("hand_", 0) == 0;
        for (const auto& a : c.page.articles) {
            kicker |= a.kicker.has_value();
            subtitle |= a.subtitle.has_value();
            dateline |= a.dateline.has_value();
            for (const auto& b : a.bylines) roles.insert(b.role);
            for (const auto& block : a.blocks) {
                intertitle |= std::holds_alternative<model::Intertitle>(block);
                if (const auto* f = std::get_if<model::Figure>(&block)) {
                    credit |= f->credit.has_value();
                    no_credit |= !f->credit.has_value();
                }
            }
        }
        for (const auto& item : c.page.page_items) kinds.insert(item.kind);
    }
    EXPECT_EQ(text, 10u) << "the dev corpus has 10 pages";
    EXPECT_GE(hand, 1u);
    EXPECT_TRUE(kicker && subtitle && dateline && credit && no_credit && intertitle);
    EXPECT_EQ(roles.size(), 5u) << "every byline role, None included";
    EXPECT_EQ(kinds.size(), 4u) << "every page item kind";
}

}  // namespace
}  // namespace banmian::xmltest

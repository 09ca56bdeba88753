// Nothing detected is lost: every field of the structure JSON appears in each XML output, in
// its semantic element. Checked with XPath, independently of banmian's own readers.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <memory>
#include <set>

#include "writers/jats_writer.hpp"
#include "writers/newsml_writer.hpp"
#include "xml_support.hpp"

namespace banmian::xmltest {
namespace {

// An XPath view of one document with the NewsML-G2 (n:) and NITF (t:) prefixes bound.
class XPathDoc {
  public:
    explicit XPathDoc(const std::string& xml)
        : doc_(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.xml", nullptr,
                             XML_PARSE_NONET)),
          ctx_(xmlXPathNewContext(doc_.get())) {
        xmlXPathRegisterNs(ctx_.get(), BAD_CAST "n",
                           BAD_CAST "http://iptc.org/std/nar/2006-10-01/");
        xmlXPathRegisterNs(ctx_.get(), BAD_CAST "t",
                           BAD_CAST "http://iptc.org/std/NITF/2006-10-18/");
    }
    // The string values of the nodes the expression selects, in document order.
    std::vector<std::string> all(const std::string& expr) {
        std::vector<std::string> out;
        std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> r(
            xmlXPathEvalExpression(BAD_CAST expr.c_str(), ctx_.get()), xmlXPathFreeObject);
        EXPECT_TRUE(r != nullptr) << "bad XPath " << expr;
        if (!r || r->nodesetval == nullptr) return out;
        for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
            xmlChar* s = xmlXPathCastNodeToString(r->nodesetval->nodeTab[i]);
            out.emplace_back(reinterpret_cast<const char*>(s));
            xmlFree(s);
        }
        return out;
    }
    // The local names of the selected nodes (to check the kind of each body element).
    std::vector<std::string> names(const std::string& expr) {
        std::vector<std::string> out;
        std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> r(
            xmlXPathEvalExpression(BAD_CAST expr.c_str(), ctx_.get()), xmlXPathFreeObject);
        if (!r || r->nodesetval == nullptr) return out;
        for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
            out.emplace_back(reinterpret_cast<const char*>(r->nodesetval->nodeTab[i]->name));
        }
        return out;
    }
    std::optional<std::string> one(const std::string& expr) {
        const auto v = all(expr);
        EXPECT_LE(v.size(), 1u) << expr;
        if (v.empty()) return std::nullopt;
        return v.front();
    }

  private:
    struct FreeDoc {
        void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
    };
    struct FreeCtx {
        void operator()(xmlXPathContext* c) const { xmlXPathFreeContext(c); }
    };
    std::unique_ptr<xmlDoc, FreeDoc> doc_;
    std::unique_ptr<xmlXPathContext, FreeCtx> ctx_;
};

std::vector<std::string> expected_names(const model::Article& a) {
    std::vector<std::string> out;
    for (const auto& b : a.blocks)
        out.push_back(b.index() == 0 ? "p" : b.index() == 1 ? "hl2" : "media");
    return out;
}

class NothingLost : public ::testing::TestWithParam<std::size_t> {};

TEST_P(NothingLost, EveryFieldInItsNewsmlElement) {
    const Case& c = all_cases()[GetParam()];
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    XPathDoc x(writers::write_newsml(c.page, test_options()));
    const std::string items = "/n:newsMessage/n:itemSet/";
    EXPECT_EQ(x.all(items + "n:newsItem").size(), c.page.articles.size());
    const auto refs = x.all(items + "n:packageItem/n:groupSet/n:group/n:itemRef/@residref");
    ASSERT_EQ(refs.size(), c.page.articles.size());
    for (std::size_t i = 0; i < c.page.articles.size(); ++i) {
        const model::Article& a = c.page.articles[i];
        const std::string item = items + "n:newsItem[" + std::to_string(i + 1) + "]";
        const std::string meta = item + "/n:contentMeta/";
        const std::string body = item + "/n:contentSet/n:inlineXML/t:nitf/t:body/";
        SCOPED_TRACE(c.name + " article " + std::to_string(i + 1));
        EXPECT_EQ(x.one(item + "/@guid"), refs[i]) << "package order";
        EXPECT_EQ(x.one(meta + "n:headline[not(@role)]"), a.headline);
        EXPECT_EQ(x.one(body + "t:body.head/t:hedline/t:hl1"), a.headline);
        EXPECT_EQ(x.one(meta + "n:headline[@role='bmhrole:kicker']"), a.kicker);
        EXPECT_EQ(x.one(body + "t:body.head/t:hedline/t:hl2[@class='kicker']"), a.kicker);
        EXPECT_EQ(x.one(meta + "n:headline[@role='bmhrole:subtitle']"), a.subtitle);
        EXPECT_EQ(x.one(body + "t:body.head/t:hedline/t:hl2[@class='subtitle']"), a.subtitle);
        EXPECT_EQ(x.one(meta + "n:dateline"), a.dateline);
        EXPECT_EQ(x.one(body + "t:body.head/t:dateline"), a.dateline);
        const auto creators = x.all(meta + "n:creator/n:name");
        const auto persons = x.all(body + "t:body.head/t:byline/t:person");
        ASSERT_EQ(creators.size(), a.bylines.size());
        ASSERT_EQ(persons.size(), a.bylines.size());
        for (std::size_t k = 0; k < a.bylines.size(); ++k) {
            EXPECT_EQ(creators[k], a.bylines[k].name);
            EXPECT_EQ(persons[k], a.bylines[k].name);
            const char* role = model::role_name(a.bylines[k].role);
            EXPECT_EQ(
                x.one(meta + "n:creator[" + std::to_string(k + 1) + "]/@role"),
                role ? std::optional<std::string>(std::string("bmcrole:") + role) : std::nullopt);
        }
        const std::string content = body + "t:body.content/*";
        EXPECT_EQ(x.names(content), expected_names(a));
        const auto texts = x.all(content);
        for (std::size_t k = 0; k < a.blocks.size() && k < texts.size(); ++k) {
            const std::string el =
                content.substr(0, content.size() - 1) + "*[" + std::to_string(k + 1) + "]";
            if (const auto* p = std::get_if<model::Paragraph>(&a.blocks[k])) {
                EXPECT_EQ(texts[k], p->text);
            } else if (const auto* t = std::get_if<model::Intertitle>(&a.blocks[k])) {
                EXPECT_EQ(texts[k], t->text);
            } else {
                const auto& f = std::get<model::Figure>(a.blocks[k]);
                EXPECT_EQ(x.one(el + "[@media-type='image']/t:media-caption"), f.caption);
                EXPECT_EQ(x.one(el + "/t:media-producer"), f.credit);
            }
        }
    }
    std::vector<std::string> items_expected;
    for (const auto& item : c.page.page_items) items_expected.push_back(item.text);
    EXPECT_EQ(
        x.all(items + "n:packageItem/n:contentMeta/n:description[starts-with(@role,'bmpi:')]"),
        items_expected);
    for (std::size_t k = 0; k < c.page.page_items.size(); ++k) {
        EXPECT_EQ(x.one(items + "n:packageItem/n:contentMeta/n:description[" +
                        std::to_string(k + 1) + "]/@role"),
                  std::string("bmpi:") + model::page_item_kind_name(c.page.page_items[k].kind));
    }
}

// Every QCode an item uses (role, rel, qcode attributes) has its scheme alias declared in that
// item's own catalog: IPTC's catalogRef for IPTC schemes, the local catalog for banmian's.
TEST_P(NothingLost, EveryNewsmlQcodeAliasIsDeclaredInItsItem) {
    const Case& c = all_cases()[GetParam()];
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    XPathDoc x(writers::write_newsml(c.page, test_options()));
    // IPTC's catalog.IPTC-G2-Standards_40.xml declares genre (http://cv.iptc.org/newscodes/genre/).
    const std::set<std::string> iptc = {"ninat", "stat", "group", "pgrmod", "genre"};
    const std::size_t items = x.all("/n:newsMessage/n:itemSet/*").size();
    for (std::size_t i = 1; i <= items; ++i) {
        const std::string item = "/n:newsMessage/n:itemSet/*[" + std::to_string(i) + "]";
        const auto declared_list = x.all(item + "/n:catalog/n:scheme/@alias");
        const std::set<std::string> declared(declared_list.begin(), declared_list.end());
        EXPECT_EQ(declared.size(), declared_list.size()) << "an alias declared twice";
        EXPECT_EQ(x.all(item + "/n:catalogRef").size(), 1u);
        std::set<std::string> used;
        for (const auto& code :
             x.all(item + "//@qcode | " + item + "//@role | " + item + "//@rel")) {
            const auto colon = code.find(':');
            ASSERT_NE(colon, std::string::npos) << code;
            used.insert(code.substr(0, colon));
        }
        for (const auto& alias : used) {
            EXPECT_TRUE(declared.count(alias) || iptc.count(alias))
                << c.name << " item " << i << " uses undeclared alias " << alias;
        }
        for (const auto& alias : declared) {
            EXPECT_TRUE(used.count(alias))
                << c.name << " item " << i << " declares unused " << alias;
        }
    }
}

TEST_P(NothingLost, EveryFieldInItsJatsElement) {
    const Case& c = all_cases()[GetParam()];
    if (!c.skip.empty()) GTEST_SKIP() << c.skip;
    XPathDoc x(writers::write_jats(c.page, test_options()));
    EXPECT_EQ(x.all("/article/sub-article").size(), c.page.articles.size());
    for (std::size_t i = 0; i < c.page.articles.size(); ++i) {
        const model::Article& a = c.page.articles[i];
        const std::string sub = "/article/sub-article[" + std::to_string(i + 1) + "]/";
        const std::string titles = sub + "front-stub/title-group/";
        SCOPED_TRACE(c.name + " article " + std::to_string(i + 1));
        EXPECT_EQ(x.one(titles + "article-title"), a.headline);
        EXPECT_EQ(x.one(titles + "subtitle[@content-type='kicker']"), a.kicker);
        EXPECT_EQ(x.one(titles + "subtitle[@content-type='subtitle']"), a.subtitle);
        EXPECT_EQ(
            x.one(sub +
                  "front-stub/custom-meta-group/custom-meta[meta-name='dateline']/meta-value"),
            a.dateline);
        const auto names = x.all(sub + "front-stub/contrib-group/contrib/string-name");
        ASSERT_EQ(names.size(), a.bylines.size());
        for (std::size_t k = 0; k < a.bylines.size(); ++k) {
            EXPECT_EQ(names[k], a.bylines[k].name);
            const char* role = model::role_name(a.bylines[k].role);
            EXPECT_EQ(x.one(sub + "front-stub/contrib-group/contrib[" + std::to_string(k + 1) +
                            "]/role/@vocab-term"),
                      role ? std::optional<std::string>(role) : std::nullopt);
        }
        // Body in reading order: paragraphs, section titles (intertitles) and figures.
        const std::string order =
            sub +
            "body//*[self::p[not(ancestor::caption)] or self::title[parent::sec] or self::fig]";
        const auto kinds = x.names(order);
        const auto texts = x.all(order);
        ASSERT_EQ(kinds.size(), a.blocks.size());
        for (std::size_t k = 0; k < a.blocks.size(); ++k) {
            if (const auto* p = std::get_if<model::Paragraph>(&a.blocks[k])) {
                EXPECT_EQ(kinds[k], "p");
                EXPECT_EQ(texts[k], p->text);
            } else if (const auto* t = std::get_if<model::Intertitle>(&a.blocks[k])) {
                EXPECT_EQ(kinds[k], "title");
                EXPECT_EQ(texts[k], t->text);
            } else {
                EXPECT_EQ(kinds[k], "fig");
            }
        }
        std::vector<std::string> captions, credits;
        for (const auto& b : a.blocks) {
            if (const auto* f = std::get_if<model::Figure>(&b)) {
                captions.push_back(f->caption);
                if (f->credit) credits.push_back(*f->credit);
            }
        }
        EXPECT_EQ(x.all(sub + "body//fig/caption/p"), captions);
        EXPECT_EQ(x.all(sub + "body//fig/attrib"), credits);
    }
    std::vector<std::string> items_expected, kinds_expected;
    for (const auto& item : c.page.page_items) {
        items_expected.push_back(item.text);
        kinds_expected.push_back(model::page_item_kind_name(item.kind));
    }
    EXPECT_EQ(x.all("/article/front/notes[@notes-type='page-items']/p"), items_expected);
    EXPECT_EQ(x.all("/article/front/notes[@notes-type='page-items']/p/@content-type"),
              kinds_expected);
}

std::vector<std::size_t> indices() {
    std::vector<std::size_t> out(all_cases().size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    return out;
}

INSTANTIATE_TEST_SUITE_P(Pages, NothingLost, ::testing::ValuesIn(indices()),
                         [](const ::testing::TestParamInfo<std::size_t>& param) {
                             return all_cases()[param.param].name;
                         });

}  // namespace
}  // namespace banmian::xmltest

// write_structure_json streams its output; these tests hold it byte for byte to the nlohmann
// tree it replaced (kept here as the reference), on pages made to hit every escape, every
// optional field, empty containers, spans known and unknown, and invalid UTF-8.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "writers/json_stream.hpp"
#include "writers/json_writer.hpp"

namespace banmian::writers {
namespace {

using nlohmann::ordered_json;

// --- The reference: the nlohmann ordered_json writer of structure JSON v1. ---
ordered_json optional_text(const std::optional<std::string>& value) {
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

void add_span(ordered_json& node, const model::SourceSpan& span) {
    if (span.known()) node["lines"] = {span.first_line, span.last_line};
}

ordered_json block_json(const model::Block& block) {
    ordered_json node;
    if (const auto* p = std::get_if<model::Paragraph>(&block)) {
        node["type"] = "paragraph";
        node["text"] = p->text;
        add_span(node, p->span);
    } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
        node["type"] = "intertitle";
        node["text"] = t->text;
        add_span(node, t->span);
    } else {
        const auto& f = std::get<model::Figure>(block);
        node["type"] = "figure";
        node["caption"] = f.caption;
        node["credit"] = optional_text(f.credit);
        add_span(node, f.span);
    }
    return node;
}

std::string reference_json(const model::Page& page) {
    ordered_json doc;
    doc["version"] = 1;
    doc["source"] = page.meta.source;
    ordered_json articles = ordered_json::array();
    for (const auto& a : page.articles) {
        ordered_json node;
        node["kicker"] = optional_text(a.kicker);
        node["headline"] = a.headline;
        node["subtitle"] = optional_text(a.subtitle);
        node["dateline"] = optional_text(a.dateline);
        ordered_json bylines = ordered_json::array();
        for (const auto& b : a.bylines) {
            const char* role = model::role_name(b.role);
            bylines.push_back({{"name", b.name}, {"role", role ? ordered_json(role) : nullptr}});
        }
        node["bylines"] = std::move(bylines);
        ordered_json blocks = ordered_json::array();
        for (const auto& block : a.blocks) blocks.push_back(block_json(block));
        node["blocks"] = std::move(blocks);
        add_span(node, a.span);
        articles.push_back(std::move(node));
    }
    doc["articles"] = std::move(articles);
    ordered_json items = ordered_json::array();
    for (const auto& item : page.page_items) {
        ordered_json node{{"type", model::page_item_kind_name(item.kind)}, {"text", item.text}};
        add_span(node, item.span);
        items.push_back(std::move(node));
    }
    doc["page_items"] = std::move(items);
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::strict) + "\n";
}

// --- Pages to compare on. ---

// Every ASCII byte (controls, quote, backslash, DEL) between CJK text.
std::string all_ascii() {
    std::string text = "本报讯";
    for (int c = 0; c < 0x80; ++c) text += static_cast<char>(c);
    return text + "“引号”\xF0\xA0\x80\x80\xEF\xBF\xBF";  // U+20000 and the noncharacter U+FFFF
}

model::Page full_page() {
    model::Page page;
    page.meta.source = "a \"quoted\"\\name.txt";
    model::Article a;
    a.kicker = "引题\t";
    a.headline = all_ascii();
    a.subtitle = std::nullopt;
    a.dateline = "本报长沙11月25日讯";
    a.bylines = {{"王伟健", model::Role::Reporter, {}}, {"贺  勇", model::Role::None, {}}};
    a.blocks.push_back(model::Paragraph{"第一段\n第二行", {3, 4}});
    a.blocks.push_back(model::Intertitle{"小标题", {}});
    a.blocks.push_back(model::Figure{"图为……", std::nullopt, {7, 7}});
    a.blocks.push_back(model::Figure{"柏屹园区", std::string("陈旭东"), {}});
    a.span = {1, 9};
    page.articles.push_back(a);
    model::Article bare;  // no bylines, no blocks, no span: empty arrays
    bare.headline = "";
    page.articles.push_back(bare);
    page.page_items.push_back({model::PageItemKind::Jump, "（下转第五版）", {12, 12}});
    page.page_items.push_back({model::PageItemKind::Advertisement, "广告", {}});
    return page;
}

TEST(JsonStream, EmptyPageMatchesNlohmann) {
    model::Page page;
    EXPECT_EQ(write_structure_json(page), reference_json(page));
}

TEST(JsonStream, FullPageMatchesNlohmann) {
    const model::Page page = full_page();
    EXPECT_EQ(write_structure_json(page), reference_json(page));
}

TEST(JsonStream, RandomTextMatchesNlohmann) {
    // Random strings over bytes that need escaping, ASCII and the pieces of valid UTF-8.
    const std::vector<std::string> pieces = {"\"",   "\\",   "\n",       "\x01",
                                             "\x1f", "\x7f", "a",        "/",
                                             "中",   "　",   "\xC3\xA9", "\xF0\x9F\x93\xB0"};
    std::mt19937 random(3);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    model::Page page;
    for (int i = 0; i < 200; ++i) {
        std::string text;
        for (int j = 0; j < 20; ++j) text += pieces[pick(random)];
        page.page_items.push_back({model::PageItemKind::PageHeader, text, {i + 1, i + 2}});
    }
    EXPECT_EQ(write_structure_json(page), reference_json(page));
}

TEST(JsonStream, InvalidUtf8ThrowsAsNlohmannDoes) {
    for (const std::string bad : {"ab\xC3", "\xED\xA0\x80", "\xC0\xAF", "x\xFFy"}) {
        model::Page page = full_page();
        page.articles[0].headline = bad;
        std::string expected;
        try {
            reference_json(page);
        } catch (const nlohmann::json::type_error& e) {
            expected = e.what();
        }
        ASSERT_FALSE(expected.empty());
        try {
            write_structure_json(page);
            ADD_FAILURE() << "no exception for invalid UTF-8";
        } catch (const nlohmann::json::type_error& e) {
            EXPECT_EQ(std::string(e.what()), expected);
        }
    }
}

TEST(JsonStream, StringEscapesAsRfc8259) {
    std::string out;
    append_json_string(out, std::string("a\"b\\c\x08\x0c\n\r\t\x0b\x7f", 12));
    EXPECT_EQ(out, "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u000b\x7f\"");
}

}  // namespace
}  // namespace banmian::writers

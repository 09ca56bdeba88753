#include "writers/json_writer.hpp"

#include <nlohmann/json.hpp>

namespace banmian::writers {
namespace {

using nlohmann::ordered_json;

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

ordered_json article_json(const model::Article& article) {
    ordered_json node;
    node["kicker"] = optional_text(article.kicker);
    node["headline"] = article.headline;
    node["subtitle"] = optional_text(article.subtitle);
    node["dateline"] = optional_text(article.dateline);
    ordered_json bylines = ordered_json::array();
    for (const auto& b : article.bylines) {
        const char* role = model::role_name(b.role);
        bylines.push_back({{"name", b.name}, {"role", role ? ordered_json(role) : nullptr}});
    }
    node["bylines"] = std::move(bylines);
    ordered_json blocks = ordered_json::array();
    for (const auto& block : article.blocks) blocks.push_back(block_json(block));
    node["blocks"] = std::move(blocks);
    add_span(node, article.span);
    return node;
}

}  // namespace

std::string write_structure_json(const model::Page& page) {
    ordered_json doc;
    doc["version"] = 1;
    doc["source"] = page.meta.source;
    ordered_json articles = ordered_json::array();
    for (const auto& a : page.articles) articles.push_back(article_json(a));
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

}  // namespace banmian::writers

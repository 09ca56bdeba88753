#include "structure_page.hpp"

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace banmian::typeset_test {
namespace {
using json = nlohmann::json;

std::optional<std::string> optional_text(const json& object, const char* key) {
    if (!object.contains(key) || object[key].is_null()) return std::nullopt;
    return object[key].get<std::string>();
}

model::SourceSpan span_of(const json& object) {
    if (!object.contains("lines")) return {};
    return {object["lines"][0].get<int>(), object["lines"][1].get<int>()};
}

}  // namespace

model::Page load_structure_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    const json doc = json::parse(in);
    model::Page page;
    page.meta.source = doc.value("source", path.filename().string());
    for (const auto& a : doc.at("articles")) {
        model::Article article;
        article.kicker = optional_text(a, "kicker");
        article.headline = a.at("headline").get<std::string>();
        article.subtitle = optional_text(a, "subtitle");
        article.dateline = optional_text(a, "dateline");
        article.span = span_of(a);
        for (const auto& b : a.value("bylines", json::array())) {
            model::Byline byline;
            byline.name = b.is_string() ? b.get<std::string>() : b.at("name").get<std::string>();
            if (b.is_object() && b.contains("role") && b["role"].is_string()) {
                byline.role =
                    model::role_from_name(b["role"].get<std::string>()).value_or(model::Role::None);
            }
            article.bylines.push_back(byline);
        }
        for (const auto& b : a.value("blocks", json::array())) {
            const std::string type = b.at("type").get<std::string>();
            if (type == "paragraph") {
                article.blocks.push_back(
                    model::Paragraph{b.at("text").get<std::string>(), span_of(b)});
            } else if (type == "intertitle") {
                article.blocks.push_back(
                    model::Intertitle{b.at("text").get<std::string>(), span_of(b)});
            } else if (type == "figure") {
                article.blocks.push_back(model::Figure{b.at("caption").get<std::string>(),
                                                       optional_text(b, "credit"), span_of(b)});
            }
        }
        page.articles.push_back(std::move(article));
    }
    for (const auto& item : doc.value("page_items", json::array())) {
        model::PageItem page_item;
        page_item.kind = model::page_item_kind_from_name(item.at("type").get<std::string>())
                             .value_or(model::PageItemKind::PageHeader);
        page_item.text = item.at("text").get<std::string>();
        page_item.span = span_of(item);
        page.page_items.push_back(page_item);
    }
    return page;
}

}  // namespace banmian::typeset_test

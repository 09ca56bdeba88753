#include "writers/json_writer.hpp"

#include <utility>

#include "writers/json_stream.hpp"

namespace banmian::writers {
namespace {

// A string, or null when absent.
void optional_text(JsonStream& json, const std::optional<std::string>& value) {
    if (value) {
        json.string(*value);
    } else {
        json.null();
    }
}

// "lines": [first, last] when the span is known.
void add_span(JsonStream& json, const model::SourceSpan& span) {
    if (!span.known()) return;
    json.key("lines");
    json.begin_array();
    json.integer(span.first_line);
    json.integer(span.last_line);
    json.end_array();
}

void write_block(JsonStream& json, const model::Block& block) {
    json.begin_object();
    if (const auto* p = std::get_if<model::Paragraph>(&block)) {
        json.key("type");
        json.string("paragraph");
        json.key("text");
        json.string(p->text);
        add_span(json, p->span);
    } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
        json.key("type");
        json.string("intertitle");
        json.key("text");
        json.string(t->text);
        add_span(json, t->span);
    } else {
        const auto& f = std::get<model::Figure>(block);
        json.key("type");
        json.string("figure");
        json.key("caption");
        json.string(f.caption);
        json.key("credit");
        optional_text(json, f.credit);
        add_span(json, f.span);
    }
    json.end_object();
}

void write_article(JsonStream& json, const model::Article& article) {
    json.begin_object();
    json.key("kicker");
    optional_text(json, article.kicker);
    json.key("headline");
    json.string(article.headline);
    json.key("subtitle");
    optional_text(json, article.subtitle);
    json.key("dateline");
    optional_text(json, article.dateline);
    json.key("bylines");
    json.begin_array();
    for (const auto& b : article.bylines) {
        json.begin_object();
        json.key("name");
        json.string(b.name);
        json.key("role");
        if (const char* role = model::role_name(b.role)) {
            json.string(role);
        } else {
            json.null();
        }
        json.end_object();
    }
    json.end_array();
    json.key("blocks");
    json.begin_array();
    for (const auto& block : article.blocks) write_block(json, block);
    json.end_array();
    // An extra field (structure-json.md: writers may add fields), only where the genre is known.
    if (article.genre) {
        json.key("genre");
        json.string(model::genre_name(*article.genre));
    }
    add_span(json, article.span);
    json.end_object();
}

// "meta": the page's publication, date, page label and language, only those known; nothing
// when none is, so a page converted without --publication/--date/--page/--lang keeps the
// plain v1 shape (structure-json.md: writers may add fields).
void write_meta(JsonStream& json, const model::PageMeta& meta) {
    using Field = std::pair<const char*, const std::string*>;
    const Field fields[] = {
        {"publication", &meta.publication},
        {"date", &meta.date},
        {"page", &meta.page},
        {"language", &meta.language},
    };
    bool open = false;
    for (const auto& [name, value] : fields) {
        if (value->empty()) continue;
        if (!open) {
            json.key("meta");
            json.begin_object();
            open = true;
        }
        json.key(name);
        json.string(*value);
    }
    if (open) json.end_object();
}

// Bytes of text in a block (what the output spends beyond its fixed per-node overhead).
std::size_t block_text_size(const model::Block& block) {
    if (const auto* p = std::get_if<model::Paragraph>(&block)) return p->text.size();
    if (const auto* t = std::get_if<model::Intertitle>(&block)) return t->text.size();
    const auto& f = std::get<model::Figure>(block);
    return f.caption.size() + (f.credit ? f.credit->size() : 0);
}

// An upper estimate of the output size, so the string grows once: text plus a generous fixed
// size per node (unused capacity is never touched, so it costs no resident memory).
std::size_t estimated_size(const model::Page& page) {
    constexpr std::size_t kPerNode = 160;  // keys, indent, span of the deepest node
    std::size_t size = 256 + page.meta.source.size() + kPerNode + page.meta.publication.size() +
                       page.meta.date.size() + page.meta.page.size() + page.meta.language.size();
    for (const auto& a : page.articles) {
        size += kPerNode * 2 + a.headline.size() + (a.kicker ? a.kicker->size() : 0) +
                (a.subtitle ? a.subtitle->size() : 0) + (a.dateline ? a.dateline->size() : 0);
        for (const auto& b : a.bylines) size += kPerNode + b.name.size();
        for (const auto& block : a.blocks) size += kPerNode + block_text_size(block);
    }
    for (const auto& item : page.page_items) size += kPerNode + item.text.size();
    return size + size / 8;  // escapes (\n, \") make text longer
}

}  // namespace

std::string write_structure_json(const model::Page& page) {
    std::string out;
    out.reserve(estimated_size(page));
    JsonStream json(out);
    json.begin_object();
    json.key("version");
    json.integer(1);
    json.key("source");
    json.string(page.meta.source);
    write_meta(json, page.meta);
    json.key("articles");
    json.begin_array();
    for (const auto& a : page.articles) write_article(json, a);
    json.end_array();
    json.key("page_items");
    json.begin_array();
    for (const auto& item : page.page_items) {
        json.begin_object();
        json.key("type");
        json.string(model::page_item_kind_name(item.kind));
        json.key("text");
        json.string(item.text);
        add_span(json, item.span);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    out += '\n';
    return out;
}

}  // namespace banmian::writers

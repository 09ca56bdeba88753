#include "pandoc/pandoc_ast.hpp"

#include <nlohmann/json.hpp>

#include "core/utf8.hpp"

namespace banmian::pandoc {
namespace {
using json = nlohmann::json;

json node(const char* tag, json content) { return json{{"t", tag}, {"c", std::move(content)}}; }
json str(const std::string& text) { return node("Str", text); }
json attr(const std::string& id, std::vector<std::string> classes) {
    return json::array({id, std::move(classes), json::array()});
}
json para(json inlines) { return node("Para", std::move(inlines)); }
json div(const std::string& id, std::vector<std::string> classes, json blocks) {
    return node("Div", json::array({attr(id, std::move(classes)), std::move(blocks)}));
}
json span(const std::string& cls, json inlines) {
    return node("Span", json::array({attr("", {cls}), std::move(inlines)}));
}
json header(int level, const std::string& id, const std::string& cls, json inlines) {
    return node("Header", json::array({level, attr(id, {cls}), std::move(inlines)}));
}
json meta_string(const std::string& text) { return node("MetaString", text); }

bool is_ascii_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r'; }

// True if text has a Chinese sentence mark or comma: it is prose, not a name list, title or
// label line (本版责编：刘天亮  盛玉雷 has a colon but separates names with spaces).
bool has_sentence_punctuation(const std::string& text) {
    for (const char* mark : {"。", "，", "；", "？", "！"}) {
        if (text.find(mark) != std::string::npos) return true;
    }
    return false;
}

// The inlines of text: see TextRole. Leading and trailing white space is dropped.
json inlines(const std::string& text, TextRole role) {
    // A "paragraph" without any sentence punctuation is a line of names or a heading the
    // detector did not recognise (白培生 胡孟婷 周蓉): its spaces separate, so keep them.
    if (role == TextRole::Body && !has_sentence_punctuation(text)) role = TextRole::Heading;
    json out = json::array();
    const std::vector<char32_t> cps = utf8::code_points(utf8::trim(text));
    std::string run;
    for (std::size_t i = 0; i < cps.size();) {
        if (!is_ascii_space(cps[i])) {
            utf8::append(run, cps[i++]);
            continue;
        }
        const char32_t before = cps[i - 1];  // i > 0: the text is trimmed
        while (i < cps.size() && is_ascii_space(cps[i])) ++i;
        const char32_t after = cps[i];  // i < size: the text is trimmed
        if (utf8::is_cjk(before) && utf8::is_cjk(after)) {
            // Between CJK characters a space is either a stray one (removed: it would
            // show as a gap, trap 13) or a heading separator (an ideographic space).
            if (role == TextRole::Heading) utf8::append(run, U'\u3000');
            continue;
        }
        if (!run.empty()) out.push_back(str(run));
        run.clear();
        out.push_back(json{{"t", "Space"}});
    }
    if (!run.empty()) out.push_back(str(run));
    return out;
}

void append_all(json& into, const json& items) {
    for (const auto& item : items) into.push_back(item);
}

json bylines_para(const std::vector<model::Byline>& bylines, bool traditional) {
    json out = json::array();
    std::string last_role;
    for (const auto& byline : bylines) {
        const std::string role = role_label(byline.role, traditional);
        if (!out.empty()) out.push_back(str("\u3000"));
        if (!role.empty() && role != last_role) {
            out.push_back(span("role", json::array({str(role)})));
            out.push_back(str("\u3000"));
        }
        last_role = role;
        out.push_back(span("byline", inlines(byline.name, TextRole::Heading)));
    }
    return para(std::move(out));
}

json figure_div(const model::Figure& figure, bool traditional) {
    json content = json::array();
    content.push_back(span("caption", inlines(figure.caption, TextRole::Body)));
    if (figure.credit && !figure.credit->empty()) {
        // The model drops the credit's trailing 摄; print it back in the usual form.
        json credit = inlines(*figure.credit, TextRole::Heading);
        credit.push_back(str(traditional ? "\u3000攝" : "\u3000摄"));
        content.push_back(str("\u3000"));
        content.push_back(span("credit", std::move(credit)));
    }
    return div("", {"figure"}, json::array({para(std::move(content))}));
}

json article_div(const model::Article& article, const std::string& id, bool traditional) {
    json blocks = json::array();
    if (article.kicker) {
        blocks.push_back(
            div("", {"kicker"}, json::array({para(inlines(*article.kicker, TextRole::Heading))})));
    }
    blocks.push_back(header(2, id, "headline", inlines(article.headline, TextRole::Heading)));
    if (article.subtitle) {
        json sub = json::array({str("——")});
        append_all(sub, inlines(*article.subtitle, TextRole::Heading));
        blocks.push_back(div("", {"subtitle"}, json::array({para(std::move(sub))})));
    }
    if (!article.bylines.empty()) {
        blocks.push_back(
            div("", {"bylines"}, json::array({bylines_para(article.bylines, traditional)})));
    }
    // The dateline opens the first paragraph, as printed (本报北京7月10日电　…).
    bool dateline_pending = article.dateline.has_value() && !article.dateline->empty();
    json dateline =
        dateline_pending ? span("dateline", inlines(*article.dateline, TextRole::Heading)) : json();
    int section = 0;
    for (const auto& block : article.blocks) {
        if (const auto* p = std::get_if<model::Paragraph>(&block)) {
            json content = json::array();
            if (dateline_pending) {
                content.push_back(dateline);
                content.push_back(str("\u3000"));
                dateline_pending = false;
            }
            append_all(content, inlines(p->text, TextRole::Body));
            blocks.push_back(para(std::move(content)));
        } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
            blocks.push_back(header(3, id + "-s" + std::to_string(++section), "intertitle",
                                    inlines(t->text, TextRole::Heading)));
        } else if (const auto* f = std::get_if<model::Figure>(&block)) {
            blocks.push_back(figure_div(*f, traditional));
        }
    }
    if (dateline_pending) blocks.push_back(para(json::array({dateline})));
    // The id belongs to the headline (the contents link to it); the Div gets none, or an
    // article with a kicker would carry it twice (epubcheck RSC-005 duplicate ID).
    return div("", {"article"}, std::move(blocks));
}

json page_blocks(const model::Page& page, const std::string& label, std::size_t number,
                 bool traditional) {
    json blocks = json::array();
    const std::string page_id = "p" + std::to_string(number);
    blocks.push_back(header(1, page_id, "page", inlines(label, TextRole::Heading)));
    std::size_t index = 0;
    for (const auto& article : page.articles) {
        blocks.push_back(
            article_div(article, page_id + "-a" + std::to_string(++index), traditional));
    }
    if (!page.page_items.empty()) {
        json items = json::array();
        for (const auto& item : page.page_items) {
            const std::string kind = model::page_item_kind_name(item.kind);
            items.push_back(div("", {"pageitem", kind},
                                json::array({para(inlines(item.text, TextRole::Heading))})));
        }
        blocks.push_back(div("", {"pageitems"}, std::move(items)));
    }
    return blocks;
}

json metadata(const BookMeta& book, const DocumentOptions& options) {
    json meta = json::object();
    if (options.with_meta) {
        meta["title"] = node("MetaInlines", inlines(book.title, TextRole::Heading));
        meta["pagetitle"] = meta_string(book.title);
        meta["lang"] = meta_string(book.language);
        meta["identifier"] = meta_string(book.identifier);
        // ISO only: a Chinese date leaves dc:date empty, an epubcheck error (trap 5).
        if (!book.date_iso.empty()) meta["date"] = meta_string(book.date_iso);
        if (!book.publisher.empty()) meta["publisher"] = meta_string(book.publisher);
        meta["toc-title"] =
            node("MetaInlines", json::array({str(book.traditional ? "目錄" : "目录")}));
        if (!book.creators.empty()) {
            json list = json::array();
            for (const auto& c : book.creators) {
                list.push_back(node("MetaMap", json{{"role", meta_string(c.marc_role)},
                                                    {"text", meta_string(c.name)}}));
            }
            meta["creator"] = node("MetaList", std::move(list));
        }
        if (options.vertical) meta["page-progression-direction"] = meta_string("rtl");
    }
    if (!options.template_strings.empty() || !options.template_flags.empty()) {
        json map = json::object();
        for (const auto& [key, value] : options.template_strings) map[key] = meta_string(value);
        for (const auto& [key, value] : options.template_flags) {
            map[key] = node("MetaBool", value);
        }
        meta["banmian"] = node("MetaMap", std::move(map));
    }
    return meta;
}

}  // namespace

std::string inlines_json(const std::string& text, TextRole role) {
    return inlines(text, role).dump();
}

std::string pandoc_json(std::span<const model::Page> pages, const BookMeta& book,
                        const DocumentOptions& options) {
    json blocks = json::array();
    if (options.body_placeholder) {
        blocks.push_back(node("RawBlock", json::array({"latex", kBodyPlaceholder})));
    } else {
        for (std::size_t i = 0; i < pages.size(); ++i) {
            const std::size_t number = options.first_page_number + i;
            const std::string& label = number - 1 < book.page_labels.size()
                                           ? book.page_labels[number - 1]
                                           : pages[i].meta.source;
            append_all(blocks, page_blocks(pages[i], label, number, book.traditional));
        }
    }
    json doc = {{"pandoc-api-version", options.api_version},
                {"meta", metadata(book, options)},
                {"blocks", std::move(blocks)}};
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace banmian::pandoc

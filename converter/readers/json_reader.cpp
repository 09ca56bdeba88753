#include "readers/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/error.hpp"
#include "model/iso_date.hpp"

namespace banmian::readers {
namespace {

using nlohmann::json;

struct Reader {
    const std::string& file;

    // Throws banmian::Error "file: path: problem".
    [[noreturn]] void fail(const std::string& path, const std::string& problem) const {
        throw Error({file, {}, {}}, path + ": " + problem);
    }

    // obj[key], or an error naming the missing field.
    const json& member(const json& obj, const char* key, const std::string& path) const {
        const auto it = obj.find(key);
        if (it == obj.end()) fail(path, std::string("missing field \"") + key + "\"");
        return *it;
    }

    // obj[key] as a string, or an error.
    std::string string(const json& obj, const char* key, const std::string& path) const {
        const json& v = member(obj, key, path);
        if (!v.is_string()) fail(path + "." + key, "must be a string");
        return v.get<std::string>();
    }

    // A string or null; a missing key counts as null (readers are lenient where the spec is).
    std::optional<std::string> optional_string(const json& obj, const char* key,
                                               const std::string& path) const {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return std::nullopt;
        if (!it->is_string()) fail(path + "." + key, "must be a string or null");
        return it->get<std::string>();
    }

    // obj[key] as an array, or an error.
    const json& array(const json& obj, const char* key, const std::string& path) const {
        const json& v = member(obj, key, path);
        if (!v.is_array()) fail(path + "." + key, "must be an array");
        return v;
    }

    // The optional "lines": [first, last] a writer may add; {} when absent.
    model::SourceSpan span(const json& node, const std::string& path) const {
        const auto it = node.find("lines");
        if (it == node.end() || it->is_null()) return {};
        if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number_integer() ||
            !(*it)[1].is_number_integer()) {
            fail(path + ".lines", "must be [first, last] line numbers");
        }
        return {(*it)[0].get<int>(), (*it)[1].get<int>()};
    }

    // The optional page-level "meta" object json_writer.cpp adds: publication, date, page and
    // language; a missing or null field is unknown. The date follows the rule of --date.
    void meta(const json& doc, model::PageMeta& out) const {
        const auto it = doc.find("meta");
        if (it == doc.end() || it->is_null()) return;
        if (!it->is_object()) fail("meta", "must be an object");
        out.publication = optional_string(*it, "publication", "meta").value_or("");
        out.date = optional_string(*it, "date", "meta").value_or("");
        if (!out.date.empty() && !model::is_iso_date(out.date)) {
            fail("meta.date",
                 "must be an ISO 8601 date such as 2023-07-11, not \"" + out.date + "\"");
        }
        out.page = optional_string(*it, "page", "meta").value_or("");
        out.language = optional_string(*it, "language", "meta").value_or("");
    }

    // One entry of "blocks" by its "type".
    model::Block block(const json& node, const std::string& path) const {
        if (!node.is_object()) fail(path, "must be an object");
        const std::string type = string(node, "type", path);
        if (type == "paragraph")
            return model::Paragraph{string(node, "text", path), span(node, path)};
        if (type == "intertitle") {
            return model::Intertitle{string(node, "text", path), span(node, path)};
        }
        if (type == "figure") {
            return model::Figure{string(node, "caption", path),
                                 optional_string(node, "credit", path), span(node, path)};
        }
        fail(path + ".type",
             "unknown block type \"" + type + "\" (expected paragraph, intertitle or figure)");
    }

    // One entry of "articles".
    model::Article article(const json& node, const std::string& path) const {
        if (!node.is_object()) fail(path, "must be an object");
        model::Article a;
        a.kicker = optional_string(node, "kicker", path);
        a.headline = string(node, "headline", path);
        a.subtitle = optional_string(node, "subtitle", path);
        a.dateline = optional_string(node, "dateline", path);
        const auto bylines = node.find("bylines");
        if (bylines != node.end() && !bylines->is_null()) {
            if (!bylines->is_array()) fail(path + ".bylines", "must be an array");
            for (std::size_t i = 0; i < bylines->size(); ++i) {
                const std::string p = path + ".bylines[" + std::to_string(i) + "]";
                const json& b = (*bylines)[i];
                if (!b.is_object()) fail(p, "must be an object");
                const std::string role = optional_string(b, "role", p).value_or("");
                const auto r = model::role_from_name(role);
                if (!r) {
                    fail(p + ".role", "unknown role \"" + role +
                                          "\" (reporter, correspondent, photographer, editor "
                                          "or null)");
                }
                a.bylines.push_back({string(b, "name", p), *r, span(b, p)});
            }
        }
        const json& blocks = array(node, "blocks", path);
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            a.blocks.push_back(block(blocks[i], path + ".blocks[" + std::to_string(i) + "]"));
        }
        // banmian's extra "genre" field; absent, null or a value of another producer's
        // vocabulary is unknown (structure-json.md: readers ignore what they do not know).
        if (const auto genre = optional_string(node, "genre", path)) {
            a.genre = model::genre_from_name(*genre);
        }
        a.span = span(node, path);
        return a;
    }
};

// The 1-based line of byte offset `byte` (nlohmann reports the byte after the error).
std::size_t line_at(std::string_view text, std::size_t byte) {
    byte = std::min(byte, text.size());
    return 1 + static_cast<std::size_t>(std::count(
                   text.begin(), text.begin() + static_cast<std::ptrdiff_t>(byte), '\n'));
}

}  // namespace

model::Page read_structure_json(std::string_view bytes, const std::string& file_name) {
    json doc;
    try {
        doc = json::parse(bytes.begin(), bytes.end());
    } catch (const json::parse_error& e) {
        const std::size_t byte = e.byte > 0 ? e.byte - 1 : 0;
        std::string what = e.what();
        // nlohmann's text is "[json.exception.parse_error.101] parse error at line …: …".
        if (const auto colon = what.find("]: "); colon != std::string::npos) {
            what = what.substr(colon + 3);
        } else if (const auto sp = what.find("] "); sp != std::string::npos) {
            what = what.substr(sp + 2);
        }
        throw Error({file_name, line_at(bytes, byte), {}}, "not valid JSON: " + what);
    } catch (const json::out_of_range& e) {
        // A number too large for a double ("1e999"): nlohmann reports it without a position
        // but quotes the number ("number overflow parsing '1e999'"), which places it (found
        // by tests/readers_robust's fuzz target).
        const std::string what = e.what();
        const auto open = what.find(" parsing '");
        const std::string number = open == std::string::npos
                                       ? std::string()
                                       : what.substr(open + 10, what.size() - open - 11);
        const std::size_t at = number.empty() ? std::string_view::npos : bytes.find(number);
        std::optional<std::size_t> line;
        if (at != std::string_view::npos) line = line_at(bytes, at);
        throw Error({file_name, line, {}}, "not valid JSON: the number " +
                                               (number.empty() ? "" : number + " ") +
                                               "is too large for a JSON number");
    }
    const Reader r{file_name};
    if (!doc.is_object()) r.fail("(root)", "structure JSON must be an object");
    const json& version = r.member(doc, "version", "(root)");
    if (!version.is_number_integer() || version.get<int>() != 1) {
        r.fail("version", "only structure JSON version 1 is understood");
    }
    model::Page page;
    page.meta.source = r.optional_string(doc, "source", "(root)").value_or("");
    r.meta(doc, page.meta);
    const json& articles = r.array(doc, "articles", "(root)");
    for (std::size_t i = 0; i < articles.size(); ++i) {
        page.articles.push_back(r.article(articles[i], "articles[" + std::to_string(i) + "]"));
    }
    const auto items = doc.find("page_items");
    if (items != doc.end() && !items->is_null()) {
        if (!items->is_array()) r.fail("page_items", "must be an array");
        for (std::size_t i = 0; i < items->size(); ++i) {
            const std::string p = "page_items[" + std::to_string(i) + "]";
            const json& it = (*items)[i];
            if (!it.is_object()) r.fail(p, "must be an object");
            const std::string type = r.string(it, "type", p);
            const auto kind = model::page_item_kind_from_name(type);
            if (!kind) {
                r.fail(p + ".type", "unknown page item type \"" + type +
                                        "\" (page_header, jump, section_label, advertisement)");
            }
            page.page_items.push_back({*kind, r.string(it, "text", p), r.span(it, p)});
        }
    }
    return page;
}

}  // namespace banmian::readers

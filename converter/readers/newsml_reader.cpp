#include "readers/newsml_reader.hpp"

#include <map>

#include "core/error.hpp"
#include "readers/xml_input.hpp"

namespace banmian::readers {
namespace {

// Kept equal to the constants of writers/newsml_writer.hpp (readers may not include writers).
constexpr const char* kNar = "http://iptc.org/std/nar/2006-10-01/";
constexpr const char* kNitf = "http://iptc.org/std/NITF/2006-10-18/";
constexpr std::string_view kCreatorRole = "bmcrole:";
constexpr std::string_view kHeadlineRole = "bmhrole:";
constexpr std::string_view kPageItem = "bmpi:";
constexpr std::string_view kMeta = "bmmeta:";
// IPTC Genre NewsCodes: the alias IPTC's catalog declares, and the scheme URI.
constexpr std::string_view kGenre = "genre:";
constexpr std::string_view kGenreUri = "http://cv.iptc.org/newscodes/genre/";

// The code after "alias:" when value is in that scheme, else "".
std::string code_in(const std::string& value, std::string_view alias) {
    return value.compare(0, alias.size(), alias) == 0 ? value.substr(alias.size()) : std::string();
}

struct Reader {
    const std::string& file;

    // Throws banmian::Error "file:line: problem" at node.
    [[noreturn]] void fail(const xmlNode* node, const std::string& problem) const {
        fail_at(file, node, problem);
    }

    // NITF body.content (or a block inside it) in reading order: p, hl2, media.
    void read_blocks(const xmlNode* container, model::Article& a) const {
        for (const xmlNode* n = container->children; n != nullptr; n = n->next) {
            if (is_element(n, "p", kNitf)) {
                a.blocks.push_back(model::Paragraph{text_of(n), {}});
            } else if (is_element(n, "hl2", kNitf)) {
                a.blocks.push_back(model::Intertitle{text_of(n), {}});
            } else if (is_element(n, "media", kNitf)) {
                model::Figure f;
                f.caption = text_of(child(n, "media-caption", kNitf));
                if (const xmlNode* producer = child(n, "media-producer", kNitf)) {
                    f.credit = text_of(producer);
                }
                a.blocks.push_back(std::move(f));
            } else if (is_element(n, "block", kNitf)) {
                read_blocks(n, a);  // a group of containers: its contents in order
            }
        }
    }

    // One newsItem: headlines, creators and dateline from contentMeta, body from NITF.
    model::Article article(const xmlNode* item) const {
        model::Article a;
        const xmlNode* meta = child(item, "contentMeta", kNar);
        bool have_headline = false;
        for (const xmlNode* n = meta ? meta->children : nullptr; n != nullptr; n = n->next) {
            if (is_element(n, "headline", kNar)) {
                const std::string role = code_in(attribute(n, "role"), kHeadlineRole);
                if (role == "kicker") {
                    a.kicker = text_of(n);
                } else if (role == "subtitle") {
                    a.subtitle = text_of(n);
                } else if (!has_attribute(n, "role") && !have_headline) {
                    a.headline = text_of(n);
                    have_headline = true;
                }
            } else if (is_element(n, "creator", kNar)) {
                const std::string role = code_in(attribute(n, "role"), kCreatorRole);
                const auto r = model::role_from_name(role);
                if (!r) fail(n, "unknown creator role \"" + attribute(n, "role") + "\"");
                std::string name = text_of(child(n, "name", kNar));
                if (name.empty()) name = attribute(n, "literal");
                a.bylines.push_back({name, *r, {}});
            } else if (is_element(n, "dateline", kNar)) {
                a.dateline = text_of(n);
            } else if (is_element(n, "genre", kNar) && !a.genre) {
                // The first IPTC genre the model knows; others (genre:Current …) are skipped.
                std::string code = code_in(attribute(n, "qcode"), kGenre);
                if (code.empty()) code = code_in(attribute(n, "uri"), kGenreUri);
                a.genre = model::genre_from_iptc_code(code);
            }
        }
        const xmlNode* nitf =
            child(child(child(item, "contentSet", kNar), "inlineXML", kNar), "nitf", kNitf);
        if (nitf == nullptr)
            fail(item, "newsItem has no inline NITF body (contentSet/inlineXML/nitf)");
        const xmlNode* body = child(nitf, "body", kNitf);
        if (!have_headline) {
            const xmlNode* hl1 =
                child(child(child(body, "body.head", kNitf), "hedline", kNitf), "hl1", kNitf);
            if (hl1 == nullptr) fail(item, "newsItem has no headline");
            a.headline = text_of(hl1);
        }
        for (const xmlNode* content : children(body, "body.content", kNitf)) {
            read_blocks(content, a);
        }
        return a;
    }

    // Page metadata and furniture from the packageItem's contentMeta.
    void package_meta(const xmlNode* package, model::Page& page) const {
        const xmlNode* meta = child(package, "contentMeta", kNar);
        page.meta.language = attribute(package, "xml:lang");
        for (const xmlNode* n = meta ? meta->children : nullptr; n != nullptr; n = n->next) {
            if (is_element(n, "contentCreated", kNar)) {
                page.meta.date = text_of(n);
            } else if (is_element(n, "infoSource", kNar) &&
                       code_in(attribute(n, "role"), kMeta) == "publication") {
                page.meta.publication = text_of(child(n, "name", kNar));
            } else if (is_element(n, "language", kNar)) {
                page.meta.language = attribute(n, "tag");
            } else if (is_element(n, "description", kNar)) {
                const std::string kind = code_in(attribute(n, "role"), kPageItem);
                if (kind.empty()) continue;  // a description that is not page furniture
                const auto k = model::page_item_kind_from_name(kind);
                if (!k) fail(n, "unknown page item role \"" + attribute(n, "role") + "\"");
                page.page_items.push_back({*k, text_of(n), {}});
            } else if (is_element(n, "contentMetaExtProperty", kNar)) {
                const std::string rel = code_in(attribute(n, "rel"), kMeta);
                if (rel == "page") page.meta.page = attribute(n, "value");
                if (rel == "source") page.meta.source = attribute(n, "value");
            }
        }
    }
};

}  // namespace

model::Page read_newsml(std::string_view bytes, const std::string& file_name) {
    const XmlDocPtr doc = parse_xml_safely(bytes, file_name);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    const Reader r{file_name};
    model::Page page;
    if (is_element(root, "newsItem", kNar)) {
        page.meta.language = attribute(root, "xml:lang");
        page.articles.push_back(r.article(root));
        return page;
    }
    if (!is_element(root, "newsMessage", kNar)) {
        r.fail(root, "expected a NewsML-G2 newsMessage or newsItem (namespace " +
                         std::string(kNar) + ")");
    }
    const xmlNode* item_set = child(root, "itemSet", kNar);
    std::map<std::string, const xmlNode*> items;
    std::vector<const xmlNode*> in_order;
    const xmlNode* package = nullptr;
    for (const xmlNode* n = item_set ? item_set->children : nullptr; n != nullptr; n = n->next) {
        if (is_element(n, "packageItem", kNar) && package == nullptr) package = n;
        if (is_element(n, "newsItem", kNar)) {
            items.emplace(attribute(n, "guid"), n);
            in_order.push_back(n);
        }
    }
    if (package == nullptr) {
        for (const xmlNode* n : in_order) page.articles.push_back(r.article(n));
        return page;
    }
    r.package_meta(package, page);
    // Articles in the package's reading order (its groupSet, groups in document order).
    const xmlNode* group_set = child(package, "groupSet", kNar);
    for (const xmlNode* group : children(group_set, "group", kNar)) {
        for (const xmlNode* ref : children(group, "itemRef", kNar)) {
            const std::string id = attribute(ref, "residref");
            const auto it = items.find(id);
            if (it == items.end()) {
                r.fail(ref, "the package refers to item \"" + id +
                                "\", which is not in this "
                                "message");
            }
            page.articles.push_back(r.article(it->second));
        }
    }
    return page;
}

}  // namespace banmian::readers

#include "readers/jats_reader.hpp"

#include "core/error.hpp"
#include "model/iso_date.hpp"
#include "readers/xml_input.hpp"

namespace banmian::readers {
namespace {

// Kept equal to writers/jats_writer.hpp's kJatsRoleVocab and kJatsGenreVocabUri.
constexpr const char* kRoleVocab = "banmian-contributor-role";
constexpr const char* kGenreVocabUri = "http://cv.iptc.org/newscodes/genre/";

struct Reader {
    const std::string& file;

    // Throws banmian::Error "file:line: problem" at node.
    [[noreturn]] void fail(const xmlNode* node, const std::string& problem) const {
        fail_at(file, node, problem);
    }

    // The value of the custom-meta named `name` inside any custom-meta-group of parent.
    std::optional<std::string> custom_meta(const xmlNode* parent, const char* name) const {
        for (const xmlNode* group : children(parent, "custom-meta-group", nullptr)) {
            for (const xmlNode* m : children(group, "custom-meta", nullptr)) {
                if (text_of(child(m, "meta-name", nullptr)) == name) {
                    return text_of(child(m, "meta-value", nullptr));
                }
            }
        }
        return std::nullopt;
    }

    // One contrib: its name and, from banmian's role vocabulary, its role.
    model::Byline byline(const xmlNode* contrib) const {
        model::Byline b;
        if (const xmlNode* sn = child(contrib, "string-name", nullptr)) {
            b.name = text_of(sn);
        } else if (const xmlNode* n = child(contrib, "name", nullptr)) {
            // A structured name: family name first, as Chinese names are written.
            b.name =
                text_of(child(n, "surname", nullptr)) + text_of(child(n, "given-names", nullptr));
        }
        for (const xmlNode* role : children(contrib, "role", nullptr)) {
            if (attribute(role, "vocab") != kRoleVocab) continue;
            const auto r = model::role_from_name(attribute(role, "vocab-term"));
            if (!r) fail(role, "unknown role \"" + attribute(role, "vocab-term") + "\"");
            b.role = *r;
        }
        return b;
    }

    // Titles, contributors and dateline from a front-stub (or article-meta).
    void titles(const xmlNode* front, model::Article& a) const {
        const xmlNode* group = child(front, "title-group", nullptr);
        const xmlNode* title = child(group, "article-title", nullptr);
        if (title == nullptr) fail(front, "article has no title-group/article-title");
        a.headline = text_of(title);
        for (const xmlNode* sub : children(group, "subtitle", nullptr)) {
            if (attribute(sub, "content-type") == "kicker") {
                a.kicker = text_of(sub);
            } else {
                a.subtitle = text_of(sub);
            }
        }
        for (const xmlNode* cg : children(front, "contrib-group", nullptr)) {
            for (const xmlNode* c : children(cg, "contrib", nullptr)) {
                a.bylines.push_back(byline(c));
            }
        }
        a.dateline = custom_meta(front, "dateline");
    }

    // Body content in reading order: a sec is its title (an intertitle) then its content.
    void blocks(const xmlNode* container, model::Article& a) const {
        for (const xmlNode* n = container->children; n != nullptr; n = n->next) {
            if (is_element(n, "p", nullptr)) {
                a.blocks.push_back(model::Paragraph{text_of(n), {}});
            } else if (is_element(n, "sec", nullptr)) {
                if (const xmlNode* t = child(n, "title", nullptr)) {
                    a.blocks.push_back(model::Intertitle{text_of(t), {}});
                }
                blocks(n, a);
            } else if (is_element(n, "fig", nullptr)) {
                model::Figure f;
                std::string caption;
                for (const xmlNode* p : children(child(n, "caption", nullptr), "p", nullptr)) {
                    caption += text_of(p);
                }
                f.caption = caption;
                if (const xmlNode* attrib = child(n, "attrib", nullptr)) f.credit = text_of(attrib);
                a.blocks.push_back(std::move(f));
            }
        }
    }

    // The genre: the first subject from IPTC's genre vocabulary in article-categories, else
    // opinion for article-type "editorial" (the Tag Library's opinion piece), else unknown.
    std::optional<model::Genre> genre(const xmlNode* node, const xmlNode* front) const {
        const xmlNode* categories = child(front, "article-categories", nullptr);
        for (const xmlNode* group : children(categories, "subj-group", nullptr)) {
            if (attribute(group, "vocab-identifier") != kGenreVocabUri) continue;
            for (const xmlNode* subject : children(group, "subject", nullptr)) {
                std::string code = attribute(subject, "vocab-term");
                if (code.empty()) code = text_of(subject);
                if (const auto g = model::genre_from_iptc_code(code)) return g;
            }
        }
        if (attribute(node, "article-type") == "editorial") return model::Genre::Opinion;
        return std::nullopt;
    }

    // One article from its front matter and the body beside it.
    model::Article article(const xmlNode* node, const xmlNode* front) const {
        model::Article a;
        titles(front, a);
        a.genre = genre(node, front);
        if (const xmlNode* body = child(node, "body", nullptr)) blocks(body, a);
        return a;
    }

    // Publication, date, page label, source, language and page furniture of the article root.
    void page_meta(const xmlNode* root, model::Page& page) const {
        page.meta.language = attribute(root, "xml:lang");
        const xmlNode* front = child(root, "front", nullptr);
        page.meta.publication = text_of(
            child(child(child(front, "journal-meta", nullptr), "journal-title-group", nullptr),
                  "journal-title", nullptr));
        const xmlNode* meta = child(front, "article-meta", nullptr);
        if (const xmlNode* date = child(meta, "pub-date", nullptr)) {
            page.meta.date = attribute(date, "iso-8601-date");
            if (page.meta.date.empty()) {
                // A hand-written pub-date may give month and day without a leading zero.
                const auto two_digits = [](std::string part) {
                    return part.size() == 1 ? "0" + part : part;
                };
                page.meta.date = text_of(child(date, "year", nullptr)) + "-" +
                                 two_digits(text_of(child(date, "month", nullptr))) + "-" +
                                 two_digits(text_of(child(date, "day", nullptr)));
            }
            // The page date is a full calendar date everywhere (structure JSON meta.date,
            // --date); a partial one would only fail later, far from its cause.
            if (!model::is_iso_date(page.meta.date)) {
                fail(date, "pub-date must be a full date (iso-8601-date=\"YYYY-MM-DD\", or year, "
                           "month and day), not \"" + page.meta.date + "\"");
            }
        }
        page.meta.page = text_of(child(meta, "fpage", nullptr));
        page.meta.source = custom_meta(meta, "source").value_or("");
        for (const xmlNode* notes : children(front, "notes", nullptr)) {
            if (attribute(notes, "notes-type") != "page-items") continue;
            for (const xmlNode* p : children(notes, "p", nullptr)) {
                const std::string type = attribute(p, "content-type");
                const auto kind = model::page_item_kind_from_name(type);
                if (!kind) fail(p, "unknown page item content-type \"" + type + "\"");
                page.page_items.push_back({*kind, text_of(p), {}});
            }
        }
    }
};

}  // namespace

model::Page read_jats(std::string_view bytes, const std::string& file_name) {
    const XmlDocPtr doc = parse_xml_safely(bytes, file_name);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    const Reader r{file_name};
    if (!is_element(root, "article", nullptr)) r.fail(root, "expected a JATS <article> root");
    model::Page page;
    r.page_meta(root, page);
    const auto subs = children(root, "sub-article", nullptr);
    if (subs.empty()) {
        const xmlNode* meta = child(child(root, "front", nullptr), "article-meta", nullptr);
        if (child(root, "body", nullptr) != nullptr && meta != nullptr) {
            page.articles.push_back(r.article(root, meta));
        }
        return page;
    }
    for (const xmlNode* sub : subs) {
        const xmlNode* front = child(sub, "front-stub", nullptr);
        if (front == nullptr) front = child(child(sub, "front", nullptr), "article-meta", nullptr);
        if (front == nullptr) r.fail(sub, "sub-article has no front-stub");
        page.articles.push_back(r.article(sub, front));
    }
    return page;
}

}  // namespace banmian::readers

#include "writers/newsml_writer.hpp"

#include "writers/xml_meta.hpp"
#include "writers/xml_out.hpp"

namespace banmian::writers {
namespace {

constexpr const char* kIptcCatalog =
    "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml";

struct Context {
    const model::Page& page;
    const WriterOptions& options;
    std::string time;      // versionCreated, sent
    std::string language;  // xml:lang, language/@tag
};

// "scheme:code", a NewsML-G2 QCode.
std::string qcode(const char* scheme, const char* code) { return std::string(scheme) + ":" + code; }

// The attributes every NewsML-G2 item carries (guid, version, standard, conformance, lang).
void item_attributes(XmlOut& out, const Context& c, const std::string& guid) {
    out.attr("guid", guid);
    out.attr("version", "1");
    out.attr("standard", "NewsML-G2");
    out.attr("standardversion", "2.35");
    out.attr("conformance", "power");
    out.attr("xml:lang", c.language);
}

// The project's schemes an item uses, so its local catalog declares exactly those.
struct Schemes {
    bool creator_role = false;
    bool headline_role = false;
    bool page_item = false;
    bool meta = false;
};

// IPTC's catalog plus a local catalog for the project's own codes: NewsML-G2 needs every
// QCode's scheme alias declared in the item itself (an item may travel alone), and IPTC has
// no NewsCodes for these roles. Only the schemes the item uses are declared.
void catalogs(XmlOut& out, const Schemes& used) {
    out.start("catalogRef");
    out.attr("href", kIptcCatalog);
    out.end();
    const struct {
        bool used;
        const char* alias;
        const char* uri;  // fixed: banmian's vocabularies, whoever the provider is
    } schemes[] = {{used.creator_role, kCreatorRoleScheme, "urn:banmian:cv:creator-role:"},
                   {used.headline_role, kHeadlineRoleScheme, "urn:banmian:cv:headline-role:"},
                   {used.page_item, kPageItemScheme, "urn:banmian:cv:page-item:"},
                   {used.meta, kMetaScheme, "urn:banmian:cv:page-meta:"}};
    bool open = false;
    for (const auto& scheme : schemes) {
        if (!scheme.used) continue;
        if (!open) out.start("catalog");  // a catalog holds at least one scheme
        open = true;
        out.start("scheme");
        out.attr("alias", scheme.alias);
        out.attr("uri", scheme.uri);
        out.end();
    }
    if (open) out.end();
}

// itemMeta: class, provider (--provider), versionCreated, usable status, generator, title.
void item_meta(XmlOut& out, const Context& c, const char* item_class, const std::string& title) {
    out.start("itemMeta");
    out.start("itemClass");
    out.attr("qcode", item_class);
    out.end();
    out.start("provider");
    out.attr("literal", c.options.provider);
    out.end();
    out.element("versionCreated", c.time);
    out.start("pubStatus");
    out.attr("qcode", "stat:usable");
    out.end();
    out.element("generator", "banmian");
    if (!title.empty()) out.element("title", title);
    out.end();
}

// <language tag="…"/>.
void language(XmlOut& out, const Context& c) {
    out.start("language");
    out.attr("tag", c.language);
    out.end();
}

// <genre qcode="genre:Opinion"/>: an IPTC Genre NewsCode, whose scheme alias "genre" IPTC's
// catalog (kIptcCatalog, catalog.IPTC-G2-Standards_40.xml) declares.
void genre(XmlOut& out, model::Genre g) {
    out.start("genre");
    out.attr("qcode", qcode("genre", model::genre_iptc_code(g)));
    out.end();
}

// A bmmeta: extension property of contentMeta; nothing for an empty value.
void ext_property(XmlOut& out, const char* rel, const std::string& value) {
    if (value.empty()) return;
    out.start("contentMetaExtProperty");
    out.attr("rel", qcode(kMetaScheme, rel));
    out.attr("value", value);
    out.end();
}

// "人民日报 2023-07-11 06": what an archive lists the page as.
std::string page_title(const model::PageMeta& meta) {
    std::string title;
    for (const std::string* part : {&meta.publication, &meta.date, &meta.page}) {
        if (!part->empty()) title += (title.empty() ? "" : " ") + *part;
    }
    return title.empty() ? meta.source : title;
}

// The page as a packageItem: metadata, furniture, and its articles in reading order.
void package_item(XmlOut& out, const Context& c) {
    const model::PageMeta& meta = c.page.meta;
    out.start("packageItem");
    item_attributes(out, c, page_guid(meta, c.options));
    catalogs(out, {false, false, !c.page.page_items.empty(),
                   !meta.publication.empty() || !meta.page.empty() || !meta.source.empty()});
    const std::string title = page_title(meta);
    item_meta(out, c, "ninat:composite", title);

    out.start("contentMeta");
    if (!meta.date.empty()) out.element("contentCreated", meta.date);
    if (!meta.publication.empty()) {
        out.start("infoSource");
        out.attr("role", qcode(kMetaScheme, "publication"));
        out.element("name", meta.publication);
        out.end();
    }
    language(out, c);
    if (!title.empty()) out.element("headline", title);
    // Page furniture (structure-json.md "page_items") belongs to the page, not to a story:
    // each item is a description of the package with its kind as the role.
    for (const auto& item : c.page.page_items) {
        out.element("description", "role",
                    qcode(kPageItemScheme, model::page_item_kind_name(item.kind)), item.text);
    }
    ext_property(out, "page", meta.page);
    ext_property(out, "source", meta.source);
    out.end();

    out.start("groupSet");
    out.attr("root", "G1");
    out.start("group");
    out.attr("id", "G1");
    out.attr("role", "group:main");
    out.attr("mode", "pgrmod:seq");
    for (std::size_t i = 0; i < c.page.articles.size(); ++i) {
        out.start("itemRef");
        out.attr("residref", article_guid(meta, c.options, i));
        out.attr("contenttype", "application/vnd.iptc.g2.newsitem+xml");
        out.start("itemClass");
        out.attr("qcode", "ninat:text");
        out.end();
        out.element("title", c.page.articles[i].headline);
        out.end();
    }
    out.end();
    out.end();
    out.end();
}

// A headline with a bmhrole: role (kicker, subtitle); nothing when the text is absent.
void headline(XmlOut& out, const char* role, const std::optional<std::string>& text) {
    if (!text) return;
    out.element("headline", "role", qcode(kHeadlineRoleScheme, role), *text);
}

// NITF dateline: the printed text, with the place and date marked where they can be told.
void nitf_dateline(XmlOut& out, const std::string& dateline) {
    const DatelineParts parts = split_dateline(dateline);
    out.start("dateline");
    out.mixed_begin();
    out.text(parts.prefix);
    if (!parts.location.empty()) out.element("location", parts.location);
    if (!parts.date.empty()) out.element("story.date", parts.date);
    if (!parts.rest.empty()) out.text(parts.rest);
    out.end();
    out.mixed_end();
}

// The article as NITF: hedline, bylines, dateline in body.head; blocks in body.content.
void nitf_body(XmlOut& out, const Context& c, const model::Article& a) {
    out.start_ns("nitf", kNitfNs);
    out.start("body");
    out.start("body.head");
    out.start("hedline");
    out.element("hl1", a.headline);
    // NITF has no kicker element; hl2 with a class keeps kicker and subtitle apart.
    if (a.kicker) {
        out.element("hl2", "class", "kicker", *a.kicker);
    }
    if (a.subtitle) {
        out.element("hl2", "class", "subtitle", *a.subtitle);
    }
    out.end();
    for (const auto& b : a.bylines) {
        out.start("byline");
        out.mixed_begin();
        const std::string word = role_word(b.role, c.language);
        if (!word.empty()) {
            out.start("byttl");
            out.text(word);
            out.end();
            out.text(" ");
        }
        out.element("person", b.name);
        out.end();
        out.mixed_end();
    }
    if (a.dateline) nitf_dateline(out, *a.dateline);
    out.end();  // body.head

    out.start("body.content");
    for (const auto& block : a.blocks) {
        if (const auto* p = std::get_if<model::Paragraph>(&block)) {
            out.element("p", p->text);
        } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
            out.element("hl2", t->text);  // NITF's in-body subheading
        } else {
            const auto& f = std::get<model::Figure>(block);
            out.start("media");
            out.attr("media-type", "image");
            // media-reference is required by the schema, but the page text has no image file:
            // an empty reference claims no source and no format.
            out.start("media-reference");
            out.end();
            out.element("media-caption", f.caption);
            if (f.credit) out.element("media-producer", *f.credit);
            out.end();
        }
    }
    out.end();  // body.content
    out.end();  // body
    out.end();  // nitf
}

// The article at index as a newsItem with its NITF body inline.
void news_item(XmlOut& out, const Context& c, std::size_t index) {
    const model::Article& a = c.page.articles[index];
    out.start("newsItem");
    item_attributes(out, c, article_guid(c.page.meta, c.options, index));
    bool roles = false;
    for (const auto& b : a.bylines) roles |= b.role != model::Role::None;
    catalogs(out, {roles, a.kicker.has_value() || a.subtitle.has_value(), false, false});
    item_meta(out, c, "ninat:text", "");

    out.start("contentMeta");
    out.element("contentCreated", c.page.meta.date.empty() ? c.time : c.page.meta.date);
    if (a.dateline) {
        const DatelineParts parts = split_dateline(*a.dateline);
        if (!parts.location.empty()) {
            out.start("located");
            out.element("name", parts.location);
            out.end();
        }
    }
    for (const auto& b : a.bylines) {
        out.start("creator");
        if (const char* role = model::role_name(b.role)) {
            out.attr("role", qcode(kCreatorRoleScheme, role));
        }
        out.element("name", b.name);
        out.end();
    }
    language(out, c);
    if (a.genre) genre(out, *a.genre);  // after language, before headline (2.35 XSD order)
    headline(out, "kicker", a.kicker);
    out.element("headline", a.headline);
    headline(out, "subtitle", a.subtitle);
    if (a.dateline) out.element("dateline", *a.dateline);
    out.end();

    out.start("contentSet");
    out.start("inlineXML");
    out.attr("contenttype", "application/nitf+xml");
    nitf_body(out, c, a);
    out.end();
    out.end();
    out.end();
}

}  // namespace

std::string write_newsml(const model::Page& page, const WriterOptions& options) {
    const XmlText text = require_xml_text(page);
    const Context c{page, options, creation_time(page.meta, options), language_tag(page)};
    XmlOut out(text.needs_escaping);
    out.start_document();
    out.start_ns("newsMessage", kNarNs);
    out.start("header");
    out.element("sent", c.time);
    out.element("sender", options.provider);
    out.end();
    out.start("itemSet");
    package_item(out, c);
    for (std::size_t i = 0; i < page.articles.size(); ++i) news_item(out, c, i);
    out.end();
    out.end();
    return out.finish();
}

}  // namespace banmian::writers

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

// IPTC's catalog plus a local catalog for the project's own codes: NewsML-G2 needs every
// QCode's scheme alias declared, and IPTC has no NewsCodes for these roles.
void catalogs(XmlOut& out) {
    out.start("catalogRef");
    out.attr("href", kIptcCatalog);
    out.end();
    out.start("catalog");
    const std::pair<const char*, const char*> schemes[] = {{kCreatorRoleScheme, "creator-role"},
                                                           {kHeadlineRoleScheme, "headline-role"},
                                                           {kPageItemScheme, "page-item"},
                                                           {kMetaScheme, "page-meta"}};
    for (const auto& [alias, name] : schemes) {
        out.start("scheme");
        out.attr("alias", alias);
        // Fixed: these are banmian's vocabularies, whoever the provider (--id-prefix) is.
        out.attr("uri", std::string("urn:banmian:cv:") + name + ":");
        out.end();
    }
    out.end();
}

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

void language(XmlOut& out, const Context& c) {
    out.start("language");
    out.attr("tag", c.language);
    out.end();
}

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

void package_item(XmlOut& out, const Context& c) {
    const model::PageMeta& meta = c.page.meta;
    out.start("packageItem");
    item_attributes(out, c, page_guid(meta, c.options));
    catalogs(out);
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
        out.start("description");
        out.attr("role", qcode(kPageItemScheme, model::page_item_kind_name(item.kind)));
        out.text(item.text);
        out.end();
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

void headline(XmlOut& out, const char* role, const std::optional<std::string>& text) {
    if (!text) return;
    out.start("headline");
    out.attr("role", qcode(kHeadlineRoleScheme, role));
    out.text(*text);
    out.end();
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

void nitf_body(XmlOut& out, const Context& c, const model::Article& a) {
    out.start_ns("nitf", kNitfNs);
    out.start("body");
    out.start("body.head");
    out.start("hedline");
    out.element("hl1", a.headline);
    // NITF has no kicker element; hl2 with a class keeps kicker and subtitle apart.
    if (a.kicker) {
        out.start("hl2");
        out.attr("class", "kicker");
        out.text(*a.kicker);
        out.end();
    }
    if (a.subtitle) {
        out.start("hl2");
        out.attr("class", "subtitle");
        out.text(*a.subtitle);
        out.end();
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

void news_item(XmlOut& out, const Context& c, std::size_t index) {
    const model::Article& a = c.page.articles[index];
    out.start("newsItem");
    item_attributes(out, c, article_guid(c.page.meta, c.options, index));
    catalogs(out);
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
    require_xml_text(page);
    const Context c{page, options, creation_time(page.meta, options), language_tag(page.meta)};
    // Markup is about 2 KB per article plus the text, which appears about twice.
    XmlOut out(2 * page_text_bytes(page) + 2048 * (page.articles.size() + 1));
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

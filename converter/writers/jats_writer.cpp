#include "writers/jats_writer.hpp"

#include "writers/xml_meta.hpp"
#include "writers/xml_out.hpp"

namespace banmian::writers {
namespace {

// <custom-meta><meta-name>name</meta-name><meta-value>value</meta-value></custom-meta>.
void custom_meta(XmlOut& out, const char* name, const std::string& value) {
    out.start("custom-meta");
    out.element("meta-name", name);
    out.element("meta-value", value);
    out.end();
}

// Day, month and year of an ISO date, as JATS wants them; nothing for a malformed date.
void pub_date(XmlOut& out, const std::string& date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return;
    out.start("pub-date");
    out.attr("publication-format", "print");
    out.attr("date-type", "pub");
    out.attr("iso-8601-date", date);
    out.element("day", date.substr(8, 2));
    out.element("month", date.substr(5, 2));
    out.element("year", date.substr(0, 4));
    out.end();
}

// The article's front: the page as the journal issue (publication, date, page label).
void page_front(XmlOut& out, const model::Page& page, const WriterOptions& options) {
    const model::PageMeta& meta = page.meta;
    out.start("front");
    out.start("journal-meta");
    if (!meta.publication.empty()) {
        out.start("journal-title-group");
        out.element("journal-title", meta.publication);
        out.end();
    }
    out.end();
    out.start("article-meta");
    out.element("article-id", "pub-id-type", "other", page_guid(meta, options));
    pub_date(out, meta.date);
    if (!meta.page.empty()) out.element("fpage", meta.page);  // the newspaper page label
    out.start("custom-meta-group");
    custom_meta(out, "source", meta.source);
    out.end();
    out.end();  // article-meta
    // Page furniture belongs to no article (structure-json.md "page_items").
    if (!page.page_items.empty()) {
        out.start("notes");
        out.attr("notes-type", "page-items");
        for (const auto& item : page.page_items) {
            out.element("p", "content-type", model::page_item_kind_name(item.kind), item.text);
        }
        out.end();
    }
    out.end();  // front
}

// One byline as a contrib with string-name and, when known, a role.
void contrib(XmlOut& out, const model::Byline& b, const std::string& language) {
    out.start("contrib");
    const char* type = b.role == model::Role::Photographer ? "photographer"
                       : b.role == model::Role::Editor     ? "editor"
                                                           : "author";
    out.attr("contrib-type", type);
    // Chinese names are not split into surname and given names (news-formats.md).
    out.element("string-name", b.name);
    if (const char* role = model::role_name(b.role)) {
        out.start("role");
        out.attr("vocab", kJatsRoleVocab);
        out.attr("vocab-term", role);
        out.text(role_word(b.role, language));
        out.end();
    }
    out.end();
}

// The genre as the sub-article's subject in IPTC's vocabulary (JATS has no genre element; a
// subj-group naming the vocabulary keeps the NewsCode itself); nothing when unknown.
void genre_categories(XmlOut& out, const std::optional<model::Genre>& genre) {
    if (!genre) return;
    const std::string code = model::genre_iptc_code(*genre);
    out.start("article-categories");
    out.start("subj-group");
    out.attr("subj-group-type", "genre");
    out.attr("vocab", kJatsGenreVocab);
    out.attr("vocab-identifier", kJatsGenreVocabUri);
    out.start("subject");
    out.attr("vocab-term", code);
    out.attr("vocab-term-identifier", kJatsGenreVocabUri + code);
    out.text(code);
    out.end();
    out.end();
    out.end();
}

// The sub-article's article-type from the JATS Tag Library's suggested values: "editorial"
// ("opinion piece, policy statement, or general commentary") for opinion, else "news" (an
// interview is a news item too; the list has no interview value).
const char* article_type(const std::optional<model::Genre>& genre) {
    return genre == model::Genre::Opinion ? "editorial" : "news";
}

// A sub-article's front-stub: id, genre, titles, contributors, dateline.
void front_stub(XmlOut& out, const model::Article& a, const std::string& guid,
                const std::string& language) {
    out.start("front-stub");
    out.element("article-id", "pub-id-type", "other", guid);
    genre_categories(out, a.genre);  // between article-id and title-group (front-stub model)
    out.start("title-group");
    out.element("article-title", a.headline);
    // JATS has no kicker element: both printed title lines are subtitles told apart by
    // content-type, so they stay in the title group where a reader displays them.
    if (a.kicker) {
        out.element("subtitle", "content-type", "kicker", *a.kicker);
    }
    if (a.subtitle) {
        out.element("subtitle", "content-type", "subtitle", *a.subtitle);
    }
    out.end();
    if (!a.bylines.empty()) {
        out.start("contrib-group");
        for (const auto& b : a.bylines) contrib(out, b, language);
        out.end();
    }
    if (a.dateline) {
        out.start("custom-meta-group");
        custom_meta(out, "dateline", *a.dateline);
        out.end();
    }
    out.end();
}

// A photo caption as fig with caption and, when credited, attrib.
void figure(XmlOut& out, const model::Figure& f, const std::string& id) {
    out.start("fig");
    out.attr("id", id);
    out.start("caption");
    out.element("p", f.caption);
    out.end();
    if (f.credit) out.element("attrib", *f.credit);
    out.end();
}

// Paragraphs and figures before the first intertitle sit in the body; each intertitle opens
// a sec that holds what follows it up to the next intertitle.
void body(XmlOut& out, const model::Article& a, const std::string& id) {
    if (a.blocks.empty()) return;
    out.start("body");
    bool in_sec = false;
    int sec_no = 0, fig_no = 0;
    for (const auto& block : a.blocks) {
        if (const auto* p = std::get_if<model::Paragraph>(&block)) {
            out.element("p", p->text);
        } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
            if (in_sec) out.end();
            out.start("sec");
            out.attr("id", id + "-s" + std::to_string(++sec_no));
            out.element("title", t->text);
            in_sec = true;
        } else {
            figure(out, std::get<model::Figure>(block), id + "-f" + std::to_string(++fig_no));
        }
    }
    if (in_sec) out.end();
    out.end();
}

}  // namespace

std::string write_jats(const model::Page& page, const WriterOptions& options) {
    const XmlText text = require_xml_text(page);
    const std::string language = language_tag(page);
    XmlOut out(text.needs_escaping);
    out.start_document();
    out.doctype("article", kJatsPublicId, kJatsSystemId);
    out.start("article");
    out.attr("xmlns:xlink", "http://www.w3.org/1999/xlink");
    out.attr("xmlns:mml", "http://www.w3.org/1998/Math/MathML");
    out.attr("article-type", "collection");
    out.attr("dtd-version", "1.4");
    out.attr("xml:lang", language);
    page_front(out, page, options);
    for (std::size_t i = 0; i < page.articles.size(); ++i) {
        const model::Article& a = page.articles[i];
        const std::string id = "a" + std::to_string(i + 1);
        out.start("sub-article");
        out.attr("id", id);
        out.attr("article-type", article_type(a.genre));
        front_stub(out, a, article_guid(page.meta, options, i), language);
        body(out, a, id);
        out.end();
    }
    out.end();
    return out.finish();
}

}  // namespace banmian::writers

// The one document model every reader produces and every writer consumes.
// Standard library only: no libxml2, ICU or Boost here.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace banmian::model {

// Lines of the decoded input a node came from, 1-based and inclusive; {0,0} when unknown
// (for example a node read back from XML).
struct SourceSpan {
    int first_line = 0;
    int last_line = 0;
    bool known() const { return first_line > 0; }
    bool operator==(const SourceSpan&) const = default;
};

// What a credited person did (structure-json.md, "bylines").
enum class Role { None, Reporter, Correspondent, Photographer, Editor };

struct Byline {
    std::string name;
    Role role = Role::None;
    SourceSpan span;
    bool operator==(const Byline& o) const { return name == o.name && role == o.role; }
};

struct Paragraph {
    std::string text;
    SourceSpan span;
    bool operator==(const Paragraph& o) const { return text == o.text; }
};

// 小标题: a heading inside an article body.
struct Intertitle {
    std::string text;
    SourceSpan span;
    bool operator==(const Intertitle& o) const { return text == o.text; }
};

// A photo caption; credit is the credit line without its trailing 摄/图 marker.
struct Figure {
    std::string caption;
    std::optional<std::string> credit;
    SourceSpan span;
    bool operator==(const Figure& o) const { return caption == o.caption && credit == o.credit; }
};

using Block = std::variant<Paragraph, Intertitle, Figure>;

// The journalistic form of an article, set only where the page text shows it (issue 4: "genre
// where known"). Each value is one concept of the IPTC Genre NewsCodes
// (http://cv.iptc.org/newscodes/genre/): Opinion is genre:Opinion ("editorial comment that
// reflects the views of the author"; 社论, 评论员文章, 时评 …), Interview is genre:Interview ("the
// report of a dialogue between a journalist and a news source"; 专访, 访谈).
enum class Genre { Opinion, Interview };

struct Article {
    std::optional<std::string> kicker;    // 引题
    std::string headline;                 // 主题
    std::optional<std::string> subtitle;  // 副题, without its leading ——
    std::optional<std::string> dateline;  // 电头, without the bracketed byline after it
    std::vector<Byline> bylines;
    std::vector<Block> blocks;
    SourceSpan span;
    std::optional<Genre> genre;  // unknown unless detected (assemble/genre.hpp) or read back
    bool operator==(const Article& o) const {
        return kicker == o.kicker && headline == o.headline && subtitle == o.subtitle &&
               dateline == o.dateline && bylines == o.bylines && blocks == o.blocks &&
               genre == o.genre;
    }
};

// Page furniture that belongs to no article (structure-json.md, "page_items").
enum class PageItemKind { PageHeader, Jump, SectionLabel, Advertisement };

struct PageItem {
    PageItemKind kind = PageItemKind::PageHeader;
    std::string text;
    SourceSpan span;
    bool operator==(const PageItem& o) const { return kind == o.kind && text == o.text; }
};

// Facts about the page that come from options or the reader, not from detection.
struct PageMeta {
    std::string source;       // input file name as given, e.g. "hunan-daily-page.txt"
    std::string publication;  // e.g. "人民日报"; empty if unknown
    std::string date;         // ISO 8601 date, e.g. "2023-07-11"; empty if unknown
    std::string page;         // page label, e.g. "06"; empty if unknown
    std::string language;     // BCP 47, e.g. "zh-CN" or "zh-TW"; empty if unknown
    bool operator==(const PageMeta&) const = default;
};

struct Page {
    PageMeta meta;
    std::vector<Article> articles;
    std::vector<PageItem> page_items;
    bool operator==(const Page& o) const {
        return articles == o.articles && page_items == o.page_items;
    }
};

// Stable names used by every format (structure JSON role strings, page item types).
const char* role_name(Role role);  // "reporter", …; nullptr for Role::None
std::optional<Role> role_from_name(const std::string& name);  // inverse; None for ""
// The Chinese role word printed before a name (记者, 通讯员, 摄影, 编辑), in Traditional
// characters when traditional is true; "" for Role::None.
const char* role_word(Role role, bool traditional);
// True for language tags written in Traditional characters (zh-TW, zh-HK, zh-MO, zh-Hant).
bool is_traditional_language(const std::string& tag);
const char* genre_name(Genre genre);  // "opinion", "interview" (structure JSON "genre")
std::optional<Genre> genre_from_name(const std::string& name);  // inverse; nullopt if unknown
// The concept's code in the IPTC Genre NewsCodes ("Opinion", "Interview"), used by NewsML-G2
// (qcode genre:CODE) and JATS (subject vocab-term); the inverse ignores case, as IPTC's own
// examples write genre:interview.
const char* genre_iptc_code(Genre genre);
std::optional<Genre> genre_from_iptc_code(const std::string& code);
const char* page_item_kind_name(PageItemKind kind);  // "page_header", "jump", …
std::optional<PageItemKind> page_item_kind_from_name(const std::string& name);

}  // namespace banmian::model

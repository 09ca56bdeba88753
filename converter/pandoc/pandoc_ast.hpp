// model::Page -> Pandoc's own JSON AST: the lossless input we hand Pandoc (never our JATS,
// whose Pandoc 2.17 reader drops bylines: shared/notes/typesetting.md, trap 11).
//
// Each page is a level-1 header (class "page") followed by one Div per article:
//   Div.article [ Div.kicker [Para], Header 2 #pN-aM .headline, Div.subtitle [Para],
//                       Div.bylines [Para], Para (Span.dateline first) | Header 3 .intertitle
//                       | Div.figure [Para [Span.caption, Span.credit]] ... ]
// and a Div.pageitems for furniture. The kicker sits inside the article Div, before the
// headline, so an EPUB chapter split never separates the two. Styles (CSS classes, the LaTeX
// Lua filter) give each class its look.
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "model/page.hpp"
#include "pandoc/book.hpp"

namespace banmian::pandoc {

struct DocumentOptions {
    std::vector<int> api_version{1, 22};  // pandoc-types version of the installed Pandoc
    bool with_meta = true;                // title, lang, date, creators, identifier …
    bool vertical = false;                // EPUB: right-to-left page progression
    std::size_t first_page_number = 1;    // for ids when a page is converted on its own
    // Extra metadata under the key "banmian" for templates: strings and booleans.
    std::vector<std::pair<std::string, std::string>> template_strings;
    std::vector<std::pair<std::string, bool>> template_flags;
    bool body_placeholder = false;  // blocks are one raw LaTeX line "%%BANMIAN-BODY%%"
};

// The Pandoc JSON document for pages (one part per page), as UTF-8 text.
std::string pandoc_json(std::span<const model::Page> pages, const BookMeta& book,
                        const DocumentOptions& options);

// The raw LaTeX line a body_placeholder document contains.
inline constexpr const char* kBodyPlaceholder = "%%BANMIAN-BODY%%";

// Where text goes decides what an ASCII space between two CJK characters means.
enum class TextRole {
    Body,     // stray space from the source (方式， 还会): removed (trap 13); but in text
              // with no sentence punctuation (a name list) it separates, as in Heading
    Heading,  // deliberate separator (打造新高地 逐梦长株潭): becomes U+3000
};

// Text as Pandoc inlines (JSON array text): Str runs, Space only next to non-CJK text.
std::string inlines_json(const std::string& text, TextRole role);

}  // namespace banmian::pandoc

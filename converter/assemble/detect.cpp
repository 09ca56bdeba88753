#include "assemble/detect.hpp"

#include "core/utf8.hpp"

namespace banmian::assemble {

// PLACEHOLDER until the detector lands: one article, first non-empty line as headline,
// every other non-empty line a paragraph.
model::Page detect_structure(std::string_view text, const std::string& source_name) {
    model::Page page;
    page.meta.source = source_name;
    model::Article article;
    int line_no = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        ++line_no;
        std::string_view line = utf8::trim(text.substr(start, end - start));
        if (!line.empty()) {
            if (article.headline.empty()) {
                article.headline = std::string(line);
                article.span = {line_no, line_no};
            } else {
                article.blocks.push_back(model::Paragraph{std::string(line), {line_no, line_no}});
            }
        }
        start = end + 1;
    }
    if (!article.headline.empty()) page.articles.push_back(std::move(article));
    return page;
}

}  // namespace banmian::assemble

#include "pandoc/book.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/utf8.hpp"
#include "writers/xml_meta.hpp"

namespace banmian::pandoc {
namespace {

// FNV-1a, 64 bit: a stable digest for the book identifier (not for security).
std::uint64_t fnv1a(const std::string& text, std::uint64_t hash) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::string strip_leading_zeros(const std::string& digits) {
    std::size_t i = 0;
    while (i + 1 < digits.size() && digits[i] == '0') ++i;
    return digits.substr(i);
}

const char* marc_role(model::Role role) {
    switch (role) {
        case model::Role::Photographer:
            return "pht";
        case model::Role::Editor:
            return "edt";
        default:
            return "aut";
    }
}

// The source file name without its extension ("rmrb-20230711-02").
std::string source_stem(const model::PageMeta& meta) {
    std::string stem = meta.source;
    if (const auto dot = stem.rfind('.'); dot != std::string::npos && dot > 0) stem.erase(dot);
    return stem;
}

// The heading of one page inside the book: publication, date and page label, whichever are
// known, separated by ideographic spaces; the source file name if none is. In a book of
// several pages without page labels the file name is added, or every part would read alike.
std::string page_label(const model::PageMeta& meta, bool several_pages) {
    std::vector<std::string> parts;
    if (!meta.publication.empty()) parts.push_back(meta.publication);
    if (!meta.date.empty()) parts.push_back(chinese_date(meta.date));
    if (!meta.page.empty()) {
        // "06" -> 第06版; a label that already says 版 (A5版) is kept as given.
        parts.push_back(meta.page.find("版") != std::string::npos ? meta.page
                                                                  : "第" + meta.page + "版");
    }
    if (parts.empty() || (several_pages && meta.page.empty())) {
        const std::string stem = source_stem(meta);
        if (parts.empty()) return stem.empty() ? "版面" : stem;
        if (!stem.empty()) parts.push_back(stem);
    }
    std::string label;
    for (const auto& p : parts) label += (label.empty() ? "" : "\u3000") + p;
    return label;
}

}  // namespace

std::string chinese_date(const std::string& iso) {
    const bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
    if (!shaped) return iso;
    return iso.substr(0, 4) + "年" + strip_leading_zeros(iso.substr(5, 2)) + "月" +
           strip_leading_zeros(iso.substr(8, 2)) + "日";
}

std::string guess_chinese_language(const model::Page& page) {
    // The XML writers' script guess (zh-Hant / zh-Hans / zh), as a region tag for Pandoc.
    return writers::language_tag(page) == "zh-Hant" ? "zh-TW" : "zh-CN";
}

std::string role_label(model::Role role, bool traditional) {
    return model::role_word(role, traditional);
}

BookMeta book_meta(std::span<const model::Page> pages, const writers::WriterOptions& options) {
    BookMeta book;
    const model::PageMeta& first = pages.front().meta;
    for (const auto& page : pages) {
        if (book.date_iso.empty()) book.date_iso = page.meta.date;
        if (book.publisher.empty()) book.publisher = page.meta.publication;
        book.page_labels.push_back(page_label(page.meta, pages.size() > 1));
    }
    book.date_zh = chinese_date(book.date_iso);
    book.language = first.language.empty() ? guess_chinese_language(pages.front()) : first.language;
    const std::string lang = book.language;
    book.traditional = lang.rfind("zh-TW", 0) == 0 || lang.rfind("zh-HK", 0) == 0 ||
                       lang.rfind("zh-MO", 0) == 0 || lang.find("Hant") != std::string::npos;

    std::string first_headline;
    std::uint64_t digest = 14695981039346656037ULL;
    std::set<std::string> seen;
    for (const auto& page : pages) {
        digest = fnv1a(page.meta.source + '\n' + page.meta.date + '\n', digest);
        for (const auto& article : page.articles) {
            if (first_headline.empty()) first_headline = article.headline;
            digest = fnv1a(article.headline + '\n', digest);
            for (const auto& byline : article.bylines) {
                if (!byline.name.empty() && seen.insert(byline.name).second) {
                    book.creators.push_back({byline.name, marc_role(byline.role)});
                }
            }
        }
    }
    if (!first.publication.empty()) {
        book.title = first.publication + (book.date_zh.empty() ? "" : "\u3000" + book.date_zh);
    } else if (!first_headline.empty()) {
        book.title = first_headline;
    } else {
        book.title = book.page_labels.front();
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(digest));
    book.identifier = options.id_prefix + ":book:" + hex;
    return book;
}

std::optional<long long> book_timestamp(const writers::WriterOptions& options,
                                        const BookMeta& book) {
    return writers::reproducible_timestamp(book.date_iso, options);
}

}  // namespace banmian::pandoc

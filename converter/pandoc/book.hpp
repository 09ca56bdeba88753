// What a book made of newspaper pages is called and who wrote it: metadata shared by the EPUB
// and PDF writers, derived from the pages only (never from the clock).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/page.hpp"
#include "writers/options.hpp"

namespace banmian::pandoc {

struct Creator {
    std::string name;
    std::string marc_role;  // MARC relator for EPUB: "aut", "pht", "edt"
};

struct BookMeta {
    std::string title;              // publication and date, else the first headline
    std::string date_iso;           // YYYY-MM-DD of the first dated page; empty if none
    std::string date_zh;            // the same as 2023年7月11日, for print
    std::string language;           // BCP 47: the first page's, else guessed zh-CN / zh-TW
    bool traditional = false;       // Traditional Chinese (zh-TW, zh-HK, zh-Hant): fonts, labels
    std::string identifier;         // deterministic: prefix + hash of sources and headlines
    std::string publisher;          // the publication, if any
    std::vector<Creator> creators;  // every byline name once, in reading order
    std::vector<std::string> page_labels;  // one heading per page: 人民日报　2023年7月11日　第05版
};

// Derives the metadata of a book of pages (at least one page).
BookMeta book_meta(std::span<const model::Page> pages, const writers::WriterOptions& options);

// "2023-07-11" -> "2023年7月11日"; other text is returned unchanged.
std::string chinese_date(const std::string& iso_date);

// Guesses zh-TW for text written in Traditional characters, else zh-CN (used only when
// neither the reader nor --lang gave a language).
std::string guess_chinese_language(const model::Page& page);

// The role word printed before a name (记者, 通讯员, 摄影, 编辑; Traditional forms if asked);
// empty for Role::None.
std::string role_label(model::Role role, bool traditional);

}  // namespace banmian::pandoc

namespace banmian::pandoc {

// Seconds since the epoch to stamp on the output (SOURCE_DATE_EPOCH for Pandoc and XeTeX):
// options.timestamp, else the book's date at 00:00 UTC, else $SOURCE_DATE_EPOCH, else none
// (the tools then use the clock: the only non-reproducible case).
std::optional<long long> book_timestamp(const writers::WriterOptions& options,
                                        const BookMeta& book);

}  // namespace banmian::pandoc

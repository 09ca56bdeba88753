// What the NewsML-G2 and JATS writers share: deterministic ids, the creation time, role words
// and the parts of a dateline. No libxml2 here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "model/page.hpp"
#include "writers/options.hpp"

namespace banmian::writers {

// The creation time as xs:dateTime in UTC ("2023-07-11T00:00:00Z"). Precedence (options.hpp):
// options.timestamp; else the page date at 00:00 UTC; else the SOURCE_DATE_EPOCH environment
// variable (read here, by the writers, not by the pipeline); else the current time.
std::string creation_time(const model::PageMeta& meta, const WriterOptions& options);

// The reproducible part of that precedence: options.timestamp, else the ISO date at 00:00 UTC,
// else SOURCE_DATE_EPOCH (an invalid value throws banmian::Error); nullopt: use the clock.
std::optional<long long> reproducible_timestamp(const std::string& iso_date,
                                                const WriterOptions& options);

// Formats seconds since the epoch as xs:dateTime in UTC.
std::string format_utc(long long epoch_seconds);

// The page's identifier: id_prefix + ":" + publication:date:page (white space removed, empty
// parts left out), or + the source file's stem when all three are empty. Never random.
std::string page_guid(const model::PageMeta& meta, const WriterOptions& options);

// The identifier of the article at 0-based position index on the page.
std::string article_guid(const model::PageMeta& meta, const WriterOptions& options,
                         std::size_t index);

// The language tag to write: the page's (--lang), else guessed from the script of the text:
// "zh-Hant" when traditional-only characters (這, 們, 國, …) outnumber their simplified
// forms, "zh-Hans" when simplified ones do, "zh" when neither occurs (nothing detects the
// language before the writers; rmrb-20190313-01-tw is the traditional corpus page).
std::string language_tag(const model::Page& page);

// The Chinese role word printed before a name (记者, 通讯员, 摄影, 编辑), in traditional
// characters for zh-TW/zh-HK/zh-Hant pages; "" for Role::None.
std::string role_word(model::Role role, const std::string& language);

// Throws banmian::Error (naming the source file and the field) if any text of the page is not
// valid UTF-8 or holds a character XML 1.0 cannot carry (C0 controls other than tab, LF, CR;
// U+FFFE, U+FFFF). xmlTextWriter copies such bytes through into a file no parser accepts.
// Also tells whether any text holds a character element content must escape.
struct XmlText {
    bool needs_escaping = false;  // some text holds < > & or CR
};
XmlText require_xml_text(const model::Page& page);

// A dateline split into its printed parts (prefix + location + date + rest == text).
// Only datelines that start with a known news organisation (本报, 新华社, …) are split,
// since elsewhere the place cannot be told from the organisation; others come back whole
// in prefix.
struct DatelineParts {
    std::string prefix;    // "新华社"
    std::string location;  // "北京"; empty when unknown
    std::string date;      // "3月12日"; empty when unknown
    std::string rest;      // "电"
};
DatelineParts split_dateline(const std::string& dateline);

}  // namespace banmian::writers

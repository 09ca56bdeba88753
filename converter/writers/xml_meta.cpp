#include "writers/xml_meta.hpp"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/error.hpp"

namespace banmian::writers {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

// Parses the leading YYYY-MM-DD of an ISO date; false if it is not one.
bool parse_iso_date(const std::string& date, long long& y, unsigned& m, unsigned& d) {
    int yy = 0, mm = 0, dd = 0;
    if (date.size() < 10 || std::sscanf(date.c_str(), "%4d-%2d-%2d", &yy, &mm, &dd) != 3) {
        return false;
    }
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return false;
    y = yy;
    m = static_cast<unsigned>(mm);
    d = static_cast<unsigned>(dd);
    return true;
}

// Removes white space so a publication name such as "人民日报 海外版" makes a clean id part.
std::string id_part(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ':') out += c;
    }
    return out;
}

// News organisations whose datelines read ORG + place + date + 电/讯 (structure-json.md,
// "dateline"; corpus pages rmrb-20190313-01 and its -tw twin).
constexpr std::array<std::string_view, 12> kDatelineOrgs = {
    "新华社", "新華社", "中新社", "中新網", "中新网", "本报",
    "本報",   "人民网", "人民網", "央视网", "光明网", "经济日报"};

bool is_ascii_or_wide_digit(std::string_view text, std::size_t pos) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c >= '0' && c <= '9') return true;
    // U+FF10..U+FF19 full-width digits are EF BC 90..99 in UTF-8.
    return c == 0xEF && pos + 2 < text.size() &&
           static_cast<unsigned char>(text[pos + 1]) == 0xBC &&
           static_cast<unsigned char>(text[pos + 2]) >= 0x90 &&
           static_cast<unsigned char>(text[pos + 2]) <= 0x99;
}

// Length of the first character of text that XML 1.0 cannot carry, as an offset, or npos.
std::size_t first_bad_xml_char(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates, beyond U+10FFFF, and the non-characters XML excludes.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
            return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

void require(const model::Page& page, std::string_view text, const std::string& field) {
    const std::size_t bad = first_bad_xml_char(text);
    if (bad == std::string_view::npos) return;
    throw Error({page.meta.source, {}, {}}, "cannot write XML: " + field +
                                                " holds a byte sequence that is not a valid XML "
                                                "character at byte " +
                                                std::to_string(bad) + " of the field");
}

}  // namespace

void require_xml_text(const model::Page& page) {
    for (const std::string* m : {&page.meta.publication, &page.meta.date, &page.meta.page,
                                 &page.meta.language, &page.meta.source}) {
        require(page, *m, "page metadata");
    }
    for (std::size_t i = 0; i < page.articles.size(); ++i) {
        const model::Article& a = page.articles[i];
        const std::string where = "article " + std::to_string(i + 1);
        require(page, a.headline, where + " headline");
        require(page, a.kicker.value_or(""), where + " kicker");
        require(page, a.subtitle.value_or(""), where + " subtitle");
        require(page, a.dateline.value_or(""), where + " dateline");
        for (const auto& b : a.bylines) require(page, b.name, where + " byline");
        for (const auto& block : a.blocks) {
            if (const auto* p = std::get_if<model::Paragraph>(&block)) {
                require(page, p->text, where + " paragraph");
            } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
                require(page, t->text, where + " intertitle");
            } else {
                const auto& f = std::get<model::Figure>(block);
                require(page, f.caption, where + " caption");
                require(page, f.credit.value_or(""), where + " credit");
            }
        }
    }
    for (const auto& item : page.page_items) require(page, item.text, "page item");
}

std::string format_utc(long long t) {
    long long days = t / 86400;
    long long secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    // civil_from_days (H. Hinnant).
    const long long z = days + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", y, m, d, secs / 3600,
                  (secs / 60) % 60, secs % 60);
    return buf;
}

std::string creation_time(const model::PageMeta& meta, const WriterOptions& options) {
    if (options.timestamp) return format_utc(*options.timestamp);
    long long y = 0;
    unsigned m = 0, d = 0;
    if (parse_iso_date(meta.date, y, m, d)) return format_utc(days_from_civil(y, m, d) * 86400);
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde != nullptr && *sde != '\0') {
        char* end = nullptr;
        const long long t = std::strtoll(sde, &end, 10);
        if (end == nullptr || *end != '\0') {
            throw Error("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" +
                        std::string(sde) + "'");
        }
        return format_utc(t);
    }
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return format_utc(std::chrono::duration_cast<std::chrono::seconds>(now).count());
}

std::string page_guid(const model::PageMeta& meta, const WriterOptions& options) {
    std::string key;
    for (const std::string* part : {&meta.publication, &meta.date, &meta.page}) {
        const std::string p = id_part(*part);
        if (!p.empty()) key += (key.empty() ? "" : ":") + p;
    }
    if (key.empty()) {
        std::string stem = meta.source;
        if (const auto dot = stem.find('.'); dot != std::string::npos) stem.resize(dot);
        key = id_part(stem.empty() ? std::string("page") : stem);
    }
    return options.id_prefix + ":" + key;
}

std::string article_guid(const model::PageMeta& meta, const WriterOptions& options,
                         std::size_t index) {
    return page_guid(meta, options) + ":article-" + std::to_string(index + 1);
}

std::string language_tag(const model::PageMeta& meta) {
    return meta.language.empty() ? std::string("zh") : meta.language;
}

std::string role_word(model::Role role, const std::string& language) {
    // Traditional characters for Taiwan, Hong Kong, Macau and explicit Hant tags.
    const bool hant =
        language.find("TW") != std::string::npos || language.find("HK") != std::string::npos ||
        language.find("MO") != std::string::npos || language.find("Hant") != std::string::npos;
    switch (role) {
        case model::Role::Reporter:
            return hant ? "記者" : "记者";
        case model::Role::Correspondent:
            return hant ? "通訊員" : "通讯员";
        case model::Role::Photographer:
            return hant ? "攝影" : "摄影";
        case model::Role::Editor:
            return hant ? "編輯" : "编辑";
        case model::Role::None:
            break;
    }
    return "";
}

std::size_t page_text_bytes(const model::Page& page) {
    std::size_t n = 0;
    for (const auto& a : page.articles) {
        n += a.headline.size() + a.kicker.value_or("").size() + a.subtitle.value_or("").size() +
             a.dateline.value_or("").size();
        for (const auto& b : a.bylines) n += b.name.size();
        for (const auto& block : a.blocks) {
            if (const auto* p = std::get_if<model::Paragraph>(&block)) n += p->text.size();
            if (const auto* t = std::get_if<model::Intertitle>(&block)) n += t->text.size();
            if (const auto* f = std::get_if<model::Figure>(&block)) {
                n += f->caption.size() + f->credit.value_or("").size();
            }
        }
    }
    for (const auto& item : page.page_items) n += item.text.size();
    return n;
}

DatelineParts split_dateline(const std::string& dateline) {
    DatelineParts parts;
    parts.prefix = dateline;
    std::string_view text = dateline;
    std::string_view org;
    for (std::string_view o : kDatelineOrgs) {
        if (text.substr(0, o.size()) == o && o.size() > org.size()) org = o;
    }
    if (org.empty()) return parts;
    std::size_t digit = org.size();
    while (digit < text.size() && !is_ascii_or_wide_digit(text, digit)) ++digit;
    if (digit >= text.size()) return parts;
    // The date runs to the first 日 (E6 97 A5) after the digits.
    const std::size_t ri = text.find("日", digit);
    if (ri == std::string_view::npos) return parts;
    const std::size_t date_end = ri + std::string_view("日").size();
    parts.prefix = std::string(org);
    parts.location = std::string(text.substr(org.size(), digit - org.size()));
    parts.date = std::string(text.substr(digit, date_end - digit));
    parts.rest = std::string(text.substr(date_end));
    return parts;
}

}  // namespace banmian::writers

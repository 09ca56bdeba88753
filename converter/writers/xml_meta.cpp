#include "writers/xml_meta.hpp"

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

// Offset of the first byte sequence that is not a character XML 1.0 can carry (invalid UTF-8,
// C0 controls other than tab/LF/CR, surrogates, U+FFFE, U+FFFF), or npos; sets needs_escaping
// if the text holds a byte element content must escape (< > & CR: libxml2's
// xmlEncodeSpecialChars set). Checks lead and continuation bytes directly (Unicode Table 3-7)
// instead of assembling code points: this runs over every byte the XML writers emit, so it
// must stay cheap next to the writing itself.
std::size_t first_bad_xml_char(std::string_view text, bool& needs_escaping) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        // Fast path for the bulk of Chinese text: lead bytes E1..EC and EE (U+1000..U+CFFF,
        // U+E000..U+EFFF) take any two continuation bytes; E0, ED and EF need the range checks
        // below (overlong forms, surrogates, U+FFFE/U+FFFF).
        if (static_cast<unsigned char>(c - 0xE1) < 0x0E && c != 0xED && i + 3 <= n) {
            std::uint16_t tail = 0;  // both continuation bytes, tested at once
            std::memcpy(&tail, s + i + 1, 2);
            if ((tail & 0xC0C0) != 0x8080) return i;
            i += 3;
            continue;
        }
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
            needs_escaping |= c == '<' || c == '>' || c == '&' || c == '\r';
            ++i;
        } else if (c >= 0xE0 && c <= 0xEF) {  // 3 bytes: almost all CJK text
            if (i + 3 > n) return i;
            const unsigned char c1 = s[i + 1], c2 = s[i + 2];
            const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            const unsigned char hi = c == 0xED ? 0x9F : 0xBF;  // no surrogates
            if (c1 < lo || c1 > hi || (c2 & 0xC0) != 0x80) return i;
            if (c == 0xEF && c1 == 0xBF && c2 >= 0xBE) return i;  // U+FFFE, U+FFFF
            i += 3;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (i + 2 > n || (s[i + 1] & 0xC0) != 0x80) return i;
            i += 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (i + 4 > n) return i;
            const unsigned char c1 = s[i + 1];
            const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;  // no overlong forms
            const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;  // nothing past U+10FFFF
            if (c1 < lo || c1 > hi || (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80) {
                return i;
            }
            i += 4;
        } else {
            return i;
        }
    }
    return std::string_view::npos;
}

// Calls visit(text, field, article) for every text the XML writers may emit; article is the
// 1-based article number, 0 for page-level text.
template <typename Visit>
void for_each_text(const model::Page& page, Visit&& visit) {
    const model::PageMeta& m = page.meta;
    for (const std::string* text : {&m.publication, &m.date, &m.page, &m.language, &m.source}) {
        visit(*text, "page metadata", 0);
    }
    const auto optional = [](const std::optional<std::string>& text) {
        return text ? std::string_view(*text) : std::string_view();
    };
    for (std::size_t i = 0; i < page.articles.size(); ++i) {
        const model::Article& a = page.articles[i];
        const std::size_t n = i + 1;
        visit(a.headline, "headline", n);
        visit(optional(a.kicker), "kicker", n);
        visit(optional(a.subtitle), "subtitle", n);
        visit(optional(a.dateline), "dateline", n);
        for (const auto& b : a.bylines) visit(b.name, "byline", n);
        for (const auto& block : a.blocks) {
            if (const auto* p = std::get_if<model::Paragraph>(&block)) {
                visit(p->text, "paragraph", n);
            } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
                visit(t->text, "intertitle", n);
            } else {
                const auto& f = std::get<model::Figure>(block);
                visit(f.caption, "caption", n);
                visit(optional(f.credit), "credit", n);
            }
        }
    }
    for (const auto& item : page.page_items) visit(item.text, "page item", 0);
}

}  // namespace

XmlText require_xml_text(const model::Page& page) {
    XmlText result;
    for_each_text(page, [&](std::string_view text, const char* field, std::size_t article) {
        const std::size_t bad = first_bad_xml_char(text, result.needs_escaping);
        if (bad == std::string_view::npos) return;
        // The message is built only here: the check runs over every text of every page.
        const std::string where =
            article == 0 ? field : "article " + std::to_string(article) + " " + field;
        throw Error({page.meta.source, {}, {}},
                    "cannot write XML: " + where +
                        " holds a byte sequence that is not a valid XML character at byte " +
                        std::to_string(bad) + " of the field");
    });
    return result;
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

std::optional<long long> reproducible_timestamp(const std::string& iso_date,
                                                const WriterOptions& options) {
    if (options.timestamp) return options.timestamp;
    long long y = 0;
    unsigned m = 0, d = 0;
    if (parse_iso_date(iso_date, y, m, d)) return days_from_civil(y, m, d) * 86400;
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde != nullptr && *sde != '\0') {
        char* end = nullptr;
        const long long t = std::strtoll(sde, &end, 10);
        if (end == nullptr || *end != '\0') {
            throw Error("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" +
                        std::string(sde) + "'");
        }
        return t;
    }
    return std::nullopt;
}

std::string creation_time(const model::PageMeta& meta, const WriterOptions& options) {
    if (const auto t = reproducible_timestamp(meta.date, options)) return format_utc(*t);
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

namespace {

// +1 for a frequent character whose simplified form differs from its traditional one, -1 for
// the traditional form, 0 otherwise: 这這 们們 国國 说說 会會 为為 与與 报報 电電 记記 发發
// 时時 个個 经經 来來 对對 业業 东東 区區 长長 门門 开開 关關 员員.
int script_of(char32_t cp) {
    switch (cp) {
        case U'这':
        case U'们':
        case U'国':
        case U'说':
        case U'会':
        case U'为':
        case U'与':
        case U'报':
        case U'电':
        case U'记':
        case U'发':
        case U'时':
        case U'个':
        case U'经':
        case U'来':
        case U'对':
        case U'业':
        case U'东':
        case U'区':
        case U'长':
        case U'门':
        case U'开':
        case U'关':
        case U'员':
            return 1;
        case U'這':
        case U'們':
        case U'國':
        case U'說':
        case U'會':
        case U'為':
        case U'與':
        case U'報':
        case U'電':
        case U'記':
        case U'發':
        case U'時':
        case U'個':
        case U'經':
        case U'來':
        case U'對':
        case U'業':
        case U'東':
        case U'區':
        case U'長':
        case U'門':
        case U'開':
        case U'關':
        case U'員':
            return -1;
        default:
            return 0;
    }
}

// Counts simplified and traditional forms in text (all of them are 3-byte UTF-8 characters).
void count_script(std::string_view text, int& simplified, int& traditional) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = s[i];
        if (c < 0xE0 || c >= 0xF0 || i + 3 > text.size()) {
            i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            continue;
        }
        const char32_t cp = (static_cast<char32_t>(c & 0x0F) << 12) |
                            (static_cast<char32_t>(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        const int script = script_of(cp);
        simplified += script > 0;
        traditional += script < 0;
        i += 3;
    }
}

}  // namespace

std::string language_tag(const model::Page& page) {
    if (!page.meta.language.empty()) return page.meta.language;
    int simplified = 0, traditional = 0;
    std::size_t scanned = 0;
    // A dozen telling characters (about every twentieth character is one) or two kilobytes
    // decide it; the whole page is not needed.
    const auto decided = [&] { return simplified + traditional >= 12 || scanned > 2048; };
    for (const auto& a : page.articles) {
        if (decided()) break;
        count_script(a.headline, simplified, traditional);
        scanned += a.headline.size();
        for (const auto& block : a.blocks) {
            if (decided()) break;
            if (const auto* p = std::get_if<model::Paragraph>(&block)) {
                const std::string_view head = std::string_view(p->text).substr(0, 600);
                count_script(head, simplified, traditional);
                scanned += head.size();
            }
        }
    }
    if (simplified == 0 && traditional == 0) return "zh";
    return traditional > simplified ? "zh-Hant" : "zh-Hans";
}

std::string role_word(model::Role role, const std::string& language) {
    return model::role_word(role, model::is_traditional_language(language));
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

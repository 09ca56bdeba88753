#include "classify/patterns.hpp"

#include <array>

#include "classify/names.hpp"
#include "segment/chars.hpp"

namespace banmian::classify {
namespace {

using segment::is_han;
using segment::is_space;

bool starts_with(std::u32string_view s, std::u32string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool contains(std::u32string_view s, std::u32string_view part) {
    return s.find(part) != std::u32string_view::npos;
}

bool is_digit_like(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
           std::u32string_view(U"〇一二三四五六七八九十廿卅").find(c) != std::u32string_view::npos;
}

// True when s holds a date such as 3月12日 or 十一月五日.
bool has_date(std::u32string_view s) {
    const std::size_t day = s.find(U'日');
    if (day == std::u32string_view::npos || day == 0) return false;
    return is_digit_like(s[day - 1]);
}

// True when the text before 电/讯 names a news organisation (本报, 新华社, 中新网, 电视台).
bool ends_with_org(std::u32string_view s) {
    if (s.empty()) return false;
    const char32_t c = s.back();
    return c == U'社' || c == U'报' || c == U'報' || c == U'网' || c == U'網' || c == U'台';
}

// True when s opens with a news organisation that files dispatches (本报, 新华社, 中新社).
bool opens_with_org(std::u32string_view s) {
    static constexpr std::array<std::u32string_view, 6> kOrgs = {U"本报",   U"本報",   U"新华社",
                                                                 U"新華社", U"中新社", U"中新网"};
    for (auto org : kOrgs) {
        if (s.size() > org.size() && starts_with(s, org)) return true;
    }
    return false;
}

// True when text ends with a sentence end, closing quotes skipped.
bool ends_sentence_mark(std::u32string_view text) {
    std::size_t n = text.size();
    while (n > 0 && segment::is_closer(text[n - 1])) --n;
    return n > 0 && segment::is_sentence_end(text[n - 1]);
}

bool is_dispatch_mark(char32_t c) { return c == U'电' || c == U'讯' || c == U'電' || c == U'訊'; }

bool is_open_bracket(char32_t c) { return c == U'（' || c == U'('; }

// Index just past the bracket opened at text[open], or npos.
std::size_t bracket_end(std::u32string_view text, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < text.size() && i < open + 60; ++i) {
        if (is_open_bracket(text[i])) ++depth;
        if (text[i] == U'）' || text[i] == U')') {
            if (--depth == 0) return i + 1;
        }
    }
    return std::u32string_view::npos;
}

}  // namespace

std::optional<DatelineMatch> match_dateline(std::u32string_view text) {
    // A dateline never opens with a bracket: "（新华社北京1月2日电  记者周圆、黄垚）" is a
    // closing bracket holding one (holdout3 rmrb-20250103-07), read by its content.
    if (!text.empty() && is_open_bracket(text[0])) return std::nullopt;
    const std::size_t limit = std::min<std::size_t>(text.size(), 28);
    for (std::size_t i = 2; i < limit; ++i) {
        const char32_t c = text[i];
        if (is_space(c) || segment::is_punct(c)) return std::nullopt;
        if (!is_dispatch_mark(c)) continue;
        const std::u32string_view prefix = text.substr(0, i);
        const bool dated = has_date(prefix);
        // Undated: "本报讯", "新华社电", or the organisation and a place: "本报约翰内斯堡电".
        if (!dated && !ends_with_org(prefix) && !(opens_with_org(prefix) && i <= 12)) continue;
        std::size_t pos = i + 1;
        const bool at_break = pos == text.size() || is_space(text[pos]) ||
                              is_open_bracket(text[pos]) || text[pos] == U'：' || text[pos] == U':';
        // Undated 电头 (本报讯, 新华社电) must stand apart; a dated one may run into the text.
        if (!at_break && !dated) continue;
        DatelineMatch m;
        m.dateline.assign(text.substr(0, i + 1));
        while (pos < text.size() &&
               (is_space(text[pos]) || text[pos] == U'：' || text[pos] == U':')) {
            ++pos;
        }
        if (auto credit = match_leading_credit(text.substr(pos))) {
            m.bylines = std::move(credit->bylines);
            pos += credit->rest;
        }
        m.rest = pos;
        return m;
    }
    return std::nullopt;
}

std::optional<LeadingCredit> match_leading_credit(std::u32string_view text) {
    if (text.empty() || !is_open_bracket(text[0])) return std::nullopt;
    const std::size_t end = bracket_end(text, 0);
    if (end == std::u32string_view::npos) return std::nullopt;
    auto names = parse_credit_list(text.substr(1, end - 2), false);
    if (!names) return std::nullopt;
    std::size_t pos = end;
    while (pos < text.size() && is_space(text[pos])) ++pos;
    return LeadingCredit{std::move(*names), pos};
}

// A dateline for several places, "本报北京、开罗、…、里约热内卢7月19日电" (a joint report of
// several bureaus, holdout5): an organisation, places parted by 、, a date and 电/讯. Read only
// in a whole bracket's content, where nothing but a dateline and a credit stands; the date is
// required so that an enumeration of places in running text is never taken for one.
static std::optional<DatelineMatch> match_place_list_dateline(std::u32string_view inner) {
    if (!opens_with_org(inner)) return std::nullopt;
    const std::size_t limit = std::min<std::size_t>(inner.size(), 100);
    std::size_t places = 0;  // 、 seen, each after a non-empty place
    std::size_t run = 0;     // characters since the last 、
    for (std::size_t i = 2; i < limit; ++i) {
        const char32_t c = inner[i];
        if (c == U'、') {
            if (run == 0) return std::nullopt;
            ++places;
            run = 0;
            continue;
        }
        if (!is_han(c) && !is_digit_like(c)) return std::nullopt;
        // One place and the date after the last one fit in 16 characters.
        if (++run > 16) return std::nullopt;
        if (!is_dispatch_mark(c)) continue;
        if (places == 0 || !has_date(inner.substr(i + 1 - run, run))) return std::nullopt;
        DatelineMatch m;
        m.dateline.assign(inner.substr(0, i + 1));
        std::size_t pos = i + 1;
        while (pos < inner.size() && is_space(inner[pos])) ++pos;
        m.rest = pos;
        return m;
    }
    return std::nullopt;
}

std::optional<DatelineMatch> match_dateline_with_credit(std::u32string_view inner) {
    auto m = match_dateline(inner);
    if (!m) m = match_place_list_dateline(inner);
    if (!m || !m->bylines.empty() || m->rest >= inner.size()) return std::nullopt;
    auto names = parse_credit_list(segment::trim(inner.substr(m->rest)), false);
    if (!names) return std::nullopt;
    m->bylines = std::move(*names);
    m->rest = inner.size();
    return m;
}

bool is_bare_dateline(std::u32string_view text) {
    auto m = match_dateline(text);
    if (!m) m = match_place_list_dateline(text);
    return m && m->bylines.empty() && m->rest >= text.size();
}

// Splits text (its credit mark already cut off) into a caption and the photo credit that ends
// it; tail (a bracketed source, a kept mark) is appended to the credit.
static std::optional<CaptionMatch> split_credit(std::u32string_view text,
                                                std::u32string_view tail) {
    const std::u32string_view body = segment::trim(text);
    const auto with_tail = [&](std::u32string credit) { return credit + std::u32string(tail); };
    // The credit starts after the caption's last sentence end ("…发展。 陈旭东 摄").
    std::size_t split = 0;
    for (std::size_t i = body.size(); i > 0; --i) {
        if (segment::is_sentence_end(body[i - 1])) {
            split = i;
            while (split < body.size() && segment::is_closer(body[split])) ++split;
            break;
        }
    }
    if (split > 0) {
        if (auto credit = normalize_photo_credit(body.substr(split))) {
            return CaptionMatch{std::u32string(segment::trim(body.substr(0, split))),
                                with_tail(*credit)};
        }
    }
    // Otherwise the longest run of space-separated credit tokens at the end.
    if (auto credit = normalize_photo_credit(body)) return CaptionMatch{U"", with_tail(*credit)};
    // A whole line of 3-6 Han characters before 摄 is a photographer's name even without a
    // known surname: transliterated foreign names print so ("迪里霍特摄", holdout4
    // rmrb-20230706-02). A short line ending in 摄 is a credit in newspapers, except the verb
    // 拍摄 ("春节前后拍摄"): no name ends in 拍.
    if (body.size() >= 3 && body.size() <= 6 && tail.empty() && body.back() != U'拍') {
        bool han = true;
        for (char32_t ch : body) han = han && is_han(ch);
        if (han) return CaptionMatch{U"", std::u32string(body)};
    }
    for (std::size_t i = 1; i < body.size(); ++i) {
        if (!is_space(body[i]) || is_space(body[i - 1])) continue;
        std::size_t end = i;
        while (end < body.size() && is_space(body[end])) ++end;
        if (auto credit = normalize_photo_credit(body.substr(end))) {
            return CaptionMatch{std::u32string(segment::trim(body.substr(0, i))),
                                with_tail(*credit)};
        }
    }
    return std::nullopt;
}

bool is_agency_credit(std::u32string_view inner) {
    inner = segment::trim(inner);
    // 资料图片 ("file photo") names the photo's source the same way, with no photographer
    // (holdout4 rmrb-20250105-05-tw: 圖一：…。 over 資料圖片); kept whole as the credit.
    if (inner == U"资料图片" || inner == U"資料圖片") return true;
    if (inner.size() < 3 || inner.size() > 8) return false;
    for (char32_t c : inner) {
        if (!is_han(c)) return false;
    }
    const std::u32string_view end = inner.substr(inner.size() - 2);
    return end == U"社发" || end == U"社發";
}

// A photo credit naming only the agency, without 摄 ("新华社发", "（新华社发）"): alone, or
// after a caption that opens like one ("图为…。（新华社发）"). 发 is kept: it is no credit mark.
static std::optional<CaptionMatch> match_agency_caption(std::u32string_view text) {
    std::u32string_view credit, before;
    const std::size_t open = trailing_bracket(text);
    if (open != std::u32string_view::npos) {
        credit = text.substr(open + 1, text.size() - open - 2);
        before = segment::trim(text.substr(0, open));
    } else {
        std::size_t start = text.size();
        while (start > 0 && !is_space(text[start - 1]) &&
               !segment::is_sentence_end(text[start - 1])) {
            --start;
        }
        credit = text.substr(start);
        before = segment::trim(text.substr(0, start));
    }
    if (!is_agency_credit(credit)) return std::nullopt;
    if (!before.empty() && !(ends_sentence_mark(before) && opens_like_caption(before))) {
        return std::nullopt;
    }
    return CaptionMatch{std::u32string(before), std::u32string(segment::trim(credit))};
}

bool is_shared_photo_credit(std::u32string_view text) {
    text = segment::trim(text);
    if (text.size() < 8 || text.size() > 40 || text.substr(text.size() - 2) != U"提供") {
        return false;
    }
    for (char32_t ch : text) {
        if (segment::is_sentence_end(ch) || segment::is_pause(ch)) return false;
    }
    for (std::u32string_view o :
         {std::u32string_view(U"以上图片"), std::u32string_view(U"本版图片"),
          std::u32string_view(U"以上圖片"), std::u32string_view(U"本版圖片")}) {
        if (starts_with(text, o)) return true;
    }
    return false;
}

std::optional<CaptionMatch> match_caption(std::u32string_view text) {
    text = segment::trim(text);
    // One credit line for several photos printed above it ("以上图片均为路桥区委宣传部提供";
    // holdout8): a credit without 摄, kept whole.
    if (is_shared_photo_credit(text)) return CaptionMatch{std::u32string(), std::u32string(text)};
    // The mark closing an agency or file-photo credit: 发 (新华社发) or 片 (资料图片).
    const auto agency_mark = [](char32_t ch) { return ch == U'发' || ch == U'發' || ch == U'片'; };
    if (!text.empty() &&
        (agency_mark(text.back()) || ((text.back() == U'）' || text.back() == U')') &&
                                      text.size() > 2 && agency_mark(text[text.size() - 2])))) {
        if (auto m = match_agency_caption(text)) return m;
    }
    // A credit in brackets at the end: "…（新华社记者 李刚摄）".
    if (!text.empty() && (text.back() == U'）' || text.back() == U')')) {
        const std::size_t open = trailing_bracket(text);
        if (open != std::u32string_view::npos) {
            std::u32string_view inner = text.substr(open + 1, text.size() - open - 2);
            inner = segment::trim(inner);
            if (!inner.empty() && (inner.back() == U'摄' || inner.back() == U'攝')) {
                auto credit = normalize_photo_credit(inner.substr(0, inner.size() - 1));
                if (credit) {
                    return CaptionMatch{std::u32string(segment::trim(text.substr(0, open))),
                                        *credit};
                }
            }
        }
    }
    // A source in brackets after the credit mark: "张三摄（人民视觉）" credits "张三（人民视觉）".
    std::u32string tail;
    if (!text.empty() && (text.back() == U'）' || text.back() == U')')) {
        const std::size_t open = trailing_bracket(text);
        if (open == std::u32string_view::npos || open < 2 || open + 2 >= text.size()) {
            return std::nullopt;
        }
        tail.assign(text.substr(open));
        text = segment::trim(text.substr(0, open));
    }
    // A photo story's "摄影报道" keeps its words in the credit (only a lone 摄 is dropped, and
    // 道 is no credit marker): "王  明  李  强摄影报道" credits "王明 李强 摄影报道".
    for (std::u32string_view mark :
         {std::u32string_view(U"摄影报道"), std::u32string_view(U"攝影報道")}) {
        if (text.size() > mark.size() + 1 && text.substr(text.size() - mark.size()) == mark) {
            tail = U" " + std::u32string(mark) + tail;
            text = segment::trim(text.substr(0, text.size() - mark.size()));
            return split_credit(text, tail);
        }
    }
    if (text.size() < 3 || (text.back() != U'摄' && text.back() != U'攝')) return std::nullopt;
    return split_credit(text.substr(0, text.size() - 1), tail);
}

bool opens_like_caption(std::u32string_view text) {
    static constexpr std::array<std::u32string_view, 12> kOpeners = {
        U"图为", U"圖為", U"上图", U"下图", U"左图", U"右图",
        U"图：", U"圖：", U"上圖", U"下圖", U"题图", U"圖片："};
    for (auto o : kOpeners) {
        if (starts_with(text, o)) return true;
    }
    return false;
}

bool opens_like_caption(std::string_view utf8_text) {
    static constexpr std::array<std::string_view, 12> kOpeners = {"图为", "圖為", "上图", "下图",
                                                                  "左图", "右图", "图：", "圖：",
                                                                  "上圖", "下圖", "题图", "圖片："};
    for (auto o : kOpeners) {
        if (utf8_text.substr(0, o.size()) == o) return true;
    }
    return false;
}

bool is_author_note(std::u32string_view inner) {
    inner = segment::trim(inner);
    return starts_with(inner, U"作者") || starts_with(inner, U"本文作者");
}

std::size_t rubric_at(std::u32string_view text) {
    constexpr std::size_t npos = std::u32string_view::npos;
    const std::size_t open = trailing_bracket(text);
    if (open == npos || open < 4) return npos;
    const std::u32string_view inner = text.substr(open + 1, text.size() - open - 2);
    if (inner.size() < 4 || inner.size() > 24) return npos;
    for (char32_t c : inner) {
        if (!is_han(c) && c != U'·' && c != U'•' && c != U'、') return npos;
    }
    if (is_author_note(inner) || is_jump(inner) || is_bare_dateline(inner)) return npos;
    // A credit list, but a long run with · is a rubric and its section ("国际论坛·共享机遇"),
    // not a transliterated name.
    const bool dotted = inner.find_first_of(U"·•") != std::u32string_view::npos;
    if ((!dotted || inner.size() <= 10) && parse_credit_list(inner, false)) return npos;
    return open;
}

bool is_jump(std::u32string_view inner) {
    inner = segment::trim(inner);
    if (inner.size() < 4 || inner.size() > 24) return false;
    if (!contains(inner, U"版")) return false;
    return contains(inner, U"转") || contains(inner, U"轉") || contains(inner, U"接") ||
           contains(inner, U"见") || contains(inner, U"見");
}

std::size_t trailing_bracket(std::u32string_view text) {
    if (text.empty() || (text.back() != U'）' && text.back() != U')')) {
        return std::u32string_view::npos;
    }
    int depth = 0;
    for (std::size_t i = text.size(); i > 0; --i) {
        const char32_t c = text[i - 1];
        if (c == U'）' || c == U')') ++depth;
        if (is_open_bracket(c) && --depth == 0) return i - 1;
        // 120: a closing bracket with a dateline for ten places and eleven reporters runs
        // to about 95 characters (holdout5); running text keeps no longer brackets at its end.
        if (text.size() - i > 120) break;
    }
    return std::u32string_view::npos;
}

bool opens_with_bracket_label(std::u32string_view text) {
    if (text.size() < 4 || text.front() != U'【') return false;
    const std::size_t close = text.substr(0, 10).find(U'】');
    return close != std::u32string_view::npos && close >= 2 &&
           !segment::trim(text.substr(close + 1)).empty();
}

bool is_brief_rubric(std::u32string_view text) {
    // The words a newspaper names a column of briefs with (新闻速递, 国际简讯, 经济快讯, 要闻
    // 简报); a kicker or headline never ends so on a line this short (structure-json.md:
    // "section_label (a rubric over several briefs such as 新闻速递)"; holdout4
    // rmrb-20230706-11). …动态 names such a column too (法治动态, 科技动态, 工作动态: news of a
    // field in brief; holdout5: a rubric over two briefs read as their kicker).
    static constexpr std::array<std::u32string_view, 14> kWords = {
        U"速递", U"速遞", U"快讯", U"快訊", U"简讯", U"簡訊", U"短讯",
        U"短訊", U"简报", U"簡報", U"速览", U"速覽", U"动态", U"動態"};
    text = segment::trim(text);
    if (text.size() < 2 || text.size() > 6) return false;
    for (char32_t c : text) {
        if (!is_han(c)) return false;
    }
    for (auto word : kWords) {
        if (text.substr(text.size() - 2) == word) return true;
    }
    return false;
}

bool is_bracket_label(std::u32string_view text) {
    text = segment::trim(text);
    return text.size() >= 3 && text.size() <= 12 && text.front() == U'【' && text.back() == U'】';
}

bool is_bracketed_date(std::u32string_view text) {
    text = segment::trim(text);
    if (text.size() < 7 || text.size() > 18 || !is_open_bracket(text.front()) ||
        trailing_bracket(text) != 0) {
        return false;
    }
    // Only a year, a month and a day in Arabic or Chinese numerals: nothing else is inside.
    bool year = false, month = false, day = false;
    for (char32_t c : text.substr(1, text.size() - 2)) {
        if (c == U'年') {
            year = true;
        } else if (c == U'月') {
            month = year;
        } else if (c == U'日') {
            day = month;
        } else if (!((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
                     std::u32string_view(U"〇零一二三四五六七八九十").find(c) !=
                         std::u32string_view::npos)) {
            return false;
        }
    }
    return day;
}

std::optional<model::PageItemKind> match_furniture(std::u32string_view text) {
    text = segment::trim(text);
    if (text.empty()) return std::nullopt;
    // 本版责编：…, 版式设计：…, 责任编辑：… (structure-json.md, page_items).
    if (segment::starts_like_page_header(text)) return model::PageItemKind::PageHeader;
    // A whole-line jump "（下转第五版）" or a bracketed column label "（远望台）".
    if (is_open_bracket(text.front()) && trailing_bracket(text) == 0) {
        const std::u32string_view inner = text.substr(1, text.size() - 2);
        if (is_jump(inner)) return model::PageItemKind::Jump;
        bool han = !inner.empty() && inner.size() <= 8;
        for (char32_t c : inner) han = han && is_han(c);
        // An author note "（作者为本报编辑）" stays in its article as text.
        if (han && !is_author_note(inner) && !is_agency_credit(inner) &&
            !parse_credit_list(inner, false) && !is_bare_dateline(inner)) {
            return model::PageItemKind::SectionLabel;
        }
    }
    if (is_bracket_label(text) || is_brief_rubric(text)) {
        return model::PageItemKind::SectionLabel;
    }
    if (text == U"广告" || text == U"廣告" || text == U"（广告）" || text == U"(广告)") {
        return model::PageItemKind::Advertisement;
    }
    return std::nullopt;
}

}  // namespace banmian::classify

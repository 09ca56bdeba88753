#include "assemble/genre.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>

namespace banmian::assemble {
namespace {

using model::Genre;
using std::string_view;

// Traditional characters of the evidence words below and their Simplified forms, so one word
// list serves both scripts (rmrb-20190313-01-tw is the same page converted with OpenCC s2tw).
constexpr std::array<std::pair<string_view, string_view>, 24> kTraditional{{
    {"評", "评"}, {"論", "论"}, {"壇", "坛"}, {"談", "谈"}, {"時", "时"}, {"說", "说"},
    {"員", "员"}, {"觀", "观"}, {"點", "点"}, {"專", "专"}, {"訪", "访"}, {"對", "对"},
    {"話", "话"}, {"報", "报"}, {"國", "国"}, {"際", "际"}, {"記", "记"}, {"聲", "声"},
    {"臺", "台"}, {"銳", "锐"}, {"網", "网"}, {"錄", "录"}, {"獨", "独"}, {"樓", "楼"},
}};

static_assert(std::all_of(kTraditional.begin(), kTraditional.end(),
                          [](const auto& pair) { return pair.first.size() == 3; }),
              "fold_traditional looks up three-byte characters only");

// A three-byte UTF-8 character as one number, for the table lookup below.
constexpr std::uint32_t char_key(string_view c) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(c[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(c[1])) << 8 |
           static_cast<unsigned char>(c[2]);
}

// kTraditional sorted by the key of its Traditional character (all are three-byte characters).
constexpr auto kTraditionalByKey = [] {
    std::array<std::pair<std::uint32_t, string_view>, kTraditional.size()> table{};
    for (std::size_t i = 0; i < kTraditional.size(); ++i) {
        table[i] = {char_key(kTraditional[i].first), kTraditional[i].second};
    }
    std::sort(table.begin(), table.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return table;
}();

// text with the characters of kTraditional in their Simplified form. Steps character by
// character with one binary search per Han character: this runs over the title lines and
// credits of every article of a page (a table scan at every byte was a fifth of detection).
std::string fold_traditional(string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (length == 3 && i + 3 <= text.size()) {
            const std::uint32_t key = char_key(text.substr(i, 3));
            const auto* hit = std::lower_bound(
                kTraditionalByKey.begin(), kTraditionalByKey.end(), key,
                [](const auto& entry, std::uint32_t k) { return entry.first < k; });
            if (hit != kTraditionalByKey.end() && hit->first == key) {
                out += hit->second;
                i += 3;
                continue;
            }
        }
        const std::size_t n = std::min(length, text.size() - i);
        out.append(text.substr(i, n));
        i += n;
    }
    return out;
}

struct Word {
    string_view text;
    Genre genre;
};

// Column rubrics that name the form of the piece. Opinion: editorials and signed commentary
// columns of the Party papers (社论, 评论员文章, 人民论坛, 今日谈 on page 1, 人民时评, 评论员观察,
// 人民观点, 新论 on the commentary page, 和音/国际论坛 international commentary, 金台潮声, 海外版
// 望海楼), 述评 (news commentary, classed with commentary in Chinese journalism). Interview:
// 专访, 访谈, 对话 as a rubric. Columns that name a topic or a mood (远望台, 城市漫笔, 深度观察,
// 追梦路上) say nothing about the form and are left out: unknown is better than wrong.
constexpr std::array<Word, 25> kRubrics{{
    {"社论", Genre::Opinion},       {"评论", Genre::Opinion},     {"短评", Genre::Opinion},
    {"时评", Genre::Opinion},       {"述评", Genre::Opinion},     {"快评", Genre::Opinion},
    {"锐评", Genre::Opinion},       {"网评", Genre::Opinion},     {"评论员文章", Genre::Opinion},
    {"本报评论员", Genre::Opinion}, {"人民论坛", Genre::Opinion}, {"今日谈", Genre::Opinion},
    {"今日评说", Genre::Opinion},   {"人民时评", Genre::Opinion}, {"评论员观察", Genre::Opinion},
    {"人民观点", Genre::Opinion},   {"和音", Genre::Opinion},     {"国际论坛", Genre::Opinion},
    {"金台潮声", Genre::Opinion},   {"望海楼", Genre::Opinion},   {"新论", Genre::Opinion},
    {"专访", Genre::Interview},     {"访谈", Genre::Interview},   {"对话", Genre::Interview},
    {"访谈录", Genre::Interview},
}};

// Endings that make a short rubric one of the above (人民日报评论员文章, 新华时评, 人民论坛·网评,
// 人物专访, 高端访谈). Not 评 alone: 书评, 影评 are reviews (IPTC genre:Review), not opinion.
constexpr std::array<Word, 11> kRubricEndings{{
    {"评论员文章", Genre::Opinion},
    {"社论", Genre::Opinion},
    {"时评", Genre::Opinion},
    {"短评", Genre::Opinion},
    {"快评", Genre::Opinion},
    {"锐评", Genre::Opinion},
    {"述评", Genre::Opinion},
    {"网评", Genre::Opinion},
    {"专访", Genre::Interview},
    {"访谈", Genre::Interview},
    {"访谈录", Genre::Interview},
}};

// A rubric is a few characters; longer text ending in 社论 or 专访 is a sentence, not a rubric.
constexpr std::size_t kMaxRubricBytes = 12 * 3;

// Brackets, spaces and trailing marks around a rubric: （人民论坛）, 【社论】, 今日谈：, 专访——.
constexpr std::array<string_view, 19> kRubricFrame{{" ", "\t", "\u3000", "（", "）", "(", ")", "【",
                                                    "】", "〔", "〕", "[", "]", "［", "］", "：",
                                                    ":", "—", "·"}};

// text without the brackets, spaces and marks of kRubricFrame at either end.
string_view trim_frame(string_view text) {
    bool trimmed = true;
    while (trimmed && !text.empty()) {
        trimmed = false;
        for (string_view mark : kRubricFrame) {
            if (text.starts_with(mark)) {
                text.remove_prefix(mark.size());
                trimmed = true;
            }
            if (text.ends_with(mark)) {
                text.remove_suffix(mark.size());
                trimmed = true;
            }
        }
    }
    return text;
}

// The genre a rubric names (exactly, or by one of kRubricEndings), or nullopt.
std::optional<Genre> rubric_genre(string_view text) {
    const string_view framed = trim_frame(text);
    // Checked before folding, which keeps the length (three bytes for three bytes): a whole
    // kicker or headline is no rubric and need not be folded.
    if (framed.empty() || framed.size() > kMaxRubricBytes) return std::nullopt;
    const std::string label = fold_traditional(framed);
    for (const Word& w : kRubrics) {
        if (label == w.text) return w.genre;
    }
    for (const Word& w : kRubricEndings) {
        if (label.ends_with(w.text)) return w.genre;
    }
    return std::nullopt;
}

// The rubric a title line opens with, "社论：…", "专访｜…", "【人民论坛】…", or nullopt.
std::optional<Genre> prefix_rubric_genre(string_view title) {
    string_view head = title.substr(0, kMaxRubricBytes + 3);
    // A bracketed rubric first: the text up to the closing bracket.
    for (const auto& [open, close] : {std::pair<string_view, string_view>{"【", "】"},
                                      {"〔", "〕"},
                                      {"［", "］"},
                                      {"[", "]"}}) {
        if (!head.starts_with(open)) continue;
        const auto end = head.find(close);
        if (end != string_view::npos) return rubric_genre(head.substr(0, end + close.size()));
    }
    std::size_t cut = string_view::npos;
    for (string_view sep : {"：", ":", "｜", "|", "丨"}) cut = std::min(cut, head.find(sep));
    if (cut == string_view::npos || cut == 0) return std::nullopt;
    return rubric_genre(head.substr(0, cut));
}

// The bracketed rubric a headline closes with, "…（今日谈）", when assembly left it there.
std::optional<Genre> suffix_rubric_genre(string_view title) {
    for (const auto& [open, close] :
         {std::pair<string_view, string_view>{"（", "）"}, {"(", ")"}}) {
        if (!title.ends_with(close)) continue;
        const auto begin = title.rfind(open);
        if (begin != string_view::npos && begin > 0) return rubric_genre(title.substr(begin));
    }
    return std::nullopt;
}

// The paper's own interview named in a title line: "…接受本报专访", "本报记者专访…",
// "独家专访…" (rmrb-20170423-06). 专访 alone can report someone else's interview ("…接受美媒专访时
// 说"), which is a news story, so the paper or its reporter must be named with it.
bool names_own_interview(const std::string& folded) {
    if (folded.find("专访") == std::string::npos) return false;
    for (string_view own : {"本报", "记者", "独家"}) {
        if (folded.find(own) != std::string::npos) return true;
    }
    return false;
}

// "一论…", "三论…": the numbered series of 评论员文章 ("——一论学习贯彻…"), in the subtitle or
// kicker.
bool is_editorial_series(const std::string& folded) {
    constexpr std::array<string_view, 10> kNumerals{"一", "二", "三", "四", "五",
                                                    "六", "七", "八", "九", "十"};
    string_view rest = trim_frame(folded);
    bool numbered = false;
    for (bool more = true; more;) {
        more = false;
        for (string_view n : kNumerals) {
            if (rest.starts_with(n)) {
                rest.remove_prefix(n.size());
                numbered = more = true;
            }
        }
    }
    return numbered && rest.starts_with("论") && rest.size() > string_view("论").size();
}

// A commentator's byline: 本报评论员, 新华社评论员, 人民日报特约评论员 (a collective byline is kept
// whole, tests/spec/spec.md "A collective byline").
bool is_commentator(const model::Byline& b) { return fold_traditional(b.name).ends_with("评论员"); }

// A closing author note naming a commentator, "（作者为本报评论员）" (spec.md keeps it as the last
// paragraph): how the commentary page signs its pieces.
bool has_commentator_note(const model::Article& a) {
    if (a.blocks.empty()) return false;
    const auto* p = std::get_if<model::Paragraph>(&a.blocks.back());
    if (p == nullptr || p->text.size() > 30 * 3) return false;
    const std::string note = fold_traditional(p->text);
    return (note.starts_with("（") || note.starts_with("(")) &&
           (note.ends_with("）") || note.ends_with(")")) &&
           note.find("作者") != std::string::npos && note.find("评论员") != std::string::npos;
}

// A question-and-answer body: at least two paragraphs opened by the reporter's question
// (记者：…, answered by 张军社：… in rmrb-20170423-06) besides the answers. One such paragraph
// can be a quoted exchange inside a report.
bool is_question_and_answer(const model::Article& a) {
    constexpr std::array<string_view, 8> kQuestion{
        "记者：", "记者:", "本报记者：", "本报记者:", "記者：", "記者:", "本報記者：", "本報記者:"};
    int questions = 0, paragraphs = 0;
    for (const auto& block : a.blocks) {
        const auto* p = std::get_if<model::Paragraph>(&block);
        if (p == nullptr) continue;
        ++paragraphs;
        for (string_view q : kQuestion) {
            if (p->text.starts_with(q)) {
                ++questions;
                break;
            }
        }
    }
    return questions >= 2 && paragraphs > questions;
}

}  // namespace

std::vector<std::vector<std::string>> rubrics_by_article(const model::Page& page) {
    std::vector<std::vector<std::string>> out(page.articles.size());
    for (const auto& a : page.articles) {
        if (!a.span.known()) return out;  // read back from XML: no lines to place rubrics by
    }
    const auto& articles = page.articles;
    for (const auto& item : page.page_items) {
        if (item.kind != model::PageItemKind::SectionLabel || !item.span.known()) continue;
        const int line = item.span.first_line;
        // The first article starting after the rubric's line (articles are in page order).
        const auto next =
            std::upper_bound(articles.begin(), articles.end(), line,
                             [](int l, const model::Article& a) { return l < a.span.first_line; });
        const auto index = static_cast<std::size_t>(next - articles.begin());
        if (index > 0 && line <= articles[index - 1].span.last_line) {
            out[index - 1].push_back(item.text);  // inside that article: its headline's rubric
        } else if (index < articles.size()) {
            out[index].push_back(item.text);  // between two articles: over the next headline
        }
    }
    return out;
}

std::optional<Genre> detect_genre(const model::Article& a,
                                  const std::vector<std::string>& rubrics) {
    bool opinion = false, interview = false;
    const auto note = [&](std::optional<Genre> g) {
        if (g) (*g == Genre::Opinion ? opinion : interview) = true;
    };
    for (const auto& r : rubrics) note(rubric_genre(r));
    if (a.kicker) {
        note(rubric_genre(*a.kicker));
        note(prefix_rubric_genre(*a.kicker));
    }
    note(prefix_rubric_genre(a.headline));
    note(suffix_rubric_genre(a.headline));
    for (const auto* line :
         {a.kicker ? &*a.kicker : nullptr, &a.headline, a.subtitle ? &*a.subtitle : nullptr}) {
        if (line == nullptr) continue;
        const std::string folded = fold_traditional(*line);
        if (names_own_interview(folded)) interview = true;
        if (line != &a.headline && is_editorial_series(folded)) opinion = true;
    }
    for (const auto& b : a.bylines) opinion |= is_commentator(b);
    opinion |= has_commentator_note(a);
    interview |= is_question_and_answer(a);
    // Disagreeing evidence (an interview under an opinion rubric) is no clear evidence.
    if (opinion == interview) return std::nullopt;
    return opinion ? Genre::Opinion : Genre::Interview;
}

void assign_genres(model::Page& page) {
    const auto rubrics = rubrics_by_article(page);
    for (std::size_t i = 0; i < page.articles.size(); ++i) {
        if (auto g = detect_genre(page.articles[i], rubrics[i])) page.articles[i].genre = g;
    }
}

}  // namespace banmian::assemble

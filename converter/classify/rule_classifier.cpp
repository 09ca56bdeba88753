// The rule classifier: reads each block on its own (block_reader), then decides headline groups,
// intertitles, bylines and captions from the blocks around it.
#include <algorithm>
#include <array>

#include "classify/block_reader.hpp"
#include "classify/classifier.hpp"
#include "classify/names.hpp"
#include "classify/patterns.hpp"
#include "segment/chars.hpp"

namespace banmian::classify {
namespace {

using segment::Layout;

void set(Decision& d, Label label, double confidence, Evidence why) {
    d.label = label;
    d.confidence = confidence;
    d.evidence.insert(d.evidence.begin(), why);
}

// True for a line that reports who attended or chaired ("栗战书主持", "…等出席"): in political
// news this is the subtitle under the headline, not a headline (rmrb front pages).
bool attendance_line(const std::string& s) {
    static constexpr std::array<std::string_view, 6> kEnds = {"主持", "出席",     "会见",
                                                              "會見", "出席会议", "主持会议"};
    // Any space-separated phrase ending with the verb: "栗战书主持", "…等出席 听取和审议…".
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t end = s.find(' ', start);
        if (end == std::string::npos) end = s.size();
        const std::string_view phrase = std::string_view(s).substr(start, end - start);
        for (auto e : kEnds) {
            if (phrase.size() >= e.size() && phrase.substr(phrase.size() - e.size()) == e) {
                return true;
            }
        }
        start = end + 1;
    }
    // A name followed by 出席/主持 opening the line, whatever comes after ("李书磊出席并发表主旨
    // 演讲", "李强出席开幕式并致辞"): the same attendance subtitle (holdout4 rmrb-20230706-02).
    const std::u32string line = segment::to_u32(s);
    const std::size_t surname = surname_length(line);
    if (surname == 0) return false;
    for (std::size_t at = surname + 1; at <= surname + 2 && at + 2 <= line.size(); ++at) {
        const std::u32string_view verb = std::u32string_view(line).substr(at, 2);
        if (verb == U"出席" || verb == U"主持") {
            return looks_like_name(std::u32string_view(line).substr(0, at), false);
        }
    }
    return false;
}

// True when a heading reads as a kicker introducing the next line ("…强调", "…——", "…：").
bool kicker_cue(const ReadingRef& r) {
    const std::string& s = r.decision.text;
    if (r.features.ends_dash) return true;
    static constexpr std::array<const char*, 8> kCues = {"强调", "強調", "表示", "指出",
                                                         "：",   "寄语", "致辞", "致辭"};
    for (const char* c : kCues) {
        const std::size_t n = std::char_traits<char>::length(c);
        if (s.size() >= n && s.compare(s.size() - n, n, c) == 0) return true;
    }
    return false;
}

// True for the fixed headings of a summary box under a headline (核心阅读, 阅读提示, 编者按):
// intertitles, never headlines (structure-json.md, Conventions).
bool summary_box_heading(const std::string& s) {
    static constexpr std::array<const char*, 10> kBoxes = {
        "核心阅读", "阅读提示", "编者按", "编者的话", "导读",
        "核心閱讀", "閱讀提示", "編者按", "内容提要", "內容提要"};
    for (const char* b : kBoxes) {
        if (s == b) return true;
    }
    return false;
}

struct Context {
    const segment::Segmentation& seg;
    std::vector<Shape> shapes;
    std::vector<Features> features;
    std::vector<Decision> decisions;  // returned as they are: no copy
    bool flush_headings = false;      // some heading on the page is not indented
    ReadingRef operator[](std::size_t i) { return {shapes[i], features[i], decisions[i]}; }
    std::size_t size() const { return shapes.size(); }
};

// A heading line ending with ！ or ？ is a headline only where a headline group can be: next to
// a —— subtitle or a credit line, after a kicker ending with ——, at the top of the page, or
// after an article's end.
// Elsewhere it is a short exclamation in the text ("这怎么可以呢？").
void demote_exclaimed_headings(Context& c) {
    const auto transparent_at = [&](std::size_t k) {
        return c.shapes[k] == Shape::Furniture || c.shapes[k] == Shape::Caption ||
               c.shapes[k] == Shape::Credit;
    };
    // A subtitle or credit after it, or a kicker ending with —— before it.
    const auto follows_group = [&](std::size_t k) {
        return c.shapes[k] == Shape::Dash || c.shapes[k] == Shape::Names;
    };
    const auto introduces = [&](std::size_t k) {
        return c.shapes[k] == Shape::Heading && c.features[k].ends_dash;
    };
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.shapes[i] != Shape::Heading || !c.features[i].ends_exclaim) continue;
        std::size_t p = i, n = i + 1;
        while (p > 0 && transparent_at(p - 1)) --p;
        while (n < c.size() && transparent_at(n)) ++n;
        const bool page_top = p == 0;
        const bool after_end =
            p > 0 && (c.decisions[p - 1].ends_article || c.shapes[p - 1] == Shape::BracketNames);
        const bool beside = (p > 0 && introduces(p - 1)) || (n < c.size() && follows_group(n));
        if (!page_top && !after_end && !beside) {
            read_as_paragraph(c[i], c.seg.blocks[i], c.seg.layout);
            c.decisions[i].evidence.insert(c.decisions[i].evidence.begin(),
                                           "ends with ！/？ away from any headline group: text");
        }
    }
}

// In indented and wrapped pages a heading is followed by an indented paragraph, a credit or
// another heading; a heading-like line followed by unindented running text, or in any layout by
// text opening with a pause or closing quote, is the first piece of a paragraph broken by a
// column (the rest continues after the break).
void demote_headings_before_continuations(Context& c) {
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.shapes[i] != Shape::Heading) continue;
        std::size_t n = i + 1;
        while (n < c.size() && (c.shapes[n] == Shape::Furniture || c.shapes[n] == Shape::Caption ||
                                c.shapes[n] == Shape::Credit)) {
            ++n;
        }
        if (n >= c.size() || c.shapes[n] != Shape::Paragraph || c.decisions[n].dateline) continue;
        // Any layout: text that opens with a mark no line may start with (，。、”）) goes on
        // from the line before it.
        std::size_t pos = 0;
        const std::string_view next_text = c.seg.blocks[n].text;
        const char32_t first = next_text.empty() ? U' ' : segment::next_cp(next_text, pos);
        const bool hanging = segment::is_pause(first) || segment::is_sentence_end(first) ||
                             segment::is_closer(first);
        const bool unindented = c.seg.layout != Layout::Blank && !c.seg.blocks[n].indented &&
                                c.decisions[n].may_continue;
        if (hanging || unindented) {
            read_as_paragraph(c[i], c.seg.blocks[i], c.seg.layout);
            // In a wrapped page, a line split off the paragraph right above it (no blank line
            // between) was that paragraph's last line before the column break.
            // (An indented line opens a paragraph of its own.)
            if (c.seg.layout == Layout::Wrapped && i > 0 && !c.seg.blocks[i].blank_before &&
                !c.seg.blocks[i].indented && c.shapes[i - 1] == Shape::Paragraph) {
                c.decisions[i].rejoin = true;
            }
            c.decisions[i].evidence.insert(c.decisions[i].evidence.begin(),
                                           "unindented running text follows: a broken paragraph");
        }
    }
}

// A kicker ending with —— introduces the heading after it; without one it is text that ends
// with a dash (issue 3: "a paragraph ending in —— is complete").
void demote_dangling_dash_kickers(Context& c) {
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.shapes[i] != Shape::Heading || !c.features[i].ends_dash) continue;
        std::size_t j = i + 1;
        while (j < c.size() && (c.shapes[j] == Shape::Furniture || c.shapes[j] == Shape::Caption ||
                                c.shapes[j] == Shape::Credit)) {
            ++j;
        }
        if (j >= c.size() || c.shapes[j] != Shape::Heading) {
            read_as_paragraph(c[i], c.seg.blocks[i], c.seg.layout);
            c.decisions[i].evidence.insert(c.decisions[i].evidence.begin(),
                                           "ends with —— but no heading follows: text");
        }
    }
}

// True when the block before i (page furniture skipped) ends an article or a finished sentence
// (a paragraph broken by a column stops mid-sentence), or i opens the page: a headline group
// may start at i.
bool boundary_before(const Context& c, std::size_t i) {
    std::size_t p = i;
    while (p > 0 && c.shapes[p - 1] == Shape::Furniture) --p;
    if (p == 0) return true;
    const Decision& d = c.decisions[p - 1];
    const Shape s = c.shapes[p - 1];
    if (d.ends_article || s == Shape::BracketNames || s == Shape::Dateline) return true;
    return s == Shape::Paragraph && !d.open_end;
}

// Marks block i a heading line (its full text, never joined to a neighbour).
void make_heading(Context& c, std::size_t i, std::string_view why) {
    Decision& m = c.decisions[i];
    c.shapes[i] = Shape::Heading;
    m.text = std::string(c.seg.blocks[i].text);
    m.open_end = false;
    m.rejoin = false;
    m.may_continue = false;
    m.evidence.insert(m.evidence.begin(), Evidence{why});
}

// True when reading block d split nothing off its text: no dateline, credit, page item or
// article end was found in it, so it may still be a title line, a 提要 or a caption.
bool nothing_split_off(const Decision& d) {
    return !d.dateline && d.bylines.empty() && d.items.empty() && !d.ends_article;
}

// A kicker whose comma splits it unevenly ("至去年底，海运船队运力较10年前增长1倍") or that
// ends with a colon ("外交部发言人：") is not heading-shaped on its own; it still heads an
// article when a short unterminated line sits right above a heading line that is followed by a
// dateline or credit line (or, in indented and wrapped pages, an indented body), and the
// previous article or sentence ended before it (holdout2 rmrb-20230712-02, rmrb-20230725-03).
void promote_kickers_over_headlines(Context& c) {
    const bool lined = c.seg.layout != Layout::Blank;
    for (std::size_t i = 0; i + 2 < c.size(); ++i) {
        const Features& f = c.features[i];
        const Decision& d = c.decisions[i];
        if (c.shapes[i] != Shape::Paragraph || c.shapes[i + 1] != Shape::Heading) continue;
        if (!nothing_split_off(d)) continue;
        if (f.length < 2 || f.length > 40 || f.han == 0 || f.inner_sentence_ends > 0 ||
            f.ends_sentence || f.pauses > 2 || f.ends_function_word || f.ends_decimal_point ||
            !f.quotes_balanced || f.speech) {
            continue;
        }
        // The only pause allowed at its end is a colon introducing the headline.
        const std::string& text = c.decisions[i].text;
        const bool colon_end = text.ends_with("：") || text.ends_with(":");
        if (f.ends_pause && !colon_end) continue;
        if (lined &&
            (f.indented || c.features[i + 1].indented || c.seg.blocks[i + 1].blank_before)) {
            continue;
        }
        const std::size_t k = i + 2;
        const Shape next = c.shapes[k];
        const bool credit_next = next == Shape::Names || next == Shape::BracketNames ||
                                 next == Shape::Dateline ||
                                 (next == Shape::Paragraph && c.decisions[k].dateline);
        const bool body_next = lined && next == Shape::Paragraph && c.seg.blocks[k].indented &&
                               !c.seg.blocks[k].blank_before;
        if (!(credit_next || body_next) || !boundary_before(c, i)) continue;
        // Past 30 characters only over a headline and a credit line: a long kicker with a comma
        // ("县乡村三级养老服务网络到2029年基本建成，到2035年更加健全", 32 characters) read as text
        // would head an empty article of its own (holdout6 cause 3). A bracketed note such as
        // "（摘编自《…》，原题为《…》）" closes the article above it (holdout3
        // rmrb-20250103-05-tw) and is no kicker.
        if (f.length > 30 && (!credit_next || text.starts_with("（") || text.starts_with("("))) {
            continue;
        }
        make_heading(c, i, "short line right above a heading and a dateline or body: a kicker");
    }
}

// True when block i, read as text, has the form of a title line that only its pauses or its
// length kept from being a heading: at most max_len characters, no sentence end inside or at its
// end (a trailing —— allowed), not stopping on a pause, a function word or a digit, quotes
// paired, no reported speech or time lead, no credit, dateline or jump in it.
bool title_form(const Context& c, std::size_t i, std::size_t max_len) {
    const Features& f = c.features[i];
    const Decision& d = c.decisions[i];
    if (c.shapes[i] != Shape::Paragraph || !nothing_split_off(d)) return false;
    return f.length >= 4 && f.length <= max_len && f.han > 0 && f.inner_sentence_ends == 0 &&
           (!f.ends_sentence || f.ends_dash) && !f.ends_pause && !f.ends_function_word &&
           !f.ends_digit && f.quotes_balanced && !f.speech && !f.time_lead;
}

// True when every pause in text is an enumeration comma 、 between at least three phrases of
// nearly one length ("有理想、敢担当、能吃苦、肯奋斗"): a slogan, not a sentence broken off.
bool even_enumeration(std::u32string_view text) {
    std::size_t parts = 0, shortest = SIZE_MAX, longest = 0, run = 0;
    for (char32_t ch : text) {
        if (ch == U'、') {
            shortest = std::min(shortest, run);
            longest = std::max(longest, run);
            ++parts;
            run = 0;
        } else if (segment::is_pause(ch) || segment::is_sentence_end(ch)) {
            return false;
        } else if (segment::is_han(ch)) {
            ++run;
        }
    }
    shortest = std::min(shortest, run);
    longest = std::max(longest, run);
    return parts >= 2 && shortest >= 2 && longest <= shortest + 1;
}

// A title line full of pauses ("有理想、敢担当、能吃苦、肯奋斗", "…、…，江苏——") is read as
// text by the pause rules. Its place says it is a title: after a finished paragraph (or at the
// page top) and directly over a credit line, a dateline, or (in indented and wrapped pages,
// where it stands flush) an indented body paragraph. A paragraph never ends without a sentence
// end before an indented paragraph, so such a line cannot be a column-broken paragraph's tail.
// In blank-line pages, where any piece of a broken paragraph stands alone, only a credit line
// or an even enumeration over text counts (holdout3 FINDINGS cause 1: 0704-04b, mini m3*).
// The same holds for an indented line on a page that sets its headings flush: after a finished
// paragraph and directly over an indented paragraph (no empty line between), an unterminated
// line with a pause is an intertitle, even when its phrases differ in length ("灵活变通，历史保护
// 建筑也要适老宜老", "“一户一案”，满足多样化居家改造需求"; holdout8 wrapped page), provided the
// page already has an indented heading with a pause (an even one, "分层补贴，精准到达刚需群体"):
// intertitles share a shape (spec.md, Intertitles). Alone, such a line is more likely a sentence
// whose final stop is missing (spec.md, "Not when it stops on a pause…"). A column-broken piece
// goes on unindented or after an empty line, so it never stands so.
void promote_titles_with_pauses(Context& c) {
    const bool lined = c.seg.layout != Layout::Blank;
    bool flush = false;   // some heading on the page stands flush (indented ones are inside)
    bool paused = false;  // some indented heading on the page holds a pause
    for (std::size_t i = 0; i < c.size() && lined; ++i) {
        if (c.shapes[i] != Shape::Heading) continue;
        flush = flush || !c.features[i].indented;
        paused = paused || (c.features[i].indented && c.features[i].pauses > 0);
    }
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        const Features& f = c.features[i];
        if (f.pauses == 0 || f.ends_dash || !title_form(c, i, 30)) continue;
        if (!boundary_before(c, i)) continue;
        if (lined && f.indented) {
            const std::size_t k = i + 1;
            if (flush && paused && f.length <= 24 && c.seg.blocks[i].indented &&
                c.shapes[k] == Shape::Paragraph && c.seg.blocks[k].indented &&
                !c.seg.blocks[k].blank_before && !c.decisions[k].dateline) {
                make_heading(c, i, "indented line with pauses between two paragraphs");
            }
            continue;
        }
        const std::size_t k = i + 1;
        const Shape next = c.shapes[k];
        const bool credit_next = next == Shape::Names || next == Shape::BracketNames ||
                                 next == Shape::Dateline ||
                                 (next == Shape::Paragraph && c.decisions[k].dateline);
        const bool body_next = next == Shape::Paragraph &&
                               (lined ? c.seg.blocks[k].indented
                                      : even_enumeration(segment::to_u32(c.seg.blocks[i].text)));
        if (!credit_next && !body_next) continue;
        make_heading(c, i, "title line with pauses after a finished paragraph, over a body");
    }
    // Two such lines in a row: kicker and headline, one or both with pauses ("2023年度全国耕地
    // 面积19.29亿亩，耕地布局进一步优化" + "“占优补优”，改革完善耕地占补平衡管理" over
    // "本报记者  常  钦"). In indented and wrapped pages a paragraph opens indented, so two flush
    // unterminated lines after a finished paragraph (or at the page top) cannot be a broken
    // paragraph; over a credit line or an indented body they are a title group (holdout4
    // rmrb-20250104-02). Blank-line pages give no such cue and are left alone.
    if (!lined) return;
    for (std::size_t i = 0; i + 2 < c.size(); ++i) {
        const std::size_t k = i + 2;
        bool text_line = false, ok = boundary_before(c, i);
        for (std::size_t m = i; m < k && ok; ++m) {
            const bool heading = c.shapes[m] == Shape::Heading && !c.features[m].ends_dash;
            ok = !c.features[m].indented && (heading || title_form(c, m, 30));
            text_line = text_line || !heading;
        }
        if (!ok || !text_line) continue;
        const Shape next = c.shapes[k];
        const bool credit_next = next == Shape::Names || next == Shape::BracketNames ||
                                 next == Shape::Dateline ||
                                 (next == Shape::Paragraph && c.decisions[k].dateline);
        const bool body_next = next == Shape::Paragraph && c.seg.blocks[k].indented;
        if (!credit_next && !body_next) continue;
        for (std::size_t m = i; m < k; ++m) {
            if (c.shapes[m] != Shape::Heading) {
                make_heading(c, m, "two flush title lines after a finished paragraph, over a body");
            }
        }
    }
}

// A kicker ending with —— may be too long or hold too many pauses for a heading on its own
// ("针对就案办案、机械司法等问题，最高法发布指导意见——"); right above a heading line, after a
// finished paragraph or at the page top, it introduces that headline (holdout3 FINDINGS
// cause 1: 0103-11, 0102-07, mini m1/m2). In indented and wrapped pages both stand flush.
void promote_long_dash_kickers(Context& c) {
    const bool lined = c.seg.layout != Layout::Blank;
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        if (!c.features[i].ends_dash || !title_form(c, i, 40)) continue;
        const std::size_t k = i + 1;
        if (c.shapes[k] != Shape::Heading || c.features[k].ends_dash) continue;
        if (lined && (c.features[i].indented || c.features[k].indented)) continue;
        if (!boundary_before(c, i)) continue;
        make_heading(c, i, "line ending with —— right above a heading: a kicker");
    }
}

// A 【label】 alone ("【点评】") between two paragraphs of one article heads a part of it, as
// 核心阅读 does: an intertitle that never starts an article. Page furniture (section_label) is
// a rubric over several items (structure-json.md: "a rubric over several briefs such as
// 新闻速递"), so not when the text before it closed an article, when a dateline follows (the
// first brief), or, in indented and wrapped pages, when it stands flush (holdout3
// rmrb-20230703-05, rmrb-20250103-05-tw).
void label_headings_inside_articles(Context& c) {
    for (std::size_t i = 1; i + 1 < c.size(); ++i) {
        const Decision& d = c.decisions[i];
        if (c.shapes[i] != Shape::Furniture || d.furniture != model::PageItemKind::SectionLabel ||
            !is_bracket_label(segment::to_u32(c.seg.blocks[i].text))) {
            continue;
        }
        if (c.seg.layout != Layout::Blank && !c.seg.blocks[i].indented) continue;
        const std::size_t p = i - 1, k = i + 1;
        if (c.shapes[p] != Shape::Paragraph || c.decisions[p].ends_article) continue;
        if (c.shapes[k] != Shape::Paragraph || c.decisions[k].dateline) continue;
        c.shapes[i] = Shape::BoxHeading;
        c.decisions[i].text = std::string(c.seg.blocks[i].text);
        c.decisions[i].evidence.insert(c.decisions[i].evidence.begin(),
                                       "a 【label】 between paragraphs of an article: its heading");
    }
}

// A writer's credit "张佳莹文" (a name and 文, "text by") closing an article, where a heading or
// the page end comes next, is the article's byline, not an intertitle (holdout3
// rmrb-20230703-05: a picture-and-verse item).
void credits_with_wen(Context& c) {
    for (std::size_t i = 1; i < c.size(); ++i) {
        if (c.shapes[i] != Shape::Heading && c.shapes[i] != Shape::Paragraph) continue;
        // Bytes first (at most five characters, at most 4 bytes each): no decoding of text.
        const std::string_view raw = c.seg.blocks[i].text;
        if (raw.size() > 20 || !raw.ends_with("文")) continue;
        const std::u32string text = segment::to_u32(raw);
        if (text.size() < 3 || text.size() > 5 || (text.back() != U'文')) continue;
        const std::u32string_view name = std::u32string_view(text).substr(0, text.size() - 1);
        if (!looks_like_name(name, false)) continue;
        std::size_t k = i + 1;
        while (k < c.size() && c.shapes[k] == Shape::Furniture) ++k;
        if (k < c.size() && c.shapes[k] != Shape::Heading && c.shapes[k] != Shape::Dash) continue;
        if (c.shapes[i - 1] != Shape::Paragraph || c.decisions[i - 1].ends_article) continue;
        Decision& d = c.decisions[i];
        c.shapes[i] = Shape::Names;
        d.bylines = {model::Byline{segment::to_utf8(name), model::Role::None, {}}};
        d.open_end = false;
        d.rejoin = false;
        d.may_continue = false;
        d.evidence.insert(d.evidence.begin(), "a name and 文 closing the article: its writer");
    }
}

class RuleClassifier final : public Classifier {
  public:
    const char* name() const override { return "rules"; }
    std::vector<Decision> classify(const segment::Segmentation& seg) const override;
};

// A caption broken by a column: its first piece stops mid-sentence and the caption at k goes
// on from it (unindented in an indented or wrapped page, or opening with a pause or closing
// mark). The piece becomes the caption's start; k joins it.
void join_broken_caption(Context& c, std::size_t k) {
    if (k == 0) return;
    const std::size_t p = k - 1;
    const Decision& piece = c.decisions[p];
    if (c.shapes[p] != Shape::Paragraph || !piece.open_end || piece.dateline ||
        !piece.bylines.empty() || !piece.items.empty() || !c.seg.blocks[k].blank_before) {
        return;
    }
    std::size_t pos = 0;
    const std::string_view text = c.seg.blocks[k].text;
    const char32_t first = text.empty() ? U' ' : segment::next_cp(text, pos);
    const bool hanging =
        segment::is_pause(first) || segment::is_sentence_end(first) || segment::is_closer(first);
    if (!hanging && (c.seg.layout == Layout::Blank || c.seg.blocks[k].indented)) return;
    c.shapes[p] = Shape::Caption;
    c.decisions[p].text = std::string(c.seg.blocks[p].text);
    set(c.decisions[p], Label::Caption, 0.6, "caption broken by a column: its first piece");
    c.decisions[k].join_previous = true;
}

// True when text opens with a date ("7月10日，", "2023年…", "１０日"): captions say when the
// photo was taken first.
bool opens_with_date(std::string_view text) {
    std::size_t pos = 0;
    int digits = 0;
    while (pos < text.size() && digits < 5) {
        const std::size_t at = pos;
        const char32_t ch = segment::next_cp(text, pos);
        if ((ch >= U'0' && ch <= U'9') || (ch >= U'０' && ch <= U'９')) {
            ++digits;
            continue;
        }
        pos = at;
        break;
    }
    if (digits == 0 || pos >= text.size()) return false;
    const char32_t unit = segment::next_cp(text, pos);
    return unit == U'年' || unit == U'月' || unit == U'日';
}

// True when block k, right above a credit line standing alone, is the photo's caption: it
// opens like one (图为…, a date), or it is not longer than captions run (captions of 200+
// characters occur; a credit line after a body paragraph still needs its caption: holdout2
// rmrb-20230712-03, 136 characters).
bool caption_before_credit(const Context& c, std::size_t k) {
    const std::string_view text = c.decisions[k].text;
    return opens_like_caption(text) || opens_with_date(c.seg.blocks[k].text) ||
           c.features[k].length <= 400;
}

// A shared credit line ("以上图片均为…提供") under caption k credits the photos above it: the
// short sentences between the headline group and caption k are captions too, without a credit of
// their own (holdout8: three captions printed before the body). Only when every block there is
// such a sentence (at most 40 characters and two pauses, as short captions run; a first
// paragraph is longer): body text above the captions leaves them as they are.
void captions_above_shared_credit(Context& c, std::size_t k) {
    std::size_t top = k;
    while (top > 0) {
        const std::size_t p = top - 1;
        const Shape s = c.shapes[p];
        if (s == Shape::Heading || s == Shape::Dash || s == Shape::Names) break;
        const Features& f = c.features[p];
        const Decision& d = c.decisions[p];
        if (s != Shape::Paragraph || f.length > 40 || f.pauses > 2 || !f.ends_sentence ||
            f.ends_dash || !nothing_split_off(d) || d.open_end) {
            return;
        }
        top = p;
    }
    if (top == 0 || top == k) return;
    for (std::size_t p = top; p < k; ++p) {
        ReadingRef cap = c[p];
        cap.shape = Shape::Caption;
        cap.decision.text = std::string(c.seg.blocks[p].text);
        cap.decision.credit.reset();
        cap.decision.evidence.insert(cap.decision.evidence.begin(),
                                     "caption: a shared credit line follows the captions");
        set(cap.decision, Label::Caption, 0.7, "caption above a shared credit line");
    }
}

// Stage 2: a photo credit alone belongs to the caption above it (图为… + 新华社记者 李刚摄).
void pair_captions(Context& c) {
    for (std::size_t i = 0; i < c.size(); ++i) {
        ReadingRef cur = c[i];
        if (cur.shape == Shape::Credit) {
            if (i > 0 &&
                (c[i - 1].shape == Shape::Paragraph || c[i - 1].shape == Shape::Heading ||
                 c[i - 1].shape == Shape::Caption) &&
                !c[i - 1].decision.credit && caption_before_credit(c, i - 1) &&
                c[i - 1].decision.dateline == std::nullopt) {
                ReadingRef cap = c[i - 1];
                cap.shape = Shape::Caption;
                cap.decision.credit = cur.decision.credit;
                cap.decision.text = std::string(c.seg.blocks[i - 1].text);
                cap.decision.bylines.clear();
                cap.decision.items.clear();
                cap.decision.ends_article = false;
                cap.decision.evidence.insert(cap.decision.evidence.begin(),
                                             "caption: credit line follows");
                set(cur.decision, Label::Credit, 0.9, "photo credit of the caption above");
                cur.decision.credit.reset();
                set(cap.decision, Label::Caption, 0.85, "caption");
                join_broken_caption(c, i - 1);
                if (is_shared_photo_credit(segment::to_u32(c.seg.blocks[i].text))) {
                    captions_above_shared_credit(c, i - 1);
                }
            } else {
                set(cur.decision, Label::Caption, 0.7, "photo credit without a caption");
            }
        } else if (cur.shape == Shape::Caption) {
            set(cur.decision, Label::Caption, 0.9, "caption");
        } else if (cur.shape == Shape::Paragraph &&
                   opens_like_caption(std::string_view(cur.decision.text)) &&
                   !(i + 1 < c.size() && c[i + 1].shape == Shape::Credit)) {
            cur.shape = Shape::Caption;
            set(cur.decision, Label::Caption, 0.6, "opens with 图为");
        }
    }
}

bool transparent(Shape s) {
    return s == Shape::Furniture || s == Shape::Caption || s == Shape::Credit;
}

bool run_member(Shape s) { return s == Shape::Heading || s == Shape::Dash || s == Shape::Names; }

// True for a heading indented like a paragraph in an indented or wrapped page ("　　戈壁荒漠变
// 绿洲"): it sits inside an article as an intertitle or summary line and never heads one.
// Only where the page sets other headings flush: on a page that indents every line the usual
// rules apply (an empty line before a heading sets a new article apart).
bool inner_heading(const Context& c, std::size_t i) {
    return c.shapes[i] == Shape::Heading && c.seg.layout != Layout::Blank &&
           c.features[i].indented && c.flush_headings;
}

// How far after a 提要 candidate excerpt_of_later_text looks for the quoted clause: bytes of
// page text (about 12,000 Han characters in UTF-8).
constexpr std::size_t kExcerptReach = 36000;

// True when the last clause of block i (after its last pause, at least 6 characters) comes again
// word for word in a block after the next one: block i quotes the text below it.
bool excerpt_of_later_text(const Context& c, std::size_t i) {
    const std::u32string text = segment::to_u32(c.seg.blocks[i].text);
    std::size_t start = text.size();
    while (start > 0 && !segment::is_pause(text[start - 1]) &&
           !segment::is_sentence_end(text[start - 1])) {
        --start;
    }
    if (start == 0 || text.size() - start < 6) return false;
    const std::string clause = segment::to_utf8(std::u32string_view(text).substr(start));
    // Only as far as the article can reach: a 提要 quotes its own article, and a search to the
    // page end for every candidate line made detection quadratic in the page (16% of the
    // instructions on a 5 MB page). 12,000 characters is longer than any newspaper article.
    std::size_t searched = 0;
    for (std::size_t j = i + 2; j < c.size() && searched < kExcerptReach; ++j) {
        const std::string_view later = c.seg.blocks[j].text;
        if (later.find(clause) != std::string_view::npos) return true;
        searched += later.size();
    }
    return false;
}

// True when blocks i and i + 1, right under a headline group in a blank-line page, are one 提要
// broken by a column: i stops mid-word, i + 1 goes on without punctuation at its start, stops
// without any punctuation before a paragraph, and its last clause comes again further down
// (excerpt_of_later_text), which a column-broken first paragraph's unfinished clause never does.
// The first piece may hold a sentence end: a 提要 of two sentences (holdout8 国际论坛).
bool broken_excerpt_summary(const Context& c, std::size_t i) {
    if (c.seg.layout != Layout::Blank || i + 2 >= c.size()) return false;
    for (std::size_t k = i; k < i + 3; ++k) {
        const Decision& d = c.decisions[k];
        if (c.shapes[k] != Shape::Paragraph || !nothing_split_off(d)) return false;
    }
    const Features& a = c.features[i];
    const Features& b = c.features[i + 1];
    if (a.length < 10 || a.ends_sentence || a.ends_pause || a.ends_digit || a.time_lead ||
        a.speech || b.ends_sentence || b.ends_pause || b.ends_function_word || b.ends_digit ||
        b.inner_sentence_ends > 0 || b.pauses == 0 || a.length + b.length > 160) {
        return false;
    }
    for (std::size_t k = i + 1; k < i + 3; ++k) {
        std::size_t pos = 0;
        const std::string_view next = c.seg.blocks[k].text;
        const char32_t first = next.empty() ? U' ' : segment::next_cp(next, pos);
        if (segment::is_pause(first) || segment::is_sentence_end(first) ||
            segment::is_closer(first)) {
            return false;
        }
    }
    return excerpt_of_later_text(c, i + 1);
}

// True when block i, right under a headline group (opinion: it carried a column rubric), is a
// summary line (提要). In an indented or wrapped page: it and at most two more short blocks are
// followed by a line holding only an indent and then an indented paragraph. (A column break leaves
// an empty line, not an indent.)
bool summary_line(const Context& c, std::size_t i, bool opinion) {
    // A full date alone in brackets right under a headline ("（二〇二三年七月十八日）" under a
    // 联合声明) is the line below the headline, the subtitle (structure-json.md, `subtitle`;
    // holdout8): a closed bracket never runs on into the first paragraph.
    if (c.shapes[i] == Shape::Paragraph && c.decisions[i].bylines.empty() &&
        !c.decisions[i].dateline && is_bracketed_date(segment::to_u32(c.seg.blocks[i].text))) {
        return true;
    }
    if (c.seg.layout == Layout::Blank) {
        // One block per line: under an opinion headline (known by its column rubric), a clause
        // list that stops without a sentence end or a pause, with text after it ("政策好不好，
        // 关键在抓落实"). Without the rubric it is more likely a first paragraph broken by a
        // column ("…推动营商环境优化升" + "级。"), unless the line is an excerpt: a 提要 quotes
        // the body, so its last clause comes again further down, where a column-broken piece's
        // unfinished clause never does (holdout8 经济时评 with its rubric not printed).
        if (!opinion && !excerpt_of_later_text(c, i)) return false;
        const Features& f = c.features[i];
        const Decision& d = c.decisions[i];
        if (c.shapes[i] != Shape::Paragraph || f.length < 10 || f.length > 80 || f.pauses == 0 ||
            f.ends_sentence || f.ends_pause || f.ends_function_word || f.ends_digit ||
            f.inner_sentence_ends > 0 || f.time_lead || f.speech || !nothing_split_off(d) ||
            i + 1 >= c.size() || c.shapes[i + 1] != Shape::Paragraph ||
            c.decisions[i + 1].dateline) {
            return false;
        }
        std::size_t pos = 0;
        const std::string_view next = c.seg.blocks[i + 1].text;
        const char32_t first = next.empty() ? U' ' : segment::next_cp(next, pos);
        return !segment::is_pause(first) && !segment::is_sentence_end(first) &&
               !segment::is_closer(first);
    }
    // 提要 printed as an indented paragraph that stops without any punctuation right over an
    // indented body paragraph: a paragraph never ends so, and a column-broken one goes on
    // unindented (an empty line between the two may be a column break: see below)
    // (structure-json.md: "An unpunctuated summary line under an opinion headline (提要) is the
    // subtitle"; holdout3 rmrb-20230703-05, -14-w25, where the column rubric that marks the opinion
    // piece is not printed).
    // The author's name line may stand between the 提要 and the body as well as above the 提要
    // (人民时评: headline, 提要, author; holdout5): a lone credit line is skipped over.
    const bool author_next = i + 2 < c.size() && c.shapes[i + 1] == Shape::Names &&
                             !c.decisions[i + 1].bylines.empty() &&
                             !c.seg.blocks[i + 1].blank_before;
    const std::size_t body = author_next ? i + 2 : i + 1;
    if (c.shapes[i] == Shape::Paragraph && c.seg.blocks[i].indented && body < c.size() &&
        c.shapes[body] == Shape::Paragraph && c.seg.blocks[body].indented &&
        !c.seg.blocks[body].blank_before && !c.decisions[body].dateline) {
        const Features& f = c.features[i];
        const Decision& d = c.decisions[i];
        // (A 【label】 line opens the box's text: "【人物】阅读推广人李刚".)
        const bool labelled = opens_with_bracket_label(segment::to_u32(c.seg.blocks[i].text));
        if (!labelled && f.length >= 8 && f.length <= 120 && f.han > 0 && !f.ends_sentence &&
            !f.ends_pause && !f.ends_function_word && !f.ends_digit && f.inner_sentence_ends == 0 &&
            !f.speech && nothing_split_off(d)) {
            return true;
        }
    }
    for (std::size_t m = i; m < c.size() && m < i + 3; ++m) {
        const Decision& d = c.decisions[m];
        if ((c.shapes[m] != Shape::Paragraph && c.shapes[m] != Shape::Heading) ||
            c.features[m].length > 120 || !nothing_split_off(d) ||
            (m > i && c.seg.blocks[m].blank_before)) {
            return false;
        }
        if (m + 1 < c.size() && c.seg.blocks[m + 1].blank_before) {
            if (!c.seg.blocks[m].indent_line_after) return false;
            return c.shapes[m + 1] == Shape::Paragraph && c.seg.blocks[m + 1].indented &&
                   !c.decisions[m + 1].dateline;
        }
    }
    return false;
}

// Assigns kicker/headline/subtitle/byline inside a headline group (issue 3: two headline-like
// lines are kicker + headline unless the second starts with ——).
void assign_group(Context& c, const std::vector<std::size_t>& run) {
    std::vector<std::size_t> heads;
    std::size_t dash = SIZE_MAX;
    for (std::size_t k = 0; k < run.size(); ++k) {
        ReadingRef rd = c[run[k]];
        if (rd.shape == Shape::Names) {
            set(rd.decision, Label::Byline, 0.85, "names under the headline");
        } else if (rd.shape == Shape::Dash) {
            if (dash == SIZE_MAX) {
                dash = run[k];
                set(rd.decision, Label::Subtitle, 0.9, "—— line in the headline group");
            } else {
                set(rd.decision, Label::Subtitle, 0.7, "second —— line");
            }
        } else if (!heads.empty() && dash == SIZE_MAX && k + 1 < run.size() + 1 &&
                   looks_like_name(segment::to_u32(rd.decision.text), true) &&
                   parse_credit_list(segment::to_u32(rd.decision.text), true)) {
            // A 2-3 character line under the headline is its author ("海政轩", "甫跃辉").
            rd.shape = Shape::Names;
            rd.decision.bylines = *parse_credit_list(segment::to_u32(rd.decision.text), true);
            set(rd.decision, Label::Byline, 0.7, "2-3 Han characters under the headline");
        } else if (dash != SIZE_MAX) {
            set(rd.decision, Label::Subtitle, 0.6, "heading after the —— subtitle");
        } else {
            heads.push_back(run[k]);
        }
    }
    if (heads.empty()) return;
    if (dash != SIZE_MAX || heads.size() == 1) {
        set(c[heads.back()].decision, Label::Headline, 0.85, "last heading line of the group");
        for (std::size_t k = 0; k + 1 < heads.size(); ++k) {
            set(c[heads[k]].decision, Label::Kicker, 0.8, "heading line above the headline");
        }
        return;
    }
    ReadingRef first = c[heads[0]];
    ReadingRef second = c[heads[1]];
    const std::size_t l1 = first.features.length, l2 = second.features.length;
    if (heads.size() == 2) {
        if (!kicker_cue(first) &&
            (attendance_line(second.decision.text) || (l2 >= 2 * l1 && l2 >= 30))) {
            set(first.decision, Label::Headline, 0.75, "first of two heading lines");
            set(second.decision, Label::Subtitle, 0.7,
                attendance_line(second.decision.text)
                    ? "second line says who attended or chaired: subtitle"
                    : "second line twice as long: summary subtitle");
        } else {
            set(first.decision, Label::Kicker, 0.75,
                kicker_cue(first) ? "kicker cue at its end" : "first of two heading lines");
            set(second.decision, Label::Headline, 0.8, "second of two heading lines");
        }
        return;
    }
    set(first.decision, Label::Kicker, 0.7, "first of three heading lines");
    set(second.decision, Label::Headline, 0.75, "second of three heading lines");
    for (std::size_t k = 2; k < heads.size(); ++k) {
        set(c[heads[k]].decision, Label::Subtitle, 0.6, "third heading line");
    }
}

// Blocks that open a two-line intertitle "制度创新——" + "企业驶入快车道" (or a couplet of
// two equal-length lines) inside a body: such
// pairs come in sets that share a shape (issue 3), so a pair counts only when another follows
// it with nothing but running text between. A single pair after a body starts an article.
std::vector<bool> dash_intertitle_pairs(const Context& c) {
    const std::size_t n = c.size();
    std::vector<bool> marked(n, false);
    const auto next_solid = [&](std::size_t k) {
        while (k < n && transparent(c.shapes[k])) ++k;
        return k;
    };
    // Candidates: text, a short heading ending with ——, a heading, text.
    std::vector<std::size_t> pairs;
    std::size_t last_text = SIZE_MAX;  // the last block read, if running text without a close
    for (std::size_t i = 0; i < n; ++i) {
        if (transparent(c.shapes[i])) continue;
        if (c.shapes[i] == Shape::Paragraph) {
            last_text = c.decisions[i].ends_article ? SIZE_MAX : i;
            continue;
        }
        const bool opens = last_text != SIZE_MAX && c.shapes[i] == Shape::Heading &&
                           !inner_heading(c, i) && c.features[i].length <= 12;
        last_text = SIZE_MAX;
        if (!opens) continue;
        const std::size_t b = next_solid(i + 1);
        if (b >= n || c.shapes[b] != Shape::Heading || c.features[b].ends_dash) continue;
        // Besides "…——" + heading, two unpunctuated heading lines of one length ("賡續紅色血脈"
        // + "堅守為民初心"), the parallel halves of a couplet, form such a pair; a kicker and
        // headline rarely match so (holdout6 cause 1, a blank-line page).
        const bool couplet = c.features[i].length == c.features[b].length &&
                             c.features[i].length >= 4 && c.features[i].pauses == 0 &&
                             c.features[b].pauses == 0 && !inner_heading(c, b);
        if (!c.features[i].ends_dash && !couplet) continue;
        const std::size_t t = next_solid(b + 1);
        if (t >= n || c.shapes[t] != Shape::Paragraph || c.decisions[t].dateline) continue;
        pairs.push_back(i);
    }
    // A chain: consecutive pairs with only running text between them.
    const auto only_text_between = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = next_solid(from + 1); k < to; ++k) {
            if (transparent(c.shapes[k])) continue;
            if (c.shapes[k] != Shape::Paragraph || c.decisions[k].ends_article) return false;
        }
        return true;
    };
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        const bool with_next =
            p + 1 < pairs.size() && only_text_between(next_solid(pairs[p] + 1), pairs[p + 1]);
        const bool with_previous =
            p > 0 && only_text_between(next_solid(pairs[p - 1] + 1), pairs[p]);
        if (with_next || with_previous) marked[pairs[p]] = true;
    }
    return marked;
}

// Stage 3: walks the page, finds headline groups and article boundaries.
void find_articles(Context& c) {
    const std::size_t n = c.size();
    bool have_article = false, body_seen = false, closed = false;
    // A headline group without a subtitle was the last thing read: a summary line may follow.
    bool after_group = false;
    bool photo_only = false;     // the current article holds a photo and no text yet
    bool opinion_group = false;  // the last headline group carried a column rubric
    const std::vector<bool> dash_pairs = dash_intertitle_pairs(c);
    std::size_t summary_at = SIZE_MAX;  // the last summary line (提要) read as a subtitle
    std::size_t i = 0;
    while (i < n) {
        ReadingRef cur = c[i];
        if (transparent(cur.shape)) {
            // A photo right under a headline, before any text: a photo item, complete unless
            // text follows.
            if (cur.shape != Shape::Furniture && have_article && !body_seen) photo_only = true;
            if (cur.shape == Shape::Furniture) {
                set(cur.decision, Label::Furniture, 0.95, "page furniture");
                if (cur.decision.furniture == model::PageItemKind::Jump) closed = true;
            }
            ++i;
            continue;
        }
        const bool summary_slot = after_group;
        after_group = false;
        if (summary_slot && have_article && !body_seen && summary_line(c, i, opinion_group)) {
            // 提要 under an opinion headline is the subtitle (structure-json.md, Conventions).
            cur.shape = Shape::Dash;
            cur.decision.text = std::string(c.seg.blocks[i].text);
            cur.decision.bylines.clear();
            cur.decision.items.clear();
            cur.decision.open_end = false;
            set(cur.decision, Label::Subtitle, 0.6,
                is_bracketed_date(segment::to_u32(c.seg.blocks[i].text))
                    ? "a date alone in brackets under the headline"
                    : "summary line under the headline, an empty line after it");
            summary_at = i;
            ++i;
            continue;
        }
        if (summary_slot && have_article && !body_seen && broken_excerpt_summary(c, i)) {
            // A 提要 broken by a column in a blank-line page: both pieces are the subtitle, the
            // second goes on the first without a space (holdout8 国际论坛, rubric not printed).
            for (std::size_t k = i; k < i + 2; ++k) {
                ReadingRef piece = c[k];
                piece.shape = Shape::Dash;
                piece.decision.text = std::string(c.seg.blocks[k].text);
                piece.decision.bylines.clear();
                piece.decision.items.clear();
                piece.decision.open_end = false;
                piece.decision.join_previous = k > i;
                set(piece.decision, Label::Subtitle, 0.55,
                    k == i ? "summary line under the headline, broken by a column"
                           : "rest of the summary line after a column break");
            }
            summary_at = i + 1;
            i += 2;
            continue;
        }
        if (inner_heading(c, i) && have_article) {
            // Indented like a paragraph: an intertitle; a second one right after it is the
            // intertitle's second line (structure-json.md, Conventions), and so is a third: an
            // intertitle printed on three lines ("拼营销" + "从“网红”到“长红”" + "企业各出奇
            // 招") split 2 + 1 would leave two intertitles with no text between (holdout6
            // cause 1). A fourth line starts a new intertitle.
            const bool after_heading =
                i > 0 && c.decisions[i - 1].label == Label::Intertitle && inner_heading(c, i - 1);
            const bool chain_of_two = after_heading && i >= 2 && c.decisions[i - 1].join_previous &&
                                      !c.decisions[i - 2].join_previous;
            const bool second_line =
                after_heading && (!c.decisions[i - 1].join_previous || chain_of_two);
            set(cur.decision, Label::Intertitle, 0.6,
                !second_line   ? "indented heading inside an article"
                : chain_of_two ? "third indented heading line: one intertitle"
                               : "second indented heading line: one intertitle");
            cur.decision.join_previous = second_line;
            ++i;
            continue;
        }
        if (cur.shape == Shape::Paragraph) {
            photo_only = false;
            set(cur.decision, Label::Paragraph, cur.decision.confidence, "running text");
            if (!have_article) {
                cur.decision.starts_article = true;
                cur.decision.evidence.push_back("text before any headline: article without one");
                have_article = true;
            }
            body_seen = true;
            if (cur.decision.ends_article) closed = true;
            ++i;
            continue;
        }
        if (cur.shape == Shape::BoxHeading) {
            set(cur.decision, Label::Intertitle, 0.8, "the fixed heading of a summary box");
            if (!have_article) {
                cur.decision.starts_article = true;
                have_article = true;
            }
            ++i;
            continue;
        }
        if (cur.shape == Shape::BracketNames || cur.shape == Shape::Dateline) {
            set(cur.decision, cur.shape == Shape::Dateline ? Label::Dateline : Label::Byline, 0.85,
                body_seen ? "credit closing the article" : "credit in the headline group");
            if (body_seen) {
                cur.decision.ends_article = true;
                closed = true;
            }
            ++i;
            continue;
        }
        // A run of heading, —— and name lines (furniture and captions in between are skipped).
        std::vector<std::size_t> run;
        std::size_t j = i;
        while (j < n && ((run_member(c[j].shape) && !(have_article && inner_heading(c, j))) ||
                         transparent(c[j].shape))) {
            // A photo between two heading lines ends the run: the first heads the photo item
            // ("图片报道" + caption), the next heads another article.
            if (!run.empty() && (c[j].shape == Shape::Caption || c[j].shape == Shape::Credit)) {
                break;
            }
            if (run_member(c[j].shape)) run.push_back(j);
            ++j;
        }
        // A single two- or three-character "name" alone, with running text right after it, is
        // a short heading that happens to start with a surname ("高考", "黄河"): a credit line
        // is followed by a headline or stands under one, not directly by text.
        // Right under a 提要 a name is the author's credit (holdout5 人民时评 layout, see
        // summary_line).
        if (run.size() == 1 && c[run[0]].shape == Shape::Names && j < n &&
            c[j].shape == Shape::Paragraph && !c[j].decision.dateline &&
            !(summary_at != SIZE_MAX && run[0] == summary_at + 1)) {
            const Decision& d = c[run[0]].decision;
            const bool one_plain_name =
                d.bylines.size() == 1 && d.bylines[0].role == model::Role::None &&
                d.text == d.bylines[0].name && d.text.size() <= 12;  // 2-4 Han characters in UTF-8
            if (one_plain_name) {
                c[run[0]].shape = Shape::Heading;
                c[run[0]].decision.bylines.clear();
                c[run[0]].decision.evidence.insert(c[run[0]].decision.evidence.begin(),
                                                   "a lone name-like line before text: a heading");
            }
        }
        // Leading names after a body are the previous article's trailing byline.
        std::size_t k = 0;
        if (have_article && body_seen) {
            while (k < run.size() && c[run[k]].shape == Shape::Names) {
                set(c[run[k]].decision, Label::Byline, 0.75,
                    "names after the body: trailing byline");
                c[run[k]].decision.ends_article = true;
                closed = true;
                ++k;
            }
        }
        std::vector<std::size_t> group(run.begin() + static_cast<std::ptrdiff_t>(k), run.end());
        for (std::size_t m = i; m < j; ++m) {
            if (transparent(c[m].shape) && c[m].shape == Shape::Furniture) {
                set(c[m].decision, Label::Furniture, 0.95, "page furniture");
            }
        }
        if (group.empty()) {
            i = j;
            continue;
        }
        if (dash_pairs[group.front()] && group.size() == 2) {
            set(c[group[0]].decision, Label::Intertitle, 0.6,
                "a ——-ended heading and a heading inside a body, as the other pairs: intertitle");
            set(c[group[1]].decision, Label::Intertitle, 0.6, "second line of the intertitle");
            c[group[1]].decision.join_previous = true;
            i = j;
            continue;
        }
        std::size_t heads = 0, dashes = 0, names = 0;
        for (std::size_t g : group) {
            heads += c[g].shape == Shape::Heading;
            dashes += c[g].shape == Shape::Dash;
            names += c[g].shape == Shape::Names;
        }
        const bool next_dateline =
            j < n && c[j].decision.dateline.has_value() && c[j].shape == Shape::Paragraph;
        bool rubric = false;
        for (std::size_t g : group) rubric = rubric || c.features[g].rubric;
        // Headings over a photo with no text after it (the next heading or the page end comes
        // first) head a photo item: "图片报道" + caption + credit.
        bool photo_head = false;
        if (j < n && (c.shapes[j] == Shape::Caption || c.shapes[j] == Shape::Credit)) {
            std::size_t after = j;
            while (after < n && transparent(c.shapes[after])) ++after;
            photo_head = after == n || (run_member(c.shapes[after]) && !inner_heading(c, after));
        }
        const ReadingRef head = c[group.front()];
        std::string_view reason;
        if (heads == 0) {
            // Names or —— lines with no heading: names credit the current article; a lone ——
            // line inside a body is text.
            for (std::size_t g : group) {
                ReadingRef rd = c[g];
                if (rd.shape == Shape::Names) {
                    set(rd.decision, Label::Byline, 0.6, "names without a headline");
                    if (!have_article) {
                        rd.decision.starts_article = true;
                        have_article = true;
                    }
                } else {
                    rd.shape = Shape::Paragraph;
                    set(rd.decision, Label::Paragraph, 0.5, "—— line inside a body");
                    rd.decision.text = std::string(c.seg.blocks[g].text);
                    if (!have_article) {
                        rd.decision.starts_article = true;
                        have_article = true;
                    }
                    body_seen = true;
                }
            }
            i = j;
            continue;
        }
        if (!have_article)
            reason = "first heading on the page";
        else if (closed)
            reason = "previous article ended (byline or jump)";
        else if (rubric)
            reason = "a column rubric labels the heading";
        else if (photo_only)
            reason = "a photo item ended";
        else if (photo_head)
            reason = "heads a photo item (a photo, no text, follows)";
        else if (dashes > 0)
            reason = "—— subtitle follows";
        else if (heads >= 2)
            reason = "two heading lines in a row";
        else if (names > 0)
            reason = "names follow the heading";
        else if (next_dateline)
            reason = "a dateline opens the next paragraph";
        else if (!body_seen)
            reason = "article has no body yet";
        else if (c.seg.layout != Layout::Blank && head.features.blank_before)
            reason = "blank line before a heading";
        if (!reason.empty()) {
            if (!body_seen && have_article && !closed && heads == 1 && dashes == 0 && names == 0 &&
                !next_dateline && head.features.pauses <= 1 &&
                c[group.front()].shape == Shape::Heading && reason == "article has no body yet") {
                // A single heading right under the headline group opens a summary box
                // (核心阅读): an intertitle (structure-json.md, Conventions).
                set(c[group.front()].decision, Label::Intertitle, 0.6,
                    "heading before any body text");
                i = j;
                continue;
            }
            assign_group(c, group);
            after_group = dashes == 0;
            opinion_group = rubric;
            photo_only = false;
            c[group.front()].decision.starts_article = true;
            c[group.front()].decision.evidence.push_back({"starts an article", reason});
            have_article = true;
            body_seen = false;
            closed = false;
        } else {
            for (std::size_t g : group) {
                set(c[g].decision, Label::Intertitle, 0.55, "single heading inside a body");
            }
        }
        i = j;
    }
}

// Stage 4: an article with exactly one intertitle between body paragraphs is two articles; the
// "intertitle" is the second one's headline (intertitles come in sets that share a shape).
void promote_lone_intertitles(Context& c) {
    const std::size_t n = c.size();
    std::size_t start = 0;
    while (start < n) {
        std::size_t end = start + 1;
        while (end < n && !c[end].decision.starts_article) ++end;
        // A 【label】 part heading (【现象】, 【点评】) does not share the shape of plain
        // intertitles, so it does not count: a plain heading with only labels beside it is still
        // alone (holdout4 rmrb-20230706-08: a profile, then a 【现象】/【点评】 commentary with
        // its own headline).
        std::vector<std::size_t> inter;
        for (std::size_t k = start; k < end; ++k) {
            if (c[k].decision.label != Label::Intertitle) continue;
            const bool label = c.shapes[k] == Shape::BoxHeading &&
                               is_bracket_label(segment::to_u32(c.decisions[k].text));
            if (!label) inter.push_back(k);
        }
        if (inter.size() == 1) {
            const std::size_t t = inter[0];
            bool before = false, after = false;
            for (std::size_t k = start; k < t; ++k)
                before = before || c[k].decision.label == Label::Paragraph;
            for (std::size_t k = t + 1; k < end; ++k)
                after = after || c[k].decision.label == Label::Paragraph;
            // A numbered heading ("一、…") is an intertitle even when it is the only one.
            const bool numbered =
                segment::enumerator_length(segment::to_u32(c[t].decision.text)) > 0;
            // An indented heading sits inside an article: it never heads one.
            const bool indented = c.seg.layout != Layout::Blank && c.seg.blocks[t].indented;
            // A 【点评】 label heads a part of its article, never another one (holdout3
            // rmrb-20250103-05-tw; 核心阅读 after a body does head one: spec "Negative for the
            // summary box").
            const bool fixed = c.shapes[t] == Shape::BoxHeading &&
                               is_bracket_label(segment::to_u32(c.decisions[t].text));
            if (before && after && !numbered && !indented && !fixed) {
                Decision& d = c[t].decision;
                set(d, Label::Headline, 0.55, "the article's only intertitle: a new article");
                d.starts_article = true;
            }
        }
        start = end;
    }
}

// A section head printed as a short question over an intertitle line ("场地点位如何选？" +
// "助餐小院设在农户家，乡亲吃饭更省心，群众增收有路径") is the first line of a two-line
// intertitle (structure-json.md: an intertitle printed on two lines is one), not a paragraph:
// it ends with ？ only, holds at most one pause, is at most 12 characters, and sits directly
// above the intertitle, both indented as paragraphs in an indented or wrapped page (where an
// indented heading never heads an article; holdout3 rmrb-20250102-07). A short question over
// a paragraph stays text ("这怎么可以呢？"); in blank-line pages a question over a heading may
// be a kicker over the next headline, so it stays as it is read.
void join_question_heads(Context& c) {
    if (c.seg.layout == Layout::Blank) return;
    for (std::size_t i = 1; i < c.size(); ++i) {
        Decision& t = c.decisions[i];
        Decision& q = c.decisions[i - 1];
        if (t.label != Label::Intertitle || t.join_previous || t.starts_article) continue;
        if (q.label != Label::Paragraph || q.starts_article || q.dateline || !q.bylines.empty() ||
            !q.items.empty() || q.ends_article || c.seg.blocks[i].blank_before) {
            continue;
        }
        const Features& f = c.features[i - 1];
        const std::string& text = q.text;
        const bool question = text.ends_with("？") || text.ends_with("?");
        if (!question || f.length < 4 || f.length > 12 || f.inner_sentence_ends > 0 ||
            f.pauses > 1 || !f.quotes_balanced || !c.seg.blocks[i - 1].indented ||
            !c.seg.blocks[i].indented) {
            continue;
        }
        set(q, Label::Intertitle, 0.55,
            "a short question right above an intertitle: its first line");
        q.open_end = false;
        q.rejoin = false;
        t.join_previous = true;
    }
}

// Stage 5: in indented and wrapped pages every paragraph starts indented, so an unindented
// paragraph right after another paragraph (captions and furniture between are skipped) is the
// rest of it after a column break, even when the break fell at a sentence end.
void mark_unindented_continuations(Context& c) {
    if (c.seg.layout == Layout::Blank) return;
    for (std::size_t i = 1; i < c.size(); ++i) {
        Decision& d = c.decisions[i];
        // (A paragraph opening with a 【label】 never continues one: it may not.)
        if (d.label != Label::Paragraph || c.seg.blocks[i].indented || d.starts_article ||
            d.dateline || !d.items.empty() || !d.may_continue) {
            continue;
        }
        std::size_t p = i;
        while (p > 0 && (c.decisions[p - 1].label == Label::Caption ||
                         c.decisions[p - 1].label == Label::Credit ||
                         c.decisions[p - 1].label == Label::Furniture)) {
            --p;
        }
        if (p > 0 && c.decisions[p - 1].label == Label::Paragraph &&
            !c.decisions[p - 1].ends_article) {
            d.rejoin = true;
            d.evidence.push_back("unindented after a paragraph: its rest after a column break");
        }
    }
}

std::vector<Decision> RuleClassifier::classify(const segment::Segmentation& seg) const {
    Context c{seg, {}, {}, {}};
    const std::size_t n = seg.blocks.size();
    c.shapes.reserve(n);
    c.features.reserve(n);
    c.decisions.reserve(n);
    for (const auto& block : seg.blocks) {
        Reading rd = read_block(block, seg.layout, 1.0);
        c.shapes.push_back(rd.shape);
        c.features.push_back(rd.features);
        c.decisions.push_back(std::move(rd.decision));
    }
    // Lengths relative to the page's median block (evidence for --explain).
    std::vector<std::size_t> lengths;
    lengths.reserve(n);
    for (const auto& f : c.features) lengths.push_back(f.length);
    if (!lengths.empty()) {
        auto mid = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
        std::nth_element(lengths.begin(), mid, lengths.end());
        const double median = std::max<double>(1.0, static_cast<double>(*mid));
        for (std::size_t i = 0; i < n; ++i) {
            c.features[i].relative_length = static_cast<double>(c.features[i].length) / median;
            c.decisions[i].relative_length = c.features[i].relative_length;
        }
    }
    std::vector<std::size_t>().swap(lengths);
    demote_headings_before_continuations(c);
    demote_dangling_dash_kickers(c);
    demote_exclaimed_headings(c);
    promote_kickers_over_headlines(c);
    promote_titles_with_pauses(c);
    promote_long_dash_kickers(c);
    label_headings_inside_articles(c);
    credits_with_wen(c);
    for (std::size_t i = 0; i < n; ++i) {
        if (c.shapes[i] == Shape::Heading && summary_box_heading(c.decisions[i].text)) {
            c.shapes[i] = Shape::BoxHeading;
        }
    }
    for (std::size_t i = 0; i < n && !c.flush_headings; ++i) {
        c.flush_headings = c.shapes[i] == Shape::Heading && !c.features[i].indented;
    }
    pair_captions(c);
    find_articles(c);
    join_question_heads(c);
    promote_lone_intertitles(c);
    mark_unindented_continuations(c);
    for (std::size_t i = 0; i < n; ++i) {
        Decision& d = c.decisions[i];
        if (d.label == Label::Unknown) {
            set(d, Label::Paragraph, 0.3, Evidence{"unplaced", shape_name(c.shapes[i])});
        }
    }
    return std::move(c.decisions);
}

}  // namespace

std::unique_ptr<Classifier> make_rule_classifier() { return std::make_unique<RuleClassifier>(); }

}  // namespace banmian::classify

#include "classify/block_reader.hpp"

#include "classify/names.hpp"
#include "classify/patterns.hpp"
#include "core/utf8.hpp"
#include "segment/chars.hpp"

namespace banmian::classify {
namespace {

using segment::to_utf8;
using segment::trim;

// Strips jumps, trailing credits and a closing dateline from the end of a paragraph, and a
// dateline with its bracketed byline from its start (structure-json.md, Conventions).
// Splits jumps, trailing credits and a closing dateline off the end of a paragraph
// (structure-json.md, Conventions); returns what is left, trimmed.
std::u32string_view split_back(std::u32string_view text, Decision& d) {
    text = trim(text);
    for (int round = 0; round < 3; ++round) {
        const std::size_t open = trailing_bracket(text);
        if (open == std::u32string_view::npos) break;
        const std::u32string_view inner = trim(text.substr(open + 1, text.size() - open - 2));
        const std::u32string_view before = trim(text.substr(0, open));
        // Only after a finished sentence (or alone): "…县区。(廖清香 赵志伟)".
        const bool after_sentence =
            before.empty() || ends_sentence(before) || segment::is_pause(before.back());
        if (is_jump(inner)) {
            d.items.insert(d.items.begin(),
                           {model::PageItemKind::Jump, to_utf8(text.substr(open)), {}});
            d.ends_article = true;
            d.evidence.push_back("trailing jump split off: ends the article");
        } else if (after_sentence && is_author_note(inner)) {
            // "（作者为本报编辑）" closes an opinion piece; the note stays as text.
            d.ends_article = true;
            d.evidence.push_back("closing author note: ends the article");
            break;
        } else if (!after_sentence || before.empty()) {
            break;
        } else if (auto names = parse_credit_list(inner, false)) {
            d.bylines.insert(d.bylines.begin(), names->begin(), names->end());
            d.ends_article = true;
            d.evidence.push_back("trailing bracketed credit: ends the article");
        } else if (is_bare_dateline(inner)) {
            d.dateline = to_utf8(inner);
            d.ends_article = true;
            d.evidence.push_back("closing dateline in brackets");
        } else if (auto m = match_dateline_with_credit(inner)) {
            // "…。（新华社北京1月2日电  记者周圆、黄垚）": dateline and reporters in one bracket
            // (structure-json.md, Conventions; holdout3 rmrb-20250103-07).
            d.dateline = to_utf8(m->dateline);
            d.bylines.insert(d.bylines.begin(), m->bylines.begin(), m->bylines.end());
            d.ends_article = true;
            d.evidence.push_back("closing dateline and reporters in brackets");
        } else {
            break;
        }
        text = before;
    }
    return text;
}

// Splits a leading jump "（上接第一版）" and a dateline with its bracketed credit off the start
// of a paragraph; returns what is left, trimmed.
std::u32string_view split_front(std::u32string_view text, Decision& d) {
    text = trim(text);
    if (!text.empty() && (text.front() == U'（' || text.front() == U'(')) {
        const std::size_t close = text.find_first_of(U"）)");
        if (close != std::u32string_view::npos && is_jump(text.substr(1, close - 1))) {
            d.items.insert(d.items.begin(),
                           {model::PageItemKind::Jump, to_utf8(text.substr(0, close + 1)), {}});
            d.evidence.push_back("leading jump split off");
            text = trim(text.substr(close + 1));
        }
    }
    // One dateline per block: a closing one already split off wins.
    if (auto m = d.dateline ? std::nullopt : match_dateline(text)) {
        d.dateline = to_utf8(m->dateline);
        d.bylines.insert(d.bylines.begin(), m->bylines.begin(), m->bylines.end());
        d.evidence.push_back(m->bylines.empty() ? "opens with a dateline"
                                                : "opens with a dateline and bracketed credit");
        text = trim(text.substr(m->rest));
    }
    return text;
}

// Byte offset of the code point count code points into UTF-8 text.
std::size_t byte_offset(std::string_view text, std::size_t count) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < count && pos < text.size(); ++i) segment::next_cp(text, pos);
    return pos;
}

// Byte offset where the last count code points of UTF-8 text begin.
std::size_t byte_offset_from_end(std::string_view text, std::size_t count) {
    std::size_t pos = text.size();
    for (std::size_t i = 0; i < count && pos > 0; ++i) utf8::previous(text, pos);
    return pos;
}

// True for a collective byline alone on its line: an organisation of at most six Han characters
// (or none) and 评论员 ("本报评论员", "人民日报评论员").
bool collective_byline(std::u32string_view text) {
    constexpr std::u32string_view kMarks[] = {U"评论员", U"評論員"};
    for (auto mark : kMarks) {
        if (text.size() < mark.size() + 2 || text.size() > mark.size() + 6) continue;
        if (text.substr(text.size() - mark.size()) != mark) continue;
        for (char32_t c : text) {
            if (!segment::is_han(c)) return false;
        }
        return true;
    }
    return false;
}

// Long blocks are running text: only their first and last characters can hold a dateline, a
// credit, a jump or a photo credit, so only those are scanned.
constexpr std::size_t kLongBlock = 300;
constexpr std::size_t kHead = 100;
constexpr std::size_t kTail = 160;

}  // namespace

const char* shape_name(Shape shape) {
    switch (shape) {
        case Shape::Furniture:
            return "furniture";
        case Shape::Caption:
            return "caption";
        case Shape::Credit:
            return "credit";
        case Shape::Names:
            return "names";
        case Shape::BracketNames:
            return "bracketed names";
        case Shape::Dateline:
            return "dateline";
        case Shape::Dash:
            return "dash line";
        case Shape::Heading:
            return "heading";
        case Shape::BoxHeading:
            return "summary box heading";
        case Shape::Paragraph:
            return "paragraph";
    }
    return "paragraph";
}

bool heading_shaped(const Features& f, segment::Layout layout, std::string_view& why) {
    // In indented and wrapped pages an indented heading can only be an intertitle or a summary
    // line (提要) inside an article ("　　戈壁荒漠变绿洲"): it must be short.
    if (layout != segment::Layout::Blank && f.indented && f.length > 40) {
        why = "indented like a paragraph";
        return false;
    }
    if (f.length < 2 || f.length > 60) {
        why = "too long for a heading";
        return false;
    }
    if (f.inner_sentence_ends > 0) {
        why = "sentence end inside";
        return false;
    }
    // A short line ending with ！ or ？ may be a headline ("奋斗吧，青年！"); the classifier keeps
    // it one only next to other heading lines or where an article starts.
    const bool exclaimed = f.ends_exclaim && f.length <= 24 && f.pauses <= 1;
    if (f.ends_sentence && !f.ends_dash && !exclaimed) {
        why = "ends a sentence";
        return false;
    }
    if (f.han == 0) {
        why = "no Han character";
        return false;
    }
    if (f.ends_dash && f.length > 24) {
        why = "long line ending with ——";
        return false;
    }
    if (f.ends_pause) {
        why = "stops mid-sentence";
        return false;
    }
    if (f.pauses > 2 || (f.pauses > 0 && f.length > 28)) {
        why = "too many pauses for a heading";
        return false;
    }
    if (f.time_lead) {
        why = "opens with a time phrase and a comma, like a news paragraph";
        return false;
    }
    if (f.speech) {
        why = "reported speech";
        return false;
    }
    if (!f.quotes_balanced) {
        why = "unbalanced quotes";
        return false;
    }
    if (f.pauses > 0 && !f.balanced_parts) {
        // Headings with a pause are parallel phrases ("直面问题症结，深化专项整治", "贝老，世界
        // 有你"); a column-broken fragment is not ("第二晚，维也纳交响乐团在乔丹的指挥下演奏了").
        why = "unbalanced phrases around a pause";
        return false;
    }
    if (f.ends_function_word) {
        why = "ends with a function word (的, 在, 和 …): a broken sentence";
        return false;
    }
    if (f.ends_decimal_point) {
        why = "ends on a decimal point: a broken number";
        return false;
    }
    if (f.ends_digit && f.pauses > 0) {
        why = "ends inside a number";
        return false;
    }
    return true;
}

void read_as_paragraph(ReadingRef r, std::u32string_view text, const segment::Block& block,
                       segment::Layout layout) {
    Decision& d = r.decision;
    r.shape = Shape::Paragraph;
    r.features.rubric = false;
    d.items.clear();  // a heading's rubric goes back into the text
    d.confidence = 0.8;
    // Long blocks are running text: only their ends can hold a dateline, credit or jump, so
    // only the ends are scanned (keeps detection linear and fast).
    const bool long_block = text.size() > kLongBlock;
    const std::u32string_view head = long_block ? text.substr(0, kHead) : text;
    const std::u32string_view tail = long_block ? text.substr(text.size() - kTail) : text;
    std::u32string_view back = split_back(tail, d);
    std::size_t front = 0;
    if (long_block) {
        front = static_cast<std::size_t>(split_front(head, d).data() - text.data());
    } else {
        const std::u32string_view rest = split_front(back, d);
        front = static_cast<std::size_t>(rest.data() - text.data());
        back = rest;
    }
    const std::size_t end = static_cast<std::size_t>(back.data() + back.size() - text.data());
    // block.text is the UTF-8 form of text: cut it at the same characters.
    const std::size_t from = byte_offset(block.text, front);
    const std::size_t to = byte_offset_from_end(block.text, text.size() - end);
    d.text = std::string(utf8::trim(block.text.substr(from, to > from ? to - from : 0)));
    d.open_end = !d.ends_article && !back.empty() && !ends_sentence(back);
    // A paragraph that introduces what follows ("…如下：") is complete.
    if (d.open_end && (back.back() == U'：' || back.back() == U':')) d.open_end = false;
    if (d.open_end) d.evidence.push_back("stops mid-sentence");
    d.may_continue = layout == segment::Layout::Blank || !block.indented;
}

void read_as_paragraph(ReadingRef r, const segment::Block& block, segment::Layout layout) {
    const std::u32string text = segment::to_u32(block.text);
    read_as_paragraph({r.shape, r.features, r.decision}, text, block, layout);
}

// True when a long block's ends look like a caption (a credit with 摄) or page furniture: the
// full reading decides those.
bool ends_need_full_reading(std::u32string_view text) {
    if (match_furniture(text.substr(0, kHead))) return true;
    std::size_t last = text.size() - 1;
    if ((text[last] == U'）' || text[last] == U')') && last > 0) --last;
    return text[last] == U'摄' || text[last] == U'攝';
}

// Reads inner, the content of a bracket standing alone, as a dateline with its reporters
// ("新华社北京1月2日电  记者周圆、黄垚"); true, with r filled in, if it is one.
bool read_dateline_with_credit(std::u32string_view inner, Reading& r) {
    auto m = match_dateline_with_credit(inner);
    if (!m) return false;
    r.shape = Shape::Dateline;
    r.decision.dateline = to_utf8(m->dateline);
    r.decision.bylines = std::move(m->bylines);
    r.decision.confidence = 0.85;
    r.decision.evidence.insert(r.decision.evidence.begin(), "a bracketed dateline with reporters");
    return true;
}

Reading read_block(const segment::Block& block, segment::Layout layout, double median) {
    Reading r;
    // Decoded into one reusable buffer: no allocation per block. Block text is trimmed.
    thread_local std::u32string whole;
    whole.clear();
    for (std::size_t pos = 0; pos < block.text.size();) {
        whole.push_back(segment::next_cp(block.text, pos));
    }
    const std::u32string_view text = whole;
    if (text.size() > kLongBlock && !ends_need_full_reading(text)) {
        r.features = compute_features(text.substr(text.size() - kTail), block, median);
        r.features.length = visible_length(text);
        r.features.relative_length = static_cast<double>(r.features.length) / std::max(1.0, median);
        r.features.starts_dash = segment::is_dash(text[0]) && segment::is_dash(text[1]);
        r.decision.length = r.features.length;
        r.decision.relative_length = r.features.relative_length;
        r.decision.evidence.push_back({"not a heading", "too long for a heading"});
        read_as_paragraph({r.shape, r.features, r.decision}, text, block, layout);
        return r;
    }
    r.features = compute_features(text, block, median);
    const Features& f = r.features;
    Decision& d = r.decision;
    // Short blocks may become anything and keep their text; running text is cut below.
    if (f.length <= 100) d.text = std::string(block.text);
    d.length = f.length;
    d.relative_length = f.relative_length;

    if (auto kind = match_furniture(text)) {
        r.shape = Shape::Furniture;
        d.text = to_utf8(text);
        d.furniture = *kind;
        d.confidence = 0.95;
        d.evidence.insert(d.evidence.begin(),
                          Evidence{"page furniture", model::page_item_kind_name(*kind)});
        return r;
    }
    if (auto cap = match_caption(text)) {
        r.shape = cap->caption.empty() ? Shape::Credit : Shape::Caption;
        d.text = to_utf8(cap->caption);
        d.credit = to_utf8(cap->credit);
        d.confidence = 0.9;
        d.evidence.insert(d.evidence.begin(), "ends with a photo credit and 摄");
        return r;
    }
    if (f.length <= 40 && !f.starts_dash) {
        // A collective byline, kept whole: 本报评论员, 人民日报评论员, 新华社评论员.
        if (collective_byline(text)) {
            r.shape = Shape::Names;
            d.bylines = {model::Byline{to_utf8(text), model::Role::None, {}}};
            d.confidence = 0.8;
            d.evidence.insert(d.evidence.begin(), "a collective byline (…评论员)");
            return r;
        }
        if (auto names = parse_credit_list(text, false)) {
            r.shape = Shape::Names;
            d.bylines = *names;
            d.confidence = 0.85;
            d.evidence.insert(d.evidence.begin(), "every token a name or role word");
            return r;
        }
        if ((text.front() == U'（' || text.front() == U'(') && trailing_bracket(text) == 0) {
            const std::u32string_view inner = text.substr(1, text.size() - 2);
            if (auto names = parse_credit_list(inner, false)) {
                r.shape = Shape::BracketNames;
                d.bylines = *names;
                d.confidence = 0.9;
                d.evidence.insert(d.evidence.begin(), "a bracketed credit list");
                return r;
            }
            if (is_bare_dateline(inner)) {
                r.shape = Shape::Dateline;
                d.dateline = to_utf8(inner);
                d.confidence = 0.85;
                d.evidence.insert(d.evidence.begin(), "a bracketed dateline");
                return r;
            }
            // A dateline and its reporters in one bracket on a line of their own (holdout3
            // rmrb-20250103-07: "（新华社北京1月2日电  记者周圆、黄垚）").
            if (read_dateline_with_credit(inner, r)) return r;
        }
    }
    // A longer bracket alone holding a dateline for several places and many reporters
    // ("（本报北京、开罗、…7月19日电  记者俞懿春、崔琦、…）", holdout5): read by its content
    // like the short one above; trailing_bracket bounds its length.
    if (f.length > 40 && (text.front() == U'（' || text.front() == U'(') &&
        trailing_bracket(text) == 0) {
        if (read_dateline_with_credit(text.substr(1, text.size() - 2), r)) return r;
    }
    if (f.starts_dash && f.inner_sentence_ends == 0 && f.length <= 80) {
        r.shape = Shape::Dash;
        std::u32string_view rest = text;
        while (!rest.empty() &&
               (segment::is_dash(rest.front()) || segment::is_space(rest.front()))) {
            rest.remove_prefix(1);
        }
        d.text = to_utf8(rest);
        d.confidence = 0.85;
        d.evidence.insert(d.evidence.begin(), "opens with ——");
        return r;
    }
    if (is_bare_dateline(text)) {
        r.shape = Shape::Dateline;
        d.dateline = to_utf8(text);
        d.confidence = 0.8;
        d.evidence.insert(d.evidence.begin(), "a dateline alone");
        return r;
    }
    std::string_view why;
    // A bracket label with text after it ("【关键词】地铁站里的“美术馆”", "【人物】阅读推广人李刚")
    // opens a paragraph of a commentary box: body text, never a headline (holdout3
    // rmrb-20250103-05-tw, rmrb-20230703-05).
    const bool labelled = opens_with_bracket_label(text);
    if (labelled) why = "opens with a 【label】 and text: body text";
    const std::size_t close = trailing_bracket(text);
    // A line that is one bracket ("（作者为本报编辑）") is a note or a credit, not a heading.
    if (close == 0 && (text.front() == U'（' || text.front() == U'(')) why = "a bracketed note";
    const bool has_jump = close != std::u32string_view::npos &&
                          is_jump(text.substr(close + 1, text.size() - close - 2));
    if (has_jump) why = "a jump ends it";
    // A column rubric closing a heading ("…（人民时评）") is page furniture and marks a
    // headline; the heading is judged without it.
    const std::size_t rubric =
        close != 0 && !has_jump && !labelled ? rubric_at(text) : std::u32string_view::npos;
    if (rubric != std::u32string_view::npos) {
        std::string_view rubric_why;
        Features hf = compute_features(trim(text.substr(0, rubric)), block, median);
        if (!match_dateline(text) && heading_shaped(hf, layout, rubric_why)) {
            r.shape = Shape::Heading;
            hf.rubric = true;
            r.features = hf;
            d.items.push_back(
                {model::PageItemKind::SectionLabel, to_utf8(text.substr(rubric)), {}});
            d.text = to_utf8(trim(text.substr(0, rubric)));
            d.confidence = 0.75;
            d.evidence.insert(d.evidence.begin(), "a heading closed by a column rubric");
            return r;
        }
    }
    if (!has_jump && !labelled && close != 0 && !match_dateline(text) &&
        heading_shaped(f, layout, why)) {
        r.shape = Shape::Heading;
        d.confidence = f.pauses == 0 ? 0.75 : 0.6;
        d.evidence.insert(d.evidence.begin(), f.ends_dash
                                                  ? "short, ends with —— (kicker shape)"
                                                  : "short, no sentence end, balanced quotes");
        return r;
    }
    if (!why.empty()) d.evidence.insert(d.evidence.begin(), Evidence{"not a heading", why});
    read_as_paragraph({r.shape, r.features, r.decision}, text, block, layout);
    // A label opens a paragraph of its own: it never goes on from the block before.
    if (labelled) d.may_continue = false;
    return r;
}

}  // namespace banmian::classify

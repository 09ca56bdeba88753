#include "classify/block_reader.hpp"

#include "classify/names.hpp"
#include "classify/patterns.hpp"
#include "segment/chars.hpp"

namespace banmian::classify {
namespace {

using segment::to_utf8;
using segment::trim;

std::string fmt_len(const Features& f) {
    return "length " + std::to_string(f.length) + " (" +
           std::to_string(static_cast<int>(f.relative_length * 100 + 0.5)) + "% of median)";
}

// Strips jumps, trailing credits and a closing dateline from the end of a paragraph, and a
// dateline with its bracketed byline from its start (structure-json.md, Conventions).
void split_paragraph(std::u32string_view text, Decision& d) {
    text = trim(text);
    // A leading jump "（上接第一版）".
    if (!text.empty() && (text.front() == U'（' || text.front() == U'(')) {
        const std::size_t close = text.find_first_of(U"）)");
        if (close != std::u32string_view::npos && is_jump(text.substr(1, close - 1))) {
            d.items.push_back({model::PageItemKind::Jump, to_utf8(text.substr(0, close + 1)), {}});
            d.evidence.push_back("leading jump split off");
            text = trim(text.substr(close + 1));
        }
    }
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
        } else {
            break;
        }
        text = before;
    }
    if (auto m = match_dateline(text)) {
        d.dateline = to_utf8(m->dateline);
        d.bylines.insert(d.bylines.begin(), m->bylines.begin(), m->bylines.end());
        d.evidence.push_back(m->bylines.empty() ? "opens with a dateline"
                                                : "opens with a dateline and bracketed credit");
        text = trim(text.substr(m->rest));
    }
    d.text = to_utf8(text);
}

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

bool heading_shaped(const Features& f, segment::Layout layout, std::string& why) {
    if (layout != segment::Layout::Blank && f.indented) {
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
    if (f.ends_sentence && !f.ends_dash) {
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
    if (f.pauses > 2 || (f.pauses > 0 && f.length > 32)) {
        why = "too many pauses for a heading";
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

void read_as_paragraph(Reading& r, const segment::Block& block, segment::Layout layout) {
    Decision& d = r.decision;
    r.shape = Shape::Paragraph;
    d.confidence = 0.8;
    split_paragraph(trim(block.text), d);
    d.open_end = !d.ends_article && !d.text.empty() && !ends_sentence(segment::to_u32(d.text));
    if (d.open_end) {
        const std::u32string t32 = segment::to_u32(d.text);
        // A paragraph that introduces what follows ("…如下：") is complete.
        if (!t32.empty() && (t32.back() == U'：' || t32.back() == U':')) d.open_end = false;
    }
    if (d.open_end) d.evidence.push_back("stops mid-sentence");
    d.may_continue = layout == segment::Layout::Blank || !block.indented;
}

Reading read_block(const segment::Block& block, segment::Layout layout, double median) {
    Reading r;
    r.features = compute_features(block, median);
    const Features& f = r.features;
    Decision& d = r.decision;
    const std::u32string_view text = trim(block.text);
    d.text = to_utf8(text);
    d.evidence.push_back(fmt_len(f));

    if (auto kind = match_furniture(text)) {
        r.shape = Shape::Furniture;
        d.furniture = *kind;
        d.confidence = 0.95;
        d.evidence.insert(d.evidence.begin(),
                          std::string("page furniture: ") + model::page_item_kind_name(*kind));
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
        }
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
        d.dateline = d.text;
        d.confidence = 0.8;
        d.evidence.insert(d.evidence.begin(), "a dateline alone");
        return r;
    }
    std::string why;
    const std::size_t close = trailing_bracket(text);
    const bool has_jump = close != std::u32string_view::npos &&
                          is_jump(text.substr(close + 1, text.size() - close - 2));
    if (has_jump) why = "a jump ends it";
    if (!has_jump && !match_dateline(text) && heading_shaped(f, layout, why)) {
        r.shape = Shape::Heading;
        d.confidence = f.pauses == 0 ? 0.75 : 0.6;
        d.evidence.insert(d.evidence.begin(), f.ends_dash
                                                  ? "short, ends with —— (kicker shape)"
                                                  : "short, no sentence end, balanced quotes");
        return r;
    }
    if (!why.empty()) d.evidence.insert(d.evidence.begin(), "not a heading: " + why);
    read_as_paragraph(r, block, layout);
    return r;
}

}  // namespace banmian::classify

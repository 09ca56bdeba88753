#include "segment/segment.hpp"

#include <algorithm>
#include <map>

#include "core/utf8.hpp"
#include "segment/chars.hpp"

namespace banmian::segment {
namespace {

bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// The last few characters of UTF-8 text (enough to see how it ends, closing quotes and a short
// trailing bracket included).
std::string_view tail(std::string_view text) {
    std::size_t pos = text.size();
    for (int i = 0; i < 24 && pos > 0; ++i) utf8::previous(text, pos);
    return text.substr(pos);
}

// True when a line ends a sentence (ignoring closing quotes), so a short line after it is not
// a continuation of the same paragraph.
bool ends_sentence(std::u32string_view text);
// ends_sentence on UTF-8 text (decodes only the end).
bool ends_sentence(std::string_view text) { return ends_sentence(to_u32(tail(text))); }
bool ends_sentence(std::u32string_view text) {
    std::size_t n = text.size();
    while (n > 0 && is_closer(text[n - 1])) --n;
    return n > 0 && (is_sentence_end(text[n - 1]) || text[n - 1] == U'—');
}

// True when text has punctuation inside it: running text does, headings mostly do not.
bool has_punctuation(std::u32string_view text);
bool has_punctuation(std::string_view text) { return has_punctuation(to_u32(text)); }
bool has_punctuation(std::u32string_view text) {
    for (char32_t c : text) {
        if (is_pause(c) || is_sentence_end(c)) return true;
    }
    return false;
}

// True when a line ends a sentence strongly (。！？… and closing quotes), so the short open line
// after it may be a heading; ； and —— do not end a paragraph before a heading.
bool ends_strongly(std::u32string_view text);
bool ends_strongly(std::string_view text) { return ends_strongly(to_u32(tail(text))); }
bool ends_strongly(std::u32string_view text) {
    std::size_t n = text.size();
    // A bracket after the sentence end (a trailing credit "。（甫跃辉）") still ends it.
    if (n > 0 && (text[n - 1] == U'）' || text[n - 1] == U')')) {
        const std::size_t open = text.find_last_of(U"（(");
        if (open != std::u32string_view::npos && open > 0) n = open;
    }
    while (n > 0 && is_closer(text[n - 1])) --n;
    if (n == 0) return false;
    const char32_t c = text[n - 1];
    return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'…';
}

// True when a line cannot start a line of its own: it opens with a pause, a sentence end or a
// closing quote, which typesetters hang on the line before.
bool opens_with_hanging_mark(std::string_view utf8_text) {
    std::size_t pos = 0;
    const std::u32string text =
        utf8_text.empty() ? U"" : std::u32string(1, utf8::next(utf8_text, pos));
    return !text.empty() && (is_pause(text[0]) || is_sentence_end(text[0]) || is_closer(text[0]));
}

// True when a line ends with a photo credit mark (摄/攝, possibly in a closing bracket).
bool ends_with_photo_credit(std::string_view text) {
    const std::u32string end = to_u32(tail(text));
    std::size_t n = end.size();
    if (n > 0 && (end[n - 1] == U'）' || end[n - 1] == U')')) --n;
    return n > 0 && (end[n - 1] == U'摄' || end[n - 1] == U'攝');
}

// Width of the run of ASCII digits and letters that opens text (0 if none), in characters.
int leading_word_width(std::string_view text) {
    int n = 0;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
        ++n;
    }
    return n;
}

// The lines around a candidate join in a wrapped page.
struct WrapContext {
    const Line& previous;  // the block's last line so far
    const Line& line;      // the unindented line that may continue it
    const Line* next;      // the line after it, nullptr at the end
    int wrap = 0;
    bool first_alone = false;  // previous is the block's only line and was not indented
};

// True when line continues the wrapped paragraph whose last line is previous.
bool continues_wrapped(const WrapContext& c) {
    const Line& previous = c.previous;
    const Line& line = c.line;
    if (opens_with_hanging_mark(line.text)) return true;
    // A photo caption ending with its credit ("… 陈旭东 摄") stands on its own line; so does a
    // page header ("本版责编：…").
    if (ends_with_photo_credit(line.text)) return false;
    if (c.first_alone && starts_like_page_header(to_u32(previous.text.substr(0, 40)))) {
        return false;
    }
    std::size_t back = previous.text.size();
    const char32_t last = utf8::previous(previous.text, back);
    // A short line alone ending with a colon, over a short unpunctuated heading and an indented
    // line, is a kicker over its headline ("外交部发言人：" + "中方祝贺…大选"; holdout2
    // rmrb-20230725-03), not a sentence going on.
    if (c.first_alone && (last == U'：' || last == U':') && previous.width < c.wrap - 1 &&
        line.width < c.wrap - 1 && !has_punctuation(line.text) && heading_like(to_u32(line.text)) &&
        c.next != nullptr && c.next->indented) {
        return false;
    }
    // A line that stops on a pause or an opening bracket goes on ("…加强。（" + "卢晓琳）").
    if (is_pause(last) || is_opener(last)) return true;
    // Lines wider than the wrap width were not wrapped: headings or furniture on their own.
    if (line.width > c.wrap + 1 || previous.width > c.wrap + 1) return false;
    // The line before ended short: its paragraph ended there, unless the next line opens with a
    // number or Latin word that did not fit on it (wrapping tools do not break "2023").
    if (previous.width < c.wrap - 1 && (ends_sentence(previous.text) ||
                                        previous.width + leading_word_width(line.text) <= c.wrap)) {
        return false;
    }
    // A full-width unindented line without punctuation is a heading, unless running text with
    // punctuation follows it (a column-broken paragraph resuming).
    if (c.first_alone && !has_punctuation(previous.text)) {
        const bool running =
            has_punctuation(line.text) && (line.width >= c.wrap - 1 || ends_sentence(line.text));
        if (!running) return false;
    }
    // A paragraph ends on a finished sentence (or ——, ……, ：), so an open line followed by an
    // indented line or the page end is a heading, not a paragraph's last line.
    std::size_t line_back = line.text.size();
    const bool line_ends =
        ends_sentence(line.text) || utf8::previous(line.text, line_back) == U'：';
    // A full line that stops mid-sentence still goes on, whatever follows ("…创造性转化、创新" +
    // "性发展", a long intertitle wrapped in a narrow column).
    if (!line_ends && (c.next == nullptr || c.next->indented) && ends_sentence(previous.text)) {
        return false;
    }
    // After a finished sentence, a short open line is a heading ("山东省青州市——").
    if (ends_strongly(previous.text) && !ends_strongly(line.text) &&
        heading_like(to_u32(line.text)) && line.width < c.wrap - 1) {
        return false;
    }
    return true;
}

}  // namespace

const char* layout_name(Layout layout) {
    switch (layout) {
        case Layout::Blank:
            return "blank";
        case Layout::Indent:
            return "indent";
        case Layout::Wrapped:
            return "wrapped";
    }
    return "blank";
}

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    // Exactly one Line per line: a byte-based guess over-reserves CJK text several times.
    lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    std::size_t start = 0;
    int number = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view raw = text.substr(start, end - start);
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        Line line;
        line.number = ++number;
        // One pass: leading white space (indent), the text, trailing white space, widths.
        std::size_t pos = 0, first = std::string_view::npos, last_end = 0;
        int leading_spaces = 0, chars = 0, half = 0, chars_at_last = 0, half_at_last = 0;
        bool ideographic_space = false, first_is_space = false;
        while (pos < raw.size()) {
            const std::size_t at = pos;
            const char32_t c = next_cp(raw, pos);
            ++chars;
            half += half_width(c);
            if (is_space(c)) {
                if (at == 0) first_is_space = true;
                if (first == std::string_view::npos) {
                    if (c == 0x3000 || c == U'\t') ideographic_space = true;
                    if (c == U' ' || c == 0xA0) ++leading_spaces;
                }
                continue;
            }
            if (first == std::string_view::npos) first = at;
            last_end = pos;
            chars_at_last = chars;
            half_at_last = half;
        }
        if (first != std::string_view::npos) {
            line.text = raw.substr(first, last_end - first);
            line.blank = false;
            line.indented = ideographic_space || leading_spaces >= 2;
            line.space_before = !line.indented && first_is_space;
            line.space_after = last_end < raw.size();
            // Width in characters, indent included: wrapping tools count code points (the
            // dev pages wrap at 21 and 22 characters, punctuation may hang one past).
            line.chars = chars_at_last;
            line.cols = (half_at_last + 1) / 2;
            line.width = line.chars;
        } else {
            line.indent_only = ideographic_space || leading_spaces >= 2;
        }
        lines.push_back(line);
        if (end == text.size()) break;
        start = end + 1;
    }
    // A final "\n" leaves an empty last line that is not part of the page.
    if (!lines.empty() && lines.back().blank && !text.empty() && text.back() == '\n') {
        lines.pop_back();
    }
    return lines;
}

int wrap_fit(const std::vector<Line>& lines, int& width) {
    std::map<int, int> widths;
    for (const Line& line : lines) {
        if (!line.blank) ++widths[line.width];
    }
    int best = 0, best_count = 0;
    for (const auto& [w, n] : widths) {
        if (w >= 12 && w <= 48 && n > best_count) {
            best_count = n;
            best = w;
        }
    }
    int near = 0;
    for (const auto& [w, n] : widths) {
        if (w >= best - 1 && w <= best + 1) near += n;
    }
    width = best;
    return near;
}

Layout detect_layout(const std::vector<Line>& lines, int& wrap_width) {
    wrap_width = 0;
    int nonblank = 0, indented = 0;
    std::map<int, int> widths;
    for (const Line& line : lines) {
        if (line.blank) continue;
        ++nonblank;
        if (line.indented) ++indented;
        ++widths[line.width];
    }
    if (nonblank == 0) return Layout::Blank;
    // Hard-wrapped pages: most lines end within a column or two of one width, and that width is
    // a column's (issue 3: "every line 20-30 characters"; we accept 12-48).
    int best_width = 0, best_count = 0;
    for (const auto& [w, n] : widths) {
        if (w >= 12 && w <= 48 && n > best_count) {
            best_count = n;
            best_width = w;
        }
    }
    int near = 0, longer = 0;
    for (const auto& [w, n] : widths) {
        if (w >= best_width - 1 && w <= best_width + 1) near += n;
        if (w > best_width + 1) longer += n;
    }
    best_count = near;
    if (nonblank >= 8 && best_count * 2 >= nonblank && longer * 10 <= nonblank) {
        wrap_width = best_width;
        return Layout::Wrapped;
    }
    if (indented * 5 >= nonblank) return Layout::Indent;
    return Layout::Blank;
}

void append_continuation_utf8(std::string& out, std::string_view piece) {
    if (piece.empty()) return;
    if (!out.empty()) {
        std::size_t end = out.size();
        const char32_t last = utf8::previous(out, end);
        std::size_t start = 0;
        const char32_t first = utf8::next(piece, start);
        if (is_ascii_letter(last) && is_ascii_letter(first)) out.push_back(' ');
    }
    out.append(piece);
}

Segmentation segment_page(std::string_view text) {
    Segmentation seg;
    std::vector<Line> lines = split_lines(text);
    seg.line_count = static_cast<int>(lines.size());
    // Wrapping tools count characters (the dev pages) or display columns (ASCII half wide):
    // measure lines the way that makes their widths agree best.
    int chars_width = 0, cols_width = 0;
    const int chars_fit = wrap_fit(lines, chars_width);
    for (Line& line : lines) line.width = line.cols;
    const int cols_fit = wrap_fit(lines, cols_width);
    if (chars_fit >= cols_fit) {
        for (Line& line : lines) line.width = line.chars;
    }
    seg.layout = detect_layout(lines, seg.wrap_width);
    seg.blocks.reserve(lines.size() / 2 + 1);

    bool blank_before = true;
    const Line* previous = nullptr;  // previous non-blank line, if no blank line since
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        if (line.blank) {
            if (!seg.blocks.empty()) {
                seg.blocks.back().blank_after = true;
                if (line.indent_only && previous != nullptr) {
                    seg.blocks.back().indent_line_after = true;
                }
            }
            blank_before = true;
            previous = nullptr;
            continue;
        }
        bool continues = false;
        if (seg.layout == Layout::Wrapped && previous != nullptr && !line.indented) {
            const bool first_alone =
                seg.blocks.back().first_line == previous->number && !previous->indented;
            const Line* next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
            continues = continues_wrapped({*previous, line, next, seg.wrap_width, first_alone});
        }
        if (continues) {
            Block& block = seg.blocks.back();
            if (block.first_line == block.last_line) seg.joined.emplace_back(block.text);
            std::string& joined = seg.joined.back();
            // A line broken at a space keeps one space there ("（廖清香 / 赵志伟）").
            if (previous->space_after || line.space_before) joined.push_back(' ');
            append_continuation_utf8(joined, line.text);
            block.text = joined;
            block.last_line = line.number;
        } else {
            Block block;
            block.text = line.text;
            block.first_line = block.last_line = line.number;
            block.indented = line.indented;
            block.blank_before = blank_before;
            block.blank_after = false;
            seg.blocks.push_back(block);
        }
        blank_before = false;
        previous = &line;
    }
    if (!seg.blocks.empty()) seg.blocks.back().blank_after = true;
    return seg;
}

}  // namespace banmian::segment

// Segmentation: decoded page text -> lines -> blocks, with the page's layout detected.
// Never fails: any text, even empty or binary-looking, gives a (possibly empty) block list.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::segment {

// How the page marks paragraphs (issue 3, "Segmentation").
enum class Layout {
    Blank,    // blocks separated by blank lines, one paragraph per line
    Indent,   // paragraphs start with U+3000 indentation, no blank lines between them
    Wrapped,  // hard-wrapped lines of a fixed width; a paragraph's first line is indented
};

// "blank", "indent" or "wrapped".
const char* layout_name(Layout layout);

// One source line.
struct Line {
    int number = 0;             // 1-based
    std::string_view text;      // UTF-8 view into the page, without surrounding white space
    bool blank = true;          // nothing but white space
    bool indent_only = false;   // blank, but holding an indent (U+3000 or two spaces)
    bool indented = false;      // starts with U+3000 or two or more spaces
    bool space_before = false;  // starts with one space (not an indent)
    bool space_after = false;   // ends with white space
    int width = 0;              // the page's wrap measure (chars or cols) of this line
    int chars = 0;              // characters up to the last non-space, indent included
    int cols = 0;               // display columns (CJK 1, ASCII 1/2) of the same, rounded up
};

// A unit of text the classifier labels: one paragraph, heading, caption … as printed.
struct Block {
    // UTF-8, trimmed: a view into the page text, or for wrapped lines into the joined text the
    // Segmentation owns (no space between CJK characters).
    std::string_view text;
    int first_line = 0;  // source lines, 1-based inclusive
    int last_line = 0;
    bool indented = false;           // its first line is indented
    bool blank_before = true;        // a blank line (or the page start) precedes it
    bool blank_after = true;         // a blank line (or the page end) follows it
    bool indent_line_after = false;  // a line holding only an indent follows it (after 提要)
};

// The blocks of a page. Views point into the page text (which must outlive this) and into
// joined, whose strings never move; so a Segmentation can be moved but not copied.
struct Segmentation {
    Layout layout = Layout::Blank;
    int wrap_width = 0;  // characters (or columns) per line, for Layout::Wrapped
    int line_count = 0;
    std::vector<Block> blocks;
    std::deque<std::string> joined;  // texts of blocks made of several wrapped lines

    Segmentation() = default;
    Segmentation(Segmentation&&) = default;
    Segmentation& operator=(Segmentation&&) = default;
    Segmentation(const Segmentation&) = delete;
    Segmentation& operator=(const Segmentation&) = delete;
};

// Splits text ("\n" line ends) into lines; the lines view text.
std::vector<Line> split_lines(std::string_view text);

// How many non-blank lines lie within one of the commonest width between 12 and 48 (a
// wrapped column); sets width to that width.
int wrap_fit(const std::vector<Line>& lines, int& width);

// Detects the layout from the lines' indentation and width distribution; sets wrap_width.
Layout detect_layout(const std::vector<Line>& lines, int& wrap_width);

// Segments a decoded page into blocks; the result views text, which must outlive it.
Segmentation segment_page(std::string_view text);

// Appends piece to UTF-8 text out as the continuation of a wrapped or column-broken text: no
// space between CJK characters, one space between two Latin letters that would otherwise merge.
// Linear in piece only, so repeated joins stay linear.
void append_continuation_utf8(std::string& out, std::string_view piece);

}  // namespace banmian::segment

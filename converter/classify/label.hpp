// The fixed label set and the per-block decision every classifier returns.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/page.hpp"

namespace banmian::classify {

// What a block is on the page (architecture.md, "Habits": one enum, fixed in one place).
enum class Label {
    Kicker,      // 引题
    Headline,    // 主题
    Subtitle,    // 副题
    Byline,      // a line (or bracket) of credited names
    Dateline,    // 电头 standing alone
    Caption,     // photo caption (with or without its credit)
    Credit,      // a photo credit on its own line, merged into the caption before it
    Intertitle,  // 小标题
    Paragraph,
    Furniture,  // page header, jump, section label, advertisement
    Unknown,
};

// Lower-case name of a label ("headline", …).
const char* label_name(Label label);

// One reason behind a decision: static text (string literals), so recording it costs nothing.
struct Evidence {
    std::string_view what;
    std::string_view detail;              // e.g. which rule of a family; may be empty
    Evidence(const char* w) : what(w) {}  // NOLINT(google-explicit-constructor): literals
    Evidence(std::string_view w, std::string_view d = {}) : what(w), detail(d) {}
};

// A classifier's verdict on one block, with the evidence that decided it and the pieces the
// block holds once it is read that way. Texts are UTF-8 and trimmed.
struct Decision {
    Label label = Label::Unknown;
    double confidence = 0.0;         // 0..1
    std::vector<Evidence> evidence;  // features that decided the label, most telling first
    std::size_t length = 0;          // characters, white space excluded
    double relative_length = 0.0;    // length / the page's median block length

    std::string text;                     // paragraph, heading or caption text
    std::optional<std::string> dateline;  // 电头 split off the block
    std::vector<model::Byline> bylines;   // credits split off the block or making it up
    std::optional<std::string> credit;    // a caption's photo credit, without 摄
    model::PageItemKind furniture = model::PageItemKind::PageHeader;  // for Label::Furniture
    std::vector<model::PageItem> items;  // jumps split off a paragraph, e.g. （下转第五版）

    bool starts_article = false;  // the first block of an article
    bool ends_article = false;    // a trailing byline, jump or closing dateline ends the article
    bool may_continue = false;    // a paragraph that may continue an open paragraph before it
    bool open_end = false;        // a paragraph that stops mid-sentence
    bool rejoin = false;          // a wrapped line split off the paragraph before it: rejoin it
    bool join_previous = false;   // goes on the intertitle or caption before it (2 lines, column)
};

}  // namespace banmian::classify

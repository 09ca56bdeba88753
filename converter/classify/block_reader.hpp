// Stage 1 of the rule classifier: what a block is on its own, before its neighbours are seen.
#pragma once

#include "classify/features.hpp"
#include "classify/label.hpp"
#include "segment/segment.hpp"

namespace banmian::classify {

// The shapes a block can have on its own.
enum class Shape {
    Furniture,     // 本版责编：…, （下转第五版）, 广告
    Caption,       // ends with a photo credit, or opens with 图为
    Credit,        // a photo credit alone: 新华社记者 李刚摄
    Names,         // a credit list: 白培生 胡孟婷 周蓉, 本报记者 王伟健
    BracketNames,  // a bracketed credit list alone: (夏亮 谢璐)
    Dateline,      // a dateline alone, e.g. （本报罗马7月24日电）
    Dash,          // ——subtitle
    Heading,       // short, unpunctuated: kicker, headline, intertitle or subtitle
    BoxHeading,    // the fixed heading of a summary box (核心阅读): an intertitle
    Paragraph,
};

const char* shape_name(Shape shape);

struct Reading {
    Shape shape = Shape::Paragraph;
    Features features;
    Decision decision;  // label Unknown until context decides; pieces already split off
};

// Reads one block of a page laid out as layout; median is the page's median block length.
Reading read_block(const segment::Block& block, segment::Layout layout, double median);

// Re-reads r as running text: splits datelines, credits and jumps off, marks an open end.
void read_as_paragraph(Reading& r, const segment::Block& block, segment::Layout layout);

// True when the features allow a heading (kicker, headline, subtitle, intertitle); adds the
// reason to why when they do not.
bool heading_shaped(const Features& f, segment::Layout layout, std::string& why);

}  // namespace banmian::classify

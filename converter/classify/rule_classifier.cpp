// The rule classifier: reads each block on its own (block_reader), then decides headline groups,
// intertitles, bylines and captions from the blocks around it.
#include <array>

#include "classify/block_reader.hpp"
#include "classify/classifier.hpp"
#include "classify/names.hpp"
#include "classify/patterns.hpp"
#include "segment/chars.hpp"

namespace banmian::classify {
namespace {

using segment::Layout;

void set(Decision& d, Label label, double confidence, const std::string& why) {
    d.label = label;
    d.confidence = confidence;
    d.evidence.insert(d.evidence.begin(), why);
}

bool contains(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

// True for a line that reports who attended or chaired ("栗战书主持", "…等出席"): in political
// news this is the subtitle under the headline, not a headline (rmrb front pages).
bool attendance_line(const std::string& s) {
    return contains(s, "主持") || contains(s, "出席") || contains(s, "會見") ||
           contains(s, "会见") || contains(s, "出席會議");
}

// True when a heading reads as a kicker introducing the next line ("…强调", "…——", "…：").
bool kicker_cue(const Reading& r) {
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

// A kicker ending with —— introduces the heading after it; without one it is text that ends
// with a dash (issue 3: "a paragraph ending in —— is complete").
void demote_dangling_dash_kickers(std::vector<Reading>& r, const segment::Segmentation& seg) {
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (r[i].shape != Shape::Heading || !r[i].features.ends_dash) continue;
        std::size_t j = i + 1;
        while (j < r.size() && (r[j].shape == Shape::Furniture || r[j].shape == Shape::Caption ||
                                r[j].shape == Shape::Credit)) {
            ++j;
        }
        if (j >= r.size() || r[j].shape != Shape::Heading) {
            read_as_paragraph(r[i], seg.blocks[i], seg.layout);
            r[i].decision.evidence.insert(r[i].decision.evidence.begin(),
                                          "ends with —— but no heading follows: text");
        }
    }
}

class RuleClassifier final : public Classifier {
  public:
    const char* name() const override { return "rules"; }
    std::vector<Decision> classify(const segment::Segmentation& seg) const override;
};

struct Context {
    const segment::Segmentation& seg;
    std::vector<Reading> r;
};

// Stage 2: a photo credit alone belongs to the caption above it (图为… + 新华社记者 李刚摄).
void pair_captions(Context& c) {
    for (std::size_t i = 0; i < c.r.size(); ++i) {
        Reading& cur = c.r[i];
        if (cur.shape == Shape::Credit) {
            if (i > 0 &&
                (c.r[i - 1].shape == Shape::Paragraph || c.r[i - 1].shape == Shape::Heading ||
                 c.r[i - 1].shape == Shape::Caption) &&
                !c.r[i - 1].decision.credit &&
                (opens_like_caption(segment::to_u32(c.r[i - 1].decision.text)) ||
                 c.r[i - 1].features.length <= 120) &&
                c.r[i - 1].decision.dateline == std::nullopt) {
                Reading& cap = c.r[i - 1];
                cap.shape = Shape::Caption;
                cap.decision.credit = cur.decision.credit;
                cap.decision.text = segment::to_utf8(segment::trim(c.seg.blocks[i - 1].text));
                cap.decision.bylines.clear();
                cap.decision.items.clear();
                cap.decision.ends_article = false;
                cap.decision.evidence.insert(cap.decision.evidence.begin(),
                                             "caption: credit line follows");
                set(cur.decision, Label::Credit, 0.9, "photo credit of the caption above");
                cur.decision.credit.reset();
                set(cap.decision, Label::Caption, 0.85, "caption");
            } else {
                set(cur.decision, Label::Caption, 0.7, "photo credit without a caption");
            }
        } else if (cur.shape == Shape::Caption) {
            set(cur.decision, Label::Caption, 0.9, "caption");
        } else if (cur.shape == Shape::Paragraph &&
                   opens_like_caption(segment::to_u32(cur.decision.text)) &&
                   !(i + 1 < c.r.size() && c.r[i + 1].shape == Shape::Credit)) {
            cur.shape = Shape::Caption;
            set(cur.decision, Label::Caption, 0.6, "opens with 图为");
        }
    }
}

bool transparent(Shape s) {
    return s == Shape::Furniture || s == Shape::Caption || s == Shape::Credit;
}

bool run_member(Shape s) { return s == Shape::Heading || s == Shape::Dash || s == Shape::Names; }

// Assigns kicker/headline/subtitle/byline inside a headline group (issue 3: two headline-like
// lines are kicker + headline unless the second starts with ——).
void assign_group(Context& c, const std::vector<std::size_t>& run) {
    std::vector<std::size_t> heads;
    std::size_t dash = SIZE_MAX;
    for (std::size_t k = 0; k < run.size(); ++k) {
        Reading& rd = c.r[run[k]];
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
        set(c.r[heads.back()].decision, Label::Headline, 0.85, "last heading line of the group");
        for (std::size_t k = 0; k + 1 < heads.size(); ++k) {
            set(c.r[heads[k]].decision, Label::Kicker, 0.8, "heading line above the headline");
        }
        return;
    }
    Reading& first = c.r[heads[0]];
    Reading& second = c.r[heads[1]];
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
        set(c.r[heads[k]].decision, Label::Subtitle, 0.6, "third heading line");
    }
}

// Stage 3: walks the page, finds headline groups and article boundaries.
void find_articles(Context& c) {
    const std::size_t n = c.r.size();
    bool have_article = false, body_seen = false, closed = false;
    std::size_t i = 0;
    while (i < n) {
        Reading& cur = c.r[i];
        if (transparent(cur.shape)) {
            if (cur.shape == Shape::Furniture) {
                set(cur.decision, Label::Furniture, 0.95, "page furniture");
                if (cur.decision.furniture == model::PageItemKind::Jump) closed = true;
            }
            ++i;
            continue;
        }
        if (cur.shape == Shape::Paragraph) {
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
        while (j < n && (run_member(c.r[j].shape) || transparent(c.r[j].shape))) {
            if (run_member(c.r[j].shape)) run.push_back(j);
            ++j;
        }
        // Leading names after a body are the previous article's trailing byline.
        std::size_t k = 0;
        if (have_article && body_seen) {
            while (k < run.size() && c.r[run[k]].shape == Shape::Names) {
                set(c.r[run[k]].decision, Label::Byline, 0.75,
                    "names after the body: trailing byline");
                c.r[run[k]].decision.ends_article = true;
                closed = true;
                ++k;
            }
        }
        std::vector<std::size_t> group(run.begin() + static_cast<std::ptrdiff_t>(k), run.end());
        for (std::size_t m = 0; m < j; ++m) {
            if (m >= i && transparent(c.r[m].shape) && c.r[m].shape == Shape::Furniture) {
                set(c.r[m].decision, Label::Furniture, 0.95, "page furniture");
            }
        }
        if (group.empty()) {
            i = j;
            continue;
        }
        std::size_t heads = 0, dashes = 0, names = 0;
        for (std::size_t g : group) {
            heads += c.r[g].shape == Shape::Heading;
            dashes += c.r[g].shape == Shape::Dash;
            names += c.r[g].shape == Shape::Names;
        }
        const bool next_dateline =
            j < n && c.r[j].decision.dateline.has_value() && c.r[j].shape == Shape::Paragraph;
        const Reading& head = c.r[group.front()];
        std::string reason;
        if (heads == 0) {
            // Names or —— lines with no heading: names credit the current article; a lone ——
            // line inside a body is text.
            for (std::size_t g : group) {
                Reading& rd = c.r[g];
                if (rd.shape == Shape::Names) {
                    set(rd.decision, Label::Byline, 0.6, "names without a headline");
                    if (!have_article) {
                        rd.decision.starts_article = true;
                        have_article = true;
                    }
                } else {
                    rd.shape = Shape::Paragraph;
                    set(rd.decision, Label::Paragraph, 0.5, "—— line inside a body");
                    rd.decision.text = segment::to_utf8(segment::trim(c.seg.blocks[g].text));
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
                c.r[group.front()].shape == Shape::Heading && reason == "article has no body yet") {
                // A single heading right under the headline group opens a summary box
                // (核心阅读): an intertitle (structure-json.md, Conventions).
                set(c.r[group.front()].decision, Label::Intertitle, 0.6,
                    "heading before any body text");
                i = j;
                continue;
            }
            assign_group(c, group);
            c.r[group.front()].decision.starts_article = true;
            c.r[group.front()].decision.evidence.push_back("starts an article: " + reason);
            have_article = true;
            body_seen = false;
            closed = false;
        } else {
            for (std::size_t g : group) {
                set(c.r[g].decision, Label::Intertitle, 0.55, "single heading inside a body");
            }
        }
        i = j;
    }
}

// Stage 4: an article with exactly one intertitle between body paragraphs is two articles; the
// "intertitle" is the second one's headline (intertitles come in sets that share a shape).
void promote_lone_intertitles(Context& c) {
    const std::size_t n = c.r.size();
    std::size_t start = 0;
    while (start < n) {
        std::size_t end = start + 1;
        while (end < n && !c.r[end].decision.starts_article) ++end;
        std::vector<std::size_t> inter;
        for (std::size_t k = start; k < end; ++k) {
            if (c.r[k].decision.label == Label::Intertitle) inter.push_back(k);
        }
        if (inter.size() == 1) {
            const std::size_t t = inter[0];
            bool before = false, after = false;
            for (std::size_t k = start; k < t; ++k)
                before = before || c.r[k].decision.label == Label::Paragraph;
            for (std::size_t k = t + 1; k < end; ++k)
                after = after || c.r[k].decision.label == Label::Paragraph;
            if (before && after) {
                Decision& d = c.r[t].decision;
                set(d, Label::Headline, 0.55, "the article's only intertitle: a new article");
                d.starts_article = true;
            }
        }
        start = end;
    }
}

std::vector<Decision> RuleClassifier::classify(const segment::Segmentation& seg) const {
    Context c{seg, {}};
    c.r.reserve(seg.blocks.size());
    const double median = median_block_length(seg.blocks);
    for (const auto& block : seg.blocks) c.r.push_back(read_block(block, seg.layout, median));
    demote_dangling_dash_kickers(c.r, seg);
    for (auto& rd : c.r) {
        if (rd.shape == Shape::Heading && summary_box_heading(rd.decision.text)) {
            rd.shape = Shape::BoxHeading;
        }
    }
    pair_captions(c);
    find_articles(c);
    promote_lone_intertitles(c);
    std::vector<Decision> out;
    out.reserve(c.r.size());
    for (auto& rd : c.r) {
        if (rd.decision.label == Label::Unknown) {
            set(rd.decision, Label::Paragraph, 0.3,
                std::string("unplaced ") + shape_name(rd.shape));
        }
        out.push_back(std::move(rd.decision));
    }
    return out;
}

}  // namespace

std::unique_ptr<Classifier> make_rule_classifier() { return std::make_unique<RuleClassifier>(); }

}  // namespace banmian::classify

// The fixed label set and the per-block decision every classifier returns.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "classify/lean_containers.hpp"
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

// True while evidence is recorded on this thread (the default). Only `analyze --explain` shows
// evidence, so the convert path turns recording off to save memory (issue 3).
bool evidence_recording();

// Turns evidence recording on or off on this thread for its lifetime, then restores it.
class EvidenceRecording {
  public:
    explicit EvidenceRecording(bool on);
    ~EvidenceRecording();
    EvidenceRecording(const EvidenceRecording&) = delete;
    EvidenceRecording& operator=(const EvidenceRecording&) = delete;

  private:
    bool previous_;
};

// The evidence behind a decision: records nothing while recording is off, and costs one pointer
// while empty (issue 3).
class EvidenceList {
  public:
    using const_iterator = LeanVector<Evidence>::const_iterator;
    // Appends why, if recording.
    void push_back(Evidence why) {
        if (evidence_recording()) items_.push_back(why);
    }
    // Inserts why before pos (an iterator of this list), if recording.
    void insert(const_iterator pos, Evidence why) {
        if (evidence_recording()) items_.insert(pos, why);
    }
    // The recorded evidence, most telling first.
    const_iterator begin() const { return items_.begin(); }
    // End of the recorded evidence.
    const_iterator end() const { return items_.end(); }
    // How many reasons were recorded.
    std::size_t size() const { return items_.size(); }
    // True when nothing was recorded.
    bool empty() const { return items_.empty(); }
    // The i-th reason (i < size()).
    const Evidence& operator[](std::size_t i) const { return items_[i]; }

  private:
    LeanVector<Evidence> items_;
};

// A classifier's verdict on one block, with the evidence that decided it and the pieces the
// block holds once it is read that way. Texts are UTF-8 and trimmed. Fields are ordered so that
// no padding is wasted: one is kept per block of the page (issue 3).
struct Decision {
    Label label = Label::Unknown;
    model::PageItemKind furniture = model::PageItemKind::PageHeader;  // for Label::Furniture
    double confidence = 0.0;                                          // 0..1
    EvidenceList evidence;         // features that decided the label, most telling first
    std::size_t length = 0;        // characters, white space excluded
    double relative_length = 0.0;  // length / the page's median block length

    std::string text;                   // paragraph, heading or caption text
    OptionalText dateline;              // 电头 split off the block
    LeanVector<model::Byline> bylines;  // credits split off the block or making it up
    OptionalText credit;                // a caption's photo credit, without 摄
    LeanVector<model::PageItem> items;  // jumps split off a paragraph, e.g. （下转第五版）

    bool starts_article = false;  // the first block of an article
    bool ends_article = false;    // a trailing byline, jump or closing dateline ends the article
    bool may_continue = false;    // a paragraph that may continue an open paragraph before it
    bool open_end = false;        // a paragraph that stops mid-sentence
    bool rejoin = false;          // a wrapped line split off the paragraph before it: rejoin it
    bool join_previous = false;   // goes on the intertitle or caption before it (2 lines, column)
};

}  // namespace banmian::classify

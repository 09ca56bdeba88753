#include "assemble/detect.hpp"

#include <deque>
#include <string>
#include <utility>

#include "assemble/assemble.hpp"
#include "assemble/genre.hpp"
#include "classify/classifier.hpp"

namespace banmian::assemble {

Analysis analyze_structure(std::string_view text, const std::string& source_name) {
    Analysis a;
    a.segmentation = segment::segment_page(text);
    const auto classifier = classify::make_rule_classifier();
    a.classifier = classifier->name();
    a.decisions = classifier->classify(a.segmentation);
    a.page = assemble_page(a.segmentation, a.decisions, source_name);
    assign_genres(a.page);
    return a;
}

model::Page detect_structure(std::string_view text, const std::string& source_name) {
    // The lean path: no evidence (only `analyze --explain` shows it), decisions move into the
    // page, nothing else is kept.
    const classify::EvidenceRecording no_evidence(false);
    const segment::Segmentation seg = segment::segment_page(text);
    std::vector<classify::Decision> decisions = classify::make_rule_classifier()->classify(seg);
    model::Page page = assemble_page(seg, std::move(decisions), source_name);
    assign_genres(page);
    return page;
}

model::Page detect_structure_owned(std::string text, const std::string& source_name) {
    const classify::EvidenceRecording no_evidence(false);
    segment::Segmentation seg = segment::segment_page(text);
    std::vector<classify::Decision> decisions = classify::make_rule_classifier()->classify(seg);
    // The decisions own their texts and assembly reads only the blocks' line numbers, so the page
    // text and the joined wrapped lines can go before the page is built (issue 3: peak memory).
    std::string().swap(text);
    std::deque<std::string>().swap(seg.joined);
    for (auto& block : seg.blocks) block.text = {};  // no view may outlive the text
    model::Page page = assemble_page(seg, std::move(decisions), source_name);
    assign_genres(page);
    return page;
}

}  // namespace banmian::assemble

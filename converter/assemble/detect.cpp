#include "assemble/detect.hpp"

#include "assemble/assemble.hpp"
#include "classify/classifier.hpp"

namespace banmian::assemble {

Analysis analyze_structure(std::string_view text, const std::string& source_name) {
    Analysis a;
    a.segmentation = segment::segment_page(text);
    const auto classifier = classify::make_rule_classifier();
    a.classifier = classifier->name();
    a.decisions = classifier->classify(a.segmentation);
    a.page = assemble_page(a.segmentation, a.decisions, source_name);
    return a;
}

model::Page detect_structure(std::string_view text, const std::string& source_name) {
    return analyze_structure(text, source_name).page;
}

}  // namespace banmian::assemble

// The structure detector's front door: decoded page text -> model::Page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "classify/label.hpp"
#include "model/page.hpp"
#include "segment/segment.hpp"

namespace banmian::assemble {

// Finds the articles (with their genre where the page shows it, assemble/genre.hpp) and page
// furniture of one decoded page (NFC UTF-8, "\n" line ends).
// Never fails: what it cannot place becomes a paragraph; no character is lost or duplicated.
model::Page detect_structure(std::string_view text, const std::string& source_name);

// The same as detect_structure, freeing text as soon as it is no longer needed (before the page
// is assembled), so the text and the page are not held at once: for large inputs (issue 3).
model::Page detect_structure_owned(std::string text, const std::string& source_name);

// Everything the detector saw and decided, for `banmian analyze` and tests.
struct Analysis {
    segment::Segmentation segmentation;
    std::vector<classify::Decision> decisions;  // one per segmentation block
    std::string classifier;                     // the classifier's name
    model::Page page;
};

// Runs segmentation, classification and assembly and keeps every intermediate result.
Analysis analyze_structure(std::string_view text, const std::string& source_name);

}  // namespace banmian::assemble

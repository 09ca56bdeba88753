// The classifier interface: a segmented page in, one labelled decision per block out.
// Rules first (rule_classifier); a trained model can plug in behind the same interface.
#pragma once

#include <memory>
#include <vector>

#include "classify/label.hpp"
#include "segment/segment.hpp"

namespace banmian::classify {

class Classifier {
  public:
    virtual ~Classifier() = default;
    // A short name for reports ("rules").
    virtual const char* name() const = 0;
    // One decision per block of seg, in the same order. Never throws on any text.
    virtual std::vector<Decision> classify(const segment::Segmentation& seg) const = 0;
};

// The hand-written rule classifier (see rule_classifier.cpp for the rules and their reasons).
std::unique_ptr<Classifier> make_rule_classifier();

}  // namespace banmian::classify

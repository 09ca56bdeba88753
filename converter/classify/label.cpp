#include "classify/label.hpp"

namespace banmian::classify {
namespace {
thread_local bool t_recording = true;  // evidence is kept unless a caller turns it off
}  // namespace

bool evidence_recording() { return t_recording; }

EvidenceRecording::EvidenceRecording(bool on) : previous_(t_recording) { t_recording = on; }

EvidenceRecording::~EvidenceRecording() { t_recording = previous_; }

const char* label_name(Label label) {
    switch (label) {
        case Label::Kicker:
            return "kicker";
        case Label::Headline:
            return "headline";
        case Label::Subtitle:
            return "subtitle";
        case Label::Byline:
            return "byline";
        case Label::Dateline:
            return "dateline";
        case Label::Caption:
            return "caption";
        case Label::Credit:
            return "credit";
        case Label::Intertitle:
            return "intertitle";
        case Label::Paragraph:
            return "paragraph";
        case Label::Furniture:
            return "furniture";
        case Label::Unknown:
            return "unknown";
    }
    return "unknown";
}

}  // namespace banmian::classify

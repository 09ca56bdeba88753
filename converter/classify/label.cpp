#include "classify/label.hpp"

namespace banmian::classify {

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

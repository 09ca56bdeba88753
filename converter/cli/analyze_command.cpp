#include "cli/analyze_command.hpp"

#include <unistd.h>

#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "assemble/detect.hpp"
#include "core/atomic_file.hpp"
#include "segment/chars.hpp"

namespace banmian::cli {
namespace {

using classify::Label;

// ANSI colour of a label (only used on a terminal or with --color always).
const char* colour_of(Label label) {
    switch (label) {
        case Label::Kicker:
        case Label::Subtitle:
            return "\x1b[35m";
        case Label::Headline:
            return "\x1b[1;31m";
        case Label::Byline:
        case Label::Dateline:
            return "\x1b[36m";
        case Label::Caption:
        case Label::Credit:
            return "\x1b[32m";
        case Label::Intertitle:
            return "\x1b[33m";
        case Label::Furniture:
            return "\x1b[2m";
        default:
            return "";
    }
}

// At most max characters of text, with … when cut.
std::string excerpt(const std::u32string& text, std::size_t max) {
    if (text.size() <= max) return segment::to_utf8(text);
    return segment::to_utf8(std::u32string_view(text).substr(0, max)) + "…";
}

std::string confidence_text(double c) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(2) << c;
    return s.str();
}

}  // namespace

int run_analyze(const std::string& input, const decode::DecodeOptions& decode, bool explain,
                const std::string& color, std::ostream& out) {
    const std::string name =
        input == "-" ? "stdin" : std::filesystem::path(input).filename().string();
    const std::string bytes = read_file_bytes(input);
    const decode::DecodedText decoded = decode::decode_text(bytes, decode, input);
    const assemble::Analysis a = assemble::analyze_structure(decoded.text, name);
    const bool use_colour =
        color == "always" || (color == "auto" && &out == &std::cout && isatty(STDOUT_FILENO));
    const char* reset = use_colour ? "\x1b[0m" : "";

    const auto lines = segment::split_lines(decoded.text);
    out << "# " << name << ": encoding " << decoded.encoding << ", layout "
        << segment::layout_name(a.segmentation.layout);
    if (a.segmentation.layout == segment::Layout::Wrapped) {
        out << " (width " << a.segmentation.wrap_width << ")";
    }
    out << ", " << a.segmentation.blocks.size() << " blocks, " << a.page.articles.size()
        << " articles, classifier " << a.classifier << "\n";
    int article = 0;
    for (std::size_t i = 0; i < a.segmentation.blocks.size(); ++i) {
        const auto& block = a.segmentation.blocks[i];
        const auto& d = a.decisions[i];
        if (d.starts_article) {
            ++article;
            out << (use_colour ? "\x1b[1m" : "") << "== article " << article << reset << "\n";
        }
        const char* colour = use_colour ? colour_of(d.label) : "";
        for (int ln = block.first_line; ln <= block.last_line; ++ln) {
            const auto& line = lines[static_cast<std::size_t>(ln - 1)];
            if (line.blank) continue;
            out << std::setw(5) << ln << "  " << colour << std::left << std::setw(11)
                << (ln == block.first_line ? classify::label_name(d.label) : "  |") << std::right
                << reset << excerpt(line.text, 40) << "\n";
        }
        if (explain) {
            out << "         confidence " << confidence_text(d.confidence) << ": ";
            for (std::size_t e = 0; e < d.evidence.size(); ++e) {
                out << (e ? "; " : "") << d.evidence[e];
            }
            out << "\n";
        }
    }
    return 0;
}

}  // namespace banmian::cli

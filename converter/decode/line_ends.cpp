#include "decode/line_ends.hpp"

#include <cstring>

namespace banmian::decode {
namespace {

// "LF", "CRLF", "CR", "mixed" (more than one kind) or "none", from the counts of each kind.
std::string newline_kind(std::size_t lf, std::size_t crlf, std::size_t cr) {
    const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
    if (kinds == 0) return "none";
    if (kinds > 1) return "mixed";
    return lf > 0 ? "LF" : crlf > 0 ? "CRLF" : "CR";
}

}  // namespace

NormalisedLines normalise_line_ends(std::string_view text) {
    NormalisedLines out;
    out.text.reserve(text.size());
    std::size_t lf = 0, crlf = 0, cr = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
            out.text += '\n';
        } else {
            if (c == '\n') ++lf;
            out.text += c;
        }
    }
    out.newline = newline_kind(lf, crlf, cr);
    return out;
}

std::string normalise_line_ends_in_place(std::string& text) {
    const std::size_t first_cr = text.find('\r');
    // Only the existence of an LF matters for the kind, not the count.
    const std::size_t lf_before = text.find('\n') < first_cr ? 1 : 0;
    if (first_cr == std::string::npos) return newline_kind(lf_before, 0, 0);
    std::size_t lf = lf_before, crlf = 0, cr = 0;
    char* const data = text.data();
    const std::size_t size = text.size();
    std::size_t out = first_cr;
    for (std::size_t i = first_cr; i < size; ++i) {
        const char c = data[i];
        if (c == '\r') {
            if (i + 1 < size && data[i + 1] == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
            data[out++] = '\n';
        } else {
            if (c == '\n') ++lf;
            data[out++] = c;
        }
    }
    text.resize(out);
    return newline_kind(lf, crlf, cr);
}

std::size_t count_line_breaks(std::u16string_view text) {
    std::size_t breaks = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            ++breaks;
        } else if (text[i] == u'\r') {
            ++breaks;
            if (i + 1 < text.size() && text[i + 1] == u'\n') ++i;
        }
    }
    return breaks;
}

}  // namespace banmian::decode

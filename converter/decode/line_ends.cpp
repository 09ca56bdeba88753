#include "decode/line_ends.hpp"

namespace banmian::decode {

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
    const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
    if (kinds == 0) {
        out.newline = "none";
    } else if (kinds > 1) {
        out.newline = "mixed";
    } else {
        out.newline = lf > 0 ? "LF" : crlf > 0 ? "CRLF" : "CR";
    }
    return out;
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

#include "pandoc/latex_log.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "core/utf8.hpp"

namespace banmian::pandoc {
namespace {

// Fonts banmian's styles use, by the start of their name, and their Debian packages.
constexpr std::pair<const char*, const char*> kFontPackages[] = {
    {"Noto Serif CJK", "fonts-noto-cjk"},
    {"Noto Sans CJK", "fonts-noto-cjk"},
    {"AR PL UKai", "fonts-arphic-ukai"},
    {"AR PL KaitiM GB", "fonts-arphic-gkai00mp"},
    {"AR PL KaitiM Big5", "fonts-arphic-bkai00mp"},
};

// LaTeX files the template and header load, and their Debian 12 packages (dpkg -S).
constexpr std::pair<const char*, const char*> kFilePackages[] = {
    {"ctexart.cls", "texlive-lang-chinese"},   {"ctex.sty", "texlive-lang-chinese"},
    {"xeCJK.sty", "texlive-lang-cjk"},         {"fontspec.sty", "texlive-latex-recommended"},
    {"crop.sty", "texlive-latex-recommended"}, {"xcolor.sty", "texlive-latex-recommended"},
    {"pdfx.sty", "texlive-latex-extra"},       {"fancyhdr.sty", "texlive-latex-base"},
    {"geometry.sty", "texlive-latex-base"},    {"hyperref.sty", "texlive-latex-base"},
};

std::string_view line_at(std::string_view text, std::size_t pos) {
    const std::size_t end = text.find('\n', pos);
    return text.substr(pos, end == std::string_view::npos ? text.size() - pos : end - pos);
}

// The text between the first `open` after pos and the next `close`; empty if absent.
std::string between(std::string_view text, std::string_view open, std::string_view close,
                    std::size_t pos = 0) {
    const std::size_t a = text.find(open, pos);
    if (a == std::string_view::npos) return {};
    const std::size_t b = text.find(close, a + open.size());
    if (b == std::string_view::npos) return {};
    return std::string(text.substr(a + open.size(), b - a - open.size()));
}

}  // namespace

std::vector<MissingGlyph> missing_glyphs(std::string_view log) {
    std::vector<MissingGlyph> out;
    std::set<char32_t> seen;
    const std::string_view marker = "Missing character: There is no ";
    for (std::size_t pos = log.find(marker); pos != std::string_view::npos;
         pos = log.find(marker, pos + 1)) {
        const std::string_view line = line_at(log, pos);
        char32_t cp = 0;
        const std::size_t u = line.find("(U+");
        if (u != std::string_view::npos) {
            for (std::size_t i = u + 3;
                 i < line.size() && std::isxdigit(static_cast<unsigned char>(line[i])); ++i) {
                const char c = line[i];
                cp = cp * 16 + static_cast<char32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            }
        } else {
            // Older XeTeX: no "(U+...)"; the character itself follows the marker.
            std::size_t at = marker.size();
            cp = utf8::next(line, at);
        }
        const std::size_t font_at = line.find(" in font ");
        std::string font = font_at == std::string_view::npos
                               ? std::string()
                               : std::string(line.substr(font_at + 9));
        if (!font.empty() && font.back() == '!') font.pop_back();
        // "Noto Serif CJK SC/OT:script=hani;…" -> the family; "[file.ttc:0]:…" -> the file.
        if (!font.empty() && font.front() == '[') {
            font = font.substr(1, font.find_first_of(":]") - 1);
        } else if (const auto cut = font.find_first_of("/:"); cut != std::string::npos) {
            font.erase(cut);
        }
        if (cp != 0 && seen.insert(cp).second) out.push_back({cp, font});
    }
    return out;
}

std::string latex_failure(std::string_view log) {
    const std::string font = between(log, "The font \"", "\" cannot be found");
    if (!font.empty()) {
        for (const auto& [prefix, package] : kFontPackages) {
            if (font.rfind(prefix, 0) == 0) {
                return "font \"" + font + "\" is not installed; install it with: apt-get install " +
                       package;
            }
        }
        return "font \"" + font + "\" is not installed (see fc-list)";
    }
    const std::string file = between(log, "! LaTeX Error: File `", "' not found");
    if (!file.empty()) {
        for (const auto& [name, package] : kFilePackages) {
            if (file == name) {
                return "LaTeX file " + file + " is missing; install it with: apt-get install " +
                       package;
            }
        }
        return "LaTeX file " + file + " is missing (apt-file search " + file + ")";
    }
    const std::size_t bang = log.find("\n! ");
    if (bang == std::string_view::npos) return {};
    // The error and its context: up to the "l.NN" line that shows where TeX stopped.
    std::size_t end = log.find("\nl.", bang + 1);
    end = end == std::string_view::npos ? bang + 600 : log.find('\n', end + 1);
    return std::string(log.substr(bang + 1, std::min(end, log.size()) - bang - 1));
}

}  // namespace banmian::pandoc

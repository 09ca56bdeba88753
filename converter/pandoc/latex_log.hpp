// Reading what XeLaTeX says in its log: lost glyphs, missing fonts and packages, errors.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace banmian::pandoc {

struct MissingGlyph {
    char32_t code_point = 0;
    std::string font;  // the font's name without features, e.g. "Noto Serif CJK SC"
};

// Every "Missing character: There is no X (U+XXXX) in font F!" line (\tracinglostchars),
// each code point once, in order of first appearance.
std::vector<MissingGlyph> missing_glyphs(std::string_view log);

// A message for a failed run: a missing font or file with the Debian package that provides
// it, else the first TeX error ("! ...") with the lines after it; empty if none found.
std::string latex_failure(std::string_view log);

}  // namespace banmian::pandoc

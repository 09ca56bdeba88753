// Where the style files (CSS, LaTeX template and header, Lua filters) come from.
#pragma once

#include <filesystem>
#include <string>

namespace banmian::pandoc {

// The file `relative` (e.g. "epub/banmian.css") from the user's --style folder if it has
// it, else from the bundled styles/ folder. Throws banmian::Error if neither has it.
std::filesystem::path style_file(const std::filesystem::path& user_dir,
                                 const std::string& relative);

// The bundled styles/ folder: BANMIAN_STYLES if set, else <exe>/../share/banmian/styles
// (installed), else the source tree's styles/ (build tree). Empty if none exists.
std::filesystem::path bundled_style_dir();

}  // namespace banmian::pandoc

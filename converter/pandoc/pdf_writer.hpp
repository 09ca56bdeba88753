// PDF through Pandoc's LaTeX writer and XeLaTeX (ctex/xeCJK, Noto CJK): --paper, --print
// (crop marks, 3 mm bleed, TrimBox/BleedBox on every page), --pdfx. A glyph the fonts lack
// is an error naming the character and where it is, never a silent gap.
#pragma once

#include <filesystem>
#include <span>
#include <string>

#include "model/page.hpp"
#include "pandoc/process_runner.hpp"
#include "writers/options.hpp"

namespace banmian::pandoc {

// Writes pages as a PDF at path (atomically). Throws banmian::Error on failure.
void write_pdf(std::span<const model::Page> pages, const writers::WriterOptions& options,
               const std::filesystem::path& path);
void write_pdf(std::span<const model::Page> pages, const writers::WriterOptions& options,
               const std::filesystem::path& path, ProcessRunner& runner);

// The LaTeX source write_pdf typesets (Pandoc runs, several pages in parallel).
std::string latex_source(std::span<const model::Page> pages, const writers::WriterOptions& options,
                         ProcessRunner& runner);

// Where a character first occurs in the pages: "file:line: in the headline of article 2"
// style location and description; {"", ""} if it is not in the text.
struct TextPlace {
    std::string file;
    int line = 0;
    std::string where;
};
TextPlace locate_character(std::span<const model::Page> pages, char32_t code_point);

}  // namespace banmian::pandoc

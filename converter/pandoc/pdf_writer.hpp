// PDF through Pandoc's LaTeX writer and XeLaTeX (ctex/xeCJK, Noto CJK): --paper, --print
// (crop marks, 3 mm bleed, TrimBox/BleedBox on every page), --pdfx. A glyph the fonts lack
// is an error naming the character and where it is, never a silent gap.
#pragma once

#include <cstddef>
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

// Pandoc's LaTeX writer is quick per page and slow to start: one run for a book of 60 dev
// pages took 0.22 s, the same book in two parallel chunks plus the front run 0.30 s (Pandoc
// 2.17, 2 cores, measured with bench/typeset). So pages are split into at most one chunk per
// core (options.jobs) only when each chunk gets at least this many pages.
inline constexpr std::size_t kMinPagesPerChunk = 40;

// How many Pandoc runs (chunks of consecutive pages) a book of `pages` gets; 1: one run.
std::size_t latex_chunks(std::size_t pages, int jobs, std::size_t min_pages_per_chunk);

// The LaTeX source write_pdf typesets (Pandoc runs, big books in parallel chunks).
std::string latex_source(std::span<const model::Page> pages, const writers::WriterOptions& options,
                         ProcessRunner& runner,
                         std::size_t min_pages_per_chunk = kMinPagesPerChunk);

// Where a character first occurs in the pages: "file:line: in the headline of article 2"
// style location and description; {"", ""} if it is not in the text.
struct TextPlace {
    std::string file;
    int line = 0;
    std::string where;
};
TextPlace locate_character(std::span<const model::Page> pages, char32_t code_point);

}  // namespace banmian::pandoc

// EPUB 3 through Pandoc: one book, a part per page, the contents listing every headline.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "model/page.hpp"
#include "pandoc/pandoc_version.hpp"
#include "pandoc/process_runner.hpp"
#include "writers/options.hpp"

namespace banmian::pandoc {

// Writes pages as an EPUB 3 file at path (atomically). Throws banmian::Error naming the
// missing tool or with Pandoc's stderr on failure.
void write_epub(std::span<const model::Page> pages, const writers::WriterOptions& options,
                const std::filesystem::path& path);
void write_epub(std::span<const model::Page> pages, const writers::WriterOptions& options,
                const std::filesystem::path& path, ProcessRunner& runner);

// The pandoc arguments write_epub uses (the JSON document goes to standard input).
std::vector<std::string> epub_arguments(const PandocInfo& info,
                                        const writers::WriterOptions& options, bool traditional,
                                        const std::filesystem::path& output);

}  // namespace banmian::pandoc

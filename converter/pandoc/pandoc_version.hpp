// Which Pandoc is installed and what it supports; detected once per run.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "pandoc/process_runner.hpp"

namespace banmian::pandoc {

struct PandocInfo {
    std::filesystem::path program;
    std::vector<int> version;      // e.g. {2, 17, 1, 1}
    std::vector<int> api_version;  // pandoc-types version its JSON reader accepts, e.g. {1, 22}
    bool sandbox = false;          // --sandbox exists (2.15 and later)
    bool split_level = false;      // --split-level replaces --epub-chapter-level (3.0 and later)
    std::string version_text() const;  // "2.17.1.1"
};

// Parses `pandoc --version` output. Throws banmian::Error if it is not Pandoc's.
PandocInfo parse_pandoc_version(std::string_view version_output);

// Finds pandoc in PATH and runs `pandoc --version`; throws banmian::Error naming the Debian
// package when pandoc is missing or too old (before 2.11 it cannot read our JSON).
// The answer is cached (see version_cache_dir) per pandoc binary path, size and mtime:
// running `pandoc --version` costs 17-25 ms, a third of a whole EPUB conversion.
PandocInfo detect_pandoc(ProcessRunner& runner);

// $BANMIAN_CACHE_DIR, else $XDG_CACHE_HOME/banmian, else $HOME/.cache/banmian; empty (no
// cache) if none is set or BANMIAN_CACHE_DIR is "off".
std::filesystem::path version_cache_dir();

}  // namespace banmian::pandoc

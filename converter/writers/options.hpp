// Options every writer may read; each has a documented default so a writer never guesses.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace banmian::writers {

struct WriterOptions {
    // Archive metadata (--provider, --id-prefix). Ids are derived from these plus
    // publication/date/page/article position, never from the clock or randomness.
    std::string provider = "banmian";
    std::string id_prefix = "urn:banmian";
    // Seconds since the epoch to stamp as creation time; unset: the page date at 00:00 UTC,
    // else SOURCE_DATE_EPOCH, else the current time (the only non-reproducible case).
    std::optional<long long> timestamp;

    // Typesetting (EPUB and PDF through Pandoc).
    std::string paper = "a5";         // --paper: a4, a5, b5, 16k, …
    bool print = false;               // --print: crop marks and 3 mm bleed, TrimBox/BleedBox
    bool pdfx = false;                // --pdfx: PDF/X where the tools allow
    bool vertical = false;            // --vertical: vertical-rl EPUB, right-to-left progression
    std::filesystem::path style_dir;  // --style: user's styles/; empty: the bundled one
    int jobs = 0;                     // parallel Pandoc processes; 0: one per core
};

}  // namespace banmian::writers

// The cmark-style spec of structure detection: examples parsed from spec.md and a compact
// rendering of model::Page to compare against.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "model/page.hpp"

namespace banmian::spectest {

struct Example {
    int number = 0;        // 1-based, in file order
    int line = 0;          // line of the opening fence in spec.md
    std::string section;   // the last "## " heading above it
    std::string input;     // page text, "\n" line ends
    std::string expected;  // rendering of the detected page
};

// Names an example in test output (gtest would dump its bytes otherwise).
inline void PrintTo(const Example& ex, std::ostream* os) { *os << "spec.md:" << ex.line; }

// Reads every example of a spec file: a fence of 32 backticks followed by "example", the
// input, a line with a single ".", the expected rendering, and a closing fence.
std::vector<Example> read_examples(const std::string& path);

// One line per field, block and page item, in reading order:
//   article / kicker … / headline … / subtitle … / dateline … / byline NAME [ROLE] /
//   paragraph … / intertitle … / figure CAPTION | CREDIT (- for none) / item KIND TEXT
std::string render(const model::Page& page);

}  // namespace banmian::spectest

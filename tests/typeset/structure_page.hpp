// Test helper: a structure JSON file (shared/spec/structure-json.md) as a model::Page, so
// typesetting tests can use hand-built fixtures and the gold pages with every field filled
// in (the text detector may not produce kickers, figures … yet).
#pragma once

#include <filesystem>

#include "model/page.hpp"

namespace banmian::typeset_test {

// Reads path; meta.source is the "source" field (else the file name). Throws on bad JSON.
model::Page load_structure_json(const std::filesystem::path& path);

}  // namespace banmian::typeset_test

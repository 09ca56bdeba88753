// Structure JSON v1 (shared/spec/structure-json.md).
#pragma once

#include <string>

#include "model/page.hpp"

namespace banmian::writers {

// Serialises one page as structure JSON v1: UTF-8, CJK unescaped, two-space indent, final "\n".
// Writers may add fields: each node carries "lines": [first, last] when its span is known, and
// the page a "meta" object with its non-empty publication, date, page and language.
std::string write_structure_json(const model::Page& page);

}  // namespace banmian::writers

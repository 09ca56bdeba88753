// Structure JSON v1 (shared/spec/structure-json.md) back into the document model, so a user
// can correct a detection by editing JSON and re-run any writer.
#pragma once

#include <string>
#include <string_view>

#include "model/page.hpp"

namespace banmian::readers {

// Reads one structure JSON document. Unknown fields are ignored (the spec lets writers add
// fields); "lines" spans and the page's "meta" (publication, date, page, language) are read
// back. Throws banmian::Error naming the file, the line for syntax errors, and the JSON path
// (articles[2].blocks[0].type, meta.date) for wrong content.
model::Page read_structure_json(std::string_view bytes, const std::string& file_name);

}  // namespace banmian::readers

// JATS 1.4 (as written by writers/jats_writer: article + one sub-article per story) back into
// the document model.
#pragma once

#include <string>
#include <string_view>

#include "model/page.hpp"

namespace banmian::readers {

// Reads a JATS article. Each sub-article is one newspaper article; an article without
// sub-articles is read as a single article from its own front and body. The DTD is never
// loaded and entities are never expanded (no XXE). Throws banmian::Error with file:line.
model::Page read_jats(std::string_view bytes, const std::string& file_name);

}  // namespace banmian::readers

// NewsML-G2 (as written by writers/newsml_writer) back into the document model.
#pragma once

#include <string>
#include <string_view>

#include "model/page.hpp"

namespace banmian::readers {

// Reads a newsMessage (package + news items, articles in the package's groupSet order) or a
// single newsItem. Bodies are read from the inline NITF; headlines, creators and datelines
// from contentMeta. Never touches the network or external entities. Throws banmian::Error
// with file:line on malformed XML or a structure that is not NewsML-G2.
model::Page read_newsml(std::string_view bytes, const std::string& file_name);

}  // namespace banmian::readers

// The structure detector's front door: decoded page text -> model::Page.
#pragma once

#include <string>
#include <string_view>

#include "model/page.hpp"

namespace banmian::assemble {

// Finds the articles and page furniture of one decoded page (NFC UTF-8, "\n" line ends).
// Never fails: what it cannot place becomes a paragraph; no character is lost or duplicated.
model::Page detect_structure(std::string_view text, const std::string& source_name);

}  // namespace banmian::assemble

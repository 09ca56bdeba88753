// Assembly: labelled blocks -> model::Page (articles, paragraph joins, figures, furniture).
#pragma once

#include <string>
#include <vector>

#include "classify/label.hpp"
#include "model/page.hpp"
#include "segment/segment.hpp"

namespace banmian::assemble {

// Builds the page from one decision per block. Paragraphs broken mid-sentence are rejoined with
// the next paragraph block of the same article (captions and furniture in between are skipped
// and the figure placed after the rejoined paragraph); every character of every block lands in
// exactly one field, block or page item.
model::Page assemble_page(const segment::Segmentation& seg,
                          const std::vector<classify::Decision>& decisions,
                          const std::string& source_name);

}  // namespace banmian::assemble

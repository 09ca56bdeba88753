// NewsML-G2 2.35 with NITF 3.6 inline bodies (shared/notes/news-formats.md).
#pragma once

#include <string>

#include "model/page.hpp"
#include "writers/options.hpp"

namespace banmian::writers {

// Namespaces and the scheme aliases this writer declares in each item's local catalog; the
// NewsML-G2 reader relies on the same values.
inline constexpr const char* kNarNs = "http://iptc.org/std/nar/2006-10-01/";
inline constexpr const char* kNitfNs = "http://iptc.org/std/NITF/2006-10-18/";
inline constexpr const char* kCreatorRoleScheme = "bmcrole";   // reporter, correspondent, …
inline constexpr const char* kHeadlineRoleScheme = "bmhrole";  // kicker, subtitle
inline constexpr const char* kPageItemScheme = "bmpi";         // page_header, jump, …
inline constexpr const char* kMetaScheme = "bmmeta";           // publication, page, source

// One page as a newsMessage: a packageItem for the page (groupSet referencing every article
// in order; page furniture as contentMeta/description with a bmpi: role) followed by one
// newsItem per article whose body is inline NITF. Deterministic for fixed input and options.
std::string write_newsml(const model::Page& page, const WriterOptions& options);

}  // namespace banmian::writers

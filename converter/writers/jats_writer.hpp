// JATS 1.4 Archiving and Interchange (shared/notes/news-formats.md): the page is an <article>
// and each newspaper article a <sub-article>, the Tag Library's model for a collection of
// short items.
#pragma once

#include <string>

#include "model/page.hpp"
#include "writers/options.hpp"

namespace banmian::writers {

inline constexpr const char* kJatsPublicId =
    "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.4 "
    "20241031//EN";
inline constexpr const char* kJatsSystemId =
    "https://jats.nlm.nih.gov/archiving/1.4/JATS-archivearticle1-4-mathml3.dtd";
// vocab attribute of <role> and the content-type values the JATS reader relies on.
inline constexpr const char* kJatsRoleVocab = "banmian-contributor-role";
// The vocabulary of the genre subject of a sub-article (IPTC Genre NewsCodes).
inline constexpr const char* kJatsGenreVocab = "IPTC Genre NewsCodes";
inline constexpr const char* kJatsGenreVocabUri = "http://cv.iptc.org/newscodes/genre/";

// One page as a JATS article: page metadata in front (journal-title = publication, pub-date,
// fpage = page label, page furniture as front/notes), each article a sub-article with a
// front-stub (title-group, contrib-group, dateline as custom-meta) and a body.
std::string write_jats(const model::Page& page, const WriterOptions& options);

}  // namespace banmian::writers

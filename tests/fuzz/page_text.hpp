// Helpers shared by the robustness test and the fuzz target: all text a page model holds.
#pragma once

#include <string>

#include "model/page.hpp"

namespace banmian::fuzztest {

// Every text of the page (fields, bylines, blocks, captions, credits, page items), concatenated.
inline std::string page_text(const model::Page& page) {
    std::string out;
    for (const auto& item : page.page_items) out += item.text;
    for (const auto& a : page.articles) {
        out +=
            a.kicker.value_or("") + a.headline + a.subtitle.value_or("") + a.dateline.value_or("");
        for (const auto& b : a.bylines) out += b.name;
        for (const auto& block : a.blocks) {
            if (const auto* p = std::get_if<model::Paragraph>(&block)) {
                out += p->text;
            } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
                out += t->text;
            } else {
                const auto& f = std::get<model::Figure>(block);
                out += f.caption + f.credit.value_or("");
            }
        }
    }
    return out;
}

}  // namespace banmian::fuzztest

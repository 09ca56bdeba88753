// Genre detection (issue 4, "genre where known"): the journalistic form of an article, taken only
// from evidence printed on the page. No evidence, or evidence that disagrees, leaves it unknown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/page.hpp"

namespace banmian::assemble {

// The column rubrics printed with each article, one list per article in page order: the
// section-label page items whose line lies inside the article's span (a rubric closing its
// headline, "…（今日评说）") or after the article before it and before the article's first line
// (a rubric line over the headline, "（人民论坛）"). Needs source spans: every list is empty
// for a page without them (read back from XML).
std::vector<std::vector<std::string>> rubrics_by_article(const model::Page& page);

// The genre the article's own text and its rubrics show, or nullopt. Evidence, Simplified or
// Traditional: an opinion or interview rubric (社论, 评论员文章, 人民论坛, 今日谈, 专访, 访谈 …) as
// a rubric, as the whole kicker, as a headline prefix ("社论：…") or as a bracketed headline
// ending ("…（今日谈）"); a commentator byline (本报评论员); a numbered editorial series subtitle
// (一论…); a closing author note naming a commentator; the paper's own interview in a title line
// (接受本报专访); a question-and-answer body (two or more paragraphs opened by 记者：).
std::optional<model::Genre> detect_genre(const model::Article& article,
                                         const std::vector<std::string>& rubrics);

// Sets the genre of every article of a freshly assembled page for which detect_genre finds one.
void assign_genres(model::Page& page);

}  // namespace banmian::assemble

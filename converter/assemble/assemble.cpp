#include "assemble/assemble.hpp"

#include <optional>

#include "classify/patterns.hpp"
#include "segment/chars.hpp"

namespace banmian::assemble {
namespace {

using classify::Decision;
using classify::Label;

void append_spaced(std::optional<std::string>& field, const std::string& text) {
    if (text.empty()) return;
    if (field && !field->empty()) {
        *field += " " + text;
    } else {
        field = text;
    }
}

// Safety net: every article has a non-empty headline (structure-json.md, `headline`). When
// detection left it empty, the first heading-like text of the article moves into it, each
// character kept exactly once: a kicker with no headline under it, else the first intertitle or
// paragraph, else the subtitle.
void fill_empty_headline(model::Article& a) {
    if (!a.headline.empty()) return;
    if (a.kicker && !a.kicker->empty()) {
        a.headline = std::move(*a.kicker);
        a.kicker.reset();
        return;
    }
    for (auto it = a.blocks.begin(); it != a.blocks.end(); ++it) {
        std::string* text = nullptr;
        if (auto* p = std::get_if<model::Paragraph>(&*it)) text = &p->text;
        if (auto* t = std::get_if<model::Intertitle>(&*it)) text = &t->text;
        if (text == nullptr || text->empty()) continue;
        a.headline = std::move(*text);
        a.blocks.erase(it);
        return;
    }
    if (a.subtitle && !a.subtitle->empty()) {
        a.headline = std::move(*a.subtitle);
        a.subtitle.reset();
    }
}

class Builder {
  public:
    explicit Builder(const std::string& source) { page_.meta.source = source; }

    void add(Decision& d, const segment::Block& block);
    model::Page finish() {
        close_paragraph();
        for (auto& a : page_.articles) fill_empty_headline(a);
        return std::move(page_);
    }

  private:
    model::Article& article(const model::SourceSpan& span) {
        if (page_.articles.empty()) start_article(span);
        model::Article& a = page_.articles.back();
        a.span.last_line = span.last_line;
        return a;
    }
    void start_article(const model::SourceSpan& span) {
        close_paragraph();
        model::Article a;
        a.span = span;
        page_.articles.push_back(std::move(a));
    }
    // Ends the open paragraph and places the figures that interrupted it.
    void close_paragraph() {
        open_ = std::nullopt;
        if (pending_.empty() || page_.articles.empty()) {
            pending_.clear();
            return;
        }
        auto& blocks = page_.articles.back().blocks;
        for (auto& f : pending_) blocks.emplace_back(std::move(f));
        pending_.clear();
    }
    void add_paragraph(Decision& d, const model::SourceSpan& span);
    // Reopens the article's last paragraph for a block that continues it after a column break;
    // figures placed after it go back to pending, to follow the rejoined paragraph.
    void reopen_last_paragraph(model::Article& a) {
        std::size_t k = a.blocks.size();
        while (k > 0 && std::holds_alternative<model::Figure>(a.blocks[k - 1])) --k;
        if (k == 0 || !std::holds_alternative<model::Paragraph>(a.blocks[k - 1])) return;
        std::vector<model::Figure> moved;
        for (std::size_t m = k; m < a.blocks.size(); ++m) {
            moved.push_back(std::move(std::get<model::Figure>(a.blocks[m])));
        }
        a.blocks.resize(k);
        for (auto& f : pending_) moved.push_back(std::move(f));
        pending_ = std::move(moved);
        open_ = k - 1;
    }

    model::Page page_;
    std::optional<std::size_t> open_;     // index of the open paragraph in the last article
    bool open_after_dateline_ = false;    // the open paragraph followed a dateline
    std::vector<model::Figure> pending_;  // captions met while a paragraph was open
};

void Builder::add_paragraph(Decision& d, const model::SourceSpan& span) {
    model::Article& a = article(span);
    std::string text = std::move(d.text);
    if (d.dateline) {
        if (!a.dateline) {
            a.dateline = d.dateline;
        } else {
            // A second dateline stays in the text so nothing is lost.
            text = *d.dateline + (text.empty() ? "" : " ") + text;
        }
    }
    for (const auto& b : d.bylines) a.bylines.push_back(model::Byline{b.name, b.role, span});
    if (!text.empty()) {
        if (!open_ && d.rejoin) reopen_last_paragraph(a);
        if (open_ && (d.may_continue || d.rejoin)) {
            auto& p = std::get<model::Paragraph>(a.blocks[*open_]);
            segment::append_continuation_utf8(p.text, text);
            if (open_after_dateline_) {
                // A column break inside the bracketed credit after a dateline: read the
                // credit once the pieces are together ("（记者 李学勇、" + "李宣良）…").
                const std::u32string joined = segment::to_u32(p.text);
                if (auto credit = classify::match_leading_credit(joined)) {
                    for (auto& b : credit->bylines) a.bylines.push_back({b.name, b.role, span});
                    p.text = segment::to_utf8(std::u32string_view(joined).substr(credit->rest));
                }
                open_after_dateline_ = false;
            }
            p.span.last_line = span.last_line;
        } else {
            close_paragraph();
            a.blocks.emplace_back(model::Paragraph{std::move(text), span});
            open_ = a.blocks.size() - 1;
            open_after_dateline_ = d.dateline.has_value() && d.bylines.empty();
        }
        if (!d.open_end) close_paragraph();
    }
    if (d.ends_article) close_paragraph();
}

void Builder::add(Decision& d, const segment::Block& block) {
    const model::SourceSpan span{block.first_line, block.last_line};
    if (d.starts_article) start_article(span);
    for (const auto& item : d.items) page_.page_items.push_back({item.kind, item.text, span});
    switch (d.label) {
        case Label::Kicker:
            append_spaced(article(span).kicker, d.text);
            break;
        case Label::Headline: {
            model::Article& a = article(span);
            a.headline = a.headline.empty() ? d.text : a.headline + " " + d.text;
            break;
        }
        case Label::Subtitle: {
            // The rest of a 提要 broken by a column goes on it as a paragraph would.
            std::optional<std::string>& subtitle = article(span).subtitle;
            if (d.join_previous && subtitle && !subtitle->empty()) {
                segment::append_continuation_utf8(*subtitle, d.text);
            } else {
                append_spaced(subtitle, d.text);
            }
            break;
        }
        case Label::Byline:
        case Label::Dateline:
            if (d.bylines.empty() && !d.dateline) {
                add_paragraph(d, span);
                break;
            }
            {
                model::Article& a = article(span);
                for (const auto& b : d.bylines) a.bylines.push_back({b.name, b.role, span});
                if (d.dateline) {
                    if (!a.dateline) {
                        a.dateline = d.dateline;
                    } else {
                        Decision rest;
                        rest.text = *d.dateline;
                        add_paragraph(rest, span);
                    }
                }
            }
            if (d.ends_article) close_paragraph();
            break;
        case Label::Caption: {
            model::Article& a = article(span);
            std::string caption = std::move(d.text);
            for (const auto& b : d.bylines) a.bylines.push_back({b.name, b.role, span});
            if (d.dateline) {
                if (!a.dateline) {
                    a.dateline = d.dateline;
                } else {
                    caption = *d.dateline + " " + caption;
                }
            }
            // The rest of a caption broken by a column joins the figure it began.
            model::Figure* begun =
                !pending_.empty() ? &pending_.back()
                : (!a.blocks.empty() && std::holds_alternative<model::Figure>(a.blocks.back()))
                    ? &std::get<model::Figure>(a.blocks.back())
                    : nullptr;
            if (d.join_previous && begun != nullptr && !begun->credit) {
                segment::append_continuation_utf8(begun->caption, caption);
                begun->credit = d.credit;
                begun->span.last_line = span.last_line;
                break;
            }
            model::Figure f{caption, d.credit, span};
            if (open_) {
                pending_.push_back(std::move(f));
            } else {
                a.blocks.emplace_back(std::move(f));
            }
            break;
        }
        case Label::Credit:
            break;  // merged into the caption above it
        case Label::Intertitle: {
            close_paragraph();
            model::Article& a = article(span);
            // An intertitle printed on two lines is one, its lines joined with one space
            // (structure-json.md, Conventions).
            if (d.join_previous && !a.blocks.empty() &&
                std::holds_alternative<model::Intertitle>(a.blocks.back())) {
                auto& t = std::get<model::Intertitle>(a.blocks.back());
                t.text += " " + d.text;
                t.span.last_line = span.last_line;
                break;
            }
            a.blocks.emplace_back(model::Intertitle{std::move(d.text), span});
            break;
        }
        case Label::Furniture:
            page_.page_items.push_back({d.furniture, std::move(d.text), span});
            break;
        case Label::Paragraph:
        case Label::Unknown:
            add_paragraph(d, span);
            break;
    }
}

}  // namespace

model::Page assemble_page(const segment::Segmentation& seg,
                          std::vector<classify::Decision> decisions,
                          const std::string& source_name) {
    Builder builder(source_name);
    for (std::size_t i = 0; i < decisions.size() && i < seg.blocks.size(); ++i) {
        builder.add(decisions[i], seg.blocks[i]);
    }
    return builder.finish();
}

}  // namespace banmian::assemble

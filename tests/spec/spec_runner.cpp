#include "spec_runner.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace banmian::spectest {
namespace {

const std::string kFence(32, '`');

}  // namespace

std::vector<Example> read_examples(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<Example> out;
    std::string line, section;
    int line_no = 0;
    enum { Outside, Input, Expected } state = Outside;
    Example ex;
    while (std::getline(in, line)) {
        ++line_no;
        if (state == Outside) {
            if (line.rfind("## ", 0) == 0) section = line.substr(3);
            if (line == kFence + " example") {
                ex = Example{};
                ex.number = static_cast<int>(out.size()) + 1;
                ex.line = line_no;
                ex.section = section;
                state = Input;
            }
        } else if (state == Input) {
            if (line == ".") {
                state = Expected;
            } else {
                ex.input += line + "\n";
            }
        } else {
            if (line == kFence) {
                out.push_back(ex);
                state = Outside;
            } else {
                ex.expected += line + "\n";
            }
        }
    }
    if (state != Outside) {
        throw std::runtime_error(path + ": example at line " + std::to_string(ex.line) +
                                 " is not closed");
    }
    return out;
}

std::string render(const model::Page& page) {
    std::ostringstream out;
    for (const auto& a : page.articles) {
        out << "article\n";
        if (a.kicker) out << "kicker " << *a.kicker << "\n";
        out << "headline " << a.headline << "\n";
        if (a.subtitle) out << "subtitle " << *a.subtitle << "\n";
        if (a.dateline) out << "dateline " << *a.dateline << "\n";
        for (const auto& b : a.bylines) {
            out << "byline " << b.name;
            if (const char* role = model::role_name(b.role)) out << " " << role;
            out << "\n";
        }
        for (const auto& block : a.blocks) {
            if (const auto* p = std::get_if<model::Paragraph>(&block)) {
                out << "paragraph " << p->text << "\n";
            } else if (const auto* t = std::get_if<model::Intertitle>(&block)) {
                out << "intertitle " << t->text << "\n";
            } else {
                const auto& f = std::get<model::Figure>(block);
                out << "figure " << f.caption << " | " << (f.credit ? *f.credit : "-") << "\n";
            }
        }
    }
    for (const auto& item : page.page_items) {
        out << "item " << model::page_item_kind_name(item.kind) << " " << item.text << "\n";
    }
    return out.str();
}

}  // namespace banmian::spectest

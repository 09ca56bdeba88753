#include "cli/analyze_command.hpp"

#include <unistd.h>

#include "pipeline/convert.hpp"

namespace banmian::cli {

// PLACEHOLDER until the detector's per-line analysis lands: prints the articles' outline.
int run_analyze(const std::string& input, const decode::DecodeOptions& decode, bool explain,
                const std::string& color, std::ostream& out) {
    (void)explain;
    (void)color;
    const model::Page page = pipeline::read_page(input, "", decode, {});
    for (const auto& article : page.articles) {
        out << article.span.first_line << "\theadline\t" << article.headline << "\n";
    }
    return 0;
}

}  // namespace banmian::cli

#include "pandoc/pdf_writer.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/utf8.hpp"
#include "pandoc/book.hpp"
#include "pandoc/boost_process_runner.hpp"
#include "pandoc/latex_log.hpp"
#include "pandoc/pandoc_ast.hpp"
#include "pandoc/pandoc_run.hpp"
#include "pandoc/pandoc_version.hpp"
#include "pandoc/paper.hpp"
#include "pandoc/styles.hpp"

namespace banmian::pandoc {
namespace fs = std::filesystem;
namespace {

// A private temporary folder for the LaTeX run, removed with everything in it.
class TempDir {
  public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "banmian-pdf-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw Error("cannot create a temporary folder in " +
                        fs::temp_directory_path().string());
        }
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw Error({path.string(), {}, {}}, "cannot write temporary file");
}

std::string mm(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2fmm", value);
    return text;
}

// D:YYYYMMDDHHmmSSZ for pdfx (which needs \pdfcreationdate under XeTeX, trap 7).
std::string pdf_date(std::optional<long long> timestamp) {
    const std::time_t t = timestamp ? static_cast<std::time_t>(*timestamp) : std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d%H%M%SZ", &tm);
    return text;
}

std::size_t article_count(std::span<const model::Page> pages) {
    std::size_t n = 0;
    for (const auto& page : pages) n += page.articles.size();
    return n;
}

// The front matter lists the articles when there is more than one (or several pages).
bool shows_contents(std::span<const model::Page> pages) {
    return pages.size() > 1 || article_count(pages) > 1;
}

DocumentOptions front_options(std::span<const model::Page> pages,
                              const writers::WriterOptions& options, const BookMeta& book,
                              const PandocInfo& info) {
    const PageGeometry g = page_geometry(options.paper);
    DocumentOptions doc;
    doc.api_version = info.api_version;
    char textwidth[32];
    std::snprintf(textwidth, sizeof textwidth, "%.2fpt", g.chars_per_line * g.body_pt);
    doc.template_strings = {
        {"zihao", std::to_string(g.zihao)},
        {"paperwidth", mm(g.trim_width_mm)},
        {"paperheight", mm(g.trim_height_mm)},
        {"textwidth", textwidth},
        {"top", mm(g.top_mm)},
        {"bottom", mm(g.bottom_mm)},
        {"mediawidth", mm(g.media_width_mm())},
        {"mediaheight", mm(g.media_height_mm())},
        {"trimbox", trim_box_bp(g)},
        {"bleedbox", bleed_box_bp(g)},
        {"pagebox", page_box_bp(g)},
        // A Chinese date is printed, never put in the date metadata (trap 5).
        {"datezh", book.date_zh},
        {"pdfdate", pdf_date(book_timestamp(options, book))},
    };
    doc.template_flags = {
        {"print", options.print},        {"pdfx", options.pdfx},         {"hant", book.traditional},
        {"multipage", pages.size() > 1}, {"toc", shows_contents(pages)},
    };
    return doc;
}

std::vector<std::string> latex_arguments(const PandocInfo& info,
                                         const writers::WriterOptions& options, bool standalone) {
    std::vector<std::string> args = {
        "--from=json",
        // -smart keeps “”‘’……—— as they are; with smart, Pandoc writes ``, \ldots and ---.
        "--to=latex-smart",
        "--wrap=none",
        "--lua-filter=" + style_file(options.style_dir, "lua/latex-classes.lua").string(),
    };
    // Pandoc only turns JSON into LaTeX here; XeLaTeX runs separately, so the sandbox
    // (2.15+) costs nothing: template, header and filter are read before it applies.
    if (info.sandbox) args.push_back("--sandbox");
    if (standalone) {
        args.push_back("--standalone");
        args.push_back("--template=" +
                       style_file(options.style_dir, "latex/banmian.latex").string());
        args.push_back("--include-in-header=" +
                       style_file(options.style_dir, "latex/newspaper.tex").string());
    }
    return args;
}

// Runs XeLaTeX on input.tex in dir until the contents settle (2 runs, 3 if the .toc moved).
// Runs XeLaTeX on input.tex in dir: once without contents; with contents a first run that
// only writes the .toc (-no-pdf skips xdvipdfmx: ~10-15% of a run, measured), a full run,
// and a third only if the contents moved.
void run_xelatex(ProcessRunner& runner, const fs::path& xelatex, const fs::path& dir,
                 std::optional<long long> timestamp, bool contents) {
    ProcessRequest request;
    request.program = xelatex;
    request.cwd = dir;
    request.env = date_env(timestamp);
    if (timestamp) request.env.emplace_back("FORCE_SOURCE_DATE", "1");
    request.env.emplace_back("openout_any", "p");  // TeX writes only below its folder
    // Unwrapped log lines, so messages (Missing character …) are read whole.
    request.env.emplace_back("max_print_line", "10000");
    std::string toc_before;
    for (int run = 1; run <= 3; ++run) {
        // No shell escape at all (not even TeX Live's restricted list).
        request.args = {"-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error"};
        if (run == 1 && contents) request.args.push_back("-no-pdf");
        request.args.push_back("input.tex");
        ProcessResult result = runner.run(request);
        if (!result.ok()) {
            std::string why = latex_failure(read_text(dir / "input.log"));
            if (result.timed_out || why.empty()) {
                result.err = result.out.size() > 3000 ? result.out.substr(result.out.size() - 3000)
                                                      : result.out;
                throw Error(describe_failure("xelatex", result));
            }
            throw Error("xelatex failed: " + why);
        }
        if (!contents) break;
        const std::string toc = read_text(dir / "input.toc");
        if (run >= 2 && toc == toc_before) break;
        toc_before = toc;
    }
}

std::string describe_code_point(char32_t cp) {
    std::string text;
    utf8::append(text, cp);
    char hex[16];
    std::snprintf(hex, sizeof hex, " (U+%04X)", static_cast<unsigned>(cp));
    return text + hex;
}

}  // namespace

TextPlace locate_character(std::span<const model::Page> pages, char32_t cp) {
    std::string needle;
    utf8::append(needle, cp);
    for (const auto& page : pages) {
        const std::string file = page.meta.source;
        auto found = [&](const std::string& text) {
            return text.find(needle) != std::string::npos;
        };
        if (found(page.meta.publication)) return {file, 0, "in the publication name"};
        int index = 0;
        for (const auto& a : page.articles) {
            ++index;
            const std::string art = "article " + std::to_string(index) + " (" + a.headline + ")";
            const int line = a.span.first_line;
            if (a.kicker && found(*a.kicker)) return {file, line, "in the kicker of " + art};
            if (found(a.headline)) return {file, line, "in the headline of " + art};
            if (a.subtitle && found(*a.subtitle)) return {file, line, "in the subtitle of " + art};
            if (a.dateline && found(*a.dateline)) return {file, line, "in the dateline of " + art};
            for (const auto& b : a.bylines) {
                if (found(b.name)) return {file, b.span.first_line, "in a byline of " + art};
            }
            for (const auto& block : a.blocks) {
                if (const auto* p = std::get_if<model::Paragraph>(&block); p && found(p->text)) {
                    return {file, p->span.first_line, "in a paragraph of " + art};
                }
                if (const auto* t = std::get_if<model::Intertitle>(&block); t && found(t->text)) {
                    return {file, t->span.first_line, "in an intertitle of " + art};
                }
                if (const auto* f = std::get_if<model::Figure>(&block);
                    f && (found(f->caption) || (f->credit && found(*f->credit)))) {
                    return {file, f->span.first_line, "in a photo caption of " + art};
                }
            }
        }
        for (const auto& item : page.page_items) {
            if (found(item.text)) return {file, item.span.first_line, "in a page item"};
        }
    }
    return {};
}

std::size_t latex_chunks(std::size_t pages, int jobs, std::size_t min_pages_per_chunk) {
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t workers = jobs > 0 ? static_cast<std::size_t>(jobs) : cores;
    const std::size_t by_size = min_pages_per_chunk == 0 ? pages : pages / min_pages_per_chunk;
    return std::max<std::size_t>(1, std::min({workers, by_size, pages}));
}

std::string latex_source(std::span<const model::Page> pages, const writers::WriterOptions& options,
                         ProcessRunner& runner, std::size_t min_pages_per_chunk) {
    const PandocInfo info = detect_pandoc(runner);
    const BookMeta book = book_meta(pages, options);
    const auto env = date_env(book_timestamp(options, book));
    DocumentOptions front = front_options(pages, options, book, info);
    auto request = [&](std::string input, bool standalone) {
        ProcessRequest r;
        r.program = info.program;
        r.args = latex_arguments(info, options, standalone);
        r.input = std::move(input);
        r.env = env;
        return r;
    };
    const std::size_t chunks = latex_chunks(pages.size(), options.jobs, min_pages_per_chunk);
    if (chunks <= 1) {
        return run_checked(runner, request(pandoc_json(pages, book, front), true), "pandoc").out;
    }
    // A big book: the front matter and `chunks` runs of consecutive pages are separate Pandoc
    // runs, at most one per core at a time; the pages' LaTeX then replaces the placeholder.
    std::vector<ProcessRequest> requests;
    front.body_placeholder = true;
    requests.push_back(request(pandoc_json(pages, book, front), true));
    for (std::size_t c = 0; c < chunks; ++c) {
        const std::size_t first = pages.size() * c / chunks;
        const std::size_t last = pages.size() * (c + 1) / chunks;
        DocumentOptions part;
        part.api_version = info.api_version;
        part.with_meta = false;
        part.first_page_number = first + 1;
        requests.push_back(
            request(pandoc_json(pages.subspan(first, last - first), book, part), false));
    }
    std::vector<ProcessResult> results = run_all_checked(runner, requests, options.jobs, "pandoc");
    std::string body;
    for (std::size_t i = 1; i < results.size(); ++i) body += results[i].out + "\n";
    std::string tex = std::move(results[0].out);
    const std::size_t at = tex.find(kBodyPlaceholder);
    if (at == std::string::npos) {
        throw Error("the LaTeX template has no $body$ (style latex/banmian.latex)");
    }
    tex.replace(at, std::string(kBodyPlaceholder).size(), body);
    return tex;
}

void write_pdf(std::span<const model::Page> pages, const writers::WriterOptions& options,
               const fs::path& path, ProcessRunner& runner) {
    if (pages.empty()) throw Error("no page to write");
    page_geometry(options.paper);  // an unknown --paper fails before any tool runs
    const fs::path xelatex = require_program(runner, "xelatex", "texlive-xetex");
    const std::string tex = latex_source(pages, options, runner);
    TempDir dir;
    write_text(dir.path() / "input.tex", tex);
    const BookMeta book = book_meta(pages, options);
    run_xelatex(runner, xelatex, dir.path(), book_timestamp(options, book), shows_contents(pages));

    // A glyph no font has is left out by XeTeX: fail, naming it and where it is (trap 6).
    const auto missing = missing_glyphs(read_text(dir.path() / "input.log"));
    if (!missing.empty()) {
        const TextPlace place = locate_character(pages, missing.front().code_point);
        std::string message = "character " + describe_code_point(missing.front().code_point) +
                              " has no glyph in font " + missing.front().font +
                              " and would vanish from the PDF";
        if (!place.where.empty()) message += " (" + place.where + ")";
        for (std::size_t i = 1; i < missing.size(); ++i) {
            const TextPlace other = locate_character(pages, missing[i].code_point);
            message += "; also " + describe_code_point(missing[i].code_point);
            if (!other.file.empty()) {
                message += " at " + other.file + ":" + std::to_string(other.line);
            }
        }
        Location where{place.file, {}, {}};
        if (place.line > 0) where.line = static_cast<std::size_t>(place.line);
        throw Error(where, message);
    }
    AtomicOutput out(path);
    std::error_code ec;
    fs::copy_file(dir.path() / "input.pdf", out.temp_path(), fs::copy_options::overwrite_existing,
                  ec);
    if (ec) throw Error({path.string(), {}, {}}, "cannot write output: " + ec.message());
    out.commit();
}

void write_pdf(std::span<const model::Page> pages, const writers::WriterOptions& options,
               const fs::path& path) {
    BoostProcessRunner runner;
    write_pdf(pages, options, path, runner);
}

}  // namespace banmian::pandoc

#include "pandoc/epub_writer.hpp"

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "pandoc/book.hpp"
#include "pandoc/boost_process_runner.hpp"
#include "pandoc/pandoc_ast.hpp"
#include "pandoc/pandoc_run.hpp"
#include "pandoc/styles.hpp"

namespace banmian::pandoc {

std::vector<std::string> epub_arguments(const PandocInfo& info,
                                        const writers::WriterOptions& options, bool traditional,
                                        const std::filesystem::path& output) {
    std::vector<std::string> args = {
        "--from=json",
        "--to=epub3",
        "--output=" + output.string(),
        "--toc",
        "--toc-depth=2",
        // Long CJK lines must not be re-wrapped: a newline between two Han characters
        // shows as a space in some reading systems (trap 1).
        "--wrap=none",
        // One XHTML file per newspaper page: articles stay with their kickers.
        info.split_level ? "--split-level=1" : "--epub-chapter-level=1",
        "--css=" + style_file(options.style_dir, "epub/banmian.css").string(),
    };
    // No --sandbox here: in Pandoc 2.17 a sandboxed EPUB writer cannot read even its own
    // epub.css ("Could not find data file data/data/epub.css", measured) nor any --css. The
    // document is our own JSON without images or links, so Pandoc reads no other file.
    if (traditional) {
        args.push_back("--css=" + style_file(options.style_dir, "epub/banmian-hant.css").string());
    }
    if (options.vertical) {
        args.push_back("--css=" + style_file(options.style_dir, "epub/vertical.css").string());
    }
    return args;
}

void write_epub(std::span<const model::Page> pages, const writers::WriterOptions& options,
                const std::filesystem::path& path, ProcessRunner& runner) {
    if (pages.empty()) throw Error("no page to write");
    const PandocInfo info = detect_pandoc(runner);
    const BookMeta book = book_meta(pages, options);
    DocumentOptions doc;
    doc.api_version = info.api_version;
    doc.vertical = options.vertical;
    AtomicOutput out(path);
    ProcessRequest request;
    request.program = info.program;
    request.args = epub_arguments(info, options, book.traditional, out.temp_path());
    request.input = pandoc_json(pages, book, doc);
    request.env = date_env(book_timestamp(options, book));
    run_checked(runner, request, "pandoc");
    out.commit();
}

void write_epub(std::span<const model::Page> pages, const writers::WriterOptions& options,
                const std::filesystem::path& path) {
    BoostProcessRunner runner;
    write_epub(pages, options, path, runner);
}

}  // namespace banmian::pandoc

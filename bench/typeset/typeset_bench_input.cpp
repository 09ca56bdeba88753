// Writes the exact Pandoc input (JSON AST) and arguments `banmian convert PAGE -o OUT.epub`
// uses, so run_bench.py can time the bare pandoc call against the whole banmian run.
//   typeset_bench_input PAGE.txt DIR   -> DIR/input.json, DIR/args.txt (one argument a line)
//   typeset_bench_input --latex REPEAT PAGE.txt...  -> seconds for the PDF's Pandoc stage of a
//       book of the pages repeated REPEAT times: one run, and chunks (one per core)
//   typeset_bench_input --tex PAGE.txt OUT.tex  -> the LaTeX source of the page's PDF
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "pandoc/book.hpp"
#include "pandoc/boost_process_runner.hpp"
#include "pandoc/epub_writer.hpp"
#include "pandoc/pandoc_ast.hpp"
#include "pandoc/pandoc_version.hpp"
#include "pandoc/pdf_writer.hpp"
#include "pipeline/convert.hpp"

// Times the LaTeX stage (Pandoc only) of a book, in one run and in chunks.
int latex_timing(int argc, char** argv) {
    namespace bp = banmian::pandoc;
    std::vector<banmian::model::Page> pages;
    const int repeat = std::stoi(argv[2]);
    for (int r = 0; r < repeat; ++r) {
        for (int i = 3; i < argc; ++i)
            pages.push_back(banmian::pipeline::read_page(argv[i], "", {}, {}));
    }
    banmian::writers::WriterOptions options;
    bp::BoostProcessRunner runner;
    for (std::size_t min_pages : {pages.size() + 1, std::size_t{1}}) {
        const auto start = std::chrono::steady_clock::now();
        bp::latex_source(pages, options, runner, min_pages);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        std::cout << "LaTeX stage, " << pages.size() << " pages, "
                  << (min_pages > pages.size() ? "one Pandoc run" : "one run per core") << ": "
                  << took.count() << " s\n";
    }
    return 0;
}

int main(int argc, char** argv) {
    if (argc > 3 && std::string(argv[1]) == "--latex") return latex_timing(argc, argv);
    if (argc == 4 && std::string(argv[1]) == "--tex") {  // --tex PAGE.txt OUT.tex
        const std::vector<banmian::model::Page> pages{
            banmian::pipeline::read_page(argv[2], "", {}, {})};
        banmian::pandoc::BoostProcessRunner runner;
        std::ofstream(argv[3]) << banmian::pandoc::latex_source(pages, {}, runner);
        return 0;
    }
    if (argc != 3) {
        std::cerr << "usage: typeset_bench_input PAGE.txt DIR\n";
        return 2;
    }
    try {
        namespace bp = banmian::pandoc;
        const std::filesystem::path dir = argv[2];
        const std::vector<banmian::model::Page> pages{
            banmian::pipeline::read_page(argv[1], "", {}, {})};
        banmian::writers::WriterOptions options;
        bp::BoostProcessRunner runner;
        const bp::PandocInfo info = bp::detect_pandoc(runner);
        const bp::BookMeta book = bp::book_meta(pages, options);
        bp::DocumentOptions doc;
        doc.api_version = info.api_version;
        std::ofstream(dir / "input.json") << bp::pandoc_json(pages, book, doc);
        std::ofstream args(dir / "args.txt");
        args << info.program.string() << "\n";
        for (const auto& a :
             bp::epub_arguments(info, options, book.traditional, dir / "bare.epub")) {
            args << a << "\n";
        }
    } catch (const std::exception& e) {
        std::cerr << "typeset_bench_input: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

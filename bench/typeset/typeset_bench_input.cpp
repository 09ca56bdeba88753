// Writes the exact Pandoc input (JSON AST) and arguments `banmian convert PAGE -o OUT.epub`
// uses, so run_bench.py can time the bare pandoc call against the whole banmian run.
//   typeset_bench_input PAGE.txt DIR   -> DIR/input.json, DIR/args.txt (one argument a line)
#include <fstream>
#include <iostream>
#include <vector>

#include "core/error.hpp"
#include "pandoc/book.hpp"
#include "pandoc/boost_process_runner.hpp"
#include "pandoc/epub_writer.hpp"
#include "pandoc/pandoc_ast.hpp"
#include "pandoc/pandoc_version.hpp"
#include "pipeline/convert.hpp"

int main(int argc, char** argv) {
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

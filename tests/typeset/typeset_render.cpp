// Test and example tool: typesets structure JSON files (gold pages, fixtures) as one EPUB or
// PDF with banmian's writers, the way `banmian convert` does for text pages.
//   typeset_render OUT.(epub|pdf) IN.json... [--print] [--pdfx] [--vertical] [--paper P]
//                  [--publication P] [--date YYYY-MM-DD] [--page N] [--lang L] [--style DIR]
#include <iostream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "pandoc/epub_writer.hpp"
#include "pandoc/pdf_writer.hpp"
#include "structure_page.hpp"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: typeset_render OUT.(epub|pdf) IN.json... [options]\n";
        return 2;
    }
    const std::string out = argv[1];
    std::vector<banmian::model::Page> pages;
    banmian::writers::WriterOptions options;
    banmian::model::PageMeta meta;
    try {
        for (int i = 2; i < argc; ++i) {
            const std::string arg = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc) throw std::runtime_error(arg + " needs a value");
                return argv[++i];
            };
            if (arg == "--print")
                options.print = true;
            else if (arg == "--pdfx")
                options.pdfx = true;
            else if (arg == "--vertical")
                options.vertical = true;
            else if (arg == "--paper")
                options.paper = value();
            else if (arg == "--style")
                options.style_dir = value();
            else if (arg == "--publication")
                meta.publication = value();
            else if (arg == "--date")
                meta.date = value();
            else if (arg == "--page")
                meta.page = value();
            else if (arg == "--lang")
                meta.language = value();
            else
                pages.push_back(banmian::typeset_test::load_structure_json(arg));
        }
        for (auto& page : pages) {
            if (!meta.publication.empty()) page.meta.publication = meta.publication;
            if (!meta.date.empty()) page.meta.date = meta.date;
            if (!meta.page.empty()) page.meta.page = meta.page;
            if (!meta.language.empty()) page.meta.language = meta.language;
        }
        if (out.size() > 4 && out.substr(out.size() - 4) == ".pdf") {
            banmian::pandoc::write_pdf(pages, options, out);
        } else {
            banmian::pandoc::write_epub(pages, options, out);
        }
    } catch (const std::exception& e) {
        std::cerr << "typeset_render: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

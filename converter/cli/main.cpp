// banmian: the command line. argv -> a request for the pipeline; errors -> exit codes.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "core/error.hpp"

int main(int argc, char** argv) {
    using namespace banmian::cli;
    CLI::App app{"banmian " BANMIAN_VERSION
                 " - newspaper page text to structure JSON, NewsML-G2, JATS, EPUB and PDF"};
    app.name("banmian");
    app.set_version_flag("--version", "banmian " BANMIAN_VERSION);
    app.require_subcommand(1);
    app.footer(
        "The three workflows:\n"
        "  banmian convert page.txt -o page.epub                        # a page to an e-book\n"
        "  banmian convert page.txt -o page.newsml.xml --publication 人民日报 --date 2023-07-11\n"
        "  banmian validate page.newsml.xml                             # archival, checked\n"
        "  banmian convert page.txt -o page.pdf --paper 16k --print     # print-ready PDF\n"
        "'banmian COMMAND --help' tells a command's options; 'man banmian' the whole story.\n\n" +
        exit_code_help());
    app.get_formatter()->column_width(34);

    Commands commands;
    register_commands(app, commands);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitUsage;
    }
    try {
        return run_selected(commands);
    } catch (const banmian::Error& e) {
        std::cerr << "banmian: " << e.what() << "\n";
        return kExitFailed;
    } catch (const std::exception& e) {
        std::cerr << "banmian: internal error: " << e.what() << "\n";
        return kExitFailed;
    }
}

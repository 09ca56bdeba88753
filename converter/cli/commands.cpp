#include "cli/commands.hpp"

#include <cstdlib>
#include <iostream>

#include "cli/analyze_command.hpp"
#include "core/error.hpp"
#include "pipeline/formats.hpp"
#include "pipeline/validate.hpp"

namespace banmian::cli {

std::string exit_code_help() {
    return "Exit status: 0 success; 1 the conversion or validation failed (the message names\n"
           "the file, line or byte and the problem; no output file is written); 2 usage error.";
}

namespace {

void add_meta_options(CLI::App* cmd, pipeline::ConvertRequest& request) {
    auto* group = cmd->add_option_group("Page metadata");
    group->add_option("--publication", request.meta.publication, "Publication name, e.g. 人民日报");
    group->add_option("--date", request.meta.date, "Issue date, ISO 8601 (2023-07-11)");
    group->add_option("--page", request.meta.page, "Page label, e.g. 06");
    group->add_option("--lang", request.meta.language,
                      "Language tag (zh-CN, zh-TW); default: detected from the text");
    group->add_option("--provider", request.writer.provider, "Provider named in NewsML-G2 output")
        ->capture_default_str();
    group
        ->add_option("--id-prefix", request.writer.id_prefix,
                     "Prefix of the deterministic ids in XML output")
        ->capture_default_str();
}

void add_typeset_options(CLI::App* cmd, pipeline::ConvertRequest& request) {
    auto* group = cmd->add_option_group("Typesetting (EPUB, PDF)");
    group->add_option("--paper", request.writer.paper, "Paper size: a4, a5, b5, 16k, 32k")
        ->capture_default_str();
    group->add_flag("--print", request.writer.print,
                    "Print-ready PDF: crop marks, 3 mm bleed, TrimBox and BleedBox");
    group->add_flag("--pdfx", request.writer.pdfx, "PDF/X-1a where the tools allow");
    group->add_flag("--vertical", request.writer.vertical,
                    "Vertical (top-to-bottom, right-to-left) EPUB");
    group->add_option("--style", request.writer.style_dir,
                      "Folder of styles to use instead of the bundled styles/");
    group->add_option("-j,--jobs", request.writer.jobs,
                      "Pandoc processes at once (default: one per core)");
}

void add_decode_options(CLI::App* cmd, Commands& c) {
    // An unknown name is a usage error (exit 2), caught before any file is read.
    const CLI::Validator known_encoding(
        [](std::string& name) {
            return decode::is_known_encoding(name)
                       ? std::string()
                       : "unknown encoding '" + name +
                             "' (try utf-8, utf-16le, utf-16be, gb18030, gbk, big5)";
        },
        "ENCODING");
    cmd->add_option("--encoding", c.request.decode.encoding,
                    "Input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk, big5, or any ICU "
                    "name); default: detected")
        ->check(known_encoding);
    cmd->add_option("--encoding-errors", c.encoding_errors,
                    "On invalid bytes: fail (default) or replace them with U+FFFD")
        ->check(CLI::IsMember({"fail", "replace"}));
}

std::string format_list() {
    std::string out = "Output formats (chosen by the output's extension, or --to):\n";
    for (const auto& f : pipeline::output_formats()) {
        std::string exts;
        for (const auto& e : f.extensions) exts += (exts.empty() ? "" : " ") + e;
        out += "  " + f.name + std::string(f.name.size() < 8 ? 8 - f.name.size() : 1, ' ') + exts +
               std::string(exts.size() < 14 ? 14 - exts.size() : 1, ' ') + f.description + "\n";
    }
    out +=
        "Input formats (chosen by the input's extension, else by its content: XML by its root\n"
        "element, '{' as structure JSON, anything else as page text):\n";
    for (const auto& f : pipeline::input_formats()) {
        std::string exts;
        for (const auto& e : f.extensions) exts += (exts.empty() ? "" : " ") + e;
        out += "  " + f.name + std::string(f.name.size() < 8 ? 8 - f.name.size() : 1, ' ') + exts +
               std::string(exts.size() < 14 ? 14 - exts.size() : 1, ' ') + f.description + "\n";
    }
    return out;
}

// Validates every file (schemas compiled once); problems to stderr as file:line: message.
int run_validate(const std::vector<std::string>& files, const std::string& schemas_dir) {
    pipeline::Validator validator(pipeline::find_schemas(schemas_dir));
    int status = kExitOk;
    for (const auto& file : files) {
        const pipeline::Validation v = validator.validate_file(file);
        if (v.valid()) {
            std::cout << file << ": valid, " << v.schema << "\n";
            continue;
        }
        status = kExitFailed;
        for (const auto& p : v.problems) std::cerr << pipeline::format_problem(p) << "\n";
        std::cerr << file << ": INVALID" << (v.schema.empty() ? "" : ", " + v.schema) << "\n";
    }
    return status;
}

}  // namespace

void register_commands(CLI::App& app, Commands& c) {
    c.convert = app.add_subcommand("convert", "Convert newspaper pages to another format");
    c.convert
        ->add_option("inputs", c.inputs,
                     "Input pages (.txt in any encoding, or .json, "
                     ".newsml.xml, .jats.xml); - for standard input")
        ->required();
    c.convert->add_option("-o,--output", c.output, "Output file; - for standard output")
        ->required();
    c.convert->add_option("-t,--to", c.request.to, "Output format (default: from the extension)");
    c.convert->add_option("-f,--from", c.request.from,
                          "Input format (default: from the extension, else from the content)");
    add_decode_options(c.convert, c);
    add_meta_options(c.convert, c.request);
    add_typeset_options(c.convert, c.request);
    c.convert->footer(format_list() +
                      "\nExamples:\n"
                      "  banmian convert page.txt -o page.json\n"
                      "  banmian convert page.txt -o page.epub\n"
                      "  banmian convert page.txt -o page.pdf --paper a5 --print\n"
                      "  banmian convert page.txt -o page.newsml.xml --publication 人民日报 "
                      "--date 2023-07-11 --page 05\n\n" +
                      exit_code_help());

    c.analyze = app.add_subcommand("analyze", "Show how each line of a page was read");
    c.analyze->add_option("input", c.inputs, "Input page; - for standard input")->required();
    c.analyze->add_flag("--explain", c.explain,
                        "Per block: the label, its confidence and the features that decided it");
    c.analyze->add_option("--color", c.color, "Colour output: auto (on a terminal), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    add_decode_options(c.analyze, c);
    c.analyze->footer(exit_code_help());

    c.validate = app.add_subcommand(
        "validate", "Check NewsML-G2/NITF and JATS files against the official schemas");
    c.validate->add_option("files", c.validate_files, "NewsML-G2 (.newsml.xml) or JATS files")
        ->required();
    c.validate->add_option(
        "--schemas", c.schemas_dir,
        "Folder holding iptc/ and jats/ (default: $BANMIAN_SCHEMAS, the XML "
        "catalogs in $XML_CATALOG_FILES, ../shared/schemas, or the shared/schemas "
        "this build was configured with)");
    c.validate->footer(
        "Each file is checked in-process with libxml2: NewsML-G2 through\n"
        "iptc/NewsML-G2_2.35-with-NITF-3.6.xsd (NITF bodies included), JATS "
        "through\njats/archiving-1.4-dtd/JATS-archivearticle1-4-mathml3.dtd. "
        "Never uses the network.\n\n" +
        exit_code_help());

    c.formats = app.add_subcommand("formats", "List the input and output formats");
}

int run_selected(Commands& c) {
    c.request.decode.on_invalid =
        c.encoding_errors == "replace" ? decode::OnInvalid::Replace : decode::OnInvalid::Fail;
    if (c.convert->parsed()) {
        c.request.inputs.assign(c.inputs.begin(), c.inputs.end());
        c.request.output = c.output;
        pipeline::convert(c.request);
        return kExitOk;
    }
    if (c.analyze->parsed()) {
        return run_analyze(c.inputs.front(), c.request.decode, c.explain, c.color, std::cout);
    }
    if (c.validate->parsed()) {
        return run_validate(c.validate_files, c.schemas_dir);
    }
    if (c.formats->parsed()) {
        std::cout << format_list();
        return kExitOk;
    }
    return kExitUsage;
}

}  // namespace banmian::cli

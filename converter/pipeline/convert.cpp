#include "pipeline/convert.hpp"

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "model/iso_date.hpp"
#include "pipeline/formats.hpp"

namespace banmian::pipeline {
namespace {

// Checks an ISO 8601 calendar date (YYYY-MM-DD), the same rule the structure JSON reader
// applies to "meta.date".
void check_iso_date(const std::string& date) {
    if (!model::is_iso_date(date)) {
        throw Error("--date must be an ISO 8601 date such as 2023-07-11, not '" + date + "'");
    }
}

// Options given on the command line win over the metadata the reader found in the input
// (structure JSON "meta", NewsML-G2 contentMeta, JATS front); an empty option keeps the input's.
void apply_overrides(model::PageMeta& meta, const MetaOverrides& overrides) {
    if (!overrides.publication.empty()) meta.publication = overrides.publication;
    if (!overrides.date.empty()) meta.date = overrides.date;
    if (!overrides.page.empty()) meta.page = overrides.page;
    if (!overrides.language.empty()) meta.language = overrides.language;
}

}  // namespace

model::Page read_page(const std::filesystem::path& input, const std::string& from,
                      const decode::DecodeOptions& decode, const MetaOverrides& meta) {
    std::string bytes = read_file_bytes(input);
    const InputFormat* format =
        from.empty() ? &input_format_for(input, bytes) : input_format_named(from);
    if (format == nullptr) throw Error("unknown input format '" + from + "'");
    const std::string name = input == "-" ? std::string("<stdin>") : input.string();
    model::Page page = format->read(std::move(bytes), decode, name);
    if (page.meta.source.empty() || page.meta.source == name) {
        page.meta.source = input == "-" ? "stdin" : input.filename().string();
    }
    apply_overrides(page.meta, meta);
    return page;
}

void convert(const ConvertRequest& request) {
    if (request.inputs.empty()) throw Error("no input file given");
    if (!request.meta.date.empty()) check_iso_date(request.meta.date);
    const OutputFormat* format = request.to.empty() ? output_format_for_path(request.output)
                                                    : output_format_named(request.to);
    if (format == nullptr) {
        throw Error(request.to.empty()
                        ? "cannot tell the output format from '" + request.output.string() +
                              "'; name it with --to"
                        : "unknown output format '" + request.to + "' (see banmian formats)");
    }
    if (request.output == "-" && !format->to_stdout) {
        throw Error("format '" + format->name + "' cannot be written to standard output");
    }
    if (!format->many_pages && request.inputs.size() > 1) {
        throw Error("format '" + format->name +
                    "' holds one page; convert each input to its own output file");
    }
    std::vector<model::Page> pages;
    pages.reserve(request.inputs.size());
    for (const auto& input : request.inputs) {
        pages.push_back(read_page(input, request.from, request.decode, request.meta));
    }
    format->write(pages, request.writer, request.output);
}

}  // namespace banmian::pipeline

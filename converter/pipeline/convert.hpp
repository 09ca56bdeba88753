// convert(request): the only place that sees every stage (read -> model -> write).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "decode/decode.hpp"
#include "model/page.hpp"
#include "writers/options.hpp"

namespace banmian::pipeline {

// Page metadata given on the command line; empty fields are left as the reader found them.
struct MetaOverrides {
    std::string publication;  // --publication
    std::string date;         // --date (ISO 8601, YYYY-MM-DD)
    std::string page;         // --page
    std::string language;     // --lang (BCP 47); empty: detected
};

struct ConvertRequest {
    std::vector<std::filesystem::path> inputs;  // "-" is standard input
    std::filesystem::path output;               // "-" is standard output (text formats)
    std::string to;                             // output format name; empty: from extension
    std::string from;                           // input format name; empty: from extension
    decode::DecodeOptions decode;
    MetaOverrides meta;
    writers::WriterOptions writer;
};

// Reads one input into a page (decode + detect for text; a reader for JSON/XML) and applies
// the overrides. Throws banmian::Error naming the file on bad input.
model::Page read_page(const std::filesystem::path& input, const std::string& from,
                      const decode::DecodeOptions& decode, const MetaOverrides& meta);

// Runs a whole conversion. Throws banmian::Error; on error no output file is left behind.
void convert(const ConvertRequest& request);

}  // namespace banmian::pipeline

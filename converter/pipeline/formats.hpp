// The format tables: one row per reader and per writer (Pandoc-style). A new format is a new
// module plus one row here; no other format changes.
#pragma once

#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "decode/decode.hpp"
#include "model/page.hpp"
#include "writers/options.hpp"

namespace banmian::pipeline {

struct OutputFormat {
    std::string name;                     // --to NAME
    std::vector<std::string> extensions;  // matched case-insensitively, longest first
    std::string description;              // one line for --help
    bool many_pages;                      // false: exactly one input page per output file
    bool to_stdout;                       // "-" allowed as output (text formats)
    // Writes pages to path atomically (a temporary file renamed on success).
    std::function<void(std::span<const model::Page>, const writers::WriterOptions&,
                       const std::filesystem::path&)>
        write;
};

struct InputFormat {
    std::string name;
    std::vector<std::string> extensions;
    std::string description;
    // Reads one input's bytes into a page; file_name is for messages and meta.source. The
    // bytes are handed over, so a reader may free them once read (a page's bytes and its
    // decoded text need not both stay in memory during detection).
    std::function<model::Page(std::string bytes, const decode::DecodeOptions&,
                              const std::string& file_name)>
        read;
};

const std::vector<OutputFormat>& output_formats();
const std::vector<InputFormat>& input_formats();

// The output format named name, or nullptr.
const OutputFormat* output_format_named(std::string_view name);
// The output format whose extension ends path (".newsml.xml" before ".xml"), or nullptr.
const OutputFormat* output_format_for_path(const std::filesystem::path& path);
// The input format named name, or nullptr.
const InputFormat* input_format_named(std::string_view name);
// The input format for path by extension; when no extension of the table matches (page.xml,
// a file without extension, standard input), by the content's first bytes: an XML document
// whose root is newsMessage or article is NewsML-G2 or JATS, a document opening with '{' is
// structure JSON, anything else plain text. Throws banmian::Error for XML with another root
// (read as text it would only give one garbled article).
const InputFormat& input_format_for(const std::filesystem::path& path, std::string_view head);

}  // namespace banmian::pipeline

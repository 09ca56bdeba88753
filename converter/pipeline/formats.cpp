#include "pipeline/formats.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "assemble/detect.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "pandoc/epub_writer.hpp"
#include "pandoc/pdf_writer.hpp"
#include "readers/jats_reader.hpp"
#include "readers/json_reader.hpp"
#include "readers/newsml_reader.hpp"
#include "writers/jats_writer.hpp"
#include "writers/json_writer.hpp"
#include "writers/newsml_writer.hpp"

namespace banmian::pipeline {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Adapts a one-page text writer (page -> bytes) to the table's write signature.
template <typename TextWriter>
auto single_page_text(TextWriter writer) {
    return [writer](std::span<const model::Page> pages, const writers::WriterOptions& options,
                    const std::filesystem::path& path) {
        (void)options;
        if (pages.size() != 1) {
            throw Error({path.string(), {}, {}},
                        "this format holds one page; give one input per output file");
        }
        if constexpr (std::is_invocable_v<TextWriter, const model::Page&,
                                          const writers::WriterOptions&>) {
            write_file_atomically(path, writer(pages.front(), options));
        } else {
            write_file_atomically(path, writer(pages.front()));
        }
    };
}

// Decodes (reusing or freeing the bytes' storage) and detects the structure.
model::Page read_plain_text(std::string bytes, const decode::DecodeOptions& options,
                            const std::string& file_name) {
    decode::DecodedText decoded = decode::decode_owned(std::move(bytes), options, file_name);
    return assemble::detect_structure_owned(std::move(decoded.text), file_name);
}

}  // namespace

const std::vector<OutputFormat>& output_formats() {
    static const std::vector<OutputFormat> table = {
        {"json",
         {".json"},
         "structure JSON v1 (shared/spec/structure-json.md)",
         false,
         true,
         single_page_text(&writers::write_structure_json)},
        {"newsml",
         {".newsml.xml"},
         "NewsML-G2 2.35 news message, NITF 3.6 bodies",
         false,
         true,
         single_page_text(&writers::write_newsml)},
        {"jats",
         {".jats.xml"},
         "JATS 1.4 Archiving article, one sub-article per story",
         false,
         true,
         single_page_text(&writers::write_jats)},
        {"epub",
         {".epub"},
         "EPUB 3 book through Pandoc (a part per page)",
         true,
         false,
         [](std::span<const model::Page> pages, const writers::WriterOptions& options,
            const std::filesystem::path& path) { pandoc::write_epub(pages, options, path); }},
        {"pdf",
         {".pdf"},
         "PDF through Pandoc and XeLaTeX (--paper, --print, --pdfx)",
         true,
         false,
         [](std::span<const model::Page> pages, const writers::WriterOptions& options,
            const std::filesystem::path& path) { pandoc::write_pdf(pages, options, path); }},
    };
    return table;
}

const std::vector<InputFormat>& input_formats() {
    static const std::vector<InputFormat> table = {
        {"txt",
         {".txt", ".text"},
         "plain text of a newspaper page, any encoding",
         &read_plain_text},
        {"json",
         {".json"},
         "structure JSON v1, e.g. a corrected detection",
         [](std::string_view bytes, const decode::DecodeOptions&, const std::string& name) {
             return readers::read_structure_json(bytes, name);
         }},
        {"newsml",
         {".newsml.xml"},
         "NewsML-G2 news message as written by banmian",
         [](std::string_view bytes, const decode::DecodeOptions&, const std::string& name) {
             return readers::read_newsml(bytes, name);
         }},
        {"jats",
         {".jats.xml"},
         "JATS article as written by banmian",
         [](std::string_view bytes, const decode::DecodeOptions&, const std::string& name) {
             return readers::read_jats(bytes, name);
         }},
    };
    return table;
}

const OutputFormat* output_format_named(std::string_view name) {
    for (const auto& f : output_formats())
        if (f.name == name) return &f;
    return nullptr;
}

const OutputFormat* output_format_for_path(const std::filesystem::path& path) {
    const std::string name = lower(path.filename().string());
    const OutputFormat* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& f : output_formats()) {
        for (const auto& ext : f.extensions) {
            if (ext.size() > best_len && ends_with(name, ext)) {
                best = &f;
                best_len = ext.size();
            }
        }
    }
    return best;
}

const InputFormat* input_format_named(std::string_view name) {
    for (const auto& f : input_formats())
        if (f.name == name) return &f;
    return nullptr;
}

const InputFormat& input_format_for_path(const std::filesystem::path& path) {
    const std::string name = lower(path.filename().string());
    const InputFormat* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& f : input_formats()) {
        for (const auto& ext : f.extensions) {
            if (ext.size() > best_len && ends_with(name, ext)) {
                best = &f;
                best_len = ext.size();
            }
        }
    }
    return best ? *best : input_formats().front();
}

}  // namespace banmian::pipeline

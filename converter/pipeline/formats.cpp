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

// The row of table whose extension ends path's file name (the longest such extension, so
// page.newsml.xml is newsml and not plain .xml), or nullptr.
template <typename Format>
const Format* format_by_extension(const std::vector<Format>& table,
                                  const std::filesystem::path& path) {
    const std::string name = lower(path.filename().string());
    const Format* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& f : table) {
        for (const auto& ext : f.extensions) {
            if (ext.size() > best_len && ends_with(name, ext)) {
                best = &f;
                best_len = ext.size();
            }
        }
    }
    return best;
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
    return format_by_extension(output_formats(), path);
}

const InputFormat* input_format_named(std::string_view name) {
    for (const auto& f : input_formats())
        if (f.name == name) return &f;
    return nullptr;
}

namespace {

// text without the ASCII white space it starts with.
std::string_view skip_white_space(std::string_view text) {
    while (!text.empty() &&
           (text[0] == ' ' || text[0] == '\t' || text[0] == '\r' || text[0] == '\n')) {
        text.remove_prefix(1);
    }
    return text;
}

// The local name of the root element of the XML document at the start of text (a BOM already
// removed; after white space, the declaration, comments, processing instructions and the
// DOCTYPE), or "" if text does not open like XML.
std::string xml_root_name(std::string_view text) {
    for (;;) {
        text = skip_white_space(text);
        if (!text.starts_with('<') || text.size() < 2) return "";
        std::string_view close;
        if (text.starts_with("<?")) close = "?>";
        if (text.starts_with("<!--")) close = "-->";
        if (text.starts_with("<!")) close = close.empty() ? ">" : close;  // DOCTYPE: no subset
        if (close.empty()) break;
        const std::size_t end = text.find(close);
        if (end == std::string_view::npos) return "";
        text.remove_prefix(end + close.size());
    }
    text.remove_prefix(1);
    std::size_t n = 0;
    while (n < text.size() && text[n] != ' ' && text[n] != '>' && text[n] != '/' &&
           text[n] != '\t' && text[n] != '\r' && text[n] != '\n') {
        ++n;
    }
    const std::string_view name = text.substr(0, n);
    const std::size_t colon = name.find(':');
    return std::string(colon == std::string_view::npos ? name : name.substr(colon + 1));
}

}  // namespace

const InputFormat& input_format_for(const std::filesystem::path& path, std::string_view head) {
    if (const InputFormat* by_extension = format_by_extension(input_formats(), path)) {
        return *by_extension;
    }
    const std::string name = lower(path.filename().string());
    // No known extension: the content decides (a user's "page.xml" is NewsML or JATS).
    std::string_view text = head;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    text = skip_white_space(text);
    const std::string root = xml_root_name(text);
    const char* by_content = nullptr;
    if (root == "newsMessage") by_content = "newsml";
    if (root == "article") by_content = "jats";
    if (by_content == nullptr && text.starts_with('{')) by_content = "json";
    // Other XML is refused rather than read as a page: only when it says it is XML, since a
    // plain-text page may open with '<' (a bracketed rubric).
    if (by_content == nullptr && !root.empty() &&
        (text.starts_with("<?xml") || ends_with(name, ".xml"))) {
        throw Error({path.string(), 1, {}},
                    "an XML document whose root element is <" + root +
                        ">: banmian reads NewsML-G2 (newsMessage) and JATS (article); to read "
                        "the file as plain text anyway, add --from txt");
    }
    return by_content != nullptr ? *input_format_named(by_content) : input_formats().front();
}

}  // namespace banmian::pipeline

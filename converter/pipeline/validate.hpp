// banmian validate: NewsML-G2/NITF and JATS files against the official schemas, in-process
// with libxml2 (shared/schemas/README.md, "Validation commands").
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::pipeline {

// Paths inside a schemas folder laid out like ../shared/schemas.
inline constexpr const char* kNewsmlDriverXsd = "iptc/NewsML-G2_2.35-with-NITF-3.6.xsd";
inline constexpr const char* kJatsDtd = "jats/archiving-1.4-dtd/JATS-archivearticle1-4-mathml3.dtd";

// Where the schemas are, first match wins: the --schemas option; the BANMIAN_SCHEMAS
// environment variable; the folder two levels above the JATS DTD that the XML catalogs in
// XML_CATALOG_FILES resolve the JATS 1.4 public identifier to; ../shared/schemas from the
// working directory (the project's layout). Throws banmian::Error saying where to get the
// schemas when none is found.
std::filesystem::path find_schemas_dir(const std::string& option);

struct Problem {
    std::string file;
    std::size_t line = 0;  // 0: unknown
    std::string message;   // the schema's complaint, as libxml2 words it
};

struct Validation {
    std::string file;
    std::string schema;  // "NewsML-G2 2.35 + NITF 3.6" or "JATS 1.4 Archiving DTD"
    std::vector<Problem> problems;
    bool valid() const { return problems.empty(); }
};

// Validates documents, compiling each schema once on first use and reusing it.
class Validator {
public:
    explicit Validator(std::filesystem::path schemas_dir);
    ~Validator();
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;

    // Picks the schema from the root element (newsMessage/newsItem/packageItem, nitf, article).
    // Malformed XML and unknown roots come back as problems, never as exceptions; a schema
    // that cannot be loaded throws banmian::Error.
    Validation validate(std::string_view bytes, const std::string& file_name);
    Validation validate_file(const std::filesystem::path& path);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// "file:line: message" for one problem.
std::string format_problem(const Problem& problem);

}  // namespace banmian::pipeline

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

// The two schema files validation needs; an empty path means "not available".
struct SchemaPaths {
    std::filesystem::path newsml_xsd;  // the NewsML-G2 + NITF driver XSD
    std::filesystem::path jats_dtd;    // the JATS 1.4 Archiving DTD (MathML 3 driver)
};

// The schemas in a folder laid out like ../shared/schemas (missing files left empty).
SchemaPaths schemas_in(const std::filesystem::path& dir);

// Where the schemas are, first match wins: the --schemas option; the BANMIAN_SCHEMAS
// environment variable; the XML catalogs in XML_CATALOG_FILES (JATS by its 1.4 public
// identifier, NewsML-G2 by urn:banmian:schema:newsml-g2-with-nitf as in schemas/catalog.xml.in,
// or beside the JATS folder); ../shared/schemas from the working directory (the project's
// layout). Throws banmian::Error saying where to get the schemas when none is found.
SchemaPaths find_schemas(const std::string& option);

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
    explicit Validator(SchemaPaths schemas);
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

#include "pipeline/validate.hpp"

#include <libxml/catalog.h>
#include <libxml/parser.h>
#include <libxml/valid.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <cstdlib>
#include <cstring>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "readers/xml_input.hpp"

namespace banmian::pipeline {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNar = "http://iptc.org/std/nar/2006-10-01/";
constexpr const char* kNitf = "http://iptc.org/std/NITF/2006-10-18/";
constexpr const char* kJatsPublicId =
    "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.4 "
    "20241031//EN";

const char* kWhereToGet =
    "Get the official schemas and point banmian at them with --schemas DIR or "
    "BANMIAN_SCHEMAS=DIR, laid out as in ../shared/schemas (its README tells the sources):\n"
    "  DIR/iptc/  NewsML-G2 2.35 from IPTC, https://github.com/iptc/newsml-g2 "
    "(releases/2.35/specification/NewsML-G2_2.35-spec-All-Power.xsd and xml.xsd), NITF 3.6 "
    "from the same repository (examples/nitf-3-6.xsd, nitf-3-6-ruby-include.xsd), and "
    "NewsML-G2_2.35-with-NITF-3.6.xsd, a driver schema that only xs:imports those two so the "
    "NITF inside inlineXML is checked too;\n"
    "  DIR/jats/archiving-1.4-dtd/  the JATS 1.4 Archiving DTD set from NLM, "
    "https://jats.nlm.nih.gov/archiving/1.4/ (also on the npm registry as @jats4r/dtds, "
    "folder schema/1.4/).\n"
    "Or name XML catalogs in XML_CATALOG_FILES that map the JATS 1.4 public identifier and "
    "urn:banmian:schema:newsml-g2-with-nitf (the build writes one: build/schemas/catalog.xml).";

constexpr const char* kNewsmlCatalogUri = "urn:banmian:schema:newsml-g2-with-nitf";

bool is_file(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

bool any(const SchemaPaths& s) { return !s.newsml_xsd.empty() || !s.jats_dtd.empty(); }

// A catalog answer as a local path ("file:///x" -> "/x"); empty if not a local file.
fs::path local_path(xmlChar* resolved) {
    if (resolved == nullptr) return {};
    std::string uri(reinterpret_cast<const char*>(resolved));
    xmlFree(resolved);
    if (uri.rfind("file://", 0) == 0) uri = uri.substr(7);
    return is_file(uri) ? fs::path(uri) : fs::path();
}

// The schemas the XML catalogs in XML_CATALOG_FILES point at.
SchemaPaths from_catalog() {
    SchemaPaths out;
    const char* files = std::getenv("XML_CATALOG_FILES");
    if (files == nullptr || *files == '\0') return out;
    xmlInitializeCatalog();
    out.jats_dtd =
        local_path(xmlCatalogResolvePublic(reinterpret_cast<const xmlChar*>(kJatsPublicId)));
    out.newsml_xsd =
        local_path(xmlCatalogResolveURI(reinterpret_cast<const xmlChar*>(kNewsmlCatalogUri)));
    if (out.newsml_xsd.empty() && !out.jats_dtd.empty()) {
        // A JATS-only catalog (../shared/schemas/jats/archiving-1.4-dtd/catalog.xml): the
        // IPTC folder sits beside the JATS folder in that layout.
        const fs::path beside =
            out.jats_dtd.parent_path().parent_path().parent_path() / kNewsmlDriverXsd;
        if (is_file(beside)) out.newsml_xsd = beside;
    }
    return out;
}

// Collects libxml2's structured errors while a schema is compiled or a document checked.
struct Sink {
    std::vector<Problem>* problems;
    std::string file;
};

void collect(void* data, xmlErrorPtr error) {
    auto* sink = static_cast<Sink*>(data);
    if (error == nullptr || error->level == XML_ERR_NONE) return;
    // Warnings (e.g. "Skipping import") do not make a file invalid (schemas README, pitfall 8).
    if (error->level == XML_ERR_WARNING) return;
    Problem p;
    p.file = error->file != nullptr ? error->file : sink->file;
    p.line = error->line > 0 ? static_cast<std::size_t>(error->line) : 0;
    if (p.line == 0 && error->node != nullptr) {
        const long l = xmlGetLineNo(static_cast<const xmlNode*>(error->node));
        if (l > 0) p.line = static_cast<std::size_t>(l);
    }
    p.message = error->message != nullptr ? error->message : "invalid";
    while (!p.message.empty() && (p.message.back() == '\n' || p.message.back() == ' ')) {
        p.message.pop_back();
    }
    sink->problems->push_back(std::move(p));
}

// Installs the collector and a loader that never uses the network, restoring both after.
class ScopedErrors {
  public:
    explicit ScopedErrors(Sink* sink)
        : handler_(xmlStructuredError),
          context_(xmlStructuredErrorContext),
          loader_(xmlGetExternalEntityLoader()) {
        xmlSetStructuredErrorFunc(sink, collect);
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
    }
    ~ScopedErrors() {
        xmlSetStructuredErrorFunc(context_, handler_);
        xmlSetExternalEntityLoader(loader_);
    }
    ScopedErrors(const ScopedErrors&) = delete;
    ScopedErrors& operator=(const ScopedErrors&) = delete;

  private:
    xmlStructuredErrorFunc handler_;
    void* context_;
    xmlExternalEntityLoader loader_;
};

std::string joined(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += "\n  " + format_problem(p);
    return out;
}

}  // namespace

SchemaPaths schemas_in(const fs::path& dir) {
    SchemaPaths out;
    if (is_file(dir / kNewsmlDriverXsd)) out.newsml_xsd = dir / kNewsmlDriverXsd;
    if (is_file(dir / kJatsDtd)) out.jats_dtd = dir / kJatsDtd;
    return out;
}

SchemaPaths find_schemas(const std::string& option) {
    if (!option.empty()) {
        const SchemaPaths s = schemas_in(option);
        if (!any(s)) {
            throw Error("--schemas " + option + ": neither " + kNewsmlDriverXsd + " nor " +
                        kJatsDtd + " is there.\n" + kWhereToGet);
        }
        return s;
    }
    if (const char* env = std::getenv("BANMIAN_SCHEMAS"); env != nullptr && *env != '\0') {
        const SchemaPaths s = schemas_in(env);
        if (!any(s)) {
            throw Error(std::string("BANMIAN_SCHEMAS=") + env + ": neither " + kNewsmlDriverXsd +
                        " nor " + kJatsDtd + " is there.\n" + kWhereToGet);
        }
        return s;
    }
    if (SchemaPaths s = from_catalog(); any(s)) return s;
    if (SchemaPaths s = schemas_in("../shared/schemas"); any(s)) return s;
#ifdef BANMIAN_BUILD_SCHEMAS
    // Last, the schemas the build was configured with (BANMIAN_SHARED_DIR/schemas), so
    // build/banmian finds them from any working directory, as it finds styles/.
    if (SchemaPaths s = schemas_in(BANMIAN_BUILD_SCHEMAS); any(s)) return s;
#endif
    throw Error(std::string("no schemas found.\n") + kWhereToGet);
}

std::string format_problem(const Problem& p) {
    return p.file + ":" + (p.line > 0 ? std::to_string(p.line) + ":" : std::string()) + " " +
           p.message;
}

struct Validator::Impl {
    SchemaPaths paths;
    xmlSchemaPtr newsml = nullptr;
    xmlDtdPtr jats = nullptr;

    ~Impl() {
        if (newsml != nullptr) xmlSchemaFree(newsml);
        if (jats != nullptr) xmlFreeDtd(jats);
    }

    [[noreturn]] static void missing(const char* what) {
        throw Error(std::string("no ") + what + " schema found.\n" + kWhereToGet);
    }

    // The NewsML-G2 + NITF schema, compiled on first use and kept for the run.
    xmlSchemaPtr newsml_schema() {
        if (newsml != nullptr) return newsml;
        const fs::path path = paths.newsml_xsd;
        if (path.empty() || !is_file(path)) missing("NewsML-G2 + NITF");
        std::vector<Problem> problems;
        Sink sink{&problems, path.string()};
        ScopedErrors scope(&sink);
        xmlSchemaParserCtxtPtr ctxt = xmlSchemaNewParserCtxt(path.string().c_str());
        if (ctxt != nullptr) {
            newsml = xmlSchemaParse(ctxt);
            xmlSchemaFreeParserCtxt(ctxt);
        }
        if (newsml == nullptr) {
            throw Error("cannot compile the schema " + path.string() + joined(problems));
        }
        return newsml;
    }

    // The JATS DTD, parsed on first use and kept for the run.
    xmlDtdPtr jats_dtd() {
        if (jats != nullptr) return jats;
        const fs::path path = paths.jats_dtd;
        if (path.empty() || !is_file(path)) missing("JATS 1.4 Archiving DTD");
        std::vector<Problem> problems;
        Sink sink{&problems, path.string()};
        ScopedErrors scope(&sink);
        jats = xmlParseDTD(nullptr, reinterpret_cast<const xmlChar*>(path.string().c_str()));
        if (jats == nullptr) throw Error("cannot read the DTD " + path.string() + joined(problems));
        return jats;
    }
};

Validator::Validator(SchemaPaths schemas) : impl_(std::make_unique<Impl>()) {
    impl_->paths = std::move(schemas);
}

Validator::~Validator() = default;

Validation Validator::validate(std::string_view bytes, const std::string& file_name) {
    Validation result;
    result.file = file_name;
    readers::XmlDocPtr doc;
    try {
        doc = readers::parse_xml_safely(bytes, file_name);
    } catch (const Error& e) {
        result.schema = "XML";
        result.problems.push_back({file_name, e.where().line.value_or(0), e.message()});
        return result;
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    const bool newsml = readers::is_element(root, "newsMessage", kNar) ||
                        readers::is_element(root, "newsItem", kNar) ||
                        readers::is_element(root, "packageItem", kNar) ||
                        readers::is_element(root, "nitf", kNitf);
    const bool jats = readers::is_element(root, "article", nullptr);
    if (!newsml && !jats) {
        result.problems.push_back(
            {file_name, readers::line_of(root),
             "root element <" + std::string(reinterpret_cast<const char*>(root->name)) +
                 "> is neither NewsML-G2 (newsMessage, newsItem, packageItem), NITF nor a JATS "
                 "article"});
        return result;
    }
    // Compile (or fetch) the schema before installing the document's error sink.
    xmlSchemaPtr schema = newsml ? impl_->newsml_schema() : nullptr;
    xmlDtdPtr dtd = jats ? impl_->jats_dtd() : nullptr;
    Sink sink{&result.problems, file_name};
    ScopedErrors scope(&sink);
    if (newsml) {
        result.schema =
            "NewsML-G2 2.35 + NITF 3.6 (" + impl_->paths.newsml_xsd.filename().string() + ")";
        xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(schema);
        if (ctxt == nullptr) throw std::bad_alloc();
        xmlSchemaSetValidStructuredErrors(ctxt, collect, &sink);
        const int rc = xmlSchemaValidateDoc(ctxt, doc.get());
        xmlSchemaFreeValidCtxt(ctxt);
        if (rc != 0 && result.problems.empty()) {
            result.problems.push_back({file_name, 0, "does not validate against the schema"});
        }
    } else {
        result.schema =
            "JATS 1.4 Archiving DTD (" + impl_->paths.jats_dtd.filename().string() + ")";
        xmlValidCtxtPtr ctxt = xmlNewValidCtxt();
        if (ctxt == nullptr) throw std::bad_alloc();
        // Messages arrive through the structured handler; silence the generic ones.
        ctxt->error = nullptr;
        ctxt->warning = nullptr;
        const int ok = xmlValidateDtd(ctxt, doc.get(), dtd);
        xmlFreeValidCtxt(ctxt);
        if (ok != 1 && result.problems.empty()) {
            result.problems.push_back({file_name, 0, "does not validate against the DTD"});
        }
    }
    return result;
}

Validation Validator::validate_file(const fs::path& path) {
    return validate(read_file_bytes(path), path == "-" ? std::string("<stdin>") : path.string());
}

}  // namespace banmian::pipeline

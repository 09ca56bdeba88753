#include "xml_support.hpp"

#include <libxml/xmlstring.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "assemble/detect.hpp"
#include "core/atomic_file.hpp"
#include "pipeline/convert.hpp"
#include "readers/json_reader.hpp"

namespace banmian::xmltest {
namespace fs = std::filesystem;

fs::path shared_dir() { return BANMIAN_SHARED_DIR; }
fs::path schemas_dir() { return shared_dir() / "schemas"; }

namespace {

// Publication of a dev page, from its file name (the corpus holds 人民日报 and 湖南日报 pages).
std::string publication_of(const std::string& name) {
    return name.rfind("rmrb-", 0) == 0 ? "人民日报" : "湖南日报";
}

std::map<std::string, std::pair<std::string, std::string>> manifest_dates() {
    std::map<std::string, std::pair<std::string, std::string>> out;
    std::ifstream in(shared_dir() / "corpus/dev/manifest.json");
    const auto doc = nlohmann::json::parse(in);
    for (const auto& p : doc.at("pages")) {
        out[p.at("name").get<std::string>()] = {p.value("date", ""), p.value("page", "")};
    }
    return out;
}

std::vector<fs::path> sorted_files(const fs::path& dir, const std::string& suffix) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string n = e.path().filename().string();
        if (n.size() > suffix.size() &&
            n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0) {
            files.push_back(e.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool valid_utf8(const std::string& s) { return xmlCheckUTF8(BAD_CAST s.c_str()) != 0; }

bool valid_utf8(const model::Page& page) {
    for (const auto& a : page.articles) {
        if (!valid_utf8(a.headline)) return false;
        for (const auto& b : a.blocks) {
            if (const auto* p = std::get_if<model::Paragraph>(&b); p && !valid_utf8(p->text)) {
                return false;
            }
        }
    }
    return true;
}

// The examples of the detection spec (tests/spec/spec.md, cmark style: a fence of 32
// backticks + " example", the page text, a line ".", the expected rendering, the fence).
// Each input goes through the current detector. BANMIAN_SPEC_MD overrides the path; a missing
// file gives no cases (the spec lands with the detector's branch).
std::vector<Case> build_spec_cases() {
    std::vector<Case> cases;
    const char* env = std::getenv("BANMIAN_SPEC_MD");
    const fs::path path = env != nullptr && *env != '\0' ? fs::path(env) : fs::path(BANMIAN_SPEC_MD);
    std::ifstream in(path);
    if (!in) return cases;
    const std::string fence(32, '`');
    std::string line, input;
    enum { Outside, Input, Expected } state = Outside;
    int number = 0;
    while (std::getline(in, line)) {
        if (state == Outside && line == fence + " example") {
            state = Input;
            input.clear();
        } else if (state == Input) {
            if (line == ".") {
                state = Expected;
            } else {
                input += line + "\n";
            }
        } else if (state == Expected && line == fence) {
            state = Outside;
            ++number;
            char name[32];
            std::snprintf(name, sizeof name, "spec_%03d", number);
            Case c{name, assemble::detect_structure(input, std::string(name) + ".txt"), ""};
            c.page.meta.source = std::string(name) + ".txt";
            cases.push_back(std::move(c));
        }
    }
    return cases;
}

std::vector<Case> build_text_cases() {
    const auto dates = manifest_dates();
    std::vector<Case> cases;
    for (const auto& path : sorted_files(shared_dir() / "corpus/dev", ".txt")) {
        const std::string name = path.filename().string();
        pipeline::MetaOverrides meta;
        meta.publication = publication_of(name);
        if (const auto it = dates.find(name); it != dates.end()) {
            meta.date = it->second.first;
            meta.page = it->second.second;
        }
        meta.language = name.find("-tw") != std::string::npos ? "zh-TW" : "zh-CN";
        Case c{"txt_" + path.stem().string(),
               pipeline::read_page(path, "", decode::DecodeOptions{}, meta), ""};
        if (!valid_utf8(c.page)) {
            c.skip = name + ": the decoder left bytes that are not UTF-8 (" +
                     (dates.count(name) ? "see manifest.json encoding" : "unknown encoding") +
                     "); runs once decode handles this encoding";
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

}  // namespace

std::vector<Case> text_cases() {
    std::vector<Case> out;
    for (const auto& c : all_cases()) {
        if (c.name.rfind("txt_", 0) == 0) out.push_back(c);
    }
    return out;
}

const std::vector<Case>& all_cases() {
    static const std::vector<Case> cases = [] {
        std::vector<Case> all = build_text_cases();
        for (auto& c : build_spec_cases()) all.push_back(std::move(c));
        for (const auto& path : sorted_files(shared_dir() / "corpus/dev", ".gold.json")) {
            Case c{
                "gold_" + path.filename().string().substr(0, path.filename().string().size() - 10),
                readers::read_structure_json(read_file_bytes(path), path.string()), ""};
            c.page.meta.publication = publication_of(path.filename().string());
            all.push_back(std::move(c));
        }
        for (const auto& path : sorted_files(BANMIAN_XML_TEST_DATA, ".json")) {
            Case c{"hand_" + path.stem().string(),
                   readers::read_structure_json(read_file_bytes(path), path.string()), ""};
            // The same page without any page metadata: ids from the source name, no dates.
            all.push_back({"bare_" + path.stem().string(), c.page, ""});
            c.page.meta.publication = "示例日报";
            c.page.meta.date = "2025-11-26";
            c.page.meta.page = "A3";
            c.page.meta.language = "zh-CN";
            all.push_back(std::move(c));
        }
        for (auto& c : all) {
            for (char& ch : c.name) {
                if (ch == '-' || ch == '.') ch = '_';
            }
        }
        return all;
    }();
    return cases;
}

writers::WriterOptions test_options() {
    writers::WriterOptions o;
    o.timestamp = 1700000000;  // 2023-11-14T22:13:20Z
    return o;
}

pipeline::Validator& validator() {
    static pipeline::Validator v(pipeline::schemas_in(schemas_dir()));
    return v;
}

fs::path temp_file(const std::string& name, const std::string& bytes) {
    const fs::path dir =
        fs::temp_directory_path() / ("banmian-xml-tests-" + std::to_string(::getpid()));
    const fs::path path = dir / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

int run(const std::string& command, std::string* output) {
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) return -1;
    std::string out;
    char buf[4096];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    const int status = ::pclose(pipe);
    if (output != nullptr) *output = out;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

namespace {
std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }
}  // namespace

bool xmllint_newsml_valid(const fs::path& file) {
    return run("xmllint --noout --nonet --schema " +
               quoted(schemas_dir() / pipeline::kNewsmlDriverXsd) + " " + quoted(file)) == 0;
}

bool xmllint_jats_valid(const fs::path& file) {
    return run("XML_CATALOG_FILES=" + quoted(schemas_dir() / "jats/archiving-1.4-dtd/catalog.xml") +
               " xmllint --noout --nonet --dtdvalid " + quoted(schemas_dir() / pipeline::kJatsDtd) +
               " " + quoted(file)) == 0;
}

model::Page without_spans(model::Page page) {
    for (auto& a : page.articles) {
        a.span = {};
        for (auto& b : a.bylines) b.span = {};
        for (auto& block : a.blocks) std::visit([](auto& x) { x.span = {}; }, block);
    }
    for (auto& item : page.page_items) item.span = {};
    return page;
}

}  // namespace banmian::xmltest

// Shared fixtures for the XML tests: the dev corpus, hand-built pages, validators.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/page.hpp"
#include "pipeline/validate.hpp"
#include "writers/options.hpp"

namespace banmian::xmltest {

// A page to test with and a name for messages and test ids.
struct Case {
    std::string name;
    model::Page page;
    // Why the case cannot run yet, e.g. the placeholder decoder passed GB18030 bytes through
    // undecoded; empty when it runs. Tests GTEST_SKIP with this text.
    std::string skip;
};

std::filesystem::path shared_dir();
std::filesystem::path schemas_dir();

// Every dev page (txt converted through the current detector, metadata from manifest.json),
// every example of the detection spec (tests/spec/spec.md) through the current detector,
// every gold.json of the dev corpus, and the hand-built pages in tests/xml/data.
const std::vector<Case>& all_cases();
// Only the dev pages converted from text.
std::vector<Case> text_cases();

// Fixed writer options (timestamp set) so outputs are reproducible in tests.
writers::WriterOptions test_options();

// One validator (schemas compiled once) for the whole test run.
pipeline::Validator& validator();

// Writes bytes to a fresh file under the test temp folder and returns its path.
std::filesystem::path temp_file(const std::string& name, const std::string& bytes);

// Runs a shell command; returns its exit status and fills output with stdout+stderr.
int run(const std::string& command, std::string* output = nullptr);

// xmllint's verdict on a file (true: exit 0), with the README's exact commands.
bool xmllint_newsml_valid(const std::filesystem::path& file);
bool xmllint_jats_valid(const std::filesystem::path& file);

// The page with every source span cleared (XML keeps no line numbers).
model::Page without_spans(model::Page page);

}  // namespace banmian::xmltest

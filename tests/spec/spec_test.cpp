// Runs every example of spec.md through the detector (one test per example).
// BANMIAN_SPEC_PRINT=1 prints the actual rendering of failing examples in spec format.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "assemble/detect.hpp"
#include "spec_runner.hpp"

namespace banmian::spectest {
namespace {

const std::vector<Example>& examples() {
    static const std::vector<Example> all = read_examples(BANMIAN_SPEC_FILE);
    return all;
}

class SpecExample : public ::testing::TestWithParam<Example> {};

TEST_P(SpecExample, DetectsTheExpectedStructure) {
    const Example& ex = GetParam();
    const model::Page page = assemble::detect_structure(ex.input, "spec.txt");
    const std::string actual = render(page);
    EXPECT_EQ(actual, ex.expected) << "spec.md:" << ex.line << " (" << ex.section << ")\n"
                                   << "input:\n"
                                   << ex.input;
    if (actual != ex.expected && std::getenv("BANMIAN_SPEC_PRINT") != nullptr) {
        std::cout << "---- spec.md:" << ex.line << "\n" << actual;
    }
}

TEST(SpecFile, HasAtLeastEightyExamples) { EXPECT_GE(examples().size(), 80u); }

INSTANTIATE_TEST_SUITE_P(Spec, SpecExample, ::testing::ValuesIn(examples()),
                         [](const ::testing::TestParamInfo<Example>& param) {
                             return "example_" + std::to_string(param.param.number) + "_line_" +
                                    std::to_string(param.param.line);
                         });

}  // namespace
}  // namespace banmian::spectest

// Evidence is recorded by default (analyze --explain) and not at all while turned off (convert).
#include <gtest/gtest.h>

#include "assemble/detect.hpp"
#include "classify/label.hpp"

namespace banmian::classify {
namespace {

TEST(EvidenceList, RecordsInOrderByDefault) {
    ASSERT_TRUE(evidence_recording());
    EvidenceList e;
    e.push_back("second");
    e.insert(e.begin(), Evidence{"first", "detail"});
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].what, "first");
    EXPECT_EQ(e[0].detail, "detail");
    EXPECT_EQ(e[1].what, "second");
    EvidenceList copy = e;
    EXPECT_EQ(copy.size(), 2u);
}

TEST(EvidenceList, RecordsNothingWhileOffAndRestoresTheSetting) {
    EvidenceList e;
    {
        const EvidenceRecording off(false);
        EXPECT_FALSE(evidence_recording());
        e.push_back("dropped");
        e.insert(e.begin(), "dropped too");
    }
    EXPECT_TRUE(evidence_recording());
    EXPECT_TRUE(e.empty());
    EXPECT_EQ(e.begin(), e.end());
}

TEST(EvidenceList, AnalyzeStillExplainsEveryDecision) {
    const std::string page =
        "新华社北京11月13日电\n\n坚持改革开放\n\n　　这是一段正文，讲述了会议的内容。\n";
    const assemble::Analysis a = assemble::analyze_structure(page, "t.txt");
    ASSERT_FALSE(a.decisions.empty());
    for (const auto& d : a.decisions) EXPECT_FALSE(d.evidence.empty()) << d.text;
}

}  // namespace
}  // namespace banmian::classify

// OptionalText and LeanVector behave like the std types they replace in classify::Decision.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "classify/label.hpp"
#include "classify/lean_containers.hpp"

namespace banmian::classify {
namespace {

TEST(OptionalText, EmptyUntilAssignedAndConvertsToStdOptional) {
    OptionalText t;
    EXPECT_FALSE(t);
    EXPECT_TRUE(t == std::nullopt);
    EXPECT_EQ(std::optional<std::string>(t), std::nullopt);
    t = std::string("新华社北京11月13日电");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(*t, "新华社北京11月13日电");
    EXPECT_EQ(t->size(), std::string("新华社北京11月13日电").size());
    const std::optional<std::string> copy = t;
    EXPECT_EQ(copy, std::optional<std::string>("新华社北京11月13日电"));
    t.reset();
    EXPECT_FALSE(t.has_value());
}

TEST(OptionalText, CopiesAreIndependent) {
    OptionalText a;
    a = std::string("张三摄");
    OptionalText b = a;
    *b += "影";
    EXPECT_EQ(*a, "张三摄");
    EXPECT_EQ(*b, "张三摄影");
    a = std::nullopt;
    EXPECT_FALSE(a);
    EXPECT_TRUE(b);
}

TEST(LeanVector, InsertsPushesAndClearsLikeAVector) {
    LeanVector<int> v;
    EXPECT_TRUE(v.empty());
    EXPECT_EQ(v.begin(), v.end());
    v.insert(v.begin(), 3);  // into an empty vector
    v.push_back(4);
    v.insert(v.begin(), 2);
    const std::vector<int> front = {0, 1};
    v.insert(v.begin(), front.begin(), front.end());
    EXPECT_EQ(std::vector<int>(v.begin(), v.end()), (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(v.size(), 5u);
    EXPECT_EQ(v[2], 2);
    LeanVector<int> copy = v;
    v.clear();
    EXPECT_TRUE(v.empty());
    EXPECT_EQ(copy.size(), 5u);
    copy = std::vector<int>{7};
    EXPECT_EQ(copy.size(), 1u);
    EXPECT_EQ(copy[0], 7);
    copy = std::vector<int>{};
    EXPECT_TRUE(copy.empty());
}

TEST(LeanVector, RangeInsertIntoEmptyKeepsOrder) {
    LeanVector<std::string> v;
    const std::vector<std::string> names = {"甲", "乙", "丙"};
    v.insert(v.begin(), names.begin(), names.end());
    EXPECT_EQ(std::vector<std::string>(v.begin(), v.end()), names);
}

TEST(Decision, StaysSmall) {
    // The point of issue 3: one Decision per block must stay small. Five pointers replace two
    // std::optional<std::string> (40 bytes each) and three std::vector (24 bytes each).
    EXPECT_LE(sizeof(Decision), 160u);
}

}  // namespace
}  // namespace banmian::classify

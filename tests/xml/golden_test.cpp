// Golden files for the seed page: its gold structure (shared/corpus/dev, so the files do not
// move when the detector improves) written as NewsML-G2 and JATS. Regenerate with
// BANMIAN_UPDATE_GOLDEN=1 and review the diff with git.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "core/atomic_file.hpp"
#include "readers/json_reader.hpp"
#include "writers/jats_writer.hpp"
#include "writers/newsml_writer.hpp"
#include "xml_support.hpp"

namespace banmian::xmltest {
namespace {

namespace fs = std::filesystem;

model::Page seed_page() {
    const fs::path gold = shared_dir() / "corpus/dev/hunan-daily-page.gold.json";
    model::Page page = readers::read_structure_json(read_file_bytes(gold), gold.string());
    page.meta.publication = "湖南日报";
    page.meta.language = "zh-CN";
    return page;
}

void check_golden(const std::string& name, const std::string& actual) {
    const fs::path path = fs::path(BANMIAN_GOLDEN_DIR) / name;
    const char* update = std::getenv("BANMIAN_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << actual;
        GTEST_SKIP() << "updated " << path;
    }
    ASSERT_TRUE(fs::exists(path)) << path << " missing; run with BANMIAN_UPDATE_GOLDEN=1";
    EXPECT_EQ(actual, read_file_bytes(path))
        << name << " differs from the golden file; if intended, regenerate with "
        << "BANMIAN_UPDATE_GOLDEN=1 ctest -L xml and review git diff tests/golden";
}

TEST(Golden, SeedPageNewsml) {
    check_golden("hunan-daily-page.newsml.xml", writers::write_newsml(seed_page(), test_options()));
}

TEST(Golden, SeedPageJats) {
    check_golden("hunan-daily-page.jats.xml", writers::write_jats(seed_page(), test_options()));
}

}  // namespace
}  // namespace banmian::xmltest

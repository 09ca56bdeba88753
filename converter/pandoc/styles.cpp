#include "pandoc/styles.hpp"

#include <cstdlib>
#include <system_error>

#include "core/error.hpp"

namespace banmian::pandoc {
namespace fs = std::filesystem;

fs::path bundled_style_dir() {
    std::error_code ec;
    if (const char* env = std::getenv("BANMIAN_STYLES"); env != nullptr && *env != '\0') {
        return fs::path(env);
    }
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share/banmian/styles";
        if (fs::is_directory(installed, ec)) return installed;
    }
#ifdef BANMIAN_SOURCE_STYLES
    if (fs::is_directory(BANMIAN_SOURCE_STYLES, ec)) return fs::path(BANMIAN_SOURCE_STYLES);
#endif
    return {};
}

fs::path style_file(const fs::path& user_dir, const std::string& relative) {
    std::error_code ec;
    if (!user_dir.empty()) {
        if (!fs::is_directory(user_dir, ec)) {
            throw Error({user_dir.string(), {}, {}}, "--style must name a folder of styles");
        }
        if (fs::is_regular_file(user_dir / relative, ec)) return user_dir / relative;
    }
    static const fs::path bundled = bundled_style_dir();
    if (!bundled.empty() && fs::is_regular_file(bundled / relative, ec)) {
        return bundled / relative;
    }
    throw Error("style file " + relative +
                " not found (bundled styles/ missing; set BANMIAN_STYLES or use --style DIR)");
}

}  // namespace banmian::pandoc

// libFuzzer target: any bytes through structure detection and the JSON writer must neither crash
// nor trip a sanitizer. Built with -DBANMIAN_FUZZ=ON and clang (tests/fuzz/CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "assemble/detect.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const banmian::model::Page page = banmian::assemble::detect_structure(text, "fuzz.txt");
    (void)page;
    return 0;
}

// libFuzzer target: any bytes through the NewsML-G2, JATS and structure JSON readers (the first
// byte picks the reader) give a page or a banmian::Error, never a crash or a sanitizer report.
// Built with -DBANMIAN_FUZZ=ON and clang (tests/readers_robust/CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "readers/jats_reader.hpp"
#include "readers/json_reader.hpp"
#include "readers/newsml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        switch (data[0] % 3) {
            case 0: (void)banmian::readers::read_newsml(bytes, "fuzz.newsml.xml"); break;
            case 1: (void)banmian::readers::read_jats(bytes, "fuzz.jats.xml"); break;
            default: (void)banmian::readers::read_structure_json(bytes, "fuzz.json"); break;
        }
    } catch (const banmian::Error&) {
        // Bad input, reported: the expected outcome for most inputs.
    }
    return 0;
}

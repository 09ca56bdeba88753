#include "decode/bom.hpp"

namespace banmian::decode {

std::optional<Bom> sniff_bom(std::string_view bytes) {
    // UTF-32LE's mark starts with UTF-16LE's, so the longer marks are tested first.
    struct Mark {
        std::string_view bytes;
        const char* icu_name;
        const char* display_name;
    };
    static constexpr Mark kMarks[] = {
        {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE", "UTF-32LE"},
        {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE", "UTF-32BE"},
        {std::string_view("\x84\x31\x95\x33", 4), "gb18030", "GB18030"},
        {std::string_view("\xEF\xBB\xBF", 3), "UTF-8", "UTF-8"},
        {std::string_view("\xFF\xFE", 2), "UTF-16LE", "UTF-16LE"},
        {std::string_view("\xFE\xFF", 2), "UTF-16BE", "UTF-16BE"},
    };
    for (const auto& mark : kMarks) {
        if (bytes.substr(0, mark.bytes.size()) == mark.bytes) {
            return Bom{{mark.icu_name, mark.display_name}, mark.bytes.size()};
        }
    }
    return std::nullopt;
}

}  // namespace banmian::decode

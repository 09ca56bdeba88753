#include "decode/encoding_names.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace banmian::decode {
namespace {

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

struct Label {
    std::string_view label;
    std::string_view icu_name;
    std::string_view display_name;
};

// Labels with a fixed meaning. The GB family follows the WHATWG Encoding Standard, which
// decodes gb2312/gbk/cp936 with the GB18030 decoder (a superset: files labelled GB2312 are in
// practice GBK). "utf-16" without a BOM means little-endian, as in WHATWG (decode.cpp strips
// a BOM and honours its byte order first).
constexpr std::array<Label, 22> kLabels{{
    {"utf-8", "UTF-8", "UTF-8"},
    {"utf8", "UTF-8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8", "UTF-8"},
    {"utf-16", "UTF-16LE", "UTF-16LE"},
    {"utf-16le", "UTF-16LE", "UTF-16LE"},
    {"utf-16be", "UTF-16BE", "UTF-16BE"},
    {"utf-32", "UTF-32LE", "UTF-32LE"},
    {"utf-32le", "UTF-32LE", "UTF-32LE"},
    {"utf-32be", "UTF-32BE", "UTF-32BE"},
    {"gb18030", "gb18030", "GB18030"},
    {"gbk", "gb18030", "GB18030"},
    {"gb2312", "gb18030", "GB18030"},
    {"cp936", "gb18030", "GB18030"},
    {"windows-936", "gb18030", "GB18030"},
    {"x-gbk", "gb18030", "GB18030"},
    {"euc-cn", "gb18030", "GB18030"},
    {"csgb2312", "gb18030", "GB18030"},
    {"chinese", "gb18030", "GB18030"},
    // Big5 with the ETEN and Microsoft extensions (ICU's ibm-1373). Unlike ICU's windows-950
    // it rejects the single bytes 0x80 and 0xFF, as the WHATWG Big5 decoder does, so binary
    // junk does not pass as Big5.
    {"big5", "ibm-1373_P100-2002", "Big5"},
    {"cp950", "ibm-1373_P100-2002", "Big5"},
    {"x-x-big5", "ibm-1373_P100-2002", "Big5"},
    {"csbig5", "ibm-1373_P100-2002", "Big5"},
}};

}  // namespace

std::optional<EncodingChoice> encoding_for_label(std::string_view label) {
    const std::string key = lower_ascii(label);
    if (key.empty()) return std::nullopt;
    for (const auto& entry : kLabels) {
        if (entry.label == key) {
            return EncodingChoice{std::string(entry.icu_name), std::string(entry.display_name)};
        }
    }
    // Any other ICU alias (shift_jis, iso-8859-1, ...): ICU's canonical name is what we report.
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(key.c_str(), &status);
    if (U_FAILURE(status) || converter == nullptr) return std::nullopt;
    std::string canonical = ucnv_getName(converter, &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) return std::nullopt;
    return EncodingChoice{canonical, canonical};
}

bool label_leaves_byte_order_open(std::string_view label) {
    const std::string key = lower_ascii(label);
    return key == "utf-16" || key == "utf-32";
}

EncodingChoice utf8_encoding() { return {"UTF-8", "UTF-8"}; }
EncodingChoice gb18030_encoding() { return {"gb18030", "GB18030"}; }
EncodingChoice big5_encoding() { return {"ibm-1373_P100-2002", "Big5"}; }

}  // namespace banmian::decode

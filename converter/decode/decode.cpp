#include "decode/decode.hpp"

#include "core/error.hpp"

namespace banmian::decode {

// PLACEHOLDER until the ICU decoder lands: accepts UTF-8 only, strips a BOM, normalises EOL.
DecodedText decode_text(std::string_view bytes, const DecodeOptions&, const std::string&) {
    DecodedText out;
    out.encoding = "UTF-8";
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
        out.had_bom = true;
    }
    out.text.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            out.text += '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        } else {
            out.text += bytes[i];
        }
    }
    out.newline = "LF";
    return out;
}

}  // namespace banmian::decode

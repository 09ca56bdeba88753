// Test helpers: text in other encodings (by ICU), the dev corpus pages, decoding with warnings.
#pragma once

#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "decode/decode.hpp"
#include "encode_with_icu.hpp"  // tests/decode: encode(text, icu_name, skip)

namespace banmian::decode::testing {

inline const std::string kCorpus = std::string(BANMIAN_SHARED_DIR) + "/corpus/dev/";

// ICU's converter names for the three encodings detection knows.
inline constexpr const char* kGb18030 = "gb18030";
inline constexpr const char* kBig5 = "ibm-1373_P100-2002";


// text (UTF-8) with ICU's transliterator id applied ("Hans-Hant": simplified -> traditional).
inline std::string transliterate(std::string_view text, const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) throw std::runtime_error(std::string("no transliterator ") + id);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    t->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

// The whole file at path.
inline std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The text of every dev corpus page in its manifest (decoded with its detected encoding),
// with its file name.
inline std::vector<std::pair<std::string, std::string>> corpus_texts() {
    const auto manifest = nlohmann::json::parse(read_all(kCorpus + "manifest.json"));
    std::vector<std::pair<std::string, std::string>> pages;
    for (const auto& page : manifest.at("pages")) {
        const std::string name = page.at("name");
        pages.emplace_back(name, decode_text(read_all(kCorpus + name), {}, name).text);
    }
    if (pages.size() < 9) throw std::runtime_error("the dev corpus manifest lists too few pages");
    return pages;
}

// bytes decoded with encoding ("" detects) and on_invalid; the warnings on_warning saw are
// appended to seen when it is given.
inline DecodedText decode_as(std::string_view bytes, const std::string& encoding,
                             OnInvalid on_invalid = OnInvalid::Fail,
                             std::vector<std::string>* seen = nullptr) {
    DecodeOptions options;
    options.encoding = encoding;
    options.on_invalid = on_invalid;
    if (seen != nullptr) {
        options.on_warning = [seen](const std::string& w) { seen->push_back(w); };
    }
    return decode_text(bytes, options, "page.txt");
}

}  // namespace banmian::decode::testing

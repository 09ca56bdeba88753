// libFuzzer harness: decode_text on arbitrary bytes either returns text or throws
// banmian::Error; it never crashes, and what it returns is valid UTF-8 without CR.
// Build: CXX=clang++ cmake -S . -B build-fuzz -DBANMIAN_FUZZ=ON && cmake --build build-fuzz
//        --target decode_fuzzer && build-fuzz/tests/decode/decode_fuzzer -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "decode/decode.hpp"

namespace {

// Aborts (a finding) unless text is well-formed UTF-8 without CR.
void check_output(const std::string& text) {
    if (text.find('\r') != std::string::npos) std::abort();
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t before = pos;
        // utf8::next turns an invalid byte into U+FFFD consuming one byte; a real U+FFFD
        // takes three.
        if (banmian::utf8::next(text, pos) == 0xFFFD && pos - before != 3) std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The first byte picks the options, so the fuzzer explores declared encodings too.
    static constexpr const char* kEncodings[] = {"",        "utf-8", "utf-16le", "utf-16",
                                                 "gb18030", "big5",  ""};
    banmian::decode::DecodeOptions options;
    if (!bytes.empty()) {
        const auto selector = static_cast<unsigned char>(bytes.front());
        options.encoding = kEncodings[selector % 7];
        options.on_invalid = (selector & 0x80) ? banmian::decode::OnInvalid::Replace
                                               : banmian::decode::OnInvalid::Fail;
    }
    try {
        const auto decoded =
            banmian::decode::decode_text(bytes.substr(bytes.empty() ? 0 : 1), options, "fuzz.txt");
        check_output(decoded.text);
    } catch (const banmian::Error&) {
        // A clear refusal is a correct answer for bad input.
    }
    return 0;
}

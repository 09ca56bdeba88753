#include "writers/json_stream.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

namespace banmian::writers {
namespace {

// Length of the well-formed UTF-8 sequence starting with lead byte p[0] (Unicode table 3-7),
// or 0 if it is not one; left is the number of bytes available from p.
std::size_t utf8_sequence_length(const unsigned char* p, std::size_t left) {
    const unsigned char b = p[0];
    auto tail = [&](std::size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF) return tail(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (!tail(1) || !tail(2)) return 0;
        if (b == 0xE0 && p[1] < 0xA0) return 0;   // overlong
        if (b == 0xED && p[1] >= 0xA0) return 0;  // surrogate
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (!tail(1) || !tail(2) || !tail(3)) return 0;
        if (b == 0xF0 && p[1] < 0x90) return 0;   // overlong
        if (b == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}

// The escape nlohmann writes for an ASCII byte, or nullptr if the byte stands for itself.
// Control characters without a short form become \u00XX with lower-case hex, as in nlohmann.
const char* ascii_escape(unsigned char c) {
    static constexpr const char* kControls[0x20] = {
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",     "\\u000e", "\\u000f",
        "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f"};
    if (c < 0x20) return kControls[c];
    if (c == '"') return "\\\"";
    if (c == '\\') return "\\\\";
    return nullptr;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    const std::size_t start = out.size();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    out += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c >= 0x80) {
            const std::size_t length = utf8_sequence_length(p + i, n - i);
            if (length == 0) {
                // Let nlohmann itself throw (or write) exactly what it would for this string.
                out.resize(start);
                out += nlohmann::json(std::string(text))
                           .dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
                return;
            }
            i += length;
            continue;
        }
        if (const char* escape = ascii_escape(c)) {
            out.append(text.data() + run, i - run);
            out += escape;
            run = i + 1;
        }
        ++i;
    }
    out.append(text.data() + run, n - run);
    out += '"';
}

void JsonStream::new_line() {
    out_ += '\n';
    out_.append(2 * in_array_.size(), ' ');
}

void JsonStream::before_value() {
    if (in_array_.empty() || !in_array_.back()) return;  // top level, or after key()
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    new_line();
}

void JsonStream::begin_object() {
    before_value();
    out_ += '{';
    in_array_.push_back(false);
    empty_.push_back(true);
}

void JsonStream::begin_array() {
    before_value();
    out_ += '[';
    in_array_.push_back(true);
    empty_.push_back(true);
}

void JsonStream::end_object() {
    const bool was_empty = empty_.back();
    in_array_.pop_back();
    empty_.pop_back();
    if (!was_empty) new_line();
    out_ += '}';
}

void JsonStream::end_array() {
    const bool was_empty = empty_.back();
    in_array_.pop_back();
    empty_.pop_back();
    if (!was_empty) new_line();
    out_ += ']';
}

void JsonStream::key(std::string_view name) {
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    new_line();
    out_ += '"';
    out_ += name;
    out_ += "\": ";
}

void JsonStream::string(std::string_view text) {
    before_value();
    append_json_string(out_, text);
}

void JsonStream::null() {
    before_value();
    out_ += "null";
}

void JsonStream::integer(long long value) {
    before_value();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out_.append(digits, result.ptr);
}

}  // namespace banmian::writers

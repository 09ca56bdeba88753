#include "core/error.hpp"

namespace banmian {

std::string format_diagnostic(const Location& where, const std::string& message) {
    std::string out;
    if (!where.file.empty()) {
        out += where.file;
        if (where.line) out += ":" + std::to_string(*where.line);
        if (where.byte_offset) out += ": byte " + std::to_string(*where.byte_offset);
        out += ": ";
    }
    return out + message;
}

Error::Error(Location where, const std::string& message)
    : std::runtime_error(format_diagnostic(where, message)),
      where_(std::move(where)),
      message_(message) {}

Error::Error(const std::string& message) : std::runtime_error(message), message_(message) {}

}  // namespace banmian

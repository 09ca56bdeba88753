// Errors that reach the user: each names the file, where in it, and what is wrong.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace banmian {

// Where in an input a problem was found: a line (1-based) or a byte offset, or neither.
struct Location {
    std::string file;
    std::optional<std::size_t> line;
    std::optional<std::size_t> byte_offset;
};

// A failure the user can act on; what() is the full "file:line: message" text.
class Error : public std::runtime_error {
  public:
    Error(Location where, const std::string& message);
    // An error with no position in a file (a missing tool, a bad option).
    explicit Error(const std::string& message);

    const Location& where() const { return where_; }
    const std::string& message() const { return message_; }

  private:
    Location where_;
    std::string message_;
};

// Formats a location and message the way compilers do: "file:12: message".
std::string format_diagnostic(const Location& where, const std::string& message);

}  // namespace banmian

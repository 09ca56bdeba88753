// A small streaming JSON writer whose bytes equal nlohmann::json::dump(2, ' ', false, strict):
// two-space indent, "key": value, UTF-8 left unescaped, empty containers as {} and [].
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace banmian::writers {

class JsonStream {
  public:
    // Appends to out, which must outlive the stream.
    explicit JsonStream(std::string& out) : out_(out) {}

    // Opens an object or array (as a value: after key(), as an element, or at the top).
    void begin_object();
    void begin_array();
    // Closes the innermost object or array.
    void end_object();
    void end_array();
    // Starts a member of the current object; key must need no escaping (our keys are ASCII).
    void key(std::string_view name);
    // Scalar values.
    void string(std::string_view text);
    void null();
    void integer(long long value);

  private:
    // Before a value: inside an array, the separator and indent of a new element.
    void before_value();
    // "\n" and the indent of the current depth.
    void new_line();

    std::string& out_;
    std::vector<bool> in_array_;  // per open container: array (true) or object (false)
    std::vector<bool> empty_;     // per open container: nothing written in it yet
};

// Appends text as a JSON string literal exactly as nlohmann's dump (ensure_ascii off, strict
// error handler) writes it; invalid UTF-8 throws nlohmann's type_error 316 as dump would.
void append_json_string(std::string& out, std::string_view text);

}  // namespace banmian::writers

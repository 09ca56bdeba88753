// Outputs appear whole or not at all: write to a temporary file beside the target, then rename.
#pragma once

#include <filesystem>
#include <string_view>

namespace banmian {

// A temporary file in the target's directory that becomes the target only on commit().
// If destroyed without commit() the temporary is removed and the target is untouched.
class AtomicOutput {
  public:
    explicit AtomicOutput(std::filesystem::path target);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    // The temporary path to write to (by this process or by a child process).
    const std::filesystem::path& temp_path() const { return temp_; }
    const std::filesystem::path& target() const { return target_; }
    // Renames the temporary onto the target; throws banmian::Error on failure.
    void commit();

  private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    bool committed_ = false;
};

// Writes bytes to path atomically; "-" writes to standard output.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

// Reads a whole file (or standard input for "-") as bytes; throws banmian::Error naming the file.
std::string read_file_bytes(const std::filesystem::path& path);

}  // namespace banmian

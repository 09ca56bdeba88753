#include "pandoc/process_runner.hpp"

#include "core/error.hpp"

namespace banmian::pandoc {

std::filesystem::path require_program(ProcessRunner& runner, const std::string& name,
                                      const std::string& debian_package) {
    if (auto path = runner.find_program(name)) return *path;
    throw Error(name + " not found in PATH; install it with: apt-get install " + debian_package +
                " (Debian package " + debian_package + ")");
}

std::string describe_failure(const std::string& what, const ProcessResult& result) {
    std::string head = result.timed_out
                           ? what + " timed out and was stopped"
                           : what + " failed (exit " + std::to_string(result.exit_code) + ")";
    // Keep the end of stderr: that is where both pandoc and TeX put the actual error.
    std::string tail = result.err;
    constexpr std::size_t kMax = 4000;
    if (tail.size() > kMax) tail = "...\n" + tail.substr(tail.size() - kMax);
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == ' ')) tail.pop_back();
    return tail.empty() ? head : head + ":\n" + tail;
}

}  // namespace banmian::pandoc

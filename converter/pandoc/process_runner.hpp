// Running external programs (pandoc, xelatex): an interface so tests and callers never
// depend on how processes are started. Programs get an argv, never a shell command line.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace banmian::pandoc {

struct ProcessRequest {
    std::filesystem::path program;  // absolute path (see ProcessRunner::find_program)
    std::vector<std::string> args;  // argv[1..], passed as is: no shell, no globbing
    std::string input;              // written to the child's standard input, then closed
    std::filesystem::path cwd;      // working directory; empty: the current one
    std::vector<std::pair<std::string, std::string>> env;  // added to / replacing the environment
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
};

struct ProcessResult {
    int exit_code = -1;
    bool timed_out = false;  // killed (with its process group) after the timeout
    std::string out;         // everything the child wrote to standard output
    std::string err;         // everything the child wrote to standard error
    bool ok() const { return !timed_out && exit_code == 0; }
};

class ProcessRunner {
  public:
    virtual ~ProcessRunner() = default;
    // The program's absolute path looked up in PATH, or nullopt.
    virtual std::optional<std::filesystem::path> find_program(const std::string& name) = 0;
    // Runs a program to completion (or timeout). Throws banmian::Error if it cannot start.
    virtual ProcessResult run(const ProcessRequest& request) = 0;
};

// The program's path, or a banmian::Error naming the Debian package that provides it.
std::filesystem::path require_program(ProcessRunner& runner, const std::string& name,
                                      const std::string& debian_package);

// "pandoc failed (exit 64):\n<stderr>" for an error message; stderr trimmed to its last lines.
std::string describe_failure(const std::string& what, const ProcessResult& result);

}  // namespace banmian::pandoc

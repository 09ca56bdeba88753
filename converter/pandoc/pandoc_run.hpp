// Running Pandoc (and other tools) the way every writer does: errors with stderr, warnings
// passed on, several processes at once but never more than asked.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pandoc/process_runner.hpp"

namespace banmian::pandoc {

// Runs the request; throws banmian::Error("<what> failed (exit N):\n<stderr>") on failure.
// On success, lines of stderr (Pandoc's [WARNING]s) are repeated on our stderr.
ProcessResult run_checked(ProcessRunner& runner, const ProcessRequest& request,
                          const std::string& what);

// Runs all requests with at most `jobs` at a time (0: one per core) and returns their
// results in order; throws the first failure after all have finished.
std::vector<ProcessResult> run_all_checked(ProcessRunner& runner,
                                           const std::vector<ProcessRequest>& requests, int jobs,
                                           const std::string& what);

// SOURCE_DATE_EPOCH for a child process, or nothing without a timestamp.
std::vector<std::pair<std::string, std::string>> date_env(std::optional<long long> timestamp);

}  // namespace banmian::pandoc

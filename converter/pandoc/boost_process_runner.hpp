// ProcessRunner on Boost.Process: argv only, stdin/stdout/stderr through pipes, a timeout that
// kills the whole process group (xelatex starts xdvipdfmx).
#pragma once

#include "pandoc/process_runner.hpp"

namespace banmian::pandoc {

class BoostProcessRunner : public ProcessRunner {
  public:
    BoostProcessRunner();
    std::optional<std::filesystem::path> find_program(const std::string& name) override;
    ProcessResult run(const ProcessRequest& request) override;
};

}  // namespace banmian::pandoc

// The subcommands: their options (CLI11) and what each runs.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "pipeline/convert.hpp"

namespace banmian::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // a conversion or validation failed (bad input, tool)
inline constexpr int kExitUsage = 2;   // the command line itself is wrong

// Options of every subcommand, filled by CLI11 during parsing.
struct Commands {
    CLI::App* convert = nullptr;
    CLI::App* analyze = nullptr;
    CLI::App* validate = nullptr;
    CLI::App* formats = nullptr;

    pipeline::ConvertRequest request;
    std::vector<std::string> inputs;
    std::string output;
    std::string encoding_errors = "fail";
    bool explain = false;
    std::string color = "auto";
    std::vector<std::string> validate_files;
    std::string schemas_dir;
};

// The "Exit status" paragraph shown under every --help.
std::string exit_code_help();

// Declares the subcommands and their options on app.
void register_commands(CLI::App& app, Commands& commands);

// Runs the subcommand that was parsed; returns the exit status. Throws banmian::Error.
int run_selected(Commands& commands);

}  // namespace banmian::cli

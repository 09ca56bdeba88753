// banmian analyze: a readable outline of how each source line was classified.
#pragma once

#include <ostream>
#include <string>

#include "decode/decode.hpp"

namespace banmian::cli {

// Prints the outline of input to out; colour per the --color choice. Returns the exit status.
int run_analyze(const std::string& input, const decode::DecodeOptions& decode, bool explain,
                const std::string& color, std::ostream& out);

}  // namespace banmian::cli

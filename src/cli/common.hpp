#pragma once
// What every subcommand shares: where models/ is, how errors are printed.

#include "core/result.hpp"

#include <filesystem>
#include <string>

namespace presencia::cli {

// --models, else $PRESENCIA_MODELS, else next to the installed binary, else
// the source tree it was built from.
std::filesystem::path find_models(const std::string& flag);

// "file: detail" for a one-line message.
std::string describe(const core::Error& e);

// Prints "presencia: MESSAGE" on stderr and returns the bad-input status.
int fail_input(const std::string& message);

} // namespace presencia::cli

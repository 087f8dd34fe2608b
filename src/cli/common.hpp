#pragma once
// What every subcommand shares: where models/ is, how errors are printed.

#include <filesystem>
#include <optional>
#include <string>

namespace presencia::cli {

// --models, else $PRESENCIA_MODELS, else next to the installed binary, else
// the source tree it was built from.
std::filesystem::path find_models(const std::string& flag);

// Every command starts from a folder named on its command line: nullopt when
// it is one, else the bad-input status after a one-line error naming it.
std::optional<int> require_folder(const std::string& dir);

// --json and --html never name a file inside the case folder (an audit
// never writes into what it reads): nullopt, else the bad-input status after
// a one-line error. Empty paths are not asked for.
std::optional<int> require_reports_outside(const std::string& case_dir, const std::string& json,
                                           const std::string& html);

// Prints "presencia: MESSAGE" on stderr and returns the bad-input status.
int fail_input(const std::string& message);

} // namespace presencia::cli

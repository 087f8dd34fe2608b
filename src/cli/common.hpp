#pragma once
// What every subcommand shares: where models/ is, how errors are printed.

#include "core/case_info.hpp"
#include "core/profile.hpp"
#include "core/result.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace presencia::cli {

// --models, else $PRESENCIA_MODELS, else next to the installed binary, else
// the source tree it was built from.
std::filesystem::path find_models(const std::string& flag);

// "file: detail" for a one-line message.
std::string describe(const core::Error& e);

// A submission date no application can have: its window would start before
// 2000-01-01 or it lies after 2099 (a mistyped year), or it is not after the
// profile's cut-off (RD 316/2026 applications come after 2025-12-31, so
// "2025-06-15" is a typo for 2026). Fails with bad_case naming the field.
[[nodiscard]] core::Status check_submission_date(const core::CaseInfo& info,
                                                 const core::Profile& profile);

// Every command starts from a folder named on its command line: nullopt when
// it is one, else the bad-input status after a one-line error naming it.
std::optional<int> require_folder(const std::string& dir);

// Prints "presencia: MESSAGE" on stderr and returns the bad-input status.
int fail_input(const std::string& message);

} // namespace presencia::cli

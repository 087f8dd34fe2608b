#pragma once
// Profiles are data: models/profiles/<id>.json (RULES.md).

#include "core/profile.hpp"
#include "core/result.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace presencia::rules {

inline constexpr const char* k_default_profile = "rd316-2026";

// Loads models_dir/profiles/<id>.json. An unknown id is a bad_argument error
// that lists the profiles there are.
[[nodiscard]] core::Result<core::Profile> load_profile(const std::filesystem::path& models_dir,
                                                       const std::string& id);

std::vector<std::string> available_profiles(const std::filesystem::path& models_dir);

} // namespace presencia::rules

#pragma once
// Reading JSON data files (models/, case.json) into nlohmann::json with a
// Result instead of an exception.

#include "core/result.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace presencia::util {

// bad_case-coded error naming the file and the parser's position on bad JSON;
// io_error when the file cannot be read.
[[nodiscard]] core::Result<nlohmann::json> read_json_file(const std::filesystem::path& path);

} // namespace presencia::util
